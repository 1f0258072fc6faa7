// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "authservice.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAuth, "carddesk.sim.auth", QtInfoMsg)

namespace CardDesk::Sim {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CardDesk::Sim::AuthService", text);
}

HttpResponse unauthorized(const QString &message)
{
    return errorResponse(401, message);
}

// POST /v1/auth failures also carry "authenticated": false, like its success body.
HttpResponse signInFailure(const QString &message)
{
    const QJsonObject body{
        {u"authenticated"_s, false},
        {u"statusCode"_s, 401},
        {u"error"_s, u"Unauthorized"_s},
        {u"message"_s, message},
    };
    return jsonResponse(401, QJsonDocument(body));
}

// Splits "Scheme credentials" into its two parts and returns the scheme in lower case.
std::pair<QByteArray, QByteArray> splitAuthorization(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    const qsizetype space = trimmed.indexOf(' ');
    if (space < 0)
        return {trimmed.toLower(), {}};
    return {trimmed.left(space).toLower(), trimmed.mid(space + 1).trimmed()};
}

} // namespace

AuthService::AuthService(const SimulatorOptions &options, ServerClock clock)
    : m_tokenLifetimeMs(options.tokenLifetimeSeconds * 1000)
    , m_allowedSkewSeconds(options.allowedClockSkewSeconds)
    , m_clock(clock)
{
    for (const SimulatorKey &key : options.extraKeys)
        m_keys.insert(key.keyId, key);
    m_keys.insert(options.apiKeyId,
                  SimulatorKey{options.apiKeyId, options.apiSecret, KeyRole::AllPermissions});
}

std::optional<QString> AuthService::secretOf(const QString &keyId) const
{
    const auto found = m_keys.constFind(keyId);
    if (found == m_keys.constEnd())
        return std::nullopt;
    return found->secret;
}

std::optional<KeyRole> AuthService::roleOf(const QString &keyId) const
{
    const auto found = m_keys.constFind(keyId);
    if (found == m_keys.constEnd())
        return std::nullopt;
    return found->role;
}

QByteArray AuthService::expectedHash(const QString &apiKey, qint64 timestamp, const QString &secret)
{
    const QByteArray message = apiKey.toUtf8() + QByteArray::number(timestamp);
    return QMessageAuthenticationCode::hash(message, secret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

std::optional<HttpResponse> AuthService::rejectUnlessJsonBody(const HttpRequest &request,
                                                              QJsonObject *body) const
{
    if (auto rejection = rejectUnlessJsonContentType(request))
        return rejection;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const QString reason = parseError.error != QJsonParseError::NoError
                                   ? parseError.errorString()
                                   : tr("the body is not a JSON object");
        return errorResponse(400, tr("The body is not valid: %1.").arg(reason));
    }
    *body = document.object();
    return std::nullopt;
}

HttpResponse AuthService::signInWithHmac(const HttpRequest &request)
{
    QJsonObject body;
    if (auto rejection = rejectUnlessJsonBody(request, &body))
        return *rejection;

    const QJsonValue apiKey = body.value(u"apiKey"_s);
    const QJsonValue timestamp = body.value(u"timestamp"_s);
    const QJsonValue hash = body.value(u"hash"_s);
    if (!apiKey.isString() || apiKey.toString().isEmpty())
        return errorResponse(400, tr("apiKey must be a non-empty string."));
    if (!timestamp.isDouble() || std::trunc(timestamp.toDouble()) != timestamp.toDouble()) {
        return errorResponse(400, tr("timestamp must be a JSON number holding whole seconds since "
                                     "1970-01-01 UTC."));
    }
    if (!hash.isString() || hash.toString().isEmpty())
        return errorResponse(400, tr("hash must be a non-empty string."));

    const std::optional<QString> secret = secretOf(apiKey.toString());
    if (!secret) {
        qCInfo(lcAuth).noquote() << "request" << request.id << "rejected: unknown API key"
                                 << apiKey.toString();
        return signInFailure(tr("API key \"%1\" is not known.").arg(apiKey.toString()));
    }
    const auto seconds = qint64(timestamp.toDouble());
    if (hash.toString().toLatin1() != expectedHash(apiKey.toString(), seconds, *secret)) {
        qCInfo(lcAuth).noquote() << "request" << request.id << "rejected: HMAC does not match for key"
                                 << apiKey.toString();
        return signInFailure(tr("The hash does not match. Compute the lower-case hex HMAC-SHA256 of "
                                "the API key followed by the timestamp, keyed with the API secret."));
    }
    const qint64 difference = seconds - m_clock.nowSeconds();
    if (std::abs(difference) > m_allowedSkewSeconds) {
        qCInfo(lcAuth).noquote() << "request" << request.id << "rejected: timestamp is" << difference
                                 << "seconds off the server clock";
        return signInFailure(tr("The timestamp %1 is %2 seconds %3 the server clock, more than the "
                                "allowed %4 seconds. The clock of the calling computer is off: "
                                "set it correctly and sign in again.")
                                 .arg(seconds)
                                 .arg(std::abs(difference))
                                 .arg(difference < 0 ? tr("behind") : tr("ahead of"))
                                 .arg(m_allowedSkewSeconds));
    }

    qint64 expiresAtMs = 0;
    const QString token = issueToken(apiKey.toString(), &expiresAtMs);
    qCInfo(lcAuth).noquote() << "request" << request.id << "issued an HMAC token for key"
                             << apiKey.toString();
    const QJsonObject reply{
        {u"authenticated"_s, true},
        {u"message"_s, u"Authentication successful"_s},
        {u"token"_s, token},
        {u"expiration"_s, double(expiresAtMs / 1000)},
    };
    return jsonResponse(200, QJsonDocument(reply));
}

HttpResponse AuthService::signInWithClientSecret(const HttpRequest &request)
{
    QJsonObject body;
    if (auto rejection = rejectUnlessJsonBody(request, &body))
        return *rejection;

    const QJsonValue clientId = body.value(u"client_id"_s);
    const QJsonValue clientSecret = body.value(u"client_secret"_s);
    if (!clientId.isString() || clientId.toString().isEmpty())
        return errorResponse(400, tr("client_id must be a non-empty string."));
    if (!clientSecret.isString() || clientSecret.toString().isEmpty())
        return errorResponse(400, tr("client_secret must be a non-empty string."));
    if (secretOf(clientId.toString()) != clientSecret.toString()) {
        qCInfo(lcAuth).noquote() << "request" << request.id << "rejected: wrong client credentials for"
                                 << clientId.toString();
        return unauthorized(
            tr("client_id \"%1\" and the client_secret do not match an API key.").arg(clientId.toString()));
    }

    qint64 expiresAtMs = 0;
    const QString token = issueToken(clientId.toString(), &expiresAtMs);
    qCInfo(lcAuth).noquote() << "request" << request.id << "issued a client-secret token for key"
                             << clientId.toString();
    const QJsonObject reply{
        {u"access_token"_s, token},
        {u"expires_in"_s, double(m_tokenLifetimeMs / 1000)},
        {u"token_type"_s, u"Bearer"_s},
    };
    return jsonResponse(200, QJsonDocument(reply));
}

std::optional<HttpResponse> AuthService::rejectUnlessBearer(const HttpRequest &request, QString *keyId)
{
    const QByteArray authorization = request.header("authorization"_ba);
    if (authorization.isEmpty()) {
        return unauthorized(tr("The Authorization header is missing. Send Authorization: Bearer "
                               "followed by a token from /v1/auth or /v1/auth/token."));
    }
    const auto [scheme, credentials] = splitAuthorization(authorization);
    if (scheme == "basic") {
        return unauthorized(tr("%1 needs a bearer token. Basic authentication works only on paths "
                               "that end in /basic.")
                                .arg(request.path));
    }
    if (scheme != "bearer" || credentials.isEmpty())
        return unauthorized(tr("The Authorization header must be \"Bearer\" followed by a token."));

    const QString token = QString::fromLatin1(credentials);
    const auto found = m_tokenExpiryMs.constFind(token);
    if (found == m_tokenExpiryMs.constEnd()) {
        qCInfo(lcAuth).noquote() << "request" << request.id << "rejected: unknown bearer token";
        return unauthorized(tr("The bearer token is not valid. Request a new token from /v1/auth."));
    }
    if (m_clock.nowMs() >= *found) {
        qCInfo(lcAuth).noquote() << "request" << request.id << "rejected: bearer token expired";
        const QString expiredAt =
            QDateTime::fromMSecsSinceEpoch(*found, QTimeZone::utc()).toString(Qt::ISODate);
        return unauthorized(
            tr("The bearer token expired at %1. Request a new token from /v1/auth.").arg(expiredAt));
    }
    if (keyId)
        *keyId = m_tokenKeyIds.value(token);
    return std::nullopt;
}

std::optional<HttpResponse> AuthService::rejectUnlessBasic(const HttpRequest &request,
                                                           QString *keyIdOut) const
{
    const QByteArray authorization = request.header("authorization"_ba);
    if (authorization.isEmpty()) {
        return unauthorized(tr("The Authorization header is missing. Send Authorization: Basic "
                               "followed by the base64 of \"keyId:secret\"."));
    }
    const auto [scheme, credentials] = splitAuthorization(authorization);
    if (scheme != "basic") {
        return unauthorized(tr("%1 needs Basic authentication with the API key ID and secret; "
                               "bearer tokens work only on paths without /basic.")
                                .arg(request.path));
    }
    const auto decoded = QByteArray::fromBase64Encoding(credentials, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return unauthorized(tr("The Basic credentials are not valid base64. Send the base64 of "
                               "\"keyId:secret\"."));
    }
    const QByteArray pair = *decoded;
    const qsizetype colon = pair.indexOf(':');
    const QString keyId = QString::fromUtf8(pair.left(colon < 0 ? pair.size() : colon));
    const QString secret = colon < 0 ? QString() : QString::fromUtf8(pair.mid(colon + 1));
    if (colon < 0 || secretOf(keyId) != secret) {
        qCInfo(lcAuth).noquote() << "request" << request.id << "rejected: wrong Basic credentials for"
                                 << keyId;
        return unauthorized(tr("The API key ID \"%1\" and secret in the Basic credentials do not "
                               "match an API key.")
                                .arg(keyId));
    }
    if (keyIdOut)
        *keyIdOut = keyId;
    return std::nullopt;
}

void AuthService::revokeTokens()
{
    qCInfo(lcAuth).noquote() << "revoked" << m_tokenExpiryMs.size() << "tokens";
    m_tokenExpiryMs.clear();
    m_tokenKeyIds.clear();
}

int AuthService::validTokenCount() const
{
    const qint64 now = m_clock.nowMs();
    return int(std::count_if(m_tokenExpiryMs.cbegin(), m_tokenExpiryMs.cend(),
                             [now](qint64 expiresAtMs) { return now < expiresAtMs; }));
}

QString AuthService::issueToken(const QString &keyId, qint64 *expiresAtMs)
{
    dropExpiredTokens();
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()),
                                          random.size() / qsizetype(sizeof(quint32)));
    const QString token = TokenPrefix + QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding |
                                                                            QByteArray::OmitTrailingEquals));
    *expiresAtMs = m_clock.nowMs() + m_tokenLifetimeMs;
    m_tokenExpiryMs.insert(token, *expiresAtMs);
    m_tokenKeyIds.insert(token, keyId);
    return token;
}

void AuthService::dropExpiredTokens()
{
    // Expired tokens stay known for an hour, so a late request gets the message "expired", not "invalid".
    const qint64 forgetBefore = m_clock.nowMs() - 3600 * 1000;
    m_tokenExpiryMs.removeIf([forgetBefore](const auto &entry) { return entry.value() <= forgetBefore; });
    m_tokenKeyIds.removeIf([this](const auto &entry) { return !m_tokenExpiryMs.contains(entry.key()); });
}

} // namespace CardDesk::Sim
