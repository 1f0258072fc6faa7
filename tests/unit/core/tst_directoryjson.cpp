// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directoryjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk::Core;
namespace Json = CardDesk::Core::DirectoryJson;

class TestDirectoryJson : public QObject
{
    Q_OBJECT

private slots:
    void usersRoundTrip();
    void usersNullNames();
    void usersNumericUserId();
    void usersErrors_data();
    void usersErrors();
    void usersInvalidJson();
    void usersBadJson_data();
    void usersBadJson();
    void usersInvalidUtf8();
    void usersErrorOffsets_data();
    void usersErrorOffsets();
    void usersUnusualNames_data();
    void usersUnusualNames();
    void usersMissingNames();
    void locationsWithIdFallback();
    void locationsErrors_data();
    void locationsErrors();
};

void TestDirectoryJson::usersRoundTrip()
{
    DirectoryUser ada;
    ada.userId = u"6f1c0e2a-1111-4c1e-9a55-000000000001"_s;
    ada.email = u"ada@example.com"_s;
    ada.userName = u"ada"_s;
    ada.firstName = u"Ada"_s;
    ada.lastName = u"Lovelace"_s;
    ada.status = u"Active"_s;
    ada.primaryLocationId = u"loc-1"_s;
    ada.primaryGroupId = u"grp-1"_s;
    ada.onboarded = true;
    DirectoryUser grace;
    grace.userId = u"6f1c0e2a-1111-4c1e-9a55-000000000002"_s;
    grace.email = u"grace@example.com"_s;

    const QJsonArray array{Json::userToJson(ada), Json::userToJson(grace)};
    const Json::UsersParse parse = Json::parseUsers(QJsonDocument(array).toJson());
    QVERIFY2(parse.ok(), qPrintable(parse.error));
    QCOMPARE(parse.users, (QList<DirectoryUser>{ada, grace}));
    QVERIFY(parse.users.at(0).isActive());
    QCOMPARE(parse.users.at(0).displayName(), u"Ada Lovelace"_s);
}

void TestDirectoryJson::usersNullNames()
{
    const QByteArray body = R"([{"userId":"u1","email":"nobody@example.com","userName":null,
        "firstName":null,"lastName":null,"status":null,"primaryLocationId":null,
        "primaryGroupId":null,"onboarded":null}])";
    const Json::UsersParse parse = Json::parseUsers(body);
    QVERIFY2(parse.ok(), qPrintable(parse.error));
    QCOMPARE(parse.users.size(), 1);
    const DirectoryUser &user = parse.users.constFirst();
    QVERIFY(user.firstName.isEmpty());
    QVERIFY(user.lastName.isEmpty());
    QVERIFY(user.userName.isEmpty());
    QVERIFY(!user.onboarded);
    QVERIFY(!user.isActive());
    QCOMPARE(user.displayName(), u"nobody@example.com"_s);
    QCOMPARE(user.credentialUsername(), u"nobody@example.com"_s);
}

void TestDirectoryJson::usersNumericUserId()
{
    const Json::UsersParse parse = Json::parseUsers(R"([{"userId":12345,"userName":"kim"}])");
    QVERIFY2(parse.ok(), qPrintable(parse.error));
    QCOMPARE(parse.users.constFirst().userId, u"12345"_s);
    QCOMPARE(parse.users.constFirst().credentialUsername(), u"kim"_s);
}

void TestDirectoryJson::usersErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");

    QTest::newRow("duplicate userId") << QByteArray(R"([{"userId":"u1"},{"userId":"u2"},{"userId":"u1"}])")
                                      << u"Users entry 2 repeats userId u1"_s;
    QTest::newRow("object instead of array")
        << QByteArray(R"({"users":[]})") << u"The users response must be a JSON array"_s;
    QTest::newRow("entry not object")
        << QByteArray(R"([{"userId":"u1"},"u2"])") << u"Users entry 1 is not a JSON object"_s;
    QTest::newRow("missing userId") << QByteArray(R"([{"email":"a@example.com"}])")
                                    << u"Users entry 0 has no userId"_s;
    QTest::newRow("null userId") << QByteArray(R"([{"userId":null}])") << u"Users entry 0 has no userId"_s;
}

void TestDirectoryJson::usersErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);

    const Json::UsersParse parse = Json::parseUsers(body);
    QVERIFY(!parse.ok());
    QCOMPARE(parse.error, error);
    QVERIFY(parse.users.isEmpty());
}

void TestDirectoryJson::usersInvalidJson()
{
    const Json::UsersParse parse = Json::parseUsers("<html>Service Unavailable</html>");
    QVERIFY(!parse.ok());
    QVERIFY2(parse.error.startsWith(u"The users response is not valid JSON: "_s), qPrintable(parse.error));
    QVERIFY(parse.users.isEmpty());
}

void TestDirectoryJson::usersBadJson_data()
{
    QTest::addColumn<QByteArray>("body");

    const QByteArray complete = R"([{"userId":"u1","firstName":"Ada"},{"userId":"u2","firstName":"Grace"}])";
    QTest::newRow("truncated in a string") << complete.left(complete.indexOf("Grace") + 2);
    QTest::newRow("truncated after an entry") << complete.left(complete.indexOf("},") + 2);
    QTest::newRow("missing closing bracket") << complete.chopped(1);
    QTest::newRow("trailing comma") << QByteArray(R"([{"userId":"u1",}])");
    QTest::newRow("unquoted key") << QByteArray(R"([{userId:"u1"}])");
    QTest::newRow("single quotes") << QByteArray("[{'userId':'u1'}]");
    QTest::newRow("empty body") << QByteArray();
    QTest::newRow("two documents") << QByteArray(R"([{"userId":"u1"}][])");
}

void TestDirectoryJson::usersBadJson()
{
    QFETCH(QByteArray, body);
    const Json::UsersParse parse = Json::parseUsers(body);
    QVERIFY(!parse.ok());
    QVERIFY2(parse.error.startsWith(u"The users response is not valid JSON: "_s), qPrintable(parse.error));
    QVERIFY2(parse.error.contains(u" at offset "_s), qPrintable(parse.error));
    QVERIFY(parse.users.isEmpty());
}

void TestDirectoryJson::usersInvalidUtf8()
{
    const Json::UsersParse parse = Json::parseUsers("[{\"userId\":\"u1\",\"firstName\":\"A\xff\"}]");
    QVERIFY(!parse.ok());
    QCOMPARE(parse.error, u"The users response is not valid JSON: invalid UTF-8 at offset 30"_s);
    QVERIFY(parse.users.isEmpty());
}

void TestDirectoryJson::usersErrorOffsets_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");

    QTest::newRow("unterminated string")
        << QByteArray(R"([{"userId":"u1"},{"userId":"u2)")
        << u"The users response is not valid JSON: unterminated string at offset 27"_s;
    QTest::newRow("control character") << QByteArray("[{\"userId\":\"u\x01\"}]")
                                       << u"The users response is not valid JSON: unescaped control "
                                          "character in a string at offset 13"_s;
    QTest::newRow("empty body") << QByteArray()
                                << u"The users response is not valid JSON: the body is empty at offset 0"_s;
    QTest::newRow("two documents")
        << QByteArray(R"([{"userId":"u1"}][])")
        << u"The users response is not valid JSON: unexpected content after the array at offset 17"_s;
}

void TestDirectoryJson::usersErrorOffsets()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);

    const Json::UsersParse parse = Json::parseUsers(body);
    QCOMPARE(parse.error, error);
    QVERIFY(parse.users.isEmpty());
}

void TestDirectoryJson::usersUnusualNames_data()
{
    QTest::addColumn<QString>("firstName");
    QTest::addColumn<QString>("lastName");

    QTest::newRow("10,000 characters") << QString(10000, u'x') << QString(10000, QChar(0x00e9));
    QTest::newRow("arabic") << u"\u0644\u064a\u0644\u0649"_s << u"\u0627\u0644\u0639\u0644\u064a"_s;
    QTest::newRow("hebrew") << u"\u05d3\u05e0\u05d4"_s << u"\u05db\u05d4\u05df"_s;
    QTest::newRow("emoji") << u"Ana \U0001F600"_s << u"\U0001F469\u200D\U0001F4BB"_s;
    QTest::newRow("combining characters") << u"Jose\u0301"_s << u"Nun\u0303ez"_s;
    QTest::newRow("mixed direction") << u"Sam \u05e9\u05dc\u05d5\u05dd"_s << u"(\u0639\u0644\u064a) Li"_s;
}

void TestDirectoryJson::usersUnusualNames()
{
    QFETCH(QString, firstName);
    QFETCH(QString, lastName);
    DirectoryUser user;
    user.userId = u"u-unusual"_s;
    user.firstName = firstName;
    user.lastName = lastName;
    const QByteArray body = QJsonDocument(QJsonArray{Json::userToJson(user)}).toJson(QJsonDocument::Compact);

    const Json::UsersParse parse = Json::parseUsers(body);
    QVERIFY2(parse.ok(), qPrintable(parse.error));
    QCOMPARE(parse.users.size(), 1);
    QCOMPARE(parse.users.constFirst().firstName, firstName);
    QCOMPARE(parse.users.constFirst().lastName, lastName);
    QCOMPARE(parse.users.constFirst().displayName(), QString(firstName + u' ' + lastName));
}

void TestDirectoryJson::usersMissingNames()
{
    const Json::UsersParse parse =
        Json::parseUsers(R"([{"userId":"u1"},{"userId":"u2","email":"b@example.com"}])");
    QVERIFY2(parse.ok(), qPrintable(parse.error));
    QCOMPARE(parse.users.size(), 2);
    QVERIFY(parse.users.at(0).firstName.isEmpty());
    QVERIFY(parse.users.at(0).lastName.isEmpty());
    QVERIFY(parse.users.at(0).displayName().isEmpty());
    QCOMPARE(parse.users.at(1).displayName(), u"b@example.com"_s);
}

void TestDirectoryJson::locationsWithIdFallback()
{
    const QByteArray body = R"([{"locationId":"l1","name":"Sydney","timeZone":"Australia/Sydney",
        "countryCode":"AU","extra":1},{"id":"l2","name":null}])";
    const Json::LocationsParse parse = Json::parseLocations(body);
    QVERIFY2(parse.ok(), qPrintable(parse.error));
    QCOMPARE(parse.locations.size(), 2);
    QCOMPARE(parse.locations.at(0), (Location{u"l1"_s, u"Sydney"_s, u"Australia/Sydney"_s, u"AU"_s}));
    QCOMPARE(parse.locations.at(1).locationId, u"l2"_s);
    QVERIFY(parse.locations.at(1).name.isEmpty());
}

void TestDirectoryJson::locationsErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");

    QTest::newRow("not an array") << QByteArray(R"({"locationId":"l1"})")
                                  << u"The locations response must be a JSON array"_s;
    QTest::newRow("no id") << QByteArray(R"([{"locationId":"l1"},{"name":"Nowhere"}])")
                           << u"Locations entry 1 has no locationId"_s;
}

void TestDirectoryJson::locationsErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);

    const Json::LocationsParse parse = Json::parseLocations(body);
    QVERIFY(!parse.ok());
    QCOMPARE(parse.error, error);
    QVERIFY(parse.locations.isEmpty());
}

QTEST_GUILESS_MAIN(TestDirectoryJson)
#include "tst_directoryjson.moc"
