// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/httpmessage.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QUrl>

namespace CardDesk::Sim {

class HttpFrontend;

/// A second HTTP listener on another port: another origin for cross-origin redirect tests. It answers
/// every request with 200 and a short JSON note, and keeps each request it received. The value of an
/// Authorization header is replaced by "***", so the record shows whether one arrived without
/// storing a credential.
class SecondaryListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecondaryListener)

public:
    explicit SecondaryListener(QObject *parent = nullptr);
    ~SecondaryListener() override;

    /// Serves HTTPS with these PEM files; see HttpFrontend::setTlsFiles().
    bool setTlsFiles(const QString &certificatePath, const QString &privateKeyPath, QString *error);
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    /// Returns the URL of this listener, such as http://127.0.0.1:40124, or an empty URL before listen().
    QUrl baseUrl() const;
    /// Returns every request received so far, oldest first, with Authorization values masked.
    const QList<HttpRequest> &requests() const { return m_requests; }

Q_SIGNALS:
    void requestReceived(const QString &path);

private:
    HttpFrontend *m_frontend;
    QList<HttpRequest> m_requests;
};

} // namespace CardDesk::Sim
