// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outboxentry.h"

#include <QHash>
#include <QMap>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace CardDesk::Store {

class Database;
class WalCheckpointer;

/// Selection criteria for failures().
struct FailureFilter
{
    bool includeResolved = false; ///< Also return entries an operator resolved or retried.
    QString profileId;            ///< Empty: every profile.
    QString userId;               ///< Empty: every user.
    bool withBodies = false;      ///< Also read the request and response bodies.
    int limit = 0;                ///< Maximum number of entries, or 0 for no limit.
    int offset = 0;               ///< Entries to skip. Deep pages read faster with the keyset below.
    /// Keyset pagination: only entries after this one in the result order, given by its updated_at
    /// (UTC), id and result. A null time starts at the first entry.
    QDateTime afterUpdatedAt;
    qint64 afterId = 0;
    Core::ResultCode afterResult = Core::ResultCode::Unknown; ///< Used only with groupByReason.
    /// Orders by the stored result name first, then newest outcome first within each result.
    bool groupByReason = false;
    QDateTime fromUtc; ///< Inclusive lower bound on the time of the outcome; null: none.
    QDateTime toUtc;   ///< Exclusive upper bound on the time of the outcome; null: none.
    /// Only entries with this result. An entry without a result counts as ResultCode::Unknown.
    std::optional<Core::ResultCode> result;
    /// Words that must all occur in the username, user id, update id, card set or message. SQLite's
    /// LIKE folds case for ASCII letters only.
    QString text;
};

/// Number of failures of one reason on one local calendar day.
struct FailureDayCount
{
    QDate day;
    Core::ResultCode reason = Core::ResultCode::Unknown;
    int count = 0;
};

/// Numbers of entries per group, for the status bar and the failure inbox badge.
struct OutboxCounts
{
    int queued = 0;
    int sending = 0;
    int openFailures = 0; ///< Failed, Unknown and NeedsAttention.

    int pending() const { return queued + sending; }
};

/// One user's complete card set for Outbox::enqueueMany().
struct CardSetUpdate
{
    QString userId;
    QString username;
    QList<Core::Credential> credentials;
};

/// Called inside the transaction of Outbox::enqueueMany() after each entry is stored, with the
/// intended set the user had before it, and likewise by Outbox::retry() with the new entry and by
/// Outbox::resolve() with the resolved one. Writes on the same connection, such as
/// AuditLog::append(), join that transaction. Returning false rolls back the whole call, and
/// *error then contains the reason.
using EnqueueHook = std::function<bool(const Core::OutboxEntry &entry, const QList<Core::Credential> &before,
                                       QString *error)>;

/// The durable queue of user updates for POST /v1/access-credentials.
///
/// Every change commits in one SQLite transaction before the call returns, so an entry survives
/// a crash or a kill. Entries of one user (per profile) are sent strictly one at a time and in
/// order. Use it on the thread that opened the Database. Functions that return optional return
/// nullopt on failure, with errorString() naming the update and what to do.
class Outbox final
{
public:
    explicit Outbox(Database &database);
    ~Outbox();
    Q_DISABLE_COPY_MOVE(Outbox)

    /// Stores the user's complete card set as a new Queued entry with a fresh updateId, and makes
    /// it the user's intended set in the register, in one transaction. A Queued entry of the same
    /// user becomes Superseded, also one requeued after an attempt, because the new entry carries
    /// the complete card set, and gets an "update.superseded" audit record that names the new
    /// updateId. An entry in Sending is left alone, and the new one waits for it.
    std::optional<Core::OutboxEntry> enqueue(const QString &profileId, const QString &userId,
                                             const QString &username,
                                             const QList<Core::Credential> &credentials);
    /// Queues many card sets as enqueue() does, in one transaction, so either every entry is
    /// stored or none is. They are stored in list order, so a later update of the same user in
    /// the list supersedes an earlier one. Rejects the whole list, naming each problem, when any
    /// update lacks its user id, username or cards. Runs hook, when given, for each entry.
    std::optional<QList<Core::OutboxEntry>>
    enqueueMany(const QString &profileId, const QList<CardSetUpdate> &updates, const EnqueueHook &hook = {});

    /// Marks up to maxCount due Queued entries of the profile as Sending, increments their
    /// attempts and returns them, oldest first. Takes a user's entry only when it is that user's
    /// oldest unfinished one and none of theirs is in Sending.
    std::optional<QList<Core::OutboxEntry>> takeDueBatch(const QString &profileId, int maxCount,
                                                         const QDateTime &nowUtc);

    /// Stores one request, its response and the result for each update in it. OK makes the entry
    /// Confirmed and its cards the confirmed set in the register. PARTIAL_UPDATE,
    /// CARD_UPDATE_FAILED, USER_NOT_FOUND and unrecognised values make it Failed. A result
    /// without an outcome makes it Unknown. Results for an updateId that is not Sending, Queued
    /// or Unknown are logged and skipped. Each stored result appends an "update.result" audit
    /// record in the same transaction.
    bool recordResults(const QList<Core::UpdateResult> &results, const QByteArray &requestBody,
                       const QByteArray &responseBody, int httpStatus);

    /// Puts Sending or Unknown entries back in the queue after a retryable transport error. They
    /// keep their updateId, so Calven can match a resend with a copy it may already have applied.
    /// With requestLeft false (the request failed before any byte was sent, as when offline) the
    /// attempt that takeDueBatch() counted is taken back.
    bool requeue(const QStringList &updateIds, const QString &error, const QDateTime &nextAttemptAtUtc,
                 bool requestLeft = true);
    /// Moves Sending entries whose request was never started, such as a batch the sender took
    /// ahead, back to Queued and takes back the attempt that takeDueBatch() counted. They keep their
    /// updateId and last error and are due at once. Entries in another state are left alone.
    bool returnUnsent(const QStringList &updateIds);
    /// Stops automatic sending of an entry whose retries are used up, and appends an
    /// "update.result" audit record with the result "needs-attention" in the same transaction.
    bool markNeedsAttention(const QString &updateId, const QString &error);
    /// Returns the earliest retry time after afterUtc among the profile's Queued entries, or a
    /// null QDateTime when none waits for a later retry.
    std::optional<QDateTime> nextAttemptAfter(const QString &profileId, const QDateTime &afterUtc) const;
    /// Returns entries left in Sending by a crash or kill to Queued, keeping their updateId, and
    /// returns how many there were. Call once at start-up before anything is taken.
    std::optional<int> recoverInterrupted();

    /// Returns Failed, Unknown and NeedsAttention entries, newest outcome first.
    std::optional<QList<Core::OutboxEntry>> failures(const FailureFilter &filter = {}) const;
    /// Returns the number of entries that match filter; limit and offset are ignored.
    std::optional<int> failureCount(const FailureFilter &filter) const;
    /// Returns the number of matching entries per result; limit, offset and result are ignored.
    std::optional<QMap<Core::ResultCode, int>> failureReasonCounts(const FailureFilter &filter) const;
    /// Returns matching entries per local calendar day and result, oldest day first. Days follow
    /// the system time zone, also across daylight-saving changes; limit and offset are ignored.
    std::optional<QList<FailureDayCount>> failuresPerDay(const FailureFilter &filter) const;
    /// Returns the entries linked to updateId by operator retries, with updateId itself, oldest
    /// first and without bodies. Returns an empty list when no entry has that updateId.
    std::optional<QList<Core::OutboxEntry>> retryChain(const QString &updateId) const;
    /// Returns one entry with its request and response. Returns nullopt with an empty
    /// errorString() when no entry has that updateId.
    std::optional<Core::OutboxEntry> entry(const QString &updateId) const;
    /// Returns the user's newest entry that is not Superseded, with its request and response;
    /// nullopt with an empty errorString() when the user has none.
    std::optional<Core::OutboxEntry> latestEntry(const QString &userId) const;
    /// Returns the Queued and Sending entries of a profile (every profile when profileId is
    /// empty), only those of one user when userId is not empty, oldest first and without bodies.
    std::optional<QList<Core::OutboxEntry>> pending(const QString &profileId,
                                                    const QString &userId = {}) const;
    /// Returns, per userId, the result code of the user's newest entry that has an outcome.
    std::optional<QHash<QString, Core::ResultCode>> latestResults() const;
    /// Closes an open failure with a note giving the reason. Runs hook, when given, in the same
    /// transaction.
    bool resolve(const QString &updateId, const QString &note, const EnqueueHook &hook = {});
    /// Queues the card set of an open failure again as a new entry with a new updateId that links
    /// the old one, and marks the old one Resolved. Rejected when the user has a pending entry or
    /// a newer intended set, because resending the old set would undo that change. Runs hook, when
    /// given, in the same transaction with the new entry and the old entry's cards.
    std::optional<Core::OutboxEntry> retry(const QString &updateId, const EnqueueHook &hook = {});
    /// Returns the entry counts of one profile, or of every profile when profileId is empty.
    std::optional<OutboxCounts> counts(const QString &profileId = {}) const;

    QString errorString() const { return m_error; }

private:
    bool failWith(const QString &message) const;
    QString databasePath() const;
    /// Counts a commit made with Sql::NoAutoCheckpoint and asks the worker thread for a checkpoint
    /// after every few.
    void requestCheckpoint();
    bool checkRetry(const QString &updateId, Core::OutboxEntry *old, QString *rejection,
                    QString *error) const;

    Database &m_database;
    mutable QString m_error;
    std::unique_ptr<WalCheckpointer> m_checkpointer; // Started by the first requestCheckpoint().
    int m_commitsSinceCheckpoint = 0;
};

} // namespace CardDesk::Store
