// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/walcheckpointer.h"

#include "store/database.h"
#include "store/sqlsupport.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCheckpoint, "carddesk.store.checkpoint")

namespace CardDesk::Store {

namespace {

// Log size, in pages, above which a checkpoint waits for the writer to start the log again.
// NOTE: no test reaches the RESTART checkpoint, which needs a commit while a passive one runs.
// The debug log of bench_outbox shows it, and the log starting again, once per send.
constexpr int RestartFrames = 4000;

// Runs one checkpoint of the given mode and stores the number of pages in the log in *frames.
// Returns false with SQLite's message in *error.
bool checkpoint(const QSqlDatabase &db, const QString &mode, int *frames, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA wal_checkpoint(%1)"_s.arg(mode))) {
        *error = Sql::errorText(query);
        return false;
    }
    *frames = 0;
    if (query.next()) {
        *frames = query.value(1).toInt();
        qCDebug(lcCheckpoint) << mode << "checkpoint: busy" << query.value(0).toInt() << "log frames"
                              << *frames << "copied" << query.value(2).toInt();
    }
    return true;
}

// A passive checkpoint copies what no reader still needs and, in SQLite, skips the busy handler
// instead of waiting for a lock. A writer starts the log file again from its beginning only when
// it begins after a checkpoint copied every page, which a writer that commits while each
// checkpoint runs never does. So once the log exceeds RestartFrames, a RESTART checkpoint holds
// new writers back, for the busy timeout at most, until the log can start again.
bool checkpoint(const QSqlDatabase &db, QString *error)
{
    int frames = 0;
    if (!checkpoint(db, u"PASSIVE"_s, &frames, error))
        return false;
    return frames <= RestartFrames || checkpoint(db, u"RESTART"_s, &frames, error);
}

} // namespace

WalCheckpointer::WalCheckpointer(const QString &path)
    : m_path(path)
    , m_thread(QThread::create([this] { run(); }))
{
    m_thread->setObjectName(u"carddesk-checkpoint"_s);
    m_thread->start(QThread::LowPriority);
}

WalCheckpointer::~WalCheckpointer()
{
    {
        const QMutexLocker locker(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
}

void WalCheckpointer::request()
{
    const QMutexLocker locker(&m_mutex);
    m_requested = true;
    m_wake.wakeAll();
}

int WalCheckpointer::completedCount() const
{
    const QMutexLocker locker(&m_mutex);
    return m_completed;
}

void WalCheckpointer::run()
{
    std::unique_ptr<Database> database;
    for (;;) {
        {
            QMutexLocker locker(&m_mutex);
            while (!m_requested && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_stopping)
                break;
            m_requested = false;
        }
        if (!database) {
            database = std::make_unique<Database>();
            if (!database->open(m_path)) {
                qCWarning(lcCheckpoint).noquote()
                    << "Cannot open a checkpoint connection, so the write-ahead log of" << m_path
                    << "is copied back by the next commit that syncs:" << database->errorString();
                database.reset();
                continue;
            }
        }
        QString error;
        if (!checkpoint(database->connection(), &error)) {
            qCWarning(lcCheckpoint).noquote() << "A checkpoint of" << m_path << "failed:" << error;
            continue;
        }
        const QMutexLocker locker(&m_mutex);
        ++m_completed;
    }
}

} // namespace CardDesk::Store
