// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/schema.h"

using namespace Qt::StringLiterals;

namespace CardDesk::Store::Schema {

namespace {

// Times are ISO 8601 UTC text (see Sql::toDbTime). Card numbers and facility codes are text so
// leading zeros survive. A migration, once released, is never edited: add a new one instead.
QStringList version1()
{
    return {
        u"CREATE TABLE meta ("
        "  key TEXT PRIMARY KEY NOT NULL,"
        "  value TEXT NOT NULL)"_s,

        u"CREATE TABLE directory_user ("
        "  user_id TEXT PRIMARY KEY NOT NULL,"
        "  email TEXT NOT NULL DEFAULT '',"
        "  user_name TEXT NOT NULL DEFAULT '',"
        "  first_name TEXT NOT NULL DEFAULT '',"
        "  last_name TEXT NOT NULL DEFAULT '',"
        "  status TEXT NOT NULL DEFAULT '',"
        "  primary_location_id TEXT NOT NULL DEFAULT '',"
        "  primary_group_id TEXT NOT NULL DEFAULT '',"
        "  onboarded INTEGER NOT NULL DEFAULT 0)"_s,

        u"CREATE TABLE directory_location ("
        "  location_id TEXT PRIMARY KEY NOT NULL,"
        "  name TEXT NOT NULL DEFAULT '',"
        "  time_zone TEXT NOT NULL DEFAULT '',"
        "  country_code TEXT NOT NULL DEFAULT '')"_s,

        // One row per user CardDesk has a card set for. confirmed_json is NULL until Calven
        // returns OK for an update of that user.
        u"CREATE TABLE credential_register ("
        "  user_id TEXT PRIMARY KEY NOT NULL,"
        "  username TEXT NOT NULL,"
        "  intended_json TEXT NOT NULL,"
        "  intended_at TEXT NOT NULL,"
        "  confirmed_json TEXT,"
        "  confirmed_at TEXT,"
        "  confirmed_update_id TEXT)"_s,

        // The active cards of each intended set, indexed by card for the "already held by" check.
        u"CREATE TABLE credential_register_card ("
        "  user_id TEXT NOT NULL REFERENCES credential_register(user_id) ON DELETE CASCADE,"
        "  card_number TEXT NOT NULL,"
        "  facility_code TEXT NOT NULL,"
        "  PRIMARY KEY (user_id, card_number, facility_code))"_s,
        u"CREATE INDEX credential_register_card_by_card"
        "  ON credential_register_card (card_number, facility_code)"_s,

        u"CREATE TABLE credential_history ("
        "  id INTEGER PRIMARY KEY,"
        "  user_id TEXT NOT NULL,"
        "  username TEXT NOT NULL,"
        "  changed_at TEXT NOT NULL,"
        "  action TEXT NOT NULL,"
        "  before_json TEXT NOT NULL,"
        "  after_json TEXT NOT NULL,"
        "  update_id TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX credential_history_by_user ON credential_history (user_id, id)"_s,

        // One request and its response. Every entry sent in that request points at it, so a
        // 100-user body is stored once rather than once per entry.
        u"CREATE TABLE outbox_exchange ("
        "  id INTEGER PRIMARY KEY,"
        "  recorded_at TEXT NOT NULL,"
        "  http_status INTEGER NOT NULL DEFAULT 0,"
        "  request_body BLOB,"
        "  response_body BLOB)"_s,

        u"CREATE TABLE outbox ("
        "  id INTEGER PRIMARY KEY,"
        "  update_id TEXT NOT NULL UNIQUE,"
        "  previous_update_id TEXT REFERENCES outbox(update_id),"
        "  profile_id TEXT NOT NULL,"
        "  user_id TEXT NOT NULL,"
        "  username TEXT NOT NULL,"
        "  credentials_json TEXT NOT NULL,"
        "  state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'confirmed', 'failed',"
        "    'unknown', 'needs-attention', 'superseded', 'resolved')),"
        "  attempts INTEGER NOT NULL DEFAULT 0,"
        "  created_at TEXT NOT NULL,"
        "  updated_at TEXT NOT NULL,"
        "  next_attempt_at TEXT,"
        "  last_error TEXT NOT NULL DEFAULT '',"
        "  result_code TEXT,"
        "  raw_result TEXT NOT NULL DEFAULT '',"
        "  result_message TEXT NOT NULL DEFAULT '',"
        "  card_results_json TEXT,"
        "  exchange_id INTEGER REFERENCES outbox_exchange(id),"
        "  resolution_note TEXT NOT NULL DEFAULT '',"
        "  resolved_at TEXT,"
        "  retried_as_update_id TEXT)"_s,
        u"CREATE INDEX outbox_by_state ON outbox (state, id)"_s,
        u"CREATE INDEX outbox_by_user ON outbox (user_id, id)"_s,

        u"CREATE TABLE audit_log ("
        "  id INTEGER PRIMARY KEY,"
        "  recorded_at TEXT NOT NULL,"
        "  os_user TEXT NOT NULL,"
        "  machine TEXT NOT NULL,"
        "  profile_id TEXT NOT NULL DEFAULT '',"
        "  action TEXT NOT NULL,"
        "  target_user_id TEXT NOT NULL DEFAULT '',"
        "  target_username TEXT NOT NULL DEFAULT '',"
        "  cards_before_json TEXT,"
        "  cards_after_json TEXT,"
        "  update_id TEXT NOT NULL DEFAULT '',"
        "  result TEXT NOT NULL DEFAULT '',"
        "  detail TEXT NOT NULL DEFAULT '',"
        // Case-folded target user, user id and operating-system user for the text filter.
        "  search_text TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX audit_log_by_time ON audit_log (recorded_at)"_s,
        // The audit log is append-only, also for anyone who opens the file with another tool.
        u"CREATE TRIGGER audit_log_reject_update BEFORE UPDATE ON audit_log"
        "  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: UPDATE is not allowed'); END"_s,
        u"CREATE TRIGGER audit_log_reject_delete BEFORE DELETE ON audit_log"
        "  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: DELETE is not allowed'); END"_s,
        // INSERT OR REPLACE removes the old row without firing DELETE triggers, so reject an
        // insert that reuses an existing id.
        u"CREATE TRIGGER audit_log_reject_replace BEFORE INSERT ON audit_log"
        "  WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)"
        "  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: replacing a row is not allowed'); END"_s,
    };
}

// Indexes for the failure inbox (open failures by state and time, newest first) and for the audit
// filter by action. Version 3 replaces the two outbox indexes.
QStringList version2()
{
    return {
        u"CREATE INDEX outbox_by_state_time ON outbox (state, updated_at, id)"_s,
        u"CREATE INDEX outbox_by_time ON outbox (updated_at, id)"_s,
        u"CREATE INDEX audit_log_by_action ON audit_log (action, recorded_at)"_s,
    };
}

// Partial covering indexes for the failure inbox, one for the open failures and one that also has
// the resolved ones. A query whose WHERE clause repeats the same state list walks its index newest
// first and stops at LIMIT. Counts by reason, profile, user or day, and the text filter over user,
// update id, cards and messages, read only the index, which contains a few percent of the outbox.
// The state column is there because SQLite 3.40 still reads it to test the condition. The two
// version 2 outbox indexes go: with them SQLite could walk every row of the outbox in time order
// to find the few open failures.
QStringList version3()
{
    return {
        u"DROP INDEX IF EXISTS outbox_by_time"_s,
        u"DROP INDEX IF EXISTS outbox_by_state_time"_s,
        u"CREATE INDEX outbox_open_failures ON outbox (updated_at, id, result_code, profile_id, user_id, state,"
        "  username, update_id, result_message, last_error, credentials_json)"
        "  WHERE state IN ('failed', 'unknown', 'needs-attention')"_s,
        u"CREATE INDEX outbox_reviewed_failures ON outbox (updated_at, id, result_code, profile_id, user_id, state,"
        "  username, update_id, result_message, last_error, credentials_json)"
        "  WHERE state IN ('failed', 'unknown', 'needs-attention', 'resolved')"_s,
        // The same entries in the order of the inbox grouped by reason, so that a grouped page
        // stops at its LIMIT instead of sorting every failure.
        u"CREATE INDEX outbox_open_failures_by_reason"
        "  ON outbox (coalesce(result_code, 'unknown'), updated_at DESC, id DESC, profile_id, user_id, state)"
        "  WHERE state IN ('failed', 'unknown', 'needs-attention')"_s,
        u"CREATE INDEX outbox_reviewed_failures_by_reason"
        "  ON outbox (coalesce(result_code, 'unknown'), updated_at DESC, id DESC, profile_id, user_id, state)"
        "  WHERE state IN ('failed', 'unknown', 'needs-attention', 'resolved')"_s,
    };
}

// Rebuilds directory_user as a WITHOUT ROWID table keyed by user_id, with the same columns and
// rows. A table with a rowid stores each user twice, in the table and in the index of its TEXT
// primary key. This one stores each user once, in key order, so a refresh writes each row once.
QStringList version4()
{
    return {
        u"CREATE TABLE directory_user_by_id ("
        "  user_id TEXT PRIMARY KEY NOT NULL,"
        "  email TEXT NOT NULL DEFAULT '',"
        "  user_name TEXT NOT NULL DEFAULT '',"
        "  first_name TEXT NOT NULL DEFAULT '',"
        "  last_name TEXT NOT NULL DEFAULT '',"
        "  status TEXT NOT NULL DEFAULT '',"
        "  primary_location_id TEXT NOT NULL DEFAULT '',"
        "  primary_group_id TEXT NOT NULL DEFAULT '',"
        "  onboarded INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID"_s,
        u"INSERT INTO directory_user_by_id (user_id, email, user_name, first_name, last_name, status,"
        "  primary_location_id, primary_group_id, onboarded)"
        "  SELECT user_id, email, user_name, first_name, last_name, status, primary_location_id,"
        "  primary_group_id, onboarded FROM directory_user ORDER BY user_id"_s,
        u"DROP TABLE directory_user"_s,
        u"ALTER TABLE directory_user_by_id RENAME TO directory_user"_s,
    };
}

// Every entry with a result, by user and id, so the newest result of each user (the Users page's
// Last push column) comes from this index alone. Without it SQLite reads every outbox row through
// outbox_by_user to test result_code: 2.7 s against 0.9 s for a million entries (see
// docs/benchmarks.md, "Outbox changes on the Users page").
QStringList version5()
{
    return {
        u"CREATE INDEX outbox_latest_result ON outbox (user_id, id, result_code)"
        "  WHERE result_code IS NOT NULL"_s,
    };
}

// The failure indexes of version 3 again, with OR chains for conditions. SQLite 3.40 tests a
// constant IN list of more than two values against a temporary b-tree, which it builds again for
// every row it writes. A state change tests each partial index's condition on the old and the new
// row, so the four IN conditions built eight trees per row. Building them took longer than the
// rest of the write (bench_outbox, see docs/benchmarks.md).
QStringList version6()
{
    const QString open = failureStateCondition(false, u"state"_s);
    const QString reviewed = failureStateCondition(true, u"state"_s);
    return {
        u"DROP INDEX outbox_open_failures"_s,
        u"DROP INDEX outbox_reviewed_failures"_s,
        u"DROP INDEX outbox_open_failures_by_reason"_s,
        u"DROP INDEX outbox_reviewed_failures_by_reason"_s,
        u"CREATE INDEX outbox_open_failures ON outbox (updated_at, id, result_code, profile_id,"
        "  user_id, state, username, update_id, result_message, last_error, credentials_json)"
        "  WHERE "_s + open,
        u"CREATE INDEX outbox_reviewed_failures ON outbox (updated_at, id, result_code, profile_id,"
        "  user_id, state, username, update_id, result_message, last_error, credentials_json)"
        "  WHERE "_s + reviewed,
        u"CREATE INDEX outbox_open_failures_by_reason ON outbox (coalesce(result_code, 'unknown'),"
        "  updated_at DESC, id DESC, profile_id, user_id, state) WHERE "_s + open,
        u"CREATE INDEX outbox_reviewed_failures_by_reason ON outbox (coalesce(result_code, 'unknown'),"
        "  updated_at DESC, id DESC, profile_id, user_id, state) WHERE "_s + reviewed,
    };
}

// Returns SQL that computes Core::comparableCardText() of a valid stored value: the text trimmed
// and in capitals, and without leading zeros when it has digits only. SQLite's upper() changes
// ASCII letters only, which are the only letters a valid card value has.
QString comparableCardSql(const QString &column)
{
    const QString text = u"upper(trim(%1))"_s.arg(column);
    return u"(CASE WHEN %1 <> '' AND %1 NOT GLOB '*[^0-9]*'"
           " THEN coalesce(nullif(ltrim(%1, '0'), ''), '0') ELSE %1 END)"_s.arg(text);
}

// The active cards of the register get the key that Core::comparableCardKey() builds, so the
// check for a card that is active for another user finds 00123 when it looks for 123, as the
// check within one card set does. The key index replaces the index by number and facility code,
// which only that check read.
QStringList version7()
{
    return {
        u"ALTER TABLE credential_register_card ADD COLUMN card_key TEXT NOT NULL DEFAULT ''"_s,
        u"UPDATE credential_register_card SET card_key = "_s + comparableCardSql(u"facility_code"_s) +
            u" || ':' || "_s + comparableCardSql(u"card_number"_s),
        u"DROP INDEX credential_register_card_by_card"_s,
        u"CREATE INDEX credential_register_card_by_key ON credential_register_card (card_key)"_s,
    };
}

} // namespace

QString failureStateCondition(bool includeResolved, const QString &column)
{
    QStringList states{u"failed"_s, u"unknown"_s, u"needs-attention"_s};
    if (includeResolved)
        states.append(u"resolved"_s);
    QStringList tests;
    for (const QString &state : std::as_const(states))
        tests.append(column + u" = '"_s + state + u'\'');
    return u'(' + tests.join(u" OR "_s) + u')';
}

const QList<Migration> &migrations()
{
    static const QList<Migration> all{
        {1, version1()},
        {2, version2()},
        {3, version3()},
        {4, version4()},
        {5, version5()},
        {6, version6()},
        {7, version7()},
    };
    return all;
}

int latestVersion()
{
    return migrations().constLast().version;
}

} // namespace CardDesk::Store::Schema
