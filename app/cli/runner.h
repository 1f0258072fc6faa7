// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"
#include "output.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <memory>
#include <optional>

namespace CardDesk::Sync {
class Workspace;
} // namespace CardDesk::Sync

namespace CardDesk::Cli {

/// The secret and the output devices of one run. The devices must outlive the Runner.
struct RunEnvironment
{
    std::optional<QString> secret; ///< The secret environment variable, or nullopt when it is unset.
    QIODevice *standardOutput = nullptr;
    QIODevice *standardError = nullptr;
    bool stderrIsTerminal = false; ///< Whether to draw progress lines on stderr.
    bool stdinIsTerminal = false;  ///< Whether "profiles add" prompts for the secret.
};

/// Runs one carddesk-cli command line: parses it, opens the data folder, runs the command and
/// reports the exit code through finished(). Call start() from a running event loop.
class Runner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Runner)

public:
    Runner(const QStringList &arguments, const RunEnvironment &environment, QObject *parent = nullptr);
    ~Runner() override;

    void start();
    /// Handles Ctrl+C (SIGINT): push stops sending and reports, and any other running command
    /// ends at once. finished() reports ExitInterrupted. The program calls it only for push.
    void interrupt();

Q_SIGNALS:
    /// Emitted once with the process exit code, possibly before start() returns.
    void finished(int exitCode);

private:
    void finish(int exitCode);
    void runCommand();
    void readSecretFromKeychain();
    int runImmediateCommand();

    QStringList m_arguments;
    RunEnvironment m_environment;
    Output m_output;
    std::optional<Invocation> m_invocation;
    QString m_commandName;
    QNetworkAccessManager m_networkAccessManager;
    std::unique_ptr<Sync::Workspace> m_workspace;
    std::unique_ptr<QObject> m_command; ///< The running push or refresh, destroyed before the workspace.
    bool m_finished = false;
};

} // namespace CardDesk::Cli
