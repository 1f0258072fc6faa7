// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The audit records of how updates end, and the transactions that tie audit records to outbox
// changes, against the in-process simulator over loopback HTTP with a real SQLite file.

#include "core/cardvalidation.h"
#include "net/apiclient.h"
#include "sim/simulator.h"
#include "store/auditlog.h"
#include "store/credentialregister.h"
#include "store/outbox.h"
#include "storetestsupport.h"
#include "sync/workspace.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace CardDesk;

namespace {

constexpr int UserCount = 200;

Core::Credential card(const QString &facilityCode, const QString &cardNumber, bool active = true)
{
    const Core::CardFormat *format = Core::findCardFormat(u"h10301");
    return Core::makeCredential(*format, facilityCode, cardNumber, active, {}).credential;
}

using Store::TestSupport::RawConnection;

// Makes every insert into the audit log fail, or only those of one action, as a full disk would.
QString rejectAuditInserts(RawConnection &raw, const QString &action = {})
{
    const QString when = action.isEmpty() ? QString() : u" WHEN NEW.action = '%1'"_s.arg(action);
    return raw.exec(u"CREATE TRIGGER test_reject_audit BEFORE INSERT ON audit_log%1"
                    " BEGIN SELECT RAISE(ABORT, 'audit insert rejected by the test'); END"_s.arg(when));
}

} // namespace

class TestAuditOutcomes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void confirmedUpdateRecordsOutcome();
    void rejectedUpdateRecordsFailure_data();
    void rejectedUpdateRecordsFailure();
    void unreadableAnswerRecordsUnknown();
    void exhaustedRetriesRecordNeedsAttention();
    void failedAuditInsertRollsBackSubmit();
    void failedAuditInsertRollsBackRetry();
    void failedAuditInsertRollsBackResolve();
    void failedAuditInsertKeepsResultUnstored();
    void failedRefreshAuditReported();

private:
    void startSimulator(const Sim::SimulatorOptions &options = {});
    void openWorkspace();
    Core::DirectoryUser activeUser(int index) const;
    Core::UpdateState waitForOutcome(const QString &updateId);
    QList<Store::AuditRecord> outcomeRecords(const QString &updateId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Sim::Simulator> m_simulator;
    std::unique_ptr<Sync::Workspace> m_workspace;
    Net::Profile m_profile;
    QNetworkAccessManager m_network;
};

void TestAuditOutcomes::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    startSimulator();
    m_profile = Net::Profile::create(u"Simulator"_s);
    m_profile.baseUrl = m_simulator->baseUrl();
    m_profile.key.keyId = m_simulator->options().apiKeyId;
    openWorkspace();
}

void TestAuditOutcomes::cleanup()
{
    m_workspace.reset();
    m_simulator.reset();
    m_dir.reset();
}

void TestAuditOutcomes::startSimulator(const Sim::SimulatorOptions &options)
{
    Sim::SimulatorOptions adjusted = options;
    adjusted.userCount = UserCount;
    adjusted.seed = 11;
    m_simulator = std::make_unique<Sim::Simulator>(adjusted);
    QString error;
    QVERIFY2(m_simulator->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
}

void TestAuditOutcomes::openWorkspace()
{
    m_workspace = std::make_unique<Sync::Workspace>();
    QString error;
    QVERIFY2(m_workspace->open(m_dir->path(), &error), qPrintable(error));
    Sync::SenderOptions options;
    options.initialBackoffMs = 20;
    options.maxBackoffMs = 100;
    options.maxAttempts = 3;
    m_workspace->connectProfile(&m_network, m_profile, m_simulator->options().apiSecret, options);
    m_workspace->client()->setTransferTimeout(3000);
}

Core::DirectoryUser TestAuditOutcomes::activeUser(int index) const
{
    int seen = 0;
    for (const Core::DirectoryUser &user : m_simulator->directory().users) {
        if (user.isActive() && !user.email.isEmpty() && seen++ == index)
            return user;
    }
    return {};
}

// Returns the entry's state once it left Queued and Sending, or Queued after 10 s.
Core::UpdateState TestAuditOutcomes::waitForOutcome(const QString &updateId)
{
    const auto state = [&] {
        const auto entry = m_workspace->outbox().entry(updateId);
        return entry ? entry->state : Core::UpdateState::Queued;
    };
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() &&
           (state() == Core::UpdateState::Queued || state() == Core::UpdateState::Sending)) {
        QTest::qWait(20);
    }
    return state();
}

QList<Store::AuditRecord> TestAuditOutcomes::outcomeRecords(const QString &updateId) const
{
    Store::AuditFilter filter;
    filter.action = u"update.result"_s;
    filter.text = updateId;
    const auto records = m_workspace->auditLog().query(filter);
    return records ? *records : QList<Store::AuditRecord>();
}

void TestAuditOutcomes::confirmedUpdateRecordsOutcome()
{
    const Core::DirectoryUser user = activeUser(0);
    QString error;
    const auto first = m_workspace->submitCards(user, {card(u"12"_s, u"04711"_s)}, &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(waitForOutcome(first->updateId), Core::UpdateState::Confirmed);
    const QList<Core::Credential> second{card(u"12"_s, u"04711"_s, false), card(u"12"_s, u"04712"_s)};
    const auto next = m_workspace->submitCards(user, second, &error);
    QVERIFY2(next, qPrintable(error));
    QCOMPARE(waitForOutcome(next->updateId), Core::UpdateState::Confirmed);

    const QList<Store::AuditRecord> records = outcomeRecords(next->updateId);
    QCOMPARE(records.size(), 1);
    const Store::AuditRecord &outcome = records.constFirst();
    QCOMPARE(outcome.result, u"confirmed"_s);
    QCOMPARE(outcome.updateId, next->updateId);
    QCOMPARE(outcome.targetUserId, user.userId);
    QCOMPARE(outcome.targetUsername, user.credentialUsername());
    QCOMPARE(outcome.profileId, m_profile.id);
    QCOMPARE(outcome.osUser, Store::AuditLog::currentOsUser());
    QCOMPARE(outcome.machine, Store::AuditLog::currentMachine());
    // Before is the confirmed set the first update left, after is the set this update sent.
    QCOMPARE(outcome.cardsBefore, first->credentials);
    QCOMPARE(outcome.cardsAfter, second);
    QCOMPARE(outcome.timeUtc, m_workspace->outbox().entry(next->updateId)->updatedAt);

    // The submission and both outcomes, newest first.
    Store::AuditFilter byUser;
    byUser.userText = user.userId;
    const auto all = m_workspace->auditLog().query(byUser);
    QVERIFY(all);
    QStringList actions;
    for (const Store::AuditRecord &record : *all)
        actions.append(record.action + u'/' + record.result);
    QCOMPARE(actions, (QStringList{u"update.result/confirmed"_s, u"cards.submitted/queued"_s,
                                   u"update.result/confirmed"_s, u"cards.submitted/queued"_s}));
}

void TestAuditOutcomes::rejectedUpdateRecordsFailure_data()
{
    QTest::addColumn<bool>("partial");
    QTest::newRow("USER_NOT_FOUND") << false;
    QTest::newRow("PARTIAL_UPDATE") << true;
}

void TestAuditOutcomes::rejectedUpdateRecordsFailure()
{
    QFETCH(bool, partial);
    Core::DirectoryUser user = activeUser(1);
    QList<Core::Credential> cards{card(u"5"_s, u"556"_s)};
    if (partial) {
        // Calven rejects a card another user holds and applies the other one.
        QVERIFY(m_simulator->setCredentials(activeUser(2).email, {card(u"5"_s, u"555"_s)}));
        cards.prepend(card(u"5"_s, u"555"_s));
    } else {
        user = Core::DirectoryUser();
        user.userId = u"ghost"_s;
        user.email = u"nobody.here@example.com"_s;
    }
    QString error;
    const auto entry = m_workspace->submitCards(user, cards, &error);
    QVERIFY2(entry, qPrintable(error));
    QCOMPARE(waitForOutcome(entry->updateId), Core::UpdateState::Failed);

    const QList<Store::AuditRecord> records = outcomeRecords(entry->updateId);
    QCOMPARE(records.size(), 1);
    const Store::AuditRecord &outcome = records.constFirst();
    QCOMPARE(outcome.result, partial ? u"partial"_s : u"failed"_s);
    QVERIFY2(outcome.detail.startsWith(partial ? u"PARTIAL_UPDATE"_s : u"USER_NOT_FOUND"_s),
             qPrintable(outcome.detail));
    QCOMPARE(outcome.targetUserId, user.userId);
    QVERIFY(outcome.cardsBefore.isEmpty());
    QCOMPARE(outcome.cardsAfter, cards);
}

void TestAuditOutcomes::unreadableAnswerRecordsUnknown()
{
    m_simulator->injectFault(u"/v1/access-credentials"_s, Sim::Fault::htmlPage(200).afterHandling(), 1);
    const Core::DirectoryUser user = activeUser(3);
    QString error;
    const auto entry = m_workspace->submitCards(user, {card(u"4"_s, u"400"_s)}, &error);
    QVERIFY2(entry, qPrintable(error));
    QCOMPARE(waitForOutcome(entry->updateId), Core::UpdateState::Unknown);

    const QList<Store::AuditRecord> records = outcomeRecords(entry->updateId);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.constFirst().result, u"unknown"_s);
    QCOMPARE(records.constFirst().cardsAfter, entry->credentials);
}

void TestAuditOutcomes::exhaustedRetriesRecordNeedsAttention()
{
    m_simulator->injectFault(u"/v1/access-credentials"_s, Sim::Fault::statusCode(503), 10);
    const Core::DirectoryUser user = activeUser(4);
    QString error;
    const auto entry = m_workspace->submitCards(user, {card(u"6"_s, u"600"_s)}, &error);
    QVERIFY2(entry, qPrintable(error));
    QCOMPARE(waitForOutcome(entry->updateId), Core::UpdateState::NeedsAttention);
    QCOMPARE(m_workspace->outbox().entry(entry->updateId)->attempts, 3);

    // Retries in between are no outcome, so there is exactly one record.
    const QList<Store::AuditRecord> records = outcomeRecords(entry->updateId);
    QCOMPARE(records.size(), 1);
    const Store::AuditRecord &outcome = records.constFirst();
    QCOMPARE(outcome.result, u"needs-attention"_s);
    QVERIFY2(outcome.detail.contains(u"Gave up after attempt 3."_s), qPrintable(outcome.detail));
    QCOMPARE(outcome.profileId, m_profile.id);
    QCOMPARE(outcome.cardsAfter, entry->credentials);
}

void TestAuditOutcomes::failedAuditInsertRollsBackSubmit()
{
    RawConnection raw(m_workspace->databasePath());
    QCOMPARE(rejectAuditInserts(raw), QString());
    const Core::DirectoryUser user = activeUser(5);
    QString error;
    const auto entry = m_workspace->submitCards(user, {card(u"7"_s, u"700"_s)}, &error);
    QVERIFY(!entry);
    QVERIFY2(error.contains(u"audit insert rejected by the test"_s), qPrintable(error));

    // Neither the outbox entry nor the intended set survived the rollback.
    const auto pending = m_workspace->outbox().pending({});
    QVERIFY(pending);
    QVERIFY(pending->isEmpty());
    const auto record = m_workspace->credentialRegister().record(user.userId);
    QVERIFY(!record || record->intended.isEmpty());
    QTest::qWait(200);
    QVERIFY(m_simulator->credentialsOf(user.email).isEmpty());
}

void TestAuditOutcomes::failedAuditInsertRollsBackRetry()
{
    Core::DirectoryUser ghost;
    ghost.userId = u"ghost"_s;
    ghost.email = u"nobody.here@example.com"_s;
    QString error;
    const auto entry = m_workspace->submitCards(ghost, {card(u"8"_s, u"800"_s)}, &error);
    QVERIFY2(entry, qPrintable(error));
    QCOMPARE(waitForOutcome(entry->updateId), Core::UpdateState::Failed);

    RawConnection raw(m_workspace->databasePath());
    QCOMPARE(rejectAuditInserts(raw, u"update.retried"_s), QString());
    QCOMPARE(m_workspace->retry({entry->updateId}, &error), 0);
    QVERIFY2(error.contains(u"audit insert rejected by the test"_s), qPrintable(error));
    QCOMPARE(m_workspace->outbox().entry(entry->updateId)->state, Core::UpdateState::Failed);
    QVERIFY(m_workspace->outbox().pending({})->isEmpty());

    QCOMPARE(raw.exec(u"DROP TRIGGER test_reject_audit"_s), QString());
    QCOMPARE(m_workspace->retry({entry->updateId}, &error), 1);
    Store::AuditFilter filter;
    filter.action = u"update.retried"_s;
    const auto retried = m_workspace->auditLog().query(filter);
    QVERIFY(retried);
    QCOMPARE(retried->size(), 1);
    QVERIFY(retried->constFirst().detail.contains(entry->updateId));
}

void TestAuditOutcomes::failedAuditInsertRollsBackResolve()
{
    Core::DirectoryUser ghost;
    ghost.userId = u"ghost"_s;
    ghost.email = u"nobody.here@example.com"_s;
    QString error;
    const auto entry = m_workspace->submitCards(ghost, {card(u"8"_s, u"801"_s)}, &error);
    QVERIFY2(entry, qPrintable(error));
    QCOMPARE(waitForOutcome(entry->updateId), Core::UpdateState::Failed);

    RawConnection raw(m_workspace->databasePath());
    QCOMPARE(rejectAuditInserts(raw, u"update.resolved"_s), QString());
    QCOMPARE(m_workspace->resolve({entry->updateId}, u"Fixed in Calven by hand"_s, &error), 0);
    QVERIFY2(error.contains(u"audit insert rejected by the test"_s), qPrintable(error));
    QCOMPARE(m_workspace->outbox().entry(entry->updateId)->state, Core::UpdateState::Failed);

    QCOMPARE(raw.exec(u"DROP TRIGGER test_reject_audit"_s), QString());
    QCOMPARE(m_workspace->resolve({entry->updateId}, u"Fixed in Calven by hand"_s, &error), 1);
    QCOMPARE(m_workspace->outbox().entry(entry->updateId)->state, Core::UpdateState::Resolved);
    Store::AuditFilter filter;
    filter.action = u"update.resolved"_s;
    const auto resolved = m_workspace->auditLog().query(filter);
    QVERIFY(resolved);
    QCOMPARE(resolved->size(), 1);
    QCOMPARE(resolved->constFirst().detail, u"Fixed in Calven by hand"_s);
    QCOMPARE(resolved->constFirst().updateId, entry->updateId);
}

void TestAuditOutcomes::failedAuditInsertKeepsResultUnstored()
{
    RawConnection raw(m_workspace->databasePath());
    QCOMPARE(rejectAuditInserts(raw, u"update.result"_s), QString());
    QSignalSpy storeFailed(m_workspace.get(), &Sync::Workspace::storeFailed);
    const Core::DirectoryUser user = activeUser(6);
    QString error;
    const auto entry = m_workspace->submitCards(user, {card(u"9"_s, u"900"_s)}, &error);
    QVERIFY2(entry, qPrintable(error));
    QVERIFY(storeFailed.wait(10000));

    // The result and its audit record commit together, so neither is stored and the entry stays
    // in Sending, to go out again with the same updateId after a restart.
    QCOMPARE(m_workspace->outbox().entry(entry->updateId)->state, Core::UpdateState::Sending);
    QVERIFY(!m_workspace->credentialRegister().record(user.userId)->hasConfirmed);
    QVERIFY(outcomeRecords(entry->updateId).isEmpty());

    QCOMPARE(raw.exec(u"DROP TRIGGER test_reject_audit"_s), QString());
    m_workspace.reset();
    openWorkspace();
    m_workspace->sendPending();
    QCOMPARE(waitForOutcome(entry->updateId), Core::UpdateState::Confirmed);
    QCOMPARE(m_simulator->updateIdArrivals().value(entry->updateId), 2);
    QCOMPARE(outcomeRecords(entry->updateId).size(), 1);
}

// A directory refresh whose audit record cannot be written reports that as a store failure.
void TestAuditOutcomes::failedRefreshAuditReported()
{
    RawConnection raw(m_workspace->databasePath());
    QCOMPARE(rejectAuditInserts(raw, Store::AuditActions::DirectoryRefreshed.toString()), QString());
    QSignalSpy storeFailed(m_workspace.get(), &Sync::Workspace::storeFailed);
    QSignalSpy refreshed(m_workspace.get(), &Sync::Workspace::directoryRefreshed);

    m_workspace->refreshDirectory();
    QVERIFY(refreshed.wait(10000));
    QVERIFY(refreshed.constFirst().constFirst().value<Sync::RefreshOutcome>().ok);
    QCOMPARE(storeFailed.size(), 1);
    const QString message = storeFailed.constFirst().constFirst().toString();
    QVERIFY2(message.contains(u"audit record of the directory refresh could not be written"_s),
             qPrintable(message));
    QVERIFY2(message.contains(u"audit insert rejected by the test"_s), qPrintable(message));
    QCOMPARE(raw.value(u"SELECT count(*) FROM audit_log WHERE action = '%1'"_s.arg(
                           Store::AuditActions::DirectoryRefreshed.toString()))
                 .toInt(),
             0);
}

QTEST_MAIN(TestAuditOutcomes)
#include "tst_auditoutcomes.moc"
