// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "userfiltermodel.h"

#include "roles.h"
#include "usertablemodel.h"

#include "core/searchfold.h"

namespace CardDesk::Models {

UserFilterModel::UserFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

UserFilterModel::~UserFilterModel() = default;

void UserFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    if (m_users)
        disconnect(m_users, nullptr, this, nullptr);
    m_users = qobject_cast<UserTableModel *>(sourceModel);
    Q_ASSERT_X(!sourceModel || m_users, "UserFilterModel", "the source model must be a UserTableModel");
    if (m_users) {
        // Connected before the proxy's own reset handler, so the keys are fresh when it filters.
        connect(m_users, &QAbstractItemModel::modelReset, this, &UserFilterModel::rebuildSearchKeys);
    }
    QSortFilterProxyModel::setSourceModel(sourceModel);
    rebuildSearchKeys();
    invalidate();
}

void UserFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    const QStringList words = Core::foldForSearch(text).split(QChar(u' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    // A full invalidate filters and sorts once. Removing or inserting the changed rows one range at
    // a time, as invalidateRowsFilter() does, takes seconds on a sorted 200,000-row table.
    invalidate();
}

bool UserFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_users)
        return false;
    if (m_words.isEmpty())
        return true;
    if (sourceRow >= m_searchKeys.size())
        return false;
    const QString &key = m_searchKeys.at(sourceRow);
    for (const QString &word : m_words) {
        if (!key.contains(word))
            return false;
    }
    return true;
}

void UserFilterModel::rebuildSearchKeys()
{
    m_searchKeys.clear();
    if (!m_users)
        return;
    const int rows = m_users->rowCount();
    m_searchKeys.reserve(rows);
    // A unit separator between fields keeps a word from matching across two of them.
    const QChar separator(0x1f);
    for (int row = 0; row < rows; ++row) {
        const Core::DirectoryUser &user = m_users->userAt(row);
        m_searchKeys.append(Core::foldForSearch(
            QString(user.firstName + separator + user.lastName + separator + user.email + separator +
                    user.userName + separator + user.userId + separator + m_users->locationNameAt(row))));
    }
}

bool UserFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_users)
        return QSortFilterProxyModel::lessThan(left, right);
    // Equal values fall back to the user id, so the order is stable between refreshes.
    return m_users->compareRows(left.row(), right.row(), left.column()) < 0;
}

} // namespace CardDesk::Models
