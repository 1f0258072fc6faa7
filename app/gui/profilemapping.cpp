// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilemapping.h"

namespace CardDesk::Gui {

namespace {

Ui::ApiKeyEntry toKeyEntry(const Net::ApiKeyConfig &key)
{
    return Ui::ApiKeyEntry{Ui::AuthMode(int(key.authMode)), key.keyId};
}

Net::ApiKeyConfig fromKeyEntry(const Ui::ApiKeyEntry &entry, Net::ApiKeyConfig key)
{
    key.authMode = Net::AuthMode(int(entry.authMode));
    key.keyId = entry.keyId.trimmed();
    return key;
}

Ui::NetworkEntry toNetworkEntry(const Net::NetworkSettings &network)
{
    Ui::NetworkEntry entry;
    entry.caBundlePath = network.caBundlePath;
    entry.proxyMode = Ui::ProxyMode(int(network.proxy.mode));
    entry.proxyHost = network.proxy.host;
    if (network.proxy.port != 0)
        entry.proxyPort = network.proxy.port;
    entry.proxyUser = network.proxy.userName;
    entry.http2 = network.http2Enabled;
    entry.transferTimeoutSeconds = network.transferTimeoutMs / 1000;
    return entry;
}

Net::NetworkSettings fromNetworkEntry(const Ui::NetworkEntry &entry, Net::NetworkSettings network)
{
    network.caBundlePath = entry.caBundlePath;
    network.proxy.mode = Net::ProxyMode(int(entry.proxyMode));
    const bool explicitProxy = entry.proxyMode == Ui::ProxyMode::Explicit;
    network.proxy.host = explicitProxy ? entry.proxyHost : QString();
    network.proxy.port = explicitProxy ? quint16(entry.proxyPort) : quint16(0);
    network.proxy.userName = explicitProxy ? entry.proxyUser : QString();
    network.proxy.passwordInKeychain = network.proxy.passwordInKeychain && !network.proxy.userName.isEmpty();
    network.http2Enabled = entry.http2;
    network.transferTimeoutMs = entry.transferTimeoutSeconds * 1000;
    return network;
}

} // namespace

bool hasSeparateKeys(const Net::Profile &profile)
{
    return profile.hasSeparateReadKey();
}

Ui::ProfileEntry toEntry(const Net::Profile &profile)
{
    Ui::ProfileEntry entry;
    entry.name = profile.displayName;
    entry.baseUrl = profile.baseUrl;
    entry.region = Net::regionToWire(profile.region);
    entry.writeKey = toKeyEntry(profile.keyFor(Net::KeyUse::Write));
    entry.separateKeys = hasSeparateKeys(profile);
    if (entry.separateKeys)
        entry.readKey = toKeyEntry(*profile.readKey);
    entry.network = toNetworkEntry(profile.network);
    return entry;
}

Net::Profile fromEntry(const Ui::ProfileEntry &entry, Net::Profile base)
{
    base.displayName = entry.name.trimmed();
    base.baseUrl = Net::normalizedBaseUrl(entry.baseUrl);
    base.region = Net::regionFromWire(entry.region).value_or(Net::Region::Usce1);
    base.key = fromKeyEntry(entry.writeKey, base.key);
    if (entry.separateKeys)
        base.readKey = fromKeyEntry(entry.readKey, base.readKey.value_or(Net::ApiKeyConfig{}));
    else
        base.readKey.reset();
    base.network = fromNetworkEntry(entry.network, base.network);
    return base;
}

Ui::ProfileSummary toSummary(const Net::Profile &profile)
{
    QStringList keyIds{profile.keyFor(Net::KeyUse::Write).keyId};
    if (hasSeparateKeys(profile))
        keyIds.append(profile.keyFor(Net::KeyUse::Read).keyId);
    return Ui::ProfileSummary{profile.id, profile.displayName, profile.baseUrl,
                              Net::regionToWire(profile.region), keyIds};
}

Net::KeyUse keyUseOf(Ui::KeySlot slot)
{
    return slot == Ui::KeySlot::Write ? Net::KeyUse::Write : Net::KeyUse::Read;
}

QList<Ui::KeySlot> keySlotsOf(const Net::Profile &profile)
{
    if (hasSeparateKeys(profile))
        return {Ui::KeySlot::Write, Ui::KeySlot::Read};
    return {Ui::KeySlot::Write};
}

} // namespace CardDesk::Gui
