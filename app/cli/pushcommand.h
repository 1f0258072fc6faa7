// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandcontext.h"

#include "core/outboxentry.h"

#include <QObject>

#include <optional>

class QNetworkAccessManager;

namespace CardDesk::Cli {

/// "push": signs in, sends every queued update of the profile, and reports each one once nothing
/// is in flight and nothing is due. Updates whose retry is scheduled later are reported as waiting.
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

Q_SIGNALS:
    void finished(int exitCode);

private:
    struct Tally
    {
        int confirmed = 0;
        int failed = 0;
        int unknown = 0;
        int waiting = 0;
        bool attempted = false; ///< Whether this run sent at least one of the updates.

        int answered() const { return confirmed + failed + unknown; }
    };

    void connectProfile(const Net::Profile &profile);
    void showProgress();
    void onIdle();
    int report();
    int exitCodeFor(const Tally &tally);

    CommandContext m_context;
    QNetworkAccessManager *m_networkAccessManager;
    std::optional<QString> m_secret;
    QString m_profileId;
    QList<Core::OutboxEntry> m_tracked; ///< The pending entries as they were before sending.
    QString m_signInError;
    QStringList m_storeErrors;
    bool m_clockSkewReported = false;
    bool m_finished = false;
};

} // namespace CardDesk::Cli
