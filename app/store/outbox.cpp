// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/outbox.h"

#include "core/cardvalidation.h"

#include "store/auditwrites.h"
#include "store/database.h"
#include "store/outboxrows.h"
#include "store/registerwrites.h"
#include "store/sqlsupport.h"
#include "store/storedjson.h"
#include "store/walcheckpointer.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using CardDesk::Core::OutboxEntry;
using CardDesk::Core::UpdateState;

Q_LOGGING_CATEGORY(lcOutbox, "carddesk.store.outbox")

namespace CardDesk::Store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CardDesk::Store::Outbox", text);
}

QString stateName(UpdateState state)
{
    return Core::updateStateName(state);
}

UpdateState stateForResult(Core::ResultCode code)
{
    switch (code) {
    case Core::ResultCode::Ok:
        return UpdateState::Confirmed;
    case Core::ResultCode::Unknown:
        return UpdateState::Unknown;
    case Core::ResultCode::PartialUpdate:
    case Core::ResultCode::CardUpdateFailed:
    case Core::ResultCode::UserNotFound:
    case Core::ResultCode::UnrecognisedValue:
        break;
    }
    return UpdateState::Failed;
}

bool insertExchange(const QSqlDatabase &db, const QByteArray &requestBody, const QByteArray &responseBody,
                    int httpStatus, const QDateTime &now, qint64 *exchangeId, QString *error)
{
    QSqlQuery query(db);
    if (!Sql::prepare(query,
                      u"INSERT INTO outbox_exchange (recorded_at, http_status, request_body, response_body)"
                      " VALUES (?, ?, ?, ?)"_s,
                      error)) {
        return false;
    }
    query.bindValue(0, Sql::toDbTime(now));
    query.bindValue(1, httpStatus);
    query.bindValue(2, requestBody);
    query.bindValue(3, responseBody);
    if (!Sql::exec(query, error))
        return false;
    *exchangeId = query.lastInsertId().toLongLong();
    return true;
}

// The columns of an entry that storeResult() reads.
struct ResultTarget
{
    qint64 id = 0;
    QString profileId;
    QString userId;
    QString username;
    QString credentialsJson;
    UpdateState state = UpdateState::Queued;
};

bool findResultTarget(Sql::StatementCache &statements, const QString &updateId, ResultTarget *target,
                      bool *found, QString *error)
{
    *found = false;
    QSqlQuery *query = statements.prepare(
        u"SELECT id, user_id, username, credentials_json, state, profile_id FROM outbox WHERE update_id = ?"_s,
        error);
    if (!query)
        return false;
    query->bindValue(0, Sql::text(updateId));
    if (!Sql::exec(*query, error))
        return false;
    if (query->next()) {
        *found = true;
        target->id = query->value(0).toLongLong();
        target->userId = query->value(1).toString();
        target->username = query->value(2).toString();
        target->credentialsJson = query->value(3).toString();
        target->state = Core::updateStateFromName(query->value(4).toString());
        target->profileId = query->value(5).toString();
    }
    query->finish();
    return true;
}

// The entries of a response by updateId, and the register rows of their users, read with one
// query per MaxTargetsPerQuery results instead of two per result. storeResult() keeps both up to
// date: it sets an entry's new state and drops the row of a user whose register it changes, so a
// second result for the same entry or user in one response reads what the first one wrote.
struct ResultTargets
{
    QHash<QString, ResultTarget> entries;
    QHash<QString, RegisterWrites::ConfirmedRow> rows;
};

bool findResultTargets(Sql::StatementCache &statements, const QList<Core::UpdateResult> &results,
                       ResultTargets *targets, QString *error)
{
    // The chunk stays below SQLite's limit of 999 bound values before version 3.32.
    constexpr qsizetype MaxTargetsPerQuery = 500;
    targets->entries.reserve(results.size());
    targets->rows.reserve(results.size());
    for (qsizetype first = 0; first < results.size(); first += MaxTargetsPerQuery) {
        const qsizetype count = std::min(MaxTargetsPerQuery, results.size() - first);
        QSqlQuery *query = statements.prepare(
            u"SELECT o.id, o.update_id, o.user_id, o.username, o.credentials_json, o.state, o.profile_id,"
            " r.user_id IS NOT NULL, r.confirmed_json FROM outbox o"
            " LEFT JOIN credential_register r ON r.user_id = o.user_id WHERE o.update_id IN (%1)"_s.arg(
                QStringList(count, u"?"_s).join(u", "_s)),
            error);
        if (!query)
            return false;
        for (qsizetype i = 0; i < count; ++i)
            query->bindValue(int(i), Sql::text(results.at(first + i).updateId));
        if (!Sql::exec(*query, error))
            return false;
        while (query->next()) {
            ResultTarget target;
            target.id = query->value(0).toLongLong();
            const QString updateId = query->value(1).toString();
            target.userId = query->value(2).toString();
            target.username = query->value(3).toString();
            target.credentialsJson = query->value(4).toString();
            target.state = Core::updateStateFromName(query->value(5).toString());
            target.profileId = query->value(6).toString();
            targets->rows.insert(target.userId, RegisterWrites::ConfirmedRow{query->value(7).toBool(),
                                                                             query->value(8).toString()});
            targets->entries.insert(updateId, std::move(target));
        }
        query->finish();
    }
    return true;
}

// Returns the register row of a user from targets, or reads it when a write in this response
// dropped it.
bool confirmedRow(Sql::StatementCache &statements, ResultTargets *targets, const QString &userId,
                  RegisterWrites::ConfirmedRow *row, QString *error)
{
    const auto found = targets->rows.constFind(userId);
    if (found != targets->rows.cend()) {
        *row = *found;
        return true;
    }
    if (!RegisterWrites::readConfirmedRow(statements, userId, row, error))
        return false;
    targets->rows.insert(userId, *row);
    return true;
}

QStringView auditResultFor(UpdateState state, Core::ResultCode code)
{
    if (state == UpdateState::Confirmed)
        return AuditResults::Confirmed;
    if (state == UpdateState::Unknown)
        return AuditResults::Unknown;
    if (code == Core::ResultCode::PartialUpdate)
        return AuditResults::Partial;
    return AuditResults::Failed;
}

// Builds the "update.result" audit record of an entry. Its cards before are the user's confirmed
// set before this outcome, so call it before the outcome changes that set. The card sets stay in
// the JSON form the register and the outbox store, so a batch of results does not decode and
// encode them again.
void fillOutcomeRecord(const ResultTarget &entry, const QString &updateId, QStringView result,
                       const QString &detail, const QDateTime &now, AuditWrites::PendingRecord *pending)
{
    AuditRecord &record = pending->record;
    record.timeUtc = now;
    record.profileId = entry.profileId;
    record.action = AuditActions::UpdateResult.toString();
    record.targetUserId = entry.userId;
    record.targetUsername = entry.username;
    record.updateId = updateId;
    record.result = result.toString();
    record.detail = detail;
    pending->cards.after = entry.credentialsJson;
}

bool outcomeRecord(Sql::StatementCache &statements, const ResultTarget &entry, const QString &updateId,
                   QStringView result, const QString &detail, const QDateTime &now,
                   AuditWrites::PendingRecord *pending, QString *error)
{
    fillOutcomeRecord(entry, updateId, result, detail, now, pending);
    return RegisterWrites::readConfirmedJson(statements, entry.userId, &pending->cards.before, error);
}

QString outcomeDetail(const Core::UpdateResult &result)
{
    if (result.rawResult.isEmpty())
        return result.message;
    if (result.message.isEmpty())
        return result.rawResult;
    return result.rawResult + u": "_s + result.message;
}

// Confirms the cards of a PARTIAL_UPDATE whose card result is OK, matched by card number and
// facility code as findDuplicateCards() compares them. A sent card that failed or has no card result keeps
// its earlier confirmed state, or stays unconfirmed. Without a register row nothing is confirmed, because the
// confirmed subset would then become the intended set too. NOTE: Calven does not document whether an update's
// list replaces the user's set or is merged into it. If it replaces it, Calven dropped a card that failed,
// while the register still shows the card's earlier confirmed state.
bool confirmAcceptedCards(Sql::StatementCache &statements, const ResultTarget &entry,
                          const Core::UpdateResult &result, const QDateTime &now, QString *error)
{
    QList<Core::Credential> sent;
    if (!StoredJson::decodeCards(entry.credentialsJson, &sent)) {
        qCWarning(lcOutbox).noquote() << "The stored card set of update" << result.updateId
                                      << "is not valid JSON; none of its cards is confirmed";
        return true;
    }
    // An invalid stored set cannot be merged with, and failing here would drop every result of
    // the response, so it stays as it is until a full confirmation replaces it.
    QString confirmedJson;
    if (!RegisterWrites::readConfirmedJson(statements, entry.userId, &confirmedJson, error))
        return false;
    QList<Core::Credential> confirmed;
    if (!confirmedJson.isEmpty() && !StoredJson::decodeCards(confirmedJson, &confirmed)) {
        qCWarning(lcOutbox).noquote()
            << "The confirmed card set of user" << entry.userId << "is not valid JSON; partial update"
            << result.updateId << "confirms none of its cards";
        return true;
    }
    bool registered = false;
    if (!RegisterWrites::readConfirmed(statements, entry.userId, &confirmed, &registered, error))
        return false;
    if (!registered) {
        qCWarning(lcOutbox).noquote() << "User" << entry.userId << "of partial update" << result.updateId
                                      << "has no register row; none of its cards is confirmed";
        return true;
    }

    int accepted = 0;
    bool changed = false;
    for (const Core::Credential &card : std::as_const(sent)) {
        const bool ok = std::any_of(
            result.cards.cbegin(), result.cards.cend(), [&card](const Core::CardResult &cardResult) {
                return cardResult.code == Core::ResultCode::Ok &&
                       Core::comparableCardKey(cardResult.cardNumber, cardResult.facilityCode) ==
                           Core::comparableCardKey(card.cardNumber, card.facilityCode);
            });
        if (!ok)
            continue;
        ++accepted;
        const auto held =
            std::find_if(confirmed.begin(), confirmed.end(), [&card](const Core::Credential &other) {
                return Core::isEquivalentCard(other, card);
            });
        if (held == confirmed.end()) {
            confirmed.append(card);
            changed = true;
        } else if (!(*held == card)) {
            *held = card;
            changed = true;
        }
    }
    qCInfo(lcOutbox).noquote() << "Partial update" << result.updateId << "for user" << entry.userId
                               << "confirms" << accepted << "of" << sent.size() << "cards";
    if (!changed)
        return true;
    const RegisterWrites::Change change{entry.userId, entry.username, confirmed, result.updateId, now, {}};
    return RegisterWrites::writeConfirmed(statements, change, error);
}

// Stores one result on its entry in targets and, for OK and the accepted cards of PARTIAL_UPDATE,
// the confirmed set. Returns false only on an SQL error. A result that matches no entry in a
// recordable state is logged and skipped.
bool storeResult(Sql::StatementCache &statements, const Core::UpdateResult &result, ResultTargets *targets,
                 qint64 exchangeId, const QDateTime &now, QList<AuditWrites::PendingRecord> *auditRecords,
                 QString *error)
{
    const auto found = targets->entries.find(result.updateId);
    if (found == targets->entries.end()) {
        qCWarning(lcOutbox).noquote()
            << "Skipped a result for update" << result.updateId << "because the outbox has no such update";
        return true;
    }
    ResultTarget &entry = *found;
    if (entry.state != UpdateState::Sending && entry.state != UpdateState::Queued &&
        entry.state != UpdateState::Unknown) {
        qCWarning(lcOutbox).noquote() << "Skipped a result for update" << result.updateId
                                      << "because it is in state" << stateName(entry.state);
        return true;
    }

    const UpdateState state = stateForResult(result.code);
    QSqlQuery *query = statements.prepare(
        u"UPDATE outbox SET state = ?, updated_at = ?, next_attempt_at = NULL, last_error = ?,"
        " result_code = ?, raw_result = ?, result_message = ?, card_results_json = ?,"
        " exchange_id = ? WHERE id = ?"_s,
        error);
    if (!query)
        return false;
    query->bindValue(0, Sql::text(stateName(state)));
    query->bindValue(1, Sql::toDbTime(now));
    query->bindValue(2, Sql::text(state == UpdateState::Confirmed ? QString() : result.message));
    query->bindValue(3, Sql::text(StoredJson::resultCodeName(result.code)));
    query->bindValue(4, Sql::text(result.rawResult));
    query->bindValue(5, Sql::text(result.message));
    query->bindValue(6, Sql::text(StoredJson::encodeCardResults(result.cards)));
    query->bindValue(7, exchangeId);
    query->bindValue(8, entry.id);
    if (!Sql::exec(*query, error))
        return false;
    entry.state = state;
    qCInfo(lcOutbox).noquote() << "Update" << result.updateId << "for user" << entry.userId << "is now"
                               << stateName(state) << "with result"
                               << (result.rawResult.isEmpty() ? u"(none)"_s : result.rawResult);

    // The outcome record's cards before are the confirmed set before this outcome changes it.
    RegisterWrites::ConfirmedRow row;
    if (!confirmedRow(statements, targets, entry.userId, &row, error))
        return false;
    AuditWrites::PendingRecord outcome;
    fillOutcomeRecord(entry, result.updateId, auditResultFor(state, result.code), outcomeDetail(result), now,
                      &outcome);
    outcome.cards.before = row.confirmedJson;
    auditRecords->append(outcome);

    if (state != UpdateState::Confirmed) {
        if (result.code != Core::ResultCode::PartialUpdate)
            return true;
        targets->rows.remove(entry.userId);
        return confirmAcceptedCards(statements, entry, result, now, error);
    }
    RegisterWrites::Change change{entry.userId, entry.username,       {}, result.updateId,
                                  now,          entry.credentialsJson};
    if (!StoredJson::decodeCards(entry.credentialsJson, &change.cards)) {
        qCWarning(lcOutbox).noquote() << "The stored card set of update" << result.updateId
                                      << "is not valid JSON; it is confirmed as empty";
        change.cardsJson.clear();
    }
    targets->rows.remove(entry.userId);
    return RegisterWrites::writeConfirmed(statements, change, row, error);
}

// Sets state, error and next attempt on the entries that are in one of the allowed states, and
// counts them in *moved.
bool moveEntries(const QSqlDatabase &db, const QStringList &updateIds, const QString &allowedStates,
                 UpdateState state, const QString &lastError, const QDateTime &nextAttemptAtUtc, int *moved,
                 QString *error)
{
    QSqlQuery query(db);
    if (!Sql::prepare(query,
                      u"UPDATE outbox SET state = ?, updated_at = ?, last_error = ?, next_attempt_at = ?"
                      " WHERE update_id = ? AND state IN (%1)"_s.arg(allowedStates),
                      error)) {
        return false;
    }
    *moved = 0;
    for (const QString &updateId : updateIds) {
        query.bindValue(0, Sql::text(stateName(state)));
        query.bindValue(1, Sql::toDbTime(QDateTime::currentDateTimeUtc()));
        query.bindValue(2, Sql::text(lastError));
        query.bindValue(3, Sql::toDbTime(nextAttemptAtUtc));
        query.bindValue(4, Sql::text(updateId));
        if (!Sql::exec(query, error))
            return false;
        if (query.numRowsAffected() == 1)
            ++*moved;
        else
            qCWarning(lcOutbox).noquote() << "Update" << updateId << "was not moved to" << stateName(state)
                                          << "because it is missing or in another state";
    }
    return true;
}

// Takes back the attempt that takeDueBatch() counted for requests that never left this computer.
bool uncountAttempts(const QSqlDatabase &db, const QStringList &updateIds, QString *error)
{
    QSqlQuery query(db);
    if (!Sql::prepare(query,
                      u"UPDATE outbox SET attempts = attempts - 1 WHERE update_id = ? AND attempts > 0"_s,
                      error)) {
        return false;
    }
    for (const QString &updateId : updateIds) {
        query.bindValue(0, Sql::text(updateId));
        if (!Sql::exec(query, error))
            return false;
    }
    return true;
}

} // namespace

Outbox::Outbox(Database &database)
    : m_database(database)
{}

Outbox::~Outbox() = default;

void Outbox::requestCheckpoint()
{
    // A checkpoint syncs the file twice however few pages it copies, so it runs once per
    // CommitsPerCheckpoint results, about 100 to 200 pages of log each for a 100-update request.
    constexpr int CommitsPerCheckpoint = 4;
    if (++m_commitsSinceCheckpoint < CommitsPerCheckpoint)
        return;
    m_commitsSinceCheckpoint = 0;
    if (!m_checkpointer)
        m_checkpointer = std::make_unique<WalCheckpointer>(m_database.path());
    m_checkpointer->request();
}

bool Outbox::failWith(const QString &message) const
{
    m_error = message;
    qCWarning(lcOutbox).noquote() << message;
    return false;
}

QString Outbox::databasePath() const
{
    return QDir::toNativeSeparators(m_database.path());
}

std::optional<QList<OutboxEntry>> Outbox::takeDueBatch(const QString &profileId, int maxCount,
                                                       const QDateTime &nowUtc)
{
    m_error.clear();
    QList<OutboxEntry> batch;
    if (maxCount <= 0)
        return batch;

    const QSqlDatabase db = m_database.connection();
    QString error;
    // Durability: marking entries Sending commits with synchronous=NORMAL. A power cut may roll
    // the marks back. The entries are then Queued with their updateId and go out again under it,
    // and Calven can match the copies. A process kill loses nothing.
    const Sql::RelaxedSync relaxedSync(db);
    const Sql::NoAutoCheckpoint noAutoCheckpoint(db);
    Sql::WriteTransaction transaction(db);
    QSqlQuery select(db);
    select.setForwardOnly(true);
    // A user's entry qualifies only when no earlier entry of theirs is Queued and none is
    // Sending, which keeps one entry per user per batch and each user's order.
    bool ok = transaction.begin(&error) &&
              Sql::prepare(select,
                           OutboxRows::selectEntries(false) +
                               u"WHERE o.profile_id = ? AND o.state = 'queued'"
                               " AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= ?)"
                               " AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.profile_id = o.profile_id"
                               " AND p.user_id = o.user_id AND p.id <> o.id"
                               " AND (p.state = 'sending' OR (p.state = 'queued' AND p.id < o.id)))"
                               " ORDER BY o.id LIMIT ?"_s,
                           &error);
    if (ok) {
        select.bindValue(0, Sql::text(profileId));
        select.bindValue(1, Sql::toDbTime(nowUtc));
        select.bindValue(2, maxCount);
        ok = Sql::exec(select, &error);
    }
    while (ok && select.next())
        batch.append(OutboxRows::readEntry(select));
    select.finish();

    // One UPDATE marks up to MarkChunk entries. The chunk stays below SQLite's limit of 999 bound
    // values before version 3.32.
    constexpr qsizetype MarkChunk = 500;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qsizetype first = 0; ok && first < batch.size(); first += MarkChunk) {
        const qsizetype count = std::min(MarkChunk, batch.size() - first);
        QSqlQuery mark(db);
        ok = Sql::prepare(
            mark,
            u"UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = ?,"
            " next_attempt_at = NULL WHERE id IN (%1)"_s.arg(QStringList(count, u"?"_s).join(u", "_s)),
            &error);
        mark.bindValue(0, Sql::toDbTime(now));
        for (qsizetype i = 0; ok && i < count; ++i)
            mark.bindValue(int(i + 1), batch.at(first + i).id);
        ok = ok && Sql::exec(mark, &error);
    }
    for (OutboxEntry &entry : batch) {
        if (!ok)
            break;
        entry.state = UpdateState::Sending;
        entry.attempts += 1;
        entry.updatedAt = now;
        entry.nextAttemptAt = {};
    }
    if (!ok || !transaction.commit(&error)) {
        transaction.rollback();
        failWith(tr("Cannot take queued updates from %1: %2. They stay queued; sending resumes on the next "
                    "attempt.")
                     .arg(databasePath(), error));
        return std::nullopt;
    }
    if (!batch.isEmpty())
        qCInfo(lcOutbox).noquote() << "Took" << batch.size() << "updates of profile" << profileId
                                   << "for sending";
    return batch;
}

bool Outbox::recordResults(const QList<Core::UpdateResult> &results, const QByteArray &requestBody,
                           const QByteArray &responseBody, int httpStatus)
{
    m_error.clear();
    const QSqlDatabase db = m_database.connection();
    QString error;
    qint64 exchangeId = 0;
    // Durability: results commit with synchronous=NORMAL. A power cut may roll back the last
    // results, which leaves their entries in Sending. The next start returns them to the queue
    // and sends them again with the same updateId, so Calven can match the copies, and no update
    // is lost. A process kill loses nothing. The checkpoint that copies these commits into the
    // file runs on a worker thread, see requestCheckpoint().
    const Sql::RelaxedSync relaxedSync(db);
    const Sql::NoAutoCheckpoint noAutoCheckpoint(db);
    Sql::WriteTransaction transaction(db);
    // Every row of one exchange gets the same time, which also lets Sql::toDbTime() format it once.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool ok = transaction.begin(&error) &&
              insertExchange(db, requestBody, responseBody, httpStatus, now, &exchangeId, &error);
    {
        Sql::StatementCache statements(db);
        ResultTargets targets;
        ok = ok && findResultTargets(statements, results, &targets, &error);
        // The outcome records of the whole response go in together, after the results.
        QList<AuditWrites::PendingRecord> auditRecords;
        auditRecords.reserve(results.size());
        for (const Core::UpdateResult &result : results) {
            if (!ok)
                break;
            ok = storeResult(statements, result, &targets, exchangeId, now, &auditRecords, &error);
        }
        ok = ok && AuditWrites::insertMany(statements, auditRecords, &error);
    }
    if (!ok || !transaction.commit(&error)) {
        transaction.rollback();
        QStringList updateIds;
        for (const Core::UpdateResult &result : results)
            updateIds.append(result.updateId);
        return failWith(
            tr("Cannot save the results of updates %1 in %2: %3. They stay in Sending and are sent "
               "again with the same updateId after a restart.")
                .arg(updateIds.join(u", "_s), databasePath(), error));
    }
    requestCheckpoint();
    return true;
}

bool Outbox::requeue(const QStringList &updateIds, const QString &error, const QDateTime &nextAttemptAtUtc,
                     bool requestLeft)
{
    m_error.clear();
    const QSqlDatabase db = m_database.connection();
    QString sqlError;
    int moved = 0;
    Sql::WriteTransaction transaction(db);
    if (!transaction.begin(&sqlError) ||
        !moveEntries(db, updateIds, u"'sending', 'unknown'"_s, UpdateState::Queued, error, nextAttemptAtUtc,
                     &moved, &sqlError) ||
        (!requestLeft && !uncountAttempts(db, updateIds, &sqlError)) || !transaction.commit(&sqlError)) {
        transaction.rollback();
        return failWith(tr("Cannot put updates %1 back in the queue in %2: %3.")
                            .arg(updateIds.join(u", "_s), databasePath(), sqlError));
    }
    qCInfo(lcOutbox).noquote() << "Requeued" << moved << "of" << updateIds.size() << "updates ("
                               << updateIds.join(u", "_s) << ") until"
                               << nextAttemptAtUtc.toString(Qt::ISODate) << "after:" << error;
    return true;
}

bool Outbox::returnUnsent(const QStringList &updateIds)
{
    m_error.clear();
    if (updateIds.isEmpty())
        return true;
    const QSqlDatabase db = m_database.connection();
    QString error;
    // Durability: as for the Sending marks in takeDueBatch(), which this undoes. A power cut that
    // rolls it back leaves the entries in Sending, and the next start returns them to the queue.
    const Sql::RelaxedSync relaxedSync(db);
    Sql::WriteTransaction transaction(db);
    bool ok = transaction.begin(&error);
    int moved = 0;
    // The chunk stays below SQLite's limit of 999 bound values before version 3.32.
    constexpr qsizetype Chunk = 500;
    for (qsizetype first = 0; ok && first < updateIds.size(); first += Chunk) {
        const qsizetype count = std::min(Chunk, updateIds.size() - first);
        QSqlQuery query(db);
        ok = Sql::prepare(
            query,
            u"UPDATE outbox SET state = 'queued', attempts = max(attempts - 1, 0)"
            " WHERE state = 'sending' AND update_id IN (%1)"_s.arg(QStringList(count, u"?"_s).join(u", "_s)),
            &error);
        for (qsizetype i = 0; ok && i < count; ++i)
            query.bindValue(int(i), Sql::text(updateIds.at(first + i)));
        ok = ok && Sql::exec(query, &error);
        if (ok)
            moved += query.numRowsAffected();
    }
    if (!ok || !transaction.commit(&error)) {
        transaction.rollback();
        return failWith(tr("Cannot return unsent updates %1 to the queue in %2: %3. They stay in Sending "
                           "and are sent again with the same updateId after a restart.")
                            .arg(updateIds.join(u", "_s), databasePath(), error));
    }
    if (moved != updateIds.size())
        qCWarning(lcOutbox).noquote() << "Returned" << moved << "of" << updateIds.size()
                                      << "unsent updates to the queue; the others are no longer in Sending";
    else
        qCInfo(lcOutbox).noquote() << "Returned" << moved << "unsent updates to the queue";
    return true;
}

bool Outbox::markNeedsAttention(const QString &updateId, const QString &error)
{
    m_error.clear();
    const QSqlDatabase db = m_database.connection();
    QString sqlError;
    int moved = 0;
    Sql::WriteTransaction transaction(db);
    bool ok = transaction.begin(&sqlError) &&
              moveEntries(db, {updateId}, u"'queued', 'sending', 'unknown'"_s, UpdateState::NeedsAttention,
                          error, {}, &moved, &sqlError);
    if (ok && moved == 1) {
        // The audit record of the transition commits with it, or neither does.
        Sql::StatementCache statements(db);
        ResultTarget entry;
        bool found = false;
        AuditWrites::PendingRecord outcome;
        ok = findResultTarget(statements, updateId, &entry, &found, &sqlError) &&
             outcomeRecord(statements, entry, updateId, AuditResults::NeedsAttention, error,
                           QDateTime::currentDateTimeUtc(), &outcome, &sqlError) &&
             AuditWrites::insert(statements, outcome.record, &outcome.cards, nullptr, &sqlError);
    }
    if (!ok || !transaction.commit(&sqlError)) {
        transaction.rollback();
        return failWith(tr("Cannot mark update %1 as needing attention in %2: %3.")
                            .arg(updateId, databasePath(), sqlError));
    }
    if (moved == 0)
        return failWith(tr("Update %1 is not queued, sending or unknown, so it was not marked as needing "
                           "attention and keeps its current state.")
                            .arg(updateId));
    qCInfo(lcOutbox).noquote() << "Update" << updateId << "needs attention:" << error;
    return true;
}

std::optional<QDateTime> Outbox::nextAttemptAfter(const QString &profileId, const QDateTime &afterUtc) const
{
    m_error.clear();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QString error;
    bool ok =
        Sql::prepare(query,
                     u"SELECT min(next_attempt_at) FROM outbox WHERE profile_id = ? AND state = 'queued'"
                     " AND next_attempt_at > ?"_s,
                     &error);
    if (ok) {
        query.bindValue(0, Sql::text(profileId));
        query.bindValue(1, Sql::toDbTime(afterUtc));
        ok = Sql::exec(query, &error) && query.next();
    }
    if (!ok) {
        failWith(tr("Cannot read the next retry time from %1: %2.").arg(databasePath(), error));
        return std::nullopt;
    }
    return Sql::fromDbTime(query.value(0));
}

std::optional<int> Outbox::recoverInterrupted()
{
    m_error.clear();
    const QSqlDatabase db = m_database.connection();
    QString error;
    QStringList interrupted;
    int moved = 0;
    Sql::WriteTransaction transaction(db);
    QSqlQuery select(db);
    bool ok =
        transaction.begin(&error) &&
        Sql::prepare(select, u"SELECT update_id FROM outbox WHERE state = 'sending' ORDER BY id"_s, &error) &&
        Sql::exec(select, &error);
    while (ok && select.next())
        interrupted.append(select.value(0).toString());
    select.finish();
    const QString reason =
        tr("CardDesk stopped while this update was being sent. It is sent again with the same "
           "updateId, so Calven can match it with a copy it may already have.");
    ok = ok &&
         moveEntries(db, interrupted, u"'sending'"_s, UpdateState::Queued, reason, {}, &moved, &error) &&
         transaction.commit(&error);
    if (!ok) {
        transaction.rollback();
        failWith(tr("Cannot return interrupted updates to the queue in %1: %2.").arg(databasePath(), error));
        return std::nullopt;
    }
    if (moved > 0)
        qCInfo(lcOutbox).noquote() << "Returned" << moved
                                   << "interrupted updates to the queue:" << interrupted.join(u", "_s);
    return moved;
}

} // namespace CardDesk::Store
