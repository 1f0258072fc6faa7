// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QUrl>

#include <optional>

namespace CardDesk::Net {

/// Calven data region, sent as the x-calven-region header on every request.
enum class Region
{
    Usce1, ///< United States, Calven's default.
    Ause1, ///< Australia.
};

QString regionToWire(Region region);
std::optional<Region> regionFromWire(QStringView value);

/// Authentication method of an API key.
enum class AuthMode
{
    HmacToken,    ///< Signed request to POST /v1/auth; the secret never leaves the PC.
    ClientSecret, ///< POST /v1/auth/token with the secret in the body (over TLS).
    Basic,        ///< Authorization: Basic on the /basic read endpoints only; cannot push.
};

QString authModeToName(AuthMode mode);
std::optional<AuthMode> authModeFromName(QStringView name);
/// Returns a short translated label for settings dialogs and the CLI.
QString authModeLabel(AuthMode mode);

/// Kind of access a request needs from the key. A profile has either one key for both uses or a
/// separate write key and read key; Profile::keyFor() picks the key and ApiClient::sessionFor() its
/// token session.
enum class KeyUse
{
    Read,  ///< GET /v1/analytics/* (Data Warehouse or All permissions).
    Write, ///< POST /v1/access-credentials (Submitting Events or All permissions).
};

/// One Calven API key as a profile refers to it. The secret lives in the SecretStore.
struct ApiKeyConfig
{
    AuthMode authMode = AuthMode::HmacToken;
    QString keyId;

    friend bool operator==(const ApiKeyConfig &, const ApiKeyConfig &) = default;
};

QString keyUseName(KeyUse use);

/// Proxy choice of one profile: the route its requests take to the network.
enum class ProxyMode
{
    /// The operating system's proxy settings (http_proxy and https_proxy on Linux) once
    /// useSystemProxySettings() ran at start; loopback hosts are always reached directly.
    System,
    None,     ///< Direct connections, even when the system has a proxy configured.
    Explicit, ///< The host and port in ProxySettings.
};

QString proxyModeToName(ProxyMode mode);
std::optional<ProxyMode> proxyModeFromName(QStringView name);

/// Proxy of one profile. Holds no password: that is requested at run time through
/// ApiClient::proxyCredentialsNeeded(), or read from the keychain under SecretKey::forProxy() when
/// passwordInKeychain is set.
struct ProxySettings
{
    ProxyMode mode = ProxyMode::System;
    QString host;     ///< Explicit mode only.
    quint16 port = 0; ///< Explicit mode only, 1 to 65535.
    QString userName; ///< Optional; empty means the proxy needs no authentication.
    bool passwordInKeychain = false;

    friend bool operator==(const ProxySettings &, const ProxySettings &) = default;
};

/// Network settings of one profile, applied to its requests only.
struct NetworkSettings
{
    static constexpr int DefaultTransferTimeoutMs = 30'000;
    static constexpr int MinTransferTimeoutMs = 1'000;
    static constexpr int MaxTransferTimeoutMs = 600'000;

    /// PEM file whose certificates are trusted in addition to the system CAs, for example the CA of a
    /// TLS-inspecting corporate proxy. Empty for the system CAs only.
    QString caBundlePath;
    ProxySettings proxy;
    bool http2Enabled = true;
    int transferTimeoutMs = DefaultTransferTimeoutMs;

    /// Returns an empty string when the settings can be used, else a message naming the field. Does
    /// not read the CA bundle file: Transport reports an unreadable file when it loads it.
    QString validationError() const;

    friend bool operator==(const NetworkSettings &, const NetworkSettings &) = default;
};

/// One Calven tenant CardDesk talks to. Holds no secrets, so it can live in QSettings.
struct Profile
{
    QString id; ///< Stable id (a UUID without braces), the QSettings group name.
    QString displayName;
    QUrl baseUrl; ///< Scheme, host, port and optional path prefix; "/v1/..." is appended.
    Region region = Region::Usce1;
    /// The key for both uses, or the write key (Submitting Events or All permissions) when readKey is
    /// set.
    ApiKeyConfig key;
    /// Separate read key (Data Warehouse or All permissions) for GET /v1/analytics/*; empty when key
    /// serves both uses.
    std::optional<ApiKeyConfig> readKey;
    NetworkSettings network;

    /// Returns the key for the given use.
    const ApiKeyConfig &keyFor(KeyUse use) const;
    bool hasSeparateReadKey() const { return readKey.has_value(); }
    /// Returns the uses that have a key of their own: {Write} for one key, {Write, Read} for two.
    QList<KeyUse> distinctKeyUses() const;

    /// Returns an empty string when the profile can be used, else a message naming the field.
    /// Plain http is accepted only for loopback hosts such as the built-in simulator.
    QString validationError() const;

    /// Returns a profile with a fresh id and the default Calven base URL.
    static Profile create(const QString &displayName);

    friend bool operator==(const Profile &, const Profile &) = default;
};

/// Returns the production Calven API host.
QUrl defaultCalvenBaseUrl();
/// Returns a profile id derived from the normalised base URL and the key id, so the desktop app
/// and the CLI queue updates for the same key under the same id.
QString stableProfileId(const QUrl &baseUrl, const QString &keyId);
/// Returns the base URL with a lower-case host and no trailing slash, for comparisons and keys.
QUrl normalizedBaseUrl(const QUrl &url);
/// Returns true for 127.0.0.0/8, ::1 and "localhost".
bool isLoopbackHost(const QString &host);

} // namespace CardDesk::Net
