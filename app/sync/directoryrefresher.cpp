// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "directoryrefresher.h"

#include "core/directoryjson.h"
#include "net/apiclient.h"
#include "net/apireply.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcRefresher, "carddesk.sync.refresher", QtInfoMsg)

namespace CardDesk::Sync {

namespace {

// Gives the functions below the context CardDesk::Sync::DirectoryRefresher at run time and in lupdate, which
// files an unqualified tr() call in a namespace under the namespace.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(CardDesk::Sync::DirectoryRefresher)
};

// Runs on a worker thread: parses both payloads and replaces the cache in one transaction. The
// bodies are moved here from the replies, so the parser can pad them in place, and each is freed
// once parsed, so the JSON text is no longer held while the cache is written.
RefreshOutcome parseAndStore(const QString &databasePath, QByteArray usersBody, QByteArray locationsBody,
                             const QDateTime &fetchedAtUtc)
{
    RefreshOutcome outcome;
    outcome.fetchedAtUtc = fetchedAtUtc;

    const auto users = Core::DirectoryJson::parseFetchedUsers(std::exchange(usersBody, {}));
    if (!users.ok()) {
        outcome.error = Text::tr("The directory was not changed: %1").arg(users.error);
        return outcome;
    }
    const auto locations = Core::DirectoryJson::parseLocations(std::exchange(locationsBody, {}));
    if (!locations.ok()) {
        outcome.error = Text::tr("The directory was not changed: %1").arg(locations.error);
        return outcome;
    }

    Store::Database database;
    if (!database.open(databasePath)) {
        outcome.error = database.errorString();
        return outcome;
    }
    Store::DirectoryCache cache(database);
    const auto changes = cache.replace(users.users, locations.locations, fetchedAtUtc);
    if (!changes) {
        outcome.error = Text::tr("The directory was not changed: %1").arg(cache.errorString());
        return outcome;
    }
    outcome.ok = true;
    outcome.changes = *changes;
    outcome.userCount = int(users.users.size());
    outcome.locationCount = int(locations.locations.size());
    return outcome;
}

} // namespace

DirectoryRefresher::DirectoryRefresher(Net::ApiClient *client, const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_databasePath(databasePath)
{
    connect(&m_watcher, &QFutureWatcher<RefreshOutcome>::finished, this,
            [this] { finishWith(m_watcher.result()); });
}

DirectoryRefresher::~DirectoryRefresher()
{
    cancel();
    // The worker owns its own connection; waiting keeps the database file closed cleanly.
    m_watcher.waitForFinished();
}

void DirectoryRefresher::start()
{
    if (m_running)
        return;
    if (!m_client) {
        finishWith(RefreshOutcome{
            false, Text::tr("Not signed in: connect a profile to refresh the directory."), {}, 0, 0, {}});
        return;
    }
    m_running = true;
    m_cancelled = false;
    m_usersReply = m_client->fetchUsers();
    m_locationsReply = m_client->fetchLocations();
    qCInfo(lcRefresher) << "Refreshing the directory with requests" << m_usersReply->requestId()
                        << m_locationsReply->requestId();
    connect(m_usersReply, &Net::ApiReply::downloadProgress, this, &DirectoryRefresher::onUsersProgress);
    connect(m_usersReply, &Net::ApiReply::finished, this, &DirectoryRefresher::onDownloadFinished);
    connect(m_locationsReply, &Net::ApiReply::finished, this, &DirectoryRefresher::onDownloadFinished);
    Q_EMIT progress(0, -1);
}

void DirectoryRefresher::cancel()
{
    if (!m_running || m_watcher.isRunning())
        return;
    m_cancelled = true;
    if (m_usersReply)
        m_usersReply->abort();
    if (m_locationsReply)
        m_locationsReply->abort();
}

// Reports the users download, the bulk of a refresh. A complete download is reported once the
// locations are in too, as the start of saving, which cannot be cancelled.
void DirectoryRefresher::onUsersProgress(qint64 received, qint64 total)
{
    if (m_cancelled)
        return;
    if (total <= 0)
        Q_EMIT progress(received, -1);
    else if (received < total)
        Q_EMIT progress(received, total);
}

void DirectoryRefresher::onDownloadFinished()
{
    if (!m_usersReply || !m_locationsReply || !m_usersReply->isFinished() || !m_locationsReply->isFinished())
        return;
    Net::ApiResult users = m_usersReply->takeResult();
    Net::ApiResult locations = m_locationsReply->takeResult();
    m_usersReply->deleteLater();
    m_locationsReply->deleteLater();
    m_usersReply.clear();
    m_locationsReply.clear();

    if (m_cancelled) {
        finishWith(RefreshOutcome{
            false, Text::tr("Refresh cancelled; the directory was not changed."), {}, 0, 0, {}});
        return;
    }
    for (const Net::ApiResult *result : {&users, &locations}) {
        if (!result->ok()) {
            finishWith(RefreshOutcome{
                false, Text::tr("The directory was not changed: %1").arg(result->errorText), {}, 0, 0, {}});
            return;
        }
    }
    Q_EMIT progress(users.body.size(), users.body.size());
    m_watcher.setFuture(QtConcurrent::run(parseAndStore, m_databasePath, std::move(users.body),
                                          std::move(locations.body), QDateTime::currentDateTimeUtc()));
}

void DirectoryRefresher::finishWith(const RefreshOutcome &outcome)
{
    m_running = false;
    if (outcome.ok) {
        qCInfo(lcRefresher) << "Directory refreshed:" << outcome.userCount << "users,"
                            << outcome.changes.users.added.size() << "added,"
                            << outcome.changes.users.changed.size() << "changed,"
                            << outcome.changes.users.removed.size() << "removed";
    } else {
        qCWarning(lcRefresher) << "Directory refresh failed:" << outcome.error;
    }
    Q_EMIT finished(outcome);
}

} // namespace CardDesk::Sync
