// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// carddesk-cli: the command-line twin of the CardDesk app. All behaviour lives in carddesk_cli.
#include "cli/commandline.h"
#include "cli/exitcode.h"
#include "cli/runner.h"
#include "net/systemproxy.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
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

#ifdef Q_OS_WIN
QPointer<CardDesk::Cli::Runner> interruptTarget;

// Runs on a thread of its own, so the runner is called through its event loop.
BOOL WINAPI onConsoleControl(DWORD type)
{
    if (type != CTRL_C_EVENT && type != CTRL_BREAK_EVENT)
        return FALSE;
    // NOTE: no test runs this Windows path. interruptTarget is set before the handler is installed.
    QMetaObject::invokeMethod(interruptTarget.data(), &CardDesk::Cli::Runner::interrupt,
                              Qt::QueuedConnection);
    return TRUE;
}

void handleInterrupts(CardDesk::Cli::Runner *runner)
{
    interruptTarget = runner;
    SetConsoleCtrlHandler(onConsoleControl, TRUE);
}
#else
int interruptPipe[2] = {-1, -1};

// Only async-signal-safe calls: the first SIGINT or SIGTERM wakes the event loop through the pipe,
// and the default actions come back, so a second signal ends the program at once.
void onInterrupt(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(interruptPipe[1], &byte, 1);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

void handleInterrupts(CardDesk::Cli::Runner *runner)
{
    if (::pipe(interruptPipe) != 0)
        return;
    ::fcntl(interruptPipe[0], F_SETFD, FD_CLOEXEC);
    ::fcntl(interruptPipe[1], F_SETFD, FD_CLOEXEC);
    ::fcntl(interruptPipe[1], F_SETFL, O_NONBLOCK);
    auto *notifier = new QSocketNotifier(interruptPipe[0], QSocketNotifier::Read, runner);
    QObject::connect(notifier, &QSocketNotifier::activated, runner, [notifier, runner] {
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(interruptPipe[0], &byte, 1);
        notifier->setEnabled(false);
        runner->interrupt();
    });
    struct sigaction action = {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    // A service manager or "kill" sends SIGTERM, which stops push with the same summary as Ctrl+C.
    ::sigaction(SIGTERM, &action, nullptr);
}
#endif

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
    // Only push waits long enough to need a clean stop. Other commands keep the default action,
    // which also ends the secret prompt of "profiles add".
    const auto parsed = CardDesk::Cli::parseCommandLine(app.arguments());
    if (parsed.invocation && parsed.invocation->command == CardDesk::Cli::Command::Push)
        handleInterrupts(&runner);
    QObject::connect(&runner, &CardDesk::Cli::Runner::finished, &app,
                     [](int exitCode) { QCoreApplication::exit(exitCode); });
    // Started from the event loop, so that exit() from a command that finishes at once still ends exec().
    QTimer::singleShot(0, &runner, &CardDesk::Cli::Runner::start);
    return QCoreApplication::exec();
}
