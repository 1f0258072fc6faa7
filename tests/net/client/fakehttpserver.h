// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <utility>

/// A scripted HTTP/1.1 server on 127.0.0.1 for the transport cases the simulator does not cover:
/// redirects, odd Date headers, and reading the exact headers the client sent. Each request gets
/// the next queued response, and every request is recorded as received.
class FakeHttpServer final : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; ///< Names in lower case.
        QByteArray body;
    };

    explicit FakeHttpServer(QObject *parent = nullptr)
        : QObject(parent)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::accept);
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl baseUrl() const
    {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(m_server.serverPort());
        return url;
    }
    /// Queues the raw response for the next request. An empty response leaves the request hanging.
    void enqueue(const QByteArray &response) { m_responses.append(response); }
    static QByteArray response(int status, const QByteArray &reason, const QByteArray &body,
                               const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        QByteArray text = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
        for (const auto &[name, value] : headers)
            text += name + ": " + value + "\r\n";
        text += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
                "\r\nConnection: close\r\n\r\n" + body;
        return text;
    }
    const QList<Request> &requests() const { return m_requests; }

Q_SIGNALS:
    void requestReceived();

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        Request request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.path = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        m_buffers.remove(socket);
        m_requests.append(request);
        const QByteArray reply = m_responses.isEmpty() ? QByteArray() : m_responses.takeFirst();
        if (!reply.isEmpty()) {
            socket->write(reply);
            socket->disconnectFromHost();
        }
        Q_EMIT requestReceived();
    }

    QTcpServer m_server;
    QList<QByteArray> m_responses;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
