// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/profile.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace CardDesk::Net {

/// Outcome of one secret store operation.
enum class SecretStatus
{
    Ok,
    NotFound,   ///< No secret stored for the key: the profile is signed out, which is not an error.
    NoKeychain, ///< No keychain service is reachable (for example no Secret Service on D-Bus).
    Denied,     ///< The keychain is locked or the person or system denied access.
    TimedOut,   ///< The keychain did not answer in time; the operation may still complete later.
    Failed,     ///< Any other keychain error; the message has the keychain's own text.
};

/// Returns a stable lower-case name for logs and the CLI.
QString secretStatusName(SecretStatus status);

struct SecretResult
{
    SecretStatus status = SecretStatus::Failed;
    QString secret;  ///< Set only by a successful read.
    QString message; ///< Translated text for people; empty for Ok and NotFound.

    bool ok() const { return status == SecretStatus::Ok; }
};

/// Kind of secret a SecretKey names.
enum class SecretKind
{
    ApiKey,        ///< The secret of an API key at one Calven base URL.
    ProxyPassword, ///< The password of a proxy user at one proxy host and port.
};

/// Identifies one secret: the API key id at one Calven base URL, or a proxy user at one proxy. Two
/// profiles that point at the same tenant with the same key share the secret.
struct SecretKey
{
    QUrl baseUrl;  ///< Calven base URL, or http://<proxy host>:<port> for a proxy password.
    QString keyId; ///< API key id, or the proxy user name.
    SecretKind kind = SecretKind::ApiKey;

    /// Returns the account name used in the keychain: "CardDesk/<base URL>/key/<key id>" for an API
    /// key and "CardDesk/proxy/<host>:<port>/user/<user name>" for a proxy password. The keychain
    /// service name (KeychainSecretStore::service()) namespaces them by application as well.
    QString account() const;
    bool isValid() const { return baseUrl.isValid() && !keyId.isEmpty(); }

    static SecretKey forProfile(const Profile &profile, KeyUse use);
    /// Returns the key of the proxy password. Invalid unless the proxy is explicit with a user name.
    static SecretKey forProxy(const ProxySettings &proxy);
    /// Returns the keys of every secret the profile refers to: each distinct API key and, when it is
    /// kept in the keychain, the proxy password.
    static QList<SecretKey> allForProfile(const Profile &profile);

    friend bool operator==(const SecretKey &a, const SecretKey &b) { return a.account() == b.account(); }
};

using SecretCallback = std::function<void(const SecretResult &)>;

/// Asynchronous storage for API secrets. Each call reports exactly once through the callback, always
/// later from the event loop and never from inside the call, and only while context is alive.
class SecretStore
{
public:
    SecretStore() = default;
    virtual ~SecretStore();
    Q_DISABLE_COPY_MOVE(SecretStore)

    virtual void read(const SecretKey &key, QObject *context, SecretCallback callback) = 0;
    virtual void write(const SecretKey &key, const QString &secret, QObject *context,
                       SecretCallback callback) = 0;
    /// Removing a key that has no secret reports Ok, so signing out twice is harmless.
    virtual void remove(const SecretKey &key, QObject *context, SecretCallback callback) = 0;
};

/// Keeps secrets in process memory only: for tests and training mode. A forced status makes every
/// call fail with it, so callers can be tested against a missing or locked keychain.
class MemorySecretStore final : public SecretStore
{
public:
    MemorySecretStore() = default;

    void read(const SecretKey &key, QObject *context, SecretCallback callback) override;
    void write(const SecretKey &key, const QString &secret, QObject *context,
               SecretCallback callback) override;
    void remove(const SecretKey &key, QObject *context, SecretCallback callback) override;

    void setForcedStatus(SecretStatus status, const QString &message = {});
    void clearForcedStatus();
    int size() const { return int(m_secrets.size()); }

private:
    bool reportForcedStatus(QObject *context, const SecretCallback &callback);

    QHash<QString, QString> m_secrets;
    std::optional<SecretResult> m_forced;
};

/// Removes every key in order and reports once: Ok when all were removed (or were not there), else the
/// first failure, whose message names the account. Keys after a failure are still attempted.
void removeSecrets(SecretStore *store, const QList<SecretKey> &keys, QObject *context,
                   SecretCallback callback);

/// Runs callback(result) from the event loop of context's thread, unless context is gone by then.
void postSecretResult(QObject *context, SecretCallback callback, SecretResult result);

} // namespace CardDesk::Net
