// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/credential.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace CardDesk::Models {

/// One audit record as the audit screen shows it. The store's record is converted by the caller,
/// so this layer does not depend on the store.
struct AuditRow
{
    qint64 id = 0;
    QDateTime timeUtc;
    QString osUser;
    QString machine;
    QString profileId;
    QString action;
    QString targetUserId;
    QString targetUsername;
    QList<Core::Credential> cardsBefore;
    QList<Core::Credential> cardsAfter;
    QString updateId;
    QString result;
    QString detail;
};

/// Audit records, newest first as given. Times are shown in local time; RawValueRole gives the
/// UTC QDateTime for sorting.
class AuditTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTableModel)

public:
    enum Column
    {
        TimeColumn,
        OsUserColumn,
        MachineColumn,
        ProfileColumn,
        ActionColumn,
        UserColumn,
        CardsBeforeColumn,
        CardsAfterColumn,
        UpdateIdColumn,
        ResultColumn,
        DetailColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit AuditTableModel(QObject *parent = nullptr);
    ~AuditTableModel() override;

    void setRows(const QList<AuditRow> &rows);
    const QList<AuditRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Returns the translated column headers, in Column order, for the table and the CSV export.
    static QStringList headers();
    /// Returns one row as text cells, in Column order, with the time in local time.
    static QStringList cells(const AuditRow &row);

private:
    QList<AuditRow> m_rows;
};

/// Returns cards as "FC:CN" numbers joined by ", ", with inactive ones marked.
QString auditCardsText(const QList<Core::Credential> &cards);

} // namespace CardDesk::Models
