// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "systemproxy.h"

#include "net/profile.h"

#include <QLoggingCategory>
#include <QNetworkProxyFactory>

Q_LOGGING_CATEGORY(lcSystemProxy, "carddesk.net.systemproxy", QtInfoMsg)

namespace CardDesk::Net {

namespace {

class SystemProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        if (isLoopbackHost(query.peerHostName()))
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        return systemProxyForQuery(query);
    }
};

} // namespace

void useSystemProxySettings()
{
    // Qt takes ownership of the factory.
    QNetworkProxyFactory::setApplicationProxyFactory(new SystemProxyFactory);
    qCDebug(lcSystemProxy) << "using the system proxy settings; loopback hosts are reached directly";
}

} // namespace CardDesk::Net
