// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

/// Wire formats of Calven's three ways to authenticate. Pure functions, so tests can check them
/// against known vectors without a server.
namespace CardDesk::Net::AuthSigning {

/// Returns the lower-case hex HMAC-SHA256 that POST /v1/auth expects: the key is the UTF-8 secret as
/// is, the message is the key id followed by the decimal Unix timestamp in seconds, no separator.
QByteArray hmacHash(const QString &apiKeyId, qint64 timestampSeconds, const QString &secret);

/// Returns the JSON body {"apiKey", "timestamp", "hash"} with timestamp as a JSON integer.
QByteArray hmacTokenRequestBody(const QString &apiKeyId, qint64 timestampSeconds, const QString &secret);
/// Returns the JSON body {"client_id", "client_secret"} of POST /v1/auth/token.
QByteArray clientSecretTokenRequestBody(const QString &apiKeyId, const QString &secret);

/// Returns the Authorization header value "Basic " + base64(UTF-8 "keyId:secret") (RFC 7617).
QByteArray basicAuthorization(const QString &apiKeyId, const QString &secret);
/// Returns the Authorization header value "Bearer <token>".
QByteArray bearerAuthorization(const QString &token);

/// A token read from a token response, or the reason none could be read.
struct TokenGrant
{
    QString token;
    qint64 lifetimeSeconds = 0; ///< Seconds from issue to expiry.
    QString error;              ///< Non-empty when the response carried no usable token.

    bool ok() const { return error.isEmpty(); }
};

/// Reads {"authenticated", "token", "expiration"} from POST /v1/auth. expiration is absolute Unix
/// seconds on the server's clock, so the lifetime is measured against serverNowSeconds (from the
/// response's Date header, or the local clock when there is none). That keeps a skewed PC clock
/// from making the token look expired, or valid for too long.
TokenGrant parseHmacTokenResponse(const QByteArray &body, qint64 serverNowSeconds);
/// Reads {"access_token", "expires_in", "token_type"} from POST /v1/auth/token.
TokenGrant parseClientSecretTokenResponse(const QByteArray &body);

} // namespace CardDesk::Net::AuthSigning
