// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clitestsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace CardDesk::Cli::Testing {

namespace {

const QString CliExecutable = QStringLiteral(CARDDESK_CLI_EXECUTABLE);
const QString SecretVariableName = u"CARDDESK_API_SECRET"_s;

// A passing run takes well under a second. The limit is generous because other builds may keep
// both cores busy.
constexpr int RunTimeoutMs = 120'000;

} // namespace

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(standardOutput).object();
}

QString CliRun::errors() const
{
    QStringList lines;
    for (const QString &line : err().split(u'\n')) {
        if (line.startsWith(u"carddesk-cli: "_s))
            lines.append(line);
    }
    return lines.join(u'\n');
}

QByteArray CliRun::describe() const
{
    return "exit code " + QByteArray::number(exitCode) + (finished ? "" : " (did not finish)") +
           "\nstdout:\n" + standardOutput + "\nstderr:\n" + standardError;
}

CliRun CliProcessRunner::run(const QStringList &arguments, const std::optional<QString> &secret,
                             const QStringList &extraEnvironment, const QByteArray &standardInput)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(SecretVariableName);
    if (secret)
        environment.insert(SecretVariableName, *secret);
    for (const QString &assignment : extraEnvironment)
        environment.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));

    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finishedSpy(&process, &QProcess::finished);
    process.start(CliExecutable, arguments);
    // Standard input is a pipe that is closed after the given bytes, so a read never waits.
    if (!standardInput.isEmpty())
        process.write(standardInput);
    process.closeWriteChannel();

    CliRun result;
    if (process.waitForStarted(RunTimeoutMs))
        result.finished = finishedSpy.wait(RunTimeoutMs) || !finishedSpy.isEmpty();
    if (!result.finished) {
        process.kill();
        process.waitForFinished(RunTimeoutMs);
    }
    result.exitStatus = process.exitStatus();
    result.exitCode = process.exitCode();
    result.standardOutput = process.readAllStandardOutput();
    result.standardError = process.readAllStandardError();
    m_runs.append(result);
    return result;
}

QByteArray CliProcessRunner::allOutput() const
{
    QByteArray all;
    for (const CliRun &run : m_runs)
        all += run.standardOutput + '\n' + run.standardError + '\n';
    return all;
}

QStringList findLeaks(const QByteArray &output, const QString &dataDir, const QList<QByteArray> &needles)
{
    QStringList leaks;
    for (const QByteArray &needle : needles) {
        if (output.contains(needle))
            leaks.append(u"program output contains \""_s + QString::fromUtf8(needle) + u'"');
    }
    QDirIterator files(dataDir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            leaks.append(u"cannot read "_s + path + u" to scan it"_s);
            continue;
        }
        const QByteArray content = file.readAll();
        for (const QByteArray &needle : needles) {
            if (content.contains(needle))
                leaks.append(path + u" contains \""_s + QString::fromUtf8(needle) + u'"');
        }
    }
    return leaks;
}

} // namespace CardDesk::Cli::Testing
