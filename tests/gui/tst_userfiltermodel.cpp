// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directorytable.h"
#include "models/roles.h"
#include "models/userfiltermodel.h"
#include "models/usersearchindex.h"
#include "models/usertablemodel.h"
#include "sampledata.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using CardDesk::Models::UserFilterModel;
using CardDesk::Models::UserTableModel;
namespace Models = CardDesk::Models;
namespace Core = CardDesk::Core;
namespace Tests = CardDesk::Tests;

class TestUserFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void search_data();
    void search();
    void passesModelTesterWhileFiltering();
    void accentsAndSharpSIgnored();
    void sortsByNameCaseInsensitive();
    void sortsCardsNumerically();
    void sortsGroupsInNameOrder_data();
    void sortsGroupsInNameOrder();
    void sortsEmailCaseInsensitive();
    void sortsNamelessUserByEmail();
    void prefixMatchesRankFirst();
    void cardNumbersAreSearchable();
    void typingMatchesFreshSearch();
    void searchMatchesPlainScan();
    void selectionSurvivesSearch();
    void controlCharactersSplitWords();
    void unusualNames_data();
    void unusualNames();

private:
    QStringList visibleUserIds() const;
    QStringList userIdsInViewOrder() const;

    UserTableModel *m_source = nullptr;
    UserFilterModel *m_filter = nullptr;
};

void TestUserFilterModel::init()
{
    m_source = new UserTableModel(this);
    m_source->setDirectory(Tests::sampleUsers(), Tests::sampleLocations());
    m_filter = new UserFilterModel(this);
    m_filter->setSourceModel(m_source);
}

void TestUserFilterModel::cleanup()
{
    delete m_filter;
    delete m_source;
}

QStringList TestUserFilterModel::visibleUserIds() const
{
    QStringList ids;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        ids.append(m_filter->index(row, 0).data(Models::UserIdRole).toString());
    ids.sort();
    return ids;
}

QStringList TestUserFilterModel::userIdsInViewOrder() const
{
    QStringList ids;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        ids.append(m_filter->index(row, 0).data(Models::UserIdRole).toString());
    return ids;
}

void TestUserFilterModel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const QStringList everyone{u"u-1001"_s, u"u-1002"_s, u"u-1003"_s, u"u-1004"_s, u"u-1005"_s};
    QTest::newRow("empty") << QString() << everyone;
    QTest::newRow("blank") << u"   "_s << everyone;
    QTest::newRow("first name prefix") << u"Ad"_s << QStringList{u"u-1001"_s, u"u-1005"_s};
    QTest::newRow("case ignored") << u"HOPPER"_s << QStringList{u"u-1002"_s};
    QTest::newRow("email part") << u"turing@"_s << QStringList{u"u-1003"_s};
    QTest::newRow("user name") << u"kjohnson"_s << QStringList{u"u-1004"_s};
    QTest::newRow("user id") << u"u-1005"_s << QStringList{u"u-1005"_s};
    QTest::newRow("location name") << u"chicago"_s << QStringList{u"u-1002"_s, u"u-1004"_s};
    QTest::newRow("all words must match") << u"ada berlin"_s << QStringList{u"u-1001"_s};
    QTest::newRow("words across fields") << u"loop grace"_s << QStringList{u"u-1002"_s};
    QTest::newRow("one word misses") << u"ada sydney"_s << QStringList{};
    QTest::newRow("no regular expressions") << u"a.*"_s << QStringList{};
    QTest::newRow("brackets are literal") << u"[a]"_s << QStringList{};
}

void TestUserFilterModel::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    m_filter->setSearchText(text);
    QCOMPARE(visibleUserIds(), expected);
    QCOMPARE(m_filter->searchText(), text);
}

void TestUserFilterModel::passesModelTesterWhileFiltering()
{
    QAbstractItemModelTester tester(m_filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_filter->sort(UserTableModel::NameColumn);
    m_filter->setSearchText(u"a"_s);
    m_filter->setSearchText(u"al"_s);
    m_filter->setSearchText(QString());
    m_source->setCardCounts({{u"u-1001"_s, 1}});
    m_source->setDirectory(Tests::generatedUsers(50), Tests::sampleLocations());
    m_filter->setSearchText(u"mia"_s);
    QVERIFY(m_filter->rowCount() > 0);
}

void TestUserFilterModel::sortsByNameCaseInsensitive()
{
    auto users = Tests::sampleUsers();
    users[2].firstName = u"alan"_s; // A lower-case name sorts among the others, not after "Z".
    m_source->setDirectory(users, Tests::sampleLocations());
    m_filter->sort(UserTableModel::NameColumn, Qt::AscendingOrder);
    QStringList names;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        names.append(m_filter->index(row, UserTableModel::NameColumn).data().toString());
    QCOMPARE(names, (QStringList{u"Ada Lovelace"_s, u"Adele Goldberg"_s, u"alan Turing"_s, u"Grace Hopper"_s,
                                 u"Katherine Johnson"_s}));
}

void TestUserFilterModel::sortsCardsNumerically()
{
    m_source->setCardCounts({{u"u-1001"_s, 10}, {u"u-1002"_s, 9}, {u"u-1003"_s, 100}});
    m_filter->sort(UserTableModel::CardsColumn, Qt::DescendingOrder);
    QCOMPARE(m_filter->index(0, 0).data(Models::UserIdRole).toString(), u"u-1003"_s);
    QCOMPARE(m_filter->index(1, 0).data(Models::UserIdRole).toString(), u"u-1001"_s);
    QCOMPARE(m_filter->index(2, 0).data(Models::UserIdRole).toString(), u"u-1002"_s);
}

void TestUserFilterModel::sortsGroupsInNameOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("expected");

    // By name: Ada Lovelace 1001, Adele Goldberg 1005, Alan Turing 1003, Grace Hopper 1002,
    // Katherine Johnson 1004. Within each value the rows stay in that order, in both directions.
    QTest::newRow("status up") << int(UserTableModel::StatusColumn) << int(Qt::AscendingOrder)
                               << QStringList{u"u-1001"_s, u"u-1005"_s, u"u-1003"_s, u"u-1002"_s,
                                              u"u-1004"_s};
    QTest::newRow("status down") << int(UserTableModel::StatusColumn) << int(Qt::DescendingOrder)
                                 << QStringList{u"u-1004"_s, u"u-1001"_s, u"u-1005"_s, u"u-1003"_s,
                                                u"u-1002"_s};
    // Adele's location is unknown, an empty cell, which sorts first.
    QTest::newRow("location up") << int(UserTableModel::LocationColumn) << int(Qt::AscendingOrder)
                                 << QStringList{u"u-1005"_s, u"u-1001"_s, u"u-1002"_s, u"u-1004"_s,
                                                u"u-1003"_s};
    QTest::newRow("location down") << int(UserTableModel::LocationColumn) << int(Qt::DescendingOrder)
                                   << QStringList{u"u-1003"_s, u"u-1002"_s, u"u-1004"_s, u"u-1001"_s,
                                                  u"u-1005"_s};
    // Cards: 1003 and 1004 have 2, 1001 has 1, the others no count.
    QTest::newRow("cards down") << int(UserTableModel::CardsColumn) << int(Qt::DescendingOrder)
                                << QStringList{u"u-1003"_s, u"u-1004"_s, u"u-1001"_s, u"u-1005"_s,
                                               u"u-1002"_s};
    // Last push: 1002 and 1005 failed alike, 1001 succeeded, the others never pushed.
    QTest::newRow("last push up") << int(UserTableModel::LastPushColumn) << int(Qt::AscendingOrder)
                                  << QStringList{u"u-1003"_s, u"u-1004"_s, u"u-1001"_s, u"u-1005"_s,
                                                 u"u-1002"_s};
}

void TestUserFilterModel::sortsGroupsInNameOrder()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QStringList, expected);
    QAbstractItemModelTester tester(m_filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_source->setCardCounts({{u"u-1003"_s, 2}, {u"u-1004"_s, 2}, {u"u-1001"_s, 1}});
    m_source->setLastResults({{u"u-1001"_s, CardDesk::Core::ResultCode::Ok},
                              {u"u-1002"_s, CardDesk::Core::ResultCode::UserNotFound},
                              {u"u-1005"_s, CardDesk::Core::ResultCode::UserNotFound}});
    m_filter->sort(column, Qt::SortOrder(order));
    QCOMPARE(userIdsInViewOrder(), expected);
}

void TestUserFilterModel::sortsEmailCaseInsensitive()
{
    auto users = Tests::sampleUsers();
    users[0].email = u"Zoe@example.com"_s;        // u-1001
    users[1].email = u"bea@example.com"_s;        // u-1002
    users[2].email = u"BEA@example.com"_s;        // u-1003, equal ignoring case: the user id decides
    users[3].email = u"\u00c9mile@example.com"_s; // u-1004, É folds to é, after every ASCII letter
    users[4].email = u"adele@example.com"_s;      // u-1005
    m_source->setDirectory(users, Tests::sampleLocations());

    m_filter->sort(UserTableModel::EmailColumn, Qt::AscendingOrder);
    QCOMPARE(userIdsInViewOrder(),
             (QStringList{u"u-1005"_s, u"u-1002"_s, u"u-1003"_s, u"u-1001"_s, u"u-1004"_s}));
    m_filter->sort(UserTableModel::EmailColumn, Qt::DescendingOrder);
    QCOMPARE(userIdsInViewOrder(),
             (QStringList{u"u-1004"_s, u"u-1001"_s, u"u-1003"_s, u"u-1002"_s, u"u-1005"_s}));
}

void TestUserFilterModel::sortsNamelessUserByEmail()
{
    auto users = Tests::sampleUsers();
    users[3].firstName.clear();
    users[3].lastName.clear();
    users[3].email = u"bob@example.com"_s;
    m_source->setDirectory(users, Tests::sampleLocations());
    m_filter->sort(UserTableModel::NameColumn, Qt::AscendingOrder);
    QStringList names;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        names.append(m_filter->index(row, UserTableModel::NameColumn).data().toString());
    QCOMPARE(names, (QStringList{u"Ada Lovelace"_s, u"Adele Goldberg"_s, u"Alan Turing"_s,
                                 u"bob@example.com"_s, u"Grace Hopper"_s}));
}

void TestUserFilterModel::accentsAndSharpSIgnored()
{
    CardDesk::Core::DirectoryUser jose;
    jose.userId = u"u-jose"_s;
    jose.firstName = u"José"_s;
    jose.lastName = u"Straße"_s;
    jose.email = u"jose.strasse@example.com"_s;
    CardDesk::Core::DirectoryUser zoe;
    zoe.userId = u"u-zoe"_s;
    zoe.firstName = u"ZOË"_s;
    zoe.lastName = u"Ünal"_s;
    zoe.email = u"z.unal@example.com"_s;
    m_source->setDirectory({jose, zoe}, {});

    m_filter->setSearchText(u"jose strasse"_s);
    QCOMPARE(visibleUserIds(), QStringList{u"u-jose"_s});
    m_filter->setSearchText(u"STRASSE"_s);
    QCOMPARE(visibleUserIds(), QStringList{u"u-jose"_s});
    m_filter->setSearchText(u"zoe unal"_s);
    QCOMPARE(visibleUserIds(), QStringList{u"u-zoe"_s});
    m_filter->setSearchText(u"Zoë"_s);
    QCOMPARE(visibleUserIds(), QStringList{u"u-zoe"_s});
    m_filter->setSearchText(u"josé"_s);
    QCOMPARE(visibleUserIds(), QStringList{u"u-jose"_s});
}

void TestUserFilterModel::prefixMatchesRankFirst()
{
    CardDesk::Core::DirectoryUser inside;
    inside.userId = u"u-inside"_s;
    inside.firstName = u"Aaron"_s;
    inside.lastName = u"Bernardo"_s; // "nard" only inside a word.
    CardDesk::Core::DirectoryUser start;
    start.userId = u"u-start"_s;
    start.firstName = u"Zack"_s;
    start.lastName = u"Nardelli"_s; // "nard" at a word start, but sorts after Aaron by name.
    m_source->setDirectory({inside, start}, {});
    m_filter->sort(UserTableModel::NameColumn, Qt::AscendingOrder);

    m_filter->setSearchText(u"nard"_s);
    QCOMPARE(m_filter->rowCount(), 2);
    QCOMPARE(m_filter->index(0, 0).data(Models::UserIdRole).toString(), u"u-start"_s);
    QCOMPARE(m_filter->index(1, 0).data(Models::UserIdRole).toString(), u"u-inside"_s);
    QCOMPARE(m_filter->matchLevel(m_source->rowOfUser(u"u-start"_s)), Models::MatchLevel::Prefix);
    QCOMPARE(m_filter->matchLevel(m_source->rowOfUser(u"u-inside"_s)), Models::MatchLevel::Contains);

    m_filter->setSearchText(QString());
    QCOMPARE(m_filter->index(0, 0).data(Models::UserIdRole).toString(), u"u-inside"_s);
}

void TestUserFilterModel::cardNumbersAreSearchable()
{
    m_source->setCardNumbers({{u"u-1003"_s, {u"4242017"_s}}, {u"u-1004"_s, {u"77"_s, u"991"_s}}});
    m_filter->setSearchText(u"4242"_s);
    QCOMPARE(visibleUserIds(), QStringList{u"u-1003"_s});
    m_filter->setSearchText(u"991"_s);
    QCOMPARE(visibleUserIds(), QStringList{u"u-1004"_s});

    // Numbers follow the user across a directory refresh and can be replaced while searching.
    m_source->setDirectory(Tests::sampleUsers(), Tests::sampleLocations());
    QCOMPARE(visibleUserIds(), QStringList{u"u-1004"_s});
    m_source->setCardNumbers({{u"u-1001"_s, {u"991"_s}}});
    QCOMPARE(visibleUserIds(), QStringList{u"u-1001"_s});

    // Hexadecimal serials match in either case, and a number outside ASCII is folded like a name.
    m_source->setCardNumbers({{u"u-1002"_s, {u"04A1B2C3"_s}}, {u"u-1003"_s, {u"ＡＢ１２"_s}}});
    m_filter->setSearchText(u"a1b2"_s);
    QCOMPARE(visibleUserIds(), QStringList{u"u-1002"_s});
    m_filter->setSearchText(u"04A1"_s);
    QCOMPARE(visibleUserIds(), QStringList{u"u-1002"_s});
    m_filter->setSearchText(u"ab12"_s);
    QCOMPARE(visibleUserIds(), QStringList{u"u-1003"_s});
}

void TestUserFilterModel::typingMatchesFreshSearch()
{
    m_source->setDirectory(Tests::generatedUsers(3000), Tests::sampleLocations());
    m_filter->sort(UserTableModel::NameColumn, Qt::AscendingOrder);
    const QStringList typed{u"m"_s,      u"mi"_s,    u"mia"_s,  u"mia "_s, u"mia b"_s, u"mia be"_s,
                            u"mia bx"_s, u"mia b"_s, u"mia "_s, u"mia"_s,  u"mi"_s,    u"i"_s,
                            u"ia"_s,     u"a mi"_s,  u"zzzq"_s, u"zzz"_s,  u"z"_s,     QString()};
    for (const QString &text : typed) {
        m_filter->setSearchText(text);
        UserFilterModel fresh;
        fresh.setSourceModel(m_source);
        fresh.sort(UserTableModel::NameColumn, Qt::AscendingOrder);
        fresh.setSearchText(text);
        QCOMPARE(m_filter->rowCount(), fresh.rowCount());
        for (int row = 0; row < fresh.rowCount(); ++row) {
            QCOMPARE(m_filter->index(row, 0).data(Models::UserIdRole),
                     fresh.index(row, 0).data(Models::UserIdRole));
        }
    }
}

// Compares the index, with its character sets and byte-pair filter, against a plain substring scan
// of every row's folded search text, for words cut from the rows themselves.
void TestUserFilterModel::searchMatchesPlainScan()
{
    m_source->setDirectory(Tests::generatedUsers(3000), Tests::sampleLocations());
    const auto table = m_source->table();
    QVERIFY(table);
    QRandomGenerator random(7);
    QStringList queries{u"ss"_s, u"strasse"_s, u"jose"_s, u"smi lon"_s, u"@"_s, u"-"_s, u"example.com"_s};
    for (int i = 0; i < 300; ++i) {
        const int row = int(random.bounded(table->userCount()));
        const QString text = QString::fromUtf8(table->searchTextOf(row));
        const QStringList words =
            text.split(QLatin1Char(Core::DirectoryTable::SearchFieldSeparator), Qt::SkipEmptyParts);
        const QString field = words.at(int(random.bounded(words.size())));
        const int length = 1 + int(random.bounded(6));
        const int start = int(random.bounded(std::max(1, int(field.size()) - length + 1)));
        queries.append(field.mid(start, length));
    }

    for (const QString &query : std::as_const(queries)) {
        const QByteArrayList words = Models::UserSearchIndex::queryWords(query);
        QStringList expected;
        for (int row = 0; row < table->userCount(); ++row) {
            const QByteArrayView text = table->searchTextOf(row);
            const bool matches = !words.isEmpty() &&
                                 std::all_of(words.cbegin(), words.cend(),
                                             [&text](const QByteArray &word) { return text.contains(word); });
            if (matches)
                expected.append(table->field(row, Core::DirectoryTable::UserIdField).toString());
        }
        expected.sort();
        m_filter->setSearchText(query);
        const QStringList visible = words.isEmpty() ? expected : visibleUserIds();
        QVERIFY2(visible == expected, qPrintable(u"query \"%1\": %2 rows, a plain scan finds %3"_s.arg(query)
                                                     .arg(visible.size())
                                                     .arg(expected.size())));
    }
}

void TestUserFilterModel::selectionSurvivesSearch()
{
    m_filter->sort(UserTableModel::NameColumn, Qt::AscendingOrder);
    const QPersistentModelIndex grace =
        m_filter->mapFromSource(m_source->index(m_source->rowOfUser(u"u-1002"_s), 1));
    QVERIFY(grace.isValid());
    m_filter->setSearchText(u"grace"_s);
    QVERIFY(grace.isValid());
    QCOMPARE(grace.row(), 0);
    QCOMPARE(grace.column(), 1);
    QCOMPARE(grace.data(Models::UserIdRole).toString(), u"u-1002"_s);
    m_filter->setSearchText(u"ada"_s);
    QVERIFY(!grace.isValid());
}

void TestUserFilterModel::controlCharactersSplitWords()
{
    // The index separates fields with control characters, so a query's control characters split
    // words like spaces instead of matching a field boundary.
    m_filter->setSearchText(QString(u"ada"_s + QChar(0x1f) + u"lovelace"_s));
    QCOMPARE(visibleUserIds(), QStringList{u"u-1001"_s});
    m_filter->setSearchText(QString(u"lovelace"_s + QChar(0x1e) + u"berlin"_s));
    QCOMPARE(visibleUserIds(), QStringList{u"u-1001"_s});
    // A word never spans two fields.
    m_filter->setSearchText(u"lovelaceu-1001"_s);
    QCOMPARE(visibleUserIds(), QStringList{});
}

void TestUserFilterModel::unusualNames_data()
{
    QTest::addColumn<QString>("firstName");
    QTest::addColumn<QString>("query");

    QTest::newRow("combining acute") << u"Jose\u0301"_s << u"jose"_s;
    QTest::newRow("precomposed query, combining name") << u"Jose\u0301"_s << u"jos\u00e9"_s;
    QTest::newRow("arabic") << u"\u0644\u064a\u0644\u0649"_s << u"\u0644\u064a\u0644"_s;
    QTest::newRow("hebrew") << u"\u05d3\u05e0\u05d4"_s << u"\u05d3\u05e0"_s;
    QTest::newRow("emoji") << u"Ana \U0001F600"_s << u"\U0001F600"_s;
    QTest::newRow("10,000 characters") << QString(QString(9995, u'x') + u"tail1"_s) << u"tail1"_s;
}

void TestUserFilterModel::unusualNames()
{
    QFETCH(QString, firstName);
    QFETCH(QString, query);
    auto users = Tests::sampleUsers();
    users[4].firstName = firstName;
    m_source->setDirectory(users, Tests::sampleLocations());

    const int row = m_source->rowOfUser(users[4].userId);
    QCOMPARE(m_source->index(row, UserTableModel::NameColumn).data().toString(),
             QString(firstName + u' ' + users[4].lastName));
    m_filter->setSearchText(query);
    QCOMPARE(visibleUserIds(), QStringList{users[4].userId});
}

QTEST_GUILESS_MAIN(TestUserFilterModel)
#include "tst_userfiltermodel.moc"
