// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simtestclient.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace CardDesk::Sim::Testing {

QString TestReply::message() const
{
    return json().object().value(u"message"_s).toString();
}

TestClient::TestClient(const QUrl &baseUrl)
    : m_baseUrl(baseUrl)
{}

TestReply TestClient::get(const QString &path, const QByteArray &authorization, int waitMs)
{
    QNetworkRequest request(m_baseUrl.resolved(QUrl(path)));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    return send(m_manager.get(request), waitMs);
}

TestReply TestClient::post(const QString &path, const QByteArray &body, const QByteArray &authorization,
                           const QByteArray &contentType, int waitMs)
{
    QNetworkRequest request(m_baseUrl.resolved(QUrl(path)));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    if (!contentType.isEmpty())
        request.setRawHeader("Content-Type", contentType);
    return send(m_manager.post(request, body), waitMs);
}

TestReply TestClient::send(QNetworkReply *reply, int waitMs)
{
    TestReply result;
    QSignalSpy finished(reply, &QNetworkReply::finished);
    result.finished = reply->isFinished() || finished.wait(waitMs);
    if (!result.finished)
        reply->abort();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    const auto headers = reply->rawHeaderPairs();
    for (const auto &[name, value] : headers)
        result.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return result;
}

TestReply TestClient::sendRaw(const QByteArray &requestBytes, int waitMs)
{
    TestReply result;
    QTcpSocket socket;
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    socket.connectToHost(m_baseUrl.host(), quint16(m_baseUrl.port()));
    if (!connected.wait(waitMs))
        return result;
    socket.write(requestBytes);

    // The server runs on this thread, so wait with an event loop, never with waitForReadyRead().
    QByteArray received;
    qsizetype headerEnd = -1;
    qsizetype contentLength = -1;
    while (headerEnd < 0 || received.size() < headerEnd + 4 + contentLength) {
        QSignalSpy readyRead(&socket, &QTcpSocket::readyRead);
        if (socket.bytesAvailable() == 0 && !readyRead.wait(waitMs))
            return result;
        received += socket.readAll();
        headerEnd = received.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            continue;
        const QList<QByteArray> lines = received.left(headerEnd).split('\n');
        result.status = lines.constFirst().split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            result.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                  lines.at(i).mid(colon + 1).trimmed());
        }
        contentLength = result.headers.value("content-length", "0").toLongLong();
    }
    result.finished = true;
    result.body = received.mid(headerEnd + 4, contentLength);
    return result;
}

QByteArray TestClient::hmacBody(const QString &apiKey, const QString &secret, qint64 timestamp)
{
    const QByteArray message = apiKey.toUtf8() + QByteArray::number(timestamp);
    const QByteArray hash =
        QMessageAuthenticationCode::hash(message, secret.toUtf8(), QCryptographicHash::Sha256).toHex();
    const QJsonObject body{
        {u"apiKey"_s, apiKey},
        {u"timestamp"_s, double(timestamp)},
        {u"hash"_s, QString::fromLatin1(hash)},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QString TestClient::hmacToken(const QString &apiKey, const QString &secret, qint64 timestamp)
{
    const TestReply reply = post(u"/v1/auth"_s, hmacBody(apiKey, secret, timestamp));
    return reply.status == 200 ? reply.json().object().value(u"token"_s).toString() : QString();
}

QString TestClient::hmacToken(const QString &apiKey, const QString &secret)
{
    return hmacToken(apiKey, secret, QDateTime::currentSecsSinceEpoch());
}

QByteArray TestClient::bearer(const QString &token)
{
    return "Bearer "_ba + token.toUtf8();
}

QByteArray TestClient::basic(const QString &keyId, const QString &secret)
{
    return "Basic "_ba + QString(keyId + u':' + secret).toUtf8().toBase64();
}

} // namespace CardDesk::Sim::Testing
