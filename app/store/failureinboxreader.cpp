// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/failureinboxreader.h"

#include "store/database.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcFailureInboxReader, "carddesk.store.failureinboxreader")

namespace CardDesk::Store {

// Owns the worker thread's connection and Outbox. Only m_thread touches it after construction.
class FailureInboxReader::Worker final : public QObject
{
public:
    explicit Worker(QString databasePath)
        : m_databasePath(std::move(databasePath))
    {}

    // Returns the outbox on this thread's connection, or null with *error set.
    Outbox *outbox(QString *error)
    {
        if (m_outbox)
            return m_outbox.get();
        m_database = std::make_unique<Database>();
        if (!m_database->open(m_databasePath)) {
            *error = m_database->errorString();
            m_database.reset();
            return nullptr;
        }
        m_outbox = std::make_unique<Outbox>(*m_database);
        return m_outbox.get();
    }

private:
    QString m_databasePath;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Outbox> m_outbox;
};

FailureInboxReader::FailureInboxReader(const Database &database, QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(database.path()))
    , m_latest(std::make_shared<std::atomic<int>>(0))
{
    qRegisterMetaType<FailureSummary>();
    qRegisterMetaType<QList<Core::OutboxEntry>>();
    m_thread.setObjectName(u"failure-inbox-reader"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

FailureInboxReader::~FailureInboxReader()
{
    m_latest->store(-1);
    m_thread.quit();
    m_thread.wait();
}

void FailureInboxReader::post(int generation, std::function<void(Worker &)> job)
{
    const std::shared_ptr<std::atomic<int>> latest = m_latest;
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [latest, worker, generation, job = std::move(job)] {
            if (latest->load() != generation)
                return;
            job(*worker);
        },
        Qt::QueuedConnection);
}

int FailureInboxReader::load(const FailureFilter &filter)
{
    m_filter = filter;
    m_filter.limit = filter.limit > 0 ? filter.limit : PageSize;
    m_filter.offset = 0;
    m_filter.afterUpdatedAt = {};
    m_filter.afterId = 0;
    const int generation = ++m_generation;
    m_latest->store(generation);
    const FailureFilter pageFilter = m_filter;
    post(generation, [this, generation, pageFilter](Worker &worker) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        Outbox *outbox = worker.outbox(&error);
        const auto entries = outbox ? outbox->failures(pageFilter) : std::nullopt;
        if (!entries) {
            const QString message = outbox ? outbox->errorString() : error;
            QMetaObject::invokeMethod(this, [this, generation, message] { emit failed(generation, message); });
            return;
        }
        const bool atEnd = entries->size() < pageFilter.limit;
        QMetaObject::invokeMethod(this, [this, generation, page = *entries, atEnd] {
            if (generation == m_generation)
                emit pageLoaded(generation, page, atEnd, true);
        });
        const qint64 pageMs = timer.elapsed();

        // One pass over the index gives all three counts: the per-day counts without the result
        // filter contain the counts by reason, and the filtered days and total are a subset.
        FailureFilter countFilter = pageFilter;
        countFilter.limit = 0;
        countFilter.result.reset();
        const auto allDays = outbox->failuresPerDay(countFilter);
        if (!allDays) {
            const QString message = outbox->errorString();
            QMetaObject::invokeMethod(this, [this, generation, message] { emit failed(generation, message); });
            return;
        }
        FailureSummary summary;
        for (const FailureDayCount &day : *allDays) {
            summary.perReason[day.reason] += day.count;
            if (pageFilter.result && day.reason != *pageFilter.result)
                continue;
            summary.perDay.append(day);
            summary.total += day.count;
        }
        qCDebug(lcFailureInboxReader) << "generation" << generation << "first page" << entries->size()
                                      << "rows in" << pageMs << "ms, summary of" << summary.total
                                      << "in" << timer.elapsed() - pageMs << "ms";
        QMetaObject::invokeMethod(this, [this, generation, summary] {
            if (generation == m_generation)
                emit summaryLoaded(generation, summary);
        });
    });
    return generation;
}

void FailureInboxReader::fetchPage(int generation, const Core::OutboxEntry &last)
{
    if (generation != m_generation)
        return;
    FailureFilter pageFilter = m_filter;
    pageFilter.limit = PageSize;
    pageFilter.afterUpdatedAt = last.updatedAt;
    pageFilter.afterId = last.id;
    pageFilter.afterResult = last.result.code;
    post(generation, [this, generation, pageFilter](Worker &worker) {
        QString error;
        Outbox *outbox = worker.outbox(&error);
        const auto entries = outbox ? outbox->failures(pageFilter) : std::nullopt;
        if (!entries) {
            const QString message = outbox ? outbox->errorString() : error;
            QMetaObject::invokeMethod(this, [this, generation, message] { emit failed(generation, message); });
            return;
        }
        const bool atEnd = entries->size() < pageFilter.limit;
        QMetaObject::invokeMethod(this, [this, generation, page = *entries, atEnd] {
            if (generation == m_generation)
                emit pageLoaded(generation, page, atEnd, false);
        });
    });
}

} // namespace CardDesk::Store
