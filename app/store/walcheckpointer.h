// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <memory>

class QThread;

namespace CardDesk::Store {

/// Copies the write-ahead log of a database file back into the file on a worker thread of its
/// own, with a connection of its own, so that the fsync calls of a checkpoint do not hold up the
/// thread that writes. Sql::NoAutoCheckpoint turns SQLite's own checkpoint off for the commits
/// that rely on this one instead. Not part of the public store API.
///
/// A checkpoint never changes what is committed: a kill or a power cut during one leaves every
/// committed transaction in the log or in the file.
class WalCheckpointer final
{
public:
    /// path is the database file. The worker opens its connection on the first request.
    explicit WalCheckpointer(const QString &path);
    /// Waits for a checkpoint that is running, then closes the worker's connection.
    ~WalCheckpointer();
    Q_DISABLE_COPY_MOVE(WalCheckpointer)

    /// Asks for a passive checkpoint and returns at once. Requests made while one runs give one
    /// more checkpoint after it.
    void request();
    /// Number of checkpoints that completed without an error, for tests.
    int completedCount() const;

private:
    void run();

    QString m_path;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_requested = false;
    bool m_stopping = false;
    int m_completed = 0;
    std::unique_ptr<QThread> m_thread;
};

} // namespace CardDesk::Store
