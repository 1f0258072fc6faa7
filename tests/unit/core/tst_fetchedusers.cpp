// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directoryjson.h"
#include "core/fetchedusers.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk::Core;

class TestFetchedUsers : public QObject
{
    Q_OBJECT

private slots:
    void fieldsKeepTheirText();
    void emptyIdRejected();
    void duplicateIdRejected();
    void idsDifferingInOneByte();
    void lookupAcrossIndexGrowth();
    void reserveKeepsEarlierUsers();
    void parsedIdsMatchAsUtf8();
};

namespace {

DirectoryUser makeUser(const QString &id, const QString &firstName = u"First"_s)
{
    DirectoryUser user;
    user.userId = id;
    user.email = id + u"@example.com"_s;
    user.userName = id;
    user.firstName = firstName;
    user.lastName = u"Last"_s;
    user.status = u"Active"_s;
    user.primaryLocationId = u"loc-1"_s;
    user.primaryGroupId = QString();
    user.onboarded = true;
    return user;
}

} // namespace

void TestFetchedUsers::fieldsKeepTheirText()
{
    DirectoryUser unusual = makeUser(u"u-ß-😀"_s, u"Zoë\u0301 שלום"_s);
    unusual.lastName = QString(10000, u'x');
    unusual.onboarded = false;
    const DirectoryUser plain = makeUser(u"u-plain"_s);

    FetchedUsers users;
    QCOMPARE(users.append(unusual), FetchedUsers::AppendResult::Appended);
    QCOMPARE(users.append(plain), FetchedUsers::AppendResult::Appended);

    QCOMPARE(users.size(), 2);
    QCOMPARE(users.user(0), unusual);
    QCOMPARE(users.user(1), plain);
    QCOMPARE(users.toList(), (QList<DirectoryUser>{unusual, plain}));
    QCOMPARE(users.field(0, FetchedUsers::FirstNameField).toString(), unusual.firstName);
    QCOMPARE(users.field(0, FetchedUsers::LastNameField).size(), 10000);
    QVERIFY(users.field(1, FetchedUsers::PrimaryGroupIdField).isEmpty());
    QVERIFY(!users.isOnboarded(0));
    QVERIFY(users.isOnboarded(1));
}

void TestFetchedUsers::emptyIdRejected()
{
    FetchedUsers users;
    QCOMPARE(users.append(makeUser(QString())), FetchedUsers::AppendResult::EmptyId);
    QVERIFY(users.isEmpty());
    QCOMPARE(users.rowOf(QUtf8StringView()), -1);
}

void TestFetchedUsers::duplicateIdRejected()
{
    FetchedUsers users;
    QCOMPARE(users.append(makeUser(u"u-1"_s, u"Ann"_s)), FetchedUsers::AppendResult::Appended);
    QCOMPARE(users.append(makeUser(u"u-1"_s, u"Bob"_s)), FetchedUsers::AppendResult::DuplicateId);

    // The rejected user left nothing behind: the first one is intact and alone.
    QCOMPARE(users.size(), 1);
    QCOMPARE(users.user(0), makeUser(u"u-1"_s, u"Ann"_s));
    QCOMPARE(users.append(makeUser(u"u-2"_s)), FetchedUsers::AppendResult::Appended);
    QCOMPARE(users.user(1), makeUser(u"u-2"_s));
}

void TestFetchedUsers::idsDifferingInOneByte()
{
    FetchedUsers users;
    // Case, a trailing space and a precomposed against a combining accent are all different ids.
    const QStringList ids{u"jose"_s, u"Jose"_s, u"jose "_s, u"jos\u00e9"_s, u"jose\u0301"_s};
    for (const QString &id : ids)
        QCOMPARE(users.append(makeUser(id)), FetchedUsers::AppendResult::Appended);
    for (qsizetype i = 0; i < ids.size(); ++i)
        QCOMPARE(users.rowOf(QUtf8StringView(ids.at(i).toUtf8())), i);
    QCOMPARE(users.rowOf(u8"jos"), -1);
    QCOMPARE(users.rowOf(u8"josee"), -1);
}

void TestFetchedUsers::lookupAcrossIndexGrowth()
{
    // Enough users for the index to grow from its first size several times.
    constexpr int Count = 5000;
    FetchedUsers users;
    for (int i = 0; i < Count; ++i)
        QCOMPARE(users.append(makeUser(u"user-%1"_s.arg(i))), FetchedUsers::AppendResult::Appended);
    QCOMPARE(users.size(), Count);
    for (int i = 0; i < Count; ++i) {
        const QByteArray id = u"user-%1"_s.arg(i).toUtf8();
        QCOMPARE(users.rowOf(QUtf8StringView(id)), i);
    }
    QCOMPARE(users.rowOf(u8"user-5000"), -1);
    QCOMPARE(users.append(makeUser(u"user-4999"_s)), FetchedUsers::AppendResult::DuplicateId);
}

void TestFetchedUsers::reserveKeepsEarlierUsers()
{
    FetchedUsers users;
    for (int i = 0; i < 20; ++i)
        QCOMPARE(users.append(makeUser(u"early-%1"_s.arg(i))), FetchedUsers::AppendResult::Appended);
    // Reserving rebuilds the index for the larger size; the users before it must still be found.
    users.reserve(1000, 100000);
    for (int i = 0; i < 20; ++i) {
        const QByteArray id = u"early-%1"_s.arg(i).toUtf8();
        QCOMPARE(users.rowOf(QUtf8StringView(id)), i);
    }
    QCOMPARE(users.append(makeUser(u"early-3"_s)), FetchedUsers::AppendResult::DuplicateId);
    QCOMPARE(users.append(makeUser(u"late"_s)), FetchedUsers::AppendResult::Appended);
    QCOMPARE(users.rowOf(u8"late"), 20);
}

void TestFetchedUsers::parsedIdsMatchAsUtf8()
{
    // An escaped id and a number id are stored as the text they stand for.
    const QByteArray body = R"([{"userId": "caf\u00e9", "firstName": "A\"B"},
                                {"userId": 42, "onboarded": true}])";
    const DirectoryJson::FetchedUsersParse parse = DirectoryJson::parseFetchedUsers(body);
    QVERIFY2(parse.ok(), qPrintable(parse.error));
    QCOMPARE(parse.users.size(), 2);
    QCOMPARE(parse.users.rowOf(u8"café"), 0);
    QCOMPARE(parse.users.field(0, FetchedUsers::FirstNameField).toString(), u"A\"B"_s);
    QCOMPARE(parse.users.rowOf(u8"42"), 1);
    QVERIFY(parse.users.isOnboarded(1));
    QVERIFY(!parse.users.isOnboarded(0));
}

QTEST_APPLESS_MAIN(TestFetchedUsers)
#include "tst_fetchedusers.moc"
