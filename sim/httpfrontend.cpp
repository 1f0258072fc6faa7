// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpfrontend.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTimer>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif
#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#endif

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHttp, "carddesk.sim.http", QtInfoMsg)

namespace CardDesk::Sim {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET"_ba;
    case QHttpServerRequest::Method::Put:
        return "PUT"_ba;
    case QHttpServerRequest::Method::Delete:
        return "DELETE"_ba;
    case QHttpServerRequest::Method::Post:
        return "POST"_ba;
    case QHttpServerRequest::Method::Head:
        return "HEAD"_ba;
    case QHttpServerRequest::Method::Options:
        return "OPTIONS"_ba;
    case QHttpServerRequest::Method::Patch:
        return "PATCH"_ba;
    case QHttpServerRequest::Method::Connect:
        return "CONNECT"_ba;
    case QHttpServerRequest::Method::Trace:
        return "TRACE"_ba;
    default:
        return "UNKNOWN"_ba;
    }
}

void addHeader(QHash<QByteArray, QByteArray> *headers, const QByteArray &name, const QByteArray &value)
{
    const QByteArray key = name.toLower();
    auto existing = headers->find(key);
    if (existing == headers->end())
        headers->insert(key, value);
    else
        *existing += ", "_ba + value;
}

// With SO_LINGER on and a zero timeout, closing the socket sends RST instead of FIN, so the
// client sees "connection reset by peer" as it would from a crashed proxy.
void enableAbortiveClose(QTcpSocket *socket)
{
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor < 0)
        return;
    linger option{};
    option.l_onoff = 1;
    option.l_linger = 0;
#ifdef Q_OS_WIN
    ::setsockopt(SOCKET(descriptor), SOL_SOCKET, SO_LINGER, reinterpret_cast<const char *>(&option),
                 sizeof(option));
#else
    ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &option, sizeof(option));
#endif
}

// Qt 6.4's HTTP client writes a request body of more than 16 KiB in two writes and leaves Nagle's
// algorithm on, so the second write waits for the ACK of the first. Linux delays that ACK by 40 ms
// or more on a connection it treats as interactive. TCP_QUICKACK, set after each read, sends the
// pending ACK at once, so a large request arrives without that stall. The option is not
// permanent, which is why it is set again on every read.
void acknowledgeReadsPromptly(QTcpSocket *socket)
{
#ifdef Q_OS_LINUX
    static const char *const HookedProperty = "carddesk.sim.quickAck";
    if (!socket || socket->property(HookedProperty).toBool())
        return;
    socket->setProperty(HookedProperty, true);
    const auto acknowledge = [socket] {
        const int on = 1;
        ::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof(on));
    };
    QObject::connect(socket, &QTcpSocket::readyRead, socket, acknowledge);
    acknowledge();
#else
    Q_UNUSED(socket)
#endif
}

} // namespace

HttpExchange::HttpExchange(HttpRequest request, QHttpServerResponder &&responder, QTcpSocket *socket)
    : m_request(std::move(request))
    , m_responder(std::move(responder))
    , m_socket(socket)
    , m_socketKnown(socket != nullptr)
{}

void HttpExchange::respond(const HttpResponse &response, const QDateTime &serverTime)
{
    if (m_finished || isConnectionClosed())
        return;
    m_finished = true;
    const auto status = QHttpServerResponder::StatusCode(response.status);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers;
    if (!response.contentType.isEmpty())
        headers.append(QHttpHeaders::WellKnownHeader::ContentType, response.contentType);
    for (const auto &[name, value] : response.headers)
        headers.append(name, value);
    headers.append(QHttpHeaders::WellKnownHeader::Date, httpDate(serverTime));
    m_responder.write(response.body, headers, status);
#else
    m_responder.writeStatusLine(status);
    if (!response.contentType.isEmpty())
        m_responder.writeHeader("Content-Type"_ba, response.contentType);
    for (const auto &[name, value] : response.headers)
        m_responder.writeHeader(name, value);
    m_responder.writeHeader("Date"_ba, httpDate(serverTime));
    m_responder.writeHeader("Content-Length"_ba, QByteArray::number(response.body.size()));
    m_responder.writeBody(response.body);
#endif
}

void HttpExchange::reset()
{
    m_finished = true;
    QTcpSocket *socket = m_socket.data();
    if (!socket) {
        // Qt 6.5 and later hide the socket behind the responder, so findSocket() looks it up by the
        // client's port. If that fails, the connection stays open and the client times out.
        qCWarning(lcHttp) << "request" << m_request.id << "has no known socket to reset";
        return;
    }
    enableAbortiveClose(socket);
    socket->abort();
}

qsizetype HttpExchange::respondPartlyThenReset(const HttpResponse &response, const QDateTime &serverTime,
                                               qsizetype bodyBytes)
{
    if (m_finished || isConnectionClosed())
        return -1;
    m_finished = true;
    QTcpSocket *socket = m_socket.data();
    if (!socket) {
        qCWarning(lcHttp) << "request" << m_request.id << "has no known socket to reset";
        return -1;
    }
    const qsizetype sent =
        std::clamp<qsizetype>(bodyBytes < 0 ? response.body.size() / 2 : bodyBytes, 0, response.body.size());
    // The bytes are written to the socket directly, because the responder sends a response only
    // whole. Content-Length announces the whole body, so the client knows the body was cut short.
    QByteArray head = "HTTP/1.1 "_ba + QByteArray::number(response.status) + ' ' +
                      reasonPhrase(response.status) + "\r\n"_ba;
    if (!response.contentType.isEmpty())
        head += "Content-Type: "_ba + response.contentType + "\r\n"_ba;
    for (const auto &[name, value] : response.headers)
        head += name + ": "_ba + value + "\r\n"_ba;
    head += "Date: "_ba + httpDate(serverTime) + "\r\n"_ba;
    head += "Content-Length: "_ba + QByteArray::number(response.body.size()) + "\r\n\r\n"_ba;
    socket->write(head + response.body.left(sent));
    socket->flush();
    // A reset discards what the socket has not sent yet, so it waits until Qt's buffer is empty,
    // and then a little longer for the client to read what arrived. A client that has not read
    // the status line by then sees a reset before any response, and Qt's HTTP client then resends
    // the request by itself.
    constexpr int ReadTimeMs = 250;
    const auto resetSoon = [socket] {
        QTimer::singleShot(ReadTimeMs, socket, [socket] {
            enableAbortiveClose(socket);
            socket->abort();
        });
    };
    if (socket->bytesToWrite() == 0) {
        resetSoon();
    } else {
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection =
            QObject::connect(socket, &QIODevice::bytesWritten, socket, [socket, connection, resetSoon] {
                if (socket->bytesToWrite() > 0)
                    return;
                QObject::disconnect(*connection);
                resetSoon();
            });
    }
    return sent;
}

HttpFrontend::HttpFrontend(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{}

HttpFrontend::~HttpFrontend() = default;

namespace {

QByteArray readPemFile(const QString &path, const QString &fileKind, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = HttpFrontend::tr("Cannot read the TLS %1 file \"%2\": %3")
                         .arg(fileKind, path, file.errorString());
        return {};
    }
    return file.readAll();
}

} // namespace

bool HttpFrontend::setTlsFiles(const QString &certificatePath, const QString &privateKeyPath, QString *error)
{
    const QByteArray certificatePem = readPemFile(certificatePath, tr("certificate"), error);
    if (certificatePem.isEmpty())
        return false;
    const QByteArray keyPem = readPemFile(privateKeyPath, tr("private key"), error);
    if (keyPem.isEmpty())
        return false;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    if (chain.isEmpty()) {
        if (error)
            *error = tr("The TLS certificate file \"%1\" contains no PEM certificate.").arg(certificatePath);
        return false;
    }
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        if (error)
            *error = tr("The TLS private key file \"%1\" contains no unencrypted PEM RSA or EC key.")
                         .arg(privateKeyPath);
        return false;
    }
    m_sslConfiguration = QSslConfiguration::defaultConfiguration();
    m_sslConfiguration.setLocalCertificateChain(chain);
    m_sslConfiguration.setPrivateKey(key);
    m_sslConfiguration.setPeerVerifyMode(QSslSocket::VerifyNone); // No client certificates.
    m_tls = true;
    qCInfo(lcHttp).noquote() << "TLS certificate" << chain.first().subjectDisplayName() << "from"
                             << certificatePath;
    return true;
}

bool HttpFrontend::listenOn(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_tcpServer) {
        if (error)
            *error = tr("The simulator is already listening on port %1.").arg(m_tcpServer->serverPort());
        return false;
    }
    // A bound QSslServer hands over a connection only after its TLS handshake, which serves HTTPS
    // on Qt 6.4 and later alike, while sslSetup() applies only to QAbstractHttpServer::listen().
    QTcpServer *tcpServer = nullptr;
    if (m_tls) {
        auto *sslServer = new QSslServer(this);
        sslServer->setSslConfiguration(m_sslConfiguration);
        tcpServer = sslServer;
    } else {
        tcpServer = new QTcpServer(this);
    }
    if (!tcpServer->listen(address, port)) {
        if (error) {
            *error = tr("Cannot listen on %1 port %2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(tcpServer->errorString());
        }
        delete tcpServer;
        return false;
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    if (!bind(tcpServer)) {
        if (error)
            *error =
                tr("Cannot serve HTTP on %1 port %2.").arg(address.toString()).arg(tcpServer->serverPort());
        delete tcpServer;
        return false;
    }
#else
    bind(tcpServer);
#endif
    m_tcpServer = tcpServer;
    qCInfo(lcHttp).noquote() << "listening on" << address.toString() << "port" << tcpServer->serverPort();
    return true;
}

QHostAddress HttpFrontend::serverAddress() const
{
    return m_tcpServer ? m_tcpServer->serverAddress() : QHostAddress();
}

quint16 HttpFrontend::serverPort() const
{
    return m_tcpServer ? m_tcpServer->serverPort() : 0;
}

void HttpFrontend::holdOpen(const HttpExchangePtr &exchange)
{
    const auto closed = [](const HttpExchangePtr &held) {
        return held->isConnectionClosed();
    };
    m_heldOpen.erase(std::remove_if(m_heldOpen.begin(), m_heldOpen.end(), closed), m_heldOpen.end());
    m_heldOpen.push_back(exchange);
}

HttpRequest HttpFrontend::copyRequest(const QHttpServerRequest &request)
{
    HttpRequest copy;
    copy.id = ++m_requestCount;
    copy.method = methodName(request.method());
    copy.path = request.url().path();
    while (copy.path.size() > 1 && copy.path.endsWith(u'/'))
        copy.path.chop(1);
    copy.query = request.query();
    copy.body = request.body();
    copy.remoteAddress = request.remoteAddress();
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    const QHttpHeaders headers = request.headers();
    for (qsizetype i = 0; i < headers.size(); ++i)
        addHeader(&copy.headers, headers.nameAt(i).toString().toLatin1(), headers.valueAt(i).toByteArray());
#else
    const auto headers = request.headers();
    for (const auto &[name, value] : headers)
        addHeader(&copy.headers, name, value);
#endif
    return copy;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    acknowledgeReadsPromptly(socket);
    m_handler(std::make_shared<HttpExchange>(copyRequest(request), makeResponder(request, socket), socket));
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() accepts every request, so Qt never calls this.
    Q_UNUSED(request)
    Q_UNUSED(socket)
}

#else

// NOTE: The branches for Qt 6.5 and later follow Qt's documented API, but no build against those
// versions has checked them yet.
namespace {

QTcpSocket *findSocket(const QObject *server, const QHttpServerRequest &request)
{
    const QList<QTcpSocket *> sockets = server->findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        if (socket->peerPort() == request.remotePort() && socket->peerAddress() == request.remoteAddress())
            return socket;
    }
    return nullptr;
}

} // namespace

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    QTcpSocket *socket = findSocket(this, request);
    acknowledgeReadsPromptly(socket);
    m_handler(std::make_shared<HttpExchange>(copyRequest(request), std::move(responder), socket));
    return true;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
void HttpFrontend::missingHandler(const QHttpServerRequest &request, QHttpServerResponder &&responder)
#else
void HttpFrontend::missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder)
#endif
{
    // handleRequest() accepts every request, so Qt never calls this.
    Q_UNUSED(request)
    Q_UNUSED(responder)
}

#endif

} // namespace CardDesk::Sim
