// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestrecorder.h"

#include "sim/authservice.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRecord, "carddesk.sim.record", QtInfoMsg)

namespace CardDesk::Sim {

namespace {

const QString Mask = u"***"_s;
constexpr qsizetype MaxRecordedBodyBytes = 256 * 1024;

bool isSecretKey(const QString &key)
{
    static const QStringList secretKeys{
        u"hash"_s,          u"client_secret"_s, u"token"_s,  u"access_token"_s, u"refresh_token"_s,
        u"authorization"_s, u"apisecret"_s,     u"secret"_s, u"password"_s,
    };
    return secretKeys.contains(key.toLower());
}

const QRegularExpression &tokenPattern()
{
    static const QRegularExpression pattern(
        QString(QRegularExpression::escape(QString(TokenPrefix)) + u"[A-Za-z0-9_-]+"_s));
    return pattern;
}

} // namespace

RequestRecorder::RequestRecorder(QString apiSecret)
    : m_apiSecret(std::move(apiSecret))
{}

void RequestRecorder::addSecret(const QString &secret)
{
    if (!secret.isEmpty())
        m_extraSecrets.append(secret);
}

bool RequestRecorder::open(const QString &path, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        if (error) {
            *error = QObject::tr("Cannot open the request record %1 for writing: %2")
                         .arg(path, m_file.errorString());
        }
        return false;
    }
    qCInfo(lcRecord).noquote() << "recording requests to" << path;
    return true;
}

void RequestRecorder::record(const HttpRequest &request, int status, const QString &fault,
                             const QByteArray &responseBody)
{
    if (!m_file.isOpen())
        return;
    QJsonObject line{
        {u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {u"id"_s, double(request.id)},
        {u"method"_s, QString::fromLatin1(request.method)},
        {u"path"_s, maskText(request.path)},
        {u"status"_s, status},
        {u"body"_s, maskedBody(request.body)},
        {u"response"_s, maskedBody(responseBody)},
    };
    if (!fault.isEmpty())
        line.insert(u"fault"_s, fault);
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    if (m_file.write(text) != text.size() || !m_file.flush())
        qCWarning(lcRecord) << "cannot write request" << request.id << "to" << m_file.fileName()
                            << m_file.errorString();
}

QJsonValue RequestRecorder::maskedBody(const QByteArray &body) const
{
    if (body.isEmpty())
        return QJsonValue::Null;
    // A full directory can be tens of megabytes, so the record keeps only its size.
    if (body.size() > MaxRecordedBodyBytes)
        return u"(%1 bytes, not recorded)"_s.arg(body.size());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return maskText(QString::fromUtf8(body));
    return document.isArray() ? maskValue(document.array()) : maskValue(document.object());
}

QJsonValue RequestRecorder::maskValue(const QJsonValue &value) const
{
    if (value.isString())
        return maskText(value.toString());
    if (value.isArray()) {
        QJsonArray masked;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            masked.append(maskValue(item));
        return masked;
    }
    if (value.isObject()) {
        QJsonObject masked;
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            masked.insert(it.key(), isSecretKey(it.key()) ? QJsonValue(Mask) : maskValue(it.value()));
        return masked;
    }
    return value;
}

QString RequestRecorder::maskText(const QString &text) const
{
    QString masked = text;
    if (!m_apiSecret.isEmpty())
        masked.replace(m_apiSecret, Mask);
    for (const QString &secret : m_extraSecrets)
        masked.replace(secret, Mask);
    masked.replace(tokenPattern(), Mask);
    return masked;
}

} // namespace CardDesk::Sim
