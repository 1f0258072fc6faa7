// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokensession.h"

#include "net/authsigning.h"
#include "net/errortext.h"
#include "net/transport.h"

#include <QLoggingCategory>
#include <QNetworkReply>

#include <algorithm>

Q_LOGGING_CATEGORY(lcToken, "carddesk.net.tokensession", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace CardDesk::Net {

TokenSession::TokenSession(Transport *transport, const ApiKeyConfig &key, const QString &secret,
                           QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_key(key)
    , m_secret(secret)
{
    Q_ASSERT(key.authMode != AuthMode::Basic);
}

TokenSession::~TokenSession()
{
    abortRenewal();
}

void TokenSession::abortRenewal()
{
    if (!m_renewalReply)
        return;
    m_renewalReply->disconnect(this);
    m_renewalReply->abort();
    m_renewalReply->deleteLater();
    m_renewalReply = nullptr;
}

void TokenSession::requestToken(QObject *context, Callback callback)
{
    if (m_signInError) {
        callback(signInNeededOutcome());
        return;
    }
    if (hasFreshToken()) {
        callback(TokenOutcome{m_token, {}});
        return;
    }
    m_waiters.append(Waiter{context, std::move(callback)});
    if (!m_renewing)
        startRenewal();
}

void TokenSession::invalidate(const QString &token)
{
    if (token.isEmpty() || token != m_token)
        return;
    qCInfo(lcToken) << "token for key" << m_key.keyId << "rejected by the server; renewing";
    m_token.clear();
    m_expiresAt = 0;
}

void TokenSession::renewNow(QObject *context, Callback callback)
{
    m_token.clear();
    m_expiresAt = 0;
    requestToken(context, std::move(callback));
}

void TokenSession::setSecret(const QString &secret)
{
    m_secret = secret;
    m_token.clear();
    m_expiresAt = 0;
    m_signInError.reset();
    // A renewal still running signs in with the old secret, so it is aborted and the requests
    // waiting for it get a renewal with the new one.
    if (m_renewing) {
        abortRenewal();
        m_renewing = false;
        if (!m_waiters.isEmpty())
            startRenewal();
    }
}

void TokenSession::retrySignIn()
{
    m_signInError.reset();
}

bool TokenSession::hasFreshToken() const
{
    return !m_token.isEmpty() && m_transport->nowSeconds() < m_expiresAt - m_renewMargin;
}

void TokenSession::startRenewal()
{
    m_renewing = true;
    const bool hmac = m_key.authMode == AuthMode::HmacToken;
    const QString path = hmac ? u"/v1/auth"_s : u"/v1/auth/token"_s;
    const QByteArray body =
        hmac ? AuthSigning::hmacTokenRequestBody(m_key.keyId, m_transport->nowSeconds(), m_secret)
             : AuthSigning::clientSecretTokenRequestBody(m_key.keyId, m_secret);

    ApiResult base;
    base.requestId = Transport::newRequestId();
    base.method = "POST";
    base.attempts = 1;
    qCInfo(lcToken).noquote() << "request" << base.requestId << "signing in with key" << m_key.keyId << "("
                              << authModeToName(m_key.authMode) << ")";
    QNetworkReply *reply = m_transport->send(base.method, path, body, {}, base.requestId, 1);
    m_renewalReply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, base] {
        reply->deleteLater();
        m_renewalReply = nullptr;
        onRenewalFinished(reply, base);
    });
}

void TokenSession::onRenewalFinished(QNetworkReply *reply, ApiResult base)
{
    m_renewing = false;
    const TokenOutcome outcome = outcomeFor(reply, std::move(base));
    if (m_signInError)
        Q_EMIT signInNeeded(*m_signInError);
    completeWaiters(outcome);
}

TokenOutcome TokenSession::outcomeFor(QNetworkReply *reply, ApiResult base)
{
    ApiResult result = m_transport->resultFor(reply, std::move(base), false, false);
    if (result.ok()) {
        const AuthSigning::TokenGrant grant =
            m_key.authMode == AuthMode::HmacToken
                ? AuthSigning::parseHmacTokenResponse(result.body, m_transport->serverNowSeconds(reply))
                : AuthSigning::parseClientSecretTokenResponse(result.body);
        if (grant.ok()) {
            m_token = grant.token;
            m_expiresAt = m_transport->nowSeconds() + grant.lifetimeSeconds;
            m_renewMargin = std::min(RenewMarginSeconds, grant.lifetimeSeconds / 2);
            m_transport->addTokenValue(m_token);
            qCInfo(lcToken).noquote() << "request" << result.requestId << "token renewed for key"
                                      << m_key.keyId << "valid for" << grant.lifetimeSeconds << "s";
            Q_EMIT tokenRenewed(grant.lifetimeSeconds);
            return TokenOutcome{m_token, result};
        }
        result.error = ErrorKind::Http;
        result.errorText = ErrorText::signInFailed(m_key.authMode, result.url, m_key.keyId, result.httpStatus,
                                                   grant.error, std::nullopt);
        qCWarning(lcToken).noquote() << "request" << result.requestId
                                     << "unusable token response:" << grant.error;
        return TokenOutcome{{}, result};
    }
    const int status = result.httpStatus;
    if (result.error == ErrorKind::Http && (status == 400 || status == 401 || status == 403)) {
        result.error = ErrorKind::Auth;
        result.errorText =
            ErrorText::signInFailed(m_key.authMode, result.url, m_key.keyId, status,
                                    ErrorText::bodyExcerpt(result.body), m_transport->clockSkewSeconds());
        m_signInError = result.errorText;
        qCWarning(lcToken).noquote() << "request" << result.requestId << "sign-in rejected with HTTP"
                                     << status << "for key" << m_key.keyId << "; sign-in needed";
    }
    return TokenOutcome{{}, result};
}

void TokenSession::completeWaiters(const TokenOutcome &outcome)
{
    // Callbacks may queue new requests, so they must not see the list being walked.
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.callback(outcome);
    }
}

TokenOutcome TokenSession::signInNeededOutcome() const
{
    TokenOutcome outcome;
    outcome.result.error = ErrorKind::Auth;
    outcome.result.errorText = m_signInError.value_or(QString());
    return outcome;
}

} // namespace CardDesk::Net
