// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outboxentry.h"

#include <QAbstractTableModel>

namespace CardDesk::Models {

/// Outbox entries that need an operator: failed, partial, unknown or waiting for attention.
/// The caller decides which entries to give, and the model only shows them.
///
/// setEntries() replaces every row with one model reset. Times are stored in UTC and shown in
/// local time; RawValueRole gives the QDateTime in UTC.
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
    const QList<Core::OutboxEntry> &entries() const { return m_entries; }
    const Core::OutboxEntry &entryAt(int row) const { return m_entries.at(row); }
    int rowOfUpdate(const QString &updateId) const; ///< Returns -1 when the update is not shown.

    /// Returns the text the failure filter searches: user, ids, cards and messages.
    QString searchableText(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const Core::OutboxEntry &entry, int column) const;
    QVariant rawData(const Core::OutboxEntry &entry, int column) const;

    QList<Core::OutboxEntry> m_entries;
};

/// Returns the message to show for an entry: Calven's result message, else the last transport error.
QString failureMessage(const Core::OutboxEntry &entry);

/// Returns the entry's cards as "FC:CN" numbers joined by commas.
QString cardNumbersText(const Core::OutboxEntry &entry);

} // namespace CardDesk::Models
