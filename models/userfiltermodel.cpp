// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "userfiltermodel.h"

#include "usertablemodel.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace CardDesk::Models {

Q_LOGGING_CATEGORY(lcUserFilter, "carddesk.models.userfilter")

namespace {

// Results kept for backspace; each costs one byte per user plus the matching rows.
constexpr qsizetype CachedSearchLimit = 16;

// True when every row matching newWords also matches oldWords, because each old word occurs
// inside one of the new words.
bool narrows(const QByteArrayList &oldWords, const QByteArrayList &newWords)
{
    if (oldWords.isEmpty())
        return false;
    return std::all_of(oldWords.cbegin(), oldWords.cend(), [&newWords](const QByteArray &oldWord) {
        return std::any_of(newWords.cbegin(), newWords.cend(),
                           [&oldWord](const QByteArray &newWord) { return newWord.contains(oldWord); });
    });
}

} // namespace

UserFilterModel::UserFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{}

UserFilterModel::~UserFilterModel() = default;

void UserFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    beginResetModel();
    if (m_users)
        disconnect(m_users, nullptr, this, nullptr);
    m_users = qobject_cast<UserTableModel *>(sourceModel);
    Q_ASSERT_X(!sourceModel || m_users, "UserFilterModel", "the source model must be a UserTableModel");
    QAbstractProxyModel::setSourceModel(m_users);
    if (m_users) {
        connect(m_users, &QAbstractItemModel::modelAboutToBeReset, this,
                &UserFilterModel::onSourceAboutToBeReset);
        connect(m_users, &QAbstractItemModel::modelReset, this, &UserFilterModel::onSourceReset);
        connect(m_users, &QAbstractItemModel::dataChanged, this, &UserFilterModel::onSourceDataChanged);
        connect(m_users, &UserTableModel::cardNumbersChanged, this, &UserFilterModel::onCardNumbersChanged);
    }
    onSourceReset();
}

void UserFilterModel::onSourceAboutToBeReset()
{
    beginResetModel();
}

void UserFilterModel::onSourceReset()
{
    QElapsedTimer timer;
    timer.start();
    if (m_users) {
        m_index.setTable(m_users->table());
        m_index.setCardNumbers(m_users->cardNumbersByRow());
    } else {
        m_index.setTable(nullptr);
    }
    clearCache();
    sortRows();
    runSearch();
    m_visible = visibleRows();
    m_proxyRowOfSource.fill(-1, m_index.rowCount());
    for (int row = 0; row < m_visible.size(); ++row)
        m_proxyRowOfSource[m_visible.at(row)] = row;
    endResetModel();
    qCDebug(lcUserFilter) << "indexed" << m_index.rowCount() << "users in" << timer.elapsed() << "ms";
}

void UserFilterModel::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (m_visible.isEmpty())
        return;
    if (m_sortColumn >= topLeft.column() && m_sortColumn <= bottomRight.column()) {
        sortRows();
        setVisibleRows(visibleRows());
    }
    emit dataChanged(index(0, topLeft.column()), index(int(m_visible.size()) - 1, bottomRight.column()));
}

void UserFilterModel::onCardNumbersChanged()
{
    m_index.setCardNumbers(m_users->cardNumbersByRow());
    clearCache();
    if (m_words.isEmpty())
        return;
    runSearch();
    setVisibleRows(visibleRows());
}

void UserFilterModel::clearCache()
{
    m_cache.clear();
    m_cacheOrder.clear();
    m_matches.clear();
    m_matchedWords.clear();
}

void UserFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    const QByteArrayList words = UserSearchIndex::queryWords(text);
    if (words == m_words)
        return;
    m_words = words;
    QElapsedTimer timer;
    timer.start();
    runSearch();
    setVisibleRows(visibleRows());
    qCDebug(lcUserFilter) << "search matched" << m_visible.size() << "of" << m_index.rowCount() << "users in"
                          << timer.nsecsElapsed() / 1000 << "us";
}

MatchLevel UserFilterModel::matchLevel(int sourceRow) const
{
    if (m_words.isEmpty())
        return MatchLevel::Prefix;
    return sourceRow >= 0 && size_t(sourceRow) < m_levels.size() ? m_levels[size_t(sourceRow)]
                                                                 : MatchLevel::None;
}

// Fills m_matches and m_levels for m_words, from the cache, by narrowing the previous matches,
// or by scanning the whole index.
void UserFilterModel::runSearch()
{
    if (m_words.isEmpty()) {
        m_matches.clear();
        m_matchedWords.clear();
        m_levels.clear();
        return;
    }
    const QByteArray key = m_words.join(' ');
    if (const auto cached = m_cache.constFind(key); cached != m_cache.cend()) {
        m_matches = cached->rows;
        m_levels = cached->levels;
    } else {
        const bool narrowing = narrows(m_matchedWords, m_words);
        m_matches = m_index.search(m_words, narrowing ? &m_matches : nullptr, &m_levels);
        if (m_cacheOrder.size() >= CachedSearchLimit)
            m_cache.remove(m_cacheOrder.takeFirst());
        m_cache.insert(key, CachedResult{m_matches, m_levels});
        m_cacheOrder.append(key);
    }
    m_matchedWords = m_words;
}

void UserFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    sortRows();
    setVisibleRows(visibleRows());
}

void UserFilterModel::sortRows()
{
    const int rows = m_index.rowCount();
    m_sorted.resize(rows);
    if (!m_users || m_sortColumn < 0 || m_sortColumn >= UserTableModel::ColumnCount) {
        std::iota(m_sorted.begin(), m_sorted.end(), 0);
        return;
    }
    QElapsedTimer timer;
    timer.start();
    const std::vector<int> sorted = m_users->sortedRows(m_sortColumn, m_sortOrder);
    std::copy(sorted.cbegin(), sorted.cend(), m_sorted.begin());
    qCDebug(lcUserFilter) << "sorted" << rows << "users by column" << m_sortColumn << "in" << timer.elapsed()
                          << "ms";
}

QList<int> UserFilterModel::visibleRows() const
{
    if (m_words.isEmpty())
        return m_sorted;
    QList<int> prefixRows;
    QList<int> otherRows;
    prefixRows.reserve(m_matches.size());
    for (const int row : m_sorted) {
        const MatchLevel level = m_levels[size_t(row)];
        if (level == MatchLevel::Prefix)
            prefixRows.append(row);
        else if (level == MatchLevel::Contains)
            otherRows.append(row);
    }
    prefixRows.append(otherRows);
    return prefixRows;
}

// Replaces the visible rows as a layout change, as QSortFilterProxyModel does, so views keep
// their selection and current row when those rows stay visible.
void UserFilterModel::setVisibleRows(QList<int> rows)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<int> persistentSourceRows;
    persistentSourceRows.reserve(persistent.size());
    for (const QModelIndex &index : persistent)
        persistentSourceRows.append(m_visible.value(index.row(), -1));

    for (const int sourceRow : std::as_const(m_visible))
        m_proxyRowOfSource[sourceRow] = -1;
    m_visible = std::move(rows);
    for (int row = 0; row < m_visible.size(); ++row)
        m_proxyRowOfSource[m_visible.at(row)] = row;

    QModelIndexList moved;
    moved.reserve(persistent.size());
    for (qsizetype i = 0; i < persistent.size(); ++i) {
        const int sourceRow = persistentSourceRows.at(i);
        const int row = sourceRow < 0 ? -1 : m_proxyRowOfSource.at(sourceRow);
        moved.append(row < 0 ? QModelIndex() : index(row, persistent.at(i).column()));
    }
    changePersistentIndexList(persistent, moved);
    emit layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
}

QModelIndex UserFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_users || !proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    return m_users->index(m_visible.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex UserFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_users)
        return {};
    const int row = m_proxyRowOfSource.value(sourceIndex.row(), -1);
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QModelIndex UserFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_visible.size() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex UserFilterModel::parent(const QModelIndex &child) const
{
    Q_UNUSED(child)
    return {};
}

QModelIndex UserFilterModel::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

bool UserFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_visible.isEmpty();
}

int UserFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int UserFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_users ? 0 : m_users->columnCount();
}

} // namespace CardDesk::Models
