// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// calven-sim: the Calven API simulator as a program. All behaviour lives in carddesk_sim.
#include "sim/commandline.h"
#include "sim/simulator.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};

// Only async-signal-safe calls are allowed here, so the handler just wakes the event loop.
void writeToSignalPipe(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// Makes SIGINT and SIGTERM end the event loop, so the request record is closed cleanly.
void quitOnTerminationSignals(QCoreApplication &app)
{
    if (::pipe(signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    struct sigaction action = {};
    action.sa_handler = writeToSignalPipe;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}
#endif

// Replaces the arrivals file in one step, so a reader never sees half of it. On failure returns
// false and sets error, naming the file.
bool writeArrivals(const CardDesk::Sim::Simulator &simulator, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(simulator.updateArrivalsJson()) < 0 ||
        !file.commit()) {
        *error = QCoreApplication::translate("calven-sim", "Cannot write the arrivals file \"%1\": %2")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"calven-sim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CARDDESK_VERSION_STRING));

    QCommandLineParser parser;
    CardDesk::Sim::addCommandLineOptions(&parser);
    parser.process(app);

    QTextStream errorStream(stderr);
    QString error;
    const std::optional<CardDesk::Sim::CommandLine> commandLine =
        CardDesk::Sim::readCommandLine(parser, &error);
    if (!commandLine) {
        errorStream << "calven-sim: " << error << Qt::endl;
        return 2;
    }

    CardDesk::Sim::Simulator simulator(commandLine->options);
    if (!simulator.listen(commandLine->address, commandLine->port, &error)) {
        errorStream << "calven-sim: " << error << Qt::endl;
        return 1;
    }
    if (commandLine->secondaryListen &&
        !simulator.listenSecondary(commandLine->secondaryListen->first, commandLine->secondaryListen->second,
                                   &error)) {
        errorStream << "calven-sim: " << error << Qt::endl;
        return 1;
    }
    for (const CardDesk::Sim::FaultOption &fault : commandLine->faults)
        simulator.injectFault(fault.path, fault.fault, fault.count);
    if (const QString arrivalsPath = commandLine->arrivalsPath; !arrivalsPath.isEmpty()) {
        if (!writeArrivals(simulator, arrivalsPath, &error)) {
            errorStream << "calven-sim: " << error << Qt::endl;
            return 1;
        }
        QObject::connect(&simulator, &CardDesk::Sim::Simulator::requestHandled, &simulator,
                         [&simulator, arrivalsPath](const QByteArray &, const QString &path, int) {
                             if (path != u"/v1/access-credentials"_s)
                                 return;
                             QString writeError;
                             if (!writeArrivals(simulator, arrivalsPath, &writeError))
                                 QTextStream(stderr) << "calven-sim: " << writeError << Qt::endl;
                         });
    }
#ifdef Q_OS_UNIX
    quitOnTerminationSignals(app);
#endif
    // Scripts and tests read this exact first line to learn the port, so Qt::endl flushes it.
    QTextStream(stdout) << "listening on " << simulator.baseUrl().toString() << Qt::endl;
    if (const CardDesk::Sim::SecondaryListener *secondary = simulator.secondary())
        QTextStream(stdout) << "second listener on " << secondary->baseUrl().toString() << Qt::endl;
    return app.exec();
}
