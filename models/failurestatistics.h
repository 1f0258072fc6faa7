// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outboxentry.h"

#include <QDate>
#include <QList>
#include <QMap>

namespace CardDesk::Models {

/// Failure counts for the inbox charts and the PDF report: per reason, and per local calendar
/// day and reason. The reason of an entry is its result code; an entry without a result counts as
/// ResultCode::Unknown.
struct FailureStatistics
{
    QDate firstDay;
    QDate lastDay;
    QMap<Core::ResultCode, int> perReason;
    QMap<QDate, QMap<Core::ResultCode, int>> perDay;

    int total() const;
    /// Returns the reasons that occur, in ResultCode order.
    QList<Core::ResultCode> reasons() const;

    /// Counts entries whose last change falls on a local day from firstDay to lastDay.
    static FailureStatistics fromEntries(const QList<Core::OutboxEntry> &entries, const QDate &firstDay,
                                         const QDate &lastDay);
};

} // namespace CardDesk::Models
