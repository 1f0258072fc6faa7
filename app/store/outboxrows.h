// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outboxentry.h"

#include <QSqlQuery>

namespace CardDesk::Store::Sql {
class StatementCache;
} // namespace CardDesk::Store::Sql

// Reading and writing single outbox rows, shared by the sending and the review half of Outbox.
// Not part of the public store API.
namespace CardDesk::Store::OutboxRows {

/// Returns "SELECT <entry columns> FROM outbox o LEFT JOIN outbox_exchange x ...", ready for a
/// WHERE clause on the alias o. Without bodies, the request and response columns read as NULL,
/// which keeps long lists from copying a shared 100-user body once per entry.
QString selectEntries(bool withBodies);
/// Reads the current row of a query built on selectEntries().
Core::OutboxEntry readEntry(const QSqlQuery &query);

/// Reads one entry by updateId, setting *found to false when there is none.
bool findEntry(const QSqlDatabase &db, const QString &updateId, bool withBodies, Core::OutboxEntry *entry,
               bool *found, QString *error);
bool findEntry(Sql::StatementCache &statements, const QString &updateId, bool withBodies,
               Core::OutboxEntry *entry, bool *found, QString *error);
/// Inserts a new entry with zero attempts and sets entry->id.
bool insertEntry(const QSqlDatabase &db, Core::OutboxEntry *entry, QString *error);
/// credentialsJson is entry->credentials as StoredJson::encodeCards() writes them, or empty to
/// encode them here.
bool insertEntry(Sql::StatementCache &statements, Core::OutboxEntry *entry, const QString &credentialsJson,
                 QString *error);
/// Stores the updateId of the user's oldest Queued or Sending entry in *pending, or an empty string.
bool findPendingUpdate(const QSqlDatabase &db, const Core::OutboxEntry &entry, QString *pending,
                       QString *error);

} // namespace CardDesk::Store::OutboxRows
