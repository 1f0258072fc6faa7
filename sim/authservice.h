// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/httpmessage.h"
#include "sim/serverclock.h"
#include "sim/simulatoroptions.h"

#include <QHash>
#include <QLatin1StringView>

#include <optional>

namespace CardDesk::Sim {

/// Prefix of every token the simulator issues, so the request record can find and mask tokens
/// even in text that is not JSON.
inline constexpr QLatin1StringView TokenPrefix{"simtoken_"};

/// Calven's authentication as documented: HMAC and client-secret sign-in, bearer tokens with
/// real expiry, and Basic authentication for the /basic paths.
class AuthService
{
public:
    AuthService(const SimulatorOptions &options, ServerClock clock);

    /// Handles POST /v1/auth: {apiKey, timestamp, hash} where hash is the lower-case hex
    /// HMAC-SHA256 of apiKey followed by the decimal timestamp, keyed with the UTF-8 secret.
    HttpResponse signInWithHmac(const HttpRequest &request);
    /// Handles POST /v1/auth/token: {client_id, client_secret}.
    HttpResponse signInWithClientSecret(const HttpRequest &request);

    /// Returns a 401 response unless the request carries a valid, unexpired bearer token. Sets
    /// keyId to the key the token was issued to.
    std::optional<HttpResponse> rejectUnlessBearer(const HttpRequest &request, QString *keyId = nullptr);
    /// Returns a 401 response unless the request carries a key ID and its secret as Basic
    /// credentials. Sets keyId to that key.
    std::optional<HttpResponse> rejectUnlessBasic(const HttpRequest &request, QString *keyId = nullptr) const;
    /// Returns the role of a known key; keys not known have no role.
    std::optional<KeyRole> roleOf(const QString &keyId) const;

    /// Makes every issued token invalid, as if all had expired.
    void revokeTokens();
    int validTokenCount() const;
    /// Returns every token issued since the last revokeTokens() that is still remembered, for tests
    /// that scan a client's files for them.
    QStringList issuedTokens() const { return m_tokenExpiryMs.keys(); }

    /// Returns the lower-case hex HMAC-SHA256 that POST /v1/auth expects.
    static QByteArray expectedHash(const QString &apiKey, qint64 timestamp, const QString &secret);

private:
    std::optional<HttpResponse> rejectUnlessJsonBody(const HttpRequest &request, QJsonObject *body) const;
    QString issueToken(const QString &keyId, qint64 *expiresAtMs);
    /// Returns the secret of a known key, or nullopt.
    std::optional<QString> secretOf(const QString &keyId) const;
    void dropExpiredTokens();

    QHash<QString, SimulatorKey> m_keys; ///< Key id to key, the main key included.
    qint64 m_tokenLifetimeMs = 0;
    qint64 m_allowedSkewSeconds = 0;
    ServerClock m_clock;
    QHash<QString, qint64> m_tokenExpiryMs; ///< Token to expiry time on the server clock.
    QHash<QString, QString> m_tokenKeyIds;  ///< Token to the key id it was issued to.
};

} // namespace CardDesk::Sim
