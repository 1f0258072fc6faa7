// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/updateresult.h"

#include <QDate>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <optional>

namespace CardDesk::Models {

class FailureTableModel;

/// Filters a FailureTableModel by result code, local day range, profile and words of text, and
/// sorts by RawValueRole.
/// Every word must occur, ignoring case, in the row's user, ids, cards or messages.
class FailureFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailureFilterModel)

public:
    explicit FailureFilterModel(QObject *parent = nullptr);
    ~FailureFilterModel() override;

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    /// Shows only rows with this result; std::nullopt shows every result.
    void setResultFilter(std::optional<Core::ResultCode> code);
    std::optional<Core::ResultCode> resultFilter() const { return m_result; }
    void setSearchText(const QString &text);
    /// Shows only rows whose last change falls on a local calendar day from first to last,
    /// inclusive. A null date leaves that end open.
    void setDayRange(const QDate &first, const QDate &last);
    QDate firstDay() const { return m_firstDay; }
    QDate lastDay() const { return m_lastDay; }
    /// Shows only rows of this profile; an empty id shows every profile.
    void setProfileFilter(const QString &profileId);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    FailureTableModel *m_failures = nullptr;
    std::optional<Core::ResultCode> m_result;
    QStringList m_words;
    QDate m_firstDay;
    QDate m_lastDay;
    QString m_profileId;
};

} // namespace CardDesk::Models
