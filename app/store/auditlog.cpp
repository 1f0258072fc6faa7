// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/auditlog.h"

#include "store/database.h"
#include "store/sqlsupport.h"
#include "store/storedjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QSysInfo>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAudit, "carddesk.store.audit")

namespace CardDesk::Store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CardDesk::Store::AuditLog", text);
}

QString searchText(const AuditRecord &record)
{
    return QString(record.targetUsername + u'\n' + record.targetUserId + u'\n' + record.osUser)
        .toCaseFolded();
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

} // namespace

AuditLog::AuditLog(Database &database)
    : m_database(database)
{}

QString AuditLog::currentOsUser()
{
    // USER on Linux and macOS, USERNAME on Windows.
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return u"unknown"_s;
}

QString AuditLog::currentMachine()
{
    return QSysInfo::machineHostName();
}

bool AuditLog::failWith(const QString &message) const
{
    m_error = message;
    qCWarning(lcAudit).noquote() << message;
    return false;
}

std::optional<qint64> AuditLog::append(const AuditRecord &input)
{
    m_error.clear();
    if (input.action.isEmpty()) {
        failWith(tr("An audit record needs an action name; the record for user %1 was not written.")
                     .arg(input.targetUsername));
        return std::nullopt;
    }
    AuditRecord record = input;
    if (!record.timeUtc.isValid())
        record.timeUtc = QDateTime::currentDateTimeUtc();
    if (record.osUser.isEmpty())
        record.osUser = currentOsUser();
    if (record.machine.isEmpty())
        record.machine = currentMachine();

    QSqlQuery query(m_database.connection());
    QString error;
    bool ok = Sql::prepare(query,
                           u"INSERT INTO audit_log (recorded_at, os_user, machine, profile_id, action,"
                           " target_user_id, target_username, cards_before_json, cards_after_json, update_id,"
                           " result, detail, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                           &error);
    if (ok) {
        const QVariantList values{
            Sql::toDbTime(record.timeUtc),
            Sql::text(record.osUser),
            Sql::text(record.machine),
            Sql::text(record.profileId),
            Sql::text(record.action),
            Sql::text(record.targetUserId),
            Sql::text(record.targetUsername),
            StoredJson::encodeCards(record.cardsBefore),
            StoredJson::encodeCards(record.cardsAfter),
            Sql::text(record.updateId),
            Sql::text(record.result),
            Sql::text(record.detail),
            searchText(record),
        };
        for (qsizetype i = 0; i < values.size(); ++i)
            query.bindValue(int(i), values.at(i));
        // A single INSERT commits on its own in autocommit mode, so no explicit transaction is needed.
        ok = Sql::exec(query, &error);
    }
    if (!ok) {
        failWith(tr("Cannot write the audit record \"%1\" for user %2 to %3: %4. Check free disk space; the "
                    "action itself may already have happened.")
                     .arg(record.action, record.targetUsername, QDir::toNativeSeparators(m_database.path()),
                          error));
        return std::nullopt;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    qCDebug(lcAudit).noquote() << "Appended audit record" << id << record.action << "for user"
                               << record.targetUserId;
    return id;
}

std::optional<QList<AuditRecord>> AuditLog::query(const AuditFilter &filter) const
{
    m_error.clear();
    QStringList conditions;
    QVariantList values;
    if (filter.fromUtc.isValid()) {
        conditions.append(u"recorded_at >= ?"_s);
        values.append(Sql::toDbTime(filter.fromUtc));
    }
    if (filter.toUtc.isValid()) {
        conditions.append(u"recorded_at < ?"_s);
        values.append(Sql::toDbTime(filter.toUtc));
    }
    if (!filter.action.isEmpty()) {
        conditions.append(u"action = ?"_s);
        values.append(filter.action);
    }
    const QString needle = filter.userText.trimmed().toCaseFolded();
    if (!needle.isEmpty()) {
        conditions.append(u"instr(search_text, ?) > 0"_s);
        values.append(needle);
    }
    QString sql =
        u"SELECT id, recorded_at, os_user, machine, profile_id, action, target_user_id, target_username,"
        " cards_before_json, cards_after_json, update_id, result, detail FROM audit_log"_s;
    if (!conditions.isEmpty())
        sql += u" WHERE "_s + conditions.join(u" AND "_s);
    sql += u" ORDER BY recorded_at DESC, id DESC"_s;
    if (filter.limit > 0) {
        sql += u" LIMIT ?"_s;
        values.append(filter.limit);
    }

    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QString error;
    bool ok = Sql::prepare(query, sql, &error);
    for (qsizetype i = 0; ok && i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!ok || !Sql::exec(query, &error)) {
        failWith(tr("Cannot read the audit log from %1: %2.")
                     .arg(QDir::toNativeSeparators(m_database.path()), error));
        return std::nullopt;
    }
    QList<AuditRecord> records;
    while (query.next())
        records.append(readRecord(query));
    return records;
}

} // namespace CardDesk::Store
