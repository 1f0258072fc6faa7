// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretserviceprobe.h"

#include <QLoggingCategory>
#include <QMetaObject>

#if CARDDESK_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

Q_LOGGING_CATEGORY(lcSecretProbe, "carddesk.net.secretserviceprobe", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace CardDesk::Net {

namespace {

void postReachable(QObject *context, std::function<void(bool)> done, bool reachable)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), reachable] { done(reachable); }, Qt::QueuedConnection);
}

#if CARDDESK_HAVE_DBUS
const QString SecretServiceName = u"org.freedesktop.secrets"_s;
constexpr int ProbeTimeoutMs = 3000;

// Calls one method of the bus daemon itself and hands its reply to handle.
void callBusDaemon(QObject *context, const QString &method, const QVariantList &arguments,
                   std::function<void(const QDBusMessage &reply)> handle)
{
    QDBusMessage call = QDBusMessage::createMethodCall(u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
                                                       u"org.freedesktop.DBus"_s, method);
    call.setArguments(arguments);
    auto *watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call, ProbeTimeoutMs), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [handle = std::move(handle)](QDBusPendingCallWatcher *finished) {
                         finished->deleteLater();
                         handle(finished->reply());
                     });
}

void checkActivatable(QObject *context, std::function<void(bool)> done)
{
    callBusDaemon(context, u"ListActivatableNames"_s, {},
                  [done = std::move(done)](const QDBusMessage &reply) {
                      const bool activatable =
                          reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty() &&
                          reply.arguments().constFirst().toStringList().contains(SecretServiceName);
                      qCDebug(lcSecretProbe) << "Secret Service activatable:" << activatable;
                      done(activatable);
                  });
}
#endif

} // namespace

void probeSecretService(QObject *context, std::function<void(bool reachable)> done)
{
    Q_ASSERT(context);
#if CARDDESK_HAVE_DBUS
    if (!QDBusConnection::sessionBus().isConnected()) {
        qCInfo(lcSecretProbe) << "no D-Bus session bus:"
                              << QDBusConnection::sessionBus().lastError().message();
        postReachable(context, std::move(done), false);
        return;
    }
    // Qt drops the connection when context is destroyed, so the handler never runs with a dangling context.
    callBusDaemon(context, u"NameHasOwner"_s, {SecretServiceName},
                  [context, done = std::move(done)](const QDBusMessage &reply) mutable {
                      const bool running = reply.type() == QDBusMessage::ReplyMessage &&
                                           !reply.arguments().isEmpty() &&
                                           reply.arguments().constFirst().toBool();
                      if (running) {
                          done(true);
                          return;
                      }
                      checkActivatable(context, std::move(done));
                  });
#else
    postReachable(context, std::move(done), true);
#endif
}

} // namespace CardDesk::Net
