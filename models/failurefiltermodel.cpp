// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "failurefiltermodel.h"

#include "failuretablemodel.h"
#include "roles.h"

namespace CardDesk::Models {

FailureFilterModel::FailureFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

FailureFilterModel::~FailureFilterModel() = default;

void FailureFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_failures = qobject_cast<FailureTableModel *>(sourceModel);
    Q_ASSERT_X(!sourceModel || m_failures, "FailureFilterModel",
               "the source model must be a FailureTableModel");
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void FailureFilterModel::setResultFilter(std::optional<Core::ResultCode> code)
{
    if (code == m_result)
        return;
    m_result = code;
    invalidateRowsFilter();
}

void FailureFilterModel::setSearchText(const QString &text)
{
    const QStringList words = text.split(QChar(u' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void FailureFilterModel::setDayRange(const QDate &first, const QDate &last)
{
    if (first == m_firstDay && last == m_lastDay)
        return;
    m_firstDay = first;
    m_lastDay = last;
    invalidateRowsFilter();
}

void FailureFilterModel::setProfileFilter(const QString &profileId)
{
    if (profileId == m_profileId)
        return;
    m_profileId = profileId;
    invalidateRowsFilter();
}

bool FailureFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_failures)
        return false;
    const Core::OutboxEntry &entry = m_failures->entryAt(sourceRow);
    if (m_result && entry.result.code != *m_result)
        return false;
    if (!m_profileId.isEmpty() && entry.profileId != m_profileId)
        return false;
    if (m_firstDay.isValid() || m_lastDay.isValid()) {
        // Converting each time to local time, rather than the range to UTC, keeps days right on
        // both sides of a daylight-saving change.
        const QDate day = entry.updatedAt.toLocalTime().date();
        if ((m_firstDay.isValid() && day < m_firstDay) || (m_lastDay.isValid() && day > m_lastDay))
            return false;
    }
    if (m_words.isEmpty())
        return true;
    const QString text = m_failures->searchableText(sourceRow);
    for (const QString &word : m_words) {
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace CardDesk::Models
