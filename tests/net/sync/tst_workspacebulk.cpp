// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Workspace::submitMany() with a real SQLite file, sending over loopback HTTP to the in-process
// simulator.

#include "core/cardvalidation.h"
#include "sim/simulator.h"
#include "store/auditlog.h"
#include "store/credentialregister.h"
#include "store/outbox.h"
#include "sync/workspace.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk;

namespace {

Core::Credential card(const QString &cardNumber, bool active = true)
{
    const Core::CardFormat *format = Core::findCardFormat(u"h10301");
    return Core::makeCredential(*format, u"7"_s, cardNumber, active, {}).credential;
}

const Core::Credential *findCard(const QList<Core::Credential> &cards, const QString &cardNumber)
{
    const auto found =
        std::find_if(cards.cbegin(), cards.cend(),
                     [&cardNumber](const Core::Credential &card) { return card.cardNumber == cardNumber; });
    return found == cards.cend() ? nullptr : &*found;
}

int auditCount(Sync::Workspace &workspace)
{
    const auto records = workspace.auditLog().query();
    return records ? int(records->size()) : -1;
}

} // namespace

class TestWorkspaceBulk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void submitManyQueuesAndAudits();
    void submitManySendsAll();
    void submitManyRejectsHeldCard();
    void submitManyMovesCardToLaterUser();
    void submitManyRejectsCardTwice();
    void submitManyRejectsInvalidCard();
    void pipelineKeepsUserOrder();
    void omittedConfirmedCardSentInactive();
    void omittedUnknownCardSentInactive();
    void mayHoldSettledByConfirmation();
    void correctedNumberKeepsConfirmedCard();
    void removedCardSentInactiveOnce();

private:
    Core::DirectoryUser activeUser(int index) const;
    int queuedCount() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Sim::Simulator> m_simulator;
    std::unique_ptr<Sync::Workspace> m_workspace;
    QNetworkAccessManager m_network;
};

void TestWorkspaceBulk::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Sim::SimulatorOptions options;
    options.userCount = 200;
    options.seed = 11;
    m_simulator = std::make_unique<Sim::Simulator>(options);
    QString error;
    QVERIFY2(m_simulator->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));

    m_workspace = std::make_unique<Sync::Workspace>();
    QVERIFY2(m_workspace->open(m_dir->path(), &error), qPrintable(error));
    Net::Profile profile = Net::Profile::create(u"Simulator"_s);
    profile.baseUrl = m_simulator->baseUrl();
    profile.key.keyId = m_simulator->options().apiKeyId;
    m_workspace->setAutoSend(false);
    m_workspace->connectProfile(&m_network, profile, m_simulator->options().apiSecret);
}

void TestWorkspaceBulk::cleanup()
{
    m_workspace.reset();
    m_simulator.reset();
    m_dir.reset();
}

Core::DirectoryUser TestWorkspaceBulk::activeUser(int index) const
{
    int seen = 0;
    for (const Core::DirectoryUser &user : m_simulator->directory().users) {
        if (user.isActive() && !user.email.isEmpty() && seen++ == index)
            return user;
    }
    return {};
}

int TestWorkspaceBulk::queuedCount() const
{
    const auto counts = m_workspace->outbox().counts();
    return counts ? counts->queued : -1;
}

void TestWorkspaceBulk::submitManyQueuesAndAudits()
{
    const Core::DirectoryUser first = activeUser(0);
    QString error;
    const auto queuedBefore = m_workspace->submitCards(first, {card(u"100"_s)}, &error);
    QVERIFY2(queuedBefore, qPrintable(error));
    const int auditBefore = auditCount(*m_workspace);

    QList<Sync::CardSubmission> submissions{
        {first, {card(u"100"_s, false), card(u"101"_s)}, u"Lost card replaced"_s},
        {activeUser(1), {card(u"102"_s)}, {}},
        {activeUser(2), {card(u"103"_s)}, u"New starter"_s},
    };
    QSignalSpy changed(m_workspace.get(), &Sync::Workspace::outboxChanged);
    const auto entries = m_workspace->submitMany(submissions, &error);
    QVERIFY2(entries, qPrintable(error));
    QCOMPARE(entries->size(), 3);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(queuedCount(), 3);

    const auto records = m_workspace->auditLog().query();
    QVERIFY(records);
    // One record per submitted set, and one for the first user's queued set that the new one replaced.
    QCOMPARE(int(records->size()), auditBefore + 4);
    const auto superseded =
        std::find_if(records->cbegin(), records->cend(), [&](const Store::AuditRecord &record) {
            return record.action == u"update.superseded"_s;
        });
    QVERIFY(superseded != records->cend());
    QCOMPARE(superseded->updateId, queuedBefore->updateId);
    QCOMPARE(superseded->result, u"superseded"_s);
    QCOMPARE(superseded->targetUserId, first.userId);
    QVERIFY2(superseded->detail.contains(entries->at(0).updateId), qPrintable(superseded->detail));
    QCOMPARE(superseded->cardsBefore, QList<Core::Credential>{card(u"100"_s)});
    QCOMPARE(superseded->cardsAfter, submissions.at(0).cards);
    for (qsizetype i = 0; i < submissions.size(); ++i) {
        const auto found =
            std::find_if(records->cbegin(), records->cend(), [&](const Store::AuditRecord &record) {
                return record.updateId == entries->at(i).updateId;
            });
        QVERIFY2(found != records->cend(), qPrintable(entries->at(i).updateId));
        QCOMPARE(found->action, u"cards.submitted"_s);
        QCOMPARE(found->result, u"queued"_s);
        QCOMPARE(found->targetUserId, submissions.at(i).user.userId);
        QCOMPARE(found->detail, submissions.at(i).reason);
        QCOMPARE(found->cardsAfter, submissions.at(i).cards);
    }
    // The first user's record has the set queued before the call as its "before".
    const auto firstRecord =
        std::find_if(records->cbegin(), records->cend(), [&](const Store::AuditRecord &record) {
            return record.updateId == entries->at(0).updateId;
        });
    QCOMPARE(firstRecord->cardsBefore, QList<Core::Credential>{card(u"100"_s)});
}

void TestWorkspaceBulk::submitManySendsAll()
{
    QList<Sync::CardSubmission> submissions;
    for (int i = 0; i < 120; ++i)
        submissions.append({activeUser(i), {card(QString::number(2000 + i))}, {}});
    QString error;
    const auto entries = m_workspace->submitMany(submissions, &error);
    QVERIFY2(entries, qPrintable(error));

    m_workspace->sendPending();
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->outbox().counts()->pending() == 0, 15000);
    for (const Core::OutboxEntry &entry : std::as_const(*entries)) {
        const auto stored = m_workspace->outbox().entry(entry.updateId);
        QVERIFY(stored);
        QCOMPARE(stored->state, Core::UpdateState::Confirmed);
    }
    QCOMPARE(m_simulator->requestCount(u"/v1/access-credentials"_s), 2);
    const QList<Core::Credential> atServer = m_simulator->credentialsOf(submissions.at(119).user.email);
    QCOMPARE(atServer.size(), 1);
    QCOMPARE(atServer.at(0).cardNumber, submissions.at(119).cards.at(0).cardNumber);
    QCOMPARE(atServer.at(0).facilityCode, submissions.at(119).cards.at(0).facilityCode);
    QVERIFY(atServer.at(0).active);
}

void TestWorkspaceBulk::submitManyRejectsHeldCard()
{
    const Core::DirectoryUser holder = activeUser(0);
    QString error;
    QVERIFY2(m_workspace->submitCards(holder, {card(u"300"_s)}, &error), qPrintable(error));
    const int auditBefore = auditCount(*m_workspace);

    const Core::DirectoryUser taker = activeUser(2);
    const auto entries = m_workspace->submitMany(
        {{activeUser(1), {card(u"301"_s)}, {}}, {taker, {card(u"300"_s)}, {}}}, &error);
    QVERIFY(!entries);
    QVERIFY2(error.contains(taker.credentialUsername()), qPrintable(error));
    QVERIFY2(error.contains(holder.email), qPrintable(error));
    QVERIFY2(error.contains(u"None of the 2 card sets"_s), qPrintable(error));
    QCOMPARE(queuedCount(), 1);
    QCOMPARE(auditCount(*m_workspace), auditBefore);
    QVERIFY(!m_workspace->credentialRegister().record(activeUser(1).userId));
}

void TestWorkspaceBulk::submitManyMovesCardToLaterUser()
{
    const Core::DirectoryUser from = activeUser(0);
    const Core::DirectoryUser to = activeUser(1);
    QString error;
    QVERIFY2(m_workspace->submitCards(from, {card(u"400"_s)}, &error), qPrintable(error));

    // The card is still held by the first user when the other user comes first in the list.
    QVERIFY(!m_workspace->submitMany({{to, {card(u"400"_s)}, {}}, {from, {card(u"401"_s)}, {}}}, &error));
    QVERIFY2(error.contains(from.email), qPrintable(error));

    // Given up first, it may go to a later user in the same call.
    const auto entries =
        m_workspace->submitMany({{from, {card(u"401"_s)}, {}}, {to, {card(u"400"_s)}, {}}}, &error);
    QVERIFY2(entries, qPrintable(error));
    const auto holders =
        m_workspace->credentialRegister().holdersOf(card(u"400"_s).cardNumber, card(u"400"_s).facilityCode);
    QVERIFY(holders);
    QCOMPARE(holders->size(), 1);
    QCOMPARE(holders->at(0).userId, to.userId);
}

void TestWorkspaceBulk::submitManyRejectsCardTwice()
{
    QString error;
    const Core::DirectoryUser second = activeUser(1);
    const auto entries = m_workspace->submitMany(
        {{activeUser(0), {card(u"500"_s)}, {}}, {second, {card(u"500"_s)}, {}}}, &error);
    QVERIFY(!entries);
    QVERIFY2(error.contains(second.credentialUsername()), qPrintable(error));
    QCOMPARE(queuedCount(), 0);
    QCOMPARE(auditCount(*m_workspace), 0);
}

void TestWorkspaceBulk::submitManyRejectsInvalidCard()
{
    Core::Credential broken = card(u"600"_s);
    broken.credentialType.clear();
    QString error;
    const Core::DirectoryUser user = activeUser(1);
    const auto entries =
        m_workspace->submitMany({{activeUser(0), {card(u"601"_s)}, {}}, {user, {broken}, {}}}, &error);
    QVERIFY(!entries);
    QVERIFY2(error.contains(user.credentialUsername()), qPrintable(error));
    QCOMPARE(queuedCount(), 0);
}

// The sender takes the next batch before it records a response. An edit queued while the
// user's first update is in flight must still wait for that update's result and reach the
// server after it.
void TestWorkspaceBulk::pipelineKeepsUserOrder()
{
    Net::Profile profile = Net::Profile::create(u"Simulator"_s);
    profile.baseUrl = m_simulator->baseUrl();
    profile.key.keyId = m_simulator->options().apiKeyId;
    Sync::SenderOptions options;
    options.batchSize = 2;
    options.maxInFlight = 1;
    m_workspace->connectProfile(&m_network, profile, m_simulator->options().apiSecret, options);

    QList<Sync::CardSubmission> submissions;
    for (int i = 0; i < 4; ++i)
        submissions.append({activeUser(i), {card(QString::number(700 + i))}, {}});
    QString error;
    const auto first = m_workspace->submitMany(submissions, &error);
    QVERIFY2(first, qPrintable(error));

    m_simulator->injectFault(u"/v1/access-credentials"_s, Sim::Fault::delay(200));
    m_workspace->sendPending();
    QTRY_COMPARE(m_workspace->outbox().entry(first->at(0).updateId)->state, Core::UpdateState::Sending);

    // Queued while the first batch is in flight: it waits behind the user's Sending update.
    const auto edit = m_workspace->submitCards(submissions.at(0).user, {card(u"799"_s)}, &error);
    QVERIFY2(edit, qPrintable(error));

    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->outbox().counts()->pending() == 0, 15000);
    for (const Core::OutboxEntry &entry : std::as_const(*first))
        QCOMPARE(m_workspace->outbox().entry(entry.updateId)->state, Core::UpdateState::Confirmed);
    QCOMPARE(m_workspace->outbox().entry(edit->updateId)->state, Core::UpdateState::Confirmed);
    // Batches: users 0 and 1, then users 2 and 3, then the edit.
    QCOMPARE(m_simulator->requestCount(u"/v1/access-credentials"_s), 3);
    // The edit left card 700 out after it had been sent, so it went out inactive with 799.
    const QList<Core::Credential> atServer = m_simulator->credentialsOf(submissions.at(0).user.email);
    QCOMPARE(atServer.size(), 2);
    QCOMPARE(atServer.at(0).cardNumber, card(u"799"_s).cardNumber);
    QVERIFY(atServer.at(0).active);
    QCOMPARE(atServer.at(1).cardNumber, card(u"700"_s).cardNumber);
    QVERIFY(!atServer.at(1).active);
}

// A set that leaves out a card Calven confirmed still sends that card, as inactive, through
// submitCards() and submitMany() alike.
void TestWorkspaceBulk::omittedConfirmedCardSentInactive()
{
    const Core::DirectoryUser user = activeUser(5);
    const Core::DirectoryUser other = activeUser(6);
    QString error;
    QVERIFY2(m_workspace->submitCards(user, {card(u"810"_s)}, &error), qPrintable(error));
    QVERIFY2(m_workspace->submitCards(other, {card(u"820"_s)}, &error), qPrintable(error));
    m_workspace->sendPending();
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->outbox().counts()->pending() == 0, 15000);
    QCOMPARE(m_workspace->credentialRegister().record(user.userId)->confirmed.size(), 1);

    const auto entry = m_workspace->submitCards(user, {card(u"811"_s)}, &error);
    QVERIFY2(entry, qPrintable(error));
    QCOMPARE(entry->credentials.size(), 2);
    QVERIFY(findCard(entry->credentials, u"811"_s) && findCard(entry->credentials, u"811"_s)->active);
    QVERIFY(findCard(entry->credentials, u"810"_s));
    QVERIFY(!findCard(entry->credentials, u"810"_s)->active);
    QCOMPARE(m_workspace->credentialRegister().record(user.userId)->intended, entry->credentials);

    const auto many = m_workspace->submitMany({{other, {}, u"Leaver"_s}}, &error);
    QVERIFY2(many, qPrintable(error));
    QCOMPARE(many->at(0).credentials.size(), 1);
    QCOMPARE(many->at(0).credentials.at(0).cardNumber, card(u"820"_s).cardNumber);
    QVERIFY(!many->at(0).credentials.at(0).active);

    m_workspace->sendPending();
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->outbox().counts()->pending() == 0, 15000);
    const QList<Core::Credential> atServer = m_simulator->credentialsOf(user.email);
    QVERIFY(findCard(atServer, u"810"_s));
    QVERIFY(!findCard(atServer, u"810"_s)->active);
    QVERIFY(findCard(m_simulator->credentialsOf(other.email), u"820"_s));
    QVERIFY(!findCard(m_simulator->credentialsOf(other.email), u"820"_s)->active);
}

// An update whose outcome is unknown may have been applied, so its cards count as held.
void TestWorkspaceBulk::omittedUnknownCardSentInactive()
{
    const Core::DirectoryUser user = activeUser(7);
    QString error;
    const auto first = m_workspace->submitCards(user, {card(u"830"_s)}, &error);
    QVERIFY2(first, qPrintable(error));
    m_simulator->injectFault(u"/v1/access-credentials"_s, Sim::Fault::malformedJson().afterHandling());
    m_workspace->sendPending();
    QTRY_COMPARE_WITH_TIMEOUT(m_workspace->outbox().entry(first->updateId)->state, Core::UpdateState::Unknown,
                              15000);
    QVERIFY(m_workspace->credentialRegister().record(user.userId)->confirmed.isEmpty());

    const auto mayHold = m_workspace->cardsCalvenMayHold(user.userId, &error);
    QVERIFY2(mayHold, qPrintable(error));
    QCOMPARE(mayHold->size(), 1);
    QVERIFY(mayHold->at(0).active);

    const auto second = m_workspace->submitCards(user, {}, &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(second->credentials.size(), 1);
    QCOMPARE(second->credentials.at(0).cardNumber, card(u"830"_s).cardNumber);
    QVERIFY(!second->credentials.at(0).active);
}

// A card deactivated and confirmed is inactive at Calven, whatever its older versions were, while an
// unsent deactivation leaves the confirmed active version in force.
void TestWorkspaceBulk::mayHoldSettledByConfirmation()
{
    const Core::DirectoryUser user = activeUser(8);
    QString error;
    QVERIFY2(m_workspace->submitCards(user, {card(u"840"_s)}, &error), qPrintable(error));
    m_workspace->sendPending();
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->outbox().counts()->pending() == 0, 15000);

    QVERIFY2(m_workspace->submitCards(user, {card(u"840"_s, false)}, &error), qPrintable(error));
    auto mayHold = m_workspace->cardsCalvenMayHold(user.userId, &error);
    QVERIFY2(mayHold, qPrintable(error));
    QCOMPARE(mayHold->size(), 1);
    QVERIFY2(mayHold->at(0).active, "the deactivation is only queued");

    m_workspace->sendPending();
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->outbox().counts()->pending() == 0, 15000);
    mayHold = m_workspace->cardsCalvenMayHold(user.userId, &error);
    QVERIFY2(mayHold, qPrintable(error));
    QVERIFY2(mayHold->isEmpty(), "the deactivation is confirmed");
}

// A confirmed card re-entered without its leading zero is the same card for the duplicate check,
// so it is not added back as a second, inactive card that makes the set invalid.
void TestWorkspaceBulk::correctedNumberKeepsConfirmedCard()
{
    const Core::DirectoryUser user = activeUser(9);
    Core::Credential padded = card(u"4711"_s);
    padded.cardNumber = u"04711"_s;
    QString error;
    QVERIFY2(m_workspace->submitCards(user, {padded}, &error), qPrintable(error));
    m_workspace->sendPending();
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->outbox().counts()->pending() == 0, 15000);
    QCOMPARE(m_workspace->credentialRegister().record(user.userId)->confirmed,
             QList<Core::Credential>{padded});

    const auto corrected = m_workspace->submitCards(user, {card(u"4711"_s)}, &error);
    QVERIFY2(corrected, qPrintable(error));
    QCOMPARE(corrected->credentials, QList<Core::Credential>{card(u"4711"_s)});
    m_workspace->sendPending();
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->outbox().counts()->pending() == 0, 15000);
    QCOMPARE(m_workspace->outbox().entry(corrected->updateId)->state, Core::UpdateState::Confirmed);
    QCOMPARE(m_workspace->credentialRegister().record(user.userId)->confirmed,
             QList<Core::Credential>{card(u"4711"_s)});

    const auto later = m_workspace->submitCards(user, {card(u"4711"_s), card(u"4712"_s)}, &error);
    QVERIFY2(later, qPrintable(error));
    QCOMPARE(later->credentials.size(), 2);
}

// A removed card is sent as inactive once. After Calven confirms that, it is left out of later
// sets, so a later holder's card is not carried in every update of the first user.
void TestWorkspaceBulk::removedCardSentInactiveOnce()
{
    const Core::DirectoryUser user = activeUser(10);
    const Core::DirectoryUser other = activeUser(11);
    QString error;
    QVERIFY2(m_workspace->submitCards(user, {card(u"850"_s)}, &error), qPrintable(error));
    m_workspace->sendPending();
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->outbox().counts()->pending() == 0, 15000);

    const auto removal = m_workspace->submitCards(user, {}, &error);
    QVERIFY2(removal, qPrintable(error));
    QCOMPARE(removal->credentials, QList<Core::Credential>{card(u"850"_s, false)});
    m_workspace->sendPending();
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->outbox().counts()->pending() == 0, 15000);
    QCOMPARE(m_workspace->outbox().entry(removal->updateId)->state, Core::UpdateState::Confirmed);

    QVERIFY2(m_workspace->submitCards(other, {card(u"850"_s)}, &error), qPrintable(error));
    const auto next = m_workspace->submitCards(user, {card(u"851"_s)}, &error);
    QVERIFY2(next, qPrintable(error));
    QCOMPARE(next->credentials, QList<Core::Credential>{card(u"851"_s)});
    m_workspace->sendPending();
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->outbox().counts()->pending() == 0, 15000);
    QCOMPARE(m_workspace->outbox().entry(next->updateId)->state, Core::UpdateState::Confirmed);
}

QTEST_GUILESS_MAIN(TestWorkspaceBulk)
#include "tst_workspacebulk.moc"
