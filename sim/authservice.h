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

    /// Returns a 401 response unless the request carries a valid, unexpired bearer token.
    std::optional<HttpResponse> rejectUnlessBearer(const HttpRequest &request);
    /// Returns a 401 response unless the request carries the key ID and secret as Basic credentials.
    std::optional<HttpResponse> rejectUnlessBasic(const HttpRequest &request) const;

    /// Makes every issued token invalid, as if all had expired.
    void revokeTokens();
    int validTokenCount() const;

    /// Returns the lower-case hex HMAC-SHA256 that POST /v1/auth expects.
    static QByteArray expectedHash(const QString &apiKey, qint64 timestamp, const QString &secret);

private:
    std::optional<HttpResponse> rejectUnlessJsonBody(const HttpRequest &request, QJsonObject *body) const;
    QString issueToken(qint64 *expiresAtMs);
    void dropExpiredTokens();

    QString m_apiKeyId;
    QString m_apiSecret;
    qint64 m_tokenLifetimeMs = 0;
    qint64 m_allowedSkewSeconds = 0;
    ServerClock m_clock;
    QHash<QString, qint64> m_tokenExpiryMs; ///< Token to expiry time on the server clock.
};

} // namespace CardDesk::Sim
