// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// carddesk-cli: the command-line twin of the CardDesk app. All behaviour lives in carddesk_cli.
#include "cli/commandline.h"
#include "cli/exitcode.h"
#include "cli/runner.h"
#include "net/systemproxy.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

bool isTerminal(FILE *stream)
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stream)) != 0;
#else
    return ::isatty(::fileno(stream)) != 0;
#endif
}

std::optional<QString> secretFromEnvironment()
{
    const char *name = CardDesk::Cli::SecretVariable.data();
    if (!qEnvironmentVariableIsSet(name))
        return std::nullopt;
    return qEnvironmentVariable(name);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"CardDesk"_s);
    QCoreApplication::setApplicationName(u"carddesk-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CARDDESK_VERSION_STRING));

    QFile standardOutput;
    QFile standardError;
    if (!standardOutput.open(stdout, QIODevice::WriteOnly) ||
        !standardError.open(stderr, QIODevice::WriteOnly))
        return CardDesk::Cli::ExitLocalData;

    CardDesk::Cli::RunEnvironment environment;
    environment.secret = secretFromEnvironment();
    environment.standardOutput = &standardOutput;
    environment.standardError = &standardError;
    environment.stderrIsTerminal = isTerminal(stderr);
    environment.stdinIsTerminal = isTerminal(stdin);

    CardDesk::Net::useSystemProxySettings();
    CardDesk::Cli::Runner runner(app.arguments(), environment);
    QObject::connect(&runner, &CardDesk::Cli::Runner::finished, &app,
                     [](int exitCode) { QCoreApplication::exit(exitCode); });
    // Started from the event loop, so that exit() from a command that finishes at once still ends exec().
    QTimer::singleShot(0, &runner, &CardDesk::Cli::Runner::start);
    return QCoreApplication::exec();
}
