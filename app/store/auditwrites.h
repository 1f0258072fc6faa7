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

/// Card sets in StoredJson form, which insert() stores as they are instead of encoding the
/// record's card lists. An empty text stores an empty set.
struct EncodedCards
{
    QString before;
    QString after;
};

/// Inserts record. A null time becomes the current time, and an empty OS user or machine becomes
/// the values of this process. Takes the card sets from encoded when it is not null. Stores the
/// new id in *id when id is not null.
bool insert(Sql::StatementCache &statements, const AuditRecord &record, const EncodedCards *encoded,
            qint64 *id, QString *error);

/// A record for insertMany() with its card sets in StoredJson form.
struct PendingRecord
{
    AuditRecord record;
    EncodedCards cards;
};

/// Inserts records in list order, as insert() does with encoded card sets, in few statements.
bool insertMany(Sql::StatementCache &statements, const QList<PendingRecord> &records, QString *error);

} // namespace CardDesk::Store::AuditWrites
