// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directoryuser.h"
#include "core/updateresult.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

namespace CardDesk::Models {

/// The cached Calven user directory as a flat table, one row per user.
///
/// Rows are plain values in contiguous arrays (no QObject and no allocation per row beyond the
/// users' own strings), so the model stores 200,000 users cheaply. Qt::DisplayRole gives formatted
/// text and RawValueRole the value to sort and filter by; UserIdRole works on every column.
///
/// Setters: setDirectory() replaces all rows with one model reset; setCardCounts() and
/// setLastResults() update one column with a single dataChanged() over the whole column.
class UserTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserTableModel)

public:
    enum Column
    {
        NameColumn,
        EmailColumn,
        StatusColumn,
        LocationColumn,
        CardsColumn,
        LastPushColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit UserTableModel(QObject *parent = nullptr);
    ~UserTableModel() override;

    /// Replaces every row. Locations give the names shown for each user's primaryLocationId.
    /// Card counts and last results are kept for users that are still present.
    void setDirectory(const QList<Core::DirectoryUser> &users, const QList<Core::Location> &locations);
    /// Sets the number of cards in each user's credential register; users not listed show none.
    void setCardCounts(const QHash<QString, int> &countsByUserId);
    /// Sets the result of each user's last push; users not listed show an empty cell.
    void setLastResults(const QHash<QString, Core::ResultCode> &resultsByUserId);
    /// Sets the card numbers of each user's credential register, which search also matches.
    /// They are kept across setDirectory() for users that are still present.
    void setCardNumbers(const QHash<QString, QStringList> &numbersByUserId);
    /// Returns the card numbers by row, for users that have any.
    QList<std::pair<int, QStringList>> cardNumbersByRow() const;

    int rowOfUser(const QString &userId) const; ///< Returns -1 when the user is not in the table.
    const Core::DirectoryUser &userAt(int row) const;
    QString locationNameAt(int row) const; ///< Empty when the location is unknown.
    std::optional<Core::ResultCode> lastResultAt(int row) const;
    int cardCountAt(int row) const; ///< Returns -1 when no count was given.
    /// Compares two rows by a column's raw value (text ignoring case), then by user id, and
    /// returns a negative, zero or positive number. Allocates nothing, because sorting 200,000
    /// rows calls it millions of times.
    int compareRows(int leftRow, int rightRow, int column) const;
    /// Returns a key whose plain (case-sensitive) order is compareRows()' order before its user id
    /// tie-break, or a null string for the numeric columns, which have no text key.
    QString sortKeyAt(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// setCardNumbers() replaced the card numbers; rows and other columns are unchanged.
    void cardNumbersChanged();

private:
    QVariant displayData(int row, int column) const;
    QVariant rawData(int row, int column) const;
    void emitColumnChanged(Column column);

    // Result codes are stored as int with NoResult for "never pushed", so the array stays flat.
    static constexpr int NoResult = -1;

    QList<Core::DirectoryUser> m_users;
    QList<int> m_locationIndex; // Index into m_locations per row, -1 when unknown.
    QList<int> m_cardCounts;    // -1 when no count was given.
    QList<int> m_lastResults;   // Core::ResultCode as int, or NoResult.
    QList<Core::Location> m_locations;
    QHash<QString, int> m_rowByUserId;
    QHash<QString, QStringList> m_cardNumbersByUserId;
};

} // namespace CardDesk::Models
