// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/profile.h"
#include "ui/connectiontestpanel.h"
#include "ui/profileentry.h"

#include <QObject>

#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace CardDesk::Net {
class ApiClient;
class ConnectionCheck;
class SecretStore;
} // namespace CardDesk::Net

namespace CardDesk::Gui {

/// Runs "Test connection" for each key of a profile in parallel, each with its own temporary API
/// client, and words each key's outcome for the profile editor. A key whose secret field is empty
/// is tested with the secret the keychain has for it. Nothing here waits: results arrive through
/// keyFinished() and, after the last key, finished().
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    ConnectionTester(QNetworkAccessManager *network, Net::SecretStore *secrets, QObject *parent = nullptr);
    ~ConnectionTester() override;

    void start(const Net::Profile &profile, const Ui::ProfileSecrets &typedSecrets);

    /// Returns the heading of a key's results, such as "Write key key-1".
    static QString keyTitle(const Net::Profile &profile, Ui::KeySlot slot);

Q_SIGNALS:
    /// A key's temporary client was created, so its TLS and proxy signals can be answered.
    void clientStarted(CardDesk::Net::ApiClient *client);
    void keyFinished(const CardDesk::Ui::KeyTestResult &result);
    void finished();

private:
    static Net::Profile singleKeyProfile(const Net::Profile &profile, Ui::KeySlot slot);
    void testKey(const Net::Profile &profile, Ui::KeySlot slot, const QString &secret);
    static Ui::KeyTestResult resultOf(const Net::ConnectionCheck &check, const Net::Profile &single,
                                      Ui::KeySlot slot, bool separate, const QString &title);
    void report(const Ui::KeyTestResult &result);

    QNetworkAccessManager *m_network;
    Net::SecretStore *m_secrets;
    std::vector<std::unique_ptr<Net::ApiClient>> m_clients;
    int m_pending = 0;
};

} // namespace CardDesk::Gui
