// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outboxentry.h"

#include <optional>

namespace CardDesk::Sync {
class Workspace;
} // namespace CardDesk::Sync

namespace CardDesk::Cli {

/// The Queued and Sending outbox entries of a profile or of one user.
struct PendingUpdates
{
    QList<Core::OutboxEntry> entries; ///< Oldest first.
    int unlisted = 0;                 ///< Pending entries the outbox counts but no audit record names.
};

/// Finds the pending outbox entries of a profile, or of one user when userId is not empty.
///
/// NOTE: Store::Outbox has no query that lists Queued entries, so the updateIds come from the audit
/// log's "cards.submitted" and "update.retried" records, newest first, and each is looked up with
/// Outbox::entry(). An entry queued without an audit record is only counted in unlisted.
/// Returns nullopt on a database error, with the message in error.
std::optional<PendingUpdates> findPendingUpdates(Sync::Workspace &workspace, const QString &profileId,
                                                 const QString &userId, QString *error);

} // namespace CardDesk::Cli
