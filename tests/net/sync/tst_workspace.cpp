// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The sync layer over loopback HTTP against the in-process simulator, with a real SQLite file.

#include "core/cardvalidation.h"
#include "core/directorytable.h"
#include "net/apiclient.h"
#include "sim/simulator.h"
#include "store/auditlog.h"
#include "store/credentialregister.h"
#include "store/directorycache.h"
#include "store/outbox.h"
#include "sync/workspace.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk;

namespace {

constexpr int UserCount = 300;
constexpr int LargeUserCount = 20000;

Core::Credential card(const QString &facilityCode, const QString &cardNumber, bool active = true)
{
    const Core::CardFormat *format = Core::findCardFormat(u"h10301");
    return Core::makeCredential(*format, facilityCode, cardNumber, active, {}).credential;
}

} // namespace

class TestWorkspace final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void refreshFillsCache();
    void refreshFailureKeepsCache();
    void refreshBadPayloadKeepsCache_data();
    void refreshBadPayloadKeepsCache();
    void refreshReportsDownloadProgress();
    void refreshCancelKeepsCache();
    void loadDuringLoadRunsAfter();
    void submitConfirmedByServer();
    void unknownUserFails_data();
    void unknownUserFails();
    void cardHeldElsewhereFails();
    void localConflictRejected();
    void serverErrorRetriedSameUpdateId();
    void htmlAnswerRecordedUnknown();
    void hangingServerTimesOut();
    void interruptedSendResumesAfterReopen();
    void auditRecordsSubmission();

private:
    void startSimulator(const Sim::SimulatorOptions &options = {}, int userCount = UserCount);
    void useLargeDirectory();
    void expectCacheUnchanged(const QList<Core::DirectoryUser> &users, const QDateTime &refreshedAtUtc);
    void connectWorkspace(Sync::Workspace &workspace);
    bool refresh(Sync::Workspace &workspace);
    Core::DirectoryUser activeUser(int index) const;
    Core::UpdateState waitForOutcome(Sync::Workspace &workspace, const QString &updateId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Sim::Simulator> m_simulator;
    std::unique_ptr<Sync::Workspace> m_workspace;
    QNetworkAccessManager m_network;
};

void TestWorkspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    startSimulator();
    m_workspace = std::make_unique<Sync::Workspace>();
    QString error;
    QVERIFY2(m_workspace->open(m_dir->path(), &error), qPrintable(error));
    connectWorkspace(*m_workspace);
}

void TestWorkspace::cleanup()
{
    m_workspace.reset();
    m_simulator.reset();
    m_dir.reset();
}

void TestWorkspace::startSimulator(const Sim::SimulatorOptions &options, int userCount)
{
    Sim::SimulatorOptions adjusted = options;
    adjusted.userCount = userCount;
    adjusted.seed = 7;
    m_simulator = std::make_unique<Sim::Simulator>(adjusted);
    QString error;
    QVERIFY2(m_simulator->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
}

void TestWorkspace::connectWorkspace(Sync::Workspace &workspace)
{
    Net::Profile profile = Net::Profile::create(u"Simulator"_s);
    profile.baseUrl = m_simulator->baseUrl();
    profile.key.keyId = m_simulator->options().apiKeyId;
    Sync::SenderOptions options;
    options.initialBackoffMs = 20;
    options.maxBackoffMs = 100;
    options.maxAttempts = 3;
    workspace.connectProfile(&m_network, profile, m_simulator->options().apiSecret, options);
    workspace.client()->setTransferTimeout(1500);
}

// Serves a directory of LargeUserCount users, whose download arrives in many reads and whose load
// takes long enough to request another load meanwhile.
void TestWorkspace::useLargeDirectory()
{
    m_simulator.reset();
    startSimulator({}, LargeUserCount);
    connectWorkspace(*m_workspace);
}

void TestWorkspace::expectCacheUnchanged(const QList<Core::DirectoryUser> &users,
                                         const QDateTime &refreshedAtUtc)
{
    const auto stored = m_workspace->directoryCache().loadUsers();
    QVERIFY(stored.has_value());
    QCOMPARE(stored->size(), users.size());
    for (const qsizetype index : {qsizetype(0), users.size() / 2, users.size() - 1}) {
        QCOMPARE(stored->at(index).userId, users.at(index).userId);
        QCOMPARE(stored->at(index).email, users.at(index).email);
        QCOMPARE(stored->at(index).firstName, users.at(index).firstName);
        QCOMPARE(stored->at(index).lastName, users.at(index).lastName);
        QCOMPARE(stored->at(index).status, users.at(index).status);
    }
    QCOMPARE(*stored, users);
    QCOMPARE(m_workspace->directoryCache().lastRefreshed(), refreshedAtUtc);
}

bool TestWorkspace::refresh(Sync::Workspace &workspace)
{
    QSignalSpy refreshed(&workspace, &Sync::Workspace::directoryRefreshed);
    workspace.refreshDirectory();
    if (!refreshed.wait(10000))
        return false;
    return refreshed.constFirst().constFirst().value<Sync::RefreshOutcome>().ok;
}

Core::DirectoryUser TestWorkspace::activeUser(int index) const
{
    int seen = 0;
    for (const Core::DirectoryUser &user : m_simulator->directory().users) {
        if (user.isActive() && !user.email.isEmpty() && seen++ == index)
            return user;
    }
    return {};
}

// Returns the entry's state once it left Queued and Sending, or Queued after 10 s.
Core::UpdateState TestWorkspace::waitForOutcome(Sync::Workspace &workspace, const QString &updateId)
{
    const auto state = [&] {
        const auto entry = workspace.outbox().entry(updateId);
        return entry ? entry->state : Core::UpdateState::Queued;
    };
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() &&
           (state() == Core::UpdateState::Queued || state() == Core::UpdateState::Sending)) {
        QTest::qWait(20);
    }
    return state();
}

void TestWorkspace::refreshFillsCache()
{
    QVERIFY(refresh(*m_workspace));

    const auto users = m_workspace->directoryCache().loadUsers();
    QVERIFY(users.has_value());
    QCOMPARE(users->size(), UserCount);
    QVERIFY(m_workspace->directoryCache().lastRefreshed().isValid());

    QSignalSpy loaded(m_workspace.get(), &Sync::Workspace::directoryLoaded);
    m_workspace->loadDirectory();
    QVERIFY(loaded.wait());
    const auto snapshot = loaded.constFirst().constFirst().value<Sync::DirectorySnapshot>();
    QVERIFY(snapshot.error.isEmpty());
    QVERIFY(snapshot.table);
    QCOMPARE(snapshot.table->userCount(), UserCount);
    QCOMPARE(snapshot.table->user(snapshot.table->rowOfUser(users->constFirst().userId)),
             users->constFirst());
    QCOMPARE(snapshot.locations.size(), m_simulator->directory().locations.size());
}

void TestWorkspace::refreshFailureKeepsCache()
{
    QVERIFY(refresh(*m_workspace));
    const auto before = m_workspace->directoryCache().loadUsers();
    QVERIFY(before.has_value());
    QCOMPARE(before->size(), UserCount);
    const QDateTime refreshedBefore = m_workspace->directoryCache().lastRefreshed();
    QVERIFY(refreshedBefore.isValid());
    m_simulator->injectFault(u"/v1/analytics/users"_s, Sim::Fault::malformedJson());

    QSignalSpy refreshed(m_workspace.get(), &Sync::Workspace::directoryRefreshed);
    m_workspace->refreshDirectory();
    QVERIFY(refreshed.wait(10000));
    const auto outcome = refreshed.constFirst().constFirst().value<Sync::RefreshOutcome>();
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error.contains(u"not changed"_s), qPrintable(outcome.error));
    expectCacheUnchanged(*before, refreshedBefore);
}

void TestWorkspace::refreshBadPayloadKeepsCache_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");

    QTest::newRow("repeated userId") << QByteArray(R"([{"userId":"u1"},{"userId":"u1"}])")
                                     << u"Users entry 1 repeats userId u1"_s;
    QTest::newRow("invalid UTF-8") << QByteArray("[{\"userId\":\"u\xc3\"}]")
                                   << u"The users response is not valid JSON: invalid UTF-8 at offset 13"_s;
    QTest::newRow("truncated") << QByteArray(R"([{"userId":"u1"},{"userId")")
                               << u"The users response is not valid JSON: "_s;
    QTest::newRow("empty body") << QByteArray() << u"The users response is not valid JSON: "_s;
    QTest::newRow("object, not array")
        << QByteArray(R"({"users":[]})") << u"The users response must be a JSON array"_s;
    QTest::newRow("entry not an object")
        << QByteArray(R"([{"userId":"u1"},"u2"])") << u"Users entry 1 is not a JSON object"_s;
    QTest::newRow("null userId") << QByteArray(R"([{"userId":null,"firstName":"Ana"}])")
                                 << u"Users entry 0 has no userId"_s;
    QTest::newRow("missing userId") << QByteArray(R"([{"firstName":"Ana"}])")
                                    << u"Users entry 0 has no userId"_s;
}

void TestWorkspace::refreshBadPayloadKeepsCache()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    QVERIFY(refresh(*m_workspace));
    const auto before = m_workspace->directoryCache().loadUsers();
    QVERIFY(before.has_value());
    QCOMPARE(before->size(), UserCount);
    const QDateTime refreshedBefore = m_workspace->directoryCache().lastRefreshed();
    m_simulator->injectFault(u"/v1/analytics/users"_s, Sim::Fault::statusCode(200, body));

    QSignalSpy refreshed(m_workspace.get(), &Sync::Workspace::directoryRefreshed);
    m_workspace->refreshDirectory();
    QVERIFY(refreshed.wait(10000));
    const auto outcome = refreshed.constFirst().constFirst().value<Sync::RefreshOutcome>();
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error.startsWith(u"The directory was not changed: "_s), qPrintable(outcome.error));
    QVERIFY2(outcome.error.contains(error), qPrintable(outcome.error));
    expectCacheUnchanged(*before, refreshedBefore);
}

void TestWorkspace::refreshReportsDownloadProgress()
{
    useLargeDirectory();
    QSignalSpy progress(m_workspace.get(), &Sync::Workspace::directoryRefreshProgress);
    QVERIFY(refresh(*m_workspace));

    QVERIFY(progress.size() >= 3);
    QCOMPARE(progress.constFirst().at(0).toLongLong(), 0);
    QCOMPARE(progress.constFirst().at(1).toLongLong(), -1);
    const qint64 bodySize = progress.constLast().at(1).toLongLong();
    QVERIFY(bodySize > 0);
    QCOMPARE(progress.constLast().at(0).toLongLong(), bodySize);
    // Between the start and the save, the bytes received so far of the whole body.
    qint64 previous = 0;
    int partial = 0;
    for (qsizetype i = 1; i < progress.size() - 1; ++i) {
        const qint64 received = progress.at(i).at(0).toLongLong();
        QCOMPARE(progress.at(i).at(1).toLongLong(), bodySize);
        QVERIFY(received >= previous);
        QVERIFY(received < bodySize);
        previous = received;
        ++partial;
    }
    QVERIFY2(partial > 0, "no progress was reported between the start and the end of the download");
}

void TestWorkspace::refreshCancelKeepsCache()
{
    QVERIFY(refresh(*m_workspace));
    const auto before = m_workspace->directoryCache().loadUsers();
    QVERIFY(before.has_value());
    const QDateTime refreshedBefore = m_workspace->directoryCache().lastRefreshed();
    // The simulator gains a user, and answers the users request only after 5 s.
    Core::DirectoryUser added;
    added.userId = u"u-added-during-cancel"_s;
    added.firstName = u"Added"_s;
    m_simulator->addUser(added);
    m_simulator->injectFault(u"/v1/analytics/users"_s, Sim::Fault::delay(5000));

    QSignalSpy progress(m_workspace.get(), &Sync::Workspace::directoryRefreshProgress);
    QSignalSpy refreshed(m_workspace.get(), &Sync::Workspace::directoryRefreshed);
    m_workspace->refreshDirectory();
    QVERIFY(m_workspace->isRefreshing());
    QCOMPARE(progress.size(), 1);
    QTest::qWait(200);
    QVERIFY(refreshed.isEmpty());
    m_workspace->cancelRefresh();
    QVERIFY(refreshed.wait(2000));

    const auto outcome = refreshed.constFirst().constFirst().value<Sync::RefreshOutcome>();
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error.contains(u"cancelled"_s), qPrintable(outcome.error));
    QVERIFY(!m_workspace->isRefreshing());
    expectCacheUnchanged(*before, refreshedBefore);
}

void TestWorkspace::loadDuringLoadRunsAfter()
{
    useLargeDirectory();
    QVERIFY(refresh(*m_workspace));
    const auto users = m_workspace->directoryCache().loadUsers();
    const auto locations = m_workspace->directoryCache().loadLocations();
    QVERIFY(users.has_value());
    QVERIFY(locations.has_value());
    QList<Core::DirectoryUser> changedUsers = *users;
    changedUsers.first().lastName = u"Changed"_s;
    const QDateTime changedAt = QDateTime::currentDateTimeUtc().addSecs(60);

    QSignalSpy loaded(m_workspace.get(), &Sync::Workspace::directoryLoaded);
    m_workspace->loadDirectory();
    QVERIFY(m_workspace->isLoadingDirectory());
    // A refresh that commits while the load runs, then the load request that follows it.
    QVERIFY2(m_workspace->directoryCache().replace(changedUsers, *locations, changedAt),
             qPrintable(m_workspace->directoryCache().errorString()));
    QVERIFY(m_workspace->isLoadingDirectory());
    m_workspace->loadDirectory();
    m_workspace->loadDirectory();

    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 10000);
    QVERIFY(!m_workspace->isLoadingDirectory());
    const auto snapshot = loaded.constLast().constFirst().value<Sync::DirectorySnapshot>();
    QVERIFY2(snapshot.error.isEmpty(), qPrintable(snapshot.error));
    QVERIFY(snapshot.table);
    QCOMPARE(snapshot.refreshedAtUtc, changedAt);
    const int row = snapshot.table->rowOfUser(changedUsers.constFirst().userId);
    QVERIFY(row >= 0);
    QCOMPARE(snapshot.table->field(row, Core::DirectoryTable::LastNameField), u"Changed"_s);
    // The two calls during the load share one follow-up load.
    QTest::qWait(300);
    QCOMPARE(loaded.size(), 2);
}

void TestWorkspace::submitConfirmedByServer()
{
    const Core::DirectoryUser user = activeUser(0);
    QString error;
    const auto entry = m_workspace->submitCards(user, {card(u"12"_s, u"04711"_s)}, &error);
    QVERIFY2(entry.has_value(), qPrintable(error));

    QCOMPARE(waitForOutcome(*m_workspace, entry->updateId), Core::UpdateState::Confirmed);
    const QList<Core::Credential> onServer = m_simulator->credentialsOf(user.email);
    QCOMPARE(onServer.size(), 1);
    QCOMPARE(onServer.constFirst().cardNumber, u"04711"_s);
    QCOMPARE(onServer.constFirst().facilityCode, u"12"_s);

    const auto record = m_workspace->credentialRegister().record(user.userId);
    QVERIFY(record.has_value());
    QVERIFY(record->hasConfirmed);
    QCOMPARE(record->confirmed.size(), 1);
    QCOMPARE(m_simulator->updateIdArrivals().value(entry->updateId), 1);
}

void TestWorkspace::unknownUserFails_data()
{
    QTest::addColumn<Sim::UnknownUserStyle>("style");
    QTest::newRow("USER_NOT_FOUND") << Sim::UnknownUserStyle::ResultValue;
    QTest::newRow("CARD_UPDATE_FAILED with message") << Sim::UnknownUserStyle::MessageOnly;
}

void TestWorkspace::unknownUserFails()
{
    QFETCH(Sim::UnknownUserStyle, style);
    m_workspace.reset();
    Sim::SimulatorOptions options;
    options.unknownUserStyle = style;
    startSimulator(options);
    m_workspace = std::make_unique<Sync::Workspace>();
    QString error;
    QVERIFY(m_workspace->open(m_dir->path(), &error));
    connectWorkspace(*m_workspace);

    Core::DirectoryUser ghost;
    ghost.userId = u"ghost"_s;
    ghost.email = u"nobody.here@example.com"_s;
    const auto entry = m_workspace->submitCards(ghost, {card(u"1"_s, u"100"_s)}, &error);
    QVERIFY2(entry.has_value(), qPrintable(error));

    QCOMPARE(waitForOutcome(*m_workspace, entry->updateId), Core::UpdateState::Failed);
    QCOMPARE(m_workspace->outbox().entry(entry->updateId)->result.code, Core::ResultCode::UserNotFound);
}

void TestWorkspace::cardHeldElsewhereFails()
{
    const Core::DirectoryUser holder = activeUser(1);
    const Core::DirectoryUser other = activeUser(2);
    QVERIFY(m_simulator->setCredentials(holder.email, {card(u"5"_s, u"555"_s)}));

    QString error;
    const auto entry =
        m_workspace->submitCards(other, {card(u"5"_s, u"555"_s), card(u"5"_s, u"556"_s)}, &error);
    QVERIFY2(entry.has_value(), qPrintable(error));

    QCOMPARE(waitForOutcome(*m_workspace, entry->updateId), Core::UpdateState::Failed);
    const Core::OutboxEntry stored = *m_workspace->outbox().entry(entry->updateId);
    QCOMPARE(stored.result.code, Core::ResultCode::PartialUpdate);
    QCOMPARE(stored.result.cards.size(), 2);
    QCOMPARE(stored.result.cards.at(0).code, Core::ResultCode::CardUpdateFailed);
    QCOMPARE(stored.result.cards.at(1).code, Core::ResultCode::Ok);
}

void TestWorkspace::localConflictRejected()
{
    const Core::DirectoryUser first = activeUser(3);
    const Core::DirectoryUser second = activeUser(4);
    QString error;
    QVERIFY(m_workspace->submitCards(first, {card(u"9"_s, u"900"_s)}, &error));

    const auto rejected = m_workspace->submitCards(second, {card(u"9"_s, u"900"_s)}, &error);
    QVERIFY(!rejected.has_value());
    QVERIFY2(error.contains(first.email), qPrintable(error));
    QVERIFY2(error.contains(u"9:900"_s), qPrintable(error));
}

void TestWorkspace::serverErrorRetriedSameUpdateId()
{
    m_simulator->injectFault(u"/v1/access-credentials"_s, Sim::Fault::statusCode(503), 1);
    const Core::DirectoryUser user = activeUser(5);
    QString error;
    const auto entry = m_workspace->submitCards(user, {card(u"3"_s, u"300"_s)}, &error);
    QVERIFY2(entry.has_value(), qPrintable(error));

    QCOMPARE(waitForOutcome(*m_workspace, entry->updateId), Core::UpdateState::Confirmed);
    QCOMPARE(m_simulator->updateIdArrivals().value(entry->updateId), 2);
    QCOMPARE(m_workspace->outbox().entry(entry->updateId)->attempts, 2);
}

void TestWorkspace::htmlAnswerRecordedUnknown()
{
    m_simulator->injectFault(u"/v1/access-credentials"_s, Sim::Fault::htmlPage(200).afterHandling(), 1);
    const Core::DirectoryUser user = activeUser(6);
    QString error;
    const auto entry = m_workspace->submitCards(user, {card(u"4"_s, u"400"_s)}, &error);
    QVERIFY2(entry.has_value(), qPrintable(error));

    QCOMPARE(waitForOutcome(*m_workspace, entry->updateId), Core::UpdateState::Unknown);
    QCOMPARE(m_workspace->outbox().entry(entry->updateId)->result.code, Core::ResultCode::Unknown);
}

void TestWorkspace::hangingServerTimesOut()
{
    m_simulator->injectFault(u"/v1/access-credentials"_s, Sim::Fault::hang(), 10);
    const Core::DirectoryUser user = activeUser(7);
    QString error;
    const auto entry = m_workspace->submitCards(user, {card(u"6"_s, u"600"_s)}, &error);
    QVERIFY2(entry.has_value(), qPrintable(error));

    // Three attempts, each ending in the transfer timeout, then the update needs attention.
    const auto needsAttention = [&] {
        return m_workspace->outbox().entry(entry->updateId)->state == Core::UpdateState::NeedsAttention;
    };
    QTRY_VERIFY_WITH_TIMEOUT(needsAttention(), 20000);
    const Core::OutboxEntry stored = *m_workspace->outbox().entry(entry->updateId);
    QCOMPARE(stored.attempts, 3);
    QVERIFY(stored.state != Core::UpdateState::Confirmed);
    QVERIFY(m_simulator->credentialsOf(user.email).isEmpty());
}

void TestWorkspace::interruptedSendResumesAfterReopen()
{
    const Core::DirectoryUser user = activeUser(8);
    m_workspace->setAutoSend(false);
    QString error;
    const auto entry = m_workspace->submitCards(user, {card(u"8"_s, u"800"_s)}, &error);
    QVERIFY2(entry.has_value(), qPrintable(error));

    // Simulate a process killed mid-request: the entry is left in Sending.
    const auto taken =
        m_workspace->outbox().takeDueBatch(m_workspace->profile().id, 100, QDateTime::currentDateTimeUtc());
    QVERIFY(taken.has_value());
    QCOMPARE(taken->size(), 1);
    const Net::Profile profile = m_workspace->profile();
    m_workspace.reset();

    m_workspace = std::make_unique<Sync::Workspace>();
    QVERIFY(m_workspace->open(m_dir->path(), &error));
    QCOMPARE(m_workspace->outbox().entry(entry->updateId)->state, Core::UpdateState::Queued);
    m_workspace->connectProfile(&m_network, profile, m_simulator->options().apiSecret);
    m_workspace->sendPending();

    QCOMPARE(waitForOutcome(*m_workspace, entry->updateId), Core::UpdateState::Confirmed);
    QCOMPARE(m_simulator->updateIdArrivals().value(entry->updateId), 1);
}

void TestWorkspace::auditRecordsSubmission()
{
    const Core::DirectoryUser user = activeUser(9);
    QString error;
    const auto entry = m_workspace->submitCards(user, {card(u"2"_s, u"200"_s)}, &error);
    QVERIFY2(entry.has_value(), qPrintable(error));

    const auto records = m_workspace->auditLog().query();
    QVERIFY(records.has_value());
    QVERIFY(!records->isEmpty());
    const Store::AuditRecord &latest = records->constFirst();
    QCOMPARE(latest.action, u"cards.submitted"_s);
    QCOMPARE(latest.updateId, entry->updateId);
    QCOMPARE(latest.targetUsername, user.email);
    QCOMPARE(latest.cardsAfter.size(), 1);
    QVERIFY(latest.cardsBefore.isEmpty());
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
