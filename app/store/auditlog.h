// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/credential.h"

#include <QDateTime>
#include <QStringList>

#include <functional>
#include <optional>

namespace CardDesk::Store {

class Database;

/// One operator action in the audit log.
struct AuditRecord
{
    qint64 id = 0;
    QDateTime timeUtc; ///< append() uses the current time when null.
    QString osUser;    ///< append() uses the signed-in operating-system user when empty.
    QString machine;   ///< append() uses this computer's host name when empty.
    QString profileId;
    QString action; ///< A stable name, one of AuditActions, such as "cards.submitted".
    QString targetUserId;
    QString targetUsername;
    QList<Core::Credential> cardsBefore;
    QList<Core::Credential> cardsAfter;
    QString updateId;
    QString result; ///< A stable name, one of AuditResults, or empty.
    QString detail;
};

/// The action names CardDesk writes. They are stored, so they never change.
namespace AuditActions {
inline constexpr QStringView CardsSubmitted = u"cards.submitted"; ///< An operator queued a card set.
inline constexpr QStringView UpdateRetried = u"update.retried";   ///< An operator queued a failure again.
inline constexpr QStringView UpdateResolved = u"update.resolved"; ///< An operator closed a failure.
/// A newer card set for the same user replaced a queued update before it was sent. The record's
/// updateId is the replaced update, and its detail names the newer one.
inline constexpr QStringView UpdateSuperseded = u"update.superseded";
/// The outcome of an update: confirmed, partial, failed, unknown or needs-attention.
inline constexpr QStringView UpdateResult = u"update.result";
inline constexpr QStringView DirectoryRefreshed = u"directory.refreshed";
} // namespace AuditActions

/// The result names CardDesk writes. They are stored, so they never change.
namespace AuditResults {
inline constexpr QStringView Queued = u"queued";
inline constexpr QStringView Resolved = u"resolved";
inline constexpr QStringView Superseded = u"superseded"; ///< Replaced before it was sent.
inline constexpr QStringView Confirmed = u"confirmed"; ///< Calven returned OK.
inline constexpr QStringView Partial = u"partial";     ///< Calven returned PARTIAL_UPDATE.
inline constexpr QStringView Failed = u"failed";       ///< Any other failure Calven returned.
inline constexpr QStringView Unknown = u"unknown";     ///< Calven's answer did not say what happened.
inline constexpr QStringView NeedsAttention = u"needs-attention"; ///< Retries are used up.
inline constexpr QStringView Ok = u"ok";                          ///< A directory refresh that worked.
} // namespace AuditResults

/// Selection criteria for query(). Empty or null fields do not filter.
struct AuditFilter
{
    QDateTime fromUtc; ///< Inclusive.
    QDateTime toUtc;   ///< Exclusive.
    QString action;    ///< Exact action name.
    QString userText;  ///< Case-insensitive part of the target username or id, or of the OS user.
    int limit = 0;     ///< Maximum number of records, or 0 for no limit.
    QString profileId; ///< Exact profile id.
    QString result;    ///< Exact result name.
    /// Words that must all occur in the user, OS user, machine, update id, cards, result or detail.
    /// SQLite's LIKE folds case for ASCII letters only.
    QString text;
};

/// The append-only record of operator actions and of how each update ended. There is no API to
/// change or delete a record, and SQLite triggers reject UPDATE and DELETE on the table from any
/// program. The outbox writes its records in the same transaction as the change they describe.
/// Use it on the thread that opened the Database.
class AuditLog final
{
public:
    explicit AuditLog(Database &database);
    Q_DISABLE_COPY_MOVE(AuditLog)

    /// Appends a record and returns its id, or nullopt on failure, see errorString().
    std::optional<qint64> append(const AuditRecord &record);
    /// Returns matching records, newest first, or nullopt on an SQL error.
    std::optional<QList<AuditRecord>> query(const AuditFilter &filter = {}) const;
    /// Calls visitor with each matching record, newest first, without holding them all in memory.
    /// Stops early when visitor returns false. Returns false on an SQL error, see errorString().
    bool forEach(const AuditFilter &filter, const std::function<bool(const AuditRecord &)> &visitor) const;
    /// Returns the number of matching records; limit is ignored. Returns nullopt on an SQL error.
    std::optional<qint64> count(const AuditFilter &filter) const;

    QString errorString() const { return m_error; }

    /// Returns the login name of the process's effective user from the operating system
    /// (getpwuid_r() on Unix, GetUserNameW() on Windows). Falls back to the USER, USERNAME or
    /// LOGNAME environment variable when the system has no name for the user, and to "unknown".
    static QString currentOsUser();
    /// Returns this computer's host name.
    static QString currentMachine();

    /// Returns the translated label of an action name, or the name itself when it is not one of
    /// AuditActions.
    static QString actionLabel(const QString &action);
    /// Returns the translated label of a result name, or the name itself when it is not one of
    /// AuditResults.
    static QString resultLabel(const QString &result);
    /// Returns the action names CardDesk writes, for filters that offer them before any is stored.
    static QStringList knownActions();
    /// Returns the result names CardDesk writes.
    static QStringList knownResults();

private:
    bool failWith(const QString &message) const;

    Database &m_database;
    mutable QString m_error;
};

} // namespace CardDesk::Store
