// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlitestatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace CardDesk::Store::Sqlite {

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
