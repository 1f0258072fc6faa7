// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outboxentry.h"

#include <QAbstractTableModel>

namespace CardDesk::Models {

/// Outbox entries that need an operator: failed, partial, unknown or waiting for attention.
/// The caller decides which entries to give, and the model only shows them.
///
/// setEntries() replaces every row with one model reset and a complete list. For a long list the
/// caller gives one page at a time instead: setFirstPage() resets the model, and while the last
/// page is not in, canFetchMore() is true and fetchMore() emits moreRowsRequested() with the last
/// entry, once until appendPage() or a reset answers it. Times are stored in UTC and shown in local
/// time; RawValueRole gives the QDateTime in UTC.
class FailureTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailureTableModel)

public:
    enum Column
    {
        TimeColumn,
        UserColumn,
        CardsColumn,
        ResultColumn,
        MessageColumn,
        AttemptsColumn,
        StateColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit FailureTableModel(QObject *parent = nullptr);
    ~FailureTableModel() override;

    void setEntries(const QList<Core::OutboxEntry> &entries);
    /// Replaces every row with the first page of a list; atEnd true means there is no more.
    void setFirstPage(const QList<Core::OutboxEntry> &entries, bool atEnd);
    /// Appends the page that the last moreRowsRequested() asked for.
    void appendPage(const QList<Core::OutboxEntry> &entries, bool atEnd);
    /// Replaces the entry with the same updateId, for example with one read with its bodies.
    void updateEntry(const Core::OutboxEntry &entry);
    bool isComplete() const { return m_atEnd; }
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    const QList<Core::OutboxEntry> &entries() const { return m_entries; }
    const Core::OutboxEntry &entryAt(int row) const { return m_entries.at(row); }
    int rowOfUpdate(const QString &updateId) const; ///< Returns -1 when the update is not shown.

    /// Returns the text the failure filter searches: user, ids, cards and messages.
    QString searchableText(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void moreRowsRequested(const CardDesk::Core::OutboxEntry &last);

private:
    QVariant displayData(const Core::OutboxEntry &entry, int column) const;
    QVariant rawData(const Core::OutboxEntry &entry, int column) const;

    QList<Core::OutboxEntry> m_entries;
    bool m_atEnd = true;
    bool m_fetchPending = false;
};

/// Returns the review state of an entry for the State column: "New" for an open failure, "Retried"
/// for an open failure that is itself an operator's retry, and "Resolved" for a closed one.
QString reviewStateLabel(const Core::OutboxEntry &entry);

/// Returns the message to show for an entry: Calven's result message, else the last transport error.
QString failureMessage(const Core::OutboxEntry &entry);

/// Returns the entry's cards as "FC:CN" numbers joined by commas.
QString cardNumbersText(const Core::OutboxEntry &entry);

} // namespace CardDesk::Models
