// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/outbox.h"

#include <QVariantList>

// The SQL of the failure queries, built from a FailureFilter. Outbox runs these statements, and the
// store tests check their query plans. Not part of the public store API.
namespace CardDesk::Store::FailureSql {

/// One statement and the values to bind to its placeholders, in order.
struct Statement
{
    QString sql;
    QVariantList values;
};

/// Returns the statement of Outbox::failures(): entry columns, filter, keyset, order and limit.
Statement page(const FailureFilter &filter);
/// Returns the statement of Outbox::failureCount(): a single count(*).
Statement count(const FailureFilter &filter);
/// Returns the statement of Outbox::failureReasonCounts(): rows of stored result name and count.
/// It ignores filter.result.
Statement reasonCounts(const FailureFilter &filter);
/// Returns the statement of Outbox::failuresPerDay(): rows of day number, stored result name and
/// count, where day i runs from daysUtc[i].first (inclusive) to daysUtc[i].second (exclusive).
/// The day ranges replace filter.fromUtc and filter.toUtc. Needs one day or more.
Statement perDay(const FailureFilter &filter, const QList<std::pair<QDateTime, QDateTime>> &daysUtc);
/// Returns one row with the oldest and newest updated_at of the failures in the filter's states,
/// ignoring its other conditions. Both are NULL when there are none. Reads the two ends of the index.
Statement openRange(const FailureFilter &filter);

} // namespace CardDesk::Store::FailureSql
