// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/usertablemodel.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace CardDesk::Store {
class Database;
} // namespace CardDesk::Store

namespace CardDesk::Gui {

/// Reads the Users page's card counts, card numbers and last push results on a worker thread
/// with its own SQLite connection, and builds their per-row arrays for a directory table there.
/// At 200,000 users, a register of as many cards and a million outbox entries the reads take
/// seconds (see docs/benchmarks.md).
///
/// request() starts a read, unless one runs: then one more read starts after it, however many
/// requests arrive meanwhile, with the table of the newest request. Results arrive as signals on
/// the thread that created the reader. UserColumns::cardNumbersChanged compares with the
/// previous successful read, so the receiver must apply every read().
class UserActivityReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserActivityReader)

public:
    /// Opens the worker's connection to database's file on first use.
    explicit UserActivityReader(const Store::Database &database, QObject *parent = nullptr);
    /// Waits for the running read to finish, then stops the thread.
    ~UserActivityReader() override;

    /// Requests a read whose arrays follow the rows of table (null for none).
    void request(std::shared_ptr<const Core::DirectoryTable> table);
    /// Frees columns on the worker thread. Freeing the values UserTableModel::setColumns()
    /// replaces took the GUI thread about 170 ms at 200,000 users in tests/bench/outbox-views.
    void release(Models::UserColumns columns);
    /// True from request() until the read() or failed() of the last request.
    bool isBusy() const { return m_running; }

signals:
    void read(const CardDesk::Models::UserColumns &columns);
    void failed(const QString &message);

private:
    class Worker;

    void start();
    void onFinished();

    QThread m_thread;
    Worker *m_worker = nullptr; ///< Lives on m_thread; deleted when the thread finishes.
    std::shared_ptr<const Core::DirectoryTable> m_table; ///< The table of the newest request.
    bool m_running = false;
    bool m_again = false; ///< A request arrived while a read ran.
};

} // namespace CardDesk::Gui

Q_DECLARE_METATYPE(CardDesk::Models::UserColumns)
