// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/accesscredentialsjson.h"
#include "core/directoryjson.h"
#include "net/apiclient.h"
#include "net/connectioncheck.h"
#include "sim/simulator.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk;
using namespace CardDesk::Net;

namespace {

const QString KeyId = u"C4F1D9A2-0B7E-4E55-9A31-7D2C8E6F1A42"_s;
const QString Secret = u"loopback-secret-\u00e9-91c2"_s;
constexpr int UserCount = 40;

// Every log line of the test run, checked at the end for leaked secrets and tokens.
QStringList g_logLines;
QMutex g_logMutex;
QtMessageHandler g_previousHandler = nullptr;

// The simulator logs in the same process; its lines are its own concern and are left out.
void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!QByteArrayView(context.category ? context.category : "").startsWith("carddesk.sim")) {
        QMutexLocker locker(&g_logMutex);
        g_logLines.append(message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

Core::CredentialUpdate updateFor(const QString &username, const QString &updateId, const QString &cardNumber)
{
    Core::Credential card;
    card.credentialType = u"Mifare"_s;
    card.cardNumber = cardNumber;
    card.facilityCode = u"100"_s;
    card.scanData = {u"100:"_s + cardNumber};
    return Core::CredentialUpdate{updateId, username, {card}};
}

bool waitFinished(ApiReply *reply, int timeoutMs = 15'000)
{
    if (reply->isFinished())
        QCoreApplication::processEvents();
    QSignalSpy spy(reply, &ApiReply::finished);
    return reply->isFinished() || spy.wait(timeoutMs);
}

} // namespace

class TestApiClientSim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void hmacSignInFetchesUsers();
    void clientSecretSignIn();
    void basicFetchesUsers();
    void pushStoresCardsAndResults();
    void expiredTokenRenewed();
    void concurrentExpiryOneRenewal();
    void concurrent401sOneRenewal();
    void persistent401RetriedOnce();
    void wrongSecretSignInNeededOnce();
    void clockSkewNamedInAuthError();
    void hangingPushTimesOut();
    void resetResentByQt();
    void repeatedResetMayHaveArrived();
    void resetMidBodyNeverSucceeds();
    void connectionCheckPasses();
    void connectionCheckNamesRoles();
    void logsContainNoSecrets();

private:
    void startSimulator(qint64 tokenLifetimeSeconds = 3600, qint64 clockOffsetSeconds = 0);
    std::unique_ptr<ApiClient> makeClient(AuthMode mode, const QString &secret = Secret);

    QNetworkAccessManager m_network;
    std::unique_ptr<Sim::Simulator> m_simulator;
};

void TestApiClientSim::initTestCase()
{
    // Debug lines carry headers and bodies, the likeliest place for a leak, so they are captured too.
    QLoggingCategory::setFilterRules(u"carddesk.*.debug=true"_s);
    g_previousHandler = qInstallMessageHandler(captureMessage);
}

void TestApiClientSim::cleanup()
{
    m_simulator.reset();
}

void TestApiClientSim::startSimulator(qint64 tokenLifetimeSeconds, qint64 clockOffsetSeconds)
{
    Sim::SimulatorOptions options;
    options.userCount = UserCount;
    options.seed = 11;
    options.apiKeyId = KeyId;
    options.apiSecret = Secret;
    options.tokenLifetimeSeconds = tokenLifetimeSeconds;
    options.clockOffsetSeconds = clockOffsetSeconds;
    m_simulator = std::make_unique<Sim::Simulator>(options);
    QString error;
    QVERIFY2(m_simulator->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
}

std::unique_ptr<ApiClient> TestApiClientSim::makeClient(AuthMode mode, const QString &secret)
{
    Profile profile = Profile::create(u"Simulator"_s);
    profile.baseUrl = m_simulator->baseUrl();
    profile.region = Region::Usce1;
    profile.key = ApiKeyConfig{mode, KeyId};
    return std::make_unique<ApiClient>(&m_network, profile, secret);
}

void TestApiClientSim::hmacSignInFetchesUsers()
{
    startSimulator();
    auto client = makeClient(AuthMode::HmacToken);
    ApiReply *reply = client->fetchUsers();
    QVERIFY(waitFinished(reply));
    QVERIFY2(reply->result().ok(), qPrintable(reply->result().errorText));
    const Core::DirectoryJson::UsersParse users = Core::DirectoryJson::parseUsers(reply->result().body);
    QVERIFY2(users.ok(), qPrintable(users.error));
    QCOMPARE(users.users.size(), UserCount);
    QCOMPARE(users.users, m_simulator->directory().users);

    ApiReply *locations = client->fetchLocations();
    QVERIFY(waitFinished(locations));
    QVERIFY2(locations->result().ok(), qPrintable(locations->result().errorText));
    QCOMPARE(Core::DirectoryJson::parseLocations(locations->result().body).locations.size(),
             m_simulator->directory().locations.size());
    QCOMPARE(m_simulator->requestCount(u"/v1/auth"_s), 1);
    QCOMPARE(m_simulator->requestCount(u"/v1/analytics/users"_s), 1);
}

void TestApiClientSim::clientSecretSignIn()
{
    startSimulator();
    auto client = makeClient(AuthMode::ClientSecret);
    ApiReply *reply = client->fetchLocations();
    QVERIFY(waitFinished(reply));
    QVERIFY2(reply->result().ok(), qPrintable(reply->result().errorText));
    QCOMPARE(m_simulator->requestCount(u"/v1/auth/token"_s), 1);
    QCOMPARE(m_simulator->requestCount(u"/v1/auth"_s), 0);
}

void TestApiClientSim::basicFetchesUsers()
{
    startSimulator();
    auto client = makeClient(AuthMode::Basic);
    ApiReply *reply = client->fetchUsers();
    QVERIFY(waitFinished(reply));
    QVERIFY2(reply->result().ok(), qPrintable(reply->result().errorText));
    QCOMPARE(Core::DirectoryJson::parseUsers(reply->result().body).users.size(), UserCount);
    QCOMPARE(m_simulator->requestCount(u"/v1/analytics/users/basic"_s), 1);
    QCOMPARE(m_simulator->requestCount(u"/v1/analytics/users"_s), 0);
    QCOMPARE(m_simulator->requestCount(u"/v1/auth"_s), 0);
}

void TestApiClientSim::pushStoresCardsAndResults()
{
    startSimulator();
    auto client = makeClient(AuthMode::HmacToken);
    const QString username = m_simulator->directory().users.constFirst().credentialUsername();
    const QList<Core::CredentialUpdate> updates = {
        updateFor(username, u"6F1C2E0A-0001-4000-8000-000000000001"_s, u"0004711"_s),
        updateFor(u"nobody@nowhere.invalid"_s, u"6F1C2E0A-0002-4000-8000-000000000002"_s, u"0004712"_s),
    };
    ApiReply *reply = client->pushCredentials(updates);
    QVERIFY(waitFinished(reply));
    const ApiResult &result = reply->result();
    QVERIFY2(result.ok(), qPrintable(result.errorText));
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.delivery, Delivery::Received);

    const auto parsed = Core::AccessCredentialsJson::parseResponse(
        result.body, {updates.at(0).updateId, updates.at(1).updateId});
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.results.size(), 2);
    QCOMPARE(parsed.results.at(0).code, Core::ResultCode::Ok);
    QCOMPARE(parsed.results.at(1).code, Core::ResultCode::UserNotFound);

    const QList<Core::Credential> stored = m_simulator->credentialsOf(username);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.constFirst().cardNumber, u"0004711"_s);
    QCOMPARE(m_simulator->updateIdArrivals().value(updates.at(0).updateId), 1);
    QCOMPARE(m_simulator->updateIdArrivals().value(updates.at(1).updateId), 1);
}

void TestApiClientSim::expiredTokenRenewed()
{
    startSimulator(1);
    auto client = makeClient(AuthMode::HmacToken);
    QSignalSpy renewed(client.get(), &ApiClient::tokenRenewed);
    ApiReply *first = client->fetchLocations();
    QVERIFY(waitFinished(first));
    QVERIFY2(first->result().ok(), qPrintable(first->result().errorText));
    const qint64 issuedAt = QDateTime::currentSecsSinceEpoch();

    // The token lives one second; two whole seconds later it is stale by any rounding.
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() >= issuedAt + 2, 5000);
    ApiReply *second = client->fetchLocations();
    QVERIFY(waitFinished(second));
    QVERIFY2(second->result().ok(), qPrintable(second->result().errorText));
    QCOMPARE(second->result().attempts, 1);
    QCOMPARE(m_simulator->requestCount(u"/v1/auth"_s), 2);
    QCOMPARE(renewed.size(), 2);
}

void TestApiClientSim::concurrentExpiryOneRenewal()
{
    startSimulator(1);
    auto client = makeClient(AuthMode::HmacToken);
    QVERIFY(waitFinished(client->fetchLocations()));
    QCOMPARE(m_simulator->requestCount(u"/v1/auth"_s), 1);
    const qint64 issuedAt = QDateTime::currentSecsSinceEpoch();
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() >= issuedAt + 2, 5000);

    QList<ApiReply *> replies;
    for (int i = 0; i < 25; ++i)
        replies.append(client->fetchUsers());
    for (ApiReply *reply : std::as_const(replies)) {
        QVERIFY(waitFinished(reply));
        QVERIFY2(reply->result().ok(), qPrintable(reply->result().errorText));
    }
    QCOMPARE(m_simulator->requestCount(u"/v1/auth"_s), 2);
    QCOMPARE(m_simulator->requestCount(u"/v1/analytics/users"_s), 25);
}

void TestApiClientSim::concurrent401sOneRenewal()
{
    startSimulator();
    auto client = makeClient(AuthMode::HmacToken);
    QVERIFY(waitFinished(client->fetchLocations()));
    // The server revokes every token while the client still has one it considers fresh.
    m_simulator->revokeTokens();

    QList<ApiReply *> replies;
    for (int i = 0; i < 25; ++i)
        replies.append(client->fetchUsers());
    for (ApiReply *reply : std::as_const(replies)) {
        QVERIFY(waitFinished(reply));
        QVERIFY2(reply->result().ok(), qPrintable(reply->result().errorText));
        QCOMPARE(reply->result().attempts, 2);
    }
    QCOMPARE(m_simulator->requestCount(u"/v1/auth"_s), 2);
    QCOMPARE(m_simulator->requestCount(u"/v1/analytics/users"_s), 50);
}

void TestApiClientSim::persistent401RetriedOnce()
{
    startSimulator();
    auto client = makeClient(AuthMode::HmacToken);
    QSignalSpy signInNeeded(client.get(), &ApiClient::signInNeeded);
    m_simulator->injectFault(u"/v1/analytics/users"_s, Sim::Fault::statusCode(401, R"({"message":"no"})"), 2);
    ApiReply *reply = client->fetchUsers();
    QVERIFY(waitFinished(reply));
    const ApiResult &result = reply->result();
    QCOMPARE(result.error, ErrorKind::Auth);
    QCOMPARE(result.httpStatus, 401);
    QCOMPARE(result.attempts, 2);
    QVERIFY2(result.errorText.contains(u"freshly issued token"_s), qPrintable(result.errorText));
    QCOMPARE(m_simulator->requestCount(u"/v1/auth"_s), 2);
    QCOMPARE(m_simulator->requestCount(u"/v1/analytics/users"_s), 2);
    // Signing in worked both times, so this is not a sign-in problem.
    QCOMPARE(signInNeeded.size(), 0);
}

void TestApiClientSim::wrongSecretSignInNeededOnce()
{
    startSimulator();
    auto client = makeClient(AuthMode::HmacToken, u"not-the-secret"_s);
    QSignalSpy signInNeeded(client.get(), &ApiClient::signInNeeded);
    QList<ApiReply *> replies = {client->fetchUsers(), client->fetchLocations(),
                                 client->pushCredentials({updateFor(u"a@example.com"_s, u"U-1"_s, u"1"_s)})};
    for (ApiReply *reply : std::as_const(replies)) {
        QVERIFY(waitFinished(reply));
        QCOMPARE(reply->result().error, ErrorKind::Auth);
        QCOMPARE(reply->result().delivery, Delivery::NotSent);
        QVERIFY2(reply->result().errorText.contains(KeyId), qPrintable(reply->result().errorText));
    }
    QCOMPARE(signInNeeded.size(), 1);
    QVERIFY(client->needsSignIn());

    // Later requests fail at once without contacting the server again.
    ApiReply *later = client->fetchUsers();
    QVERIFY(waitFinished(later));
    QCOMPARE(later->result().error, ErrorKind::Auth);
    QCOMPARE(m_simulator->requestCount(u"/v1/auth"_s), 1);
    QCOMPARE(signInNeeded.size(), 1);
    QCOMPARE(m_simulator->requestCount(u"/v1/access-credentials"_s), 0);

    client->setSecret(Secret);
    QVERIFY(!client->needsSignIn());
    ApiReply *fixed = client->fetchUsers();
    QVERIFY(waitFinished(fixed));
    QVERIFY2(fixed->result().ok(), qPrintable(fixed->result().errorText));
    QCOMPARE(m_simulator->requestCount(u"/v1/auth"_s), 2);
}

void TestApiClientSim::clockSkewNamedInAuthError()
{
    // The server clock runs 10 minutes ahead, twice the tolerance of its HMAC timestamp check.
    startSimulator(3600, 600);
    auto client = makeClient(AuthMode::HmacToken);
    QSignalSpy skew(client.get(), &ApiClient::clockSkewDetected);
    QSignalSpy signInNeeded(client.get(), &ApiClient::signInNeeded);
    ApiReply *reply = client->fetchUsers();
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->result().error, ErrorKind::Auth);
    QCOMPARE(skew.size(), 1);
    const qint64 seconds = skew.constFirst().constFirst().toLongLong();
    QVERIFY2(seconds >= 595 && seconds <= 605, QByteArray::number(seconds).constData());
    const QString text = reply->result().errorText;
    QVERIFY2(text.contains(u"clock"_s), qPrintable(text));
    QVERIFY2(text.contains(QString::number(seconds)), qPrintable(text));
    QCOMPARE(signInNeeded.size(), 1);
    QVERIFY(signInNeeded.constFirst().constFirst().toString().contains(u"clock"_s));
}

void TestApiClientSim::hangingPushTimesOut()
{
    startSimulator();
    auto client = makeClient(AuthMode::HmacToken);
    client->setTransferTimeout(500);
    m_simulator->injectFault(u"/v1/access-credentials"_s, Sim::Fault::hang());
    const Core::CredentialUpdate update =
        updateFor(m_simulator->directory().users.constFirst().credentialUsername(),
                  u"6F1C2E0A-0003-4000-8000-000000000003"_s, u"0004713"_s);
    ApiReply *reply = client->pushCredentials({update});
    QVERIFY(waitFinished(reply));
    const ApiResult &result = reply->result();
    QCOMPARE(result.error, ErrorKind::Timeout);
    QCOMPARE(result.delivery, Delivery::Unknown);
    QVERIFY(result.mayHaveReachedServer());
    QVERIFY2(result.errorText.contains(u"outcome is unknown"_s), qPrintable(result.errorText));
    // The server did receive the body, which is why the client must not call it failed.
    QCOMPARE(m_simulator->updateIdArrivals().value(update.updateId), 1);
}

void TestApiClientSim::resetResentByQt()
{
    startSimulator();
    auto client = makeClient(AuthMode::HmacToken);
    m_simulator->injectFault(u"/v1/access-credentials"_s, Sim::Fault::reset());
    ApiReply *reply = client->pushCredentials({updateFor(
        m_simulator->directory().users.constFirst().credentialUsername(), u"U-R1"_s, u"0004714"_s)});
    QVERIFY(waitFinished(reply));
    // Qt's HTTP stack (6.4) resends a request, POST included, when the server closes the connection
    // before responding. The same body and updateId arrive twice, and the client sees the second response.
    QVERIFY2(reply->result().ok(), qPrintable(reply->result().errorText));
    QCOMPARE(reply->result().attempts, 1);
    QCOMPARE(m_simulator->updateIdArrivals().value(u"U-R1"_s), 2);
}

void TestApiClientSim::repeatedResetMayHaveArrived()
{
    startSimulator();
    auto client = makeClient(AuthMode::HmacToken);
    m_simulator->injectFault(u"/v1/access-credentials"_s, Sim::Fault::reset(), 10);
    ApiReply *reply = client->pushCredentials({updateFor(
        m_simulator->directory().users.constFirst().credentialUsername(), u"U-R2"_s, u"0004715"_s)});
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->result().error, ErrorKind::Network);
    QCOMPARE(reply->result().delivery, Delivery::Unknown);
    QVERIFY2(reply->result().errorText.contains(u"/v1/access-credentials"_s),
             qPrintable(reply->result().errorText));
    const int arrivals = m_simulator->updateIdArrivals().value(u"U-R2"_s);
    qInfo() << "a push reset every time arrived" << arrivals << "times";
    QVERIFY(arrivals >= 1);
}

void TestApiClientSim::resetMidBodyNeverSucceeds()
{
    // Qt 6.4 finishes some of these replies without an error and with half the body, so the
    // request runs several times. Each one ends in a network error, or in success with the whole
    // body when Qt sent the request again by itself.
    startSimulator();
    auto client = makeClient(AuthMode::Basic);
    const QString path = u"/v1/analytics/users/basic"_s;
    int errors = 0;
    for (int round = 0; round < 8; ++round) {
        m_simulator->injectFault(path, Sim::Fault::resetMidResponse());
        ApiReply *reply = client->fetchUsers();
        QVERIFY(waitFinished(reply));
        const ApiResult &result = reply->result();
        if (result.ok()) {
            QCOMPARE(Core::DirectoryJson::parseUsers(result.body).users.size(), UserCount);
            continue;
        }
        ++errors;
        QCOMPARE(result.error, ErrorKind::Network);
        QVERIFY(result.mayHaveReachedServer());
        QVERIFY2(result.errorText.contains(path), qPrintable(result.errorText));
    }
    qInfo("%d of 8 replies broken off in the middle ended in an error", errors);
    QVERIFY(errors > 0);
}

void TestApiClientSim::connectionCheckPasses()
{
    startSimulator();
    auto client = makeClient(AuthMode::HmacToken);
    ConnectionCheck *check = client->checkConnection();
    QSignalSpy finished(check, &ConnectionCheck::finished);
    QVERIFY(finished.wait(15'000));
    QVERIFY2(check->ok(), qPrintable(check->summary()));
    QCOMPARE(check->locationCount(), int(m_simulator->directory().locations.size()));
    QVERIFY2(check->summary().contains(QString::number(check->locationCount())),
             qPrintable(check->summary()));
    QVERIFY(check->summary().contains(u"\"Submitting Events\""_s));
    QCOMPARE(m_simulator->requestCount(u"/v1/auth"_s), 1);
}

void TestApiClientSim::connectionCheckNamesRoles()
{
    startSimulator();
    auto client = makeClient(AuthMode::ClientSecret);
    m_simulator->injectFault(u"/v1/analytics/locations"_s,
                             Sim::Fault::statusCode(403, R"({"message":"Forbidden"})"));
    ConnectionCheck *check = client->checkConnection();
    QSignalSpy finished(check, &ConnectionCheck::finished);
    QVERIFY(finished.wait(15'000));
    QVERIFY(!check->ok());
    QCOMPARE(check->result().httpStatus, 403);
    QVERIFY2(check->summary().contains(u"Sign-in worked"_s), qPrintable(check->summary()));
    QVERIFY(check->summary().contains(u"\"Data Warehouse\""_s));
    QVERIFY(check->summary().contains(u"\"All permissions\""_s));
}

void TestApiClientSim::logsContainNoSecrets()
{
    QMutexLocker locker(&g_logMutex);
    QVERIFY2(g_logLines.size() > 50, "too few log lines were captured for the check to mean anything");
    const QString basicCredential = QString::fromLatin1(QString(KeyId + u':' + Secret).toUtf8().toBase64());
    static const QRegularExpression bearerValue(u"Bearer (?!\\[redacted\\])\\S"_s);
    static const QRegularExpression tokenField(
        u"\"(token|access_token|hash|client_secret)\"\\s*:\\s*\"(?!\\[redacted\\])"_s);
    for (const QString &line : std::as_const(g_logLines)) {
        QVERIFY2(!line.contains(Secret), qPrintable(line));
        QVERIFY2(!line.contains(basicCredential), qPrintable(line));
        QVERIFY2(!bearerValue.match(line).hasMatch(), qPrintable(line));
        QVERIFY2(!tokenField.match(line).hasMatch(), qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(TestApiClientSim)
#include "tst_apiclientsim.moc"
