// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/secretstore.h"

#include <chrono>

namespace QKeychain {
class Job;
}

namespace CardDesk::Net {

/// Stores secrets in the operating system keychain through QtKeychain: Windows Credential Manager,
/// macOS Keychain, or a Secret Service (GNOME Keyring, KWallet) on Linux. The insecure plaintext
/// fallback of QtKeychain is always off, so a missing keychain is reported as NoKeychain and nothing
/// is written to disk.
///
/// A job that outlives the timeout is reported as TimedOut but keeps running and deletes itself when
/// it finishes. Deleting a running job would leave the keychain backend calling into freed memory.
class KeychainSecretStore final : public SecretStore
{
public:
    static constexpr std::chrono::milliseconds DefaultTimeout{30'000};

    explicit KeychainSecretStore(const QString &service = QStringLiteral("CardDesk"));

    /// Sets how long an operation may take before it is reported as TimedOut. The default leaves
    /// time for a person to answer an unlock prompt.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    QString service() const { return m_service; }

    void read(const SecretKey &key, QObject *context, SecretCallback callback) override;
    void write(const SecretKey &key, const QString &secret, QObject *context,
               SecretCallback callback) override;
    void remove(const SecretKey &key, QObject *context, SecretCallback callback) override;

private:
    enum class Operation
    {
        Read,
        Write,
        Remove
    };

    void start(QKeychain::Job *job, Operation operation, const SecretKey &key, QObject *context,
               SecretCallback callback);

    QString m_service;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
};

} // namespace CardDesk::Net
