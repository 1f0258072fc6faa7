// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/apiclient.h"
#include "net/profile.h"
#include "ui/connectiontestpanel.h"
#include "ui/profileentry.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace CardDesk::Net {
class SecretStore;
struct KeyCheckResult;
} // namespace CardDesk::Net

namespace CardDesk::Gui {

/// Runs "Test connection" for a profile with a temporary API client and words each key's outcome
/// for the profile editor. A key whose secret field is empty is tested with the secret the keychain
/// has for it. A key without any secret is reported as not tested, and the other key still runs.
/// Nothing here waits: results arrive through keyFinished() and, after the last key, finished().
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    ConnectionTester(QNetworkAccessManager *network, Net::SecretStore *secrets, QObject *parent = nullptr);
    ~ConnectionTester() override;

    void start(const Net::Profile &profile, const Ui::ProfileSecrets &typedSecrets);

    /// Returns the heading of a key's results, such as "Write key key-1 (API key + HMAC token)".
    static QString keyTitle(const Net::Profile &profile, Ui::KeySlot slot);
    /// Returns the editor's wording of one key's check.
    static Ui::KeyTestResult resultOf(const Net::KeyCheckResult &check, const Net::Profile &profile);

Q_SIGNALS:
    /// The temporary client was created, so the caller can connect its TLS and proxy signals.
    void clientStarted(CardDesk::Net::ApiClient *client);
    void keyFinished(const CardDesk::Ui::KeyTestResult &result);
    void finished();

private:
    struct Pending
    {
        Net::Profile profile;
        Net::ProfileSecrets secrets;
        QList<Ui::KeySlot> available;
        int remaining = 0;
    };

    void collect(const std::shared_ptr<Pending> &pending, Ui::KeySlot slot, const QString &secret,
                 const QString &problem);
    void run(const Pending &pending);

    QNetworkAccessManager *m_network;
    Net::SecretStore *m_secrets;
    std::unique_ptr<Net::ApiClient> m_client;
};

} // namespace CardDesk::Gui
