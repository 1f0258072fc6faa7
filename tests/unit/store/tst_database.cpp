// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cardvalidation.h"
#include "store/credentialregister.h"
#include "store/database.h"
#include "store/directorycache.h"
#include "store/outbox.h"
#include "store/schema.h"
#include "storetestsupport.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace CardDesk::Store;
using CardDesk::Store::TestSupport::RawConnection;

namespace {

// Creates the schema of an older version on raw, as that version of CardDesk left it. Returns
// SQLite's message for the first statement that failed, or an empty string.
QString applyMigrationsUpTo(RawConnection &raw, int version)
{
    for (const Schema::Migration &migration : Schema::migrations()) {
        if (migration.version > version)
            break;
        for (const QString &statement : migration.statements) {
            const QString error = raw.exec(statement);
            if (!error.isEmpty())
                return u"version %1: %2"_s.arg(migration.version).arg(error);
        }
    }
    return {};
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void newFileGetsLatestSchema();
    void connectionSettingsApplied();
    void reopenKeepsDataAndVersion();
    void version3UsersKeptWithoutRowid();
    void version4OutboxGetsResultIndex();
    void version5FailureIndexesUseOrConditions();
    void version6RegisterCardsGetKeys();
    void missingFolderIsCreated();
    void zeroByteFileBecomesDatabase();
    void newerSchemaRejected();
    void foreignFileRejected_data();
    void foreignFileRejected();
    void closeRemovesConnection();
    void openAnotherOnWorkerThread();
    void openAnotherWithoutFile();

private:
    QString path(const QString &name = u"carddesk.sqlite"_s) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::newFileGetsLatestSchema()
{
    Database database;
    QVERIFY2(database.open(path()), qPrintable(database.errorString()));
    QCOMPARE(database.schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 1);
    database.close();

    RawConnection raw(path());
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), Database::latestSchemaVersion());
    QCOMPARE(raw.value(u"PRAGMA application_id"_s).toInt(), 0x4344736B);
    const QStringList tables{u"meta"_s,
                             u"directory_user"_s,
                             u"directory_location"_s,
                             u"credential_register"_s,
                             u"credential_register_card"_s,
                             u"credential_history"_s,
                             u"outbox"_s,
                             u"outbox_exchange"_s,
                             u"audit_log"_s};
    for (const QString &table : tables) {
        const QVariant found = raw.value(
            u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'"_s.arg(table));
        QVERIFY2(found.toInt() == 1, qPrintable(table));
    }
}

void TestDatabase::connectionSettingsApplied()
{
    Database database;
    QVERIFY2(database.open(path()), qPrintable(database.errorString()));
    const auto pragma = [&](const QString &name) {
        QSqlQuery query(database.connection());
        if (!query.exec(u"PRAGMA "_s + name) || !query.next())
            return QVariant();
        return query.value(0);
    };
    QCOMPARE(pragma(u"journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(pragma(u"synchronous"_s).toInt(), 2); // 2 is FULL.
    QCOMPARE(pragma(u"foreign_keys"_s).toInt(), 1);
    QCOMPARE(pragma(u"busy_timeout"_s).toInt(), Database::BusyTimeoutMs);
}

void TestDatabase::reopenKeepsDataAndVersion()
{
    {
        Database database;
        QVERIFY2(database.open(path()), qPrintable(database.errorString()));
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(u"INSERT INTO meta (key, value) VALUES ('test.key', 'kept')"_s));
    }
    Database reopened;
    QVERIFY2(reopened.open(path()), qPrintable(reopened.errorString()));
    QCOMPARE(reopened.schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery query(reopened.connection());
    QVERIFY(query.exec(u"SELECT value FROM meta WHERE key = 'test.key'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"kept"_s);
}

// A version 3 file, written by the migrations of that version, with users in an order other than
// their ids. Version 4 rebuilds directory_user without a rowid and keeps every user.
void TestDatabase::version3UsersKeptWithoutRowid()
{
    {
        RawConnection raw(path());
        QCOMPARE(applyMigrationsUpTo(raw, 3), QString());
        QCOMPARE(raw.exec(u"INSERT INTO directory_user VALUES"
                          " ('u-9', 'zoe@example.com', 'zoe', 'Zoë', 'Öztürk', 'active', 'loc-1', 'g-1', 1),"
                          " ('u-1', 'ann@example.com', 'ann', 'Ann', 'Lee', 'suspended', 'loc-2', '', 0),"
                          " ('u-5', '', 'bo', 'Bo', '', 'active', '', '', 0)"_s),
                 QString());
        QCOMPARE(raw.exec(u"PRAGMA application_id = %1"_s.arg(Schema::ApplicationId)), QString());
        QCOMPARE(raw.exec(u"PRAGMA user_version = 3"_s), QString());
    }

    Database database;
    QVERIFY2(database.open(path()), qPrintable(database.errorString()));
    QCOMPARE(database.schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery query(database.connection());
    QVERIFY2(!query.exec(u"SELECT rowid FROM directory_user"_s), "directory_user still has a rowid");
    QVERIFY(query.exec(u"SELECT sql FROM sqlite_master WHERE name = 'directory_user'"_s) && query.next());
    QVERIFY2(query.value(0).toString().contains(u"WITHOUT ROWID"_s), qPrintable(query.value(0).toString()));

    CardDesk::Store::DirectoryCache cache(database);
    const auto users = cache.loadUsers();
    QVERIFY2(users, qPrintable(cache.errorString()));
    QCOMPARE(users->size(), 3);
    QCOMPARE(users->at(0).userId, u"u-1"_s);
    QCOMPARE(users->at(0).status, u"suspended"_s);
    QCOMPARE(users->at(1).userId, u"u-5"_s);
    QCOMPARE(users->at(2).userId, u"u-9"_s);
    QCOMPARE(users->at(2).firstName, u"Zoë"_s);
    QCOMPARE(users->at(2).lastName, u"Öztürk"_s);
    QCOMPARE(users->at(2).primaryGroupId, u"g-1"_s);
    QVERIFY(users->at(2).onboarded);
    QVERIFY(!users->at(0).onboarded);

    // A refresh over the migrated table finds the kept rows: one unchanged, one changed, one gone.
    QList<CardDesk::Core::DirectoryUser> fetched{users->at(0), users->at(2)};
    fetched[1].email = u"zoe.oztürk@example.com"_s;
    const auto changes = cache.replace(fetched, {}, {});
    QVERIFY2(changes, qPrintable(cache.errorString()));
    QCOMPARE(changes->users.added, QStringList());
    QCOMPARE(changes->users.changed, QStringList{u"u-9"_s});
    QCOMPARE(changes->users.removed, QStringList{u"u-5"_s});
}

// A version 4 file with outbox entries. Version 5 adds an index of the entries with a result, and
// the newest result of each user is read from it alone.
void TestDatabase::version4OutboxGetsResultIndex()
{
    {
        RawConnection raw(path());
        QCOMPARE(applyMigrationsUpTo(raw, 4), QString());
        // u-1: an older failure, then an OK. u-2: a result, then a newer entry still queued.
        // u-3: never answered.
        QCOMPARE(
            raw.exec(u"INSERT INTO outbox (id, update_id, profile_id, user_id, username, credentials_json,"
                     " state, created_at, updated_at, result_code) VALUES"
                     " (1, 'a', 'p', 'u-1', 'one', '[]', 'failed', 't', 't', 'card-update-failed'),"
                     " (2, 'b', 'p', 'u-2', 'two', '[]', 'failed', 't', 't', 'user-not-found'),"
                     " (3, 'c', 'p', 'u-1', 'one', '[]', 'confirmed', 't', 't', 'ok'),"
                     " (4, 'd', 'p', 'u-2', 'two', '[]', 'queued', 't', 't', NULL),"
                     " (5, 'e', 'p', 'u-3', 'three', '[]', 'queued', 't', 't', NULL)"_s),
            QString());
        QCOMPARE(raw.exec(u"PRAGMA application_id = %1"_s.arg(Schema::ApplicationId)), QString());
        QCOMPARE(raw.exec(u"PRAGMA user_version = 4"_s), QString());
    }

    Database database;
    QVERIFY2(database.open(path()), qPrintable(database.errorString()));
    QCOMPARE(database.schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(
        u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'outbox_latest_result'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);

    QVERIFY(query.exec(u"EXPLAIN QUERY PLAN SELECT user_id, max(id) FROM outbox WHERE result_code IS NOT NULL"
                       " GROUP BY user_id"_s));
    QStringList plan;
    while (query.next())
        plan.append(query.value(3).toString());
    QVERIFY2(plan.join(u'\n').contains(u"COVERING INDEX outbox_latest_result"_s),
             qPrintable(plan.join(u'\n')));

    Outbox outbox(database);
    const auto results = outbox.latestResults();
    QVERIFY2(results, qPrintable(outbox.errorString()));
    QCOMPARE(results->size(), 2);
    QCOMPARE(results->value(u"u-1"_s), CardDesk::Core::ResultCode::Ok);
    QCOMPARE(results->value(u"u-2"_s), CardDesk::Core::ResultCode::UserNotFound);
    QVERIFY(!results->contains(u"u-3"_s));
}

namespace {

// Counts the temporary b-trees (OpenEphemeral) that a statement's program opens.
int temporaryTrees(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(u"EXPLAIN "_s + statement))
        return -1;
    int trees = 0;
    while (query.next()) {
        if (query.value(1).toString() == u"OpenEphemeral"_s)
            ++trees;
    }
    return trees;
}

} // namespace

// A version 5 file with failures. Version 6 rebuilds the four partial failure indexes with OR
// conditions, so that a state change of an entry no longer builds a temporary b-tree for each
// index condition, and the failure queries still read the entries through them.
void TestDatabase::version5FailureIndexesUseOrConditions()
{
    {
        RawConnection raw(path());
        QCOMPARE(applyMigrationsUpTo(raw, 5), QString());
        QCOMPARE(
            raw.exec(u"INSERT INTO outbox (id, update_id, profile_id, user_id, username, credentials_json,"
                     " state, created_at, updated_at, result_code) VALUES"
                     " (1, 'a', 'p', 'u-1', 'one', '[]', 'failed', 't1', 't1', 'card-update-failed'),"
                     " (2, 'b', 'p', 'u-2', 'two', '[]', 'unknown', 't2', 't2', NULL),"
                     " (3, 'c', 'p', 'u-3', 'three', '[]', 'resolved', 't3', 't3', 'user-not-found'),"
                     " (4, 'd', 'p', 'u-4', 'four', '[]', 'confirmed', 't4', 't4', 'ok')"_s),
            QString());
        QCOMPARE(raw.exec(u"PRAGMA application_id = %1"_s.arg(Schema::ApplicationId)), QString());
        QCOMPARE(raw.exec(u"PRAGMA user_version = 5"_s), QString());
    }
    const QString stateChange = u"UPDATE outbox SET state = 'failed' WHERE id = 4"_s;
    {
        RawConnection raw(path());
        // The CHECK constraint of the state column adds one tree, and each version 3 index two more.
        QCOMPARE(temporaryTrees(raw.database(), stateChange), 9);
    }

    Database database;
    QVERIFY2(database.open(path()), qPrintable(database.errorString()));
    QCOMPARE(database.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(temporaryTrees(database.connection(), stateChange), 1);

    Outbox outbox(database);
    const auto open = outbox.failures();
    QVERIFY2(open, qPrintable(outbox.errorString()));
    QStringList openIds;
    for (const CardDesk::Core::OutboxEntry &entry : *open)
        openIds.append(entry.updateId);
    openIds.sort();
    QCOMPARE(openIds, (QStringList{u"a"_s, u"b"_s}));

    FailureFilter reviewed;
    reviewed.includeResolved = true;
    const auto counts = outbox.failureReasonCounts(reviewed);
    QVERIFY2(counts, qPrintable(outbox.errorString()));
    QCOMPARE(counts->value(CardDesk::Core::ResultCode::CardUpdateFailed), 1);
    QCOMPARE(counts->value(CardDesk::Core::ResultCode::Unknown), 1);
    QCOMPARE(counts->value(CardDesk::Core::ResultCode::UserNotFound), 1);
    QCOMPARE(counts->size(), 3);
}

// A version 6 file with active register cards. Version 7 gives each the key of
// Core::comparableCardKey(), computed in SQL, and the holder check looks cards up by it.
void TestDatabase::version6RegisterCardsGetKeys()
{
    const QList<std::pair<QString, QString>> cards{
        {u"00002"_s, u"1"_s}, {u"0A1B"_s, QString()}, {u"000"_s, u"007"_s},
        {u"a0b1"_s, u"0"_s},  {u"0"_s, u"00"_s},      {u"1234567890"_s, u"65535"_s},
    };
    {
        RawConnection raw(path());
        QCOMPARE(applyMigrationsUpTo(raw, 6), QString());
        for (qsizetype i = 0; i < cards.size(); ++i) {
            const QString user = u"u-%1"_s.arg(i);
            QCOMPARE(
                raw.exec(u"INSERT INTO credential_register (user_id, username, intended_json, intended_at)"
                         " VALUES ('%1', '%1@example.com', '[]', 't')"_s.arg(user)),
                QString());
            QCOMPARE(
                raw.exec(u"INSERT INTO credential_register_card (user_id, card_number, facility_code)"
                         " VALUES ('%1', '%2', '%3')"_s.arg(user, cards.at(i).first, cards.at(i).second)),
                QString());
        }
        QCOMPARE(raw.exec(u"PRAGMA application_id = %1"_s.arg(Schema::ApplicationId)), QString());
        QCOMPARE(raw.exec(u"PRAGMA user_version = 6"_s), QString());
    }

    Database database;
    QVERIFY2(database.open(path()), qPrintable(database.errorString()));
    QCOMPARE(database.schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(u"SELECT card_number, facility_code, card_key FROM credential_register_card"_s));
    int rows = 0;
    while (query.next()) {
        ++rows;
        const QString number = query.value(0).toString();
        const QString facility = query.value(1).toString();
        QCOMPARE(query.value(2).toString(), CardDesk::Core::comparableCardKey(number, facility));
    }
    QCOMPARE(rows, cards.size());

    CredentialRegister cardRegister(database);
    const auto holders = cardRegister.holdersOf(u"2"_s, u"01"_s);
    QVERIFY2(holders, qPrintable(cardRegister.errorString()));
    QCOMPARE(holders->size(), 1);
    QCOMPARE(holders->at(0).userId, u"u-0"_s);
    const auto lowerCase = cardRegister.holdersOf(u"a1b"_s, QString());
    QVERIFY2(lowerCase, qPrintable(cardRegister.errorString()));
    QCOMPARE(lowerCase->size(), 0);
    const auto hex = cardRegister.holdersOf(u"0a1b"_s, QString());
    QVERIFY2(hex, qPrintable(cardRegister.errorString()));
    QCOMPARE(hex->size(), 1);
    QCOMPARE(hex->at(0).userId, u"u-1"_s);
}

void TestDatabase::missingFolderIsCreated()
{
    const QString nested = m_dir->filePath(u"profiles/main/carddesk.sqlite"_s);
    Database database;
    QVERIFY2(database.open(nested), qPrintable(database.errorString()));
    QVERIFY(QFile::exists(nested));
}

void TestDatabase::zeroByteFileBecomesDatabase()
{
    QFile empty(path());
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();

    Database database;
    QVERIFY2(database.open(path()), qPrintable(database.errorString()));
    QCOMPARE(database.schemaVersion(), Database::latestSchemaVersion());
}

void TestDatabase::newerSchemaRejected()
{
    {
        Database database;
        QVERIFY2(database.open(path()), qPrintable(database.errorString()));
    }
    const int newer = Database::latestSchemaVersion() + 1;
    {
        RawConnection raw(path());
        QCOMPARE(raw.exec(u"PRAGMA user_version = %1"_s.arg(newer)), QString());
    }

    Database database;
    QVERIFY(!database.open(path()));
    QVERIFY(!database.isOpen());
    QVERIFY2(database.errorString().contains(QDir::toNativeSeparators(path())),
             qPrintable(database.errorString()));
    QVERIFY2(database.errorString().contains(u"newer"_s), qPrintable(database.errorString()));
    QVERIFY2(database.errorString().contains(QString::number(newer)), qPrintable(database.errorString()));

    RawConnection raw(path());
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), newer);
}

void TestDatabase::foreignFileRejected_data()
{
    QTest::addColumn<QStringList>("setupSql");
    QTest::addColumn<QByteArray>("plainContent");

    QTest::newRow("text file") << QStringList() << QByteArray("name,card\nalice,00123\n");
    QTest::newRow("sqlite of another program")
        << QStringList{u"CREATE TABLE bookmarks (url TEXT)"_s, u"INSERT INTO bookmarks VALUES ('x')"_s}
        << QByteArray();
    QTest::newRow("other application id")
        << QStringList{u"PRAGMA application_id = 1234"_s, u"CREATE TABLE notes (body TEXT)"_s}
        << QByteArray();
    QTest::newRow("other application id, no tables")
        << QStringList{u"PRAGMA application_id = 1234"_s, u"PRAGMA user_version = 1"_s} << QByteArray();
}

void TestDatabase::foreignFileRejected()
{
    QFETCH(QStringList, setupSql);
    QFETCH(QByteArray, plainContent);

    if (!plainContent.isEmpty()) {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(plainContent);
    } else {
        RawConnection raw(path());
        for (const QString &sql : setupSql)
            QCOMPARE(raw.exec(sql), QString());
    }
    const QByteArray before = TestSupport::fileBytes(path());
    QVERIFY(!before.isEmpty());

    Database database;
    QVERIFY(!database.open(path()));
    QVERIFY2(database.errorString().contains(QDir::toNativeSeparators(path())),
             qPrintable(database.errorString()));
    QVERIFY2(database.errorString().contains(u"not a CardDesk database"_s),
             qPrintable(database.errorString()));
    QCOMPARE(TestSupport::fileBytes(path()), before);
    QVERIFY(!QFile::exists(path() + u"-wal"_s));
}

void TestDatabase::closeRemovesConnection()
{
    Database database;
    QVERIFY2(database.open(path()), qPrintable(database.errorString()));
    const QString name = database.connectionName();
    QVERIFY(QSqlDatabase::connectionNames().contains(name));
    database.close();
    QVERIFY(!database.isOpen());
    QVERIFY(!QSqlDatabase::connectionNames().contains(name));
}

void TestDatabase::openAnotherOnWorkerThread()
{
    Database database;
    QVERIFY2(database.open(path()), qPrintable(database.errorString()));

    QString workerConnection;
    QString workerError;
    bool workerWrote = false;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        std::unique_ptr<Database> other = database.openAnother(&workerError);
        if (!other)
            return;
        workerConnection = other->connectionName();
        QSqlQuery query(other->connection());
        workerWrote = query.exec(u"INSERT INTO meta (key, value) VALUES ('worker', 'written')"_s);
    }));
    worker->start();
    QVERIFY(worker->wait(30000));

    QVERIFY2(workerError.isEmpty(), qPrintable(workerError));
    QVERIFY(workerWrote);
    QVERIFY(!workerConnection.isEmpty());
    QVERIFY(workerConnection != database.connectionName());
    QVERIFY(!QSqlDatabase::connectionNames().contains(workerConnection));

    QSqlQuery query(database.connection());
    QVERIFY(query.exec(u"SELECT value FROM meta WHERE key = 'worker'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"written"_s);
}

void TestDatabase::openAnotherWithoutFile()
{
    Database neverOpened;
    QString error;
    QVERIFY(!neverOpened.openAnother(&error));
    QVERIFY2(error.contains(u"second connection"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
