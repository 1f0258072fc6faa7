// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directoryuser.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

namespace CardDesk::Bench {

/// Summary of timing samples in milliseconds.
struct Summary
{
    double p50 = 0;
    double p95 = 0;
    double max = 0;
};

/// Returns the median, 95th percentile (nearest rank) and maximum of samples.
Summary summarize(QList<double> samples);

/// Returns the resident set size of this process in MiB, from /proc/self/status (Linux only;
/// 0 elsewhere).
double residentMiB();

/// Serializes users as the compact JSON array that GET /v1/analytics/users returns.
QByteArray usersJson(const QList<Core::DirectoryUser> &users);
QByteArray locationsJson(const QList<Core::Location> &locations);

/// Measures the longest gap between runs of the GUI thread's event loop, with a 1 ms timer.
/// A gap well above the interval means the thread was blocked for that long.
class StallProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallProbe)

public:
    explicit StallProbe(QObject *parent = nullptr);

    void start();
    /// Stops the probe and returns the longest gap in milliseconds.
    double stop();

private:
    void onTimeout();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_maxGapNs = 0;
};

} // namespace CardDesk::Bench
