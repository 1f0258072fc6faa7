// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandcontext.h"

#include "core/outboxentry.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <optional>

class QNetworkAccessManager;

namespace CardDesk::Cli {

/// "push": signs in, sends every queued update of the profile, and waits for the retries the
/// sender schedules until each update is confirmed, failed, unknown or needs attention. It stops
/// waiting early and reports the rest as waiting after the first round (--no-wait), after
/// --wait-timeout, after interrupt(), and when Calven cannot be reached, because a request that
/// never left uses up no attempt and would be retried for as long as the network is down.
class PushCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PushCommand)

public:
    /// secret is the value of the secret environment variable, or nullopt when it is not set.
    PushCommand(const CommandContext &context, QNetworkAccessManager *networkAccessManager,
                const std::optional<QString> &secret, QObject *parent = nullptr);

    /// Starts the push. finished() reports the exit code, possibly before start() returns.
    void start();
    /// Stops sending, as after Ctrl+C: requests in flight are aborted and their updates stay
    /// queued with their updateIds. finished() then reports with ExitInterrupted.
    void interrupt();

Q_SIGNALS:
    void finished(int exitCode);

private:
    /// The reason a push stops before every update has an outcome.
    enum class Stop
    {
        None,
        Interrupted,
        TimedOut,
    };

    struct Tally
    {
        int confirmed = 0;
        int failed = 0;
        int unknown = 0;
        int waiting = 0;
        bool attempted = false; ///< Whether this run tried to send at least one of the updates.
        bool reached = false;   ///< Whether a request of this run may have reached Calven.

        int answered() const { return confirmed + failed + unknown; }
    };

    /// The tracked updates that have no outcome yet, as read at the end of a round.
    struct Waiting
    {
        int count = 0;
        QDateTime nextAttempt; ///< The earliest scheduled retry after now, or null.
        QString lastError;
    };

    void connectProfile(const Net::Profile &profile);
    void showProgress();
    void onIdle();
    std::optional<Waiting> readWaiting();
    void showWaiting(const Waiting &waiting);
    void stopSending(Stop reason);
    void finish();
    int report();
    int exitCodeFor(const Tally &tally);
    static QString summaryLine(int total, const Tally &tally);

    CommandContext m_context;
    QNetworkAccessManager *m_networkAccessManager;
    std::optional<QString> m_secret;
    QString m_profileId;
    QList<Core::OutboxEntry> m_tracked; ///< The pending entries as they were before sending.
    QString m_signInError;
    QStringList m_storeErrors;
    QString m_waitingText; ///< What the push waits for, shown while no request is in flight.
    QTimer m_waitTimeout;
    Stop m_stop = Stop::None;
    bool m_started = false;
    bool m_clockSkewReported = false;
    bool m_finished = false;
};

} // namespace CardDesk::Cli
