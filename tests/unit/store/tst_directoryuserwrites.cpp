// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"
#include "store/directorycache.h"
#include "storetestsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace CardDesk;
using namespace CardDesk::Store;
using CardDesk::Store::TestSupport::RawConnection;

namespace {

// One fetched directory, as DirectoryCache::replace() receives it.
struct Fetch
{
    QList<Core::DirectoryUser> users;
    QList<Core::Location> locations;
};

Core::DirectoryUser user(const QString &id, const QString &lastName = u"Doe"_s)
{
    Core::DirectoryUser result;
    result.userId = id;
    result.email = id + u"@example.com"_s;
    result.userName = id;
    result.firstName = u"First "_s + id;
    result.lastName = lastName;
    result.status = u"active"_s;
    result.primaryLocationId = u"loc-1"_s;
    result.primaryGroupId = u"group-1"_s;
    result.onboarded = true;
    return result;
}

Core::Location location(const QString &id, const QString &name)
{
    return Core::Location{id, name, u"Europe/Berlin"_s, u"DE"_s};
}

// Users with no text but the id, with text outside ASCII and Latin-1, including a character
// outside the BMP, and with ids out of key order.
QList<Core::DirectoryUser> initialUsers()
{
    Core::DirectoryUser sparse;
    sparse.userId = u"u-chen"_s;
    Core::DirectoryUser accented = user(u"u-zoë"_s, u"Łukasiewicz"_s);
    accented.firstName = u"Zoë 🙂"_s;
    Core::DirectoryUser cjk = user(u"u-李"_s, u"李"_s);
    cjk.onboarded = false;
    return {user(u"u-mia"_s), user(u"u-alice"_s), sparse, accented, cjk, user(u"u-bob"_s)};
}

const QList<Core::Location> Locations{location(u"loc-1"_s, u"Berlin"_s), location(u"loc-2"_s, u"Sydney"_s)};

// Changes in only the onboarded flag, only the case of a name, only a character outside the BMP,
// from empty text to text, plus one removal and two additions.
Fetch changedFetch()
{
    QList<Core::DirectoryUser> users = initialUsers();
    users[0].onboarded = false;
    users[1].lastName = u"doe"_s;
    users[2].email = u"chen@example.com"_s;
    users[3].firstName = u"Zoë 🙃"_s;
    users.removeAt(5);
    users.append(user(u"u-dana"_s));
    users.prepend(user(u"u-aaron"_s));
    return {users, Locations};
}

// A few thousand users in an order far from key order, so the sorted writes matter.
QList<Core::DirectoryUser> manyUsers(int count, int changedEvery)
{
    QList<Core::DirectoryUser> users;
    users.reserve(count);
    for (int i = 0; i < count; ++i) {
        Core::DirectoryUser next = user(u"user-%1"_s.arg((i * 7919) % count, 5, 10, QChar(u'0')));
        if (changedEvery > 0 && i % changedEvery == 0)
            next.status = u"suspended"_s;
        users.append(next);
    }
    return users;
}

// Every stored column of every row, quoted by SQLite, so NULL, '' and the storage class of each
// value all show.
QStringList storedRows(const QString &path)
{
    RawConnection raw(path);
    const QString rows =
        raw.value(u"SELECT group_concat(row, char(10)) FROM (SELECT quote(user_id) || ',' || quote(email)"
                  " || ',' || quote(user_name) || ',' || quote(first_name) || ',' || quote(last_name)"
                  " || ',' || quote(status) || ',' || quote(primary_location_id) || ','"
                  " || quote(primary_group_id) || ',' || quote(onboarded) AS row FROM directory_user"
                  " ORDER BY user_id)"_s)
            .toString();
    return rows.isEmpty() ? QStringList() : rows.split(u'\n');
}

void compareChangeSets(const ChangeSet &actual, const ChangeSet &expected)
{
    QCOMPARE(actual.added, expected.added);
    QCOMPARE(actual.changed, expected.changed);
    QCOMPARE(actual.removed, expected.removed);
}

const QDateTime FetchTime = QDateTime(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::utc());

} // namespace

Q_DECLARE_METATYPE(Fetch)

// Runs the same fetches through a cache that uses the SQLite C API and one that uses QtSql, each
// on its own database file, and compares what they store and report.
class TestDirectoryUserWrites : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void bothWaysAgree_data();
    void bothWaysAgree();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_apiDatabase;
    std::unique_ptr<Database> m_qtSqlDatabase;
    std::unique_ptr<DirectoryCache> m_apiCache;
    std::unique_ptr<DirectoryCache> m_qtSqlCache;
};

void TestDirectoryUserWrites::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_apiDatabase = std::make_unique<Database>();
    QVERIFY2(m_apiDatabase->open(m_dir->filePath(u"api.sqlite"_s)), qPrintable(m_apiDatabase->errorString()));
    m_qtSqlDatabase = std::make_unique<Database>();
    QVERIFY2(m_qtSqlDatabase->open(m_dir->filePath(u"qtsql.sqlite"_s)),
             qPrintable(m_qtSqlDatabase->errorString()));
    m_apiCache = std::make_unique<DirectoryCache>(*m_apiDatabase, DirectoryCache::UserWrites::Automatic);
    m_qtSqlCache = std::make_unique<DirectoryCache>(*m_qtSqlDatabase, DirectoryCache::UserWrites::QtSqlOnly);
    if (!m_apiCache->usesSqliteApi())
        QSKIP("The QSQLITE plugin runs its own copy of SQLite, so only the QtSql way can run here.");
    QVERIFY(!m_qtSqlCache->usesSqliteApi());
}

void TestDirectoryUserWrites::cleanup()
{
    m_apiCache.reset();
    m_qtSqlCache.reset();
    m_apiDatabase.reset();
    m_qtSqlDatabase.reset();
    m_dir.reset();
}

void TestDirectoryUserWrites::bothWaysAgree_data()
{
    QTest::addColumn<QList<Fetch>>("fetches");
    QTest::addColumn<QString>("triggerSql"); // Created before the last fetch, when not empty.
    QTest::addColumn<bool>("lastFetchFails");

    const Fetch initial{initialUsers(), Locations};
    QTest::newRow("first fetch") << QList<Fetch>{initial} << QString() << false;
    QTest::newRow("same fetch twice") << QList<Fetch>{initial, initial} << QString() << false;
    QTest::newRow("changes") << QList<Fetch>{initial, changedFetch()} << QString() << false;
    // An empty list would be refused whenever users are cached, so one user stays.
    QTest::newRow("all but one removed")
        << QList<Fetch>{initial, Fetch{initial.users.mid(0, 1), Locations}} << QString() << false;
    QTest::newRow("empty list refused") << QList<Fetch>{initial, Fetch{{}, Locations}} << QString() << true;
    QTest::newRow("many users") << QList<Fetch>{Fetch{manyUsers(5000, 0), Locations},
                                                Fetch{manyUsers(4800, 9), Locations}}
                                << QString() << false;

    QTest::newRow("repeated user id")
        << QList<Fetch>{initial, Fetch{{user(u"u-x"_s), user(u"u-y"_s), user(u"u-x"_s)}, Locations}}
        << QString() << true;
    QTest::newRow("empty user id") << QList<Fetch>{initial,
                                                   Fetch{{user(u"u-x"_s), user(QString())}, Locations}}
                                   << QString() << true;
    QTest::newRow("repeated location id")
        << QList<Fetch>{initial,
                        Fetch{{user(u"u-x"_s)}, {location(u"loc-9"_s, u"A"_s), location(u"loc-9"_s, u"B"_s)}}}
        << QString() << true;
    QTest::newRow("insert fails")
        << QList<Fetch>{initial, changedFetch()}
        << u"CREATE TRIGGER fail_refresh BEFORE INSERT ON directory_user"
           " WHEN NEW.user_id = 'u-dana' BEGIN SELECT RAISE(ABORT, 'forced failure'); END"_s
        << true;
    // A changed user is written with INSERT OR REPLACE, which runs the insert triggers.
    QTest::newRow("update fails")
        << QList<Fetch>{initial, changedFetch()}
        << u"CREATE TRIGGER fail_refresh BEFORE INSERT ON directory_user"
           " WHEN NEW.user_id = 'u-alice' BEGIN SELECT RAISE(ABORT, 'forced failure'); END"_s
        << true;
    QTest::newRow("delete fails") << QList<Fetch>{initial, changedFetch()}
                                  << u"CREATE TRIGGER fail_refresh BEFORE DELETE ON directory_user"
                                     " BEGIN SELECT RAISE(ABORT, 'forced failure'); END"_s
                                  << true;
}

void TestDirectoryUserWrites::bothWaysAgree()
{
    QFETCH(QList<Fetch>, fetches);
    QFETCH(QString, triggerSql);
    QFETCH(bool, lastFetchFails);

    for (qsizetype i = 0; i < fetches.size(); ++i) {
        const bool last = i == fetches.size() - 1;
        if (last && !triggerSql.isEmpty()) {
            RawConnection apiRaw(m_apiDatabase->path());
            QCOMPARE(apiRaw.exec(triggerSql), QString());
            RawConnection qtSqlRaw(m_qtSqlDatabase->path());
            QCOMPARE(qtSqlRaw.exec(triggerSql), QString());
        }
        const Fetch &fetch = fetches.at(i);
        const auto apiChanges = m_apiCache->replace(fetch.users, fetch.locations, FetchTime.addDays(i));
        const auto qtSqlChanges = m_qtSqlCache->replace(fetch.users, fetch.locations, FetchTime.addDays(i));

        QCOMPARE(apiChanges.has_value(), !(last && lastFetchFails));
        QCOMPARE(qtSqlChanges.has_value(), !(last && lastFetchFails));
        if (apiChanges) {
            compareChangeSets(apiChanges->users, qtSqlChanges->users);
            compareChangeSets(apiChanges->locations, qtSqlChanges->locations);
            if (QTest::currentTestFailed())
                return;
        } else {
            // The messages differ only in the path of the database file.
            QString apiError = m_apiCache->errorString();
            QString qtSqlError = m_qtSqlCache->errorString();
            apiError.replace(QDir::toNativeSeparators(m_apiDatabase->path()), u"<file>"_s);
            qtSqlError.replace(QDir::toNativeSeparators(m_qtSqlDatabase->path()), u"<file>"_s);
            QCOMPARE(apiError, qtSqlError);
        }
        const QStringList rows = storedRows(m_apiDatabase->path());
        QCOMPARE(rows, storedRows(m_qtSqlDatabase->path()));
        QVERIFY(!rows.isEmpty() || fetch.users.isEmpty());
        QCOMPARE(m_apiCache->lastRefreshed(), m_qtSqlCache->lastRefreshed());
    }
}

QTEST_GUILESS_MAIN(TestDirectoryUserWrites)
#include "tst_directoryuserwrites.moc"
