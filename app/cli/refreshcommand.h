// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandcontext.h"

#include "sync/directoryrefresher.h"

#include <QHash>
#include <QObject>

#include <optional>

class QNetworkAccessManager;

namespace CardDesk::Cli {

/// "users refresh": downloads users and locations into the local cache and reports what changed.
class RefreshCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefreshCommand)

public:
    /// secret is the value of the secret environment variable, or nullopt when it is not set.
    RefreshCommand(const CommandContext &context, QNetworkAccessManager *networkAccessManager,
                   const std::optional<QString> &secret, QObject *parent = nullptr);

    /// Starts the refresh. finished() reports the exit code, possibly before start() returns.
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onRefreshed(const Sync::RefreshOutcome &outcome);
    void reportChanges(const Sync::RefreshOutcome &outcome);

    CommandContext m_context;
    QNetworkAccessManager *m_networkAccessManager;
    std::optional<QString> m_secret;
    QHash<QString, Core::DirectoryUser>
        m_usersBefore; ///< The cache before the refresh, for names of removed users.
    QString m_signInError;
    /// A directory response, quoted when a refresh gets an HTTP response but fails.
    struct Response
    {
        QString path;
        int httpStatus = 0;
        bool looksLikeJson = false; ///< JSON content type and a body that starts with [ or {.
        QByteArray bodyStart;
    };
    /// The directory responses in the order they finished. Sign-in responses are left out,
    /// because their bodies contain tokens.
    QList<Response> m_responses;
    bool m_unanswered = false; ///< A directory request ended without an HTTP response.
};

} // namespace CardDesk::Cli
