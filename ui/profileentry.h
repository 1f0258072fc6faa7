// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace CardDesk::Ui {

/// Sign-in method of one API key, as the profile editor offers it.
enum class AuthMode
{
    HmacToken,     ///< API key id and secret, token by HMAC (Calven's recommended flow).
    ClientSecret,  ///< API key id and client secret, token by client credentials.
    BasicReadOnly, ///< Basic authentication; only the read-only directory endpoints.
};

/// One API key of a profile, without its secret.
struct ApiKeyEntry
{
    AuthMode authMode = AuthMode::HmacToken;
    QString keyId;

    friend bool operator==(const ApiKeyEntry &, const ApiKeyEntry &) = default;
};

/// Route of a profile's requests to Calven.
enum class ProxyMode
{
    System,   ///< The operating system's proxy settings.
    None,     ///< Direct connections, even when the system names a proxy.
    Explicit, ///< The host and port below; the password is asked when the proxy requests it.
};

/// Network settings of one profile.
struct NetworkEntry
{
    /// PEM file of extra CA certificates trusted for this profile. Empty uses the system's CAs only.
    QString caBundlePath;
    ProxyMode proxyMode = ProxyMode::System;
    QString proxyHost;
    int proxyPort = 8080;
    QString proxyUser;
    bool http2 = true;
    int transferTimeoutSeconds = 30;

    friend bool operator==(const NetworkEntry &, const NetworkEntry &) = default;
};

/// A connection profile as the editor shows it, without secrets.
struct ProfileEntry
{
    QString name;
    QUrl baseUrl;
    QString region; ///< Value of the x-calven-region header: "usce1" or "ause1".
    /// The key for sending card updates, and also for reading when separateKeys is false.
    ApiKeyEntry writeKey;
    bool separateKeys = false;
    /// The key for reading the directory; used only when separateKeys is true.
    ApiKeyEntry readKey;
    NetworkEntry network;

    friend bool operator==(const ProfileEntry &, const ProfileEntry &) = default;
};

/// Secrets typed into the profile editor. An empty value means "keep the stored one".
struct ProfileSecrets
{
    QString write;
    QString read;
};

/// Key of a profile that a secret, status or test result belongs to.
enum class KeySlot
{
    Write, ///< The write key, or the single key of a profile without separate keys.
    Read,
};

/// One line in the profiles list.
struct ProfileSummary
{
    QString id;
    QString name;
    QUrl baseUrl;
    QString region;
    QStringList keyIds;

    friend bool operator==(const ProfileSummary &, const ProfileSummary &) = default;
};

} // namespace CardDesk::Ui

Q_DECLARE_METATYPE(CardDesk::Ui::ProfileEntry)
Q_DECLARE_METATYPE(CardDesk::Ui::ProfileSecrets)
