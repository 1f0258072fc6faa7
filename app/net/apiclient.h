// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/credential.h"
#include "net/apireply.h"
#include "net/profile.h"
#include "net/transport.h"

#include <QObject>

#include <optional>

class QNetworkAccessManager;

namespace CardDesk::Net {

class ConnectionCheck;
class TokenSession;

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
    ApiClient(QNetworkAccessManager *networkAccessManager, const Profile &profile, const QString &secret,
              QObject *parent = nullptr);
    ~ApiClient() override;

    const Profile &profile() const { return m_profile; }

    /// GET /v1/analytics/users, or /v1/analytics/users/basic for a Basic profile.
    ApiReply *fetchUsers();
    /// GET /v1/analytics/locations, or its /basic variant.
    ApiReply *fetchLocations();
    /// POST /v1/access-credentials with 1 to 100 user updates. Not possible with Basic auth.
    ApiReply *pushCredentials(const QList<Core::CredentialUpdate> &updates);

    /// Signs in afresh (or, for Basic, skips that) and reads the locations, reporting problems in
    /// terms of key roles. The check is a child of this client.
    ConnectionCheck *checkConnection();

    /// Replaces the secret, drops the token and leaves the sign-in-needed state.
    void setSecret(const QString &secret);
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

private:
    friend class ConnectionCheck;

    ApiReply *start(ApiReply::Request request);
    void authorizeAndSend(ApiReply *reply);
    void send(ApiReply *reply, const QByteArray &authorization, const QString &token);
    void onNetworkFinished(ApiReply *reply, QNetworkReply *networkReply);
    void finishWithError(ApiReply *reply, ErrorKind kind, const QString &text);
    TokenSession *sessionFor(KeyUse use) const;
    void updateSecretValues();

    Profile m_profile;
    QString m_secret;
    Transport *m_transport;
    TokenSession *m_session = nullptr;         ///< Null for Basic profiles.
    std::optional<QString> m_basicSignInError; ///< Set by a 401 on a /basic path.
};

} // namespace CardDesk::Net
