// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Loopback tests of the simulator's fault queue: status codes, HTML, bad JSON, hangs, resets, delays.
#include "sim/simulator.h"
#include "simtestclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using CardDesk::Sim::Fault;
using CardDesk::Sim::Simulator;
using CardDesk::Sim::SimulatorOptions;
using CardDesk::Sim::Testing::TestClient;
using CardDesk::Sim::Testing::TestReply;

namespace {

const QString UsersPath = u"/v1/analytics/users/basic"_s;
const QString CredentialsPath = u"/v1/access-credentials"_s;

QByteArray pushBody(const QString &username, const QString &updateId)
{
    const QJsonObject card{
        {u"active"_s, true},
        {u"cardNumber"_s, u"4711"_s},
        {u"facilityCode"_s, u"12"_s},
        {u"scanData"_s, QJsonArray{u"12:4711"_s}},
        {u"credentialType"_s, u"Mifare"_s},
    };
    const QJsonObject update{
        {u"username"_s, username}, {u"updateId"_s, updateId}, {u"credentials"_s, QJsonArray{card}}};
    return QJsonDocument(QJsonObject{{u"data"_s, QJsonArray{update}}}).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSimFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void statusWithBody();
    void faultsArePerPath();
    void tooManyRequests();
    void htmlPage();
    void malformedJson();
    void statusAfterHandling();
    void hangKeepsClientWaiting();
    void resetBreaksConnection_data();
    void resetBreaksConnection();
    void delayRespondsLate();
    void clearFaultsDropsQueue();

private:
    QByteArray basic() const { return TestClient::basic(u"key"_s, u"secret"_s); }

    std::unique_ptr<Simulator> m_simulator;
    std::unique_ptr<TestClient> m_client;
};

void TestSimFaults::init()
{
    SimulatorOptions options;
    options.userCount = 10;
    options.apiKeyId = u"key"_s;
    options.apiSecret = u"secret"_s;
    m_simulator = std::make_unique<Simulator>(options);
    QVERIFY(m_simulator->listen());
    m_client = std::make_unique<TestClient>(m_simulator->baseUrl());
}

void TestSimFaults::cleanup()
{
    m_client.reset();
    m_simulator.reset();
}

void TestSimFaults::statusWithBody()
{
    m_simulator->injectFault(UsersPath, Fault::statusCode(503, R"({"message":"down for maintenance"})"_ba),
                             2);
    QCOMPARE(m_simulator->pendingFaultCount(UsersPath), 2);

    for (int i = 0; i < 2; ++i) {
        const TestReply reply = m_client->get(UsersPath, basic());
        QCOMPARE(reply.status, 503);
        QCOMPARE(reply.message(), u"down for maintenance"_s);
        QVERIFY(reply.headers.contains("date"));
    }
    QCOMPARE(m_simulator->pendingFaultCount(UsersPath), 0);
    QCOMPARE(m_client->get(UsersPath, basic()).status, 200);
    QCOMPARE(m_simulator->requestCount(UsersPath), 3);
}

void TestSimFaults::faultsArePerPath()
{
    m_simulator->injectFault(u"/v1/auth"_s, Fault::statusCode(500));
    QCOMPARE(m_client->get(UsersPath, basic()).status, 200);
    QCOMPARE(m_client->post(u"/v1/auth"_s, "{}"_ba).status, 500);
    QCOMPARE(m_client->post(u"/v1/auth"_s, "{}"_ba).status, 400);
}

void TestSimFaults::tooManyRequests()
{
    m_simulator->injectFault(UsersPath, Fault::tooManyRequests(7));
    const TestReply reply = m_client->get(UsersPath, basic());
    QCOMPARE(reply.status, 429);
    QCOMPARE(reply.headers.value("retry-after"), "7"_ba);
}

void TestSimFaults::htmlPage()
{
    m_simulator->injectFault(UsersPath, Fault::htmlPage(502));
    const TestReply reply = m_client->get(UsersPath, basic());
    QCOMPARE(reply.status, 502);
    QVERIFY(reply.headers.value("content-type").startsWith("text/html"));
    QVERIFY(reply.body.startsWith("<!DOCTYPE html>"));
    QVERIFY(reply.json().isNull());
}

void TestSimFaults::malformedJson()
{
    const QString token = m_client->hmacToken(u"key"_s, u"secret"_s);
    const QString username = m_simulator->directory().users.at(0).email;
    m_simulator->injectFault(CredentialsPath, Fault::malformedJson());
    const TestReply reply =
        m_client->post(CredentialsPath, pushBody(username, u"u-1"_s), TestClient::bearer(token));
    QCOMPARE(reply.status, 200);
    QJsonParseError error;
    QJsonDocument::fromJson(reply.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    // Without afterHandling() the request never reached the handler.
    QVERIFY(m_simulator->credentialsOf(username).isEmpty());
    QCOMPARE(m_simulator->updateIdArrivals().value(u"u-1"_s), 1);
}

void TestSimFaults::statusAfterHandling()
{
    const QString token = m_client->hmacToken(u"key"_s, u"secret"_s);
    const QString username = m_simulator->directory().users.at(0).email;
    m_simulator->injectFault(CredentialsPath, Fault::htmlPage(504).afterHandling());
    const TestReply reply =
        m_client->post(CredentialsPath, pushBody(username, u"u-1"_s), TestClient::bearer(token));
    QCOMPARE(reply.status, 504);
    // The server applied the update although the client only saw a gateway error.
    QCOMPARE(m_simulator->credentialsOf(username).size(), 1);
    QCOMPARE(m_simulator->credentialsOf(username).constFirst().cardNumber, u"4711"_s);
}

void TestSimFaults::hangKeepsClientWaiting()
{
    m_simulator->injectFault(UsersPath, Fault::hang());
    QSignalSpy handled(m_simulator.get(), &Simulator::requestHandled);

    QNetworkAccessManager manager;
    QNetworkRequest request(m_simulator->baseUrl().resolved(QUrl(UsersPath)));
    request.setRawHeader("Authorization", basic());
    request.setTransferTimeout(1500);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = manager.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);

    QVERIFY(handled.wait(5000));
    QCOMPARE(handled.constLast().at(2).toInt(), 0);
    QVERIFY(finished.wait(10000));
    // Only the client's own transfer timeout ended the request.
    QVERIFY2(timer.elapsed() >= 1400, QByteArray::number(timer.elapsed()).constData());
    QVERIFY2(reply->error() == QNetworkReply::OperationCanceledError ||
                 reply->error() == QNetworkReply::TimeoutError,
             qUtf8Printable(reply->errorString()));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);
    reply->deleteLater();

    QCOMPARE(m_client->get(UsersPath, basic()).status, 200);
}

void TestSimFaults::resetBreaksConnection_data()
{
    QTest::addColumn<bool>("post");
    QTest::newRow("GET users") << false;
    QTest::newRow("POST credentials") << true;
}

void TestSimFaults::resetBreaksConnection()
{
    QFETCH(bool, post);
    const QString path = post ? CredentialsPath : UsersPath;
    const QString username = m_simulator->directory().users.at(0).email;
    const QByteArray bearer = TestClient::bearer(m_client->hmacToken(u"key"_s, u"secret"_s));
    // QNetworkAccessManager silently resends a request whose connection closed before any
    // response byte, POST included, so one reset may not reach the caller. Five resets exhaust
    // its retries.
    m_simulator->injectFault(path, Fault::reset(), 5);
    const TestReply reply =
        post ? m_client->post(path, pushBody(username, u"u-1"_s), bearer) : m_client->get(path, basic());
    QVERIFY(reply.finished);
    QCOMPARE(reply.status, 0);
    QCOMPARE(reply.error, QNetworkReply::RemoteHostClosedError);
    const int attempts = m_simulator->requestCount(path);
    qInfo("QNetworkAccessManager sent the request %d times before reporting the reset", attempts);
    QVERIFY(attempts >= 1);
    QVERIFY(attempts < 5);
    if (post)
        QCOMPARE(m_simulator->updateIdArrivals().value(u"u-1"_s), attempts);

    m_simulator->clearFaults();
    const TestReply after =
        post ? m_client->post(path, pushBody(username, u"u-2"_s), bearer) : m_client->get(path, basic());
    QCOMPARE(after.status, 200);
}

void TestSimFaults::delayRespondsLate()
{
    m_simulator->injectFault(UsersPath, Fault::delay(400));
    QElapsedTimer timer;
    timer.start();
    const TestReply reply = m_client->get(UsersPath, basic());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().array().size(), 10);
    QVERIFY2(timer.elapsed() >= 390, QByteArray::number(timer.elapsed()).constData());
}

void TestSimFaults::clearFaultsDropsQueue()
{
    m_simulator->injectFault(UsersPath, Fault::statusCode(500), 3);
    m_simulator->clearFaults();
    QCOMPARE(m_simulator->pendingFaultCount(UsersPath), 0);
    QCOMPARE(m_client->get(UsersPath, basic()).status, 200);
}

QTEST_GUILESS_MAIN(TestSimFaults)
#include "tst_simfaults.moc"
