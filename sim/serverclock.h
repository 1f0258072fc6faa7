// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace CardDesk::Sim {

/// The simulated server's clock: this computer's clock plus a fixed offset, so tests can
/// put the server minutes away from the client or at a fixed documented timestamp.
struct ServerClock
{
    qint64 offsetMs = 0;

    qint64 nowMs() const { return QDateTime::currentMSecsSinceEpoch() + offsetMs; }
    qint64 nowSeconds() const { return nowMs() / 1000; }
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), QTimeZone::utc()); }
};

} // namespace CardDesk::Sim
