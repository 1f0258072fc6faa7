// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakehttpserver.h"

#include "core/accesscredentialsjson.h"
#include "net/apiclient.h"
#include "net/authsigning.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk;
using namespace CardDesk::Net;

namespace {

const QString KeyId = u"55DE3799-6C65-43F3-9AFB-A4725358B4FD"_s;
const QString Secret = u"transport-test-secret"_s;

Profile makeProfile(const QUrl &baseUrl, AuthMode mode)
{
    Profile profile = Profile::create(u"Transport test"_s);
    profile.baseUrl = baseUrl;
    profile.region = Region::Ause1;
    profile.key = ApiKeyConfig{mode, KeyId};
    return profile;
}

QByteArray tokenResponse(const QByteArray &token)
{
    const qint64 expiration = QDateTime::currentSecsSinceEpoch() + 3600;
    return FakeHttpServer::response(200, "OK",
                                    R"({"authenticated":true,"message":"ok","token":")" + token +
                                        R"(","expiration":)" + QByteArray::number(expiration) + '}');
}

Core::CredentialUpdate sampleUpdate(const QString &updateId)
{
    Core::Credential card;
    card.credentialType = u"Mifare"_s;
    card.cardNumber = u"0012345"_s;
    card.facilityCode = u"100"_s;
    card.scanData = {u"100:0012345"_s};
    return Core::CredentialUpdate{updateId, u"jose.muller@example.com"_s, {card}};
}

// Waits for finished() and checks it came exactly once.
bool waitFinished(ApiReply *reply, int timeoutMs = 10'000)
{
    QSignalSpy spy(reply, &ApiReply::finished);
    if (!reply->isFinished() || spy.isEmpty())
        spy.wait(timeoutMs);
    QCoreApplication::processEvents();
    return reply->isFinished() && spy.size() == 1;
}

} // namespace

class TestTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void basicRequestHeaders();
    void hmacSignInAndPushHeaders();
    void connectionRefusedNotSent();
    void pushWithoutTokenNotSent();
    void crossOriginRedirectRefused();
    void tlsErrorReported();
    void clockSkewWarnedOnce();
    void invalidBatchNotSent_data();
    void invalidBatchNotSent();
    void basicProfileCannotPush();
    void abortWhileSigningIn();
    void abortInFlight();
    void forbiddenNamesRoles();
    void serverErrorNamesStatus();
    void truncatedBodyIsNetworkError();
    void pushTimeoutMayHaveArrived();
    void deletingReplyAbortsRequest();
    void secretChangeRestartsSignIn();

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<FakeHttpServer> m_server;
};

void TestTransport::init()
{
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
}

void TestTransport::basicRequestHeaders()
{
    m_server->enqueue(FakeHttpServer::response(200, "OK", "[]"));
    ApiClient client(&m_network, makeProfile(m_server->baseUrl(), AuthMode::Basic), Secret);
    ApiReply *reply = client.fetchUsers();
    QVERIFY(waitFinished(reply));
    const ApiResult &result = reply->result();
    QVERIFY2(result.ok(), qPrintable(result.errorText));
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.body, QByteArray("[]"));
    QCOMPARE(result.delivery, Delivery::Received);
    QCOMPARE(result.attempts, 1);

    QCOMPARE(m_server->requests().size(), 1);
    const FakeHttpServer::Request &request = m_server->requests().constFirst();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, QByteArray("/v1/analytics/users/basic"));
    QCOMPARE(request.headers.value("x-calven-region"), QByteArray("ause1"));
    QCOMPARE(request.headers.value("correlationid"), reply->requestId().toLatin1());
    QCOMPARE(request.headers.value("authorization"), AuthSigning::basicAuthorization(KeyId, Secret));
    QCOMPARE(request.headers.value("accept"), QByteArray("application/json"));
}

void TestTransport::hmacSignInAndPushHeaders()
{
    m_server->enqueue(tokenResponse("tok-1"));
    m_server->enqueue(FakeHttpServer::response(200, "OK", R"([{"updateId":"U1","result":"OK"}])"));
    ApiClient client(&m_network, makeProfile(m_server->baseUrl(), AuthMode::HmacToken), Secret);
    const QList<Core::CredentialUpdate> updates = {sampleUpdate(u"U1"_s)};
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    ApiReply *reply = client.pushCredentials(updates);
    QVERIFY(waitFinished(reply));
    QVERIFY2(reply->result().ok(), qPrintable(reply->result().errorText));
    QCOMPARE(m_server->requests().size(), 2);

    const FakeHttpServer::Request &signIn = m_server->requests().at(0);
    QCOMPARE(signIn.method, QByteArray("POST"));
    QCOMPARE(signIn.path, QByteArray("/v1/auth"));
    QCOMPARE(signIn.headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(signIn.headers.value("x-calven-region"), QByteArray("ause1"));
    QVERIFY(!signIn.headers.contains("authorization"));
    const QJsonObject body = QJsonDocument::fromJson(signIn.body).object();
    const qint64 timestamp = body.value(u"timestamp"_s).toInteger();
    QVERIFY(timestamp >= before && timestamp <= QDateTime::currentSecsSinceEpoch());
    QCOMPARE(body.value(u"apiKey"_s).toString(), KeyId);
    QCOMPARE(body.value(u"hash"_s).toString().toLatin1(), AuthSigning::hmacHash(KeyId, timestamp, Secret));

    const FakeHttpServer::Request &push = m_server->requests().at(1);
    QCOMPARE(push.method, QByteArray("POST"));
    QCOMPARE(push.path, QByteArray("/v1/access-credentials"));
    QCOMPARE(push.headers.value("authorization"), QByteArray("Bearer tok-1"));
    QCOMPARE(push.headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(push.headers.value("correlationid"), reply->requestId().toLatin1());
    QVERIFY(signIn.headers.value("correlationid") != push.headers.value("correlationid"));
    QCOMPARE(push.body, Core::AccessCredentialsJson::encodeRequest(updates));
}

void TestTransport::connectionRefusedNotSent()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    QUrl url = m_server->baseUrl();
    url.setPort(closed.serverPort());
    closed.close();

    ApiClient client(&m_network, makeProfile(url, AuthMode::Basic), Secret);
    ApiReply *reply = client.fetchLocations();
    QVERIFY(waitFinished(reply));
    const ApiResult &result = reply->result();
    QCOMPARE(result.error, ErrorKind::Network);
    QCOMPARE(result.delivery, Delivery::NotSent);
    QCOMPARE(result.httpStatus, 0);
    QVERIFY2(result.errorText.contains(url.toString() + u"/v1/analytics/locations/basic"_s),
             qPrintable(result.errorText));
}

void TestTransport::pushWithoutTokenNotSent()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    QUrl url = m_server->baseUrl();
    url.setPort(closed.serverPort());
    closed.close();

    ApiClient client(&m_network, makeProfile(url, AuthMode::ClientSecret), Secret);
    QSignalSpy signInNeeded(&client, &ApiClient::signInNeeded);
    ApiReply *reply = client.pushCredentials({sampleUpdate(u"U1"_s)});
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->result().error, ErrorKind::Network);
    QCOMPARE(reply->result().delivery, Delivery::NotSent);
    QVERIFY2(reply->result().errorText.contains(u"/v1/auth/token"_s), qPrintable(reply->result().errorText));
    // An unreachable server is not a rejected key, so no sign-in prompt.
    QCOMPARE(signInNeeded.size(), 0);
    QVERIFY(!client.needsSignIn());
}

void TestTransport::crossOriginRedirectRefused()
{
    FakeHttpServer elsewhere;
    QVERIFY(elsewhere.listen());
    const QByteArray target = elsewhere.baseUrl().toEncoded() + "/v1/analytics/users/basic";
    m_server->enqueue(FakeHttpServer::response(302, "Found", {}, {{"Location", target}}));

    ApiClient client(&m_network, makeProfile(m_server->baseUrl(), AuthMode::Basic), Secret);
    ApiReply *reply = client.fetchUsers();
    QVERIFY(waitFinished(reply));
    QVERIFY(!reply->result().ok());
    QVERIFY2(reply->result().errorText.contains(u"same origin"_s), qPrintable(reply->result().errorText));
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY2(elsewhere.requests().isEmpty(), "the Authorization header went to another origin");
}

void TestTransport::tlsErrorReported()
{
    QFile certificateFile(QStringLiteral(CARDDESK_NET_TEST_DATA_DIR "/test-server.crt"));
    QFile keyFile(QStringLiteral(CARDDESK_NET_TEST_DATA_DIR "/test-server.key"));
    QVERIFY(certificateFile.open(QIODevice::ReadOnly));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(certificateFile.readAll()));
    configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    QSslServer server;
    server.setSslConfiguration(configuration);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    int httpRequestsRead = 0;
    connect(&server, &QSslServer::pendingConnectionAvailable, this, [&server, &httpRequestsRead, this] {
        while (QTcpSocket *socket = server.nextPendingConnection())
            connect(socket, &QTcpSocket::readyRead, this, [&httpRequestsRead] { ++httpRequestsRead; });
    });

    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(server.serverPort());
    ApiClient client(&m_network, makeProfile(url, AuthMode::Basic), Secret);
    ApiReply *reply = client.fetchUsers();
    QVERIFY(waitFinished(reply));
    const ApiResult &result = reply->result();
    QCOMPARE(result.error, ErrorKind::Tls);
    QCOMPARE(result.delivery, Delivery::NotSent);
    QVERIFY(!result.tlsErrors.isEmpty());
    const QString details = result.tlsErrors.join(u' ');
    QVERIFY2(details.contains(u"carddesk-untrusted-test"_s), qPrintable(details));
    QVERIFY2(details.contains(u"SHA-256"_s), qPrintable(details));
    QVERIFY2(result.errorText.contains(u"carddesk-untrusted-test"_s), qPrintable(result.errorText));
    QCOMPARE(httpRequestsRead, 0);
}

void TestTransport::clockSkewWarnedOnce()
{
    const QByteArray date =
        QLocale::c()
            .toString(QDateTime::currentDateTimeUtc().addSecs(600), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
            .toLatin1();
    m_server->enqueue(FakeHttpServer::response(200, "OK", "[]", {{"Date", date}}));
    m_server->enqueue(FakeHttpServer::response(200, "OK", "[]", {{"Date", date}}));
    ApiClient client(&m_network, makeProfile(m_server->baseUrl(), AuthMode::Basic), Secret);
    QSignalSpy skew(&client, &ApiClient::clockSkewDetected);
    QVERIFY(waitFinished(client.fetchUsers()));
    QVERIFY(waitFinished(client.fetchLocations()));
    QCOMPARE(skew.size(), 1);
    const qint64 seconds = skew.constFirst().constFirst().toLongLong();
    QVERIFY2(seconds >= 595 && seconds <= 605, QByteArray::number(seconds).constData());
}

void TestTransport::invalidBatchNotSent_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("empty") << 0;
    QTest::newRow("101 updates") << 101;
}

void TestTransport::invalidBatchNotSent()
{
    QFETCH(int, count);
    QList<Core::CredentialUpdate> updates;
    for (int i = 0; i < count; ++i)
        updates.append(sampleUpdate(u"U%1"_s.arg(i)));
    ApiClient client(&m_network, makeProfile(m_server->baseUrl(), AuthMode::HmacToken), Secret);
    ApiReply *reply = client.pushCredentials(updates);
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->result().error, ErrorKind::InvalidRequest);
    QCOMPARE(reply->result().delivery, Delivery::NotSent);
    QVERIFY(reply->result().errorText.contains(QString::number(count)));
    QVERIFY(m_server->requests().isEmpty());
}

void TestTransport::basicProfileCannotPush()
{
    ApiClient client(&m_network, makeProfile(m_server->baseUrl(), AuthMode::Basic), Secret);
    ApiReply *reply = client.pushCredentials({sampleUpdate(u"U1"_s)});
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->result().error, ErrorKind::Auth);
    QCOMPARE(reply->result().delivery, Delivery::NotSent);
    QVERIFY(reply->result().errorText.contains(u"Basic"_s));
    QVERIFY(m_server->requests().isEmpty());
}

void TestTransport::abortWhileSigningIn()
{
    m_server->enqueue({}); // The sign-in hangs.
    ApiClient client(&m_network, makeProfile(m_server->baseUrl(), AuthMode::HmacToken), Secret);
    ApiReply *reply = client.pushCredentials({sampleUpdate(u"U1"_s)});
    QSignalSpy received(m_server.get(), &FakeHttpServer::requestReceived);
    QVERIFY(received.wait());
    reply->abort();
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->result().error, ErrorKind::Cancelled);
    QCOMPARE(reply->result().delivery, Delivery::NotSent);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().constFirst().path, QByteArray("/v1/auth"));
}

void TestTransport::abortInFlight()
{
    m_server->enqueue(tokenResponse("tok-1"));
    m_server->enqueue({}); // The push hangs.
    ApiClient client(&m_network, makeProfile(m_server->baseUrl(), AuthMode::HmacToken), Secret);
    ApiReply *reply = client.pushCredentials({sampleUpdate(u"U1"_s)});
    QTRY_COMPARE(m_server->requests().size(), 2);
    reply->abort();
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->result().error, ErrorKind::Cancelled);
    QCOMPARE(reply->result().delivery, Delivery::Unknown);
    QVERIFY2(reply->result().errorText.contains(u"outcome is unknown"_s),
             qPrintable(reply->result().errorText));
}

void TestTransport::forbiddenNamesRoles()
{
    m_server->enqueue(FakeHttpServer::response(403, "Forbidden", R"({"message":"Forbidden"})"));
    ApiClient client(&m_network, makeProfile(m_server->baseUrl(), AuthMode::Basic), Secret);
    ApiReply *reply = client.fetchUsers();
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->result().error, ErrorKind::Auth);
    QCOMPARE(reply->result().httpStatus, 403);
    QVERIFY2(reply->result().errorText.contains(u"\"Data Warehouse\""_s),
             qPrintable(reply->result().errorText));
    QVERIFY(reply->result().errorText.contains(u"\"Submitting Events\""_s));
}

void TestTransport::serverErrorNamesStatus()
{
    m_server->enqueue(
        FakeHttpServer::response(503, "Service Unavailable", R"({"message":"maintenance window"})"));
    ApiClient client(&m_network, makeProfile(m_server->baseUrl(), AuthMode::Basic), Secret);
    ApiReply *reply = client.fetchLocations();
    QVERIFY(waitFinished(reply));
    const ApiResult &result = reply->result();
    QCOMPARE(result.error, ErrorKind::Http);
    QCOMPARE(result.httpStatus, 503);
    QCOMPARE(result.delivery, Delivery::Received);
    QVERIFY2(result.errorText.contains(u"503"_s), qPrintable(result.errorText));
    QVERIFY(result.errorText.contains(u"maintenance window"_s));
    QVERIFY(result.errorText.contains(u"/v1/analytics/locations/basic"_s));
}

void TestTransport::truncatedBodyIsNetworkError()
{
    // The server announces 40 bytes, sends 13 and closes the connection.
    m_server->enqueue("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 40\r\n"
                      "Connection: close\r\n\r\n[{\"userId\":\"a"_ba);
    ApiClient client(&m_network, makeProfile(m_server->baseUrl(), AuthMode::Basic), Secret);
    ApiReply *reply = client.fetchUsers();
    QVERIFY(waitFinished(reply));
    const ApiResult &result = reply->result();
    QCOMPARE(result.error, ErrorKind::Network);
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.delivery, Delivery::Received);
    QVERIFY(result.mayHaveReachedServer());
    QVERIFY2(result.errorText.contains(u"/v1/analytics/users/basic"_s), qPrintable(result.errorText));
}

void TestTransport::pushTimeoutMayHaveArrived()
{
    m_server->enqueue(tokenResponse("tok-1"));
    m_server->enqueue({}); // The push hangs.
    ApiClient client(&m_network, makeProfile(m_server->baseUrl(), AuthMode::HmacToken), Secret);
    client.setTransferTimeout(300);
    ApiReply *reply = client.pushCredentials({sampleUpdate(u"U1"_s)});
    QVERIFY(waitFinished(reply));
    const ApiResult &result = reply->result();
    QCOMPARE(result.error, ErrorKind::Timeout);
    QCOMPARE(result.delivery, Delivery::Unknown);
    QVERIFY(result.mayHaveReachedServer());
    QCOMPARE(m_server->requests().size(), 2);
}

void TestTransport::deletingReplyAbortsRequest()
{
    m_server->enqueue({});
    ApiClient client(&m_network, makeProfile(m_server->baseUrl(), AuthMode::Basic), Secret);
    QPointer<ApiReply> reply = client.fetchUsers();
    QSignalSpy received(m_server.get(), &FakeHttpServer::requestReceived);
    QVERIFY(received.wait());
    delete reply;
    // The next request still works, so the aborted one left nothing behind.
    m_server->enqueue(FakeHttpServer::response(200, "OK", "[]"));
    ApiReply *next = client.fetchUsers();
    QVERIFY(waitFinished(next));
    QVERIFY2(next->result().ok(), qPrintable(next->result().errorText));
}

void TestTransport::secretChangeRestartsSignIn()
{
    m_server->enqueue({}); // The first sign-in hangs.
    m_server->enqueue(tokenResponse("tok-2"));
    m_server->enqueue(FakeHttpServer::response(200, "OK", "[]"));
    ApiClient client(&m_network, makeProfile(m_server->baseUrl(), AuthMode::HmacToken), u"old-secret"_s);
    ApiReply *reply = client.fetchUsers();
    QSignalSpy received(m_server.get(), &FakeHttpServer::requestReceived);
    QVERIFY(received.wait());

    client.setSecret(Secret);
    QVERIFY(waitFinished(reply));
    QVERIFY2(reply->result().ok(), qPrintable(reply->result().errorText));
    QCOMPARE(m_server->requests().size(), 3);
    const QJsonObject secondSignIn = QJsonDocument::fromJson(m_server->requests().at(1).body).object();
    const qint64 timestamp = secondSignIn.value(u"timestamp"_s).toInteger();
    QCOMPARE(secondSignIn.value(u"hash"_s).toString().toLatin1(),
             AuthSigning::hmacHash(KeyId, timestamp, Secret));
    QCOMPARE(m_server->requests().at(2).headers.value("authorization"), QByteArray("Bearer tok-2"));
}

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
