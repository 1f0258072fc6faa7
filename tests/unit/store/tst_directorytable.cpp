// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// DirectoryCache::loadTable() over a real SQLite file, and the Core::DirectoryTable it builds.

#include "core/directorytable.h"
#include "store/database.h"
#include "store/directorycache.h"
#include "storetestsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace CardDesk;
using CardDesk::Store::TestSupport::RawConnection;

namespace {

Core::DirectoryUser user(const QString &id, const QString &firstName, const QString &lastName,
                         const QString &locationId, const QString &status = u"active"_s)
{
    Core::DirectoryUser result;
    result.userId = id;
    result.email = QString(firstName.toLower() + u'.' + id + u"@example.com"_s);
    result.userName = id + u"-login"_s;
    result.firstName = firstName;
    result.lastName = lastName;
    result.status = status;
    result.primaryLocationId = locationId;
    result.primaryGroupId = u"group-"_s + id;
    result.onboarded = id.endsWith(u'1');
    return result;
}

} // namespace

class TestDirectoryTable : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void loadTableRoundTrip();
    void loadTableFoldsSearchText();
    void loadTableSortsByName();
    void loadTableOfEmptyCache();
    void loadTableOverSeveralChunks();
    void loadTableReportsSqlError();
    void loadTableReportsUnexpectedLayout();
    void emailOrderMatchesComparison();
    void characterSetsMatchText();
    void packedUserMatchesAddUser();
    void malformedPackedUserRejected();

private:
    std::shared_ptr<const Core::DirectoryTable> storeAndLoad();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store::Database> m_database;
    std::unique_ptr<Store::DirectoryCache> m_cache;
    QList<Core::DirectoryUser> m_users;
    QList<Core::Location> m_locations;
};

void TestDirectoryTable::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Store::Database>();
    QVERIFY2(m_database->open(m_dir->filePath(u"carddesk.sqlite"_s)), qPrintable(m_database->errorString()));
    m_cache = std::make_unique<Store::DirectoryCache>(*m_database);
    m_locations = {Core::Location{u"loc-ber"_s, u"Berlin Straße"_s, u"Europe/Berlin"_s, u"DE"_s},
                   Core::Location{u"loc-syd"_s, u"Sydney"_s, u"Australia/Sydney"_s, u"AU"_s}};
    m_users = {user(u"u-3"_s, u"Zoë"_s, u"Åberg"_s, u"loc-ber"_s),
               user(u"u-1"_s, u"José"_s, u"Núñez"_s, u"loc-syd"_s, u"inactive"_s),
               user(u"u-2"_s, u"ann"_s, u"Zed"_s, u"loc-gone"_s),
               user(u"u-4"_s, u"Anna"_s, u"Bee"_s, u"loc-ber"_s)};
}

void TestDirectoryTable::cleanup()
{
    m_cache.reset();
    m_database.reset();
    m_dir.reset();
}

std::shared_ptr<const Core::DirectoryTable> TestDirectoryTable::storeAndLoad()
{
    if (!m_cache->replace(m_users, m_locations, {}))
        qWarning("replace failed: %s", qPrintable(m_cache->errorString()));
    return m_cache->loadTable();
}

void TestDirectoryTable::loadTableRoundTrip()
{
    const auto table = storeAndLoad();
    QVERIFY2(table, qPrintable(m_cache->errorString()));
    QCOMPARE(table->userCount(), m_users.size());
    QCOMPARE(table->locations(), m_locations);
    for (const Core::DirectoryUser &expected : std::as_const(m_users)) {
        const int row = table->rowOfUser(expected.userId);
        QVERIFY2(row >= 0, qPrintable(expected.userId));
        QCOMPARE(table->user(row), expected);
        QCOMPARE(table->displayName(row), expected.displayName());
        QCOMPARE(table->status(row), expected.status);
    }
    QCOMPARE(table->rowOfUser(u"u-missing"_s), -1);

    const int unknownLocation = table->rowOfUser(u"u-2"_s);
    QCOMPARE(table->locationIndex(unknownLocation), -1);
    QCOMPARE(table->locationName(unknownLocation), QString());
    QCOMPARE(table->locationName(table->rowOfUser(u"u-1"_s)), u"Sydney"_s);
}

void TestDirectoryTable::loadTableFoldsSearchText()
{
    const auto table = storeAndLoad();
    QVERIFY(table);
    const QByteArray jose = table->searchTextOf(table->rowOfUser(u"u-1"_s)).toByteArray();
    QVERIFY2(jose.startsWith("jose\x1fnunez\x1f"), jose.constData());
    QVERIFY2(jose.contains("\x1fu-1-login\x1fu-1\x1fsydney\x1f"), jose.constData());
    const QByteArray zoe = table->searchTextOf(table->rowOfUser(u"u-3"_s)).toByteArray();
    QVERIFY2(zoe.startsWith("zoe\x1f" "aberg\x1f"), zoe.constData());
    QVERIFY2(zoe.endsWith("\x1f" "berlin strasse\x1f"), zoe.constData());
    QCOMPARE(qsizetype(table->searchStarts().back()), table->searchText().size());
}

void TestDirectoryTable::loadTableSortsByName()
{
    const auto table = storeAndLoad();
    QVERIFY(table);
    QStringList names;
    for (const int row : table->nameOrder())
        names.append(table->displayName(row));
    // Case-insensitive on first then last name, so "ann Zed" comes before "Anna Bee".
    QCOMPARE(names, (QStringList{u"ann Zed"_s, u"Anna Bee"_s, u"José Núñez"_s, u"Zoë Åberg"_s}));
}

void TestDirectoryTable::loadTableOfEmptyCache()
{
    const auto table = m_cache->loadTable();
    QVERIFY2(table, qPrintable(m_cache->errorString()));
    QCOMPARE(table->userCount(), 0);
    QVERIFY(table->nameOrder().empty());
    QCOMPARE(table->searchText().size(), 0);
}

void TestDirectoryTable::loadTableOverSeveralChunks()
{
    // More users than one read chunk (4096) holds, with a gap in the rowids from a removed user.
    QList<Core::DirectoryUser> many;
    for (int i = 0; i < 9000; ++i)
        many.append(user(u"m-%1"_s.arg(i, 5, 10, QChar(u'0')), u"Näme"_s, QString::number(i), u"loc-ber"_s));
    QVERIFY(m_cache->replace(many, m_locations, {}));
    many.removeAt(100);
    QVERIFY(m_cache->replace(many, m_locations, {}));

    const auto table = m_cache->loadTable();
    QVERIFY2(table, qPrintable(m_cache->errorString()));
    QCOMPARE(table->userCount(), many.size());
    for (const Core::DirectoryUser &expected : std::as_const(many)) {
        const int row = table->rowOfUser(expected.userId);
        QVERIFY2(row >= 0, qPrintable(expected.userId));
        QCOMPARE(table->user(row), expected);
    }
}

void TestDirectoryTable::loadTableReportsSqlError()
{
    QVERIFY(storeAndLoad());
    {
        RawConnection raw(m_database->path());
        QCOMPARE(raw.exec(u"ALTER TABLE directory_user RENAME TO directory_user_moved"_s), QString());
    }
    QVERIFY(!m_cache->loadTable());
    QVERIFY2(m_cache->errorString().contains(u"Cannot read the cached users"_s), qPrintable(m_cache->errorString()));
    QVERIFY2(m_cache->errorString().contains(u"carddesk.sqlite"_s), qPrintable(m_cache->errorString()));
}

void TestDirectoryTable::loadTableReportsUnexpectedLayout()
{
    QList<Core::DirectoryUser> many;
    for (int i = 0; i < 9000; ++i)
        many.append(user(u"m-%1"_s.arg(i, 5, 10, QChar(u'0')), u"Name"_s, QString::number(i), u"loc-ber"_s));
    QVERIFY(m_cache->replace(many, m_locations, {}));
    {
        // A 0xFF byte, which UTF-8 text never holds, in the second chunk of 4096 users.
        RawConnection raw(m_database->path());
        QCOMPARE(raw.exec(u"UPDATE directory_user SET email = X'41FF42' WHERE user_id = 'm-05000'"_s), QString());
    }
    QVERIFY(!m_cache->loadTable());
    QVERIFY2(m_cache->errorString().contains(u"unexpected layout"_s), qPrintable(m_cache->errorString()));
    // The message names the last user of the chunk that failed.
    QVERIFY2(m_cache->errorString().contains(u"\"m-08191\""_s), qPrintable(m_cache->errorString()));

    // Once the row is readable again, the whole table loads.
    {
        RawConnection raw(m_database->path());
        QCOMPARE(raw.exec(u"UPDATE directory_user SET email = 'ok' WHERE user_id = 'm-05000'"_s), QString());
    }
    const auto table = m_cache->loadTable();
    QVERIFY2(table, qPrintable(m_cache->errorString()));
    QCOMPARE(table->userCount(), many.size());
}

void TestDirectoryTable::emailOrderMatchesComparison()
{
    // Emails that share long prefixes, differ in case only, repeat, or start with accents, so
    // every step of the sort decides some pairs: the packed prefix, the whole key and the user id.
    const QStringList stems{u"maria.garcia"_s, u"MARIA.GARCIA"_s, u"maria.garcía"_s, u"Élodie"_s,
                            u"zoë"_s,          u"a"_s,            QString(),         u"maria.garcia."_s};
    QList<Core::DirectoryUser> users;
    for (int i = 0; i < 3000; ++i) {
        Core::DirectoryUser generated = user(u"e-%1"_s.arg((i * 7919) % 3000), u"N"_s, u"M"_s, u"loc-ber"_s);
        const QString &stem = stems.at(i % stems.size());
        generated.email = i % 5 == 0 ? stem : stem + QString::number(i % 37) + u"@example.com"_s;
        users.append(generated);
    }
    QVERIFY2(m_cache->replace(users, m_locations, {}), qPrintable(m_cache->errorString()));
    const auto table = m_cache->loadTable();
    QVERIFY2(table, qPrintable(m_cache->errorString()));

    std::vector<int> expected(size_t(table->userCount()));
    std::iota(expected.begin(), expected.end(), 0);
    std::sort(expected.begin(), expected.end(), [&table](int left, int right) {
        using Field = Core::DirectoryTable::Field;
        if (const int order = table->field(left, Field::EmailField)
                                  .compare(table->field(right, Field::EmailField), Qt::CaseInsensitive))
            return order < 0;
        return table->field(left, Field::UserIdField).compare(table->field(right, Field::UserIdField)) < 0;
    });
    QCOMPARE(table->emailOrder(), expected);
}

void TestDirectoryTable::characterSetsMatchText()
{
    const auto table = storeAndLoad();
    QVERIFY(table);
    const int row = table->rowOfUser(u"u-4"_s);
    const quint64 contained = table->containedCharacters(row);
    const quint64 starts = table->wordStartCharacters(row);
    const auto bit = [](char c) { return Core::DirectoryTable::characterBit(c); };
    // "anna", "bee", "anna.u-4@example.com", "u-4-login", "u-4", "berlin strasse".
    QVERIFY(contained & bit('x'));
    QVERIFY(!(contained & bit('q')));
    QVERIFY(starts & bit('a'));
    QVERIFY(starts & bit('4'));
    QVERIFY(starts & bit('s'));
    QVERIFY(!(starts & bit('x')));
    QCOMPARE(bit('-'), quint64(0));
}

void TestDirectoryTable::packedUserMatchesAddUser()
{
    Core::DirectoryTableBuilder packedBuilder(m_locations);
    for (const Core::DirectoryUser &u : std::as_const(m_users)) {
        QByteArray packed;
        for (const QString &field : {u.userId, u.email, u.userName, u.firstName, u.lastName, u.primaryLocationId,
                                     u.primaryGroupId, u.status})
            packed.append(field.toUtf8()).append('\xff');
        QVERIFY(packedBuilder.addPackedUtf8User(packed, u.onboarded));
    }
    const auto packed = packedBuilder.finish();
    const auto listed = Core::makeDirectoryTable(m_users, m_locations);
    QCOMPARE(packed->userCount(), listed->userCount());
    for (int row = 0; row < listed->userCount(); ++row) {
        QCOMPARE(packed->user(row), listed->user(row));
        QCOMPARE(packed->searchTextOf(row), listed->searchTextOf(row));
        QCOMPARE(packed->locationIndex(row), listed->locationIndex(row));
    }
    QCOMPARE(packed->nameOrder(), listed->nameOrder());
}

void TestDirectoryTable::malformedPackedUserRejected()
{
    Core::DirectoryTableBuilder builder({});
    QVERIFY(!builder.addPackedUtf8User("u-1\xff" "only two fields\xff", true));
    QVERIFY(!builder.addPackedUtf8User(QByteArray(QByteArray(9, '\xff') + "trailing"), true));
    QVERIFY(builder.addPackedUtf8User(QByteArray(8, '\xff'), false));
    const auto table = builder.finish();
    QCOMPARE(table->userCount(), 1);
    QCOMPARE(table->user(0), Core::DirectoryUser());
}

QTEST_GUILESS_MAIN(TestDirectoryTable)
#include "tst_directorytable.moc"
