// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "userfiltermodel.h"

#include "roles.h"
#include "usertablemodel.h"

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
    m_users = qobject_cast<UserTableModel *>(sourceModel);
    Q_ASSERT_X(!sourceModel || m_users, "UserFilterModel", "the source model must be a UserTableModel");
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void UserFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    const QStringList words = text.split(QChar(u' '), Qt::SkipEmptyParts);
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
    for (const QString &word : m_words) {
        if (!rowContainsWord(sourceRow, word))
            return false;
    }
    return true;
}

bool UserFilterModel::rowContainsWord(int sourceRow, QStringView word) const
{
    const Core::DirectoryUser &user = m_users->userAt(sourceRow);
    const auto contains = [word](QStringView field) {
        return field.contains(word, Qt::CaseInsensitive);
    };
    // Words never contain spaces, so checking each name part matches the display name without
    // building it for every row on every key press.
    return contains(user.firstName) || contains(user.lastName) || contains(user.email) ||
           contains(user.userName) || contains(user.userId) || contains(m_users->locationNameAt(sourceRow));
}

bool UserFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_users)
        return QSortFilterProxyModel::lessThan(left, right);
    // Equal values fall back to the user id, so the order is stable between refreshes.
    return m_users->compareRows(left.row(), right.row(), left.column()) < 0;
}

} // namespace CardDesk::Models
