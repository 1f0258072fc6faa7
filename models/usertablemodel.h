// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directorytable.h"
#include "core/directoryuser.h"
#include "core/updateresult.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace CardDesk::Models {

/// The card counts, last results and card numbers of every user, with per-row arrays for the rows
/// of one directory table, so a worker thread can build what UserTableModel shows.
struct UserColumns
{
    std::shared_ptr<const Core::DirectoryTable> table; ///< The table whose rows the arrays follow.
    QHash<QString, int> cardCountsByUserId;
    QHash<QString, Core::ResultCode> lastResultsByUserId;
    QHash<QString, QStringList> cardNumbersByUserId;
    std::vector<int> cardCounts;  ///< Per row of table; -1 when the user has no count.
    std::vector<int> lastResults; ///< Per row of table; Core::ResultCode as int, or -1.
    QList<std::pair<int, QStringList>> cardNumbersByRow; ///< Rows of table with card numbers.
    bool cardNumbersChanged = true; ///< The card numbers differ from the ones set before.

    /// Fills the arrays and cardNumbersByRow from the hashes for the rows of table.
    void fillRows();
};

/// The cached Calven user directory as a flat table, one row per user.
///
/// The rows are an immutable Core::DirectoryTable shared with the thread that built it, plus two
/// int arrays for the card count and last push result, so the model stores 200,000 users without a
/// heap string per field. Qt::DisplayRole gives formatted text and RawValueRole the value to sort
/// and filter by; UserIdRole works on every column.
///
/// Setters: setTable() swaps in a table built elsewhere with one model reset, and setDirectory()
/// builds one on the calling thread first. setCardCounts() and setLastResults() update one column
/// with a single dataChanged() over the whole column. setColumns() swaps in the counts, results
/// and card numbers built elsewhere and signals only the changed rows.
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

    /// Replaces every row with a table, in one model reset that copies no user. Card counts, last
    /// results and card numbers are kept for users that are still present. A null table empties
    /// the model.
    void setTable(std::shared_ptr<const Core::DirectoryTable> table);
    /// Builds a table from users on the calling thread, then calls setTable(). Locations give the
    /// names shown for each user's primaryLocationId.
    void setDirectory(const QList<Core::DirectoryUser> &users, const QList<Core::Location> &locations);
    /// Returns the current table; never null.
    const std::shared_ptr<const Core::DirectoryTable> &table() const { return m_table; }
    /// Sets the number of cards in each user's credential register; users not listed show none.
    void setCardCounts(const QHash<QString, int> &countsByUserId);
    /// Sets the result of each user's last push; users not listed show an empty cell.
    void setLastResults(const QHash<QString, Core::ResultCode> &resultsByUserId);
    /// Replaces the card counts, last results and card numbers with columns built for
    /// columns.table, usually on a worker thread. For the current table the per-row arrays are
    /// swapped in and dataChanged() covers only the rows between the first and last changed one
    /// in each column. For another table the arrays are filled from the hashes, as setTable()
    /// does. Emits cardNumbersChanged() only when columns.cardNumbersChanged. Returns the
    /// replaced values, so the caller can free 200,000 hash entries on another thread.
    UserColumns setColumns(UserColumns columns);
    /// Sets the card numbers of each user's credential register, which search also matches.
    /// They are kept across setDirectory() for users that are still present. Emits
    /// cardNumbersChanged() only when they differ from the current ones.
    void setCardNumbers(const QHash<QString, QStringList> &numbersByUserId);
    /// Returns the card numbers by row, for users that have any.
    QList<std::pair<int, QStringList>> cardNumbersByRow() const;

    int rowOfUser(const QString &userId) const; ///< Returns -1 when the user is not in the table.
    /// Returns a copy of the user in row.
    Core::DirectoryUser userAt(int row) const;
    QString locationNameAt(int row) const; ///< Empty when the location is unknown.
    std::optional<Core::ResultCode> lastResultAt(int row) const;
    int cardCountAt(int row) const; ///< Returns -1 when no count was given.
    /// Returns every row sorted by column, text ignoring case. The name and email orders come
    /// from the table, which sorted them when it was built; descending is their reverse. The
    /// other columns have few distinct values, so rows sort by value and stay in name order
    /// within each value, in both directions. Takes a few tens of milliseconds at 200,000 rows.
    std::vector<int> sortedRows(int column, Qt::SortOrder order) const;

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
    // Returns a rank per row whose order is the column's order, or nothing for the name and email
    // columns.
    std::vector<int> groupRanks(int column) const;
    void emitColumnChanged(Column column);
    std::vector<int> replaceColumn(Column column, std::vector<int> *current, std::vector<int> values);
    void fillCardCounts();
    void fillLastResults();

    // Result codes are stored as int with NoResult for "never pushed", so the array stays flat.
    static constexpr int NoResult = -1;

    std::shared_ptr<const Core::DirectoryTable> m_table;
    std::vector<int> m_cardCounts;  // -1 when no count was given.
    std::vector<int> m_lastResults; // Core::ResultCode as int, or NoResult.
    // The values as set, by user id, so a new table gets them without a lookup per row.
    QHash<QString, int> m_cardCountsByUserId;
    QHash<QString, Core::ResultCode> m_lastResultsByUserId;
    QHash<QString, QStringList> m_cardNumbersByUserId;
    // m_cardNumbersByUserId by row of m_table, when setColumns() supplied it.
    std::optional<QList<std::pair<int, QStringList>>> m_cardNumbersByRow;
};

} // namespace CardDesk::Models
