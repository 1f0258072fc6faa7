// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The review half of Outbox: reading failures and single entries, resolving and retrying them.
#include "store/outbox.h"

#include "store/database.h"
#include "store/failuresql.h"
#include "store/outboxrows.h"
#include "store/registerwrites.h"
#include "store/sqlsupport.h"
#include "store/storedjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;
using CardDesk::Core::OutboxEntry;
using CardDesk::Core::UpdateState;

Q_LOGGING_CATEGORY(lcOutboxReview, "carddesk.store.outboxreview")

namespace CardDesk::Store {

namespace {

// Gives the functions below the context CardDesk::Store::Outbox at run time and in lupdate, which
// files an unqualified tr() call in a namespace under the namespace.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(CardDesk::Store::Outbox)
};

// The next step after a retry or resolve that names a closed or unknown update. The desktop app
// and carddesk-cli both show these messages, so it names the way each lists open failures.
QString failuresHint()
{
    return Text::tr("Refresh the Failures page or run \"carddesk-cli failures\" to see the open failures.");
}

bool isOpenFailure(UpdateState state)
{
    return state == UpdateState::Failed || state == UpdateState::Unknown ||
           state == UpdateState::NeedsAttention;
}

// Marks an open failure Resolved with a note, optionally naming the entry that retried it.
bool closeFailure(const QSqlDatabase &db, qint64 id, const QString &note, const QString &retriedAs,
                  QString *error)
{
    QSqlQuery query(db);
    if (!Sql::prepare(query,
                      u"UPDATE outbox SET state = 'resolved', resolution_note = ?, resolved_at = ?,"
                      " retried_as_update_id = ? WHERE id = ?"_s,
                      error)) {
        return false;
    }
    query.bindValue(0, Sql::text(note));
    query.bindValue(1, Sql::toDbTime(QDateTime::currentDateTimeUtc()));
    query.bindValue(2, retriedAs.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(retriedAs));
    query.bindValue(3, id);
    return Sql::exec(query, error);
}

bool runQuery(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    query.setForwardOnly(true);
    if (!Sql::prepare(query, sql, error))
        return false;
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    return Sql::exec(query, error);
}

// Returns the UTC bounds of the local calendar days from the day of firstUtc to the day of lastUtc,
// cut to the filter's bounds. QDate::startOfDay() follows the system time zone, so a day with a
// daylight-saving change has its 23 or 25 hours.
QList<std::pair<QDateTime, QDateTime>> localDays(const QDateTime &firstUtc, const QDateTime &lastUtc,
                                                 const FailureFilter &filter)
{
    QList<std::pair<QDateTime, QDateTime>> days;
    const QDate last = lastUtc.toLocalTime().date();
    for (QDate day = firstUtc.toLocalTime().date(); day <= last; day = day.addDays(1)) {
        QDateTime start = day.startOfDay().toUTC();
        QDateTime end = day.addDays(1).startOfDay().toUTC();
        if (filter.fromUtc.isValid())
            start = qMax(start, filter.fromUtc.toUTC());
        if (filter.toUtc.isValid())
            end = qMin(end, filter.toUtc.toUTC());
        days.append({start, end});
    }
    return days;
}

} // namespace

std::optional<QList<OutboxEntry>> Outbox::failures(const FailureFilter &filter) const
{
    m_error.clear();
    const FailureSql::Statement statement = FailureSql::page(filter);
    QSqlQuery query(m_database.connection());
    QString error;
    if (!runQuery(query, statement.sql, statement.values, &error)) {
        failWith(Text::tr("Cannot read the failed updates from %1: %2.").arg(databasePath(), error));
        return std::nullopt;
    }
    QList<OutboxEntry> entries;
    while (query.next())
        entries.append(OutboxRows::readEntry(query));
    return entries;
}

std::optional<int> Outbox::failureCount(const FailureFilter &filter) const
{
    m_error.clear();
    const FailureSql::Statement statement = FailureSql::count(filter);
    QSqlQuery query(m_database.connection());
    QString error;
    if (!runQuery(query, statement.sql, statement.values, &error) || !query.next()) {
        failWith(Text::tr("Cannot count the failed updates in %1: %2.").arg(databasePath(), error));
        return std::nullopt;
    }
    return query.value(0).toInt();
}

std::optional<QMap<Core::ResultCode, int>> Outbox::failureReasonCounts(const FailureFilter &filter) const
{
    m_error.clear();
    const FailureSql::Statement statement = FailureSql::reasonCounts(filter);
    QSqlQuery query(m_database.connection());
    QString error;
    if (!runQuery(query, statement.sql, statement.values, &error)) {
        failWith(Text::tr("Cannot count the failed updates by reason in %1: %2.").arg(databasePath(), error));
        return std::nullopt;
    }
    QMap<Core::ResultCode, int> counts;
    while (query.next())
        counts[StoredJson::resultCodeFromName(query.value(0).toString())] += query.value(1).toInt();
    return counts;
}

std::optional<QList<FailureDayCount>> Outbox::failuresPerDay(const FailureFilter &filter) const
{
    m_error.clear();
    // SQLite has no time zone rules, so the local days are computed here and passed as UTC ranges.
    // The range runs from the oldest to the newest failure, cut to the filter's bounds.
    QSqlQuery query(m_database.connection());
    QString error;
    const FailureSql::Statement range = FailureSql::openRange(filter);
    if (!runQuery(query, range.sql, range.values, &error) || !query.next()) {
        failWith(Text::tr("Cannot count the failed updates per day in %1: %2.").arg(databasePath(), error));
        return std::nullopt;
    }
    if (query.value(0).isNull())
        return QList<FailureDayCount>();
    QDateTime first = Sql::fromDbTime(query.value(0));
    QDateTime last = Sql::fromDbTime(query.value(1));
    if (filter.fromUtc.isValid())
        first = qMax(first, filter.fromUtc);
    if (filter.toUtc.isValid())
        last = qMin(last, filter.toUtc.addMSecs(-1));
    if (first > last)
        return QList<FailureDayCount>();
    const QDate firstDay = first.toLocalTime().date();
    const FailureSql::Statement statement = FailureSql::perDay(filter, localDays(first, last, filter));
    query.finish();
    if (!runQuery(query, statement.sql, statement.values, &error)) {
        failWith(Text::tr("Cannot count the failed updates per day in %1: %2.").arg(databasePath(), error));
        return std::nullopt;
    }
    QList<FailureDayCount> days;
    while (query.next()) {
        days.append({firstDay.addDays(query.value(0).toInt()),
                     StoredJson::resultCodeFromName(query.value(1).toString()), query.value(2).toInt()});
    }
    std::sort(days.begin(), days.end(), [](const FailureDayCount &left, const FailureDayCount &right) {
        return std::pair(left.day, int(left.reason)) < std::pair(right.day, int(right.reason));
    });
    return days;
}

std::optional<QList<OutboxEntry>> Outbox::retryChain(const QString &updateId) const
{
    m_error.clear();
    // Walks previous_update_id back and retried_as_update_id forward from the entry. Both columns
    // name an update_id, which the UNIQUE index finds. The depth limit stops a corrupt cycle.
    const QString sql =
        u"WITH RECURSIVE"
        " back(update_id, depth) AS (SELECT ?, 0 UNION SELECT p.previous_update_id, b.depth + 1"
        "   FROM back b JOIN outbox p ON p.update_id = b.update_id"
        "   WHERE p.previous_update_id IS NOT NULL AND b.depth < 100),"
        " ahead(update_id, depth) AS (SELECT ?, 0 UNION SELECT n.retried_as_update_id, a.depth + 1"
        "   FROM ahead a JOIN outbox n ON n.update_id = a.update_id"
        "   WHERE n.retried_as_update_id IS NOT NULL AND a.depth < 100) "_s +
        OutboxRows::selectEntries(false) +
        u"WHERE o.update_id IN (SELECT update_id FROM back UNION SELECT update_id FROM ahead)"
        " ORDER BY o.id"_s;
    QSqlQuery query(m_database.connection());
    QString error;
    if (!runQuery(query, sql, {updateId, updateId}, &error)) {
        failWith(Text::tr("Cannot read the retries of update %1 from %2: %3.")
                     .arg(updateId, databasePath(), error));
        return std::nullopt;
    }
    QList<OutboxEntry> entries;
    while (query.next())
        entries.append(OutboxRows::readEntry(query));
    return entries;
}

std::optional<OutboxEntry> Outbox::latestEntry(const QString &userId) const
{
    m_error.clear();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QString error;
    bool ok =
        Sql::prepare(query,
                     OutboxRows::selectEntries(true) +
                         u"WHERE o.user_id = ? AND o.state <> 'superseded' ORDER BY o.id DESC LIMIT 1"_s,
                     &error);
    if (ok) {
        query.bindValue(0, userId);
        ok = Sql::exec(query, &error);
    }
    if (!ok) {
        failWith(
            Text::tr("Cannot read the updates of user %1 from %2: %3.").arg(userId, databasePath(), error));
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return OutboxRows::readEntry(query);
}

std::optional<QList<OutboxEntry>> Outbox::pending(const QString &profileId, const QString &userId) const
{
    m_error.clear();
    QString where = u"WHERE o.state IN ('queued', 'sending')"_s;
    QVariantList values;
    if (!profileId.isEmpty()) {
        where += u" AND o.profile_id = ?"_s;
        values.append(profileId);
    }
    if (!userId.isEmpty()) {
        where += u" AND o.user_id = ?"_s;
        values.append(userId);
    }
    where += u" ORDER BY o.id"_s;

    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QString error;
    bool ok = Sql::prepare(query, OutboxRows::selectEntries(false) + where, &error);
    for (qsizetype i = 0; ok && i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (ok)
        ok = Sql::exec(query, &error);
    if (!ok) {
        failWith(Text::tr("Cannot read the pending updates of profile %1 from %2: %3.")
                     .arg(profileId, databasePath(), error));
        return std::nullopt;
    }
    QList<OutboxEntry> entries;
    while (query.next())
        entries.append(OutboxRows::readEntry(query));
    return entries;
}

std::optional<QHash<QString, Core::ResultCode>> Outbox::latestResults() const
{
    m_error.clear();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QString error;
    const QString sql = u"SELECT o.user_id, o.result_code FROM outbox o"
                        " JOIN (SELECT user_id, max(id) AS newest FROM outbox"
                        "       WHERE result_code IS NOT NULL GROUP BY user_id) n ON o.id = n.newest"_s;
    if (!Sql::prepare(query, sql, &error) || !Sql::exec(query, &error)) {
        failWith(Text::tr("Cannot read the latest results from %1: %2.").arg(databasePath(), error));
        return std::nullopt;
    }
    QHash<QString, Core::ResultCode> results;
    while (query.next())
        results.insert(query.value(0).toString(), StoredJson::resultCodeFromName(query.value(1).toString()));
    return results;
}

std::optional<OutboxEntry> Outbox::entry(const QString &updateId) const
{
    m_error.clear();
    OutboxEntry found;
    bool exists = false;
    QString error;
    if (!OutboxRows::findEntry(m_database.connection(), updateId, true, &found, &exists, &error)) {
        failWith(Text::tr("Cannot read update %1 from %2: %3.").arg(updateId, databasePath(), error));
        return std::nullopt;
    }
    if (!exists)
        return std::nullopt;
    return found;
}

bool Outbox::resolve(const QString &updateId, const QString &note, const EnqueueHook &hook)
{
    m_error.clear();
    const QString trimmedNote = note.trimmed();
    if (trimmedNote.isEmpty())
        return failWith(Text::tr("Enter a note that says why update %1 is resolved.").arg(updateId));

    const QSqlDatabase db = m_database.connection();
    QString error;
    OutboxEntry found;
    bool exists = false;
    Sql::WriteTransaction transaction(db);
    if (!transaction.begin(&error) || !OutboxRows::findEntry(db, updateId, false, &found, &exists, &error)) {
        transaction.rollback();
        return failWith(Text::tr("Cannot resolve update %1 in %2: %3.").arg(updateId, databasePath(), error));
    }
    if (!exists)
        return failWith(
            Text::tr("Update %1 was not found, so it cannot be resolved. %2").arg(updateId, failuresHint()));
    if (!isOpenFailure(found.state)) {
        return failWith(
            Text::tr("Update %1 has the state \"%2\", so it cannot be resolved: only failed, unknown and "
                     "needs-attention updates can. %3")
                .arg(updateId, Core::updateStateLabel(found.state), failuresHint()));
    }
    if (!closeFailure(db, found.id, trimmedNote, {}, &error) ||
        (hook && !hook(found, found.credentials, &error)) || !transaction.commit(&error)) {
        transaction.rollback();
        return failWith(Text::tr("Cannot resolve update %1 in %2: %3.").arg(updateId, databasePath(), error));
    }
    qCInfo(lcOutboxReview).noquote() << "Resolved update" << updateId << "for user" << found.userId;
    return true;
}

std::optional<OutboxEntry> Outbox::retry(const QString &updateId, const EnqueueHook &hook)
{
    m_error.clear();
    const QSqlDatabase db = m_database.connection();
    QString error;
    QString rejection;
    OutboxEntry old;
    OutboxEntry fresh;
    Sql::WriteTransaction transaction(db);
    bool ok = transaction.begin(&error) && checkRetry(updateId, &old, &rejection, &error);
    if (ok && rejection.isEmpty()) {
        fresh.updateId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        fresh.previousUpdateId = old.updateId;
        fresh.profileId = old.profileId;
        fresh.userId = old.userId;
        fresh.username = old.username;
        fresh.credentials = old.credentials;
        fresh.state = UpdateState::Queued;
        fresh.createdAt = QDateTime::currentDateTimeUtc();
        fresh.updatedAt = fresh.createdAt;
        ok = OutboxRows::insertEntry(db, &fresh, &error) &&
             closeFailure(db, old.id, Text::tr("Retried as update %1.").arg(fresh.updateId), fresh.updateId,
                          &error) &&
             (!hook || hook(fresh, old.credentials, &error)) && transaction.commit(&error);
    }
    if (!ok || !rejection.isEmpty()) {
        transaction.rollback();
        failWith(rejection.isEmpty()
                     ? Text::tr("Cannot retry update %1 in %2: %3. Nothing was queued; try again.")
                           .arg(updateId, databasePath(), error)
                     : rejection);
        return std::nullopt;
    }
    qCInfo(lcOutboxReview).noquote() << "Retried update" << old.updateId << "for user" << old.userId << "as"
                                     << fresh.updateId;
    return fresh;
}

// Loads the entry to retry and checks that resending its set is safe. Returns false on an SQL
// error. A retry that must not happen leaves a message for the operator in *rejection.
bool Outbox::checkRetry(const QString &updateId, OutboxEntry *old, QString *rejection, QString *error) const
{
    const QSqlDatabase db = m_database.connection();
    bool exists = false;
    if (!OutboxRows::findEntry(db, updateId, false, old, &exists, error))
        return false;
    if (!exists) {
        *rejection =
            Text::tr("Update %1 was not found, so it cannot be retried. %2").arg(updateId, failuresHint());
        return true;
    }
    if (!isOpenFailure(old->state)) {
        *rejection =
            Text::tr("Update %1 has the state \"%2\", so it cannot be retried: only failed, unknown and "
                     "needs-attention updates can. %3")
                .arg(updateId, Core::updateStateLabel(old->state), failuresHint());
        return true;
    }

    QString pending;
    if (!OutboxRows::findPendingUpdate(db, *old, &pending, error))
        return false;
    if (!pending.isEmpty()) {
        *rejection =
            Text::tr(
                "User %1 already has update %2 waiting to be sent with the newest card set, so update %3 "
                "is not sent again. Resolve it with a note instead.")
                .arg(old->username, pending, updateId);
        return true;
    }

    QList<Core::Credential> intended;
    bool registered = false;
    if (!RegisterWrites::readIntended(db, old->userId, &intended, &registered, error))
        return false;
    if (registered && intended != old->credentials) {
        *rejection =
            Text::tr("The card set of user %1 was changed after update %2, so resending it would undo that "
                     "change. Open the user and send the current card set instead.")
                .arg(old->username, updateId);
    }
    return true;
}

std::optional<OutboxCounts> Outbox::counts(const QString &profileId) const
{
    m_error.clear();
    QSqlQuery query(m_database.connection());
    QString error;
    // Only the states that are counted: the index on (state, id) then skips the confirmed,
    // superseded and resolved entries, which are nearly all of a long history.
    const QString where = profileId.isEmpty() ? QString() : u" AND profile_id = ?"_s;
    bool ok = Sql::prepare(query,
                           u"SELECT state, count(*) FROM outbox"
                           " WHERE state IN ('queued', 'sending', 'failed', 'unknown', 'needs-attention')%1"
                           " GROUP BY state"_s.arg(where),
                           &error);
    if (ok && !profileId.isEmpty())
        query.bindValue(0, Sql::text(profileId));
    if (!ok || !Sql::exec(query, &error)) {
        failWith(Text::tr("Cannot count the updates in %1: %2.").arg(databasePath(), error));
        return std::nullopt;
    }
    OutboxCounts counts;
    while (query.next()) {
        const UpdateState state = Core::updateStateFromName(query.value(0).toString());
        const int count = query.value(1).toInt();
        if (state == UpdateState::Queued)
            counts.queued += count;
        else if (state == UpdateState::Sending)
            counts.sending += count;
        else if (isOpenFailure(state))
            counts.openFailures += count;
    }
    return counts;
}

} // namespace CardDesk::Store
