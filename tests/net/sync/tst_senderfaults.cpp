// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// One test per server or network fault: three users' updates go out in one batch through the
// Workspace and its Sender to the in-process simulator over loopback, with a real SQLite outbox.
// Each test checks the final state of every update, the cards the simulator stores and how often
// each updateId arrived. One more test sends a card another user holds on the server, which
// Calven answers with PARTIAL_UPDATE.

#include "core/cardvalidation.h"
#include "net/apiclient.h"
#include "sim/simulator.h"
#include "store/credentialregister.h"
#include "store/outbox.h"
#include "sync/workspace.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk;
using Core::UpdateState;

namespace {

constexpr int UserCount = 60;
constexpr int BatchUsers = 3;
const QString CredentialsPath = u"/v1/access-credentials"_s;

Core::Credential card(int facilityCode, int cardNumber)
{
    const Core::CardFormat *format = Core::findCardFormat(u"h10301");
    return Core::makeCredential(*format, QString::number(facilityCode), QString::number(cardNumber), true, {})
        .credential;
}

bool isPending(UpdateState state)
{
    return state == UpdateState::Queued || state == UpdateState::Sending;
}

} // namespace

Q_DECLARE_METATYPE(CardDesk::Sim::Fault)

class TestSenderFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void tooManyRequestsHonoursRetryAfter();
    void retryAfterDateForm();
    void serverErrorRetried_data();
    void serverErrorRetried();
    void stopHoldsAfterRetryableError();
    void stopDuringSignInUsesNoAttempt();
    void serverErrorUsesUpAttempts();
    void resetAfterHandlingResent();
    void hangTimesOutAndResends();
    void resetMidResponseResent();
    void hangEveryTimeNeverConfirmed();
    void unreadableSuccessIsUnknown_data();
    void unreadableSuccessIsUnknown();
    void singleObjectForBatch();
    void resultsMissingForSome();
    void unknownResultValueFails();
    void partialUpdateConfirmsAcceptedCards();
    void offlineWaitsAndResumes();

private:
    void startSimulator(const Sim::SimulatorOptions &options = {});
    void connectWorkspace(const Sync::SenderOptions &options);
    void queueBatch();
    void sendAndSettle(int timeoutMs = 20000);
    UpdateState stateOf(int index) const;
    Core::OutboxEntry entryOf(int index) const;
    int arrivalsOf(int index) const;
    bool serverHasIntendedCards(int index) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Sim::Simulator> m_simulator;
    std::unique_ptr<Sync::Workspace> m_workspace;
    QNetworkAccessManager m_network;
    QList<Core::DirectoryUser> m_users;
    QList<Core::OutboxEntry> m_entries;
};

void TestSenderFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    startSimulator();
    m_workspace = std::make_unique<Sync::Workspace>();
    QString error;
    QVERIFY2(m_workspace->open(m_dir->path(), &error), qPrintable(error));
    Sync::SenderOptions options;
    options.initialBackoffMs = 20;
    options.maxBackoffMs = 200;
    options.maxAttempts = 3;
    connectWorkspace(options);
}

void TestSenderFaults::cleanup()
{
    m_workspace.reset();
    m_simulator.reset();
    m_dir.reset();
    m_users.clear();
    m_entries.clear();
}

void TestSenderFaults::startSimulator(const Sim::SimulatorOptions &options)
{
    Sim::SimulatorOptions adjusted = options;
    adjusted.userCount = UserCount;
    adjusted.seed = 11;
    m_simulator = std::make_unique<Sim::Simulator>(adjusted);
    QString error;
    QVERIFY2(m_simulator->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));

    m_users.clear();
    for (const Core::DirectoryUser &user : m_simulator->directory().users) {
        if (user.isActive() && !user.email.isEmpty() && m_users.size() < BatchUsers)
            m_users.append(user);
    }
    QCOMPARE(m_users.size(), BatchUsers);
}

void TestSenderFaults::connectWorkspace(const Sync::SenderOptions &options)
{
    Net::Profile profile = Net::Profile::create(u"Simulator"_s);
    profile.baseUrl = m_simulator->baseUrl();
    profile.key.keyId = m_simulator->options().apiKeyId;
    m_workspace->setAutoSend(false);
    m_workspace->connectProfile(&m_network, profile, m_simulator->options().apiSecret, options);
    m_workspace->client()->setTransferTimeout(1500);
}

// Queues one update per test user, all due at once so that they share one request.
void TestSenderFaults::queueBatch()
{
    for (qsizetype i = 0; i < m_users.size(); ++i) {
        QString error;
        const auto entry =
            m_workspace->submitCards(m_users.at(i), {card(40 + int(i), 4000 + int(i))}, &error);
        QVERIFY2(entry.has_value(), qPrintable(error));
        m_entries.append(*entry);
    }
}

// Sends the queued updates and waits until none of them is Queued or Sending.
void TestSenderFaults::sendAndSettle(int timeoutMs)
{
    m_workspace->sendPending();
    const auto settled = [this] {
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            if (isPending(stateOf(int(i))))
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(settled(), timeoutMs);
}

UpdateState TestSenderFaults::stateOf(int index) const
{
    return entryOf(index).state;
}

Core::OutboxEntry TestSenderFaults::entryOf(int index) const
{
    const auto entry = m_workspace->outbox().entry(m_entries.at(index).updateId);
    return entry.value_or(Core::OutboxEntry{});
}

int TestSenderFaults::arrivalsOf(int index) const
{
    return m_simulator->updateIdArrivals().value(m_entries.at(index).updateId);
}

// Compares number, facility code and state: the format id is local to CardDesk and never sent.
bool TestSenderFaults::serverHasIntendedCards(int index) const
{
    const QList<Core::Credential> held = m_simulator->credentialsOf(m_users.at(index).email);
    const QList<Core::Credential> &intended = m_entries.at(index).credentials;
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

void TestSenderFaults::tooManyRequestsHonoursRetryAfter()
{
    // The backoff alone would wait a minute, so a retry within seconds proves Retry-After is read.
    Sync::SenderOptions options;
    options.initialBackoffMs = 60000;
    options.maxBackoffMs = 120000;
    options.maxAttempts = 3;
    connectWorkspace(options);
    queueBatch();
    m_simulator->injectFault(CredentialsPath, Sim::Fault::tooManyRequests(1));

    QElapsedTimer timer;
    timer.start();
    sendAndSettle(15000);
    QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
    for (int i = 0; i < BatchUsers; ++i) {
        QCOMPARE(stateOf(i), UpdateState::Confirmed);
        QCOMPARE(entryOf(i).attempts, 2);
        QCOMPARE(arrivalsOf(i), 2);
        QVERIFY(serverHasIntendedCards(i));
    }
}

void TestSenderFaults::retryAfterDateForm()
{
    Sync::SenderOptions options;
    options.initialBackoffMs = 60000;
    options.maxBackoffMs = 120000;
    connectWorkspace(options);
    queueBatch();
    Sim::Fault fault = Sim::Fault::statusCode(503);
    const QDateTime retryAt = QDateTime::currentDateTimeUtc().addSecs(2);
    fault.headers.append(
        {"Retry-After"_ba, QLocale::c().toString(retryAt, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1()});
    m_simulator->injectFault(CredentialsPath, fault);

    sendAndSettle(15000);
    for (int i = 0; i < BatchUsers; ++i) {
        QCOMPARE(stateOf(i), UpdateState::Confirmed);
        QCOMPARE(entryOf(i).attempts, 2);
        QCOMPARE(arrivalsOf(i), 2);
        QVERIFY(serverHasIntendedCards(i));
    }
}

void TestSenderFaults::serverErrorRetried_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("failures");
    QTest::newRow("500 once") << 500 << 1;
    QTest::newRow("503 once") << 503 << 1;
    QTest::newRow("503 twice") << 503 << 2;
}

void TestSenderFaults::serverErrorRetried()
{
    QFETCH(int, status);
    QFETCH(int, failures);
    queueBatch();
    m_simulator->injectFault(CredentialsPath, Sim::Fault::statusCode(status, R"({"message":"busy"})"),
                             failures);

    sendAndSettle();
    for (int i = 0; i < BatchUsers; ++i) {
        QCOMPARE(stateOf(i), UpdateState::Confirmed);
        QCOMPARE(entryOf(i).attempts, failures + 1);
        QCOMPARE(arrivalsOf(i), failures + 1);
        QVERIFY(serverHasIntendedCards(i));
    }
}

// A sender stopped while it handles a retryable error arms no wake-up, so nothing more is sent
// until its owner calls sendPending() again.
void TestSenderFaults::stopHoldsAfterRetryableError()
{
    queueBatch();
    Sim::Fault fault = Sim::Fault::statusCode(503, R"({"message":"busy"})");
    fault.headers.append({"Retry-After"_ba, "0"_ba});
    m_simulator->injectFault(CredentialsPath, fault, 1);
    Sync::Sender *sender = m_workspace->sender();
    QVERIFY(sender);
    connect(
        sender, &Sync::Sender::waitReasonChanged, sender,
        [sender](const QString &reason) {
            if (!reason.isEmpty())
                sender->stop();
        },
        Qt::DirectConnection);

    m_workspace->sendPending();
    QTRY_COMPARE_WITH_TIMEOUT(m_simulator->requestCount(CredentialsPath), 1, 5000);
    QTest::qWait(1500);
    QCOMPARE(m_simulator->requestCount(CredentialsPath), 1);
    for (int i = 0; i < BatchUsers; ++i) {
        QCOMPARE(stateOf(i), UpdateState::Queued);
        QCOMPARE(entryOf(i).attempts, 1);
    }

    disconnect(sender, &Sync::Sender::waitReasonChanged, sender, nullptr);
    sendAndSettle();
    QCOMPARE(m_simulator->requestCount(CredentialsPath), 2);
    for (int i = 0; i < BatchUsers; ++i) {
        QCOMPARE(stateOf(i), UpdateState::Confirmed);
        QVERIFY(serverHasIntendedCards(i));
    }
}

// A request aborted while it waits for its sign-in never left, so it uses up no attempt.
void TestSenderFaults::stopDuringSignInUsesNoAttempt()
{
    queueBatch();
    m_simulator->injectFault(u"/v1/auth"_s, Sim::Fault::hang());

    m_workspace->sendPending();
    QTRY_COMPARE_WITH_TIMEOUT(m_simulator->requestCount(u"/v1/auth"_s), 1, 5000);
    m_workspace->sender()->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->sender()->isBusy(), 5000);
    QCOMPARE(m_simulator->requestCount(CredentialsPath), 0);
    for (int i = 0; i < BatchUsers; ++i) {
        QCOMPARE(stateOf(i), UpdateState::Queued);
        QCOMPARE(entryOf(i).attempts, 0);
    }
}

void TestSenderFaults::serverErrorUsesUpAttempts()
{
    queueBatch();
    m_simulator->injectFault(CredentialsPath, Sim::Fault::statusCode(500), 10);

    sendAndSettle();
    for (int i = 0; i < BatchUsers; ++i) {
        const Core::OutboxEntry entry = entryOf(i);
        QCOMPARE(entry.state, UpdateState::NeedsAttention);
        QCOMPARE(entry.attempts, 3);
        QVERIFY2(entry.lastError.contains(u"500"_s), qPrintable(entry.lastError));
        QVERIFY2(entry.lastError.startsWith(u"Gave up after attempt 3. Last error: "_s), qPrintable(entry.lastError));
        QVERIFY2(entry.lastError.endsWith(u'.'), qPrintable(entry.lastError));
        QCOMPARE(arrivalsOf(i), 3);
        QVERIFY(m_simulator->credentialsOf(m_users.at(i).email).isEmpty());
    }
}

void TestSenderFaults::resetAfterHandlingResent()
{
    queueBatch();
    // The server stores the cards, then the connection breaks before the response.
    m_simulator->injectFault(CredentialsPath, Sim::Fault::reset().afterHandling());

    sendAndSettle();
    for (int i = 0; i < BatchUsers; ++i) {
        QCOMPARE(stateOf(i), UpdateState::Confirmed);
        // Qt's HTTP stack may itself resend a POST once when the connection closes early.
        QVERIFY2(arrivalsOf(i) >= 2, qPrintable(QString::number(arrivalsOf(i))));
        QVERIFY(serverHasIntendedCards(i));
    }
    QCOMPARE(m_simulator->updateIdArrivals().size(), BatchUsers);
}

void TestSenderFaults::hangTimesOutAndResends()
{
    queueBatch();
    m_simulator->injectFault(CredentialsPath, Sim::Fault::hang());

    sendAndSettle();
    for (int i = 0; i < BatchUsers; ++i) {
        QCOMPARE(stateOf(i), UpdateState::Confirmed);
        QCOMPARE(entryOf(i).attempts, 2);
        QCOMPARE(arrivalsOf(i), 2);
        QVERIFY(serverHasIntendedCards(i));
    }
}

void TestSenderFaults::resetMidResponseResent()
{
    queueBatch();
    // The server stores the cards and starts its 200 response, then the connection breaks.
    m_simulator->injectFault(CredentialsPath, Sim::Fault::resetMidResponse());

    sendAndSettle();
    for (int i = 0; i < BatchUsers; ++i) {
        const Core::OutboxEntry entry = entryOf(i);
        QCOMPARE(entry.state, UpdateState::Confirmed);
        // Usually the sender sees the broken response and retries. When the reset comes before Qt
        // has read the status line, Qt resends the POST by itself and the sender sees one attempt.
        QVERIFY2(entry.attempts == 1 || entry.attempts == 2, qPrintable(QString::number(entry.attempts)));
        QCOMPARE(arrivalsOf(i), 2);
        QVERIFY(serverHasIntendedCards(i));
    }
    QCOMPARE(m_simulator->requestCount(CredentialsPath), 2);
}

void TestSenderFaults::hangEveryTimeNeverConfirmed()
{
    queueBatch();
    // Every attempt reaches the server, which never replies, so each ends in the transfer timeout.
    m_simulator->injectFault(CredentialsPath, Sim::Fault::hang(), 3);
    QSignalSpy outboxChanged(m_workspace.get(), &Sync::Workspace::outboxChanged);

    sendAndSettle(30'000);
    for (int i = 0; i < BatchUsers; ++i) {
        const Core::OutboxEntry entry = entryOf(i);
        QCOMPARE(entry.state, UpdateState::NeedsAttention);
        QCOMPARE(entry.attempts, 3);
        QCOMPARE(arrivalsOf(i), 3);
        QVERIFY2(entry.lastError.contains(u"timed out"_s), qPrintable(entry.lastError));
        // The request arrived, so the text must not claim that nothing was sent.
        QVERIFY2(!entry.lastError.contains(u"Nothing was sent"_s), qPrintable(entry.lastError));
        // A hang takes the request without handling it, so the server stores no card.
        QVERIFY(m_simulator->credentialsOf(m_users.at(i).email).isEmpty());
    }
    const auto counts = m_workspace->outbox().counts();
    QVERIFY(counts);
    QCOMPARE(counts->openFailures, BatchUsers);
    QVERIFY(!outboxChanged.isEmpty());
}

void TestSenderFaults::unreadableSuccessIsUnknown_data()
{
    QTest::addColumn<Sim::Fault>("fault");
    QTest::newRow("malformed JSON") << Sim::Fault::malformedJson().afterHandling();
    QTest::newRow("HTML page with 200") << Sim::Fault::htmlPage(200).afterHandling();
}

void TestSenderFaults::unreadableSuccessIsUnknown()
{
    QFETCH(Sim::Fault, fault);
    queueBatch();
    m_simulator->injectFault(CredentialsPath, fault);

    sendAndSettle();
    for (int i = 0; i < BatchUsers; ++i) {
        const Core::OutboxEntry entry = entryOf(i);
        QCOMPARE(entry.state, UpdateState::Unknown);
        QCOMPARE(entry.result.code, Core::ResultCode::Unknown);
        QCOMPARE(entry.httpStatus, 200);
        QVERIFY(!entry.responseJson.isEmpty());
        // An unreadable 2xx is not retried: the server may have applied it.
        QCOMPARE(arrivalsOf(i), 1);
        QVERIFY(serverHasIntendedCards(i));
    }
}

void TestSenderFaults::singleObjectForBatch()
{
    m_workspace.reset();
    Sim::SimulatorOptions options;
    options.batchResponse = Sim::BatchResponseStyle::SingleObject;
    startSimulator(options);
    m_workspace = std::make_unique<Sync::Workspace>();
    QString error;
    QVERIFY2(m_workspace->open(m_dir->path(), &error), qPrintable(error));
    connectWorkspace({});
    queueBatch();

    sendAndSettle();
    // Only the first update's result came back, and the others are not counted as success.
    QCOMPARE(stateOf(0), UpdateState::Confirmed);
    for (int i = 1; i < BatchUsers; ++i) {
        QCOMPARE(stateOf(i), UpdateState::Unknown);
        QCOMPARE(entryOf(i).result.code, Core::ResultCode::Unknown);
    }
    for (int i = 0; i < BatchUsers; ++i) {
        QCOMPARE(arrivalsOf(i), 1);
        QVERIFY(serverHasIntendedCards(i));
    }
}

void TestSenderFaults::resultsMissingForSome()
{
    queueBatch();
    // The server stores all three updates and leaves the second one's result out.
    m_simulator->injectFault(CredentialsPath, Sim::Fault::resultsMissing({2, -1}));

    sendAndSettle();
    QCOMPARE(stateOf(0), UpdateState::Confirmed);
    const Core::OutboxEntry missing = entryOf(1);
    QCOMPARE(missing.state, UpdateState::Unknown);
    QCOMPARE(missing.result.code, Core::ResultCode::Unknown);
    QCOMPARE(missing.httpStatus, 200);
    QCOMPARE(stateOf(2), UpdateState::Confirmed);
    for (int i = 0; i < BatchUsers; ++i) {
        // An update without a result is not sent again: the server may have applied it, as here.
        QCOMPARE(arrivalsOf(i), 1);
        QVERIFY(serverHasIntendedCards(i));
    }
}

void TestSenderFaults::unknownResultValueFails()
{
    queueBatch();
    m_simulator->injectFault(CredentialsPath, Sim::Fault::unknownResult(u"CARD_QUARANTINED"_s, {2, -1}));

    sendAndSettle();
    QCOMPARE(stateOf(0), UpdateState::Confirmed);
    const Core::OutboxEntry odd = entryOf(1);
    QCOMPARE(odd.state, UpdateState::Failed);
    QCOMPARE(odd.result.code, Core::ResultCode::UnrecognisedValue);
    QCOMPARE(odd.result.rawResult, u"CARD_QUARANTINED"_s);
    QCOMPARE(stateOf(2), UpdateState::Confirmed);
    for (int i = 0; i < BatchUsers; ++i) {
        QCOMPARE(arrivalsOf(i), 1);
        // The server stored the cards, whatever it reported, and the failed update is not resent.
        QVERIFY(serverHasIntendedCards(i));
    }
}

void TestSenderFaults::partialUpdateConfirmsAcceptedCards()
{
    // Another user holds one of the two cards on the server, so Calven applies only the other.
    const auto other =
        std::find_if(m_simulator->directory().users.cbegin(), m_simulator->directory().users.cend(),
                     [this](const Core::DirectoryUser &user) {
                         return user.isActive() && !user.email.isEmpty() && !m_users.contains(user);
                     });
    QVERIFY(other != m_simulator->directory().users.cend());
    const Core::Credential taken = card(49, 4900);
    QVERIFY(m_simulator->setCredentials(other->email, {taken}));
    const Core::Credential free = card(48, 4800);
    QString error;
    const auto entry = m_workspace->submitCards(m_users.at(0), {free, taken}, &error);
    QVERIFY2(entry.has_value(), qPrintable(error));
    m_entries.append(*entry);

    sendAndSettle();
    const Core::OutboxEntry stored = entryOf(0);
    QCOMPARE(stored.state, UpdateState::Failed);
    QCOMPARE(stored.result.code, Core::ResultCode::PartialUpdate);
    QCOMPARE(stored.result.cards.size(), 2);
    QCOMPARE(stored.result.cards.at(0).cardNumber, free.cardNumber);
    QCOMPARE(stored.result.cards.at(0).code, Core::ResultCode::Ok);
    QCOMPARE(stored.result.cards.at(1).cardNumber, taken.cardNumber);
    QVERIFY(stored.result.cards.at(1).code != Core::ResultCode::Ok);
    QCOMPARE(arrivalsOf(0), 1);

    // The register confirms the applied card only, as the server holds it.
    const auto record = m_workspace->credentialRegister().record(m_users.at(0).userId);
    QVERIFY(record);
    QCOMPARE(record->confirmed.size(), 1);
    QVERIFY(record->confirmed.constFirst().isSameCard(free));
    const QList<Core::Credential> held = m_simulator->credentialsOf(m_users.at(0).email);
    QCOMPARE(held.size(), 1);
    QVERIFY(held.constFirst().isSameCard(free));
    QCOMPARE(m_simulator->credentialsOf(other->email), QList<Core::Credential>{taken});
}

void TestSenderFaults::offlineWaitsAndResumes()
{
    // A closed port refuses the connection, so no request leaves and no attempt is used up.
    const QUrl onlineUrl = m_simulator->baseUrl();
    const quint16 port = quint16(onlineUrl.port());
    m_simulator.reset();

    Sync::SenderOptions options;
    options.initialBackoffMs = 50;
    options.maxBackoffMs = 200;
    options.maxAttempts = 2;
    Net::Profile profile = Net::Profile::create(u"Simulator"_s);
    profile.baseUrl = onlineUrl;
    profile.key.keyId = Sim::SimulatorOptions().apiKeyId;
    m_workspace->setAutoSend(false);
    m_workspace->connectProfile(&m_network, profile, Sim::SimulatorOptions().apiSecret, options);

    Sim::SimulatorOptions simulatorOptions;
    simulatorOptions.userCount = UserCount;
    simulatorOptions.seed = 11;
    for (qsizetype i = 0; i < m_users.size(); ++i) {
        QString error;
        const auto entry =
            m_workspace->submitCards(m_users.at(i), {card(50 + int(i), 5000 + int(i))}, &error);
        QVERIFY2(entry.has_value(), qPrintable(error));
        m_entries.append(*entry);
    }

    m_workspace->sendPending();
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->waitReason().startsWith(u"Offline"_s), 10000);
    const QString reason = m_workspace->waitReason();
    QVERIFY2(reason.contains(u"updates waiting: %1."_s.arg(BatchUsers)), qPrintable(reason));

    // Several failed connection attempts later the updates still wait instead of giving up, and
    // none of those attempts is counted against maxAttempts.
    QSignalSpy changes(m_workspace.get(), &Sync::Workspace::outboxChanged);
    QTRY_VERIFY_WITH_TIMEOUT(changes.size() > 4 * options.maxAttempts, 10000);
    for (int i = 0; i < BatchUsers; ++i) {
        QVERIFY(isPending(stateOf(i)));
        QVERIFY(entryOf(i).attempts <= 1);
    }

    // The server comes back on the same port and the sender resumes without being asked.
    m_simulator = std::make_unique<Sim::Simulator>(simulatorOptions);
    QString error;
    QVERIFY2(m_simulator->listen(QHostAddress::LocalHost, port, &error), qPrintable(error));
    const auto settled = [this] {
        for (int i = 0; i < BatchUsers; ++i) {
            if (stateOf(i) != UpdateState::Confirmed)
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(settled(), 15000);
    for (int i = 0; i < BatchUsers; ++i) {
        QCOMPARE(arrivalsOf(i), 1);
        QVERIFY(serverHasIntendedCards(i));
    }
    QTRY_VERIFY(m_workspace->waitReason().isEmpty());
}

QTEST_GUILESS_MAIN(TestSenderFaults)

#include "tst_senderfaults.moc"
