// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/httpmessage.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpSocket>

#include <functional>
#include <memory>
#include <vector>

namespace CardDesk::Sim {

/// One request and the connection it arrived on. The handler responds once, now or later, or
/// breaks the connection. An exchange without a response leaves the client waiting.
class HttpExchange final
{
public:
    HttpExchange(HttpRequest request, QHttpServerResponder &&responder, QTcpSocket *socket);
    Q_DISABLE_COPY_MOVE(HttpExchange)

    const HttpRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }

    /// Writes the response with Content-Type, Content-Length and Date headers.
    /// Does nothing when the exchange already finished or its client has disconnected.
    void respond(const HttpResponse &response, const QDateTime &serverTime);
    /// Closes the connection with a TCP reset instead of a response.
    void reset();
    /// Writes the status line, the headers (Content-Length of the whole body included) and the first
    /// bodyBytes bytes of the body, then closes the connection with a TCP reset once those bytes
    /// are on their way. A negative bodyBytes sends half the body. Returns the body bytes written,
    /// or -1 when the connection is closed or its socket is not known.
    qsizetype respondPartlyThenReset(const HttpResponse &response, const QDateTime &serverTime,
                                     qsizetype bodyBytes);
    /// Returns true once the client's connection is known to be closed.
    bool isConnectionClosed() const { return m_socketKnown && (m_socket.isNull() || !m_socket->isOpen()); }

private:
    HttpRequest m_request;
    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_socket;
    bool m_socketKnown = false;
    bool m_finished = false;
};

using HttpExchangePtr = std::shared_ptr<HttpExchange>;

/// The simulator's HTTP/1.1 front end on Qt HTTP Server. It turns each request into an
/// HttpExchange and passes it to one handler, which does all routing.
class HttpFrontend final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpFrontend)

public:
    using Handler = std::function<void(const HttpExchangePtr &exchange)>;

    explicit HttpFrontend(Handler handler, QObject *parent = nullptr);
    ~HttpFrontend() override;

    /// Serves HTTPS with the PEM certificate and private key (RSA or EC) in these files on every later
    /// listenOn(). On failure returns false and sets error, naming the file.
    bool setTlsFiles(const QString &certificatePath, const QString &privateKeyPath, QString *error);
    bool isTls() const { return m_tls; }

    /// Starts listening. On failure returns false and sets error to the reason.
    bool listenOn(const QHostAddress &address, quint16 port, QString *error);
    QHostAddress serverAddress() const;
    quint16 serverPort() const;

    /// Keeps an exchange without a response, and with it the client's connection, open until the
    /// client disconnects or this server is destroyed.
    void holdOpen(const HttpExchangePtr &exchange);

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &&responder) override;
#else
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#endif
#endif

private:
    HttpRequest copyRequest(const QHttpServerRequest &request);

    Handler m_handler;
    bool m_tls = false;
    QSslConfiguration m_sslConfiguration;
    QPointer<QTcpServer> m_tcpServer;
    std::vector<HttpExchangePtr> m_heldOpen;
    quint64 m_requestCount = 0;
};

} // namespace CardDesk::Sim
