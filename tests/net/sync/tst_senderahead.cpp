// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Batches the Sender takes from the outbox ahead of a free request slot. One update per request
// and one request in flight, so while the first user's request waits on the simulator's delay,
// the second user's update is taken ahead and the third stays queued. Each test then stops,
// disconnects, fails or copies the files as a kill leaves them, and checks every update.

#include "core/cardvalidation.h"
#include "net/apiclient.h"
#include "sim/simulator.h"
#include "store/outbox.h"
#include "sync/workspace.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk;
using Core::UpdateState;

namespace {

constexpr int UserCount = 60;
constexpr int BatchUsers = 3;
constexpr int InFlight = 0; ///< Index of the user whose request is in flight.
constexpr int TakenAhead = 1;
constexpr int StillQueued = 2;
const QString CredentialsPath = u"/v1/access-credentials"_s;

Core::Credential card(int facilityCode, int cardNumber)
{
    const Core::CardFormat *format = Core::findCardFormat(u"h10301");
    return Core::makeCredential(*format, QString::number(facilityCode), QString::number(cardNumber), true, {})
        .credential;
}

} // namespace

class TestSenderAhead final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void stopReturnsBatchTakenAhead();
    void disconnectReturnsBatchTakenAhead();
    void timeoutReturnsBatchTakenAhead();
    void newEditWaitsForBatchTakenAhead();
    void killWithBatchTakenAheadLosesNothing();

private:
    void connectWorkspace(Sync::Workspace &workspace, int transferTimeoutMs = 5000);
    void queueUpdates();
    void startWithBatchTakenAhead(const Sim::Fault &fault);
    void sendAndSettle(Sync::Workspace &workspace);
    Core::OutboxEntry entryOf(int index) const;
    Core::OutboxEntry entryIn(const Sync::Workspace &workspace, const QString &updateId) const;
    int arrivalsOf(int index) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Sim::Simulator> m_simulator;
    std::unique_ptr<Sync::Workspace> m_workspace;
    QNetworkAccessManager m_network;
    Net::Profile m_profile;
    QList<Core::DirectoryUser> m_users;
    QList<Core::OutboxEntry> m_entries;
};

void TestSenderAhead::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Sim::SimulatorOptions options;
    options.userCount = UserCount;
    options.seed = 13;
    m_simulator = std::make_unique<Sim::Simulator>(options);
    QString error;
    QVERIFY2(m_simulator->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    for (const Core::DirectoryUser &user : m_simulator->directory().users) {
        if (user.isActive() && !user.email.isEmpty() && m_users.size() < BatchUsers)
            m_users.append(user);
    }
    QCOMPARE(m_users.size(), BatchUsers);

    m_workspace = std::make_unique<Sync::Workspace>();
    QVERIFY2(m_workspace->open(m_dir->path(), &error), qPrintable(error));
}

void TestSenderAhead::cleanup()
{
    m_workspace.reset();
    m_simulator.reset();
    m_dir.reset();
    m_users.clear();
    m_entries.clear();
    m_profile = {};
}

void TestSenderAhead::connectWorkspace(Sync::Workspace &workspace, int transferTimeoutMs)
{
    // The same profile every time, so a reconnected or restarted workspace sends its updates.
    if (m_profile.id.isEmpty())
        m_profile = Net::Profile::create(u"Simulator"_s);
    Net::Profile profile = m_profile;
    profile.baseUrl = m_simulator->baseUrl();
    profile.key.keyId = m_simulator->options().apiKeyId;
    Sync::SenderOptions options;
    options.batchSize = 1;
    options.maxInFlight = 1;
    options.initialBackoffMs = 1000;
    options.maxBackoffMs = 1000;
    workspace.setAutoSend(false);
    workspace.connectProfile(&m_network, profile, m_simulator->options().apiSecret, options);
    workspace.client()->setTransferTimeout(transferTimeoutMs);
}

void TestSenderAhead::queueUpdates()
{
    for (qsizetype i = 0; i < m_users.size(); ++i) {
        QString error;
        const auto entry =
            m_workspace->submitCards(m_users.at(i), {card(60 + int(i), 6000 + int(i))}, &error);
        QVERIFY2(entry.has_value(), qPrintable(error));
        m_entries.append(*entry);
    }
}

// Queues the updates and sends with the fault on the first request, then waits until the second
// update is taken ahead.
void TestSenderAhead::startWithBatchTakenAhead(const Sim::Fault &fault)
{
    queueUpdates();
    m_simulator->injectFault(CredentialsPath, fault);
    m_workspace->sendPending();
    QTRY_COMPARE(entryOf(TakenAhead).state, UpdateState::Sending);
    QCOMPARE(entryOf(InFlight).state, UpdateState::Sending);
    QCOMPARE(entryOf(StillQueued).state, UpdateState::Queued);
    QCOMPARE(entryOf(TakenAhead).attempts, 1);
    QCOMPARE(arrivalsOf(TakenAhead), 0);
}

// Sends and waits until no update of the workspace is Queued or Sending.
void TestSenderAhead::sendAndSettle(Sync::Workspace &workspace)
{
    workspace.sendPending();
    const auto settled = [&workspace] {
        const auto counts = workspace.outbox().counts();
        return counts && counts->pending() == 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(settled(), 15000);
}

Core::OutboxEntry TestSenderAhead::entryOf(int index) const
{
    return entryIn(*m_workspace, m_entries.at(index).updateId);
}

Core::OutboxEntry TestSenderAhead::entryIn(const Sync::Workspace &workspace, const QString &updateId) const
{
    return workspace.outbox().entry(updateId).value_or(Core::OutboxEntry{});
}

int TestSenderAhead::arrivalsOf(int index) const
{
    return m_simulator->updateIdArrivals().value(m_entries.at(index).updateId);
}

void TestSenderAhead::stopReturnsBatchTakenAhead()
{
    connectWorkspace(*m_workspace);
    startWithBatchTakenAhead(Sim::Fault::delay(3000));

    m_workspace->sender()->stop();
    // The batch taken ahead never left, so it is back at once and its attempt does not count.
    QCOMPARE(entryOf(TakenAhead).state, UpdateState::Queued);
    QCOMPARE(entryOf(TakenAhead).attempts, 0);
    QCOMPARE(entryOf(TakenAhead).updateId, m_entries.at(TakenAhead).updateId);
    // The aborted request in flight comes back once its reply finishes.
    QTRY_COMPARE(entryOf(InFlight).state, UpdateState::Queued);

    sendAndSettle(*m_workspace);
    for (int i = 0; i < BatchUsers; ++i)
        QCOMPARE(entryOf(i).state, UpdateState::Confirmed);
    QCOMPARE(entryOf(TakenAhead).attempts, 1);
    QCOMPARE(arrivalsOf(TakenAhead), 1);
    QCOMPARE(arrivalsOf(StillQueued), 1);
}

void TestSenderAhead::disconnectReturnsBatchTakenAhead()
{
    connectWorkspace(*m_workspace);
    startWithBatchTakenAhead(Sim::Fault::delay(3000));

    // Signing out or switching profiles destroys the sender.
    m_workspace->disconnectProfile();
    QCOMPARE(entryOf(TakenAhead).state, UpdateState::Queued);
    QCOMPARE(entryOf(TakenAhead).attempts, 0);
    QCOMPARE(entryOf(StillQueued).state, UpdateState::Queued);

    connectWorkspace(*m_workspace);
    m_workspace->sendPending();
    const auto confirmed = [this](int index) {
        return entryOf(index).state == UpdateState::Confirmed;
    };
    QTRY_VERIFY_WITH_TIMEOUT(confirmed(TakenAhead), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(confirmed(StillQueued), 10000);
    QCOMPARE(arrivalsOf(TakenAhead), 1);
    QCOMPARE(arrivalsOf(StillQueued), 1);
    QCOMPARE(m_simulator->credentialsOf(m_users.at(TakenAhead).email).size(), 1);
}

void TestSenderAhead::timeoutReturnsBatchTakenAhead()
{
    connectWorkspace(*m_workspace, 1000);
    startWithBatchTakenAhead(Sim::Fault::hang());

    // The timeout stops sending until the retry time, so the batch taken ahead waits in the queue
    // instead of in Sending.
    QTRY_COMPARE_WITH_TIMEOUT(entryOf(InFlight).state, UpdateState::Queued, 5000);
    QCOMPARE(entryOf(TakenAhead).state, UpdateState::Queued);
    QCOMPARE(entryOf(TakenAhead).attempts, 0);

    sendAndSettle(*m_workspace);
    for (int i = 0; i < BatchUsers; ++i)
        QCOMPARE(entryOf(i).state, UpdateState::Confirmed);
    QCOMPARE(entryOf(InFlight).attempts, 2);
    QCOMPARE(entryOf(TakenAhead).attempts, 1);
    QCOMPARE(arrivalsOf(InFlight), 2);
    QCOMPARE(arrivalsOf(TakenAhead), 1);
}

void TestSenderAhead::newEditWaitsForBatchTakenAhead()
{
    connectWorkspace(*m_workspace);
    startWithBatchTakenAhead(Sim::Fault::delay(1500));

    // As for an update in flight, the new edit neither supersedes the update taken ahead nor
    // overtakes it.
    QString error;
    const Core::Credential newCard = card(70, 7000);
    const auto edit = m_workspace->submitCards(m_users.at(TakenAhead), {newCard}, &error);
    QVERIFY2(edit.has_value(), qPrintable(error));
    QCOMPARE(edit->state, UpdateState::Queued);
    QCOMPARE(entryOf(TakenAhead).state, UpdateState::Sending);

    sendAndSettle(*m_workspace);
    QCOMPARE(entryOf(TakenAhead).state, UpdateState::Confirmed);
    const Core::OutboxEntry stored = entryIn(*m_workspace, edit->updateId);
    QCOMPARE(stored.state, UpdateState::Confirmed);
    QCOMPARE(arrivalsOf(TakenAhead), 1);
    QCOMPARE(m_simulator->updateIdArrivals().value(edit->updateId), 1);
    // The edit left out the card of the update taken ahead, which had been sent by then, so that
    // card went out inactive.
    const QList<Core::Credential> serverCards = m_simulator->credentialsOf(m_users.at(TakenAhead).email);
    QCOMPARE(serverCards.size(), 2);
    QVERIFY(serverCards.constFirst().isSameCard(newCard));
    QVERIFY(serverCards.constFirst().active);
    QVERIFY(!serverCards.constLast().isSameCard(newCard));
    QVERIFY(!serverCards.constLast().active);
}

void TestSenderAhead::killWithBatchTakenAheadLosesNothing()
{
    connectWorkspace(*m_workspace);
    startWithBatchTakenAhead(Sim::Fault::delay(3000));

    // The database and its write-ahead log as a process killed now leaves them. Nothing writes
    // to them while the request waits on the delay.
    QTemporaryDir killedDir;
    QVERIFY(killedDir.isValid());
    const QString source = m_workspace->databasePath();
    const QString copy = killedDir.filePath(u"carddesk.sqlite"_s);
    QVERIFY(QFile::copy(source, copy));
    QVERIFY(QFile::copy(source + u"-wal"_s, copy + u"-wal"_s));
    m_workspace->disconnectProfile();

    Sync::Workspace restarted;
    QString error;
    QVERIFY2(restarted.open(killedDir.path(), &error), qPrintable(error));
    for (int i = 0; i < BatchUsers; ++i) {
        const Core::OutboxEntry entry = entryIn(restarted, m_entries.at(i).updateId);
        QCOMPARE(entry.updateId, m_entries.at(i).updateId);
        QCOMPARE(entry.state, UpdateState::Queued);
    }

    connectWorkspace(restarted);
    sendAndSettle(restarted);
    for (int i = 0; i < BatchUsers; ++i)
        QCOMPARE(entryIn(restarted, m_entries.at(i).updateId).state, UpdateState::Confirmed);
    QCOMPARE(arrivalsOf(TakenAhead), 1);
    QCOMPARE(arrivalsOf(StillQueued), 1);
}

QTEST_GUILESS_MAIN(TestSenderAhead)

#include "tst_senderahead.moc"
