// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiclient.h"

#include "core/accesscredentialsjson.h"
#include "net/authsigning.h"
#include "net/connectioncheck.h"
#include "net/errortext.h"
#include "net/httpdate.h"
#include "net/tokensession.h"

#include <QLoggingCategory>
#include <QNetworkReply>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcApiClient, "carddesk.net.apiclient", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace CardDesk::Net {

namespace {

// Reads a Retry-After value: delta-seconds, or an HTTP-date counted from nowUtc (RFC 9110,
// section 10.2.3). Returns -1 for anything else.
int retryAfterSeconds(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : int(std::min<qint64>(seconds, std::numeric_limits<int>::max()));
    const std::optional<QDateTime> date = parseHttpDate(trimmed);
    if (!date)
        return -1;
    return int(std::clamp<qint64>(nowUtc.secsTo(*date), 0, std::numeric_limits<int>::max()));
}

} // namespace

const QString &ProfileSecrets::secretFor(const Profile &profile, KeyUse use) const
{
    return use == KeyUse::Read && profile.readKey ? read : write;
}

ApiClient::ApiClient(QNetworkAccessManager *networkAccessManager, const Profile &profile,
                     const QString &secret, QObject *parent)
    : ApiClient(networkAccessManager, profile, ProfileSecrets{secret, secret, {}}, parent)
{}

ApiClient::ApiClient(QNetworkAccessManager *networkAccessManager, const Profile &profile,
                     const ProfileSecrets &secrets, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_secrets(secrets)
    , m_transport(new Transport(networkAccessManager, profile, this))
{
    connect(m_transport, &Transport::clockSkewDetected, this, &ApiClient::clockSkewDetected);
    connect(m_transport, &Transport::tlsErrorsOccurred, this, &ApiClient::tlsErrorsOccurred);
    connect(m_transport, &Transport::proxyCredentialsNeeded, this, &ApiClient::proxyCredentialsNeeded);
    m_transport->setProxyCredentials(profile.network.proxy.userName, secrets.proxyPassword);
    m_session = createSession(KeyUse::Write);
    if (profile.readKey)
        m_readSession = createSession(KeyUse::Read);
    updateSecretValues();
}

TokenSession *ApiClient::createSession(KeyUse use)
{
    const ApiKeyConfig &key = m_profile.keyFor(use);
    if (key.authMode == AuthMode::Basic)
        return nullptr;
    auto *session = new TokenSession(m_transport, key, m_secrets.secretFor(m_profile, use), this);
    connect(session, &TokenSession::signInNeeded, this, &ApiClient::signInNeeded);
    connect(session, &TokenSession::tokenRenewed, this, &ApiClient::tokenRenewed);
    return session;
}

ApiClient::~ApiClient() = default;

ApiReply *ApiClient::fetchUsers()
{
    return start({"GET",
                  u"/v1/analytics/users"_s,
                  u"/v1/analytics/users/basic"_s,
                  {},
                  KeyUse::Read,
                  tr("reading users")});
}

ApiReply *ApiClient::fetchLocations()
{
    return start({"GET",
                  u"/v1/analytics/locations"_s,
                  u"/v1/analytics/locations/basic"_s,
                  {},
                  KeyUse::Read,
                  tr("reading locations")});
}

ApiReply *ApiClient::pushCredentials(const QList<Core::CredentialUpdate> &updates)
{
    constexpr int Maximum = Core::AccessCredentialsJson::MaxUpdatesPerRequest;
    const bool valid = !updates.isEmpty() && updates.size() <= Maximum;
    return pushCredentials(valid ? Core::AccessCredentialsJson::encodeRequest(updates) : QByteArray(),
                           updates.size());
}

ApiReply *ApiClient::pushCredentials(const QByteArray &encodedUpdates, qsizetype updateCount)
{
    ApiReply::Request request{"POST",        u"/v1/access-credentials"_s, {}, {},
                              KeyUse::Write, tr("sending card updates")};
    constexpr int Maximum = Core::AccessCredentialsJson::MaxUpdatesPerRequest;
    if (updateCount <= 0 || updateCount > Maximum) {
        auto *reply = new ApiReply(Transport::newRequestId(), std::move(request), this);
        reply->m_result.url = m_transport->urlFor(reply->m_request.path);
        finishWithError(reply, ErrorKind::InvalidRequest, ErrorText::invalidBatch(updateCount, Maximum));
        return reply;
    }
    request.body = encodedUpdates;
    return start(std::move(request));
}

ConnectionCheck *ApiClient::checkConnection()
{
    auto *check = new ConnectionCheck(this);
    check->start();
    return check;
}

void ApiClient::setSecret(const QString &secret)
{
    setSecret(KeyUse::Write, secret);
    if (m_profile.readKey)
        setSecret(KeyUse::Read, secret);
}

void ApiClient::setSecret(KeyUse use, const QString &secret)
{
    const bool read = use == KeyUse::Read && m_profile.readKey;
    (read ? m_secrets.read : m_secrets.write) = secret;
    if (!read && !m_profile.readKey)
        m_secrets.read = secret;
    m_basicSignInError.reset();
    if (TokenSession *session = sessionFor(use))
        session->setSecret(secret);
    updateSecretValues();
    qCInfo(lcApiClient).noquote() << "profile" << m_profile.id << keyUseName(use) << "secret replaced";
}

void ApiClient::setProxyCredentials(const QString &userName, const QString &password)
{
    m_secrets.proxyPassword = password;
    m_transport->setProxyCredentials(userName.isEmpty() ? m_profile.network.proxy.userName : userName,
                                     password);
    updateSecretValues();
}

void ApiClient::retrySignIn()
{
    m_basicSignInError.reset();
    if (m_session)
        m_session->retrySignIn();
    if (m_readSession)
        m_readSession->retrySignIn();
}

bool ApiClient::needsSignIn() const
{
    if (m_basicSignInError)
        return true;
    return (m_session && m_session->needsSignIn()) || (m_readSession && m_readSession->needsSignIn());
}

void ApiClient::setTransferTimeout(int milliseconds)
{
    m_transport->setTransferTimeout(milliseconds);
}

int ApiClient::transferTimeout() const
{
    return m_transport->transferTimeout();
}

void ApiClient::setClock(Transport::Clock clock)
{
    m_transport->setClock(std::move(clock));
}

ApiReply *ApiClient::start(ApiReply::Request request)
{
    auto *reply = new ApiReply(Transport::newRequestId(), std::move(request), this);
    ApiReply::Request &sent = reply->m_request;
    if (m_profile.keyFor(sent.use).authMode == AuthMode::Basic && !sent.basicPath.isEmpty())
        sent.path = sent.basicPath;
    reply->m_result.url = m_transport->urlFor(sent.path);
    authorizeAndSend(reply);
    return reply;
}

void ApiClient::authorizeAndSend(ApiReply *reply)
{
    const ApiReply::Request &request = reply->m_request;
    const ApiKeyConfig &key = m_profile.keyFor(request.use);
    if (key.authMode == AuthMode::Basic) {
        if (request.basicPath.isEmpty())
            finishWithError(reply, ErrorKind::Auth, ErrorText::basicCannotWrite(request.action));
        else if (m_basicSignInError)
            finishWithError(reply, ErrorKind::Auth, *m_basicSignInError);
        else
            send(reply,
                 AuthSigning::basicAuthorization(key.keyId, m_secrets.secretFor(m_profile, request.use)), {});
        return;
    }
    sessionFor(request.use)->requestToken(reply, [this, reply](const TokenOutcome &outcome) {
        if (reply->isFinished())
            return;
        if (!outcome.ok()) {
            finishWithError(
                reply, outcome.result.error,
                ErrorText::notSentSignInFailed(reply->m_request.action, outcome.result.errorText));
            return;
        }
        send(reply, AuthSigning::bearerAuthorization(outcome.token), outcome.token);
    });
}

void ApiClient::send(ApiReply *reply, const QByteArray &authorization, const QString &token)
{
    const ApiReply::Request &request = reply->m_request;
    reply->m_tokenUsed = token;
    ++reply->m_result.attempts;
    QNetworkReply *networkReply = m_transport->send(request.method, request.path, request.body, authorization,
                                                    reply->requestId(), reply->m_result.attempts);
    reply->m_networkReply = networkReply;
    connect(networkReply, &QNetworkReply::requestSent, reply, &ApiReply::requestSent);
    connect(networkReply, &QNetworkReply::downloadProgress, reply, &ApiReply::downloadProgress);
    connect(networkReply, &QNetworkReply::finished, reply,
            [this, reply, networkReply] { onNetworkFinished(reply, networkReply); });
}

void ApiClient::onNetworkFinished(ApiReply *reply, QNetworkReply *networkReply)
{
    networkReply->deleteLater();
    reply->m_networkReply = nullptr;
    if (reply->isFinished())
        return;

    ApiResult result = m_transport->resultFor(networkReply, reply->m_result, reply->m_abortRequested);
    if (networkReply->hasRawHeader("Retry-After"))
        result.retryAfterSeconds =
            retryAfterSeconds(networkReply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    const ApiReply::Request &request = reply->m_request;
    const bool bearer = !reply->m_tokenUsed.isEmpty();
    if (result.httpStatus == 401 && bearer && result.attempts == 1 && !reply->m_abortRequested) {
        qCInfo(lcApiClient) << "request" << reply->requestId()
                            << "got HTTP 401; renewing the token and retrying once";
        sessionFor(request.use)->invalidate(reply->m_tokenUsed);
        authorizeAndSend(reply);
        return;
    }
    if (result.httpStatus == 401) {
        result.error = ErrorKind::Auth;
        if (bearer) {
            result.errorText = ErrorText::tokenRejected(result.method, result.url);
        } else {
            result.errorText = ErrorText::basicRejected(result.url, m_profile.keyFor(request.use).keyId);
            if (!m_basicSignInError) {
                m_basicSignInError = result.errorText;
                Q_EMIT signInNeeded(result.errorText);
            }
        }
    } else if (result.httpStatus == 403) {
        result.error = ErrorKind::Auth;
        result.errorText = ErrorText::roleMissing(result.method, result.url, request.use);
    }
    if (!result.ok())
        qCWarning(lcApiClient).noquote()
            << "request" << result.requestId << "failed:" << errorKindName(result.error) << "HTTP"
            << result.httpStatus << "delivery" << int(result.delivery);
    reply->finish(std::move(result));
}

void ApiClient::finishWithError(ApiReply *reply, ErrorKind kind, const QString &text)
{
    ApiResult result = reply->m_result;
    result.error = kind;
    result.errorText = text;
    result.delivery = Delivery::NotSent;
    qCWarning(lcApiClient).noquote() << "request" << result.requestId << "not sent:" << errorKindName(kind);
    reply->finish(std::move(result));
}

TokenSession *ApiClient::sessionFor(KeyUse use) const
{
    if (use == KeyUse::Read && m_profile.readKey)
        return m_readSession;
    return m_session;
}

void ApiClient::updateSecretValues()
{
    QList<QByteArray> values;
    for (const KeyUse use : m_profile.distinctKeyUses()) {
        const QString &secret = m_secrets.secretFor(m_profile, use);
        if (secret.isEmpty())
            continue;
        values.append(secret.toUtf8());
        // The Basic credential is the secret in base64, so it must be masked as well.
        values.append(QString(m_profile.keyFor(use).keyId + u':' + secret).toUtf8().toBase64());
    }
    if (!m_secrets.proxyPassword.isEmpty())
        values.append(m_secrets.proxyPassword.toUtf8());
    m_transport->setSecretValues(values);
}

} // namespace CardDesk::Net
