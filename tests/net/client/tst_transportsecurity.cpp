// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakehttpserver.h"
#include "testcertificates.h"

#include "net/apiclient.h"
#include "net/systemproxy.h"
#include "sim/secondarylistener.h"
#include "sim/simulator.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk;
using namespace CardDesk::Net;

namespace {

const QString KeyId = u"7B0C2E51-3D4A-4F6B-8C9D-0E1F2A3B4C5D"_s;
const QString Secret = u"transport-security-secret-4e1f"_s;

bool waitFinished(ApiReply *reply, int timeoutMs = 15'000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy finished(reply, &ApiReply::finished);
    return finished.wait(timeoutMs);
}

} // namespace

class TestTransportSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void untrustedCertificateRejected();
    void caBundleTrustsServer();
    void caBundleProblemsNamed_data();
    void caBundleProblemsNamed();
    void crossOriginRedirectRefused();
    void httpsToHttpRedirectRefused();
    void proxyCredentialsRequested();
    void noProxyModeIgnoresApplicationProxy();
    void systemModeUsesEnvironmentProxy();
    void profileSettingsOnRequest();

private:
    std::unique_ptr<Sim::Simulator> startSimulator(bool tls);
    std::unique_ptr<ApiClient> makeClient(const QUrl &baseUrl, const NetworkSettings &network,
                                          AuthMode mode = AuthMode::HmacToken);
    QString writeFile(const QString &name, const QByteArray &content);

    QTemporaryDir m_dir;
    TestCertificates m_certificates;
    QNetworkAccessManager m_network;
};

void TestTransportSecurity::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_certificates = TestCertificates::generate(m_dir.path());
    QVERIFY2(m_certificates.ok(), qPrintable(m_certificates.error));
}

std::unique_ptr<Sim::Simulator> TestTransportSecurity::startSimulator(bool tls)
{
    Sim::SimulatorOptions options;
    options.userCount = 20;
    options.apiKeyId = KeyId;
    options.apiSecret = Secret;
    if (tls) {
        options.tlsCertificatePath = m_certificates.serverCertificate;
        options.tlsPrivateKeyPath = m_certificates.serverKey;
    }
    auto simulator = std::make_unique<Sim::Simulator>(options);
    QString error;
    if (!simulator->listen(QHostAddress::LocalHost, 0, &error))
        qWarning() << "simulator did not start:" << error;
    return simulator;
}

std::unique_ptr<ApiClient> TestTransportSecurity::makeClient(const QUrl &baseUrl,
                                                             const NetworkSettings &network, AuthMode mode)
{
    Profile profile = Profile::create(u"Transport security"_s);
    profile.baseUrl = baseUrl;
    profile.key = ApiKeyConfig{mode, KeyId};
    profile.network = network;
    return std::make_unique<ApiClient>(&m_network, profile, Secret);
}

QString TestTransportSecurity::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qWarning() << "cannot write" << path;
    return path;
}

void TestTransportSecurity::untrustedCertificateRejected()
{
    const auto simulator = startSimulator(true);
    QCOMPARE(simulator->baseUrl().scheme(), u"https"_s);
    const auto client = makeClient(simulator->baseUrl(), {});
    QSignalSpy tlsFailures(client.get(), &ApiClient::tlsErrorsOccurred);

    ApiReply *reply = client->fetchLocations();
    QVERIFY(waitFinished(reply));
    const ApiResult &result = reply->result();
    QCOMPARE(result.error, ErrorKind::Tls);
    QCOMPARE(result.delivery, Delivery::NotSent);
    QVERIFY2(result.errorText.contains(u"CA bundle"_s), qPrintable(result.errorText));
    QVERIFY2(result.errorText.contains(u"127.0.0.1"_s), qPrintable(result.errorText));
    // The handshake failed, so no HTTP request reached the server.
    QCOMPARE(simulator->requestCount(u"/v1/auth"_s), 0);
    QCOMPARE(simulator->requestCount(u"/v1/analytics/locations"_s), 0);

    QTRY_COMPARE(tlsFailures.size(), 1);
    const auto failure = tlsFailures.at(0).at(0).value<TlsFailure>();
    QCOMPARE(failure.profileId, client->profile().id);
    QCOMPARE(failure.url.path(), u"/v1/auth"_s);
    QVERIFY(!failure.errors.isEmpty());
    QVERIFY(!failure.peerCertificateChain.isEmpty());
    QCOMPARE(failure.peerCertificateChain.first().subjectInfo(QSslCertificate::CommonName).value(0),
             u"127.0.0.1"_s);
    QVERIFY(failure.caBundlePath.isEmpty());
    QVERIFY2(failure.message.contains(u"SHA-256"_s), qPrintable(failure.message));
}

void TestTransportSecurity::caBundleTrustsServer()
{
    const auto simulator = startSimulator(true);
    NetworkSettings network;
    network.caBundlePath = m_certificates.caCertificate;
    const auto client = makeClient(simulator->baseUrl(), network);
    QSignalSpy tlsFailures(client.get(), &ApiClient::tlsErrorsOccurred);

    ApiReply *reply = client->fetchLocations();
    QVERIFY(waitFinished(reply));
    QVERIFY2(reply->result().ok(), qPrintable(reply->result().errorText));
    QCOMPARE(reply->result().httpStatus, 200);
    QCOMPARE(simulator->requestCount(u"/v1/analytics/locations"_s), 1);
    QVERIFY(tlsFailures.isEmpty());

    // The bundle adds trust for this profile only: another profile without it is still rejected.
    const auto other = makeClient(simulator->baseUrl(), {});
    ApiReply *rejected = other->fetchLocations();
    QVERIFY(waitFinished(rejected));
    QCOMPARE(rejected->result().error, ErrorKind::Tls);
}

void TestTransportSecurity::caBundleProblemsNamed_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expectedWord");
    QTest::newRow("missing") << m_dir.filePath(u"no-such-bundle.pem"_s) << u"does not exist"_s;
    QTest::newRow("binary") << writeFile(u"binary.der"_s, QByteArray("\x30\x82\x01\x0a\x02\x82", 6))
                            << u"DER"_s;
    QTest::newRow("key only") << m_certificates.serverKey << u"no readable certificate"_s;
}

void TestTransportSecurity::caBundleProblemsNamed()
{
    QFETCH(QString, path);
    QFETCH(QString, expectedWord);
    const auto simulator = startSimulator(true);
    NetworkSettings network;
    network.caBundlePath = path;
    const auto client = makeClient(simulator->baseUrl(), network);
    ApiReply *reply = client->fetchLocations();
    QVERIFY(waitFinished(reply));
    const ApiResult &result = reply->result();
    QCOMPARE(result.error, ErrorKind::Tls);
    QCOMPARE(result.delivery, Delivery::NotSent);
    QVERIFY2(result.errorText.contains(QFileInfo(path).fileName()), qPrintable(result.errorText));
    QVERIFY2(result.errorText.contains(expectedWord), qPrintable(result.errorText));
    QCOMPARE(simulator->requestCount(u"/v1/auth"_s), 0);
}

void TestTransportSecurity::crossOriginRedirectRefused()
{
    const auto simulator = startSimulator(false);
    QString error;
    QVERIFY2(simulator->listenSecondary(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    const Sim::SecondaryListener *secondary = simulator->secondary();
    QVERIFY(secondary->baseUrl().port() != simulator->baseUrl().port());

    simulator->injectFault(u"/v1/analytics/locations"_s, Sim::Fault::redirectToSecondary(307));
    const auto client = makeClient(simulator->baseUrl(), {});
    ApiReply *reply = client->fetchLocations();
    QVERIFY(waitFinished(reply));
    const ApiResult &result = reply->result();
    QCOMPARE(result.error, ErrorKind::Network);
    QVERIFY2(result.errorText.contains(u"redirected"_s), qPrintable(result.errorText));
    QCOMPARE(simulator->requestCount(u"/v1/analytics/locations"_s), 1);

    // The listener records what reaches it: a direct request shows up, without Authorization.
    QNetworkRequest direct(secondary->baseUrl().resolved(QUrl(u"/probe"_s)));
    QNetworkReply *probe = m_network.get(direct);
    QSignalSpy probeFinished(probe, &QNetworkReply::finished);
    QVERIFY(probeFinished.wait(10'000));
    probe->deleteLater();
    QCOMPARE(probe->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

    // The bearer token never reached the other origin.
    for (const Sim::HttpRequest &request : secondary->requests())
        QVERIFY2(!request.headers.contains("authorization"), qPrintable(request.path));
    QCOMPARE(secondary->requests().size(), 1);
    QCOMPARE(secondary->requests().at(0).path, u"/probe"_s);
}

void TestTransportSecurity::httpsToHttpRedirectRefused()
{
    const auto simulator = startSimulator(true);
    Sim::SecondaryListener plain;
    QString error;
    QVERIFY2(plain.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    QCOMPARE(plain.baseUrl().scheme(), u"http"_s);
    // Same host, plain http: a downgrade that must not be followed.
    simulator->injectFault(
        u"/v1/analytics/locations"_s,
        Sim::Fault::redirect(plain.baseUrl().resolved(QUrl(u"/v1/analytics/locations"_s)).toEncoded()));

    NetworkSettings network;
    network.caBundlePath = m_certificates.caCertificate;
    const auto client = makeClient(simulator->baseUrl(), network);
    ApiReply *reply = client->fetchLocations();
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->result().error, ErrorKind::Network);
    QVERIFY2(reply->result().errorText.contains(u"redirected"_s), qPrintable(reply->result().errorText));
    QVERIFY(plain.requests().isEmpty());
}

void TestTransportSecurity::proxyCredentialsRequested()
{
    FakeHttpServer proxy;
    QVERIFY(proxy.listen());
    const QList<std::pair<QByteArray, QByteArray>> challenge{
        {"Proxy-Authenticate", R"(Basic realm="CardDesk test proxy")"}};
    proxy.enqueue(FakeHttpServer::response(407, "Proxy Authentication Required", "{}", challenge));

    NetworkSettings network;
    network.proxy = ProxySettings{ProxyMode::Explicit, u"127.0.0.1"_s, quint16(proxy.baseUrl().port()),
                                  u"desk01"_s, false};
    // The target is never contacted directly; the proxy responds for it.
    const QUrl target(u"http://127.0.0.1:9/"_s);
    const auto client = makeClient(target, network, AuthMode::Basic);
    QSignalSpy needed(client.get(), &ApiClient::proxyCredentialsNeeded);

    ApiReply *first = client->fetchLocations();
    QVERIFY(waitFinished(first));
    QCOMPARE(first->result().error, ErrorKind::Network);
    QCOMPARE(first->result().delivery, Delivery::NotSent);
    QVERIFY2(first->result().errorText.contains(u"proxy"_s), qPrintable(first->result().errorText));
    QTRY_COMPARE(needed.size(), 1);
    const auto request = needed.at(0).at(0).value<ProxyCredentialsRequest>();
    QCOMPARE(request.proxyHost, u"127.0.0.1"_s);
    QCOMPARE(request.proxyPort, quint16(proxy.baseUrl().port()));
    QCOMPARE(request.userName, u"desk01"_s);
    QVERIFY(!request.previousRejected);
    QCOMPARE(proxy.requests().size(), 1);
    QCOMPARE(proxy.requests().at(0).path, QByteArray("http://127.0.0.1:9/v1/analytics/locations/basic"));
    QVERIFY(!proxy.requests().at(0).headers.contains("proxy-authorization"));

    // The UI supplies the password; the next request authenticates at the proxy.
    client->setProxyCredentials({}, u"proxy-pass"_s);
    proxy.enqueue(FakeHttpServer::response(407, "Proxy Authentication Required", "{}", challenge));
    proxy.enqueue(FakeHttpServer::response(200, "OK", "[]"));
    ApiReply *second = client->fetchLocations();
    QVERIFY(waitFinished(second));
    QVERIFY2(second->result().ok(), qPrintable(second->result().errorText));
    const FakeHttpServer::Request &authenticated = proxy.requests().constLast();
    QCOMPARE(authenticated.headers.value("proxy-authorization"),
             "Basic " + QByteArray("desk01:proxy-pass").toBase64());
    // The API credential goes to the target in Authorization, never in the proxy header.
    QVERIFY(authenticated.headers.value("authorization").startsWith("Basic "));
    QCOMPARE(needed.size(), 1);
}

void TestTransportSecurity::noProxyModeIgnoresApplicationProxy()
{
    // An application-wide proxy that does not exist: a profile in None mode must not use it.
    FakeHttpServer deadProxy;
    QVERIFY(deadProxy.listen());
    const auto simulator = startSimulator(false);
    QNetworkProxy::setApplicationProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, quint16(deadProxy.baseUrl().port())));
    NetworkSettings network;
    network.proxy.mode = ProxyMode::None;
    const auto client = makeClient(simulator->baseUrl(), network);
    ApiReply *reply = client->fetchLocations();
    const bool finished = waitFinished(reply);
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    QVERIFY(finished);
    QVERIFY2(reply->result().ok(), qPrintable(reply->result().errorText));
    QVERIFY(deadProxy.requests().isEmpty());
    QCOMPARE(simulator->requestCount(u"/v1/analytics/locations"_s), 1);
}

void TestTransportSecurity::systemModeUsesEnvironmentProxy()
{
    FakeHttpServer proxy;
    QVERIFY(proxy.listen());
    proxy.enqueue(FakeHttpServer::response(502, "Bad Gateway", "{}"));
    const QByteArray proxyUrl = proxy.baseUrl().toEncoded();
    qputenv("http_proxy", proxyUrl);
    qputenv("https_proxy", proxyUrl);
    qunsetenv("no_proxy");
    useSystemProxySettings();
    const auto restore = qScopeGuard([] {
        QNetworkProxyFactory::setApplicationProxyFactory(nullptr);
        qunsetenv("http_proxy");
        qunsetenv("https_proxy");
    });

    // A remote host goes through the system proxy; the fake proxy responds, so nothing leaves the PC.
    const auto remote = makeClient(QUrl(u"https://api.calven.invalid"_s), {}, AuthMode::Basic);
    ApiReply *viaProxy = remote->fetchLocations();
    QVERIFY(waitFinished(viaProxy));
    QVERIFY(!viaProxy->result().ok());
    QCOMPARE(proxy.requests().size(), 1);
    QCOMPARE(proxy.requests().at(0).method, QByteArray("CONNECT"));
    QCOMPARE(proxy.requests().at(0).path, QByteArray("api.calven.invalid:443"));

    // Loopback hosts, such as the simulator, are reached directly.
    const auto simulator = startSimulator(false);
    const auto local = makeClient(simulator->baseUrl(), {});
    ApiReply *direct = local->fetchLocations();
    QVERIFY(waitFinished(direct));
    QVERIFY2(direct->result().ok(), qPrintable(direct->result().errorText));
    QCOMPARE(proxy.requests().size(), 1);
}

void TestTransportSecurity::profileSettingsOnRequest()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(FakeHttpServer::response(200, "OK", "[]"));
    server.enqueue(FakeHttpServer::response(200, "OK", "[]"));
    Profile profile = Profile::create(u"Settings"_s);
    profile.baseUrl = server.baseUrl();
    profile.key = ApiKeyConfig{AuthMode::Basic, KeyId};
    profile.network.http2Enabled = false;
    profile.network.transferTimeoutMs = 4'500;
    Transport transport(&m_network, profile);
    QNetworkReply *off = transport.send("GET", u"/v1/analytics/locations/basic"_s, {}, {}, u"r1"_s, 1);
    QCOMPARE(off->request().attribute(QNetworkRequest::Http2AllowedAttribute).toBool(), false);
    QCOMPARE(off->request().transferTimeout(), 4'500);
    QCOMPARE(transport.transferTimeout(), 4'500);

    profile.network.http2Enabled = true;
    Transport defaults(&m_network, profile);
    QNetworkReply *on = defaults.send("GET", u"/v1/analytics/locations/basic"_s, {}, {}, u"r2"_s, 1);
    QCOMPARE(on->request().attribute(QNetworkRequest::Http2AllowedAttribute).toBool(), true);
    QTRY_VERIFY(off->isFinished() && on->isFinished());
    off->deleteLater();
    on->deleteLater();
}

QTEST_GUILESS_MAIN(TestTransportSecurity)
#include "tst_transportsecurity.moc"
