// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>
#include <QUtf8StringView>

struct sqlite3;
struct sqlite3_stmt;

// Direct use of the SQLite C API for the bulk paths, where QSqlQuery's per-value QVariant
// handling costs more than SQLite's own work. Not part of the public store API.
namespace CardDesk::Store::Sqlite {

/// Result of comparing the SQLite library linked into this program with the one the QSQLITE
/// plugin runs.
struct LibraryCheck
{
    bool shared = false; ///< True when both are one loaded copy, so handleOf() may be used.
    QString description; ///< Both versions and source ids, or why the check failed, for the log.
};

/// Checks whether the QSQLITE plugin behind db runs the SQLite library linked into this program.
/// Qt builds against the system SQLite (Debian's, for one) share it. Qt's own Windows and macOS
/// builds bundle a copy in the plugin, and calling a second copy on a handle that the first one
/// created is undefined behaviour. Runs two queries on db, and the first call in the process also
/// opens and closes an in-memory QSQLITE connection.
LibraryCheck checkSharedLibrary(const QSqlDatabase &db);

/// Returns sqlite3_sourceid() of the SQLite library linked into this program.
QString linkedSourceId();

/// Returns the sqlite3 handle behind a QSQLITE connection, or nullptr for another driver.
/// NOTE: the handle may only be passed to this program's SQLite functions when
/// checkSharedLibrary() returned shared for the connection.
sqlite3 *handleOf(const QSqlDatabase &db);

/// A prepared statement, finalized on destruction. Text binds refer to the caller's text without
/// copying it (SQLITE_STATIC), so each bound text must outlive the next execute().
class Statement final
{
public:
    explicit Statement(sqlite3 *db);
    ~Statement();
    Q_DISABLE_COPY_MOVE(Statement)

    bool prepare(const QString &sql, QString *error);
    /// Binds UTF-16 text to the 1-based parameter. An empty view binds as "" rather than NULL.
    void bindText(int parameter, QStringView text);
    /// Binds UTF-8 text, which SQLite stores without converting it, since CardDesk databases use
    /// the default UTF-8 encoding. An empty view binds as "".
    void bindUtf8(int parameter, QByteArrayView text);
    void bindInt(int parameter, int value);
    /// Runs a statement that returns no rows, then resets it for the next bind.
    bool execute(QString *error);
    /// Advances to the next result row. Returns false after the last row, and also on an error,
    /// which is then stored in *error.
    bool next(QString *error);

    /// Returns column (0-based) of the current row, in UTF-8 as stored, as a view into SQLite's
    /// buffer that is valid until the next call of next().
    QUtf8StringView utf8Column(int column) const;
    int intColumn(int column) const;

private:
    QString lastError() const;

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace CardDesk::Store::Sqlite
