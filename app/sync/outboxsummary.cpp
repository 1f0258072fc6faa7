// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/outboxsummary.h"

#include "store/outbox.h"

namespace CardDesk::Sync {

Net::Diagnostics::OutboxSummary outboxSummary(const Store::Outbox &outbox, const QString &profileId)
{
    Net::Diagnostics::OutboxSummary summary;
    summary.profileId = profileId;
    const std::optional<Store::OutboxCounts> counts = outbox.counts(profileId);
    if (!counts) {
        summary.error = outbox.errorString();
        return summary;
    }
    summary.queued = counts->queued;
    summary.sending = counts->sending;
    summary.openFailures = counts->openFailures;
    return summary;
}

} // namespace CardDesk::Sync
