// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlsupport.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QTimeZone>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSql, "carddesk.store.sql")

namespace CardDesk::Store::Sql {

QVariant toDbTime(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<QString>());
    // Formatting costs more than the rest of binding a row, and a batch writes one time into
    // many rows, so the last result is kept per thread.
    thread_local qint64 lastMsecs = 0;
    thread_local QString lastText;
    const qint64 msecs = time.toMSecsSinceEpoch();
    if (lastText.isEmpty() || msecs != lastMsecs) {
        lastText = time.toUTC().toString(Qt::ISODateWithMs);
        lastMsecs = msecs;
    }
    return lastText;
}

QDateTime fromDbTime(const QVariant &value)
{
    const QString text = value.toString();
    if (value.isNull() || text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.toUTC();
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

QString errorText(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.isEmpty() ? u"unknown SQLite error"_s : text;
}

bool prepare(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.prepare(sql))
        return true;
    *error = errorText(query);
    qCWarning(lcSql) << "Preparing a statement failed:" << *error << "SQL:" << sql.simplified();
    return false;
}

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = errorText(query);
    return false;
}

bool execDirect(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = errorText(query);
    return false;
}

WriteTransaction::WriteTransaction(const QSqlDatabase &db)
    : m_db(db)
{}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

bool WriteTransaction::begin(QString *error)
{
    m_active = execDirect(m_db, u"BEGIN IMMEDIATE"_s, error);
    return m_active;
}

bool WriteTransaction::commit(QString *error)
{
    if (!m_active) {
        *error = u"no transaction is active"_s;
        return false;
    }
    if (!execDirect(m_db, u"COMMIT"_s, error))
        return false; // Still active: the destructor rolls back.
    m_active = false;
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QString error;
    if (!execDirect(m_db, u"ROLLBACK"_s, &error))
        qCWarning(lcSql) << "Rolling back a transaction on" << m_db.connectionName() << "failed:" << error;
}

StatementCache::StatementCache(const QSqlDatabase &db)
    : m_db(db)
{}

StatementCache::~StatementCache() = default;

QSqlQuery *StatementCache::prepare(const QString &sql, QString *error)
{
    const auto found = m_statements.find(sql);
    if (found != m_statements.end())
        return found->second.get();
    auto query = std::make_unique<QSqlQuery>(m_db);
    query->setForwardOnly(true);
    if (!Sql::prepare(*query, sql, error))
        return nullptr;
    QSqlQuery *prepared = query.get();
    m_statements.emplace(sql, std::move(query));
    return prepared;
}

RelaxedSync::RelaxedSync(const QSqlDatabase &db)
    : m_db(db)
{
    QString error;
    m_relaxed = execDirect(m_db, u"PRAGMA synchronous = NORMAL"_s, &error);
    if (!m_relaxed)
        qCWarning(lcSql) << "Lowering synchronous to NORMAL on" << m_db.connectionName()
                         << "failed, so commits stay FULL:" << error;
}

RelaxedSync::~RelaxedSync()
{
    if (!m_relaxed)
        return;
    QString error;
    if (!execDirect(m_db, u"PRAGMA synchronous = FULL"_s, &error))
        qCWarning(lcSql) << "Setting synchronous back to FULL on" << m_db.connectionName()
                         << "failed:" << error;
}

NoAutoCheckpoint::NoAutoCheckpoint(const QSqlDatabase &db)
    : m_db(db)
{
    QString error;
    m_off = execDirect(m_db, u"PRAGMA wal_autocheckpoint = 0"_s, &error);
    if (!m_off)
        qCWarning(lcSql) << "Turning the automatic checkpoint off on" << m_db.connectionName()
                         << "failed, so commits still checkpoint:" << error;
}

NoAutoCheckpoint::~NoAutoCheckpoint()
{
    if (!m_off)
        return;
    QString error;
    if (!execDirect(m_db, u"PRAGMA wal_autocheckpoint = 1000"_s, &error))
        qCWarning(lcSql) << "Turning the automatic checkpoint back on on" << m_db.connectionName()
                         << "failed:" << error;
}

BatchInsert::BatchInsert(const QSqlDatabase &db, const QString &head, int columnCount, int rowsPerStatement)
    : m_db(db)
    , m_head(head)
    , m_columnCount(columnCount)
    , m_rowsPerStatement(rowsPerStatement)
    , m_fullBatch(db)
{
    Q_ASSERT(columnCount > 0 && rowsPerStatement > 0 && columnCount * rowsPerStatement <= 999);
    m_values.resize(qsizetype(columnCount) * rowsPerStatement);
}

QString BatchInsert::statementFor(int rows) const
{
    QString placeholders = u"("_s;
    for (int column = 0; column < m_columnCount; ++column)
        placeholders += column == 0 ? u"?"_s : u", ?"_s;
    placeholders += u')';

    QString sql = m_head + u" VALUES "_s;
    for (int row = 0; row < rows; ++row)
        sql += row == 0 ? placeholders : QString(u", "_s + placeholders);
    return sql;
}

void BatchInsert::bind(int column, const QVariant &value)
{
    m_values[qsizetype(m_pendingRows) * m_columnCount + column] = value;
}

bool BatchInsert::endRow(QString *error)
{
    ++m_pendingRows;
    if (m_pendingRows < m_rowsPerStatement)
        return true;
    if (!m_fullBatchPrepared) {
        if (!prepare(m_fullBatch, statementFor(m_rowsPerStatement), error))
            return false;
        m_fullBatchPrepared = true;
    }
    return flush(m_fullBatch, error);
}

bool BatchInsert::finish(QString *error)
{
    if (m_pendingRows == 0)
        return true;
    QSqlQuery rest(m_db);
    return prepare(rest, statementFor(m_pendingRows), error) && flush(rest, error);
}

bool BatchInsert::flush(QSqlQuery &query, QString *error)
{
    const qsizetype count = qsizetype(m_pendingRows) * m_columnCount;
    for (qsizetype i = 0; i < count; ++i)
        query.bindValue(int(i), m_values.at(i));
    m_pendingRows = 0;
    return exec(query, error);
}

QString escapeLike(const QString &word)
{
    QString escaped = word;
    escaped.replace(u'\\', u"\\\\"_s);
    escaped.replace(u'%', u"\\%"_s);
    escaped.replace(u'_', u"\\_"_s);
    return escaped;
}

} // namespace CardDesk::Store::Sql
