// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usersearchindex.h"

#include <QAbstractProxyModel>
#include <QHash>
#include <QStringList>

#include <vector>

namespace CardDesk::Models {

class UserTableModel;

/// Type-ahead search and sorting over a UserTableModel, built for 200,000 rows.
///
/// A row matches when every word of the search text occurs, after Core::foldForSearch, in one of:
/// first or last name, email, user name, user id, location name, or a card number set with
/// UserTableModel::setCardNumbers(). Words are plain text, never regular expressions. Rows where
/// every word starts a word of a field come first, then the other matches, each group in the
/// sort order. Sorting uses UserTableModel::sortedRows().
///
/// Unlike QSortFilterProxyModel, it keeps one sorted permutation of the source rows and a
/// UserSearchIndex, so a key press costs a scan of the index and one pass over the permutation,
/// and the view gets one layout change. A source reset takes the folded search text and the name
/// order from the source's Core::DirectoryTable, so it builds nothing when sorted by name.
/// A search that narrows the previous one scans only the previous matches, and the last few
/// results are kept for backspace. The source model must be a UserTableModel.
class UserFilterModel final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserFilterModel)

public:
    explicit UserFilterModel(QObject *parent = nullptr);
    ~UserFilterModel() override;

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    /// Sets the words to match; an empty or blank text shows every row.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    /// Returns how the source row matches the current search, or Prefix when no search is set.
    MatchLevel matchLevel(int sourceRow) const;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

private:
    struct CachedResult
    {
        QList<int> rows;
        std::vector<MatchLevel> levels;
    };

    void onSourceAboutToBeReset();
    void onSourceReset();
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void onCardNumbersChanged();
    void sortRows();
    void runSearch();
    QList<int> visibleRows() const;
    void setVisibleRows(QList<int> rows);
    void clearCache();

    UserTableModel *m_users = nullptr;
    UserSearchIndex m_index;
    QString m_searchText;
    QByteArrayList m_words;
    QByteArrayList m_matchedWords; // Words behind m_matches, to decide whether a search narrows them.
    QList<int> m_matches;       // Source rows matching m_matchedWords, unordered.
    std::vector<MatchLevel> m_levels;
    QHash<QByteArray, CachedResult> m_cache;
    QByteArrayList m_cacheOrder;
    QList<int> m_sorted;  // Every source row in sort order.
    QList<int> m_visible; // Source row per proxy row.
    QList<int> m_proxyRowOfSource;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace CardDesk::Models
