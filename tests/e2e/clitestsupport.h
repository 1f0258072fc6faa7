// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <optional>

namespace CardDesk::Cli::Testing {

/// What one run of the carddesk-cli program produced.
struct CliRun
{
    bool finished = false; ///< False when the program did not end within the time limit.
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;

    QString out() const { return QString::fromUtf8(standardOutput); }
    QString err() const { return QString::fromUtf8(standardError); }
    /// Returns the program's own error and warning lines ("carddesk-cli: ..."), joined by newlines,
    /// without any log lines that QT_LOGGING_RULES enabled.
    QString errors() const;
    /// Returns stdout parsed as a JSON object, or an empty object when it is not one.
    QJsonObject json() const;
    /// Returns the exit code, stdout and stderr as one text for failure messages.
    QByteArray describe() const;
};

/// Runs the real carddesk-cli program and keeps everything it printed for the secret scan.
///
/// The event loop runs while the program does, so an in-process simulator keeps responding.
class CliProcessRunner
{
public:
    /// Runs the program with the arguments. secret sets the secret environment variable, and nullopt
    /// removes it from the environment. extraEnvironment contains "NAME=value" entries, and
    /// standardInput is what the program reads from standard input before its end.
    CliRun run(const QStringList &arguments, const std::optional<QString> &secret,
               const QStringList &extraEnvironment = {}, const QByteArray &standardInput = {});

    /// Returns stdout and stderr of every run so far.
    QByteArray allOutput() const;
    void clear() { m_runs.clear(); }

private:
    QList<CliRun> m_runs;
};

/// Returns one line per place where any of the needles occurs: in the output, or in any file
/// under dataDir (read as raw bytes, so SQLite pages and WAL files are covered).
QStringList findLeaks(const QByteArray &output, const QString &dataDir, const QList<QByteArray> &needles);

} // namespace CardDesk::Cli::Testing
