// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Kills carddesk-cli push with SIGKILL while it sends 2,000 users' updates, then runs push again.
// The simulator must end with every user's intended cards, and each edit must have reached it
// under the one updateId the outbox created for it.
//
// The simulator runs in this process, with 25 ms added per request, so that the push takes long
// enough to be killed in the middle and so that the test can read how often each updateId arrived.

#include "clitestsupport.h"

#include "cli/commandline.h"
#include "core/cardvalidation.h"
#include "sim/simulator.h"
#include "store/outbox.h"
#include "sync/workspace.h"

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk;

namespace {

constexpr int UpdateCount = 2000;
constexpr int LatencyMs = 25;
const QString KeyId = u"kill-test-key"_s;
const QString CredentialsPath = u"/v1/access-credentials"_s;
const QString CliExecutable = QStringLiteral(CARDDESK_CLI_EXECUTABLE);

Core::Credential cardFor(int index)
{
    const Core::CardFormat *format = Core::findCardFormat(u"h10301");
    return Core::makeCredential(*format, QString::number(10 + index / 50000),
                                QString::number(1 + index % 50000), true, {})
        .credential;
}

// Compares number, facility code and state: the format id is local to CardDesk and never sent.
bool sameCards(const QList<Core::Credential> &held, const QList<Core::Credential> &intended)
{
    if (held.size() != intended.size())
        return false;
    for (const Core::Credential &card : intended) {
        const auto match = std::find_if(held.cbegin(), held.cend(), [&card](const Core::Credential &other) {
            return other.isSameCard(card) && other.active == card.active;
        });
        if (match == held.cend())
            return false;
    }
    return true;
}

} // namespace

class TestCliKill final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedPushResumes();

private:
    QStringList profileArguments(const QString &dataDir) const;

    std::unique_ptr<Sim::Simulator> m_simulator;
};

QStringList TestCliKill::profileArguments(const QString &dataDir) const
{
    return {u"--base-url"_s, m_simulator->baseUrl().toString(),
            u"--key-id"_s,   KeyId,
            u"--data-dir"_s, dataDir,
            u"--timeout"_s,  u"20"_s};
}

void TestCliKill::killedPushResumes()
{
    Sim::SimulatorOptions options;
    options.userCount = 2 * UpdateCount + 500;
    options.seed = 5;
    options.apiKeyId = KeyId;
    options.apiSecret = u"kill-test-secret"_s;
    m_simulator = std::make_unique<Sim::Simulator>(options);
    QString error;
    QVERIFY2(m_simulator->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_simulator->injectFault(CredentialsPath, Sim::Fault::delay(LatencyMs), 10 * UpdateCount);

    // Queue the updates with the library, under the profile id the CLI derives from its options.
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    Cli::GlobalOptions global;
    global.baseUrl = m_simulator->baseUrl();
    global.keyId = KeyId;
    const Net::Profile profile = Cli::profileFor(global);
    QHash<QString, QString> userOfUpdate;
    QHash<QString, QList<Core::Credential>> intended;
    {
        Sync::Workspace workspace;
        QVERIFY2(workspace.open(dataDir.path(), &error), qPrintable(error));
        workspace.useProfile(profile);
        workspace.setAutoSend(false);
        for (const Core::DirectoryUser &user : m_simulator->directory().users) {
            if (!user.isActive() || user.email.isEmpty() || intended.size() == UpdateCount)
                continue;
            const QList<Core::Credential> cards{cardFor(int(intended.size()))};
            const auto entry = workspace.submitCards(user, cards, &error);
            QVERIFY2(entry.has_value(), qPrintable(error));
            userOfUpdate.insert(entry->updateId, user.email);
            intended.insert(user.email, cards);
        }
        QCOMPARE(intended.size(), UpdateCount);
    }

    // First push: killed once a few requests have arrived and more are in flight.
    QProcess push;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"CARDDESK_API_SECRET"_s, options.apiSecret);
    push.setProcessEnvironment(environment);
    push.start(CliExecutable, profileArguments(dataDir.path()) + QStringList{u"push"_s});
    QVERIFY2(push.waitForStarted(), qPrintable(push.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_simulator->requestCount(CredentialsPath) >= 6, 60000);
    QCOMPARE(push.state(), QProcess::Running);
    push.kill();
    QVERIFY(push.waitForFinished(10000));
    QCOMPARE(push.exitStatus(), QProcess::CrashExit);
    const int requestsBeforeKill = m_simulator->requestCount(CredentialsPath);
    QVERIFY2(requestsBeforeKill < UpdateCount / 100, "the first push finished before it was killed");

    // Second push: sends what the first left unconfirmed, resending interrupted updates as they were.
    Cli::Testing::CliProcessRunner runner;
    const Cli::Testing::CliRun second =
        runner.run(profileArguments(dataDir.path()) + QStringList{u"push"_s}, options.apiSecret);
    QVERIFY2(second.finished, second.describe().constData());
    QVERIFY2(second.exitCode == 0, second.describe().constData());

    for (auto it = intended.cbegin(); it != intended.cend(); ++it)
        QVERIFY2(sameCards(m_simulator->credentialsOf(it.key()), it.value()), qPrintable(it.key()));

    // Every updateId that arrived is one the outbox created, and every created one arrived.
    const QHash<QString, int> arrivals = m_simulator->updateIdArrivals();
    QCOMPARE(arrivals.size(), UpdateCount);
    int resent = 0;
    for (auto it = arrivals.cbegin(); it != arrivals.cend(); ++it) {
        QVERIFY2(userOfUpdate.contains(it.key()), qPrintable(it.key()));
        QVERIFY(it.value() >= 1);
        resent += it.value() - 1;
    }
    QSet<QString> usersReached;
    for (auto it = arrivals.cbegin(); it != arrivals.cend(); ++it)
        usersReached.insert(userOfUpdate.value(it.key()));
    QCOMPARE(usersReached.size(), UpdateCount);
    qInfo("requests before the kill: %d, resent updates: %d", requestsBeforeKill, resent);

    Sync::Workspace reopened;
    QVERIFY2(reopened.open(dataDir.path(), &error), qPrintable(error));
    const auto counts = reopened.outbox().counts(profile.id);
    QVERIFY(counts.has_value());
    QCOMPARE(counts->pending(), 0);
    QCOMPARE(counts->openFailures, 0);
}

QTEST_GUILESS_MAIN(TestCliKill)

#include "tst_clikill.moc"
