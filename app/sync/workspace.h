// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directoryuser.h"
#include "core/outboxentry.h"
#include "net/apiclient.h"
#include "net/profile.h"
#include "store/outbox.h"
#include "sync/directoryrefresher.h"
#include "sync/sender.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QLockFile;
class QNetworkAccessManager;

namespace CardDesk::Core {
class DirectoryTable;
} // namespace CardDesk::Core

namespace CardDesk::Net {
class ApiClient;
struct ProfileSecrets;
} // namespace CardDesk::Net

namespace CardDesk::Store {
class AuditLog;
class CredentialRegister;
class Database;
class DirectoryCache;
class Outbox;
} // namespace CardDesk::Store

namespace CardDesk::Sync {

/// The cached directory as loaded from the database. Workspace::loadDirectory() fills table and
/// locations; Workspace::loadDirectoryNow() fills users and locations.
struct DirectorySnapshot
{
    QList<Core::DirectoryUser> users;
    QList<Core::Location> locations;
    /// The compact, immutable directory with its search text and name order, built on the worker.
    std::shared_ptr<const Core::DirectoryTable> table;
    QDateTime refreshedAtUtc;
    QString error;
};

/// One user's card set for Workspace::submitMany().
struct CardSubmission
{
    Core::DirectoryUser user;
    QList<Core::Credential> cards;
    QString reason; ///< Stored as the audit record's detail when not empty.
};

/// The services one data folder and one connected profile need: the database and its stores, the
/// API client, the outbox sender and the directory refresher. The desktop app and the CLI both
/// drive CardDesk through this class; it lives on the thread that opened it.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    /// The way open() shares the data folder with other CardDesk processes.
    enum class Access
    {
        /// Takes the folder's lock and returns interrupted sends to the queue. For every program
        /// that sends or changes data.
        Exclusive,
        /// Takes no lock and leaves the outbox as it is, so it works while the app or a push runs.
        /// For commands that only read. SQLite's WAL mode gives each read a consistent snapshot.
        ReadOnly,
    };

    /// Opens (creating) carddesk.sqlite in dataDir. With Access::Exclusive it first takes a lock
    /// on the folder, so a second CardDesk process (the app or the CLI) cannot return this
    /// process's updates in flight to the queue and send them twice. It then returns interrupted
    /// sends to the queue.
    bool open(const QString &dataDir, QString *error, Access access = Access::Exclusive);
    /// Returns the data folder the desktop app and the CLI share by default.
    static QString defaultDataDir();
    QString databasePath() const;

    /// Connects a profile with its secret. The network access manager is not owned.
    void connectProfile(QNetworkAccessManager *networkAccessManager, const Net::Profile &profile,
                        const QString &secret, const SenderOptions &senderOptions = {});
    /// Connects a profile with the secrets of its write key and read key (and an optional proxy
    /// password). Each secret is also masked in the log file.
    void connectProfile(QNetworkAccessManager *networkAccessManager, const Net::Profile &profile,
                        const Net::ProfileSecrets &secrets, const SenderOptions &senderOptions = {});
    void disconnectProfile();
    /// Selects the profile that new updates are queued for, without connecting to it, so updates
    /// can be queued offline and sent later.
    void useProfile(const Net::Profile &profile);
    /// Whether submitCards() and retry() start sending at once (the desktop app) or leave the
    /// updates queued for an explicit sendPending() (the CLI's push command). Default true.
    void setAutoSend(bool autoSend) { m_autoSend = autoSend; }
    /// Returns the sender of the connected profile, or null.
    Sender *sender() const { return m_sender.get(); }
    bool isConnected() const { return m_client != nullptr; }
    const Net::Profile &profile() const { return m_profile; }
    Net::ApiClient *client() const { return m_client.get(); }

    /// Loads the cached directory into a DirectoryTable on a worker thread, which also folds the
    /// search text and sorts by name; directoryLoaded() reports it. A call while a load runs
    /// queues one more load, which starts once the running one is reported.
    void loadDirectory();
    bool isLoadingDirectory() const { return m_loadWatcher.isRunning(); }
    /// Loads the cached directory on the calling thread, for the CLI.
    DirectorySnapshot loadDirectoryNow() const;
    void refreshDirectory();
    void cancelRefresh();
    bool isRefreshing() const { return m_refresher && m_refresher->isRunning(); }

    /// Returns every card of the user that Calven may hold as active. Such a card is in the intended
    /// set, in an update that may have reached Calven or in the confirmed set, and some version of it
    /// from the newest back to its last confirmed one is active. Cards that match as findDuplicateCards()
    /// compares them count as one. Returns nullopt on a database error, with the message in error.
    std::optional<QList<Core::Credential>> cardsCalvenMayHold(const QString &userId, QString *error) const;

    /// Checks the set against other users' cards, stores it as the user's intended set, queues it
    /// in the outbox and writes the audit record, all in one transaction before any request. A
    /// card of cardsCalvenMayHold() that the set leaves out is added to it as inactive, because
    /// Calven's documentation does not say whether a card an update omits is removed or kept.
    /// Returns the queued entry, or nullopt with error naming the problem (such as a card another
    /// user holds). A non-empty reason (such as "Lost card replaced") is stored as the audit
    /// record's detail.
    std::optional<Core::OutboxEntry> submitCards(const Core::DirectoryUser &user,
                                                 const QList<Core::Credential> &cards, QString *error,
                                                 const QString &reason = {});
    /// Checks and queues many card sets in one transaction together with their audit records, for
    /// bulk changes. Each set is checked as submitCards() checks it, against the register as the
    /// earlier sets in the list leave it, so a card may move from one user to a later one. Either
    /// every set is queued or none is; error then lists each problem. Sending starts as after
    /// submitCards().
    std::optional<QList<Core::OutboxEntry>> submitMany(const QList<CardSubmission> &submissions,
                                                       QString *error);
    /// Starts sending queued updates now.
    void sendPending();
    /// Queues failed updates again with new updateIds, each in one transaction with its audit
    /// record; returns the number queued, error lists the rest.
    int retry(const QStringList &updateIds, QString *error);
    /// Closes failures with a note, each in one transaction with its audit record; returns the
    /// number resolved.
    int resolve(const QStringList &updateIds, const QString &note, QString *error);

    QString waitReason() const;

    Store::Database &database() const { return *m_database; }
    Store::Outbox &outbox() const { return *m_outbox; }
    Store::CredentialRegister &credentialRegister() const { return *m_register; }
    Store::DirectoryCache &directoryCache() const { return *m_cache; }
    Store::AuditLog &auditLog() const { return *m_audit; }

Q_SIGNALS:
    void directoryLoaded(const CardDesk::Sync::DirectorySnapshot &snapshot);
    void directoryRefreshProgress(qint64 received, qint64 total);
    void directoryRefreshed(const CardDesk::Sync::RefreshOutcome &outcome);
    /// Outbox entries changed state; counts and failures should be read again.
    void outboxChanged();
    void waitReasonChanged(const QString &reason);
    void signInNeeded(const QString &message);
    void clockSkewDetected(qint64 seconds);
    /// Forwarded from Net::ApiClient::tlsErrorsOccurred() of the connected profile.
    void tlsErrorsOccurred(const CardDesk::Net::TlsFailure &failure);
    /// Forwarded from Net::ApiClient::proxyCredentialsNeeded(); reply through
    /// client()->setProxyCredentials().
    void proxyCredentialsNeeded(const CardDesk::Net::ProxyCredentialsRequest &request);
    /// A store operation failed; the message names the file and what to do.
    void storeFailed(const QString &message);

private:
    /// Returns an outbox hook that appends an audit record for each entry in the outbox's
    /// transaction. detailFor gives the record's detail for an entry.
    Store::EnqueueHook auditHook(QStringView action, QStringView result,
                                 const std::function<QString(const Core::OutboxEntry &)> &detailFor);
    QStringList conflictsInBatch(const QList<CardSubmission> &submissions) const;
    QString conflictFor(const QString &userId, const QList<Core::Credential> &cards) const;
    std::optional<QList<Core::Credential>>
    withRemovedCards(const QString &userId, const QList<Core::Credential> &cards, QString *error) const;

    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Store::Database> m_database;
    std::unique_ptr<Store::DirectoryCache> m_cache;
    std::unique_ptr<Store::CredentialRegister> m_register;
    std::unique_ptr<Store::Outbox> m_outbox;
    std::unique_ptr<Store::AuditLog> m_audit;
    Net::Profile m_profile;
    std::unique_ptr<Net::ApiClient> m_client;
    std::unique_ptr<Sender> m_sender;
    std::unique_ptr<DirectoryRefresher> m_refresher;
    QFutureWatcher<DirectorySnapshot> m_loadWatcher;
    bool m_loadRequestedWhileLoading = false;
    bool m_autoSend = true;
};

} // namespace CardDesk::Sync
