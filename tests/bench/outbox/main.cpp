// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Outbox throughput benchmark. Queues user updates through the Workspace into a real SQLite outbox
// in a temporary folder, in one transaction with Workspace::submitMany(). Then it sends them with
// the default Sender options (100 updates per request, 2 requests in flight) to the in-process
// simulator over loopback, and compares the time with the ideal time for that batch size and
// concurrency.
//
// The ideal time is rounds x added latency, where rounds is ceil(updates / batch size) divided by
// the requests in flight, rounded up. Everything else (outbox reads and writes, JSON, HTTP on
// loopback and the simulator's own work) counts against the ratio. A baseline set of updates sent
// first without added latency signs in and measures that local overhead per round, which is
// printed with a second ratio that includes it in the ideal time.
//
// The simulator runs on a thread of its own, as a remote server does, so its request handling
// does not take time from the sender's thread. --simulator-thread main runs it on the sender's
// thread instead, as earlier versions of this benchmark did.

#include "core/cardvalidation.h"
#include "sim/simulator.h"
#include "store/outbox.h"
#include "sync/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <optional>

#if defined(Q_OS_UNIX)
#include <time.h>
#endif

using namespace Qt::StringLiterals;
using namespace CardDesk;

namespace {

struct Settings
{
    int updates = 10000;
    int baselineUpdates = 1000;
    int latencyMs = 20;
    int singleUpdates = 100;
    bool simulatorOnOwnThread = true;
};

std::optional<Settings> parseSettings(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures how fast the outbox sends user updates to the simulator."_s);
    parser.addHelpOption();
    const QCommandLineOption updates(u"updates"_s, u"User updates to send and time (default 10000)."_s,
                                     u"N"_s, u"10000"_s);
    const QCommandLineOption baseline(u"baseline"_s,
                                      u"User updates sent first without added latency, to measure the "
                                      "overhead per request round (default 1000)."_s,
                                      u"N"_s, u"1000"_s);
    const QCommandLineOption latency(u"latency-ms"_s,
                                     u"Milliseconds the simulator waits before answering each request "
                                     "(default 20)."_s,
                                     u"MS"_s, u"20"_s);
    const QCommandLineOption single(
        u"single"_s,
        u"Updates of the baseline queued one at a time with submitCards(), as the "
        "desktop app queues an edit, to time that path (default 100)."_s,
        u"N"_s, u"100"_s);
    const QCommandLineOption simulatorThread(u"simulator-thread"_s,
                                             u"\"own\" runs the simulator on a thread of its own (default), "
                                             "\"main\" on the thread that sends."_s,
                                             u"WHERE"_s, u"own"_s);
    parser.addOptions({updates, baseline, latency, single, simulatorThread});
    parser.process(app);

    Settings settings;
    bool ok = true;
    bool allOk = true;
    settings.updates = parser.value(updates).toInt(&ok);
    allOk = allOk && ok && settings.updates > 0;
    settings.baselineUpdates = parser.value(baseline).toInt(&ok);
    allOk = allOk && ok && settings.baselineUpdates > 0;
    settings.latencyMs = parser.value(latency).toInt(&ok);
    allOk = allOk && ok && settings.latencyMs >= 0;
    settings.singleUpdates = parser.value(single).toInt(&ok);
    allOk = allOk && ok && settings.singleUpdates >= 0 && settings.singleUpdates <= settings.baselineUpdates;
    const QString where = parser.value(simulatorThread);
    allOk = allOk && (where == u"own"_s || where == u"main"_s);
    settings.simulatorOnOwnThread = where == u"own"_s;
    if (!allOk) {
        QTextStream(stderr) << "Invalid option value: --updates and --baseline need a positive whole number, "
                               "--latency-ms a whole number of 0 or more, --single a whole number from 0 to "
                               "the --baseline value, and --simulator-thread \"own\" or \"main\".\n";
        return std::nullopt;
    }
    return settings;
}

// The simulator, on a thread of its own or on the calling thread. run() executes a function on
// the simulator's thread and waits for it.
class SimulatorHost final
{
public:
    SimulatorHost(const Sim::SimulatorOptions &options, bool ownThread)
        : m_simulator(options)
    {
        if (!ownThread)
            return;
        m_thread.setObjectName(u"simulator"_s);
        m_simulator.moveToThread(&m_thread);
        m_thread.start();
    }
    ~SimulatorHost()
    {
        if (!m_thread.isRunning())
            return;
        // The simulator moves back before its thread ends, so its destructor runs on this thread.
        QThread *home = QThread::currentThread();
        run([this, home] { m_simulator.moveToThread(home); });
        m_thread.quit();
        m_thread.wait();
    }
    Q_DISABLE_COPY_MOVE(SimulatorHost)

    template<typename Function>
    void run(Function function)
    {
        if (m_thread.isRunning())
            QMetaObject::invokeMethod(&m_simulator, function, Qt::BlockingQueuedConnection);
        else
            function();
    }
    Sim::Simulator &simulator() { return m_simulator; }

private:
    QThread m_thread;
    Sim::Simulator m_simulator;
};

Core::Credential benchmarkCard(int index)
{
    const Core::CardFormat *format = Core::findCardFormat(u"h10301");
    return Core::makeCredential(*format, QString::number(1 + index / 60000),
                                QString::number(1 + index % 60000), true, {})
        .credential;
}

// Queues one update per user in users[first, first + count) with one submitMany() call. Returns
// false with a message on error.
bool queueUpdates(Sync::Workspace &workspace, const QList<Core::DirectoryUser> &users, qsizetype first,
                  int count)
{
    QList<Sync::CardSubmission> submissions;
    submissions.reserve(count);
    for (qsizetype i = first; i < first + count; ++i)
        submissions.append(Sync::CardSubmission{users.at(i), {benchmarkCard(int(i))}, {}});
    QString error;
    if (!workspace.submitMany(submissions, &error)) {
        QTextStream(stderr) << "Cannot queue " << count << " updates: " << error << '\n';
        return false;
    }
    return true;
}

// Queues one update per user in users[first, first + count) with one submitCards() call each.
bool queueUpdatesOneByOne(Sync::Workspace &workspace, const QList<Core::DirectoryUser> &users,
                          qsizetype first, int count)
{
    for (qsizetype i = first; i < first + count; ++i) {
        QString error;
        if (!workspace.submitCards(users.at(i), {benchmarkCard(int(i))}, &error)) {
            QTextStream(stderr) << "Cannot queue the update of " << users.at(i).email << ": " << error
                                << '\n';
            return false;
        }
    }
    return true;
}

// Sends every queued update and returns the elapsed milliseconds once none is pending.
qint64 sendAll(Sync::Workspace &workspace)
{
    QEventLoop loop;
    const auto checkDone = [&workspace, &loop] {
        const auto counts = workspace.outbox().counts(workspace.profile().id);
        if (!counts || counts->pending() == 0)
            loop.quit();
    };
    QObject::connect(workspace.sender(), &Sync::Sender::idle, &loop, checkDone, Qt::QueuedConnection);
    QElapsedTimer timer;
    timer.start();
    workspace.sendPending();
    loop.exec();
    return timer.elapsed();
}

// CPU time of the calling thread in milliseconds, or -1 where this benchmark cannot read it. The
// sending thread's CPU time per request shows its own work apart from waits and from other
// programs on the machine, which the elapsed time includes.
double threadCpuMs()
{
#if defined(Q_OS_UNIX)
    timespec time{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time) == 0)
        return double(time.tv_sec) * 1000 + double(time.tv_nsec) / 1e6;
#endif
    return -1;
}

int rounds(int updates, const Sync::SenderOptions &options)
{
    const int requests = (updates + options.batchSize - 1) / options.batchSize;
    return (requests + options.maxInFlight - 1) / options.maxInFlight;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const auto settings = parseSettings(app);
    if (!settings)
        return 2;
    QTextStream out(stdout);

    const int total = settings->updates + settings->baselineUpdates;
    Sim::SimulatorOptions simulatorOptions;
    // The generated directory has inactive users and users without email; twice as many is enough.
    simulatorOptions.userCount = 2 * total;
    SimulatorHost host(simulatorOptions, settings->simulatorOnOwnThread);
    Sim::Simulator &simulator = host.simulator();
    QString error;
    bool listening = false;
    QList<Core::DirectoryUser> users;
    Net::Profile profile = Net::Profile::create(u"Benchmark"_s);
    QString apiSecret;
    host.run([&] {
        listening = simulator.listen(QHostAddress::LocalHost, 0, &error);
        for (const Core::DirectoryUser &user : simulator.directory().users) {
            if (user.isActive() && !user.email.isEmpty())
                users.append(user);
        }
        profile.baseUrl = simulator.baseUrl();
        profile.key.keyId = simulator.options().apiKeyId;
        apiSecret = simulator.options().apiSecret;
    });
    if (!listening) {
        QTextStream(stderr) << "Cannot start the simulator: " << error << '\n';
        return 1;
    }
    if (users.size() < total) {
        QTextStream(stderr) << "The simulator generated only " << users.size() << " usable users, " << total
                            << " are needed.\n";
        return 1;
    }

    QTemporaryDir dataDir;
    Sync::Workspace workspace;
    if (!dataDir.isValid() || !workspace.open(dataDir.path(), &error)) {
        QTextStream(stderr) << "Cannot open a data folder in " << dataDir.path() << ": " << error << '\n';
        return 1;
    }
    QNetworkAccessManager network;
    const Sync::SenderOptions senderOptions;
    workspace.setAutoSend(false);
    workspace.connectProfile(&network, profile, apiSecret, senderOptions);

    QElapsedTimer singleTimer;
    singleTimer.start();
    if (!queueUpdatesOneByOne(workspace, users, 0, settings->singleUpdates))
        return 1;
    const qint64 singleMs = singleTimer.elapsed();
    const int bulkBaseline = settings->baselineUpdates - settings->singleUpdates;
    if (bulkBaseline > 0 && !queueUpdates(workspace, users, settings->singleUpdates, bulkBaseline))
        return 1;
    const qint64 baselineMs = sendAll(workspace);
    const double overheadPerRoundMs = double(baselineMs) / rounds(settings->baselineUpdates, senderOptions);

    QElapsedTimer queueTimer;
    queueTimer.start();
    if (!queueUpdates(workspace, users, settings->baselineUpdates, settings->updates))
        return 1;
    const qint64 queueMs = queueTimer.elapsed();

    const int measuredRounds = rounds(settings->updates, senderOptions);
    const QString path = u"/v1/access-credentials"_s;
    host.run([&] {
        simulator.injectFault(path, Sim::Fault::delay(settings->latencyMs),
                              2 * measuredRounds * senderOptions.maxInFlight);
    });
    const double cpuBeforeMs = threadCpuMs();
    const qint64 sendMs = sendAll(workspace);
    const double sendCpuMs = threadCpuMs() - cpuBeforeMs;

    const auto counts = workspace.outbox().counts(profile.id);
    const auto failures = workspace.outbox().failures();
    const int failed = failures ? int(failures->size()) : -1;
    const double idealMs = double(measuredRounds) * settings->latencyMs;
    const double idealWithOverheadMs = measuredRounds * (settings->latencyMs + overheadPerRoundMs);

    out << "updates: " << settings->updates << ", batch size " << senderOptions.batchSize
        << ", requests in flight " << senderOptions.maxInFlight << ", added latency " << settings->latencyMs
        << " ms per request\n";
    out << "baseline: " << settings->baselineUpdates << " updates without added latency in " << baselineMs
        << " ms, overhead per round " << QString::number(overheadPerRoundMs, 'f', 1) << " ms\n";
    if (settings->singleUpdates > 0)
        out << "queueing one at a time: " << settings->singleUpdates << " updates in " << singleMs << " ms, "
            << QString::number(double(singleMs) / settings->singleUpdates, 'f', 1) << " ms per update\n";
    out << "queueing: " << settings->updates << " updates in " << queueMs << " ms, "
        << QString::number(double(queueMs) * 1000 / settings->updates, 'f', 1)
        << " us per update (not part of the ratio)\n";
    out << "sending: " << sendMs << " ms measured, " << QString::number(idealMs, 'f', 0) << " ms ideal ("
        << measuredRounds << " rounds x " << settings->latencyMs << " ms)\n";
    if (idealMs > 0)
        out << "ratio: " << QString::number(double(sendMs) / idealMs, 'f', 2)
            << " (the target is at most 1.3)\n";
    else
        out << "ratio: not defined with --latency-ms 0\n";
    out << "ratio with the baseline overhead in the ideal time: "
        << QString::number(double(sendMs) / idealWithOverheadMs, 'f', 2) << " ("
        << QString::number(idealWithOverheadMs, 'f', 0) << " ms = " << measuredRounds << " rounds x ("
        << settings->latencyMs << " + " << QString::number(overheadPerRoundMs, 'f', 1) << ") ms)\n";
    int requestCount = 0;
    host.run([&] { requestCount = simulator.requestCount(path); });
    const int measuredRequests = (settings->updates + senderOptions.batchSize - 1) / senderOptions.batchSize;
    if (cpuBeforeMs >= 0)
        out << "sending thread CPU: " << QString::number(sendCpuMs, 'f', 0) << " ms, "
            << QString::number(sendCpuMs / measuredRequests, 'f', 2) << " ms per request of "
            << senderOptions.batchSize << " updates\n";
    out << "simulator: on " << (settings->simulatorOnOwnThread ? "a thread of its own" : "the sending thread")
        << '\n';
    out << "requests: " << requestCount << ", failed or unknown updates: " << failed
        << ", still pending: " << (counts ? counts->pending() : -1) << '\n';
    out.flush();
    return failed == 0 && counts && counts->pending() == 0 ? 0 : 1;
}
