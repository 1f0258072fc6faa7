// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/credential.h"
#include "net/apireply.h"
#include "net/networkevents.h"
#include "net/profile.h"
#include "net/transport.h"

#include <QObject>

#include <optional>

class QNetworkAccessManager;

namespace CardDesk::Net {

class ConnectionCheck;
class TokenSession;

/// Secrets of one profile, kept in memory only.
struct ProfileSecrets
{
    QString write; ///< Secret of Profile::key, the one key for both uses when there is no read key.
    QString read;  ///< Secret of Profile::readKey; ignored when the profile has none.
    /// Password of the explicit proxy user. Empty: requested through proxyCredentialsNeeded() when the
    /// proxy asks for one.
    QString proxyPassword;

    /// Returns the secret for the given use of the profile.
    const QString &secretFor(const Profile &profile, KeyUse use) const;
};

/// Calven API client for one profile. Asynchronous only: every call returns an ApiReply at once and
/// never runs a nested event loop or opens a dialog. Problems that need a person are signals.
///
/// The secret is handed in by the caller (read from the keychain, or from an environment variable in
/// the CLI) and kept in memory only, as is the bearer token.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    /// networkAccessManager is the application's one instance; it is not owned.
    /// Uses secret for both keys; for profiles with one key.
    ApiClient(QNetworkAccessManager *networkAccessManager, const Profile &profile, const QString &secret,
              QObject *parent = nullptr);
    /// The transfer timeout, proxy, CA bundle and HTTP/2 switch come from profile.network.
    ApiClient(QNetworkAccessManager *networkAccessManager, const Profile &profile,
              const ProfileSecrets &secrets, QObject *parent = nullptr);
    ~ApiClient() override;

    const Profile &profile() const { return m_profile; }

    /// GET /v1/analytics/users, or /v1/analytics/users/basic for a Basic profile.
    ApiReply *fetchUsers();
    /// GET /v1/analytics/locations, or its /basic variant.
    ApiReply *fetchLocations();
    /// POST /v1/access-credentials with 1 to 100 user updates. Not possible with Basic auth.
    ApiReply *pushCredentials(const QList<Core::CredentialUpdate> &updates);
    /// POST /v1/access-credentials with a body that Core::AccessCredentialsJson::encodeRequest()
    /// built from updateCount updates, for callers that encode a batch before it is due to leave.
    ApiReply *pushCredentials(const QByteArray &encodedUpdates, qsizetype updateCount);

    /// Signs in afresh (or, for Basic, skips that) and reads the locations, reporting problems in
    /// terms of key roles. The check is a child of this client.
    ConnectionCheck *checkConnection();

    /// Replaces the secret of every key, drops the tokens and leaves the sign-in-needed state.
    void setSecret(const QString &secret);
    /// Replaces the secret of the key for one use. With one key for both uses, both change.
    void setSecret(KeyUse use, const QString &secret);
    /// Sets the proxy user and password sent when the proxy asks; an empty user keeps the profile's.
    void setProxyCredentials(const QString &userName, const QString &password);
    /// Leaves the sign-in-needed state with the same secret, for example after fixing the PC clock.
    void retrySignIn();
    bool needsSignIn() const;

    /// Sets the transfer timeout of every later request (default 30 s).
    void setTransferTimeout(int milliseconds);
    int transferTimeout() const;
    /// Replaces the PC clock, so tests can simulate a clock that is off.
    void setClock(Transport::Clock clock);

Q_SIGNALS:
    /// Calven rejected the sign-in; requests fail until setSecret() or retrySignIn(). Emitted once
    /// per rejection, however many requests were waiting.
    void signInNeeded(const QString &message);
    /// The server's Date header differs from the PC clock by more than 60 s (positive: PC behind).
    void clockSkewDetected(qint64 seconds);
    void tokenRenewed();
    /// A TLS handshake was rejected; the request failed with ErrorKind::Tls and was not sent. The UI
    /// can show the certificate chain. Emitted once per failed request, after it finished.
    void tlsErrorsOccurred(const CardDesk::Net::TlsFailure &failure);
    /// The proxy needs credentials, or rejected the ones sent; reply with setProxyCredentials().
    /// Queued, so a slot may open a dialog. Emitted once until the next setProxyCredentials() call,
    /// however many requests fail meanwhile.
    void proxyCredentialsNeeded(const CardDesk::Net::ProxyCredentialsRequest &request);

private:
    friend class ConnectionCheck;

    ApiReply *start(ApiReply::Request request);
    void authorizeAndSend(ApiReply *reply);
    void send(ApiReply *reply, const QByteArray &authorization, const QString &token);
    void onNetworkFinished(ApiReply *reply, QNetworkReply *networkReply);
    void finishWithError(ApiReply *reply, ErrorKind kind, const QString &text);
    TokenSession *sessionFor(KeyUse use) const;
    void updateSecretValues();
    TokenSession *createSession(KeyUse use);

    Profile m_profile;
    ProfileSecrets m_secrets;
    Transport *m_transport;
    TokenSession *m_session = nullptr;         ///< Write key (or the only key); null for Basic.
    TokenSession *m_readSession = nullptr;     ///< Separate read key; null without one or for Basic.
    std::optional<QString> m_basicSignInError; ///< Set by a 401 on a /basic path.
};

} // namespace CardDesk::Net
