// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/outboxrows.h"

#include "store/sqlsupport.h"
#include "store/storedjson.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOutboxRows, "carddesk.store.outboxrows")

namespace CardDesk::Store::OutboxRows {

namespace {

// Column positions in selectEntries(), in the order readEntry() depends on.
enum Column
{
    Id,
    UpdateId,
    PreviousUpdateId,
    ProfileId,
    UserId,
    Username,
    CredentialsJson,
    State,
    Attempts,
    CreatedAt,
    UpdatedAt,
    NextAttemptAt,
    LastError,
    ResultCode,
    RawResult,
    ResultMessage,
    CardResultsJson,
    RequestBody,
    ResponseBody,
    HttpStatus,
    ResolutionNote,
};

} // namespace

QString selectEntries(bool withBodies)
{
    const QString bodies = withBodies ? u"x.request_body, x.response_body"_s : u"NULL, NULL"_s;
    return u"SELECT o.id, o.update_id, o.previous_update_id, o.profile_id, o.user_id, o.username,"
           " o.credentials_json, o.state, o.attempts, o.created_at, o.updated_at, o.next_attempt_at,"
           " o.last_error, o.result_code, o.raw_result, o.result_message, o.card_results_json, "_s +
           bodies +
           u", x.http_status, o.resolution_note"
           " FROM outbox o LEFT JOIN outbox_exchange x ON x.id = o.exchange_id "_s;
}

Core::OutboxEntry readEntry(const QSqlQuery &query)
{
    Core::OutboxEntry entry;
    entry.id = query.value(Id).toLongLong();
    entry.updateId = query.value(UpdateId).toString();
    entry.previousUpdateId = query.value(PreviousUpdateId).toString();
    entry.profileId = query.value(ProfileId).toString();
    entry.userId = query.value(UserId).toString();
    entry.username = query.value(Username).toString();
    if (!StoredJson::decodeCards(query.value(CredentialsJson).toString(), &entry.credentials))
        qCWarning(lcOutboxRows).noquote()
            << "The stored card set of update" << entry.updateId << "is not valid JSON; it reads as empty";
    entry.state = Core::updateStateFromName(query.value(State).toString());
    entry.attempts = query.value(Attempts).toInt();
    entry.createdAt = Sql::fromDbTime(query.value(CreatedAt));
    entry.updatedAt = Sql::fromDbTime(query.value(UpdatedAt));
    entry.nextAttemptAt = Sql::fromDbTime(query.value(NextAttemptAt));
    entry.lastError = query.value(LastError).toString();
    if (!query.value(ResultCode).isNull()) {
        entry.result.updateId = entry.updateId;
        entry.result.code = StoredJson::resultCodeFromName(query.value(ResultCode).toString());
        entry.result.rawResult = query.value(RawResult).toString();
        entry.result.message = query.value(ResultMessage).toString();
        entry.result.cards = StoredJson::decodeCardResults(query.value(CardResultsJson).toString());
    }
    entry.requestJson = query.value(RequestBody).toByteArray();
    entry.responseJson = query.value(ResponseBody).toByteArray();
    entry.httpStatus = query.value(HttpStatus).toInt();
    entry.resolutionNote = query.value(ResolutionNote).toString();
    return entry;
}

bool findEntry(Sql::StatementCache &statements, const QString &updateId, bool withBodies,
               Core::OutboxEntry *entry, bool *found, QString *error)
{
    *found = false;
    QSqlQuery *query = statements.prepare(selectEntries(withBodies) + u"WHERE o.update_id = ?"_s, error);
    if (!query)
        return false;
    query->bindValue(0, Sql::text(updateId));
    if (!Sql::exec(*query, error))
        return false;
    if (query->next()) {
        *entry = readEntry(*query);
        *found = true;
    }
    query->finish();
    return true;
}

bool findEntry(const QSqlDatabase &db, const QString &updateId, bool withBodies, Core::OutboxEntry *entry,
               bool *found, QString *error)
{
    Sql::StatementCache statements(db);
    return findEntry(statements, updateId, withBodies, entry, found, error);
}

bool insertEntry(Sql::StatementCache &statements, Core::OutboxEntry *entry, const QString &credentialsJson,
                 QString *error)
{
    QSqlQuery *query = statements.prepare(
        u"INSERT INTO outbox (update_id, previous_update_id, profile_id, user_id, username,"
        " credentials_json, state, attempts, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"_s,
        error);
    if (!query)
        return false;
    query->bindValue(0, Sql::text(entry->updateId));
    query->bindValue(1, entry->previousUpdateId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                          : QVariant(entry->previousUpdateId));
    query->bindValue(2, Sql::text(entry->profileId));
    query->bindValue(3, Sql::text(entry->userId));
    query->bindValue(4, Sql::text(entry->username));
    query->bindValue(5, Sql::text(credentialsJson.isEmpty() ? StoredJson::encodeCards(entry->credentials)
                                                            : credentialsJson));
    query->bindValue(6, Sql::text(Core::updateStateName(entry->state)));
    query->bindValue(7, Sql::toDbTime(entry->createdAt));
    query->bindValue(8, Sql::toDbTime(entry->updatedAt));
    if (!Sql::exec(*query, error))
        return false;
    entry->id = query->lastInsertId().toLongLong();
    return true;
}

bool insertEntry(const QSqlDatabase &db, Core::OutboxEntry *entry, QString *error)
{
    Sql::StatementCache statements(db);
    return insertEntry(statements, entry, {}, error);
}

bool findPendingUpdate(const QSqlDatabase &db, const Core::OutboxEntry &entry, QString *pending,
                       QString *error)
{
    QSqlQuery query(db);
    if (!Sql::prepare(query,
                      u"SELECT update_id FROM outbox WHERE profile_id = ? AND user_id = ?"
                      " AND state IN ('queued', 'sending') ORDER BY id LIMIT 1"_s,
                      error)) {
        return false;
    }
    query.bindValue(0, Sql::text(entry.profileId));
    query.bindValue(1, Sql::text(entry.userId));
    if (!Sql::exec(query, error))
        return false;
    *pending = query.next() ? query.value(0).toString() : QString();
    return true;
}

} // namespace CardDesk::Store::OutboxRows
