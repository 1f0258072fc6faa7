// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Retry timing of the Sender: the exponential backoff, its growth while offline and its reset once
// a request reaches the server, Retry-After beyond the backoff limit and its one-hour cap, and the
// clamping of out-of-range options. The Workspace and its Sender send to the in-process simulator
// over loopback, with a real SQLite outbox.

#include "core/cardvalidation.h"
#include "net/apiclient.h"
#include "sim/simulator.h"
#include "store/outbox.h"
#include "sync/sender.h"
#include "sync/workspace.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk;
using Core::UpdateState;

namespace {

constexpr int UserCount = 400;
const QString CredentialsPath = u"/v1/access-credentials"_s;

Core::Credential card(int facilityCode, int cardNumber)
{
    const Core::CardFormat *format = Core::findCardFormat(u"h10301");
    return Core::makeCredential(*format, QString::number(facilityCode), QString::number(cardNumber), true, {})
        .credential;
}

// Returns a loopback port that nothing listens on, so connections to it are refused.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TestSenderBackoff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void backoffDoublesUpToMax();
    void optionsClamped_data();
    void optionsClamped();
    void oversizedBatchSplitInto100();
    void zeroBatchSizeSendsOneByOne();
    void offlineDelayGrows();
    void offlineDelayResetsAfterServerReached();
    void retryAfterBeyondMaxBackoff();
    void retryAfterCappedAtOneHour();

private:
    void startSimulator(quint16 port = 0);
    void connectWorkspace(const QUrl &baseUrl, const Sync::SenderOptions &options);
    void queueUpdates(int count, int cardBase);
    bool allInState(UpdateState state) const;
    void recordOfflineDelays(int count, QList<int> *delays);
    Core::OutboxEntry entryOf(int index) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Sim::Simulator> m_simulator;
    std::unique_ptr<Sync::Workspace> m_workspace;
    QNetworkAccessManager m_network;
    Net::Profile m_profile;
    QList<Core::DirectoryUser> m_users;
    QList<Core::OutboxEntry> m_entries;
};

void TestSenderBackoff::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = std::make_unique<Sync::Workspace>();
    QString error;
    QVERIFY2(m_workspace->open(m_dir->path(), &error), qPrintable(error));
    m_profile = Net::Profile::create(u"Simulator"_s);
    m_profile.key.keyId = Sim::SimulatorOptions().apiKeyId;

    const Sim::Directory directory = Sim::generateDirectory(UserCount, 17);
    for (const Core::DirectoryUser &user : directory.users) {
        if (user.isActive() && !user.email.isEmpty())
            m_users.append(user);
    }
    QVERIFY(m_users.size() >= 150);
}

void TestSenderBackoff::cleanup()
{
    m_workspace.reset();
    m_simulator.reset();
    m_dir.reset();
    m_users.clear();
    m_entries.clear();
}

void TestSenderBackoff::startSimulator(quint16 port)
{
    Sim::SimulatorOptions options;
    options.userCount = UserCount;
    options.seed = 17;
    m_simulator = std::make_unique<Sim::Simulator>(options);
    QString error;
    QVERIFY2(m_simulator->listen(QHostAddress::LocalHost, port, &error), qPrintable(error));
}

void TestSenderBackoff::connectWorkspace(const QUrl &baseUrl, const Sync::SenderOptions &options)
{
    Net::Profile profile = m_profile;
    profile.baseUrl = baseUrl;
    m_workspace->setAutoSend(false);
    m_workspace->connectProfile(&m_network, profile, Sim::SimulatorOptions().apiSecret, options);
    m_workspace->client()->setTransferTimeout(5000);
}

void TestSenderBackoff::queueUpdates(int count, int cardBase)
{
    for (int i = 0; i < count; ++i) {
        QString error;
        const auto entry = m_workspace->submitCards(m_users.at(i), {card(70, cardBase + i)}, &error);
        QVERIFY2(entry.has_value(), qPrintable(error));
        m_entries.append(*entry);
    }
}

bool TestSenderBackoff::allInState(UpdateState state) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (entryOf(int(i)).state != state)
            return false;
    }
    return true;
}

Core::OutboxEntry TestSenderBackoff::entryOf(int index) const
{
    return m_workspace->outbox().entry(m_entries.at(index).updateId).value_or(Core::OutboxEntry{});
}

// Sends while offline and returns the delay of each of the next count retries, read from the
// retry time the sender stores for the last queued update.
void TestSenderBackoff::recordOfflineDelays(int count, QList<int> *delays)
{
    delays->clear();
    QDateTime lastRetryAt;
    const int index = int(m_entries.size()) - 1;
    auto connection = connect(m_workspace.get(), &Sync::Workspace::outboxChanged, this, [&] {
        const Core::OutboxEntry entry = entryOf(index);
        if (entry.state != UpdateState::Queued || !entry.nextAttemptAt.isValid() ||
            entry.nextAttemptAt == lastRetryAt) {
            return;
        }
        lastRetryAt = entry.nextAttemptAt;
        // The entry's update time is when the sender stored the retry, so the handler's own delay
        // under load does not shorten the measured wait.
        delays->append(int(entry.updatedAt.msecsTo(entry.nextAttemptAt)));
    });
    m_workspace->sendPending();
    QTRY_VERIFY_WITH_TIMEOUT(delays->size() >= count, 20000);
    disconnect(connection);
}

void TestSenderBackoff::backoffDoublesUpToMax()
{
    Sync::SenderOptions options;
    options.initialBackoffMs = 1000;
    options.maxBackoffMs = 10000;
    const QList<int> bases{1000, 2000, 4000, 8000, 10000, 10000};
    for (int round = 0; round < 200; ++round) {
        for (qsizetype i = 0; i < bases.size(); ++i) {
            const int delay = Sync::Sender::backoffMs(options, int(i) + 1);
            QVERIFY2(delay >= bases.at(i) * 3 / 4, qPrintable(u"%1 for failure %2"_s.arg(delay).arg(i + 1)));
            QVERIFY2(delay <= bases.at(i) * 5 / 4, qPrintable(u"%1 for failure %2"_s.arg(delay).arg(i + 1)));
        }
    }
    // Very many failures neither overflow nor exceed the limit.
    QVERIFY(Sync::Sender::backoffMs(options, 100000) <= 12500);
    options.maxBackoffMs = 0;
    QCOMPARE(Sync::Sender::backoffMs(options, 3), 0);
}

void TestSenderBackoff::optionsClamped_data()
{
    QTest::addColumn<int>("batchSize");
    QTest::addColumn<int>("maxInFlight");
    QTest::addColumn<int>("maxAttempts");
    QTest::addColumn<int>("expectedBatchSize");
    QTest::addColumn<int>("expectedInFlight");
    QTest::addColumn<int>("expectedAttempts");
    QTest::newRow("in range") << 40 << 3 << 4 << 40 << 3 << 4;
    QTest::newRow("too large batch") << 500 << 2 << 6 << 100 << 2 << 6;
    QTest::newRow("zeros") << 0 << 0 << 0 << 1 << 1 << 1;
    QTest::newRow("negatives") << -5 << -1 << -3 << 1 << 1 << 1;
}

void TestSenderBackoff::optionsClamped()
{
    QFETCH(int, batchSize);
    QFETCH(int, maxInFlight);
    QFETCH(int, maxAttempts);
    Sync::SenderOptions options;
    options.batchSize = batchSize;
    options.maxInFlight = maxInFlight;
    options.maxAttempts = maxAttempts;
    const Sync::Sender sender(m_workspace->outbox(), nullptr, u"profile"_s, options);
    QTEST(sender.options().batchSize, "expectedBatchSize");
    QTEST(sender.options().maxInFlight, "expectedInFlight");
    QTEST(sender.options().maxAttempts, "expectedAttempts");
}

void TestSenderBackoff::oversizedBatchSplitInto100()
{
    // Calven accepts at most 100 updates per request, so 150 updates need two requests.
    startSimulator();
    Sync::SenderOptions options;
    options.batchSize = 500;
    options.maxInFlight = 1;
    connectWorkspace(m_simulator->baseUrl(), options);
    queueUpdates(150, 1000);

    m_workspace->sendPending();
    QTRY_VERIFY_WITH_TIMEOUT(allInState(UpdateState::Confirmed), 20000);
    QCOMPARE(m_simulator->requestCount(CredentialsPath), 2);
    QCOMPARE(m_simulator->updateIdArrivals().size(), 150);
}

void TestSenderBackoff::zeroBatchSizeSendsOneByOne()
{
    startSimulator();
    Sync::SenderOptions options;
    options.batchSize = 0;
    options.maxInFlight = 0;
    connectWorkspace(m_simulator->baseUrl(), options);
    queueUpdates(3, 2000);

    m_workspace->sendPending();
    QTRY_VERIFY_WITH_TIMEOUT(allInState(UpdateState::Confirmed), 20000);
    QCOMPARE(m_simulator->requestCount(CredentialsPath), 3);
}

void TestSenderBackoff::offlineDelayGrows()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    Sync::SenderOptions options;
    options.initialBackoffMs = 100;
    options.maxBackoffMs = 800;
    options.maxAttempts = 2;
    connectWorkspace(QUrl(u"http://127.0.0.1:%1"_s.arg(port)), options);
    queueUpdates(2, 3000);

    QList<int> delays;
    recordOfflineDelays(6, &delays);
    if (QTest::currentTestFailed())
        return;
    const QList<int> bases{100, 200, 400, 800, 800, 800};
    for (qsizetype i = 0; i < bases.size(); ++i) {
        // Up to 25 % jitter, and some milliseconds between computing the retry time and storing it.
        QVERIFY2(delays.at(i) >= bases.at(i) * 3 / 4 - 50,
                 qPrintable(u"delay %1: %2"_s.arg(i).arg(delays.at(i))));
        QVERIFY2(delays.at(i) <= bases.at(i) * 5 / 4, qPrintable(u"delay %1: %2"_s.arg(i).arg(delays.at(i))));
    }
    // Offline failures use up no attempts, however many there were.
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(entryOf(i).state, UpdateState::Queued);
        QCOMPARE(entryOf(i).attempts, 0);
    }
    QVERIFY2(m_workspace->waitReason().startsWith(u"Offline"_s), qPrintable(m_workspace->waitReason()));
}

void TestSenderBackoff::offlineDelayResetsAfterServerReached()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    Sync::SenderOptions options;
    options.initialBackoffMs = 100;
    options.maxBackoffMs = 800;
    connectWorkspace(QUrl(u"http://127.0.0.1:%1"_s.arg(port)), options);
    queueUpdates(1, 4000);
    QList<int> grown;
    recordOfflineDelays(4, &grown);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(grown.at(3) >= 550, qPrintable(QString::number(grown.at(3))));

    // The server comes up, the update goes through, and the server goes away again.
    startSimulator(port);
    QTRY_VERIFY_WITH_TIMEOUT(allInState(UpdateState::Confirmed), 10000);
    m_simulator.reset();

    m_entries.clear();
    queueUpdates(1, 4100);
    QList<int> afterReset;
    recordOfflineDelays(1, &afterReset);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(afterReset.constFirst() <= 125, qPrintable(QString::number(afterReset.constFirst())));
}

void TestSenderBackoff::retryAfterBeyondMaxBackoff()
{
    // The sender's own backoff would retry within 250 ms, so a retry after 2 s proves that the
    // longer Retry-After wait is honoured in full.
    startSimulator();
    Sync::SenderOptions options;
    options.initialBackoffMs = 100;
    options.maxBackoffMs = 200;
    connectWorkspace(m_simulator->baseUrl(), options);
    queueUpdates(2, 5000);
    m_simulator->injectFault(CredentialsPath, Sim::Fault::tooManyRequests(2));

    QElapsedTimer timer;
    timer.start();
    m_workspace->sendPending();
    QTRY_VERIFY_WITH_TIMEOUT(allInState(UpdateState::Confirmed), 15000);
    QVERIFY2(timer.elapsed() >= 1900, qPrintable(QString::number(timer.elapsed())));
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(entryOf(i).attempts, 2);
        QCOMPARE(m_simulator->updateIdArrivals().value(m_entries.at(i).updateId), 2);
    }
}

void TestSenderBackoff::retryAfterCappedAtOneHour()
{
    startSimulator();
    connectWorkspace(m_simulator->baseUrl(), {});
    queueUpdates(1, 6000);
    Sim::Fault fault = Sim::Fault::statusCode(503);
    fault.headers.append({"Retry-After"_ba, "7200"_ba});
    m_simulator->injectFault(CredentialsPath, fault);

    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    m_workspace->sendPending();
    QTRY_VERIFY_WITH_TIMEOUT(entryOf(0).state == UpdateState::Queued && entryOf(0).attempts == 1, 10000);
    const qint64 waitMs = sentAt.msecsTo(entryOf(0).nextAttemptAt);
    QVERIFY2(waitMs >= Sync::MaxRetryAfterMs, qPrintable(QString::number(waitMs)));
    QVERIFY2(waitMs <= Sync::MaxRetryAfterMs + 10000, qPrintable(QString::number(waitMs)));
    const QString reason = m_workspace->waitReason();
    QVERIFY2(reason.contains(u"7200 seconds"_s), qPrintable(reason));
    QVERIFY2(reason.contains(u"at most 60 minutes"_s), qPrintable(reason));
    QCOMPARE(m_simulator->requestCount(CredentialsPath), 1);
}

QTEST_GUILESS_MAIN(TestSenderBackoff)

#include "tst_senderbackoff.moc"
