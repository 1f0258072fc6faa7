// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace CardDesk::Net::Redaction {

namespace {

QString normalizedName(QStringView name)
{
    QString normalized = name.toString().toLower();
    normalized.remove(u'_');
    normalized.remove(u'-');
    return normalized;
}

QJsonValue redactValue(const QJsonValue &value);

QJsonObject redactObject(const QJsonObject &object)
{
    QJsonObject result;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (isSensitiveField(it.key()))
            result.insert(it.key(), mask());
        else
            result.insert(it.key(), redactValue(it.value()));
    }
    return result;
}

QJsonArray redactArray(const QJsonArray &array)
{
    QJsonArray result;
    for (const QJsonValue &item : array)
        result.append(redactValue(item));
    return result;
}

QJsonValue redactValue(const QJsonValue &value)
{
    if (value.isObject())
        return redactObject(value.toObject());
    if (value.isArray())
        return redactArray(value.toArray());
    return value;
}

// Field names written in patterns: the same words isSensitiveField matches.
const QString SensitiveNamePattern =
    u"[A-Za-z0-9_-]*(?:token|secret|password|passwd|hash|signature|authorization)[A-Za-z0-9_-]*"_s;

} // namespace

QString mask()
{
    return u"[redacted]"_s;
}

bool isSensitiveHeader(QByteArrayView name)
{
    const QByteArray lower = name.toByteArray().toLower();
    static const QList<QByteArray> exact = {"authorization", "proxy-authorization", "cookie", "set-cookie"};
    if (exact.contains(lower))
        return true;
    return lower.contains("token") || lower.contains("secret") || lower.contains("password") ||
           lower.contains("api-key") || lower.contains("apikey");
}

bool isSensitiveField(QStringView name)
{
    const QString normalized = normalizedName(name);
    static const QStringList exact = {u"hash"_s, u"signature"_s, u"authorization"_s, u"passwd"_s};
    if (exact.contains(normalized))
        return true;
    return normalized.contains(u"token"_s) || normalized.contains(u"secret"_s) ||
           normalized.contains(u"password"_s);
}

QByteArray redactHeaderValue(QByteArrayView name, const QByteArray &value)
{
    if (!isSensitiveHeader(name))
        return value;
    const QByteArray lower = name.toByteArray().toLower();
    if (lower == "authorization" || lower == "proxy-authorization") {
        const qsizetype space = value.indexOf(' ');
        if (space > 0)
            return value.left(space) + ' ' + mask().toLatin1();
    }
    return mask().toLatin1();
}

HeaderList redactHeaders(const HeaderList &headers)
{
    HeaderList result;
    result.reserve(headers.size());
    for (const auto &[name, value] : headers)
        result.append({name, redactHeaderValue(name, value)});
    return result;
}

QString formatHeaders(const HeaderList &headers)
{
    QStringList parts;
    parts.reserve(headers.size());
    for (const auto &[name, value] : redactHeaders(headers))
        parts.append(QString(QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value)));
    return parts.join(u"; "_s);
}

QByteArray redactBody(const QByteArray &body)
{
    if (body.isEmpty())
        return body;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return redactText(QString::fromUtf8(body)).toUtf8();
    if (document.isObject())
        return QJsonDocument(redactObject(document.object())).toJson(QJsonDocument::Compact);
    if (document.isArray())
        return QJsonDocument(redactArray(document.array())).toJson(QJsonDocument::Compact);
    return body;
}

QByteArray redactBodyForLog(const QByteArray &body, qsizetype maxBytes)
{
    QByteArray redacted = redactBody(body);
    if (redacted.size() <= maxBytes)
        return redacted;
    // Cutting after masking, so a cut can never expose the start of a secret that a pattern missed.
    return redacted.left(maxBytes) + "... (" + QByteArray::number(redacted.size()) + " bytes)";
}

QString redactText(const QString &text)
{
    // A credential starts with a letter or digit and has at least one digit or symbol, which keeps
    // prose such as "Basic authentication" and paths such as ".../basic - " readable.
    static const QRegularExpression scheme(
        u"\\b(Bearer|Basic)\\s+(?=[A-Za-z0-9._~+/-]*[0-9._~+/=])[A-Za-z0-9][A-Za-z0-9._~+/-]*=*"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression quotedPair(
        u"(\"%1\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\s]+)"_s.arg(SensitiveNamePattern),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression assignment(u"\\b(%1=)[^&\\s\"]+"_s.arg(SensitiveNamePattern),
                                               QRegularExpression::CaseInsensitiveOption);
    QString result = text;
    result.replace(scheme, QString(u"\\1 "_s + mask()));
    result.replace(quotedPair, QString(u"\\1\""_s + mask() + u'"'));
    result.replace(assignment, QString(u"\\1"_s + mask()));
    return result;
}

QUrl redactUrl(const QUrl &url)
{
    QUrl result = url;
    if (!result.password().isEmpty())
        result.setPassword(mask());
    if (!result.hasQuery())
        return result;
    QUrlQuery query(result);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    QUrlQuery masked;
    for (const auto &[name, value] : items)
        masked.addQueryItem(name, isSensitiveField(name) ? mask() : value);
    result.setQuery(masked);
    return result;
}

QByteArray scrubValues(QByteArray text, const QList<QByteArray> &secrets)
{
    const QByteArray replacement = mask().toLatin1();
    for (const QByteArray &secret : secrets) {
        if (secret.size() >= 4)
            text.replace(secret, replacement);
    }
    return text;
}

} // namespace CardDesk::Net::Redaction
