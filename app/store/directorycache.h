// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directoryuser.h"

#include <memory>

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <optional>

class QSqlQuery;

namespace CardDesk::Core {
class DirectoryTable;
class DirectoryTableBuilder;
class FetchedUsers;
} // namespace CardDesk::Core

namespace CardDesk::Store {

class Database;

/// Ids that one directory refresh added, changed or removed.
struct ChangeSet
{
    QStringList added;
    QStringList changed;
    QStringList removed;

    bool isEmpty() const { return added.isEmpty() && changed.isEmpty() && removed.isEmpty(); }
};

/// Changes that one directory refresh made to the cache.
struct DirectoryChanges
{
    ChangeSet users;     ///< By userId.
    ChangeSet locations; ///< By locationId.
};

/// The local copy of the Calven user directory and locations, so search works at start-up and
/// offline. Use it on the thread that opened the Database.
class DirectoryCache final
{
public:
    /// The API through which replace() writes the user rows. Both store the same rows and report
    /// the same changes.
    enum class UserWrites
    {
        /// Through the SQLite C API on the connection's handle when the QSQLITE plugin runs the
        /// SQLite library linked into CardDesk, otherwise through QSqlQuery.
        Automatic,
        /// Always through QSqlQuery, which is slower but valid with any QSQLITE plugin.
        QtSqlOnly,
    };

    explicit DirectoryCache(Database &database, UserWrites userWrites = UserWrites::Automatic);
    Q_DISABLE_COPY_MOVE(DirectoryCache)

    /// Replaces the cached directory with a freshly fetched one in a single transaction, so a
    /// failure leaves the previous directory and refresh time intact. Writes only rows that
    /// differ. Rejects an empty or repeated id. A null fetchedAtUtc records the current time.
    /// Returns nullopt on failure, see errorString().
    std::optional<DirectoryChanges> replace(const QList<Core::DirectoryUser> &users,
                                            const QList<Core::Location> &locations,
                                            const QDateTime &fetchedAtUtc);
    /// Does what the overload above does, for users as the directory parser returns them, whose
    /// ids are unique and non-empty already.
    std::optional<DirectoryChanges> replace(const Core::FetchedUsers &users,
                                            const QList<Core::Location> &locations,
                                            const QDateTime &fetchedAtUtc);

    /// Returns every cached user ordered by userId, or nullopt on an SQL error.
    std::optional<QList<Core::DirectoryUser>> loadUsers() const;
    /// Returns every cached location ordered by locationId, or nullopt on an SQL error.
    std::optional<QList<Core::Location>> loadLocations() const;
    /// Returns every cached user and location as a compact table with search text and name order,
    /// or null on an SQL error. Reads one snapshot of the database in a read transaction, so a
    /// refresh committed meanwhile on another connection is either wholly in the table or not at
    /// all. A non-null refreshedAtUtc receives the fetch time of that snapshot. Costs about a
    /// second per 200,000 users, so call it on a worker thread in the GUI.
    std::shared_ptr<const Core::DirectoryTable> loadTable(QDateTime *refreshedAtUtc = nullptr) const;
    /// Returns the fetch time of the cached directory in UTC, or null when it was never refreshed.
    QDateTime lastRefreshed() const;

    QString errorString() const { return m_error; }

    /// Returns whether replace() writes the users through the SQLite C API. The first call checks
    /// the SQLite library of the connection and logs the result.
    bool usesSqliteApi() const;

private:
    std::optional<qint64> cachedUserCount(QString *error) const;
    bool writeUsers(const Core::FetchedUsers &users, ChangeSet *changes, QString *error);
    bool writeLocations(const QList<Core::Location> &locations, ChangeSet *changes, QString *error);
    bool writeRefreshTime(const QDateTime &fetchedAtUtc, QString *error);
    bool failWith(const QString &message) const;
    std::shared_ptr<const Core::DirectoryTable> loadTableInTransaction() const;
    bool readPackedUsers(Core::DirectoryTableBuilder &builder) const;
    bool readUsers(Core::DirectoryTableBuilder &builder) const;
    bool failToLoadTable(const QSqlQuery &query) const;

    Database &m_database;
    UserWrites m_userWrites;
    mutable std::optional<bool> m_usesSqliteApi;
    mutable QString m_error;
};

} // namespace CardDesk::Store
