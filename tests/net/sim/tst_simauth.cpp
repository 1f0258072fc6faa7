// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Loopback tests of the simulator's authentication: HMAC, client secret, Basic and bearer tokens.
#include "sim/simulator.h"
#include "simtestclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using CardDesk::Sim::Simulator;
using CardDesk::Sim::SimulatorOptions;
using CardDesk::Sim::Testing::TestClient;
using CardDesk::Sim::Testing::TestReply;

namespace {

// The HMAC example computed with Python's hmac module for the Calven API notes.
const QString VectorKey = u"55DE3799-6C65-43F3-9AFB-A4725358B4FD"_s;
const QString VectorSecret = u"example-secret"_s;
constexpr qint64 VectorTimestamp = 1683257792;
const QByteArray VectorHash = "2e957418ffd3658cb028fac826fd3104fb521a5d8f59542b8fdccf6f42c439a0"_ba;

const QString KeyId = u"test-key"_s;
const QString Secret = u"test-secret-ü"_s;

QByteArray authBody(const QString &apiKey, const QJsonValue &timestamp, const QJsonValue &hash)
{
    return QJsonDocument(QJsonObject{{u"apiKey"_s, apiKey}, {u"timestamp"_s, timestamp}, {u"hash"_s, hash}})
        .toJson(QJsonDocument::Compact);
}

QDateTime parseHttpDate(const QByteArray &value)
{
    QDateTime time =
        QLocale::c().toDateTime(QString::fromLatin1(value), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
    time.setTimeZone(QTimeZone::utc());
    return time;
}

} // namespace

class TestSimAuth : public QObject
{
    Q_OBJECT

private:
    struct Server
    {
        std::unique_ptr<Simulator> simulator;
        std::unique_ptr<TestClient> client;
    };
    static Server start(SimulatorOptions options);
    static SimulatorOptions defaultOptions();

private Q_SLOTS:
    void hmacTestVectorAccepted();
    void hmacWrongHashRejected_data();
    void hmacWrongHashRejected();
    void hmacUnknownKeyRejected();
    void hmacTimestampSkew_data();
    void hmacTimestampSkew();
    void contentType_data();
    void contentType();
    void missingContentTypeRejected();
    void malformedBodyRejected_data();
    void malformedBodyRejected();
    void clientSecretFlow();
    void clientSecretRejected_data();
    void clientSecretRejected();
    void basicOnBasicPaths_data();
    void basicOnBasicPaths();
    void basicDocumentedExample();
    void basicRejected_data();
    void basicRejected();
    void bearerRejected_data();
    void bearerRejected();
    void tokenExpires();
    void revokedTokensRejected();
    void dateHeaderOnEveryResponse();
    void dateHeaderFollowsServerClock();
    void requestsCountedPerPath();
    void listenRejectsNonLoopback();
    void extraKeyRolesEnforced();
};

SimulatorOptions TestSimAuth::defaultOptions()
{
    SimulatorOptions options;
    options.userCount = 20;
    options.apiKeyId = KeyId;
    options.apiSecret = Secret;
    return options;
}

TestSimAuth::Server TestSimAuth::start(SimulatorOptions options)
{
    Server server;
    server.simulator = std::make_unique<Simulator>(options);
    QString error;
    if (!server.simulator->listen(QHostAddress::LocalHost, 0, &error))
        qFatal("cannot start the simulator: %s", qUtf8Printable(error));
    server.client = std::make_unique<TestClient>(server.simulator->baseUrl());
    return server;
}

void TestSimAuth::hmacTestVectorAccepted()
{
    SimulatorOptions options = defaultOptions();
    options.apiKeyId = VectorKey;
    options.apiSecret = VectorSecret;
    // Put the server clock at the vector's timestamp so the freshness check passes.
    options.clockOffsetSeconds = VectorTimestamp - QDateTime::currentSecsSinceEpoch();
    Server server = start(options);

    const TestReply reply = server.client->post(
        u"/v1/auth"_s, authBody(VectorKey, double(VectorTimestamp), QString::fromLatin1(VectorHash)));
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.json().object();
    QCOMPARE(body.value(u"authenticated"_s).toBool(), true);
    QVERIFY(!body.value(u"token"_s).toString().isEmpty());
    QCOMPARE(body.value(u"message"_s).toString(), u"Authentication successful"_s);
    const qint64 expiration = qint64(body.value(u"expiration"_s).toDouble());
    QVERIFY2(qAbs(expiration - (VectorTimestamp + 3600)) <= 5, QByteArray::number(expiration).constData());
}

void TestSimAuth::hmacWrongHashRejected_data()
{
    QTest::addColumn<qint64>("timestamp");
    QTest::addColumn<QString>("hash");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray message = KeyId.toUtf8() + QByteArray::number(now);
    const QByteArray right =
        QMessageAuthenticationCode::hash(message, Secret.toUtf8(), QCryptographicHash::Sha256);
    const QByteArray wrongSecret =
        QMessageAuthenticationCode::hash(message, "other-secret", QCryptographicHash::Sha256);
    QTest::newRow("upper-case hex") << now << QString::fromLatin1(right.toHex().toUpper());
    QTest::newRow("base64") << now << QString::fromLatin1(right.toBase64());
    QTest::newRow("wrong secret") << now << QString::fromLatin1(wrongSecret.toHex());
    QTest::newRow("first digit changed") << now << QString::fromLatin1(right.toHex()).replace(0, 1, u'x');
    QTest::newRow("hash of another second") << now + 1 << QString::fromLatin1(right.toHex());
}

void TestSimAuth::hmacWrongHashRejected()
{
    QFETCH(qint64, timestamp);
    QFETCH(QString, hash);
    Server server = start(defaultOptions());
    const TestReply reply = server.client->post(u"/v1/auth"_s, authBody(KeyId, double(timestamp), hash));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json().object().value(u"authenticated"_s).toBool(true), false);
    QVERIFY2(reply.message().contains(u"hash"_s), qUtf8Printable(reply.message()));
}

void TestSimAuth::hmacUnknownKeyRejected()
{
    Server server = start(defaultOptions());
    const TestReply reply = server.client->post(
        u"/v1/auth"_s, TestClient::hmacBody(u"other-key"_s, Secret, QDateTime::currentSecsSinceEpoch()));
    QCOMPARE(reply.status, 401);
    QVERIFY2(reply.message().contains(u"other-key"_s), qUtf8Printable(reply.message()));
}

void TestSimAuth::hmacTimestampSkew_data()
{
    QTest::addColumn<qint64>("offsetSeconds");
    QTest::addColumn<int>("expectedStatus");
    QTest::newRow("on time") << qint64(0) << 200;
    QTest::newRow("within skew ahead") << qint64(240) << 200;
    QTest::newRow("within skew behind") << qint64(-240) << 200;
    QTest::newRow("too far ahead") << qint64(400) << 401;
    QTest::newRow("too far behind") << qint64(-400) << 401;
    QTest::newRow("a day behind") << qint64(-86400) << 401;
}

void TestSimAuth::hmacTimestampSkew()
{
    QFETCH(qint64, offsetSeconds);
    QFETCH(int, expectedStatus);
    Server server = start(defaultOptions());
    const qint64 timestamp = QDateTime::currentSecsSinceEpoch() + offsetSeconds;
    const TestReply reply =
        server.client->post(u"/v1/auth"_s, TestClient::hmacBody(KeyId, Secret, timestamp));
    QCOMPARE(reply.status, expectedStatus);
    if (expectedStatus == 401)
        QVERIFY2(reply.message().contains(u"clock"_s), qUtf8Printable(reply.message()));
}

void TestSimAuth::contentType_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("expectedStatus");
    QTest::newRow("text/plain") << "text/plain"_ba << 400;
    QTest::newRow("form") << "application/x-www-form-urlencoded"_ba << 400;
    QTest::newRow("json") << "application/json"_ba << 200;
    QTest::newRow("json with charset") << "application/json; charset=utf-8"_ba << 200;
    QTest::newRow("json in capitals") << "Application/JSON"_ba << 200;
}

void TestSimAuth::contentType()
{
    QFETCH(QByteArray, contentType);
    QFETCH(int, expectedStatus);
    Server server = start(defaultOptions());
    const QByteArray body = TestClient::hmacBody(KeyId, Secret, QDateTime::currentSecsSinceEpoch());
    const TestReply reply = server.client->post(u"/v1/auth"_s, body, {}, contentType);
    QCOMPARE(reply.status, expectedStatus);
    if (expectedStatus == 400)
        QVERIFY2(reply.message().contains(u"Content-Type"_s), qUtf8Printable(reply.message()));
}

void TestSimAuth::missingContentTypeRejected()
{
    Server server = start(defaultOptions());
    const QByteArray body = TestClient::hmacBody(KeyId, Secret, QDateTime::currentSecsSinceEpoch());
    const QByteArray request = "POST /v1/auth HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "_ba +
                               QByteArray::number(body.size()) + "\r\n\r\n"_ba + body;
    const TestReply reply = server.client->sendRaw(request);
    QVERIFY(reply.finished);
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.message().contains(u"Content-Type header is missing"_s), qUtf8Printable(reply.message()));

    // The same bytes with the header are accepted, so the header alone made the difference.
    const QByteArray withHeader =
        QByteArray(request).replace("Content-Length", "Content-Type: application/json\r\nContent-Length");
    QCOMPARE(server.client->sendRaw(withHeader).status, 200);
}

void TestSimAuth::malformedBodyRejected_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("messagePart");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString hash = u"00"_s;
    const QJsonObject numericKey{{u"apiKey"_s, 7}, {u"timestamp"_s, double(now)}, {u"hash"_s, hash}};
    QTest::newRow("not JSON") << "apiKey=test-key"_ba << u"not valid"_s;
    QTest::newRow("array") << "[]"_ba << u"not a JSON object"_s;
    QTest::newRow("empty object") << "{}"_ba << u"apiKey"_s;
    QTest::newRow("apiKey number") << QJsonDocument(numericKey).toJson() << u"apiKey"_s;
    QTest::newRow("timestamp string") << authBody(KeyId, QString::number(now), hash) << u"timestamp"_s;
    QTest::newRow("timestamp fraction") << authBody(KeyId, double(now) + 0.5, hash) << u"timestamp"_s;
    QTest::newRow("timestamp missing") << authBody(KeyId, QJsonValue(), hash) << u"timestamp"_s;
    QTest::newRow("hash missing") << authBody(KeyId, double(now), QJsonValue()) << u"hash"_s;
    QTest::newRow("hash number") << authBody(KeyId, double(now), 42) << u"hash"_s;
}

void TestSimAuth::malformedBodyRejected()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, messagePart);
    Server server = start(defaultOptions());
    const TestReply reply = server.client->post(u"/v1/auth"_s, body);
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.message().contains(messagePart), qUtf8Printable(reply.message()));
}

void TestSimAuth::clientSecretFlow()
{
    SimulatorOptions options = defaultOptions();
    options.tokenLifetimeSeconds = 1800;
    Server server = start(options);
    const QByteArray body = QJsonDocument(QJsonObject{{u"client_id"_s, KeyId}, {u"client_secret"_s, Secret}})
                                .toJson(QJsonDocument::Compact);
    const TestReply reply = server.client->post(u"/v1/auth/token"_s, body);
    QCOMPARE(reply.status, 200);
    const QJsonObject json = reply.json().object();
    QCOMPARE(json.value(u"token_type"_s).toString(), u"Bearer"_s);
    QCOMPARE(json.value(u"expires_in"_s).toDouble(), 1800.0);
    const QString token = json.value(u"access_token"_s).toString();
    QVERIFY(!token.isEmpty());

    const TestReply users = server.client->get(u"/v1/analytics/users"_s, TestClient::bearer(token));
    QCOMPARE(users.status, 200);
    QCOMPARE(users.json().array().size(), 20);
}

void TestSimAuth::clientSecretRejected_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("expectedStatus");
    QTest::newRow("wrong secret") << QJsonObject{{u"client_id"_s, KeyId}, {u"client_secret"_s, u"nope"_s}}
                                  << 401;
    QTest::newRow("wrong id") << QJsonObject{{u"client_id"_s, u"nope"_s}, {u"client_secret"_s, Secret}}
                              << 401;
    QTest::newRow("secret missing") << QJsonObject{{u"client_id"_s, KeyId}} << 400;
    QTest::newRow("id number") << QJsonObject{{u"client_id"_s, 5}, {u"client_secret"_s, Secret}} << 400;
}

void TestSimAuth::clientSecretRejected()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, expectedStatus);
    Server server = start(defaultOptions());
    const TestReply reply =
        server.client->post(u"/v1/auth/token"_s, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QCOMPARE(reply.status, expectedStatus);
    QVERIFY(!reply.json().object().contains(u"access_token"_s));
}

void TestSimAuth::basicOnBasicPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("users") << u"/v1/analytics/users/basic"_s;
    QTest::newRow("users with trailing slash") << u"/v1/analytics/users/basic/"_s;
    QTest::newRow("locations") << u"/v1/analytics/locations/basic"_s;
}

void TestSimAuth::basicOnBasicPaths()
{
    QFETCH(QString, path);
    Server server = start(defaultOptions());
    const TestReply reply = server.client->get(path, TestClient::basic(KeyId, Secret));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json().isArray());
}

void TestSimAuth::basicDocumentedExample()
{
    SimulatorOptions options = defaultOptions();
    options.apiKeyId = u"myKeyId"_s;
    options.apiSecret = u"mySecret"_s;
    Server server = start(options);
    const TestReply reply =
        server.client->get(u"/v1/analytics/users/basic"_s, "Basic bXlLZXlJZDpteVNlY3JldA=="_ba);
    QCOMPARE(reply.status, 200);
}

void TestSimAuth::basicRejected_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("missing") << u"/v1/analytics/users/basic"_s << QByteArray() << u"missing"_s;
    QTest::newRow("wrong secret") << u"/v1/analytics/users/basic"_s << TestClient::basic(KeyId, u"x"_s)
                                  << u"do not match"_s;
    QTest::newRow("unencoded") << u"/v1/analytics/users/basic"_s
                               << QByteArray("Basic " + KeyId.toUtf8() + ":x") << u"base64"_s;
    QTest::newRow("no colon") << u"/v1/analytics/users/basic"_s << "Basic "_ba + KeyId.toUtf8().toBase64()
                              << u"do not match"_s;
    QTest::newRow("basic on bearer path")
        << u"/v1/analytics/users"_s << TestClient::basic(KeyId, Secret) << u"/basic"_s;
    QTest::newRow("basic on credentials")
        << u"/v1/access-credentials"_s << TestClient::basic(KeyId, Secret) << u"/basic"_s;
}

void TestSimAuth::basicRejected()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, authorization);
    QFETCH(QString, messagePart);
    Server server = start(defaultOptions());
    const TestReply reply = path.endsWith(u"credentials"_s)
                                ? server.client->post(path, R"({"data":[]})"_ba, authorization)
                                : server.client->get(path, authorization);
    QCOMPARE(reply.status, 401);
    QVERIFY2(reply.message().contains(messagePart), qUtf8Printable(reply.message()));
}

void TestSimAuth::bearerRejected_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("missing") << u"/v1/analytics/users"_s << QByteArray();
    QTest::newRow("unknown token") << u"/v1/analytics/users"_s << TestClient::bearer(u"simtoken_made-up"_s);
    QTest::newRow("scheme without token") << u"/v1/analytics/locations"_s << "Bearer"_ba;
    QTest::newRow("other scheme") << u"/v1/analytics/locations"_s << "Digest abc"_ba;
    QTest::newRow("bearer on basic path") << u"/v1/analytics/users/basic"_s << TestClient::bearer(u"x"_s);
}

void TestSimAuth::bearerRejected()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, authorization);
    Server server = start(defaultOptions());
    const TestReply reply = server.client->get(path, authorization);
    QCOMPARE(reply.status, 401);
    QVERIFY(!reply.message().isEmpty());
}

void TestSimAuth::tokenExpires()
{
    SimulatorOptions options = defaultOptions();
    options.tokenLifetimeSeconds = 1;
    Server server = start(options);
    const QString token = server.client->hmacToken(KeyId, Secret);
    QVERIFY(!token.isEmpty());
    QCOMPARE(server.client->get(u"/v1/analytics/locations"_s, TestClient::bearer(token)).status, 200);

    QTRY_COMPARE_WITH_TIMEOUT(
        server.client->get(u"/v1/analytics/locations"_s, TestClient::bearer(token)).status, 401, 5000);
    const TestReply expired = server.client->get(u"/v1/analytics/locations"_s, TestClient::bearer(token));
    QVERIFY2(expired.message().contains(u"expired"_s), qUtf8Printable(expired.message()));

    const QString renewed = server.client->hmacToken(KeyId, Secret);
    QVERIFY(!renewed.isEmpty());
    QVERIFY(renewed != token);
    QCOMPARE(server.client->get(u"/v1/analytics/locations"_s, TestClient::bearer(renewed)).status, 200);
}

void TestSimAuth::revokedTokensRejected()
{
    Server server = start(defaultOptions());
    const QString token = server.client->hmacToken(KeyId, Secret);
    QCOMPARE(server.client->get(u"/v1/analytics/users"_s, TestClient::bearer(token)).status, 200);
    server.simulator->revokeTokens();
    QCOMPARE(server.client->get(u"/v1/analytics/users"_s, TestClient::bearer(token)).status, 401);
}

void TestSimAuth::dateHeaderOnEveryResponse()
{
    Server server = start(defaultOptions());
    const QList<TestReply> replies{
        server.client->post(u"/v1/auth"_s,
                            TestClient::hmacBody(KeyId, Secret, QDateTime::currentSecsSinceEpoch())),
        server.client->post(u"/v1/auth"_s, "{}"_ba),
        server.client->get(u"/v1/analytics/users"_s),
        server.client->get(u"/no/such/path"_s),
    };
    const QList<int> statuses{200, 400, 401, 404};
    for (qsizetype i = 0; i < replies.size(); ++i) {
        QCOMPARE(replies.at(i).status, statuses.at(i));
        const QDateTime date = parseHttpDate(replies.at(i).headers.value("date"));
        QVERIFY2(date.isValid(), replies.at(i).headers.value("date").constData());
        QVERIFY(qAbs(date.secsTo(QDateTime::currentDateTimeUtc())) <= 5);
    }
}

void TestSimAuth::dateHeaderFollowsServerClock()
{
    SimulatorOptions options = defaultOptions();
    options.clockOffsetSeconds = -600;
    Server server = start(options);
    const TestReply reply = server.client->get(u"/v1/analytics/users"_s);
    const QDateTime date = parseHttpDate(reply.headers.value("date"));
    QVERIFY(date.isValid());
    const qint64 behind = date.secsTo(QDateTime::currentDateTimeUtc());
    QVERIFY2(behind >= 595 && behind <= 605, QByteArray::number(behind).constData());

    // A client whose clock is right is now 600 s ahead of the server, beyond the allowed skew.
    const TestReply auth = server.client->post(
        u"/v1/auth"_s, TestClient::hmacBody(KeyId, Secret, QDateTime::currentSecsSinceEpoch()));
    QCOMPARE(auth.status, 401);
    QVERIFY2(auth.message().contains(u"ahead of the server clock"_s), qUtf8Printable(auth.message()));
}

void TestSimAuth::requestsCountedPerPath()
{
    Server server = start(defaultOptions());
    QCOMPARE(server.simulator->requestCount(u"/v1/auth"_s), 0);
    server.client->hmacToken(KeyId, Secret);
    server.client->hmacToken(KeyId, u"wrong"_s);
    server.client->post(u"/v1/auth"_s, "{}"_ba, {}, "text/plain"_ba);
    server.client->get(u"/v1/analytics/users/basic/"_s);
    QCOMPARE(server.simulator->requestCount(u"/v1/auth"_s), 3);
    QCOMPARE(server.simulator->requestCount(u"/v1/analytics/users/basic"_s), 1);
    QCOMPARE(server.simulator->requestCount(u"/v1/auth/token"_s), 0);
}

void TestSimAuth::listenRejectsNonLoopback()
{
    Simulator simulator(defaultOptions());
    QString error;
    QVERIFY(!simulator.listen(QHostAddress::Any, 0, &error));
    QVERIFY2(error.contains(u"loopback"_s), qUtf8Printable(error));
    QVERIFY(simulator.baseUrl().isEmpty());
}

void TestSimAuth::extraKeyRolesEnforced()
{
    SimulatorOptions options = defaultOptions();
    options.extraKeys = {{u"W"_s, u"w-secret"_s, CardDesk::Sim::KeyRole::SubmittingEvents},
                         {u"R"_s, u"r-secret"_s, CardDesk::Sim::KeyRole::DataWarehouse}};
    Server server = start(options);
    TestClient &client = *server.client;
    const QString writeToken = client.hmacToken(u"W"_s, u"w-secret"_s);
    const QString readToken = client.hmacToken(u"R"_s, u"r-secret"_s);
    QVERIFY(!writeToken.isEmpty());
    QVERIFY(!readToken.isEmpty());
    const QByteArray emptyUpdate =
        R"({"data":[{"updateId":"u1","username":"nobody@example.com","credentials":[]}]})";

    const TestReply writeReads = client.get(u"/v1/analytics/users"_s, TestClient::bearer(writeToken));
    QCOMPARE(writeReads.status, 403);
    QVERIFY2(writeReads.message().contains(u"Submitting Events"_s), qUtf8Printable(writeReads.message()));
    QCOMPARE(client.post(u"/v1/access-credentials"_s, emptyUpdate, TestClient::bearer(writeToken)).status,
             200);

    QCOMPARE(client.get(u"/v1/analytics/users"_s, TestClient::bearer(readToken)).status, 200);
    const TestReply readWrites =
        client.post(u"/v1/access-credentials"_s, emptyUpdate, TestClient::bearer(readToken));
    QCOMPARE(readWrites.status, 403);
    QVERIFY2(readWrites.message().contains(u"Data Warehouse"_s), qUtf8Printable(readWrites.message()));

    QCOMPARE(client.get(u"/v1/analytics/locations/basic"_s, TestClient::basic(u"R"_s, u"r-secret"_s)).status,
             200);
    QCOMPARE(client.get(u"/v1/analytics/locations/basic"_s, TestClient::basic(u"W"_s, u"w-secret"_s)).status,
             403);
    QCOMPARE(client.get(u"/v1/analytics/locations/basic"_s, TestClient::basic(u"R"_s, u"w-secret"_s)).status,
             401);
    // The main key keeps all permissions.
    const QString allToken = client.hmacToken(KeyId, Secret);
    QCOMPARE(client.get(u"/v1/analytics/users"_s, TestClient::bearer(allToken)).status, 200);
}

QTEST_GUILESS_MAIN(TestSimAuth)
#include "tst_simauth.moc"
