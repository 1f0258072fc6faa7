// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"

#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace CardDesk::Net {

QString secretStatusName(SecretStatus status)
{
    switch (status) {
    case SecretStatus::Ok:
        return u"ok"_s;
    case SecretStatus::NotFound:
        return u"not-found"_s;
    case SecretStatus::NoKeychain:
        return u"no-keychain"_s;
    case SecretStatus::Denied:
        return u"denied"_s;
    case SecretStatus::TimedOut:
        return u"timed-out"_s;
    case SecretStatus::Failed:
        return u"failed"_s;
    }
    return u"failed"_s;
}

QString SecretKey::account() const
{
    if (kind == SecretKind::ProxyPassword)
        return QString(u"CardDesk/proxy/"_s + baseUrl.host().toLower() + u':' +
                       QString::number(baseUrl.port()) + u"/user/"_s + keyId);
    return QString(u"CardDesk/"_s + normalizedBaseUrl(baseUrl).toString() + u"/key/"_s + keyId);
}

SecretKey SecretKey::forProfile(const Profile &profile, KeyUse use)
{
    return SecretKey{profile.baseUrl, profile.keyFor(use).keyId};
}

SecretKey SecretKey::forProxy(const ProxySettings &proxy)
{
    if (proxy.mode != ProxyMode::Explicit || proxy.userName.isEmpty() || proxy.host.trimmed().isEmpty())
        return SecretKey{QUrl(), {}, SecretKind::ProxyPassword};
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(proxy.host.trimmed());
    url.setPort(proxy.port);
    return SecretKey{url, proxy.userName, SecretKind::ProxyPassword};
}

QList<SecretKey> SecretKey::allForProfile(const Profile &profile)
{
    QList<SecretKey> keys;
    for (const KeyUse use : profile.distinctKeyUses())
        keys.append(forProfile(profile, use));
    const SecretKey proxyKey = forProxy(profile.network.proxy);
    if (profile.network.proxy.passwordInKeychain && proxyKey.isValid())
        keys.append(proxyKey);
    return keys;
}

SecretStore::~SecretStore() = default;

namespace {

void removeNext(SecretStore *store, QList<SecretKey> keys, qsizetype index, QObject *context,
                SecretCallback callback, std::optional<SecretResult> firstFailure)
{
    if (index >= keys.size()) {
        callback(firstFailure.value_or(SecretResult{SecretStatus::Ok, {}, {}}));
        return;
    }
    const SecretKey key = keys.at(index);
    store->remove(key, context,
                  [store, keys = std::move(keys), index, context, callback = std::move(callback),
                   firstFailure](const SecretResult &result) mutable {
                      if (!result.ok() && result.status != SecretStatus::NotFound && !firstFailure)
                          firstFailure = result;
                      removeNext(store, std::move(keys), index + 1, context, std::move(callback),
                                 std::move(firstFailure));
                  });
}

} // namespace

void removeSecrets(SecretStore *store, const QList<SecretKey> &keys, QObject *context,
                   SecretCallback callback)
{
    if (keys.isEmpty()) {
        postSecretResult(context, std::move(callback), SecretResult{SecretStatus::Ok, {}, {}});
        return;
    }
    removeNext(store, keys, 0, context, std::move(callback), std::nullopt);
}

void postSecretResult(QObject *context, SecretCallback callback, SecretResult result)
{
    if (!context)
        return;
    QMetaObject::invokeMethod(
        context, [callback = std::move(callback), result = std::move(result)] { callback(result); },
        Qt::QueuedConnection);
}

void MemorySecretStore::read(const SecretKey &key, QObject *context, SecretCallback callback)
{
    if (reportForcedStatus(context, callback))
        return;
    const auto it = m_secrets.constFind(key.account());
    if (it == m_secrets.constEnd())
        postSecretResult(context, std::move(callback), SecretResult{SecretStatus::NotFound, {}, {}});
    else
        postSecretResult(context, std::move(callback), SecretResult{SecretStatus::Ok, it.value(), {}});
}

void MemorySecretStore::write(const SecretKey &key, const QString &secret, QObject *context,
                              SecretCallback callback)
{
    if (reportForcedStatus(context, callback))
        return;
    m_secrets.insert(key.account(), secret);
    postSecretResult(context, std::move(callback), SecretResult{SecretStatus::Ok, {}, {}});
}

void MemorySecretStore::remove(const SecretKey &key, QObject *context, SecretCallback callback)
{
    if (reportForcedStatus(context, callback))
        return;
    m_secrets.remove(key.account());
    postSecretResult(context, std::move(callback), SecretResult{SecretStatus::Ok, {}, {}});
}

void MemorySecretStore::setForcedStatus(SecretStatus status, const QString &message)
{
    m_forced = SecretResult{status, {}, message};
}

void MemorySecretStore::clearForcedStatus()
{
    m_forced.reset();
}

bool MemorySecretStore::reportForcedStatus(QObject *context, const SecretCallback &callback)
{
    if (!m_forced)
        return false;
    postSecretResult(context, callback, *m_forced);
    return true;
}

} // namespace CardDesk::Net
