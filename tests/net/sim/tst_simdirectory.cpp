// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Loopback tests of GET /v1/analytics/users and /v1/analytics/locations on the simulator.
#include "core/directoryjson.h"
#include "sim/simulator.h"
#include "simtestclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using CardDesk::Sim::Simulator;
using CardDesk::Sim::SimulatorOptions;
using CardDesk::Sim::Testing::TestClient;
using CardDesk::Sim::Testing::TestReply;

class TestSimDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void usersShape_data();
    void usersShape();
    void usersMatchDirectory();
    void locationsShape_data();
    void locationsShape();
    void directoryChangesVisible();
    void wrongMethodRejected();
    void unknownPathNotFound();

private:
    Simulator *m_simulator = nullptr;
    TestClient *m_client = nullptr;
    QByteArray m_bearer;
};

void TestSimDirectory::init()
{
    SimulatorOptions options;
    options.userCount = 300;
    options.seed = 17;
    options.apiKeyId = u"key"_s;
    options.apiSecret = u"secret"_s;
    m_simulator = new Simulator(options, this);
    QVERIFY(m_simulator->listen());
    m_client = new TestClient(m_simulator->baseUrl());
    m_bearer = TestClient::bearer(m_client->hmacToken(u"key"_s, u"secret"_s));
    QVERIFY(m_bearer.size() > 10);
}

void TestSimDirectory::cleanup()
{
    delete m_client;
    m_client = nullptr;
    delete m_simulator;
    m_simulator = nullptr;
}

void TestSimDirectory::usersShape_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("basic");
    QTest::newRow("bearer") << u"/v1/analytics/users"_s << false;
    QTest::newRow("basic") << u"/v1/analytics/users/basic"_s << true;
}

void TestSimDirectory::usersShape()
{
    QFETCH(QString, path);
    QFETCH(bool, basic);
    const TestReply reply = m_client->get(path, basic ? TestClient::basic(u"key"_s, u"secret"_s) : m_bearer);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.headers.value("content-type").startsWith("application/json"));
    const QJsonArray users = reply.json().array();
    QCOMPARE(users.size(), 300);

    const QStringList textFields{u"email"_s,    u"firstName"_s, u"lastName"_s,       u"userId"_s,
                                 u"userName"_s, u"status"_s,    u"primaryGroupId"_s, u"primaryLocationId"_s};
    for (const QJsonValue &value : users) {
        const QJsonObject user = value.toObject();
        QCOMPARE(user.size(), 9);
        for (const QString &field : textFields)
            QVERIFY2(user.value(field).isString(), qUtf8Printable(field));
        QVERIFY(user.value(u"onboarded"_s).isBool());
        QVERIFY(!user.value(u"userId"_s).toString().isEmpty());
        QVERIFY(user.value(u"email"_s).toString().contains(u'@'));
    }
}

void TestSimDirectory::usersMatchDirectory()
{
    const TestReply reply = m_client->get(u"/v1/analytics/users"_s, m_bearer);
    const CardDesk::Core::DirectoryJson::UsersParse parse =
        CardDesk::Core::DirectoryJson::parseUsers(reply.body);
    QVERIFY2(parse.ok(), qUtf8Printable(parse.error));
    QCOMPARE(parse.users, m_simulator->directory().users);
}

void TestSimDirectory::locationsShape_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("basic");
    QTest::newRow("bearer") << u"/v1/analytics/locations"_s << false;
    QTest::newRow("basic") << u"/v1/analytics/locations/basic"_s << true;
}

void TestSimDirectory::locationsShape()
{
    QFETCH(QString, path);
    QFETCH(bool, basic);
    const TestReply reply = m_client->get(path, basic ? TestClient::basic(u"key"_s, u"secret"_s) : m_bearer);
    QCOMPARE(reply.status, 200);
    const QJsonArray locations = reply.json().array();
    QCOMPARE(locations.size(), m_simulator->directory().locations.size());
    for (const QJsonValue &value : locations) {
        const QJsonObject location = value.toObject();
        for (const QString &field : {u"locationId"_s, u"name"_s, u"timeZone"_s, u"countryCode"_s})
            QVERIFY2(!location.value(field).toString().isEmpty(), qUtf8Printable(field));
    }
    const auto parse = CardDesk::Core::DirectoryJson::parseLocations(reply.body);
    QVERIFY2(parse.ok(), qUtf8Printable(parse.error));
    QCOMPARE(parse.locations, m_simulator->directory().locations);
}

void TestSimDirectory::directoryChangesVisible()
{
    CardDesk::Core::DirectoryUser added;
    added.userId = u"new-user-id"_s;
    added.email = u"zoë.new@example.com"_s;
    added.userName = added.email;
    added.firstName = u"Zoë"_s;
    added.status = u"active"_s;
    m_simulator->addUser(added);
    const QString removedId = m_simulator->directory().users.constFirst().userId;
    QVERIFY(m_simulator->removeUser(removedId));
    QVERIFY(!m_simulator->removeUser(removedId));

    const auto parse =
        CardDesk::Core::DirectoryJson::parseUsers(m_client->get(u"/v1/analytics/users"_s, m_bearer).body);
    QVERIFY(parse.ok());
    QCOMPARE(parse.users.size(), 300);
    QCOMPARE(parse.users.constLast(), added);
    const bool removedStillListed =
        std::any_of(parse.users.cbegin(), parse.users.cend(),
                    [&removedId](const auto &user) { return user.userId == removedId; });
    QVERIFY(!removedStillListed);
    QCOMPARE(m_simulator->findUserId(u"zoë.new@example.com"_s), u"new-user-id"_s);
}

void TestSimDirectory::wrongMethodRejected()
{
    const TestReply reply = m_client->post(u"/v1/analytics/users"_s, "{}"_ba, m_bearer);
    QCOMPARE(reply.status, 405);
    QCOMPARE(reply.headers.value("allow"), "GET"_ba);
}

void TestSimDirectory::unknownPathNotFound()
{
    const TestReply reply = m_client->get(u"/v1/analytics/desks"_s, m_bearer);
    QCOMPARE(reply.status, 404);
    QVERIFY2(reply.message().contains(u"/v1/analytics/desks"_s), qUtf8Printable(reply.message()));
}

QTEST_GUILESS_MAIN(TestSimDirectory)
#include "tst_simdirectory.moc"
