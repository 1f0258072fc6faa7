// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/auditlog.h"

#include "store/auditwrites.h"
#include "store/database.h"
#include "store/sqlsupport.h"
#include "store/storedjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

#if defined(Q_OS_WIN)
#include <qt_windows.h>
#else
#include <pwd.h>
#include <unistd.h>

#include <cerrno>
#include <vector>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAudit, "carddesk.store.audit")

namespace CardDesk::Store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CardDesk::Store::AuditLog", text);
}

struct NameLabel
{
    QStringView name;
    const char *label;
};

constexpr NameLabel actionLabels[] = {
    {AuditActions::CardsSubmitted, QT_TRANSLATE_NOOP("CardDesk::Store::AuditLog", "Cards submitted")},
    {AuditActions::UpdateRetried, QT_TRANSLATE_NOOP("CardDesk::Store::AuditLog", "Update retried")},
    {AuditActions::UpdateResolved, QT_TRANSLATE_NOOP("CardDesk::Store::AuditLog", "Failure resolved")},
    {AuditActions::UpdateResult, QT_TRANSLATE_NOOP("CardDesk::Store::AuditLog", "Update result")},
    {AuditActions::UpdateSuperseded,
     QT_TRANSLATE_NOOP("CardDesk::Store::AuditLog", "Queued update replaced")},
    {AuditActions::DirectoryRefreshed, QT_TRANSLATE_NOOP("CardDesk::Store::AuditLog", "Directory refreshed")},
};

constexpr NameLabel resultLabels[] = {
    {AuditResults::Queued, QT_TRANSLATE_NOOP("CardDesk::Store::AuditLog", "Queued")},
    {AuditResults::Resolved, QT_TRANSLATE_NOOP("CardDesk::Store::AuditLog", "Resolved")},
    {AuditResults::Superseded, QT_TRANSLATE_NOOP("CardDesk::Store::AuditLog", "Superseded")},
    {AuditResults::Confirmed, QT_TRANSLATE_NOOP("CardDesk::Store::AuditLog", "Confirmed")},
    {AuditResults::Partial, QT_TRANSLATE_NOOP("CardDesk::Store::AuditLog", "Partly applied")},
    {AuditResults::Failed, QT_TRANSLATE_NOOP("CardDesk::Store::AuditLog", "Failed")},
    {AuditResults::Unknown, QT_TRANSLATE_NOOP("CardDesk::Store::AuditLog", "Unknown")},
    {AuditResults::NeedsAttention, QT_TRANSLATE_NOOP("CardDesk::Store::AuditLog", "Needs attention")},
    {AuditResults::Ok, QT_TRANSLATE_NOOP("CardDesk::Store::AuditLog", "OK")},
};

template<std::size_t N>
QString labelOf(const NameLabel (&labels)[N], const QString &name)
{
    for (const NameLabel &entry : labels) {
        if (entry.name == name)
            return tr(entry.label);
    }
    return name;
}

template<std::size_t N>
QStringList namesOf(const NameLabel (&labels)[N])
{
    QStringList names;
    for (const NameLabel &entry : labels)
        names.append(entry.name.toString());
    return names;
}

QString osUserFromSystem()
{
#if defined(Q_OS_WIN)
    // UNLEN + 1: the longest user name Windows allows and its terminating null.
    wchar_t name[257];
    DWORD size = DWORD(std::size(name));
    if (GetUserNameW(name, &size) && size > 1)
        return QString::fromWCharArray(name, int(size - 1));
    return {};
#else
    long size = sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(size > 0 ? std::size_t(size) : std::size_t(4096));
    passwd entry{};
    passwd *found = nullptr;
    int status = 0;
    // The limit stops a broken name service from growing the buffer without end.
    while ((status = getpwuid_r(geteuid(), &entry, buffer.data(), buffer.size(), &found)) == ERANGE &&
           buffer.size() < std::size_t(1) << 20) {
        buffer.resize(buffer.size() * 2);
    }
    if (status == 0 && found && found->pw_name && found->pw_name[0] != '\0')
        return QString::fromLocal8Bit(found->pw_name);
    return {};
#endif
}

// The OS user and machine of this process, looked up once, for the records the outbox writes in
// its transactions.
const QString &processOsUser()
{
    static const QString name = AuditLog::currentOsUser();
    return name;
}

const QString &processMachine()
{
    static const QString name = AuditLog::currentMachine();
    return name;
}

QString searchText(const AuditRecord &record)
{
    return QString(record.targetUsername + u'\n' + record.targetUserId + u'\n' + record.osUser)
        .toCaseFolded();
}

QString orEmptySet(const QString &cardsJson)
{
    static const QString emptySet = StoredJson::encodeCards({});
    return cardsJson.isEmpty() ? emptySet : cardsJson;
}

QList<Core::Credential> cardsFrom(const QVariant &value, qint64 recordId)
{
    QList<Core::Credential> cards;
    if (!value.isNull() && !StoredJson::decodeCards(value.toString(), &cards))
        qCWarning(lcAudit) << "A card set in audit record" << recordId
                           << "is not valid JSON; it reads as empty";
    return cards;
}

AuditRecord readRecord(const QSqlQuery &query)
{
    AuditRecord record;
    record.id = query.value(0).toLongLong();
    record.timeUtc = Sql::fromDbTime(query.value(1));
    record.osUser = query.value(2).toString();
    record.machine = query.value(3).toString();
    record.profileId = query.value(4).toString();
    record.action = query.value(5).toString();
    record.targetUserId = query.value(6).toString();
    record.targetUsername = query.value(7).toString();
    record.cardsBefore = cardsFrom(query.value(8), record.id);
    record.cardsAfter = cardsFrom(query.value(9), record.id);
    record.updateId = query.value(10).toString();
    record.result = query.value(11).toString();
    record.detail = query.value(12).toString();
    return record;
}

// The WHERE clause of a filter and the values it binds, in order.
struct Condition
{
    QString sql;
    QVariantList values;
};

Condition conditionFor(const AuditFilter &filter)
{
    QStringList tests;
    Condition condition;
    if (filter.fromUtc.isValid()) {
        tests.append(u"recorded_at >= ?"_s);
        condition.values.append(Sql::toDbTime(filter.fromUtc));
    }
    if (filter.toUtc.isValid()) {
        tests.append(u"recorded_at < ?"_s);
        condition.values.append(Sql::toDbTime(filter.toUtc));
    }
    if (!filter.action.isEmpty()) {
        tests.append(u"action = ?"_s);
        condition.values.append(filter.action);
    }
    if (!filter.profileId.isEmpty()) {
        tests.append(u"profile_id = ?"_s);
        condition.values.append(filter.profileId);
    }
    if (!filter.result.isEmpty()) {
        tests.append(u"result = ?"_s);
        condition.values.append(filter.result);
    }
    const QString needle = filter.userText.trimmed().toCaseFolded();
    if (!needle.isEmpty()) {
        tests.append(u"instr(search_text, ?) > 0"_s);
        condition.values.append(needle);
    }
    const QStringList words = filter.text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        tests.append(
            u"(target_username || ' ' || target_user_id || ' ' || os_user || ' ' || machine || ' ' ||"
            " update_id || ' ' || coalesce(cards_before_json, '') || ' ' ||"
            " coalesce(cards_after_json, '') || ' ' || result || ' ' || detail) LIKE ? ESCAPE '\\'"_s);
        condition.values.append(QString(u'%' + Sql::escapeLike(word) + u'%'));
    }
    if (!tests.isEmpty())
        condition.sql = u" WHERE "_s + tests.join(u" AND "_s);
    return condition;
}

} // namespace

namespace AuditWrites {

namespace {

const QString InsertColumns =
    u"INSERT INTO audit_log (recorded_at, os_user, machine, profile_id, action, target_user_id,"
    " target_username, cards_before_json, cards_after_json, update_id, result, detail, search_text)"
    " VALUES "_s;
constexpr int ColumnCount = 13;

// Binds the values of one record from position first on.
void bindRecord(QSqlQuery *query, int first, const AuditRecord &input, const EncodedCards *encoded)
{
    AuditRecord record = input;
    if (!record.timeUtc.isValid())
        record.timeUtc = QDateTime::currentDateTimeUtc();
    if (record.osUser.isEmpty())
        record.osUser = processOsUser();
    if (record.machine.isEmpty())
        record.machine = processMachine();
    const QVariant values[ColumnCount] = {
        Sql::toDbTime(record.timeUtc),
        Sql::text(record.osUser),
        Sql::text(record.machine),
        Sql::text(record.profileId),
        Sql::text(record.action),
        Sql::text(record.targetUserId),
        Sql::text(record.targetUsername),
        encoded ? orEmptySet(encoded->before) : StoredJson::encodeCards(record.cardsBefore),
        encoded ? orEmptySet(encoded->after) : StoredJson::encodeCards(record.cardsAfter),
        Sql::text(record.updateId),
        Sql::text(record.result),
        Sql::text(record.detail),
        searchText(record),
    };
    for (int i = 0; i < ColumnCount; ++i)
        query->bindValue(first + i, values[i]);
}

QString placeholders(int rows)
{
    const QString row = u'(' + QStringList(ColumnCount, u"?"_s).join(u", "_s) + u')';
    return QStringList(rows, row).join(u", "_s);
}

} // namespace

bool insert(Sql::StatementCache &statements, const AuditRecord &record, const EncodedCards *encoded,
            qint64 *id, QString *error)
{
    QSqlQuery *query = statements.prepare(InsertColumns + placeholders(1), error);
    if (!query)
        return false;
    bindRecord(query, 0, record, encoded);
    if (!Sql::exec(*query, error))
        return false;
    if (id)
        *id = query->lastInsertId().toLongLong();
    qCDebug(lcAudit).noquote() << "Appended audit record" << record.action << "for user"
                               << record.targetUserId << "update" << record.updateId;
    return true;
}

bool insertMany(Sql::StatementCache &statements, const QList<PendingRecord> &records, QString *error)
{
    // NOTE: One INSERT per record. Multi-row INSERTs of 76 records bound through QSqlQuery made a
    // response of 100 results slower, not faster (bench_outbox, 2 cores, Qt 6.4.2).
    QSqlQuery *query = statements.prepare(InsertColumns + placeholders(1), error);
    if (!query)
        return false;
    for (const PendingRecord &pending : records) {
        bindRecord(query, 0, pending.record, &pending.cards);
        if (!Sql::exec(*query, error))
            return false;
    }
    qCDebug(lcAudit).noquote() << "Appended" << records.size() << "audit records";
    return true;
}

} // namespace AuditWrites

AuditLog::AuditLog(Database &database)
    : m_database(database)
{}

QString AuditLog::currentOsUser()
{
    const QString name = osUserFromSystem();
    if (!name.isEmpty())
        return name;
    // USER on Linux and macOS, USERNAME on Windows. They are used only when the system has no
    // name for the user, as for a container started with a user id that has no passwd entry.
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString fromEnvironment = qEnvironmentVariable(variable);
        if (!fromEnvironment.isEmpty())
            return fromEnvironment;
    }
    return u"unknown"_s;
}

QString AuditLog::currentMachine()
{
    return QSysInfo::machineHostName();
}

QString AuditLog::actionLabel(const QString &action)
{
    return labelOf(actionLabels, action);
}

QString AuditLog::resultLabel(const QString &result)
{
    return labelOf(resultLabels, result);
}

QStringList AuditLog::knownActions()
{
    return namesOf(actionLabels);
}

QStringList AuditLog::knownResults()
{
    return namesOf(resultLabels);
}

bool AuditLog::failWith(const QString &message) const
{
    m_error = message;
    qCWarning(lcAudit).noquote() << message;
    return false;
}

std::optional<qint64> AuditLog::append(const AuditRecord &record)
{
    m_error.clear();
    if (record.action.isEmpty()) {
        failWith(tr("An audit record needs an action name; the record for user %1 was not written.")
                     .arg(record.targetUsername));
        return std::nullopt;
    }
    // A single INSERT commits on its own in autocommit mode. Inside a transaction that the caller
    // holds on the same connection, such as in an outbox hook, it joins that transaction.
    Sql::StatementCache statements(m_database.connection());
    QString error;
    qint64 id = 0;
    if (!AuditWrites::insert(statements, record, nullptr, &id, &error)) {
        failWith(tr("Cannot write the audit record \"%1\" for user %2 to %3: %4. Check free disk space; the "
                    "action itself may already have happened.")
                     .arg(record.action, record.targetUsername, QDir::toNativeSeparators(m_database.path()),
                          error));
        return std::nullopt;
    }
    return id;
}

std::optional<QList<AuditRecord>> AuditLog::query(const AuditFilter &filter) const
{
    QList<AuditRecord> records;
    const bool ok = forEach(filter, [&records](const AuditRecord &record) {
        records.append(record);
        return true;
    });
    if (!ok)
        return std::nullopt;
    return records;
}

bool AuditLog::forEach(const AuditFilter &filter,
                       const std::function<bool(const AuditRecord &)> &visitor) const
{
    m_error.clear();
    Condition condition = conditionFor(filter);
    QString sql =
        u"SELECT id, recorded_at, os_user, machine, profile_id, action, target_user_id, target_username,"
        " cards_before_json, cards_after_json, update_id, result, detail FROM audit_log"_s +
        condition.sql + u" ORDER BY recorded_at DESC, id DESC"_s;
    if (filter.limit > 0) {
        sql += u" LIMIT ?"_s;
        condition.values.append(filter.limit);
    }

    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QString error;
    bool ok = Sql::prepare(query, sql, &error);
    for (qsizetype i = 0; ok && i < condition.values.size(); ++i)
        query.bindValue(int(i), condition.values.at(i));
    if (!ok || !Sql::exec(query, &error))
        return failWith(tr("Cannot read the audit log from %1: %2.")
                            .arg(QDir::toNativeSeparators(m_database.path()), error));
    while (query.next()) {
        if (!visitor(readRecord(query)))
            return true;
    }
    if (query.lastError().isValid())
        return failWith(tr("Cannot read the audit log from %1: %2.")
                            .arg(QDir::toNativeSeparators(m_database.path()), query.lastError().text()));
    return true;
}

std::optional<qint64> AuditLog::count(const AuditFilter &filter) const
{
    m_error.clear();
    const Condition condition = conditionFor(filter);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QString error;
    bool ok = Sql::prepare(query, u"SELECT count(*) FROM audit_log"_s + condition.sql, &error);
    for (qsizetype i = 0; ok && i < condition.values.size(); ++i)
        query.bindValue(int(i), condition.values.at(i));
    if (!ok || !Sql::exec(query, &error) || !query.next()) {
        failWith(tr("Cannot count the audit records in %1: %2.")
                     .arg(QDir::toNativeSeparators(m_database.path()), error));
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

} // namespace CardDesk::Store
