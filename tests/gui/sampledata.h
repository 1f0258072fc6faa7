// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directoryuser.h"
#include "core/outboxentry.h"

#include <QList>

namespace CardDesk::Tests {

/// Three offices with readable names.
QList<Core::Location> sampleLocations();
/// A fixed set of people with distinct names, emails and locations for search tests.
QList<Core::DirectoryUser> sampleUsers();
/// count generated users spread over sampleLocations(), for size and screenshot tests.
QList<Core::DirectoryUser> generatedUsers(int count);
/// A 26-bit card with the given facility code and card number.
Core::Credential sampleCard(const QString &facilityCode, const QString &cardNumber, bool active = true);
/// Failed, partial and unknown outbox entries with request and response bodies.
QList<Core::OutboxEntry> sampleFailures();

} // namespace CardDesk::Tests
