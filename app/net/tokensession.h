// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/apiresult.h"
#include "net/profile.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QNetworkReply;

namespace CardDesk::Net {

class Transport;

/// A bearer token, or why none is available.
struct TokenOutcome
{
    QString token;    ///< Set on success.
    ApiResult result; ///< The sign-in request's result; result.errorText explains a failure.

    bool ok() const { return !token.isEmpty(); }
};

/// Obtains and caches the bearer token of one API key, in memory only.
///
/// The token is renewed shortly before its expiry: 60 s before, or half the lifetime for tokens that
/// live less than two minutes. Every request that needs a token while a renewal runs waits for that
/// renewal, so any number of concurrent requests causes one sign-in. A sign-in that Calven rejects
/// (HTTP 400, 401 or 403) puts the session into the sign-in-needed state: signInNeeded() is emitted
/// once and later requests fail at once without contacting Calven, until setSecret() or
/// retrySignIn(). Network failures and server errors are not sticky; the next request tries again.
class TokenSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenSession)

public:
    using Callback = std::function<void(const TokenOutcome &)>;

    static constexpr qint64 RenewMarginSeconds = 60;

    TokenSession(Transport *transport, const ApiKeyConfig &key, const QString &secret,
                 QObject *parent = nullptr);
    ~TokenSession() override;

    /// Calls callback with a valid token, at once when a fresh one is cached, otherwise after the
    /// shared renewal. The callback is skipped when context is destroyed first.
    void requestToken(QObject *context, Callback callback);
    /// Drops token if it is still the cached one, so the next request renews. Called after a 401; a
    /// 401 for a token that was already replaced changes nothing.
    void invalidate(const QString &token);
    /// Drops the cached token and signs in again; used by the connection check.
    void renewNow(QObject *context, Callback callback);

    void setSecret(const QString &secret);
    /// Leaves the sign-in-needed state without changing the secret, for example after the PC clock
    /// was corrected.
    void retrySignIn();
    bool needsSignIn() const { return m_signInError.has_value(); }
    QString signInError() const { return m_signInError.value_or(QString()); }

Q_SIGNALS:
    void signInNeeded(const QString &message);
    /// A new token arrived; lifetimeSeconds as measured on the server's clock.
    void tokenRenewed(qint64 lifetimeSeconds);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };

    bool hasFreshToken() const;
    /// Stops a running sign-in without reporting it; its waiters stay queued.
    void abortRenewal();
    void startRenewal();
    void onRenewalFinished(QNetworkReply *reply, ApiResult base);
    TokenOutcome outcomeFor(QNetworkReply *reply, ApiResult base);
    void completeWaiters(const TokenOutcome &outcome);
    TokenOutcome signInNeededOutcome() const;

    Transport *m_transport;
    ApiKeyConfig m_key;
    QString m_secret;
    QString m_token;
    qint64 m_expiresAt = 0;   ///< PC clock, Unix seconds.
    qint64 m_renewMargin = 0; ///< Seconds before m_expiresAt at which the token counts as stale.
    bool m_renewing = false;
    QList<Waiter> m_waiters;
    QPointer<QNetworkReply> m_renewalReply;
    std::optional<QString> m_signInError;
};

} // namespace CardDesk::Net
