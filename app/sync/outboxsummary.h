// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/diagnostics.h"

namespace CardDesk::Store {
class Outbox;
} // namespace CardDesk::Store

namespace CardDesk::Sync {

/// Returns the outbox counts of one profile for a diagnostics file, or the store's error message
/// in OutboxSummary::error when they cannot be read.
Net::Diagnostics::OutboxSummary outboxSummary(const Store::Outbox &outbox, const QString &profileId);

} // namespace CardDesk::Sync
