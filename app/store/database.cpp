// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"

#include "store/schema.h"
#include "store/sqlsupport.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDatabase, "carddesk.store.database")

namespace CardDesk::Store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CardDesk::Store::Database", text);
}

// Qt keys connections by name in one process-wide list, so each needs a name of its own.
QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"carddesk-store-%1"_s.arg(counter.fetchAndAddRelaxed(1) + 1);
}

// Returns the integer a PRAGMA or a single-value query returns, or nullopt on an SQL error.
std::optional<qint64> queryInteger(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        *error = Sql::errorText(query);
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

QString queryText(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        *error = Sql::errorText(query);
        return {};
    }
    return query.value(0).toString();
}

} // namespace

Database::Database() = default;

Database::~Database()
{
    close();
}

int Database::latestSchemaVersion()
{
    return Schema::latestVersion();
}

bool Database::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

bool Database::fail(const QString &message)
{
    m_error = message;
    qCWarning(lcDatabase).noquote() << message;
    close();
    return false;
}

bool Database::open(const QString &path)
{
    close();
    m_error.clear();
    m_path = QFileInfo(path).absoluteFilePath();

    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder)) {
        return fail(tr("Cannot create the folder %1 for the CardDesk database. Check that the "
                       "location exists and is writable, or choose another location.")
                        .arg(QDir::toNativeSeparators(folder)));
    }

    m_connectionName = nextConnectionName();
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(m_path);
    if (!m_db.open()) {
        return fail(tr("Cannot open the CardDesk database %1: %2. Check that the file is readable "
                       "and writable.")
                        .arg(QDir::toNativeSeparators(m_path), m_db.lastError().text()));
    }
    // Identity and version are checked before any statement that could write to the file.
    if (!checkIdentity() || !applyConnectionSettings() || !migrate())
        return false;
    qCInfo(lcDatabase).noquote() << "Opened" << m_path << "as" << m_connectionName << "with schema"
                                 << m_schemaVersion;
    return true;
}

bool Database::checkIdentity()
{
    const QString nativePath = QDir::toNativeSeparators(m_path);
    QString error;
    const auto applicationId = queryInteger(m_db, u"PRAGMA application_id"_s, &error);
    const auto version = applicationId ? queryInteger(m_db, u"PRAGMA user_version"_s, &error) : std::nullopt;
    const auto tableCount =
        version ? queryInteger(m_db, u"SELECT count(*) FROM sqlite_master"_s, &error) : std::nullopt;
    if (!tableCount) {
        return fail(tr("%1 is not a CardDesk database (SQLite reports: %2). Choose another file, or "
                       "move this one away so that CardDesk can create a new database.")
                        .arg(nativePath, error));
    }

    const bool isEmptyFile = *applicationId == 0 && *version == 0 && *tableCount == 0;
    if (!isEmptyFile && *applicationId != Schema::ApplicationId) {
        return fail(tr("%1 is an SQLite database of another program, not a CardDesk database. Choose "
                       "another file, or move this one away so that CardDesk can create a new "
                       "database.")
                        .arg(nativePath));
    }
    if (*version > latestSchemaVersion()) {
        return fail(tr("%1 was written by a newer CardDesk (schema version %2; this version reads up "
                       "to %3). Update CardDesk, or open another database file.")
                        .arg(nativePath)
                        .arg(*version)
                        .arg(latestSchemaVersion()));
    }
    m_schemaVersion = int(*version);
    return true;
}

bool Database::applyConnectionSettings()
{
    QString error;
    const QString journalMode = queryText(m_db, u"PRAGMA journal_mode = WAL"_s, &error);
    if (journalMode.compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        if (error.isEmpty())
            error = tr("SQLite kept journal mode \"%1\"").arg(journalMode);
        return fail(tr("Cannot switch the CardDesk database %1 to write-ahead logging: %2. Put the "
                       "database on a local disk; network shares often do not support it.")
                        .arg(QDir::toNativeSeparators(m_path), error));
    }

    // synchronous=FULL makes every commit reach the disk before it returns, which keeps an
    // operator's edit through a power cut. Only the sender's state changes in Outbox
    // (takeDueBatch, recordResults) lower it to NORMAL for their own transaction, see
    // Sql::RelaxedSync, because losing one of them only makes an update go out again with the
    // same updateId.
    const QStringList pragmas{
        u"PRAGMA synchronous = FULL"_s,
        u"PRAGMA foreign_keys = ON"_s,
        u"PRAGMA busy_timeout = %1"_s.arg(BusyTimeoutMs),
    };
    for (const QString &pragma : pragmas) {
        if (!Sql::execDirect(m_db, pragma, &error)) {
            return fail(tr("Cannot configure the CardDesk database %1 (%2): %3.")
                            .arg(QDir::toNativeSeparators(m_path), pragma, error));
        }
    }
    return true;
}

bool Database::migrate()
{
    if (m_schemaVersion == latestSchemaVersion())
        return true;
    QString error;
    const int reached = applyMigrations(&error);
    if (reached < 0)
        return fail(error);
    m_schemaVersion = reached;
    return true;
}

int Database::applyMigrations(QString *error)
{
    const QString nativePath = QDir::toNativeSeparators(m_path);
    Sql::WriteTransaction transaction(m_db);
    QString sqlError;
    if (!transaction.begin(&sqlError)) {
        *error = tr("Cannot update the schema of the CardDesk database %1: %2. Close other programs "
                    "that use the file and try again.")
                     .arg(nativePath, sqlError);
        return -1;
    }
    // Another process may have migrated the file between the check and the write lock.
    const auto version = queryInteger(m_db, u"PRAGMA user_version"_s, &sqlError);
    if (!version) {
        *error = tr("Cannot read the schema version of %1: %2.").arg(nativePath, sqlError);
        return -1;
    }

    int current = int(*version);
    for (const Schema::Migration &migration : Schema::migrations()) {
        if (migration.version <= current)
            continue;
        for (const QString &statement : migration.statements) {
            if (!Sql::execDirect(m_db, statement, &sqlError)) {
                *error = tr("Cannot update the CardDesk database %1 to schema version %2: %3. The "
                            "file was left unchanged.")
                             .arg(nativePath)
                             .arg(migration.version)
                             .arg(sqlError);
                return -1;
            }
        }
        qCInfo(lcDatabase).noquote() << "Applied schema migration" << migration.version << "to" << m_path;
        current = migration.version;
    }

    // PRAGMA takes no bound values, so both numbers, which this code computed, are formatted in.
    const QStringList stamps{
        u"PRAGMA application_id = %1"_s.arg(Schema::ApplicationId),
        u"PRAGMA user_version = %1"_s.arg(current),
    };
    for (const QString &stamp : stamps) {
        if (!Sql::execDirect(m_db, stamp, &sqlError)) {
            *error = tr("Cannot record the schema version in %1: %2.").arg(nativePath, sqlError);
            return -1;
        }
    }
    if (!transaction.commit(&sqlError)) {
        *error = tr("Cannot save the schema update of the CardDesk database %1: %2. Check free disk "
                    "space and try again.")
                     .arg(nativePath, sqlError);
        return -1;
    }
    return current;
}

std::unique_ptr<Database> Database::openAnother(QString *error) const
{
    QString message;
    auto other = std::make_unique<Database>();
    if (m_path.isEmpty()) {
        message = tr("No CardDesk database was opened, so there is no file to open a second connection to.");
        qCWarning(lcDatabase).noquote() << message;
    } else if (!other->open(m_path)) {
        message = other->errorString();
    }
    if (message.isEmpty())
        return other;
    if (error)
        *error = message;
    return nullptr;
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    if (m_db.isOpen())
        m_db.close();
    // removeDatabase warns when a copy of the handle is still alive, so drop ours first.
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    qCDebug(lcDatabase).noquote() << "Closed" << m_connectionName;
    m_connectionName.clear();
    m_schemaVersion = 0;
}

} // namespace CardDesk::Store
