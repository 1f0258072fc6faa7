// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Differential test: the simdjson parsers must return the same users, locations and error outcomes
// as the QJsonDocument reference parsers. Syntax errors must be reported by both, with their own
// wording and offset; every other error must have the same text. The one known difference is that
// simdjson rejects raw control characters and unknown escapes in strings, which Qt accepts.

#include "core/directoryjson.h"
#include "sim/directorygenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk;
namespace Json = CardDesk::Core::DirectoryJson;

namespace {

const QString UsersSyntaxPrefix = u"The users response is not valid JSON: "_s;
const QString LocationsSyntaxPrefix = u"The locations response is not valid JSON: "_s;

QByteArray usersBody(const QList<Core::DirectoryUser> &users)
{
    QJsonArray array;
    for (const Core::DirectoryUser &user : users)
        array.append(Json::userToJson(user));
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

Core::DirectoryUser namedUser(const QString &id, const QString &firstName, const QString &lastName)
{
    Core::DirectoryUser user;
    user.userId = id;
    user.email = id + u"@example.com"_s;
    user.firstName = firstName;
    user.lastName = lastName;
    return user;
}

// Compares two error outcomes, so a failure message shows both texts.
QString compareErrors(const QString &reference, const QString &candidate, const QString &syntaxPrefix)
{
    if (reference.isEmpty() != candidate.isEmpty())
        return u"one parser accepted the payload: reference \"%1\", simdjson \"%2\""_s.arg(reference,
                                                                                           candidate);
    if (reference.startsWith(syntaxPrefix)) {
        if (!candidate.startsWith(syntaxPrefix) || !candidate.contains(u" at offset "_s))
            return u"reference reports invalid JSON (\"%1\"), simdjson \"%2\""_s.arg(reference, candidate);
        return {};
    }
    if (reference != candidate)
        return u"errors differ: reference \"%1\", simdjson \"%2\""_s.arg(reference, candidate);
    return {};
}

} // namespace

class TestDirectoryJsonDiff : public QObject
{
    Q_OBJECT

private slots:
    void generatedDirectory();
    void generatedLocations();
    void users_data();
    void users();
    void usersStricterThanReference_data();
    void usersStricterThanReference();
    void locations_data();
    void locations();
    void sharedBodyKeepsContent();
    void bodyWithFreeSpaceBefore();
};

void TestDirectoryJsonDiff::generatedDirectory()
{
    const Sim::Directory directory = Sim::generateDirectory(2000, 7);
    const QByteArray body = usersBody(directory.users);

    const Json::UsersParse reference = Json::Reference::parseUsers(body);
    const Json::UsersParse candidate = Json::parseUsers(body);
    QVERIFY2(reference.ok(), qPrintable(reference.error));
    QVERIFY2(candidate.ok(), qPrintable(candidate.error));
    QCOMPARE(candidate.users.size(), directory.users.size());
    QCOMPARE(candidate.users, reference.users);
    QCOMPARE(candidate.users, directory.users);
}

void TestDirectoryJsonDiff::generatedLocations()
{
    const Sim::Directory directory = Sim::generateDirectory(50, 7);
    QJsonArray array;
    for (const Core::Location &location : directory.locations)
        array.append(Json::locationToJson(location));
    const QByteArray body = QJsonDocument(array).toJson();

    const Json::LocationsParse reference = Json::Reference::parseLocations(body);
    const Json::LocationsParse candidate = Json::parseLocations(body);
    QVERIFY2(candidate.ok(), qPrintable(candidate.error));
    QVERIFY(!candidate.locations.isEmpty());
    QCOMPARE(candidate.locations, reference.locations);
    QCOMPARE(candidate.locations, directory.locations);
}

void TestDirectoryJsonDiff::users_data()
{
    QTest::addColumn<QByteArray>("body");

    const QByteArray complete = R"([{"userId":"u1","firstName":"Ada"},{"userId":"u2","firstName":"Grace"}])";
    QTest::newRow("complete") << complete;
    QTest::newRow("empty array") << QByteArray("[]");
    QTest::newRow("whitespace around") << QByteArray(" \n[ {\"userId\" : \"u1\"} ]\r\n\t");
    QTest::newRow("truncated in a string") << complete.left(complete.indexOf("Grace") + 2);
    QTest::newRow("truncated after an entry") << complete.left(complete.indexOf("},") + 2);
    QTest::newRow("missing closing bracket") << complete.chopped(1);
    QTest::newRow("trailing comma in object") << QByteArray(R"([{"userId":"u1",}])");
    QTest::newRow("trailing comma in array") << QByteArray(R"([{"userId":"u1"},])");
    QTest::newRow("unquoted key") << QByteArray(R"([{userId:"u1"}])");
    QTest::newRow("single quotes") << QByteArray("[{'userId':'u1'}]");
    QTest::newRow("empty body") << QByteArray();
    QTest::newRow("only whitespace") << QByteArray("  \n ");
    QTest::newRow("two documents") << QByteArray(R"([{"userId":"u1"}][])");
    QTest::newRow("html error page") << QByteArray("<html>Service Unavailable</html>");
    QTest::newRow("invalid UTF-8") << QByteArray("[{\"userId\":\"u1\",\"firstName\":\"A\xff\xfe\"}]");
    QTest::newRow("overlong UTF-8") << QByteArray("[{\"userId\":\"u1\",\"firstName\":\"\xc0\xaf\"}]");
    QTest::newRow("UTF-8 surrogate") << QByteArray("[{\"userId\":\"u1\",\"firstName\":\"\xed\xa0\x80\"}]");
    QTest::newRow("bad literal in unknown field") << QByteArray(R"([{"userId":"u1","extra":nul}])");
    QTest::newRow("bad array in unknown field") << QByteArray(R"([{"userId":"u1","extra":[1,,2]}])");
    QTest::newRow("bad number in known field") << QByteArray(R"([{"userId":"u1","email":01}])");
    QTest::newRow("duplicate userId") << QByteArray(R"([{"userId":"u1"},{"userId":"u2"},{"userId":"u1"}])");
    QTest::newRow("duplicate userId, then truncated")
        << QByteArray(R"([{"userId":"u1"},{"userId":"u1"},{"userId":"u3")");
    QTest::newRow("duplicate numeric userId") << QByteArray(R"([{"userId":7},{"userId":"7"}])");
    QTest::newRow("object instead of array") << QByteArray(R"({"users":[]})");
    QTest::newRow("object instead of array, malformed") << QByteArray(R"({"users":[})");
    QTest::newRow("number instead of array") << QByteArray("42");
    QTest::newRow("entry not object") << QByteArray(R"([{"userId":"u1"},"u2"])");
    QTest::newRow("entry null") << QByteArray(R"([null])");
    QTest::newRow("missing userId") << QByteArray(R"([{"email":"a@example.com"}])");
    QTest::newRow("null userId") << QByteArray(R"([{"userId":null}])");
    QTest::newRow("empty userId") << QByteArray(R"([{"userId":""}])");
    QTest::newRow("boolean userId") << QByteArray(R"([{"userId":true}])");
    QTest::newRow("numeric userId") << QByteArray(R"([{"userId":12345,"userName":"kim"}])");
    QTest::newRow("fractional and large numbers")
        << QByteArray(R"([{"userId":"u1","email":1.5e3,"status":-0.1,"userName":12345678901234567890}])");
    QTest::newRow("null names") << QByteArray(R"([{"userId":"u1","email":"nobody@example.com","userName":null,
        "firstName":null,"lastName":null,"status":null,"primaryLocationId":null,
        "primaryGroupId":null,"onboarded":null}])");
    QTest::newRow("missing names") << QByteArray(
        R"([{"userId":"u1"},{"userId":"u2","email":"b@example.com"}])");
    QTest::newRow("non-string names")
        << QByteArray(R"([{"userId":"u1","firstName":{"a":1},"lastName":[1]}])");
    QTest::newRow("onboarded values")
        << QByteArray(R"([{"userId":"u1","onboarded":true},{"userId":"u2","onboarded":1},)"
                      R"({"userId":"u3","onboarded":"true"},{"userId":"u4","onboarded":false}])");
    QTest::newRow("unknown fields") << QByteArray(
        R"([{"userId":"u1","extra":{"deep":[1,{"x":null}]},"n":2}])");
    QTest::newRow("repeated key") << QByteArray(R"([{"userId":"u1","firstName":"A","firstName":"B"}])");
    QTest::newRow("escaped key and value")
        << QByteArray(R"([{"user\u0049d":"u\u00e91","lastName":"a\"b\\c\/d\n"}])");
    QTest::newRow("whitespace after values") << QByteArray(
        "[ {\"userId\" : \"u1\" ,\n \"email\"\t:\t\"a@example.com\"\r\n } , {\"userId\":\"u2\"  } ]");
    QTest::newRow("escape at the end") << QByteArray(R"([{"userId":"u1","lastName":"a\\"}])");
    QTest::newRow("empty strings") << QByteArray(R"([{"userId":"u1","email":"","lastName":""}])");
    QTest::newRow("escaped surrogate pair") << QByteArray(R"([{"userId":"u1","firstName":"\ud83d\ude00"}])");

    const QList<std::pair<QString, QString>> names{
        {QString(10000, u'x'), QString(10000, QChar(0x00e9))},
        {u"\u0644\u064a\u0644\u0649"_s, u"\u0627\u0644\u0639\u0644\u064a"_s},
        {u"\u05d3\u05e0\u05d4"_s, u"\u05db\u05d4\u05df"_s},
        {u"Ana \U0001F600"_s, u"\U0001F469\u200D\U0001F4BB"_s},
        {u"Jose\u0301"_s, u"Nun\u0303ez"_s},
        {u"Sam \u05e9\u05dc\u05d5\u05dd"_s, u"(\u0639\u0644\u064a) Li"_s},
    };
    const char *const nameRows[] = {"10,000 characters",    "arabic",         "hebrew", "emoji",
                                    "combining characters", "mixed direction"};
    for (qsizetype i = 0; i < names.size(); ++i) {
        QTest::newRow(nameRows[i]) << usersBody(
            {namedUser(u"u-%1"_s.arg(i), names.at(i).first, names.at(i).second)});
    }
}

void TestDirectoryJsonDiff::users()
{
    QFETCH(QByteArray, body);

    const Json::UsersParse reference = Json::Reference::parseUsers(body);
    const Json::UsersParse candidate = Json::parseUsers(body);
    const QString difference = compareErrors(reference.error, candidate.error, UsersSyntaxPrefix);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(candidate.users, reference.users);
}

void TestDirectoryJsonDiff::usersStricterThanReference_data()
{
    QTest::addColumn<QByteArray>("body");

    // RFC 8259 forbids both, but QJsonDocument in Qt 6.4 accepts them.
    QTest::newRow("control character in string") << QByteArray("[{\"userId\":\"u\x01\"}]");
    QTest::newRow("tab in string") << QByteArray("[{\"userId\":\"u1\",\"lastName\":\"a\tb\"}]");
    QTest::newRow("invalid escape") << QByteArray(R"([{"userId":"u\q"}])");
}

void TestDirectoryJsonDiff::usersStricterThanReference()
{
    QFETCH(QByteArray, body);

    const Json::UsersParse reference = Json::Reference::parseUsers(body);
    const Json::UsersParse candidate = Json::parseUsers(body);
    QVERIFY2(reference.ok(), qPrintable(reference.error));
    QVERIFY2(candidate.error.startsWith(UsersSyntaxPrefix), qPrintable(candidate.error));
    QVERIFY2(candidate.error.contains(u" at offset "_s), qPrintable(candidate.error));
    QVERIFY(candidate.users.isEmpty());
}

void TestDirectoryJsonDiff::locations_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("fields and id fallback") << QByteArray(R"([{"locationId":"l1","name":"Sydney",
        "timeZone":"Australia/Sydney","countryCode":"AU","extra":1},{"id":"l2","name":null}])");
    QTest::newRow("locationId wins over id") << QByteArray(R"([{"id":"l9","locationId":"l1"}])");
    QTest::newRow("numeric id") << QByteArray(R"([{"id":3}])");
    QTest::newRow("empty array") << QByteArray("[]");
    QTest::newRow("not an array") << QByteArray(R"({"locationId":"l1"})");
    QTest::newRow("no id") << QByteArray(R"([{"locationId":"l1"},{"name":"Nowhere"}])");
    QTest::newRow("entry not object") << QByteArray(R"(["l1"])");
    QTest::newRow("truncated") << QByteArray(R"([{"locationId":"l1"},{"locationId":)");
    QTest::newRow("two documents") << QByteArray(R"([][])");
    QTest::newRow("invalid UTF-8") << QByteArray("[{\"locationId\":\"l\x80\"}]");
}

void TestDirectoryJsonDiff::locations()
{
    QFETCH(QByteArray, body);

    const Json::LocationsParse reference = Json::Reference::parseLocations(body);
    const Json::LocationsParse candidate = Json::parseLocations(body);
    const QString difference = compareErrors(reference.error, candidate.error, LocationsSyntaxPrefix);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(candidate.locations, reference.locations);
}

void TestDirectoryJsonDiff::sharedBodyKeepsContent()
{
    // A shared body without spare capacity is copied for the padding, never changed in place.
    QByteArray body = R"([{"userId":"u1"}])";
    body.squeeze();
    const QByteArray copy = body;
    const Json::UsersParse parse = Json::parseUsers(body);
    QVERIFY2(parse.ok(), qPrintable(parse.error));
    QCOMPARE(parse.users.constFirst().userId, u"u1"_s);
    QCOMPARE(body, copy);
}

void TestDirectoryJsonDiff::bodyWithFreeSpaceBefore()
{
    // Removing from the front leaves free space before the data, which capacity() still counts.
    QByteArray body = R"(padding[{"userId":"u1"},{"userId":"u2"}])";
    body.remove(0, 7);
    QVERIFY(body.startsWith('['));
    const Json::UsersParse parse = Json::parseUsers(std::move(body));
    QVERIFY2(parse.ok(), qPrintable(parse.error));
    QCOMPARE(parse.users.size(), 2);
    QCOMPARE(parse.users.at(1).userId, u"u2"_s);
}

QTEST_GUILESS_MAIN(TestDirectoryJsonDiff)
#include "tst_directoryjsondiff.moc"
