// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilestore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSettings>

#include <algorithm>

Q_LOGGING_CATEGORY(lcProfileStore, "carddesk.net.profilestore", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace CardDesk::Net {

namespace {

const QString ProfilesGroup = u"profiles"_s;
const QString CurrentKey = u"currentProfile"_s;
const QString NameKey = u"displayName"_s;
const QString BaseUrlKey = u"baseUrl"_s;
const QString RegionKey = u"region"_s;
const QString AuthModeKey = u"authMode"_s;
const QString KeyIdKey = u"keyId"_s;
const QString ReadAuthModeKey = u"readAuthMode"_s;
const QString ReadKeyIdKey = u"readKeyId"_s;
const QString CaBundleKey = u"network/caBundle"_s;
const QString ProxyModeKey = u"network/proxyMode"_s;
const QString ProxyHostKey = u"network/proxyHost"_s;
const QString ProxyPortKey = u"network/proxyPort"_s;
const QString ProxyUserKey = u"network/proxyUser"_s;
const QString ProxyPasswordInKeychainKey = u"network/proxyPasswordInKeychain"_s;
const QString Http2Key = u"network/http2"_s;
const QString TransferTimeoutKey = u"network/transferTimeoutMs"_s;

} // namespace

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings)
{
    Q_ASSERT(settings);
}

QList<Profile> ProfileStore::profiles() const
{
    m_settings->beginGroup(ProfilesGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();

    QList<Profile> result;
    for (const QString &id : ids) {
        if (std::optional<Profile> profile = read(id))
            result.append(*profile);
    }
    std::sort(result.begin(), result.end(), [](const Profile &a, const Profile &b) {
        return a.displayName.localeAwareCompare(b.displayName) < 0;
    });
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    if (id.isEmpty())
        return std::nullopt;
    return read(id);
}

std::optional<Profile> ProfileStore::read(const QString &id) const
{
    m_settings->beginGroup(ProfilesGroup + u'/' + id);
    const bool exists = m_settings->contains(BaseUrlKey);
    Profile profile;
    profile.id = id;
    profile.displayName = m_settings->value(NameKey).toString();
    profile.baseUrl = QUrl(m_settings->value(BaseUrlKey).toString());
    const std::optional<Region> region = regionFromWire(m_settings->value(RegionKey).toString());
    const std::optional<AuthMode> mode = authModeFromName(m_settings->value(AuthModeKey).toString());
    profile.key.keyId = m_settings->value(KeyIdKey).toString();
    const QString readKeyId = m_settings->value(ReadKeyIdKey).toString();
    const std::optional<AuthMode> readMode =
        authModeFromName(m_settings->value(ReadAuthModeKey, authModeToName(AuthMode::HmacToken)).toString());
    const std::optional<ProxyMode> proxyMode =
        proxyModeFromName(m_settings->value(ProxyModeKey, proxyModeToName(ProxyMode::System)).toString());
    readNetwork(profile.network);
    m_settings->endGroup();

    if (!exists)
        return std::nullopt;
    if (!region || !mode || !readMode || !proxyMode) {
        qCWarning(lcProfileStore) << "profile" << id << "skipped: unknown region, auth mode or proxy mode in"
                                  << m_settings->fileName();
        return std::nullopt;
    }
    profile.region = *region;
    profile.key.authMode = *mode;
    if (!readKeyId.isEmpty())
        profile.readKey = ApiKeyConfig{*readMode, readKeyId};
    profile.network.proxy.mode = *proxyMode;
    return profile;
}

void ProfileStore::readNetwork(NetworkSettings &network) const
{
    network.caBundlePath = m_settings->value(CaBundleKey).toString();
    network.proxy.host = m_settings->value(ProxyHostKey).toString();
    const uint port = m_settings->value(ProxyPortKey, 0).toUInt();
    network.proxy.port = port <= 65535 ? quint16(port) : 0;
    network.proxy.userName = m_settings->value(ProxyUserKey).toString();
    network.proxy.passwordInKeychain = m_settings->value(ProxyPasswordInKeychainKey, false).toBool();
    network.http2Enabled = m_settings->value(Http2Key, true).toBool();
    bool isNumber = false;
    const int timeout = m_settings->value(TransferTimeoutKey).toInt(&isNumber);
    network.transferTimeoutMs = isNumber ? timeout : NetworkSettings::DefaultTransferTimeoutMs;
}

void ProfileStore::writeNetwork(const NetworkSettings &network)
{
    m_settings->setValue(CaBundleKey, network.caBundlePath);
    m_settings->setValue(ProxyModeKey, proxyModeToName(network.proxy.mode));
    m_settings->setValue(ProxyHostKey, network.proxy.host.trimmed());
    m_settings->setValue(ProxyPortKey, uint(network.proxy.port));
    m_settings->setValue(ProxyUserKey, network.proxy.userName);
    m_settings->setValue(ProxyPasswordInKeychainKey, network.proxy.passwordInKeychain);
    m_settings->setValue(Http2Key, network.http2Enabled);
    m_settings->setValue(TransferTimeoutKey, network.transferTimeoutMs);
}

QString ProfileStore::save(const Profile &profile)
{
    if (profile.id.isEmpty() || profile.id.contains(u'/'))
        return QCoreApplication::translate("CardDesk::Net::ProfileStore",
                                           "The profile id \"%1\" is empty or contains '/'.")
            .arg(profile.id);
    if (const QString error = profile.validationError(); !error.isEmpty())
        return error;

    m_settings->beginGroup(ProfilesGroup + u'/' + profile.id);
    m_settings->setValue(NameKey, profile.displayName);
    m_settings->setValue(BaseUrlKey, normalizedBaseUrl(profile.baseUrl).toString());
    m_settings->setValue(RegionKey, regionToWire(profile.region));
    m_settings->setValue(AuthModeKey, authModeToName(profile.key.authMode));
    m_settings->setValue(KeyIdKey, profile.key.keyId);
    if (profile.readKey) {
        m_settings->setValue(ReadAuthModeKey, authModeToName(profile.readKey->authMode));
        m_settings->setValue(ReadKeyIdKey, profile.readKey->keyId);
    } else {
        m_settings->remove(ReadAuthModeKey);
        m_settings->remove(ReadKeyIdKey);
    }
    writeNetwork(profile.network);
    m_settings->endGroup();
    m_settings->sync();
    qCInfo(lcProfileStore) << "profile" << profile.id << "saved";
    return {};
}

bool ProfileStore::remove(const QString &id)
{
    if (!read(id))
        return false;
    m_settings->remove(ProfilesGroup + u'/' + id);
    if (currentProfileId() == id)
        m_settings->remove(CurrentKey);
    m_settings->sync();
    qCInfo(lcProfileStore) << "profile" << id << "removed";
    return true;
}

QList<SecretKey> ProfileStore::secretKeysToRemove(const QString &id) const
{
    const std::optional<Profile> removed = read(id);
    if (!removed)
        return {};
    QList<SecretKey> keys = SecretKey::allForProfile(*removed);
    for (const Profile &other : profiles()) {
        if (other.id == id)
            continue;
        const QList<SecretKey> used = SecretKey::allForProfile(other);
        keys.removeIf([&used](const SecretKey &key) { return used.contains(key); });
    }
    return keys;
}

QString ProfileStore::currentProfileId() const
{
    return m_settings->value(CurrentKey).toString();
}

void ProfileStore::setCurrentProfileId(const QString &id)
{
    m_settings->setValue(CurrentKey, id);
    m_settings->sync();
}

} // namespace CardDesk::Net
