// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/outbox.h"

#include "store/auditwrites.h"
#include "store/database.h"
#include "store/outboxrows.h"
#include "store/registerwrites.h"
#include "store/sqlsupport.h"
#include "store/storedjson.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;
using CardDesk::Core::OutboxEntry;
using CardDesk::Core::UpdateState;

Q_LOGGING_CATEGORY(lcOutboxEnqueue, "carddesk.store.outboxenqueue")

namespace CardDesk::Store {

namespace {

// Gives the functions below the context CardDesk::Store::Outbox at run time and in lupdate, which
// files an unqualified tr() call in a namespace under the namespace.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(CardDesk::Store::Outbox)
};

// Returns why the update cannot be queued, or an empty string.
QString checkUpdate(const CardSetUpdate &update)
{
    if (update.userId.isEmpty() || update.username.isEmpty()) {
        return Text::tr(
                   "Cannot queue an update for user \"%1\": the user id and the username are both required. "
                   "Refresh the directory and select the user again.")
            .arg(update.username.isEmpty() ? update.userId : update.username);
    }
    if (update.credentials.isEmpty()) {
        return Text::tr("The update for user %1 has no cards, so there is nothing to send. Add a card first.")
            .arg(update.username);
    }
    return {};
}

// The reason stored with an entry that newer replaced, in the outbox and in the audit log.
QString replacedText(const OutboxEntry &newer)
{
    return Text::tr("Replaced by the newer update %1 before it was sent.").arg(newer.updateId);
}

OutboxEntry newEntry(const QString &profileId, const CardSetUpdate &update)
{
    OutboxEntry entry;
    entry.updateId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.profileId = profileId;
    entry.userId = update.userId;
    entry.username = update.username;
    entry.credentials = update.credentials;
    entry.state = UpdateState::Queued;
    entry.createdAt = QDateTime::currentDateTimeUtc();
    entry.updatedAt = entry.createdAt;
    return entry;
}

// A Queued entry that a newer one replaced, with its card set as the outbox stores it.
struct SupersededEntry
{
    QString updateId;
    QString credentialsJson;
};

// Marks the user's Queued entries Superseded by newer and returns them. Both statements name the
// per-user index, because without statistics SQLite picks the index on state, which reads every
// Queued entry of every user and slows queueing as the queue grows.
bool supersedeQueued(Sql::StatementCache &statements, const OutboxEntry &newer,
                     QList<SupersededEntry> *superseded, QString *error)
{
    QSqlQuery *select =
        statements.prepare(u"SELECT update_id, credentials_json FROM outbox INDEXED BY outbox_by_user"
                           " WHERE profile_id = ? AND user_id = ? AND state = 'queued'"_s,
                           error);
    if (!select)
        return false;
    select->bindValue(0, Sql::text(newer.profileId));
    select->bindValue(1, Sql::text(newer.userId));
    if (!Sql::exec(*select, error))
        return false;
    while (select->next())
        superseded->append(SupersededEntry{select->value(0).toString(), select->value(1).toString()});
    select->finish();
    if (superseded->isEmpty())
        return true;

    QSqlQuery *update = statements.prepare(
        u"UPDATE outbox INDEXED BY outbox_by_user SET state = 'superseded', updated_at = ?, last_error = ?"
        " WHERE profile_id = ? AND user_id = ? AND state = 'queued'"_s,
        error);
    if (!update)
        return false;
    update->bindValue(0, Sql::toDbTime(newer.createdAt));
    update->bindValue(1, Sql::text(replacedText(newer)));
    update->bindValue(2, Sql::text(newer.profileId));
    update->bindValue(3, Sql::text(newer.userId));
    return Sql::exec(*update, error);
}

// Appends an "update.superseded" audit record for each replaced entry. Its cards before are the
// replaced entry's set and its cards after are the set of newer, which is stored as cardsJson.
bool auditSuperseded(Sql::StatementCache &statements, const OutboxEntry &newer, const QString &cardsJson,
                     const QList<SupersededEntry> &superseded, QString *error)
{
    for (const SupersededEntry &old : superseded) {
        AuditRecord record;
        record.timeUtc = newer.createdAt;
        record.profileId = newer.profileId;
        record.action = AuditActions::UpdateSuperseded.toString();
        record.targetUserId = newer.userId;
        record.targetUsername = newer.username;
        record.updateId = old.updateId;
        record.result = AuditResults::Superseded.toString();
        record.detail = replacedText(newer);
        const AuditWrites::EncodedCards cards{old.credentialsJson, cardsJson};
        if (!AuditWrites::insert(statements, record, &cards, nullptr, error))
            return false;
    }
    return true;
}

// Stores one entry, supersedes the user's older Queued ones, records each of those in the audit
// log and writes the intended set, inside the caller's transaction.
bool storeEntry(Sql::StatementCache &statements, OutboxEntry *entry, const EnqueueHook &hook, QString *error)
{
    QList<SupersededEntry> superseded;
    QList<Core::Credential> before;
    const QString cardsJson = StoredJson::encodeCards(entry->credentials);
    const RegisterWrites::Change change{entry->userId,   entry->username,  entry->credentials,
                                        entry->updateId, entry->createdAt, cardsJson};
    if (!supersedeQueued(statements, *entry, &superseded, error) ||
        !OutboxRows::insertEntry(statements, entry, cardsJson, error) ||
        !auditSuperseded(statements, *entry, cardsJson, superseded, error) ||
        !RegisterWrites::writeIntended(statements, change, RegisterAction::Edit, &before, error)) {
        return false;
    }
    if (hook && !hook(*entry, before, error))
        return false;
    qCDebug(lcOutboxEnqueue).noquote() << "Stored update" << entry->updateId << "for user" << entry->userId
                                       << "with" << entry->credentials.size() << "cards";
    for (const SupersededEntry &old : std::as_const(superseded))
        qCInfo(lcOutboxEnqueue).noquote() << "Update" << entry->updateId << "superseded" << old.updateId;
    return true;
}

} // namespace

std::optional<OutboxEntry> Outbox::enqueue(const QString &profileId, const QString &userId,
                                           const QString &username,
                                           const QList<Core::Credential> &credentials)
{
    const auto entries = enqueueMany(profileId, {CardSetUpdate{userId, username, credentials}});
    if (!entries)
        return std::nullopt;
    return entries->constFirst();
}

std::optional<QList<OutboxEntry>>
Outbox::enqueueMany(const QString &profileId, const QList<CardSetUpdate> &updates, const EnqueueHook &hook)
{
    m_error.clear();
    QStringList problems;
    for (const CardSetUpdate &update : updates) {
        const QString problem = checkUpdate(update);
        if (!problem.isEmpty())
            problems.append(problem);
    }
    if (!problems.isEmpty()) {
        if (updates.size() > 1)
            problems.append(Text::tr("None of the %1 updates was queued.").arg(updates.size()));
        failWith(problems.join(u'\n'));
        return std::nullopt;
    }

    QList<OutboxEntry> entries;
    if (updates.isEmpty())
        return entries;
    entries.reserve(updates.size());
    QString error;
    QString failedUser;
    const QSqlDatabase db = m_database.connection();
    // The transaction is FULL (the connection's default), so the operator's edits are on disk
    // before this returns and before any request can carry them.
    Sql::WriteTransaction transaction(db);
    bool ok = transaction.begin(&error);
    {
        Sql::StatementCache statements(db);
        for (const CardSetUpdate &update : updates) {
            if (!ok)
                break;
            OutboxEntry entry = newEntry(profileId, update);
            ok = storeEntry(statements, &entry, hook, &error);
            if (ok)
                entries.append(entry);
            else
                failedUser = update.username;
        }
    }
    if (!ok || !transaction.commit(&error)) {
        transaction.rollback();
        if (updates.size() == 1) {
            failWith(
                Text::tr("Cannot save the update for user %1 in %2: %3. Nothing was queued; check free disk "
                         "space and try again.")
                    .arg(updates.constFirst().username, databasePath(), error));
        } else if (!failedUser.isEmpty()) {
            failWith(
                Text::tr("Cannot save the update for user %1 in %2: %3. None of the %4 updates was queued; "
                         "check free disk space and try again.")
                    .arg(failedUser, databasePath(), error)
                    .arg(updates.size()));
        } else {
            failWith(
                Text::tr("Cannot save %1 updates in %2: %3. None of them was queued; check free disk space "
                         "and try again.")
                    .arg(updates.size())
                    .arg(databasePath(), error));
        }
        return std::nullopt;
    }
    if (entries.size() == 1)
        qCInfo(lcOutboxEnqueue).noquote()
            << "Queued update" << entries.constFirst().updateId << "for user" << entries.constFirst().userId
            << "with" << entries.constFirst().credentials.size() << "cards";
    else
        qCInfo(lcOutboxEnqueue).noquote()
            << "Queued" << entries.size() << "updates of profile" << profileId << "in one transaction";
    return entries;
}

} // namespace CardDesk::Store
