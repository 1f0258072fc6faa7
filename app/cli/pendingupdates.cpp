// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pendingupdates.h"

#include "store/outbox.h"
#include "sync/workspace.h"

namespace CardDesk::Cli {

std::optional<PendingUpdates> findPendingUpdates(Sync::Workspace &workspace, const QString &profileId,
                                                 const QString &userId, QString *error)
{
    Store::Outbox &outbox = workspace.outbox();
    auto entries = outbox.pending(profileId, userId);
    if (!entries) {
        *error = outbox.errorString();
        return std::nullopt;
    }
    return PendingUpdates{std::move(*entries)};
}

} // namespace CardDesk::Cli
