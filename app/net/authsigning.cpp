// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "authsigning.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CardDesk::Net::AuthSigning {

namespace {

class SigningText
{
    Q_DECLARE_TR_FUNCTIONS(CardDesk::Net::AuthSigning)
};

// Accepts integral JSON numbers only; Calven sends seconds as integers.
std::optional<qint64> integerSeconds(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    const qint64 integer = value.toInteger();
    if (double(integer) != number)
        return std::nullopt;
    return integer;
}

QJsonObject parseObject(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = SigningText::tr("The token response is not a JSON object.");
        return {};
    }
    return document.object();
}

} // namespace

QByteArray hmacHash(const QString &apiKeyId, qint64 timestampSeconds, const QString &secret)
{
    const QByteArray message = apiKeyId.toUtf8() + QByteArray::number(timestampSeconds);
    return QMessageAuthenticationCode::hash(message, secret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

QByteArray hmacTokenRequestBody(const QString &apiKeyId, qint64 timestampSeconds, const QString &secret)
{
    const QJsonObject body{
        {u"apiKey"_s, apiKeyId},
        {u"timestamp"_s, timestampSeconds},
        {u"hash"_s, QString::fromLatin1(hmacHash(apiKeyId, timestampSeconds, secret))},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray clientSecretTokenRequestBody(const QString &apiKeyId, const QString &secret)
{
    const QJsonObject body{{u"client_id"_s, apiKeyId}, {u"client_secret"_s, secret}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray basicAuthorization(const QString &apiKeyId, const QString &secret)
{
    return "Basic " + QString(apiKeyId + u':' + secret).toUtf8().toBase64();
}

QByteArray bearerAuthorization(const QString &token)
{
    return "Bearer " + token.toUtf8();
}

TokenGrant parseHmacTokenResponse(const QByteArray &body, qint64 serverNowSeconds)
{
    TokenGrant grant;
    const QJsonObject object = parseObject(body, &grant.error);
    if (!grant.error.isEmpty())
        return grant;
    if (object.value(u"authenticated"_s) == QJsonValue(false)) {
        grant.error = SigningText::tr("Calven answered authenticated=false: %1")
                          .arg(object.value(u"message"_s).toString());
        return grant;
    }
    grant.token = object.value(u"token"_s).toString();
    const std::optional<qint64> expiration = integerSeconds(object.value(u"expiration"_s));
    if (grant.token.isEmpty() || !expiration) {
        grant.error = SigningText::tr("The token response has no token or no integer expiration.");
        return grant;
    }
    // A token already stale by the server's Date header still goes to the requests waiting for it.
    // At worst they get a 401 and renew once more, which beats failing over the header's rounding
    // to whole seconds.
    grant.lifetimeSeconds = std::max<qint64>(0, *expiration - serverNowSeconds);
    return grant;
}

TokenGrant parseClientSecretTokenResponse(const QByteArray &body)
{
    TokenGrant grant;
    const QJsonObject object = parseObject(body, &grant.error);
    if (!grant.error.isEmpty())
        return grant;
    grant.token = object.value(u"access_token"_s).toString();
    const std::optional<qint64> expiresIn = integerSeconds(object.value(u"expires_in"_s));
    if (grant.token.isEmpty() || !expiresIn || *expiresIn <= 0) {
        grant.error = SigningText::tr("The token response has no access_token or no positive expires_in.");
        return grant;
    }
    grant.lifetimeSeconds = *expiresIn;
    return grant;
}

} // namespace CardDesk::Net::AuthSigning
