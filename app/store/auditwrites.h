// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/auditlog.h"

namespace CardDesk::Store::Sql {
class StatementCache;
} // namespace CardDesk::Store::Sql

// Audit writes that run inside a transaction the caller holds, so the outbox can change an entry
// and record it in the audit log in one commit. Not part of the public store API.
namespace CardDesk::Store::AuditWrites {

/// Inserts record. A null time becomes the current time, and an empty OS user or machine becomes
/// the values of this process. Stores the new id in *id when id is not null.
bool insert(Sql::StatementCache &statements, const AuditRecord &record, qint64 *id, QString *error);

} // namespace CardDesk::Store::AuditWrites
