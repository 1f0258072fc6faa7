// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace CardDesk::Store {

/// One SQLite connection to a CardDesk database file.
///
/// open() creates the file when it is missing and brings its schema up to date. Every
/// connection runs in WAL mode with synchronous=FULL, foreign keys on and a busy timeout, so a
/// committed write survives a crash, a kill or a power cut. The outbox lowers synchronous to
/// NORMAL for the sender's state changes only, which survive a crash or a kill. A QSqlDatabase connection may
/// only be used on the thread that opened it: a worker thread opens its own with openAnother().
class Database final
{
public:
    /// Milliseconds a statement waits for another connection's lock before it fails.
    static constexpr int BusyTimeoutMs = 5000;

    Database();
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    /// Opens or creates the file at path and applies pending schema migrations. Rejects, without
    /// changing the file, one that is not a CardDesk database or was written by a newer CardDesk.
    /// On failure returns false and errorString() names the path and what to do.
    bool open(const QString &path);
    /// Opens a second connection to the same file, for use on the calling thread only. It may
    /// be called from a worker thread while this object stays open. Returns null on failure and
    /// then stores the reason in *error when it is given.
    std::unique_ptr<Database> openAnother(QString *error = nullptr) const;
    /// Closes the connection and removes it from Qt's connection list. The destructor calls it.
    void close();

    bool isOpen() const;
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    /// The connection for QSqlQuery. It is valid while this object is open, and only on the
    /// thread that opened it.
    QSqlDatabase connection() const { return m_db; }
    /// The schema version of the open file, or 0 when closed.
    int schemaVersion() const { return m_schemaVersion; }
    QString errorString() const { return m_error; }

    /// The schema version this build creates and reads.
    static int latestSchemaVersion();

private:
    bool checkIdentity();
    bool applyConnectionSettings();
    bool migrate();
    int applyMigrations(QString *error); // Returns the version reached, or -1 after a rollback.
    bool fail(const QString &message);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    int m_schemaVersion = 0;
    QString m_error;
};

} // namespace CardDesk::Store
