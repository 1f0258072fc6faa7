// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/directorycache.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

namespace CardDesk::Net {
class ApiClient;
class ApiReply;
} // namespace CardDesk::Net

namespace CardDesk::Sync {

/// Outcome of one directory refresh, produced on a worker thread.
struct RefreshOutcome
{
    bool ok = false;
    QString error;
    Store::DirectoryChanges changes;
    int userCount = 0;
    int locationCount = 0;
    QDateTime fetchedAtUtc;
};

/// Fetches users and locations with the profile's read key, then parses them and replaces the
/// cached directory on a worker thread with its own database connection, so the GUI thread never
/// waits for parsing or SQL. A failed or malformed fetch leaves the cached directory as it was.
class DirectoryRefresher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectoryRefresher)

public:
    DirectoryRefresher(Net::ApiClient *client, const QString &databasePath, QObject *parent = nullptr);
    ~DirectoryRefresher() override;

    void start();
    /// Aborts the download. Once the worker is storing, the refresh finishes, because the cache
    /// replacement is one transaction that either commits or leaves the old directory.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// Download progress in bytes of the users response; total is -1 when unknown. received equal
    /// to total (both the users body size) means the download is complete and the directory is
    /// being parsed and saved, which cancel() no longer stops.
    void progress(qint64 received, qint64 total);
    void finished(const CardDesk::Sync::RefreshOutcome &outcome);

private:
    void onUsersProgress(qint64 received, qint64 total);
    void onDownloadFinished();
    void finishWith(const RefreshOutcome &outcome);

    QPointer<Net::ApiClient> m_client;
    QString m_databasePath;
    QPointer<Net::ApiReply> m_usersReply;
    QPointer<Net::ApiReply> m_locationsReply;
    QFutureWatcher<RefreshOutcome> m_watcher;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace CardDesk::Sync
