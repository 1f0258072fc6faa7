// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace CardDesk::Net {

namespace {

// Gives the free functions below a translation context.
class ProfileText
{
    Q_DECLARE_TR_FUNCTIONS(CardDesk::Net::Profile)
};

} // namespace

QString regionToWire(Region region)
{
    switch (region) {
    case Region::Usce1:
        return u"usce1"_s;
    case Region::Ause1:
        return u"ause1"_s;
    }
    return u"usce1"_s;
}

std::optional<Region> regionFromWire(QStringView value)
{
    if (value.compare(u"usce1", Qt::CaseInsensitive) == 0)
        return Region::Usce1;
    if (value.compare(u"ause1", Qt::CaseInsensitive) == 0)
        return Region::Ause1;
    return std::nullopt;
}

QString authModeToName(AuthMode mode)
{
    switch (mode) {
    case AuthMode::HmacToken:
        return u"hmac"_s;
    case AuthMode::ClientSecret:
        return u"client-secret"_s;
    case AuthMode::Basic:
        return u"basic"_s;
    }
    return u"hmac"_s;
}

std::optional<AuthMode> authModeFromName(QStringView name)
{
    for (const AuthMode mode : {AuthMode::HmacToken, AuthMode::ClientSecret, AuthMode::Basic}) {
        if (name.compare(authModeToName(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

QString authModeLabel(AuthMode mode)
{
    switch (mode) {
    case AuthMode::HmacToken:
        return ProfileText::tr("API key + HMAC token");
    case AuthMode::ClientSecret:
        return ProfileText::tr("API key + client secret");
    case AuthMode::Basic:
        return ProfileText::tr("Basic (read only)");
    }
    return {};
}

QString keyUseName(KeyUse use)
{
    return use == KeyUse::Read ? u"read"_s : u"write"_s;
}

QString proxyModeToName(ProxyMode mode)
{
    switch (mode) {
    case ProxyMode::System:
        return u"system"_s;
    case ProxyMode::None:
        return u"none"_s;
    case ProxyMode::Explicit:
        return u"explicit"_s;
    }
    return u"system"_s;
}

std::optional<ProxyMode> proxyModeFromName(QStringView name)
{
    for (const ProxyMode mode : {ProxyMode::System, ProxyMode::None, ProxyMode::Explicit}) {
        if (name.compare(proxyModeToName(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

QString NetworkSettings::validationError() const
{
    if (transferTimeoutMs < MinTransferTimeoutMs || transferTimeoutMs > MaxTransferTimeoutMs)
        return ProfileText::tr("The transfer timeout %1 ms is out of range. Enter %2 to %3 ms.")
            .arg(transferTimeoutMs)
            .arg(MinTransferTimeoutMs)
            .arg(MaxTransferTimeoutMs);
    if (proxy.mode != ProxyMode::Explicit)
        return {};
    const QString host = proxy.host.trimmed();
    if (host.isEmpty())
        return ProfileText::tr("The proxy host is empty. Enter the host name or address of the proxy, "
                               "or choose the system proxy settings.");
    if (host.contains(u' ') || host.contains(u'/') || host.contains(u'@'))
        return ProfileText::tr("The proxy host \"%1\" is not a host name. Enter only the host, such as "
                               "proxy.example.com, and the port separately.")
            .arg(host);
    if (proxy.port == 0)
        return ProfileText::tr("The proxy port is missing. Enter the port of the proxy (1 to 65535).");
    if (proxy.userName.contains(u':'))
        return ProfileText::tr("The proxy user name \"%1\" contains ':', which proxy authentication "
                               "cannot carry.")
            .arg(proxy.userName);
    if (proxy.passwordInKeychain && proxy.userName.isEmpty())
        return ProfileText::tr("The proxy password is set to be kept in the keychain, but the proxy user "
                               "name is empty. Enter the user name or turn off the stored password.");
    return {};
}

const ApiKeyConfig &Profile::keyFor(KeyUse use) const
{
    if (use == KeyUse::Read && readKey)
        return *readKey;
    return key;
}

QList<KeyUse> Profile::distinctKeyUses() const
{
    if (readKey)
        return {KeyUse::Write, KeyUse::Read};
    return {KeyUse::Write};
}

namespace {

QString keyIdError(const QString &keyId, const QString &label)
{
    if (keyId.trimmed().isEmpty())
        return ProfileText::tr("The %1 id is empty. Enter the key id Calven support issued.").arg(label);
    if (keyId.contains(u':'))
        return ProfileText::tr("The %1 id \"%2\" contains ':'. Key ids cannot contain ':' because Basic "
                               "authentication separates the key id from the secret with it. Check that the "
                               "key id and the secret are in the right fields.")
            .arg(label, keyId);
    return {};
}

} // namespace

QString Profile::validationError() const
{
    if (displayName.trimmed().isEmpty())
        return ProfileText::tr("The profile name is empty. Enter a name such as the tenant or site.");
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return ProfileText::tr(
                   "The base URL \"%1\" is not a valid URL. Enter a URL such as https://api.calven.com.")
            .arg(baseUrl.toDisplayString());
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme != u"https"_s && scheme != u"http"_s)
        return ProfileText::tr("The base URL \"%1\" must start with https://.")
            .arg(baseUrl.toDisplayString());
    if (scheme == u"http"_s && !isLoopbackHost(baseUrl.host()))
        return ProfileText::tr(
                   "The base URL \"%1\" uses plain http, which would send keys and tokens unencrypted. "
                   "Use https://.")
            .arg(baseUrl.toDisplayString());
    if (!baseUrl.userInfo().isEmpty() || baseUrl.hasQuery() || baseUrl.hasFragment())
        return ProfileText::tr("The base URL \"%1\" must not contain a user name, query or fragment.")
            .arg(baseUrl.toDisplayString(QUrl::RemoveUserInfo));
    if (!readKey) {
        if (QString error = keyIdError(key.keyId, ProfileText::tr("API key")); !error.isEmpty())
            return error;
        return network.validationError();
    }
    if (QString error = keyIdError(key.keyId, ProfileText::tr("write key")); !error.isEmpty())
        return error;
    if (QString error = keyIdError(readKey->keyId, ProfileText::tr("read key")); !error.isEmpty())
        return error;
    if (key.authMode == AuthMode::Basic)
        return ProfileText::tr("The write key \"%1\" uses Basic authentication, which cannot send card "
                               "updates. Choose HMAC token or client secret for the write key.")
            .arg(key.keyId);
    if (readKey->keyId == key.keyId)
        return ProfileText::tr("The read key and the write key are both \"%1\". Use one key for both uses "
                               "instead of a separate read key.")
            .arg(key.keyId);
    return network.validationError();
}

Profile Profile::create(const QString &displayName)
{
    Profile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.displayName = displayName;
    profile.baseUrl = defaultCalvenBaseUrl();
    return profile;
}

namespace {

// Namespace of the name-based profile ids. Changing it would orphan every queued update.
constexpr QUuid ProfileIdNamespace{0xb43c6c01, 0x7959, 0x4b1b, 0x9e, 0x9b, 0x7f,
                                   0xe3,       0x0f,   0xf2,   0x59, 0xfa};

} // namespace

QString stableProfileId(const QUrl &baseUrl, const QString &keyId)
{
    const QString name = normalizedBaseUrl(baseUrl).toString(QUrl::FullyEncoded) + u'\n' + keyId;
    return QUuid::createUuidV5(ProfileIdNamespace, name).toString(QUuid::WithoutBraces);
}

QUrl defaultCalvenBaseUrl()
{
    return QUrl(u"https://api.calven.com"_s);
}

QUrl normalizedBaseUrl(const QUrl &url)
{
    QUrl normalized = url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments |
                                   QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    normalized.setScheme(normalized.scheme().toLower());
    normalized.setHost(normalized.host().toLower());
    // StripTrailingSlash keeps a lone "/", which would make "https://h/" and "https://h" differ.
    if (normalized.path() == u"/"_s)
        normalized.setPath(QString());
    return normalized;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace CardDesk::Net
