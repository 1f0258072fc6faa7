// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "core/cardvalidation.h"
#include "core/directorytable.h"
#include "net/apiclient.h"
#include "net/logfile.h"
#include "store/auditlog.h"
#include "store/credentialregister.h"
#include "store/database.h"
#include "store/directorycache.h"
#include "store/outbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcWorkspace, "carddesk.sync.workspace", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace CardDesk::Sync {

namespace {

DirectorySnapshot readSnapshot(Store::Database &database)
{
    DirectorySnapshot snapshot;
    Store::DirectoryCache cache(database);
    const auto users = cache.loadUsers();
    const auto locations = cache.loadLocations();
    if (!users || !locations) {
        snapshot.error = cache.errorString();
        return snapshot;
    }
    snapshot.users = *users;
    snapshot.locations = *locations;
    snapshot.refreshedAtUtc = cache.lastRefreshed();
    return snapshot;
}

// Runs on a worker thread with a connection of its own.
DirectorySnapshot loadSnapshot(const QString &databasePath)
{
    DirectorySnapshot snapshot;
    Store::Database database;
    if (!database.open(databasePath)) {
        snapshot.error = database.errorString();
        return snapshot;
    }
    Store::DirectoryCache cache(database);
    snapshot.table = cache.loadTable(&snapshot.refreshedAtUtc);
    if (!snapshot.table) {
        snapshot.error = cache.errorString();
        return snapshot;
    }
    snapshot.locations = snapshot.table->locations();
    return snapshot;
}

Store::AuditRecord auditRecord(const QString &action, const Core::OutboxEntry &entry,
                               const QList<Core::Credential> &before, const QString &result,
                               const QString &detail)
{
    Store::AuditRecord record;
    record.profileId = entry.profileId;
    record.action = action;
    record.targetUserId = entry.userId;
    record.targetUsername = entry.username;
    record.cardsBefore = before;
    record.cardsAfter = entry.credentials;
    record.updateId = entry.updateId;
    record.result = result;
    record.detail = detail;
    return record;
}

QString cardKey(const QString &cardNumber, const QString &facilityCode)
{
    return facilityCode + u'\n' + cardNumber;
}

} // namespace

Workspace::Workspace(QObject *parent)
    : QObject(parent)
{
    connect(&m_loadWatcher, &QFutureWatcher<DirectorySnapshot>::finished, this, [this] {
        Q_EMIT directoryLoaded(m_loadWatcher.result());
        if (std::exchange(m_loadRequestedWhileLoading, false))
            loadDirectory();
    });
}

Workspace::~Workspace()
{
    m_refresher.reset();
    m_sender.reset();
    m_client.reset();
    m_loadWatcher.waitForFinished();
}

bool Workspace::open(const QString &dataDir, QString *error, Access access)
{
    if (!QDir().mkpath(dataDir)) {
        *error = tr("Cannot create the data folder %1. Check that it is writable or choose another one.")
                     .arg(QDir::toNativeSeparators(dataDir));
        return false;
    }
    std::unique_ptr<QLockFile> lock;
    if (access == Access::Exclusive) {
        lock = std::make_unique<QLockFile>(QDir(dataDir).filePath(u"carddesk.lock"_s));
        // Age never makes the lock stale, but a lock whose process has ended is taken over.
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0)) {
            qint64 pid = 0;
            QString host;
            QString application;
            lock->getLockInfo(&pid, &host, &application);
            *error = tr("The data folder %1 is in use by another CardDesk program (%2, process %3 on %4). "
                        "Close it, or use another data folder.")
                         .arg(QDir::toNativeSeparators(dataDir), application)
                         .arg(pid)
                         .arg(host);
            return false;
        }
    }
    // NOTE: Database::open() applies pending schema migrations with either access, so a newer
    // CardDesk that opens the folder read-only while an older one runs can still change the schema.
    auto database = std::make_unique<Store::Database>();
    if (!database->open(QDir(dataDir).filePath(u"carddesk.sqlite"_s))) {
        *error = database->errorString();
        return false;
    }
    m_lock = std::move(lock);
    m_database = std::move(database);
    m_cache = std::make_unique<Store::DirectoryCache>(*m_database);
    m_register = std::make_unique<Store::CredentialRegister>(*m_database);
    m_outbox = std::make_unique<Store::Outbox>(*m_database);
    m_audit = std::make_unique<Store::AuditLog>(*m_database);

    if (access == Access::ReadOnly)
        return true;
    const auto recovered = m_outbox->recoverInterrupted();
    if (!recovered) {
        *error = m_outbox->errorString();
        return false;
    }
    if (*recovered > 0)
        qCInfo(lcWorkspace) << "Returned" << *recovered << "interrupted updates to the queue";
    return true;
}

QString Workspace::defaultDataDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(u"CardDesk"_s);
}

QString Workspace::databasePath() const
{
    return m_database ? m_database->path() : QString();
}

void Workspace::connectProfile(QNetworkAccessManager *networkAccessManager, const Net::Profile &profile,
                               const QString &secret, const SenderOptions &senderOptions)
{
    connectProfile(networkAccessManager, profile, Net::ProfileSecrets{secret, secret, {}}, senderOptions);
}

void Workspace::connectProfile(QNetworkAccessManager *networkAccessManager, const Net::Profile &profile,
                               const Net::ProfileSecrets &secrets, const SenderOptions &senderOptions)
{
    disconnectProfile();
    m_profile = profile;
    for (const QString &secret : {secrets.write, secrets.read, secrets.proxyPassword}) {
        if (!secret.isEmpty())
            Net::LogFile::addSecretValue(secret.toUtf8());
    }
    m_client = std::make_unique<Net::ApiClient>(networkAccessManager, profile, secrets);
    connect(m_client.get(), &Net::ApiClient::signInNeeded, this, &Workspace::signInNeeded);
    connect(m_client.get(), &Net::ApiClient::clockSkewDetected, this, &Workspace::clockSkewDetected);
    connect(m_client.get(), &Net::ApiClient::tlsErrorsOccurred, this, &Workspace::tlsErrorsOccurred);
    connect(m_client.get(), &Net::ApiClient::proxyCredentialsNeeded, this,
            &Workspace::proxyCredentialsNeeded);

    m_sender = std::make_unique<Sender>(*m_outbox, m_client.get(), profile.id, senderOptions);
    connect(m_sender.get(), &Sender::outboxChanged, this, &Workspace::outboxChanged);
    connect(m_sender.get(), &Sender::waitReasonChanged, this, &Workspace::waitReasonChanged);
    connect(m_sender.get(), &Sender::storeFailed, this, &Workspace::storeFailed);

    m_refresher = std::make_unique<DirectoryRefresher>(m_client.get(), databasePath());
    connect(m_refresher.get(), &DirectoryRefresher::progress, this, &Workspace::directoryRefreshProgress);
    connect(m_refresher.get(), &DirectoryRefresher::finished, this, [this](const RefreshOutcome &outcome) {
        Store::AuditRecord record;
        record.profileId = m_profile.id;
        record.action = Store::AuditActions::DirectoryRefreshed.toString();
        record.result = (outcome.ok ? Store::AuditResults::Ok : Store::AuditResults::Failed).toString();
        record.detail = outcome.ok ? tr("%1 users: %2 added, %3 changed, %4 removed")
                                         .arg(outcome.userCount)
                                         .arg(outcome.changes.users.added.size())
                                         .arg(outcome.changes.users.changed.size())
                                         .arg(outcome.changes.users.removed.size())
                                   : outcome.error;
        // NOTE: the refresh committed on the refresher's connection before this record, so a failed
        // insert leaves a refresh without its audit record, and storeFailed() reports that.
        if (!m_audit->append(record)) {
            const QString message =
                tr("The audit record of the directory refresh could not be written: %1. Check that the "
                   "database folder is writable and has free space, then refresh again.")
                    .arg(m_audit->errorString());
            qCWarning(lcWorkspace).noquote() << message;
            Q_EMIT storeFailed(message);
        }
        Q_EMIT directoryRefreshed(outcome);
    });
    qCInfo(lcWorkspace) << "Connected profile" << profile.id << profile.baseUrl.toDisplayString();
}

void Workspace::disconnectProfile()
{
    m_refresher.reset();
    m_sender.reset();
    m_client.reset();
}

void Workspace::useProfile(const Net::Profile &profile)
{
    disconnectProfile();
    m_profile = profile;
}

void Workspace::loadDirectory()
{
    // The running load may have read the cache before the change that prompted this call, so one
    // more load follows it. Further calls meanwhile share that one.
    if (m_loadWatcher.isRunning()) {
        m_loadRequestedWhileLoading = true;
        return;
    }
    m_loadWatcher.setFuture(QtConcurrent::run(loadSnapshot, databasePath()));
}

DirectorySnapshot Workspace::loadDirectoryNow() const
{
    return readSnapshot(*m_database);
}

void Workspace::refreshDirectory()
{
    if (!m_refresher) {
        Q_EMIT directoryRefreshed(RefreshOutcome{
            false, tr("Not signed in: connect a profile to refresh the directory."), {}, 0, 0, {}});
        return;
    }
    m_refresher->start();
}

void Workspace::cancelRefresh()
{
    if (m_refresher)
        m_refresher->cancel();
}

QString Workspace::conflictFor(const QString &userId, const QList<Core::Credential> &cards) const
{
    QString lookupError;
    const Core::CardHolderLookup lookup = [this, &lookupError](const QString &cardNumber,
                                                               const QString &facilityCode) {
        QList<Core::CardHolder> holders;
        const auto found = m_register->holdersOf(cardNumber, facilityCode);
        if (!found) {
            lookupError = m_register->errorString();
            return holders;
        }
        for (const Store::CardHolder &holder : *found)
            holders.append(Core::CardHolder{holder.userId, holder.username});
        return holders;
    };
    const QList<Core::CardIssue> issues = Core::validateCardSet(userId, cards, lookup);
    if (!lookupError.isEmpty())
        return lookupError;
    QStringList messages;
    for (const Core::CardIssue &issue : issues)
        messages.append(issue.message());
    return messages.join(u'\n');
}

std::optional<Core::OutboxEntry> Workspace::submitCards(const Core::DirectoryUser &user,
                                                        const QList<Core::Credential> &cards, QString *error,
                                                        const QString &reason)
{
    const auto complete = withRemovedCards(user.userId, cards, error);
    if (!complete)
        return std::nullopt;
    const QString conflict = conflictFor(user.userId, *complete);
    if (!conflict.isEmpty()) {
        *error = conflict;
        return std::nullopt;
    }
    // The audit record joins the outbox transaction, so a kill or a failed insert can never leave
    // a queued update without its record.
    const auto entries = m_outbox->enqueueMany(
        m_profile.id, {Store::CardSetUpdate{user.userId, user.credentialUsername(), *complete}},
        auditHook(Store::AuditActions::CardsSubmitted, Store::AuditResults::Queued,
                  [&reason](const Core::OutboxEntry &) { return reason; }));
    if (!entries) {
        *error = m_outbox->errorString();
        return std::nullopt;
    }
    const Core::OutboxEntry &entry = entries->constFirst();
    qCInfo(lcWorkspace) << "Queued update" << entry.updateId << "for user" << user.userId;
    Q_EMIT outboxChanged();
    if (m_autoSend)
        sendPending();
    return entry;
}

std::optional<QList<Core::Credential>> Workspace::cardsCalvenMayHold(const QString &userId,
                                                                     QString *error) const
{
    const auto record = m_register->record(userId);
    if (!record && !m_register->errorString().isEmpty()) {
        *error = m_register->errorString();
        return std::nullopt;
    }
    const auto history = m_register->history(userId);
    if (!history && !m_register->errorString().isEmpty()) {
        *error = m_register->errorString();
        return std::nullopt;
    }

    // One entry per card, with the newest version's fields. A card may be active when any version
    // from the newest back to its last confirmed version is active, because an unconfirmed update
    // in between may or may not have been applied. Older versions are settled by that confirmation.
    QList<Core::Credential> cards;
    QList<Core::Credential> settled;
    const auto addVersions = [&cards, &settled](const QList<Core::Credential> &versions, bool confirmed) {
        for (const Core::Credential &version : versions) {
            const auto isSame = [&version](const Core::Credential &card) {
                return Core::isEquivalentCard(card, version);
            };
            if (std::any_of(settled.cbegin(), settled.cend(), isSame))
                continue;
            const auto known = std::find_if(cards.begin(), cards.end(), isSame);
            if (known == cards.end())
                cards.append(version);
            else if (version.active)
                known->active = true;
            if (confirmed)
                settled.append(version);
        }
    };
    if (record)
        addVersions(record->intended, false);
    for (const Store::RegisterHistoryEntry &change :
         history ? *history : QList<Store::RegisterHistoryEntry>()) {
        if (change.action == Store::RegisterAction::Edit && !change.updateId.isEmpty()) {
            const auto update = m_outbox->entry(change.updateId);
            if (!update && !m_outbox->errorString().isEmpty()) {
                *error = m_outbox->errorString();
                return std::nullopt;
            }
            // attempts counts only requests that may have reached Calven, and a queued update
            // that never left has none.
            const bool neverSent = update && update->attempts == 0 &&
                                   (update->state == Core::UpdateState::Queued ||
                                    update->state == Core::UpdateState::Superseded);
            if (neverSent)
                continue;
        }
        addVersions(change.after, change.action == Store::RegisterAction::Confirm);
    }
    if (record)
        addVersions(record->confirmed, true);
    // A card that no version from the newest back to its last confirmed one shows as active is
    // inactive or absent on Calven, so leaving it out of later sets is safe whether Calven merges
    // or replaces them.
    cards.removeIf([](const Core::Credential &card) { return !card.active; });
    return cards;
}

std::optional<QList<Core::Credential>>
Workspace::withRemovedCards(const QString &userId, const QList<Core::Credential> &cards, QString *error) const
{
    const auto mayHold = cardsCalvenMayHold(userId, error);
    if (!mayHold)
        return std::nullopt;
    QList<Core::Credential> complete = cards;
    for (const Core::Credential &held : *mayHold) {
        const bool kept = std::any_of(cards.cbegin(), cards.cend(), [&held](const Core::Credential &card) {
            // The same comparison as the duplicate check, so that a card re-entered as "4711"
            // keeps the confirmed "04711" instead of adding it back as a second, inactive card.
            return Core::isEquivalentCard(card, held);
        });
        if (kept)
            continue;
        Core::Credential removed = held;
        removed.active = false;
        complete.append(removed);
        qCInfo(lcWorkspace) << "Sending a card left out of the set for user" << userId
                            << "as inactive, because Calven may hold it";
    }
    return complete;
}

QStringList Workspace::conflictsInBatch(const QList<CardSubmission> &submissions) const
{
    // The active cards that earlier sets in the list give their users, which replace those users'
    // rows in the register for the check of each later set.
    QHash<QString, QList<Core::Credential>> plannedCards;
    QHash<QString, QList<Core::CardHolder>> plannedHolders;
    QString lookupError;
    const Core::CardHolderLookup lookup = [&](const QString &cardNumber, const QString &facilityCode) {
        QList<Core::CardHolder> holders = plannedHolders.value(cardKey(cardNumber, facilityCode));
        const auto stored = m_register->holdersOf(cardNumber, facilityCode);
        if (!stored) {
            lookupError = m_register->errorString();
            return holders;
        }
        for (const Store::CardHolder &holder : *stored) {
            if (!plannedCards.contains(holder.userId))
                holders.append(Core::CardHolder{holder.userId, holder.username});
        }
        return holders;
    };

    QStringList problems;
    for (const CardSubmission &submission : submissions) {
        const QString &userId = submission.user.userId;
        const QList<Core::CardIssue> issues = Core::validateCardSet(userId, submission.cards, lookup);
        if (!lookupError.isEmpty())
            return {lookupError};
        for (const Core::CardIssue &issue : issues)
            problems.append(tr("%1: %2").arg(submission.user.credentialUsername(), issue.message()));

        for (const Core::Credential &card : plannedCards.value(userId)) {
            QList<Core::CardHolder> &holders = plannedHolders[cardKey(card.cardNumber, card.facilityCode)];
            holders.removeIf([&userId](const Core::CardHolder &holder) { return holder.userId == userId; });
        }
        QList<Core::Credential> active;
        for (const Core::Credential &card : submission.cards) {
            if (!card.active)
                continue;
            active.append(card);
            plannedHolders[cardKey(card.cardNumber, card.facilityCode)].append(
                Core::CardHolder{userId, submission.user.credentialUsername()});
        }
        plannedCards.insert(userId, active);
    }
    return problems;
}

std::optional<QList<Core::OutboxEntry>> Workspace::submitMany(const QList<CardSubmission> &submissions,
                                                              QString *error)
{
    QList<CardSubmission> completed = submissions;
    for (CardSubmission &submission : completed) {
        const auto complete = withRemovedCards(submission.user.userId, submission.cards, error);
        if (!complete)
            return std::nullopt;
        submission.cards = *complete;
    }
    const QStringList conflicts = conflictsInBatch(completed);
    if (!conflicts.isEmpty()) {
        *error = conflicts.join(u'\n') + u'\n' +
                 tr("None of the %1 card sets was queued. Correct the sets above and submit them again.")
                     .arg(submissions.size());
        return std::nullopt;
    }

    QList<Store::CardSetUpdate> updates;
    updates.reserve(completed.size());
    for (const CardSubmission &submission : std::as_const(completed))
        updates.append(Store::CardSetUpdate{submission.user.userId, submission.user.credentialUsername(),
                                            submission.cards});
    qsizetype next = 0;
    // Runs in the outbox transaction, so a failed audit record rolls back every queued set.
    const Store::EnqueueHook writeAudit =
        auditHook(Store::AuditActions::CardsSubmitted, Store::AuditResults::Queued,
                  [&submissions, &next](const Core::OutboxEntry &) { return submissions.at(next++).reason; });
    const auto entries = m_outbox->enqueueMany(m_profile.id, updates, writeAudit);
    if (!entries) {
        *error = m_outbox->errorString();
        return std::nullopt;
    }
    qCInfo(lcWorkspace) << "Queued" << entries->size() << "card sets with their audit records";
    Q_EMIT outboxChanged();
    if (m_autoSend)
        sendPending();
    return entries;
}

void Workspace::sendPending()
{
    if (m_sender)
        m_sender->sendPending();
}

int Workspace::retry(const QStringList &updateIds, QString *error)
{
    int queued = 0;
    QStringList problems;
    for (const QString &updateId : updateIds) {
        const auto entry = m_outbox->retry(
            updateId, auditHook(Store::AuditActions::UpdateRetried, Store::AuditResults::Queued,
                                [](const Core::OutboxEntry &fresh) {
                                    return tr("Retry of %1").arg(fresh.previousUpdateId);
                                }));
        if (!entry) {
            problems.append(m_outbox->errorString());
            continue;
        }
        ++queued;
    }
    if (error)
        *error = problems.join(u'\n');
    Q_EMIT outboxChanged();
    if (m_autoSend)
        sendPending();
    return queued;
}

int Workspace::resolve(const QStringList &updateIds, const QString &note, QString *error)
{
    int resolved = 0;
    QStringList problems;
    const QString trimmedNote = note.trimmed();
    for (const QString &updateId : updateIds) {
        if (!m_outbox->resolve(
                updateId, note,
                auditHook(Store::AuditActions::UpdateResolved, Store::AuditResults::Resolved,
                          [&trimmedNote](const Core::OutboxEntry &) { return trimmedNote; }))) {
            problems.append(m_outbox->errorString());
            continue;
        }
        ++resolved;
    }
    if (error)
        *error = problems.join(u'\n');
    Q_EMIT outboxChanged();
    return resolved;
}

QString Workspace::waitReason() const
{
    if (!m_sender)
        return tr("Not signed in: updates wait until a profile is connected.");
    return m_sender->waitReason();
}

Store::EnqueueHook Workspace::auditHook(QStringView action, QStringView result,
                                        const std::function<QString(const Core::OutboxEntry &)> &detailFor)
{
    return [this, action, result, detailFor](const Core::OutboxEntry &entry,
                                             const QList<Core::Credential> &before, QString *auditError) {
        if (m_audit->append(
                auditRecord(action.toString(), entry, before, result.toString(), detailFor(entry))))
            return true;
        *auditError = m_audit->errorString();
        return false;
    };
}

} // namespace CardDesk::Sync
