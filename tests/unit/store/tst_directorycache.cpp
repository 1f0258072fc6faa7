// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directoryjson.h"
#include "core/directorytable.h"
#include "core/searchfold.h"
#include "store/database.h"
#include "store/directorycache.h"
#include "store/sqlitestatement.h"
#include "storetestsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <functional>

using namespace Qt::StringLiterals;
using namespace CardDesk;
using namespace CardDesk::Store;
using CardDesk::Store::TestSupport::RawConnection;

namespace {

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

QList<Core::DirectoryUser> sortedById(QList<Core::DirectoryUser> users)
{
    std::sort(users.begin(), users.end(), [](const auto &a, const auto &b) { return a.userId < b.userId; });
    return users;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// Runs a callback once when the connection starts the first statement whose SQL contains a given
// text, through SQLite's statement trace. The callback runs inside sqlite3_step() of that statement,
// before the statement reads anything.
class StatementTrigger final
{
public:
    StatementTrigger(sqlite3 *handle, const char *sqlPart, std::function<void()> callback)
        : m_handle(handle)
        , m_sqlPart(sqlPart)
        , m_callback(std::move(callback))
    {
        sqlite3_trace_v2(m_handle, SQLITE_TRACE_STMT, &StatementTrigger::onTrace, this);
    }
    ~StatementTrigger() { sqlite3_trace_v2(m_handle, 0, nullptr, nullptr); }
    Q_DISABLE_COPY_MOVE(StatementTrigger)

    bool fired() const { return m_fired; }

private:
    static int onTrace(unsigned type, void *context, void *, void *sql)
    {
        auto *self = static_cast<StatementTrigger *>(context);
        if (type == SQLITE_TRACE_STMT && !self->m_fired &&
            std::strstr(static_cast<const char *>(sql), self->m_sqlPart) != nullptr) {
            self->m_fired = true;
            self->m_callback();
        }
        return 0;
    }

    sqlite3 *m_handle;
    const char *m_sqlPart;
    std::function<void()> m_callback;
    bool m_fired = false;
};

QJsonValue jsonText(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

const QDateTime FirstFetch = QDateTime(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::utc());
const QDateTime SecondFetch = QDateTime(QDate(2026, 3, 2), QTime(8, 0, 1, 250), QTimeZone::utc());

} // namespace

Q_DECLARE_METATYPE(CardDesk::Store::DirectoryCache::UserWrites)

class TestDirectoryCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    void userWritesFollowLibrary();
    void firstReplaceAddsEverything();
    void replaceReportsChanges();
    void replaceWithoutChangesWritesNothing();
    void directorySurvivesReopen();
    void emptyUserListKeepsDirectory();
    void invalidDirectoryRejected_data();
    void invalidDirectoryRejected();
    void failedWriteKeepsOldDirectory_data();
    void failedWriteKeepsOldDirectory();
    void largeDirectory();
    void loadDuringRefreshSeesOneSnapshot();
    void hardNamesRoundTrip_data();
    void hardNamesRoundTrip();
    void hardNamesSearchable();

private:
    void storeInitialDirectory();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DirectoryCache> m_cache;
    QList<Core::DirectoryUser> m_initialUsers;
    QList<Core::Location> m_initialLocations;
};

// Every test runs once for each way of writing the users.
void TestDirectoryCache::initTestCase_data()
{
    QTest::addColumn<DirectoryCache::UserWrites>("userWrites");
    QTest::newRow("automatic") << DirectoryCache::UserWrites::Automatic;
    QTest::newRow("QtSql only") << DirectoryCache::UserWrites::QtSqlOnly;
}

void TestDirectoryCache::init()
{
    QFETCH_GLOBAL(DirectoryCache::UserWrites, userWrites);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>();
    QVERIFY2(m_database->open(m_dir->filePath(u"carddesk.sqlite"_s)), qPrintable(m_database->errorString()));
    m_cache = std::make_unique<DirectoryCache>(*m_database, userWrites);
    // Calven documents every text field as nullable, so u-chen has nothing but an id.
    Core::DirectoryUser sparse;
    sparse.userId = u"u-chen"_s;
    m_initialUsers = {user(u"u-alice"_s), user(u"u-bob"_s), sparse};
    m_initialLocations = {location(u"loc-1"_s, u"Berlin"_s), location(u"loc-2"_s, u"Sydney"_s)};
}

void TestDirectoryCache::cleanup()
{
    m_cache.reset();
    m_database.reset();
    m_dir.reset();
}

void TestDirectoryCache::storeInitialDirectory()
{
    const auto changes = m_cache->replace(m_initialUsers, m_initialLocations, FirstFetch);
    QVERIFY2(changes, qPrintable(m_cache->errorString()));
}

void TestDirectoryCache::userWritesFollowLibrary()
{
    QFETCH_GLOBAL(DirectoryCache::UserWrites, userWrites);
    if (userWrites == DirectoryCache::UserWrites::QtSqlOnly) {
        QVERIFY(!m_cache->usesSqliteApi());
        return;
    }
    // The plugin's SQLite runs this query, the linked one returns linkedSourceId().
    RawConnection raw(m_database->path());
    const QString pluginSourceId = raw.value(u"SELECT sqlite_source_id()"_s).toString();
    QVERIFY(!pluginSourceId.isEmpty());
    // NOTE: a plugin that contains its own copy of the very build that CardDesk links has equal
    // source ids but must still get QtSql, so this check would fail for such a Qt build.
    QCOMPARE(m_cache->usesSqliteApi(), pluginSourceId == Sqlite::linkedSourceId());
}

void TestDirectoryCache::firstReplaceAddsEverything()
{
    QVERIFY(!m_cache->lastRefreshed().isValid());
    const auto changes = m_cache->replace(m_initialUsers, m_initialLocations, FirstFetch);
    QVERIFY2(changes, qPrintable(m_cache->errorString()));
    QCOMPARE(sorted(changes->users.added), (QStringList{u"u-alice"_s, u"u-bob"_s, u"u-chen"_s}));
    QVERIFY(changes->users.changed.isEmpty());
    QVERIFY(changes->users.removed.isEmpty());
    QCOMPARE(changes->locations.added.size(), 2);

    const auto users = m_cache->loadUsers();
    QVERIFY(users);
    QCOMPARE(*users, sortedById(m_initialUsers));
    const auto locations = m_cache->loadLocations();
    QVERIFY(locations);
    QCOMPARE(*locations, m_initialLocations);
    QCOMPARE(m_cache->lastRefreshed(), FirstFetch);
}

void TestDirectoryCache::replaceReportsChanges()
{
    storeInitialDirectory();

    Core::DirectoryUser renamedBob = user(u"u-bob"_s, u"Smith"_s);
    Core::DirectoryUser inactiveChen;
    inactiveChen.userId = u"u-chen"_s;
    inactiveChen.status = u"inactive"_s;
    const QList<Core::DirectoryUser> fetched{user(u"u-alice"_s), renamedBob, inactiveChen, user(u"u-dana"_s)};
    const QList<Core::Location> fetchedLocations{location(u"loc-1"_s, u"Berlin Mitte"_s),
                                                 location(u"loc-3"_s, u"Lyon"_s)};

    const auto changes = m_cache->replace(fetched, fetchedLocations, SecondFetch);
    QVERIFY2(changes, qPrintable(m_cache->errorString()));
    QCOMPARE(changes->users.added, QStringList{u"u-dana"_s});
    QCOMPARE(sorted(changes->users.changed), (QStringList{u"u-bob"_s, u"u-chen"_s}));
    QVERIFY(changes->users.removed.isEmpty());
    QCOMPARE(changes->locations.added, QStringList{u"loc-3"_s});
    QCOMPARE(changes->locations.changed, QStringList{u"loc-1"_s});
    QCOMPARE(changes->locations.removed, QStringList{u"loc-2"_s});

    const auto removal = m_cache->replace({user(u"u-alice"_s)}, fetchedLocations, SecondFetch.addSecs(60));
    QVERIFY2(removal, qPrintable(m_cache->errorString()));
    QCOMPARE(sorted(removal->users.removed), (QStringList{u"u-bob"_s, u"u-chen"_s, u"u-dana"_s}));
    QVERIFY(removal->users.added.isEmpty());
    QVERIFY(removal->users.changed.isEmpty());
    QVERIFY(removal->locations.isEmpty());

    const auto users = m_cache->loadUsers();
    QVERIFY(users);
    QCOMPARE(*users, QList<Core::DirectoryUser>{user(u"u-alice"_s)});
    QCOMPARE(m_cache->lastRefreshed(), SecondFetch.addSecs(60));
}

void TestDirectoryCache::replaceWithoutChangesWritesNothing()
{
    storeInitialDirectory();
    // total_changes() counts the rows that statements on this connection inserted, updated or deleted.
    const auto rowsWritten = [this] {
        QSqlQuery query(m_database->connection());
        return query.exec(u"SELECT total_changes()"_s) && query.next() ? query.value(0).toInt() : -1;
    };
    const int before = rowsWritten();
    QVERIFY(before > 0);

    const auto changes = m_cache->replace(m_initialUsers, m_initialLocations, SecondFetch);
    QVERIFY2(changes, qPrintable(m_cache->errorString()));
    QVERIFY(changes->users.isEmpty());
    QVERIFY(changes->locations.isEmpty());
    QCOMPARE(m_cache->lastRefreshed(), SecondFetch);
    QCOMPARE(rowsWritten() - before, 1); // Only the refresh time.
}

void TestDirectoryCache::emptyUserListKeepsDirectory()
{
    // An empty cache takes an empty list, since there is nothing to lose.
    const auto first = m_cache->replace(QList<Core::DirectoryUser>(), m_initialLocations, FirstFetch);
    QVERIFY2(first, qPrintable(m_cache->errorString()));

    storeInitialDirectory();
    const auto changes = m_cache->replace(QList<Core::DirectoryUser>(), m_initialLocations, SecondFetch);
    QVERIFY(!changes);
    QVERIFY2(m_cache->errorString().contains(u"empty user list"_s), qPrintable(m_cache->errorString()));
    QVERIFY2(m_cache->errorString().contains(u"has 3 user(s)"_s), qPrintable(m_cache->errorString()));
    QVERIFY2(m_cache->errorString().contains(u"was kept"_s), qPrintable(m_cache->errorString()));
    const auto users = m_cache->loadUsers();
    QVERIFY(users);
    QCOMPARE(*users, sortedById(m_initialUsers));
    QCOMPARE(m_cache->lastRefreshed(), FirstFetch);
}

void TestDirectoryCache::directorySurvivesReopen()
{
    storeInitialDirectory();
    m_cache.reset();
    m_database.reset();

    Database reopened;
    QVERIFY2(reopened.open(m_dir->filePath(u"carddesk.sqlite"_s)), qPrintable(reopened.errorString()));
    DirectoryCache cache(reopened);
    const auto users = cache.loadUsers();
    QVERIFY(users);
    QCOMPARE(*users, sortedById(m_initialUsers));
    QCOMPARE(cache.lastRefreshed(), FirstFetch);
}

void TestDirectoryCache::invalidDirectoryRejected_data()
{
    QTest::addColumn<QList<Core::DirectoryUser>>("users");
    QTest::addColumn<QList<Core::Location>>("locations");
    QTest::addColumn<QString>("expectedInError");

    const QList<Core::Location> goodLocations{location(u"loc-1"_s, u"Berlin"_s)};
    QTest::newRow("repeated user id")
        << QList<Core::DirectoryUser>{user(u"u-x"_s), user(u"u-y"_s), user(u"u-x"_s)} << goodLocations
        << u"u-x"_s;
    QTest::newRow("empty user id") << QList<Core::DirectoryUser>{user(u"u-x"_s), user(QString())}
                                   << goodLocations << u"position 2"_s;
    QTest::newRow("repeated location id")
        << QList<Core::DirectoryUser>{user(u"u-x"_s)}
        << QList<Core::Location>{location(u"loc-9"_s, u"A"_s), location(u"loc-9"_s, u"B"_s)} << u"loc-9"_s;
}

void TestDirectoryCache::invalidDirectoryRejected()
{
    QFETCH(QList<Core::DirectoryUser>, users);
    QFETCH(QList<Core::Location>, locations);
    QFETCH(QString, expectedInError);
    storeInitialDirectory();

    QVERIFY(!m_cache->replace(users, locations, SecondFetch));
    QVERIFY2(m_cache->errorString().contains(expectedInError), qPrintable(m_cache->errorString()));
    QCOMPARE(*m_cache->loadUsers(), sortedById(m_initialUsers));
    QCOMPARE(*m_cache->loadLocations(), m_initialLocations);
    QCOMPARE(m_cache->lastRefreshed(), FirstFetch);
}

void TestDirectoryCache::failedWriteKeepsOldDirectory_data()
{
    QTest::addColumn<QString>("triggerSql");

    // Each trigger makes SQLite fail part-way through the refresh, after other rows were written.
    QTest::newRow("insert fails")
        << u"CREATE TRIGGER fail_refresh BEFORE INSERT ON directory_user"
           " WHEN NEW.user_id = 'u-zed' BEGIN SELECT RAISE(ABORT, 'forced failure'); END"_s;
    QTest::newRow("delete fails") << u"CREATE TRIGGER fail_refresh BEFORE DELETE ON directory_user"
                                     " BEGIN SELECT RAISE(ABORT, 'forced failure'); END"_s;
    QTest::newRow("location fails") << u"CREATE TRIGGER fail_refresh BEFORE INSERT ON directory_location"
                                       " BEGIN SELECT RAISE(ABORT, 'forced failure'); END"_s;
    QTest::newRow("refresh time fails") << u"CREATE TRIGGER fail_refresh BEFORE INSERT ON meta"
                                           " BEGIN SELECT RAISE(ABORT, 'forced failure'); END"_s;
}

void TestDirectoryCache::failedWriteKeepsOldDirectory()
{
    QFETCH(QString, triggerSql);
    storeInitialDirectory();
    {
        RawConnection raw(m_database->path());
        QCOMPARE(raw.exec(triggerSql), QString());
    }

    // Changes bob, drops chen, adds dana and zed, and adds a location: every kind of write.
    const QList<Core::DirectoryUser> fetched{user(u"u-alice"_s), user(u"u-bob"_s, u"Changed"_s),
                                             user(u"u-dana"_s), user(u"u-zed"_s)};
    const QList<Core::Location> fetchedLocations{m_initialLocations.at(0), m_initialLocations.at(1),
                                                 location(u"loc-3"_s, u"Lyon"_s)};
    QVERIFY(!m_cache->replace(fetched, fetchedLocations, SecondFetch));
    QVERIFY2(m_cache->errorString().contains(u"forced failure"_s), qPrintable(m_cache->errorString()));
    QVERIFY2(m_cache->errorString().contains(u"previous directory was kept"_s),
             qPrintable(m_cache->errorString()));

    QCOMPARE(*m_cache->loadUsers(), sortedById(m_initialUsers));
    QCOMPARE(*m_cache->loadLocations(), m_initialLocations);
    QCOMPARE(m_cache->lastRefreshed(), FirstFetch);
}

void TestDirectoryCache::largeDirectory()
{
    constexpr int UserCount = 200000;
    QList<Core::DirectoryUser> users;
    users.reserve(UserCount);
    for (int i = 0; i < UserCount; ++i)
        users.append(user(u"user-%1"_s.arg(i, 6, 10, QChar(u'0'))));

    QElapsedTimer timer;
    timer.start();
    const auto first = m_cache->replace(users, m_initialLocations, FirstFetch);
    const qint64 firstMs = timer.restart();
    QVERIFY2(first, qPrintable(m_cache->errorString()));
    QCOMPARE(first->users.added.size(), UserCount);

    // A typical refresh: one user in a hundred changed, a few hundred left, a few hundred joined.
    for (int i = 0; i < UserCount; i += 100)
        users[i].status = u"suspended"_s;
    users.remove(UserCount - 300, 300);
    for (int i = 0; i < 250; ++i)
        users.append(user(u"new-%1"_s.arg(i)));
    timer.restart();
    const auto second = m_cache->replace(users, m_initialLocations, SecondFetch);
    const qint64 secondMs = timer.restart();
    QVERIFY2(second, qPrintable(m_cache->errorString()));
    QCOMPARE(second->users.changed.size(), UserCount / 100 - 3); // 3 of the changed users were removed.
    QCOMPARE(second->users.removed.size(), 300);
    QCOMPARE(second->users.added.size(), 250);

    const auto loaded = m_cache->loadUsers();
    const qint64 loadMs = timer.elapsed();
    QVERIFY(loaded);
    QCOMPARE(loaded->size(), users.size());
    qInfo("200,000 users: first replace %lld ms, refresh %lld ms, load %lld ms", firstMs, secondMs, loadMs);
}

void TestDirectoryCache::loadDuringRefreshSeesOneSnapshot()
{
    // Three chunks of DirectoryCache's packed read, so the refresh commits between two of them.
    constexpr int UserCount = 10000;
    QList<Core::DirectoryUser> before;
    QList<Core::DirectoryUser> after;
    for (int i = 0; i < UserCount; ++i) {
        const QString id = u"user-%1"_s.arg(i, 5, 10, QChar(u'0'));
        before.append(user(id, u"Before"_s));
        after.append(user(id, u"After"_s));
    }
    QVERIFY2(m_cache->replace(before, m_initialLocations, FirstFetch), qPrintable(m_cache->errorString()));

    const Sqlite::LibraryCheck check = Sqlite::checkSharedLibrary(m_database->connection());
    if (!check.shared)
        QSKIP("The QSQLITE plugin runs its own SQLite, so no statement trace can be set on it.");

    // The second connection is the refresh's, as on the worker thread of DirectoryRefresher.
    Database refreshDatabase;
    QVERIFY2(refreshDatabase.open(m_database->path()), qPrintable(refreshDatabase.errorString()));
    DirectoryCache refreshCache(refreshDatabase);
    QString refreshError;
    bool refreshed = false;
    std::shared_ptr<const Core::DirectoryTable> table;
    QDateTime loadedRefreshTime;
    {
        // The chunks after the first select "WHERE user_id >", and the refresh commits before the second.
        StatementTrigger trigger(Sqlite::handleOf(m_database->connection()), "WHERE user_id >", [&] {
            refreshed = refreshCache.replace(after, m_initialLocations, SecondFetch).has_value();
            refreshError = refreshCache.errorString();
        });
        table = m_cache->loadTable(&loadedRefreshTime);
        QVERIFY(trigger.fired());
    }
    QVERIFY2(refreshed, qPrintable(refreshError));
    QVERIFY2(table, qPrintable(m_cache->errorString()));
    QCOMPARE(table->userCount(), UserCount);
    QCOMPARE(loadedRefreshTime, FirstFetch);
    int afterRows = 0;
    for (int row = 0; row < table->userCount(); ++row)
        afterRows += table->field(row, Core::DirectoryTable::LastNameField) == u"After"_s ? 1 : 0;
    QCOMPARE(afterRows, 0);

    // The next load sees the committed refresh whole.
    const auto reloaded = m_cache->loadTable(&loadedRefreshTime);
    QVERIFY2(reloaded, qPrintable(m_cache->errorString()));
    QCOMPARE(loadedRefreshTime, SecondFetch);
    int beforeRows = 0;
    for (int row = 0; row < reloaded->userCount(); ++row)
        beforeRows += reloaded->field(row, Core::DirectoryTable::LastNameField) == u"Before"_s ? 1 : 0;
    QCOMPARE(beforeRows, 0);
    QCOMPARE(reloaded->userCount(), UserCount);
}

void TestDirectoryCache::hardNamesRoundTrip_data()
{
    QTest::addColumn<QString>("firstName");
    QTest::addColumn<QString>("lastName");
    QTest::addColumn<bool>("namesPresent");

    QString longName;
    for (int i = 0; longName.size() < 10000; ++i)
        longName.append(i % 10 == 9 ? u"Ø"_s : u"a"_s);
    QTest::newRow("10,000 characters") << longName << u"Long"_s << true;
    QTest::newRow("arabic") << u"محمد"_s << u"عبد الله"_s << true;
    QTest::newRow("hebrew with points") << u"שָׁלוֹם"_s << u"כהן"_s << true;
    QTest::newRow("mixed direction") << u"Ana (آنا)"_s << u"Smith-شريف"_s << true;
    QTest::newRow("emoji") << u"Ana 🙂"_s << u"🇩🇪"_s << true;
    QTest::newRow("emoji zwj sequence") << u"👩\u200D💻"_s << u"👨\u200D👩\u200D👧"_s << true;
    QTest::newRow("combining acute") << u"Jose\u0301"_s << u"Nun\u0303ez"_s << true;
    QTest::newRow("precomposed acute") << u"José"_s << u"Núñez"_s << true;
    QTest::newRow("markup") << u"<b>x</b>"_s << u"<img src=x>"_s << true;
    QTest::newRow("null names") << QString() << QString() << true;
    QTest::newRow("missing names") << QString() << QString() << false;
}

// Stores users the way a refresh does, from the JSON parser into DirectoryCache::replace(), and
// reads them back through loadTable().
void TestDirectoryCache::hardNamesRoundTrip()
{
    QFETCH(QString, firstName);
    QFETCH(QString, lastName);
    QFETCH(bool, namesPresent);

    QJsonObject hard{{u"userId"_s, u"u-hard"_s},
                     {u"email"_s, u"hard@example.com"_s},
                     {u"status"_s, u"active"_s},
                     {u"primaryLocationId"_s, u"loc-1"_s}};
    if (namesPresent) {
        hard.insert(u"firstName"_s, jsonText(firstName));
        hard.insert(u"lastName"_s, jsonText(lastName));
    }
    const QJsonObject plain{{u"userId"_s, u"u-plain"_s}, {u"firstName"_s, u"Plain"_s}};
    const QByteArray body = QJsonDocument(QJsonArray{plain, hard}).toJson(QJsonDocument::Compact);
    auto parsed = Core::DirectoryJson::parseFetchedUsers(body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QVERIFY2(m_cache->replace(parsed.users, m_initialLocations, FirstFetch),
             qPrintable(m_cache->errorString()));

    QDateTime refreshedAt;
    const auto table = m_cache->loadTable(&refreshedAt);
    QVERIFY2(table, qPrintable(m_cache->errorString()));
    QCOMPARE(table->userCount(), 2);
    QCOMPARE(refreshedAt, FirstFetch);
    const int row = table->rowOfUser(u"u-hard");
    QVERIFY(row >= 0);
    QCOMPARE(table->field(row, Core::DirectoryTable::FirstNameField).toString(), firstName);
    QCOMPARE(table->field(row, Core::DirectoryTable::LastNameField).toString(), lastName);
    QCOMPARE(table->field(row, Core::DirectoryTable::EmailField).toString(), u"hard@example.com"_s);
    QCOMPARE(table->status(row).toString(), u"active"_s);
    QCOMPARE(table->locationName(row), u"Berlin"_s);
    const QString expectedName = firstName.isEmpty() && lastName.isEmpty()
                                     ? u"hard@example.com"_s
                                     : QString(firstName + u' ' + lastName).trimmed();
    QCOMPARE(table->displayName(row), expectedName);
    QCOMPARE(table->user(row).displayName(), expectedName);
    QCOMPARE(table->field(table->rowOfUser(u"u-plain"), Core::DirectoryTable::FirstNameField), u"Plain"_s);

    // Every stored name is found by a search for itself.
    if (!firstName.isEmpty()) {
        const QByteArray folded = Core::foldForSearch(firstName).toUtf8();
        QVERIFY(table->searchTextOf(row).contains(folded));
        QVERIFY(!table->searchTextOf(table->rowOfUser(u"u-plain")).contains(folded));
    }
}

void TestDirectoryCache::hardNamesSearchable()
{
    const QList<QJsonObject> users{
        {{u"userId"_s, u"u-composed"_s}, {u"firstName"_s, u"José"_s}, {u"lastName"_s, u"Núñez"_s}},
        {{u"userId"_s, u"u-combining"_s},
         {u"firstName"_s, u"Jose\u0301"_s},
         {u"lastName"_s, u"Nun\u0303ez"_s}},
        {{u"userId"_s, u"u-arabic"_s}, {u"firstName"_s, u"مُحَمَّد"_s}},
        {{u"userId"_s, u"u-hebrew"_s}, {u"firstName"_s, u"שָׁלוֹם"_s}},
        {{u"userId"_s, u"u-emoji"_s}, {u"firstName"_s, u"Dev 👩\u200D💻"_s}},
        {{u"userId"_s, u"u-greek"_s}, {u"firstName"_s, u"ΟΔΟΣ"_s}},
        {{u"userId"_s, u"u-null"_s}, {u"firstName"_s, QJsonValue(QJsonValue::Null)}},
    };
    QJsonArray array;
    for (const QJsonObject &object : users)
        array.append(object);
    auto parsed = Core::DirectoryJson::parseFetchedUsers(QJsonDocument(array).toJson(QJsonDocument::Compact));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QVERIFY2(m_cache->replace(parsed.users, m_initialLocations, FirstFetch),
             qPrintable(m_cache->errorString()));
    const auto table = m_cache->loadTable();
    QVERIFY2(table, qPrintable(m_cache->errorString()));
    QCOMPARE(table->userCount(), int(users.size()));

    const auto matches = [&table](const QString &query) {
        const QByteArray folded = Core::foldForSearch(query).toUtf8();
        QStringList ids;
        for (int row = 0; row < table->userCount(); ++row) {
            if (table->searchTextOf(row).contains(folded))
                ids.append(table->field(row, Core::DirectoryTable::UserIdField).toString());
        }
        ids.sort();
        return ids;
    };
    QCOMPARE(matches(u"jose"_s), (QStringList{u"u-combining"_s, u"u-composed"_s}));
    QCOMPARE(matches(u"JOSÉ"_s), (QStringList{u"u-combining"_s, u"u-composed"_s}));
    QCOMPARE(matches(u"nunez"_s), (QStringList{u"u-combining"_s, u"u-composed"_s}));
    QCOMPARE(matches(u"محمد"_s), QStringList{u"u-arabic"_s});
    QCOMPARE(matches(u"שלום"_s), QStringList{u"u-hebrew"_s});
    QCOMPARE(matches(u"👩\u200D💻"_s), QStringList{u"u-emoji"_s});
    QCOMPARE(matches(u"οδος"_s), QStringList{u"u-greek"_s});
    QCOMPARE(table->field(table->rowOfUser(u"u-null"), Core::DirectoryTable::FirstNameField), u""_s);
}

QTEST_GUILESS_MAIN(TestDirectoryCache)
#include "tst_directorycache.moc"
