// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/credential.h"

#include <QDateTime>

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
    QString action; ///< A stable name chosen by the caller, such as "update.queued".
    QString targetUserId;
    QString targetUsername;
    QList<Core::Credential> cardsBefore;
    QList<Core::Credential> cardsAfter;
    QString updateId;
    QString result;
    QString detail;
};

/// Selection criteria for query(). Empty or null fields do not filter.
struct AuditFilter
{
    QDateTime fromUtc; ///< Inclusive.
    QDateTime toUtc;   ///< Exclusive.
    QString action;    ///< Exact action name.
    QString userText;  ///< Case-insensitive part of the target username or id, or of the OS user.
    int limit = 0;     ///< Maximum number of records, or 0 for no limit.
};

/// The append-only record of operator actions. There is no API to change or delete a record,
/// and SQLite triggers reject UPDATE and DELETE on the table from any program. Use it on the
/// thread that opened the Database.
class AuditLog final
{
public:
    explicit AuditLog(Database &database);
    Q_DISABLE_COPY_MOVE(AuditLog)

    /// Appends a record and returns its id, or nullopt on failure, see errorString().
    std::optional<qint64> append(const AuditRecord &record);
    /// Returns matching records, newest first, or nullopt on an SQL error.
    std::optional<QList<AuditRecord>> query(const AuditFilter &filter = {}) const;

    QString errorString() const { return m_error; }

    /// Returns the name of the signed-in operating-system user, or "unknown" when no
    /// environment variable names the user.
    static QString currentOsUser();
    /// Returns this computer's host name.
    static QString currentMachine();

private:
    bool failWith(const QString &message) const;

    Database &m_database;
    mutable QString m_error;
};

} // namespace CardDesk::Store
