// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

/// Kind of access a request needs from the key. A profile has one key for both today. Adding a
/// separate read key and write key only changes Profile::keyFor() and ApiClient::sessionFor().
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

/// One Calven tenant CardDesk talks to. Holds no secrets, so it can live in QSettings.
struct Profile
{
    QString id; ///< Stable id (a UUID without braces), the QSettings group name.
    QString displayName;
    QUrl baseUrl; ///< Scheme, host, port and optional path prefix; "/v1/..." is appended.
    Region region = Region::Usce1;
    ApiKeyConfig key;

    /// Returns the key for the given use.
    const ApiKeyConfig &keyFor(KeyUse use) const;

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
