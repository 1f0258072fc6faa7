// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secondarylistener.h"

#include "sim/httpfrontend.h"

#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSecondary, "carddesk.sim.secondary", QtInfoMsg)

namespace CardDesk::Sim {

SecondaryListener::SecondaryListener(QObject *parent)
    : QObject(parent)
    , m_frontend(new HttpFrontend(
          [this](const HttpExchangePtr &exchange) {
              HttpRequest request = exchange->request();
              const bool withAuthorization = request.headers.contains("authorization"_ba);
              if (withAuthorization)
                  request.headers.insert("authorization"_ba, "***"_ba);
              qCWarning(lcSecondary).noquote()
                  << "second listener received" << request.method << request.path
                  << (withAuthorization ? "WITH an Authorization header" : "without Authorization");
              m_requests.append(request);
              const QJsonObject note{{u"message"_s, u"This is the simulator's second listener."_s}};
              exchange->respond(jsonResponse(200, QJsonDocument(note)), QDateTime::currentDateTimeUtc());
              Q_EMIT requestReceived(request.path);
          },
          this))
{}

SecondaryListener::~SecondaryListener() = default;

bool SecondaryListener::setTlsFiles(const QString &certificatePath, const QString &privateKeyPath,
                                    QString *error)
{
    return m_frontend->setTlsFiles(certificatePath, privateKeyPath, error);
}

bool SecondaryListener::listen(const QHostAddress &address, quint16 port, QString *error)
{
    return m_frontend->listenOn(address, port, error);
}

QUrl SecondaryListener::baseUrl() const
{
    if (m_frontend->serverPort() == 0)
        return {};
    QHostAddress host = m_frontend->serverAddress();
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress(QHostAddress::LocalHost);
    QUrl url;
    url.setScheme(m_frontend->isTls() ? u"https"_s : u"http"_s);
    url.setHost(host.toString());
    url.setPort(m_frontend->serverPort());
    return url;
}

} // namespace CardDesk::Sim
