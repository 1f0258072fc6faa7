// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/failurestatistics.h"

namespace CardDesk::Models {

int FailureStatistics::total() const
{
    int sum = 0;
    for (const int count : perReason)
        sum += count;
    return sum;
}

QList<Core::ResultCode> FailureStatistics::reasons() const
{
    return perReason.keys();
}

FailureStatistics FailureStatistics::fromEntries(const QList<Core::OutboxEntry> &entries,
                                                 const QDate &firstDay, const QDate &lastDay)
{
    FailureStatistics statistics;
    statistics.firstDay = firstDay;
    statistics.lastDay = lastDay;
    for (const Core::OutboxEntry &entry : entries) {
        const QDate day = entry.updatedAt.toLocalTime().date();
        if (day < firstDay || day > lastDay)
            continue;
        ++statistics.perReason[entry.result.code];
        ++statistics.perDay[day][entry.result.code];
    }
    return statistics;
}

} // namespace CardDesk::Models
