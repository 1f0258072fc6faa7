// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/updateresult.h"

#include <QDate>
#include <QString>

#include <optional>

namespace CardDesk::Models {

/// The filters an operator set on the failure inbox, for a caller that runs them as a store query.
struct FailureQuery
{
    std::optional<Core::ResultCode> result; ///< std::nullopt: every result.
    QDate firstDay;                         ///< First local calendar day, inclusive; null: open.
    QDate lastDay;                          ///< Last local calendar day, inclusive; null: open.
    QString text;                           ///< Words that must all occur; empty: no text filter.
    QString profileId;                      ///< Empty: every profile.
    bool groupByReason = false;
    bool includeResolved = false;

    friend bool operator==(const FailureQuery &, const FailureQuery &) = default;
};

} // namespace CardDesk::Models
