// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <unordered_map>

// Helpers shared by the store classes. Not part of the public store API.
namespace CardDesk::Store::Sql {

/// Converts a time to the stored form: ISO 8601 in UTC with milliseconds, so text order is time order.
/// A null time becomes SQL NULL.
QVariant toDbTime(const QDateTime &time);
/// Reads a stored time back as a UTC QDateTime. NULL or empty text gives a null QDateTime.
QDateTime fromDbTime(const QVariant &value);

/// Returns the value to bind for a text column. QSQLITE binds a null QString as SQL NULL, which a
/// NOT NULL column rejects and which never compares equal, so a null string becomes "".
QVariant text(const QString &value);

/// Returns SQLite's own message for the last error of a query, for logs and error texts.
QString errorText(const QSqlQuery &query);

/// Prepares a statement, storing SQLite's message in *error on failure.
bool prepare(QSqlQuery &query, const QString &sql, QString *error);
/// Executes a prepared statement, storing SQLite's message in *error on failure.
bool exec(QSqlQuery &query, QString *error);
/// Executes one statement without bound values.
bool execDirect(const QSqlDatabase &db, const QString &sql, QString *error);
/// Escapes the LIKE wildcards % and _ and the escape character itself with a backslash, for a
/// pattern used with ESCAPE '\'.
QString escapeLike(const QString &word);

/// A write transaction that begins with BEGIN IMMEDIATE. Taking the write lock up front means two
/// connections never both read and then fail to upgrade, which the busy timeout cannot resolve.
/// The destructor rolls back unless commit() succeeded.
class WriteTransaction final
{
public:
    explicit WriteTransaction(const QSqlDatabase &db);
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

/// Prepared statements of one connection, each prepared on first use and reused after, so a loop
/// over many rows pays SQLite's parse and Qt's binding setup once per statement, not once per row.
/// Destroy it before the connection closes.
class StatementCache final
{
public:
    explicit StatementCache(const QSqlDatabase &db);
    ~StatementCache();
    Q_DISABLE_COPY_MOVE(StatementCache)

    /// Returns the statement for sql, prepared on first use, or null with SQLite's message in
    /// *error. Statements are forward-only, so call finish() on a SELECT after reading its rows.
    QSqlQuery *prepare(const QString &sql, QString *error);
    QSqlDatabase database() const { return m_db; }

private:
    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

/// Lowers PRAGMA synchronous of the connection from FULL to NORMAL while it exists and sets FULL
/// again in its destructor. Create it before the WriteTransaction it covers, because SQLite
/// rejects a change of synchronous inside a transaction. In WAL mode a NORMAL commit survives a
/// crash or kill of the process but may be rolled back by a power cut or an operating-system
/// crash. The next FULL commit on the same file syncs the write-ahead log and with it every
/// NORMAL commit before it.
class RelaxedSync final
{
public:
    explicit RelaxedSync(const QSqlDatabase &db);
    ~RelaxedSync();
    Q_DISABLE_COPY_MOVE(RelaxedSync)

private:
    QSqlDatabase m_db;
    bool m_relaxed = false;
};

/// Turns SQLite's automatic checkpoint off on the connection while it exists, for commits after
/// which the caller asks a WalCheckpointer for a checkpoint on its worker thread. A checkpoint
/// syncs the file twice and, run inside a commit, holds that commit back for as long. Commits
/// without it still checkpoint once the log holds 1,000 pages, SQLite's default.
class NoAutoCheckpoint final
{
public:
    explicit NoAutoCheckpoint(const QSqlDatabase &db);
    ~NoAutoCheckpoint();
    Q_DISABLE_COPY_MOVE(NoAutoCheckpoint)

private:
    QSqlDatabase m_db;
    bool m_off = false;
};

/// Inserts many rows with multi-row INSERT statements ("VALUES (...), (...), ..."), which SQLite
/// runs about twice as fast as one prepared single-row INSERT per row. Bind each row's columns
/// with bind(), then call endRow(), and call finish() after the last row.
class BatchInsert final
{
public:
    /// head is the statement up to VALUES, such as "INSERT INTO t (a, b)". rowsPerStatement times
    /// columnCount must stay at or below 999, SQLite's bound-value limit before version 3.32.
    BatchInsert(const QSqlDatabase &db, const QString &head, int columnCount, int rowsPerStatement = 50);
    Q_DISABLE_COPY_MOVE(BatchInsert)

    void bind(int column, const QVariant &value);
    bool endRow(QString *error);
    bool finish(QString *error);

private:
    QString statementFor(int rows) const;
    bool flush(QSqlQuery &query, QString *error);

    QSqlDatabase m_db;
    QString m_head;
    int m_columnCount;
    int m_rowsPerStatement;
    int m_pendingRows = 0;
    QVariantList m_values;
    QSqlQuery m_fullBatch;
    bool m_fullBatchPrepared = false;
};

} // namespace CardDesk::Store::Sql
