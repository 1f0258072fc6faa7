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
    QString profileName; ///< Shown in place of profileId; empty shows the id.
    QString action;
    QString actionLabel; ///< Translated label of action; empty shows the name.
    QString targetUserId;
    QString targetUsername;
    QList<Core::Credential> cardsBefore;
    QList<Core::Credential> cardsAfter;
    QString updateId;
    QString result;
    QString resultLabel; ///< Translated label of result; empty shows the name.
    QString detail;
};

/// Audit records, newest first as given. Times are shown in local time with their UTC offset, and
/// the tooltip gives the UTC time. RawValueRole gives the UTC QDateTime for sorting. Profile,
/// action and result show their labels, and the tooltip gives the stored id or name.
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

    /// Returns the translated column headers, in Column order.
    static QStringList headers();
    /// Returns one row as text cells, in Column order, with the time in local time.
    static QStringList cells(const AuditRow &row);
    /// Returns the translated headers of the CSV export, which adds the UTC time, the profile id,
    /// the stored action and result names and the user id to the columns of the table.
    static QStringList exportHeaders();
    /// Returns one row as CSV cells, in exportHeaders() order.
    static QStringList exportCells(const AuditRow &row);
    /// Returns the 0-based columns of exportHeaders() that hold card numbers.
    static QList<int> exportCardColumns();
    /// Returns a UTC time as local time with its UTC offset, such as "2026-12-01 10:00:00 +01:00".
    static QString localTimeText(const QDateTime &timeUtc);

private:
    static QString toolTip(const AuditRow &row, int column);

    QList<AuditRow> m_rows;
};

/// Returns cards as "FC:CN" numbers joined by ", ", with inactive ones marked.
QString auditCardsText(const QList<Core::Credential> &cards);

} // namespace CardDesk::Models
