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
};

/// Finds the pending outbox entries of a profile (every profile when profileId is empty), or of
/// one user when userId is not empty. Returns nullopt on a database error, with the message in error.
std::optional<PendingUpdates> findPendingUpdates(Sync::Workspace &workspace, const QString &profileId,
                                                 const QString &userId, QString *error);

} // namespace CardDesk::Cli
