// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlitestatement.h"

#include "store/sqlsupport.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <atomic>

using namespace Qt::StringLiterals;

namespace CardDesk::Store::Sqlite {

namespace {

std::atomic<bool> s_linkedLibraryOpened{false};

int markOpenedByLinkedLibrary(sqlite3 *, char **, const sqlite3_api_routines *)
{
    s_linkedLibraryOpened.store(true);
    return SQLITE_OK;
}

// Registers an auto-extension in the linked library, then opens an in-memory connection through
// the plugin. The extension runs only if the plugin's sqlite3_open_v2() is the linked library's,
// so this separates one loaded copy from two copies of the same sources, which have separate
// global state (mutex methods, allocator, VFS list) although every version string matches. The
// result is the same for every connection of the process, so it is computed once.
bool pluginOpensWithLinkedLibrary()
{
    static const bool opened = [] {
        const auto extension = reinterpret_cast<void (*)()>(&markOpenedByLinkedLibrary);
        if (sqlite3_auto_extension(extension) != SQLITE_OK)
            return false;
        const QString name = u"carddesk.store.sqlite-library-check"_s;
        {
            QSqlDatabase probe = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            probe.setDatabaseName(u":memory:"_s);
            probe.open();
            probe.close();
        }
        QSqlDatabase::removeDatabase(name);
        sqlite3_cancel_auto_extension(extension);
        return s_linkedLibraryOpened.load();
    }();
    return opened;
}

} // namespace

QString linkedSourceId()
{
    return QString::fromLatin1(sqlite3_sourceid());
}

LibraryCheck checkSharedLibrary(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT sqlite_version(), sqlite_source_id()"_s) || !query.next())
        return {false,
                u"cannot read the version of the QSQLITE plugin's SQLite: %1"_s.arg(Sql::errorText(query))};
    const QString pluginVersion = query.value(0).toString();
    const QString pluginSourceId = query.value(1).toString();
    const QString linkedVersion = QString::fromLatin1(sqlite3_libversion());
    const QString description = u"QSQLITE plugin SQLite %1 (%2), linked SQLite %3 (%4)"_s.arg(
        pluginVersion, pluginSourceId, linkedVersion, linkedSourceId());
    // The source id is the date and SHA3 hash of the SQLite check-in, so different ids rule out a
    // shared library at once. Equal ids still allow two copies, possibly built with different
    // compile options, so the probe connection decides.
    if (pluginVersion != linkedVersion || pluginSourceId != linkedSourceId())
        return {false, description};
    if (!pluginOpensWithLinkedLibrary())
        return {false, description + u", but the plugin contains a copy of its own"_s};
    if (!handleOf(db))
        return {false, description + u", but the connection has no sqlite3 handle"_s};
    return {true, description};
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Statement::Statement(sqlite3 *db)
    : m_db(db)
{}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

QString Statement::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

bool Statement::prepare(const QString &sql, QString *error)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    const int code = sqlite3_prepare16_v2(m_db, sql.utf16(), int(sql.size() * 2), &m_statement, nullptr);
    if (code != SQLITE_OK) {
        *error = lastError();
        return false;
    }
    return true;
}

void Statement::bindText(int parameter, QStringView text)
{
    // An empty view may carry a null pointer, which SQLite would bind as NULL.
    static const char16_t empty = 0;
    const void *data = text.isEmpty() ? &empty : text.utf16();
    sqlite3_bind_text16(m_statement, parameter, data, int(text.size() * 2), SQLITE_STATIC);
}

void Statement::bindUtf8(int parameter, QByteArrayView text)
{
    static const char empty = 0;
    const char *data = text.isEmpty() ? &empty : text.data();
    sqlite3_bind_text(m_statement, parameter, data, int(text.size()), SQLITE_STATIC);
}

void Statement::bindInt(int parameter, int value)
{
    sqlite3_bind_int(m_statement, parameter, value);
}

bool Statement::execute(QString *error)
{
    const int code = sqlite3_step(m_statement);
    if (code != SQLITE_DONE)
        *error = lastError(); // Read before the reset, which may replace the message.
    sqlite3_reset(m_statement);
    return code == SQLITE_DONE;
}

bool Statement::next(QString *error)
{
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code != SQLITE_DONE)
        *error = lastError();
    return false;
}

QUtf8StringView Statement::utf8Column(int column) const
{
    const unsigned char *data = sqlite3_column_text(m_statement, column);
    const int bytes = sqlite3_column_bytes(m_statement, column);
    return QUtf8StringView(reinterpret_cast<const char *>(data), bytes);
}

int Statement::intColumn(int column) const
{
    return sqlite3_column_int(m_statement, column);
}

} // namespace CardDesk::Store::Sqlite
