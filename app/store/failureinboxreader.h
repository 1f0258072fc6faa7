// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/outbox.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace CardDesk::Store {

class Database;

/// The aggregates of one failure filter over every matching entry, for the inbox charts and counts.
struct FailureSummary
{
    int total = 0;                         ///< As failureCount() with the filter.
    QMap<Core::ResultCode, int> perReason; ///< As failureReasonCounts(), which ignores the result.
    QList<FailureDayCount> perDay;         ///< As failuresPerDay() with the filter.
};

/// Runs the failure inbox queries on a worker thread with its own SQLite connection, so that a
/// slow filter never stalls the window.
///
/// load() starts a new query generation: the first page and the summary of a filter. fetchPage()
/// reads the page after the last entry of a generation with keyset pagination. Results arrive as
/// signals on the thread that created the reader. A request of an older generation that has not
/// started when a newer load() arrives is skipped, and its results are never emitted.
class FailureInboxReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailureInboxReader)

public:
    /// Entries per page.
    static constexpr int PageSize = 200;

    /// Opens the worker's connection to database's file on first use.
    explicit FailureInboxReader(const Database &database, QObject *parent = nullptr);
    /// Waits for the running query to finish, then stops the thread.
    ~FailureInboxReader() override;

    /// Reads the first page (filter.limit rows, or PageSize when it is 0) and the summary of
    /// filter; offset and the keyset fields are ignored. Returns the generation the results carry.
    int load(const FailureFilter &filter);
    /// Reads the page after last of generation, which must be the last entry it returned.
    void fetchPage(int generation, const Core::OutboxEntry &last);
    int generation() const { return m_generation; }

signals:
    void pageLoaded(int generation, const QList<CardDesk::Core::OutboxEntry> &entries, bool atEnd,
                    bool firstPage);
    void summaryLoaded(int generation, const CardDesk::Store::FailureSummary &summary);
    void failed(int generation, const QString &message);

private:
    class Worker;

    void post(int generation, std::function<void(Worker &)> job);

    QThread m_thread;
    Worker *m_worker = nullptr; ///< Lives on m_thread; deleted when the thread finishes.
    FailureFilter m_filter;     ///< The filter of the current generation.
    int m_generation = 0;
    std::shared_ptr<std::atomic<int>> m_latest;
};

} // namespace CardDesk::Store

Q_DECLARE_METATYPE(CardDesk::Store::FailureSummary)
