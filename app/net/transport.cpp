// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport.h"

#include "net/errortext.h"
#include "net/httpdate.h"
#include "net/redaction.h"
#include "net/tlsconfig.h"

#include <QAuthenticator>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslError>
#endif

#include <cstdlib>

Q_LOGGING_CATEGORY(lcTransport, "carddesk.net.transport", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace CardDesk::Net {

namespace {

const char TlsErrorsProperty[] = "carddeskTlsErrors";
const char LocalErrorProperty[] = "carddeskLocalError";

// A reply for a request that is never sent because the profile's settings cannot be used. It fails
// from the event loop, like a real reply, so callers see one code path.
class LocalErrorReply final : public QNetworkReply
{
public:
    LocalErrorReply(const QNetworkRequest &request, const QString &message, QObject *parent)
        : QNetworkReply(parent)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(QNetworkAccessManager::CustomOperation);
        setProperty(LocalErrorProperty, message);
        setError(QNetworkReply::ProtocolInvalidOperationError, message);
        QMetaObject::invokeMethod(
            this,
            [this] {
                setFinished(true);
                Q_EMIT errorOccurred(error());
                Q_EMIT finished();
            },
            Qt::QueuedConnection);
    }

    void abort() override {}

protected:
    qint64 readData(char *, qint64) override { return -1; }
};

// Errors raised before any byte of the request can have left the PC.
bool failedBeforeSending(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return true;
    default:
        return false;
    }
}

#if QT_CONFIG(ssl)
QString describeTlsError(const QSslError &error)
{
    const QSslCertificate certificate = error.certificate();
    if (certificate.isNull())
        return error.errorString();
    return QString(error.errorString() + u" (certificate subject \""_s + certificate.subjectDisplayName() +
                   u"\", issuer \""_s + certificate.issuerDisplayName() + u"\", valid "_s +
                   certificate.effectiveDate().toUTC().toString(Qt::ISODate) + u" to "_s +
                   certificate.expiryDate().toUTC().toString(Qt::ISODate) + u", SHA-256 "_s +
                   QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':')) + u')');
}
#endif

// Returns the Content-Length of a response whose body arrived shorter, or nothing. A compressed
// body is skipped, because Qt decompresses it and Content-Length counts the compressed bytes.
std::optional<qint64> truncatedBodyLength(const QNetworkReply *reply, const QByteArray &body)
{
    const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "identity")
        return std::nullopt;
    bool ok = false;
    const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    if (!ok || announced <= body.size())
        return std::nullopt;
    return announced;
}
} // namespace

Transport::Transport(QNetworkAccessManager *networkAccessManager, const Profile &profile, QObject *parent)
    : QObject(parent)
    , m_profileId(profile.id)
    , m_baseUrl(normalizedBaseUrl(profile.baseUrl))
    , m_caBundlePath(profile.network.caBundlePath)
    , m_http2Enabled(profile.network.http2Enabled)
    , m_region(regionToWire(profile.region).toLatin1())
    , m_transferTimeoutMs(profile.network.transferTimeoutMs)
{
    Q_ASSERT(networkAccessManager);
    TlsConfig::logBackendOnce();
    applyNetworkSettings(networkAccessManager, profile.network);
    connect(m_networkAccessManager, &QNetworkAccessManager::proxyAuthenticationRequired, this,
            &Transport::onProxyAuthenticationRequired);
}

Transport::~Transport() = default;

void Transport::applyNetworkSettings(QNetworkAccessManager *shared, const NetworkSettings &network)
{
    if (network.proxy.mode == ProxyMode::System && network.caBundlePath.isEmpty()) {
        m_networkAccessManager = shared;
    } else {
        // QNetworkAccessManager has one proxy for all its requests, and it reuses an encrypted
        // connection for any later request to the same host and port whatever that request's CA
        // list. So a profile with a proxy or a CA bundle of its own gets its own manager, and
        // profiles without a bundle never reuse a connection the bundle made trusted.
        m_networkAccessManager = new QNetworkAccessManager(this);
        if (network.proxy.mode == ProxyMode::System) {
            m_networkAccessManager->setProxy(QNetworkProxy::DefaultProxy);
        } else if (network.proxy.mode == ProxyMode::None) {
            m_networkAccessManager->setProxy(QNetworkProxy::NoProxy);
        } else {
            // The user name goes into the QAuthenticator when the proxy asks, so the proxy object
            // carries none: Qt would otherwise try the name with an empty password on its own.
            m_networkAccessManager->setProxy(
                QNetworkProxy(QNetworkProxy::HttpProxy, network.proxy.host.trimmed(), network.proxy.port));
        }
        if (network.proxy.mode != ProxyMode::System)
            qCInfo(lcTransport).noquote()
                << "profile" << m_profileId << "uses proxy mode" << proxyModeToName(network.proxy.mode)
                << network.proxy.host << network.proxy.port;
    }
    if (!network.caBundlePath.isEmpty()) {
        const TlsConfig::CaBundle bundle = TlsConfig::loadCaBundle(network.caBundlePath);
        if (bundle.ok()) {
            m_sslConfiguration = TlsConfig::configurationWith(bundle.certificates);
        } else {
            m_configurationError = bundle.error;
            qCWarning(lcTransport).noquote()
                << "profile" << m_profileId << "cannot send requests:" << bundle.error;
        }
    }
    if (!network.http2Enabled)
        qCInfo(lcTransport).noquote() << "profile" << m_profileId << "has HTTP/2 turned off";
}

QString Transport::newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QUrl Transport::urlFor(const QString &path) const
{
    QUrl url = m_baseUrl;
    url.setPath(QString(m_baseUrl.path() + path));
    return url;
}

QNetworkReply *Transport::send(const QByteArray &method, const QString &path, const QByteArray &body,
                               const QByteArray &authorization, const QString &requestId, int attempt)
{
    QNetworkRequest request(urlFor(path));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("x-calven-region", m_region);
    request.setRawHeader("correlationId", requestId.toLatin1());
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("CardDesk/" CARDDESK_VERSION_STRING));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    if (method != "GET")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setTransferTimeout(m_transferTimeoutMs);
    // Same scheme, host and port only: a redirect can never carry the Authorization header to another
    // host or downgrade https to http.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, m_http2Enabled);
    if (m_sslConfiguration)
        request.setSslConfiguration(*m_sslConfiguration);

    if (!m_configurationError.isEmpty()) {
        qCWarning(lcTransport).noquote() << "request" << requestId << "not sent:" << m_configurationError;
        auto *reply = new LocalErrorReply(request, m_configurationError, this);
        connect(reply, &QNetworkReply::finished, this,
                [this, reply, requestId] { observeFinished(reply, requestId, 0); });
        return reply;
    }

    qCInfo(lcTransport).noquote() << "request" << requestId << "sending" << QString::fromLatin1(method)
                                  << Redaction::redactUrl(request.url()).toDisplayString() << "attempt"
                                  << attempt;
    if (lcTransport().isDebugEnabled()) {
        Redaction::HeaderList headers;
        for (const QByteArray &name : request.rawHeaderList())
            headers.append({name, request.rawHeader(name)});
        qCDebug(lcTransport).noquote()
            << "request" << requestId << "headers:" << scrub(Redaction::formatHeaders(headers));
        if (!body.isEmpty())
            qCDebug(lcTransport).noquote()
                << "request" << requestId
                << "body:" << scrub(QString::fromUtf8(Redaction::redactBodyForLog(body)));
    }

    QNetworkReply *reply = method == "GET" ? m_networkAccessManager->get(request)
                                           : m_networkAccessManager->sendCustomRequest(request, method, body);
#if QT_CONFIG(ssl)
    connect(reply, &QNetworkReply::sslErrors, this,
            [this, reply](const QList<QSslError> &errors) { recordTlsErrors(reply, errors); });
#endif
    QElapsedTimer timer;
    timer.start();
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, requestId, timer] { observeFinished(reply, requestId, timer.elapsed()); });
    return reply;
}

void Transport::recordTlsErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    QStringList details = reply->property(TlsErrorsProperty).toStringList();
    for (const QSslError &error : errors)
        details.append(describeTlsError(error));
    reply->setProperty(TlsErrorsProperty, details);
    TlsFailure &failure = m_tlsFailures[reply];
    failure.errors += errors;
    failure.peerCertificateChain = reply->sslConfiguration().peerCertificateChain();
}

void Transport::reportTlsFailure(QNetworkReply *reply, const QString &requestId)
{
    TlsFailure failure = m_tlsFailures.take(reply);
    const QStringList details = reply->property(TlsErrorsProperty).toStringList();
    if (details.isEmpty() && reply->error() != QNetworkReply::SslHandshakeFailedError)
        return;
    failure.profileId = m_profileId;
    failure.requestId = requestId;
    failure.url = reply->request().url();
    failure.caBundlePath = m_caBundlePath;
    if (failure.peerCertificateChain.isEmpty())
        failure.peerCertificateChain = reply->sslConfiguration().peerCertificateChain();
    failure.message = ErrorText::tls(failure.url, details, reply->errorString(), m_caBundlePath);
    Q_EMIT tlsErrorsOccurred(failure);
}

void Transport::onProxyAuthenticationRequired(const QNetworkProxy &proxy, QAuthenticator *authenticator)
{
    // Qt asks again only when the credentials it cached were rejected, so a second request for the
    // same credentials means the proxy rejected them.
    if (!m_proxyUserName.isEmpty() && !m_proxyPassword.isEmpty() && !m_proxyCredentialsTried) {
        authenticator->setUser(m_proxyUserName);
        authenticator->setPassword(m_proxyPassword);
        m_proxyCredentialsTried = true;
        qCInfo(lcTransport).noquote() << "profile" << m_profileId << "sent proxy credentials of user"
                                      << m_proxyUserName << "to" << proxy.hostName() << proxy.port();
        return;
    }
    qCWarning(lcTransport).noquote() << "profile" << m_profileId << "proxy" << proxy.hostName()
                                     << proxy.port()
                                     << (m_proxyCredentialsTried ? "rejected the credentials of user"
                                                                 : "needs credentials; user")
                                     << m_proxyUserName;
    if (m_proxyRequestPending)
        return;
    m_proxyRequestPending = true;
    const ProxyCredentialsRequest request{m_profileId, proxy.hostName(), proxy.port(), m_proxyUserName,
                                          m_proxyCredentialsTried};
    // Queued, because the signal fires inside Qt's network code, where no dialog may open.
    QMetaObject::invokeMethod(
        this, [this, request] { Q_EMIT proxyCredentialsNeeded(request); }, Qt::QueuedConnection);
}

void Transport::observeFinished(QNetworkReply *reply, const QString &requestId, qint64 elapsedMs)
{
    checkClockSkew(reply);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->peek(reply->bytesAvailable()) : QByteArray();
    if (reply->error() == QNetworkReply::NoError) {
        qCInfo(lcTransport).noquote() << "request" << requestId << "finished: HTTP" << status << body.size()
                                      << "bytes in" << elapsedMs << "ms";
    } else {
        qCWarning(lcTransport).noquote()
            << "request" << requestId << "failed: HTTP" << status << "error" << int(reply->error())
            << scrub(Redaction::redactText(reply->errorString())) << "after" << elapsedMs << "ms";
    }
    const QStringList tlsErrors = reply->property(TlsErrorsProperty).toStringList();
    for (const QString &tlsError : tlsErrors)
        qCWarning(lcTransport).noquote() << "request" << requestId << "TLS error:" << tlsError;
    if (!reply->property(LocalErrorProperty).isValid())
        reportTlsFailure(reply, requestId);
    if (!body.isEmpty())
        qCDebug(lcTransport).noquote()
            << "request" << requestId
            << "response body:" << scrub(QString::fromUtf8(Redaction::redactBodyForLog(body)));
}

void Transport::checkClockSkew(QNetworkReply *reply)
{
    const std::optional<QDateTime> serverDate = parseHttpDate(reply->rawHeader("Date"));
    if (!serverDate)
        return;
    const qint64 skew = serverDate->toSecsSinceEpoch() - nowSeconds();
    if (std::llabs(skew) <= ClockSkewToleranceSeconds) {
        m_clockSkew.reset();
        m_reportedClockSkew.reset();
        return;
    }
    m_clockSkew = skew;
    if (m_reportedClockSkew && std::llabs(*m_reportedClockSkew - skew) <= ClockSkewToleranceSeconds)
        return;
    m_reportedClockSkew = skew;
    qCWarning(lcTransport) << "the PC clock differs from the server's Date header by" << skew
                           << "s (server minus PC); HMAC sign-in may fail";
    Q_EMIT clockSkewDetected(skew);
}

qint64 Transport::nowSeconds() const
{
    return m_clock ? m_clock() : QDateTime::currentSecsSinceEpoch();
}

qint64 Transport::serverNowSeconds(QNetworkReply *reply) const
{
    if (const std::optional<QDateTime> serverDate = parseHttpDate(reply->rawHeader("Date")))
        return serverDate->toSecsSinceEpoch();
    return nowSeconds();
}

ApiResult Transport::resultFor(QNetworkReply *reply, ApiResult base, bool abortRequested,
                               bool describeDelivery) const
{
    ApiResult result = std::move(base);
    result.url = reply->request().url();
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen()) // An aborted reply is closed and has no body.
        result.body = reply->readAll();
    result.tlsErrors = reply->property(TlsErrorsProperty).toStringList();
    const QNetworkReply::NetworkError error = reply->error();
    if (result.httpStatus > 0)
        result.delivery = Delivery::Received;
    else
        result.delivery = failedBeforeSending(error) ? Delivery::NotSent : Delivery::Unknown;

    const std::optional<Delivery> deliveryForText =
        describeDelivery ? std::optional<Delivery>(result.delivery) : std::nullopt;
    if (const QVariant localError = reply->property(LocalErrorProperty); localError.isValid()) {
        result.error = ErrorKind::Tls;
        result.delivery = Delivery::NotSent;
        result.errorText = localError.toString();
    } else if (abortRequested) {
        result.error = ErrorKind::Cancelled;
        result.errorText = ErrorText::cancelled(result.method, result.url, deliveryForText);
    } else if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
        // Only the transfer timeout aborts a reply without setting abortRequested.
        result.error = ErrorKind::Timeout;
        result.errorText =
            ErrorText::timeout(result.method, result.url, m_transferTimeoutMs, deliveryForText);
    } else if (error == QNetworkReply::SslHandshakeFailedError || !result.tlsErrors.isEmpty()) {
        result.error = ErrorKind::Tls;
        result.delivery = Delivery::NotSent;
        result.errorText = ErrorText::tls(result.url, result.tlsErrors, reply->errorString(), m_caBundlePath);
    } else if (error == QNetworkReply::ProxyAuthenticationRequiredError) {
        result.error = ErrorKind::Network;
        result.delivery = Delivery::NotSent;
        result.errorText = ErrorText::proxyAuthenticationRequired(result.method, result.url, m_proxyUserName);
    } else if (error == QNetworkReply::InsecureRedirectError ||
               error == QNetworkReply::TooManyRedirectsError) {
        result.error = ErrorKind::Network;
        result.errorText = ErrorText::refusedRedirect(result.method, result.url, reply->errorString());
    } else if (result.httpStatus >= 400) {
        result.error = ErrorKind::Http;
        const QString reason =
            QString::fromUtf8(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
        result.errorText = ErrorText::http(result.method, result.url, result.httpStatus, reason,
                                           ErrorText::bodyExcerpt(result.body));
    } else if (error != QNetworkReply::NoError) {
        result.error = ErrorKind::Network;
        result.errorText = ErrorText::network(result.method, result.url, reply->errorString());
    } else if (result.httpStatus < 200 || result.httpStatus >= 300) {
        result.error = ErrorKind::Http;
        result.errorText = ErrorText::http(result.method, result.url, result.httpStatus, {},
                                           ErrorText::bodyExcerpt(result.body));
    } else if (const std::optional<qint64> announced = truncatedBodyLength(reply, result.body)) {
        // Qt 6.4 sometimes finishes a reply without an error when the connection breaks in the
        // middle of the body, so a short body is checked against Content-Length here.
        result.error = ErrorKind::Network;
        result.errorText = ErrorText::network(
            result.method, result.url,
            tr("the connection closed after %1 of the %2 response bytes the server announced")
                .arg(result.body.size())
                .arg(*announced));
    }
    return result;
}

void Transport::setSecretValues(const QList<QByteArray> &values)
{
    m_secretValues = values;
}

void Transport::addTokenValue(const QString &token)
{
    // Bounded, because a long session renews its token many times and only recent ones can appear.
    constexpr qsizetype MaxTokens = 8;
    if (token.isEmpty())
        return;
    m_tokenValues.append(token.toUtf8());
    while (m_tokenValues.size() > MaxTokens)
        m_tokenValues.removeFirst();
}

void Transport::setProxyCredentials(const QString &userName, const QString &password)
{
    const bool changed = userName != m_proxyUserName || password != m_proxyPassword;
    m_proxyUserName = userName;
    m_proxyPassword = password;
    m_proxyCredentialsTried = false;
    m_proxyRequestPending = false;
    // Qt keeps credentials that worked; clearing the cache makes the next request use the new ones.
    if (changed && !password.isEmpty())
        m_networkAccessManager->clearAccessCache();
}

QString Transport::scrub(const QString &text) const
{
    return QString::fromUtf8(Redaction::scrubValues(text.toUtf8(), m_secretValues + m_tokenValues));
}

} // namespace CardDesk::Net
