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

/// Identifies one secret: the API key id at one Calven base URL. Two profiles that point at the
/// same tenant with the same key share the secret.
struct SecretKey
{
    QUrl baseUrl;
    QString keyId;

    /// Returns the account name used in the keychain, "CardDesk/<base URL>/key/<key id>".
    QString account() const;
    bool isValid() const { return baseUrl.isValid() && !keyId.isEmpty(); }

    static SecretKey forProfile(const Profile &profile, KeyUse use);
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

/// Runs callback(result) from the event loop of context's thread, unless context is gone by then.
void postSecretResult(QObject *context, SecretCallback callback, SecretResult result);

} // namespace CardDesk::Net
