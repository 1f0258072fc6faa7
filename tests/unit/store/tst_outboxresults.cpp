// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Outbox::recordResults() on batches that mix outcomes, repeat updates or users, lack register
// rows, hold 260 results or report a partial update, on a real SQLite file. Each test checks the outbox
// entries, the register, its card index and the history rows with their order.

#include "store/auditlog.h"
#include "store/credentialregister.h"
#include "store/database.h"
#include "store/outbox.h"
#include "storetestsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk;
using namespace CardDesk::Store;
using CardDesk::Core::ResultCode;
using CardDesk::Core::UpdateState;
using CardDesk::Store::TestSupport::card;

using Cards = QList<Core::Credential>;

namespace {

const QString Profile = u"profile-eu"_s;

Core::UpdateResult result(const QString &updateId, ResultCode code, const QString &rawResult,
                          const QString &message = {})
{
    Core::UpdateResult outcome{updateId, rawResult, code, message, {}};
    if (code == ResultCode::PartialUpdate || code == ResultCode::CardUpdateFailed)
        outcome.cards.append(
            Core::CardResult{u"1"_s, {}, u"CARD_IN_USE"_s, ResultCode::CardUpdateFailed, message});
    return outcome;
}

Core::CardResult cardResult(const Core::Credential &card, ResultCode code, const QString &rawResult)
{
    return Core::CardResult{card.cardNumber, card.facilityCode, rawResult, code, {}};
}

} // namespace

class TestOutboxResults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void mixedBatchStoresEachOutcome();
    void repeatedUpdateLastResultWins();
    void sameUserTwiceChainsHistory();
    void confirmationWithoutRegisterRow();
    void largeBatchStoresEveryResult();
    void partialUpdateConfirmsAcceptedCards();
    void partialUpdateWithoutAcceptedCards();
    void partialUpdateMatchesFacilityCode();
    void invalidConfirmedSetKeepsResponse();

private:
    QString databasePath() const { return m_dir->filePath(u"carddesk.sqlite"_s); }
    Core::OutboxEntry queue(const QString &user, const Cards &cards);
    Core::OutboxEntry stored(const QString &updateId) const;
    void takeAll(qsizetype expected);
    bool record(const QList<Core::UpdateResult> &results);
    void confirm(const Core::OutboxEntry &entry);
    QString confirmedHistoryOrder();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<CredentialRegister> m_register;
};

void TestOutboxResults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>();
    QVERIFY2(m_database->open(databasePath()), qPrintable(m_database->errorString()));
    m_outbox = std::make_unique<Outbox>(*m_database);
    m_register = std::make_unique<CredentialRegister>(*m_database);
}

void TestOutboxResults::cleanup()
{
    m_register.reset();
    m_outbox.reset();
    m_database.reset();
    m_dir.reset();
}

Core::OutboxEntry TestOutboxResults::queue(const QString &user, const Cards &cards)
{
    const auto entry = m_outbox->enqueue(Profile, user, user + u"@example.com"_s, cards);
    if (!entry)
        qWarning("enqueue failed: %s", qPrintable(m_outbox->errorString()));
    return entry.value_or(Core::OutboxEntry());
}

Core::OutboxEntry TestOutboxResults::stored(const QString &updateId) const
{
    return m_outbox->entry(updateId).value_or(Core::OutboxEntry());
}

void TestOutboxResults::takeAll(qsizetype expected)
{
    const auto batch = m_outbox->takeDueBatch(Profile, 1000, QDateTime::currentDateTimeUtc());
    QVERIFY2(batch, qPrintable(m_outbox->errorString()));
    QCOMPARE(batch->size(), expected);
}

bool TestOutboxResults::record(const QList<Core::UpdateResult> &results)
{
    const bool ok = m_outbox->recordResults(results, "{\"request\":1}", "[\"response\"]", 200);
    if (!ok)
        qWarning("recordResults failed: %s", qPrintable(m_outbox->errorString()));
    return ok;
}

// Takes and confirms one entry on its own.
void TestOutboxResults::confirm(const Core::OutboxEntry &entry)
{
    takeAll(1);
    QVERIFY(record({result(entry.updateId, ResultCode::Ok, u"OK"_s)}));
    QCOMPARE(stored(entry.updateId).state, UpdateState::Confirmed);
}

// Returns the update ids of every confirm row of the history, oldest first.
QString TestOutboxResults::confirmedHistoryOrder()
{
    TestSupport::RawConnection raw(databasePath());
    return raw
        .value(u"SELECT group_concat(update_id, ' ') FROM (SELECT update_id FROM credential_history"
               " WHERE action = 'confirm' ORDER BY id)"_s)
        .toString();
}

void TestOutboxResults::mixedBatchStoresEachOutcome()
{
    const Cards oldSet{card(u"400"_s)};
    confirm(queue(u"u-dan"_s, oldSet));

    const Cards anaCards{card(u"100"_s), card(u"101"_s, {}, false)};
    const Core::OutboxEntry ana = queue(u"u-ana"_s, anaCards);
    const Core::OutboxEntry ben = queue(u"u-ben"_s, {card(u"200"_s)});
    const Core::OutboxEntry cho = queue(u"u-cho"_s, {card(u"300"_s)});
    const Cards danCards{card(u"401"_s)};
    const Core::OutboxEntry dan = queue(u"u-dan"_s, danCards);
    takeAll(4);

    const QList<Core::UpdateResult> results{
        result(ana.updateId, ResultCode::Ok, u"OK"_s),
        result(u"not-ours"_s, ResultCode::Ok, u"OK"_s),
        result(ben.updateId, ResultCode::CardUpdateFailed, u"CARD_UPDATE_FAILED"_s, u"Card in use"_s),
        result(cho.updateId, ResultCode::Unknown, {}),
        result(dan.updateId, ResultCode::Ok, u"OK"_s),
    };
    QVERIFY(record(results));

    const Core::OutboxEntry storedAna = stored(ana.updateId);
    QCOMPARE(storedAna.state, UpdateState::Confirmed);
    QCOMPARE(storedAna.result.code, ResultCode::Ok);
    QCOMPARE(storedAna.result.rawResult, u"OK"_s);
    QCOMPARE(storedAna.lastError, QString());
    QCOMPARE(storedAna.requestJson, QByteArray("{\"request\":1}"));
    QCOMPARE(storedAna.responseJson, QByteArray("[\"response\"]"));
    QCOMPARE(storedAna.httpStatus, 200);
    QVERIFY(!storedAna.nextAttemptAt.isValid());

    const Core::OutboxEntry storedBen = stored(ben.updateId);
    QCOMPARE(storedBen.state, UpdateState::Failed);
    QCOMPARE(storedBen.result.code, ResultCode::CardUpdateFailed);
    QCOMPARE(storedBen.result.message, u"Card in use"_s);
    QCOMPARE(storedBen.lastError, u"Card in use"_s);
    QCOMPARE(storedBen.result.cards, results.at(2).cards);
    QCOMPARE(storedBen.responseJson, QByteArray("[\"response\"]"));

    const Core::OutboxEntry storedCho = stored(cho.updateId);
    QCOMPARE(storedCho.state, UpdateState::Unknown);
    QCOMPARE(storedCho.result.code, ResultCode::Unknown);
    QCOMPARE(storedCho.result.rawResult, QString());
    QVERIFY(!m_outbox->entry(u"not-ours"_s));

    const auto anaRecord = m_register->record(u"u-ana"_s);
    QVERIFY(anaRecord);
    QVERIFY(anaRecord->hasConfirmed);
    QCOMPARE(anaRecord->confirmed, anaCards);
    QCOMPARE(anaRecord->confirmedUpdateId, ana.updateId);
    QCOMPARE(anaRecord->username, u"u-ana@example.com"_s);
    const auto benRecord = m_register->record(u"u-ben"_s);
    QVERIFY(benRecord);
    QVERIFY(!benRecord->hasConfirmed);

    const auto danHistory = m_register->history(u"u-dan"_s);
    QVERIFY(danHistory);
    QVERIFY(!danHistory->isEmpty());
    const RegisterHistoryEntry &danLatest = danHistory->constFirst();
    QCOMPARE(danLatest.action, RegisterAction::Confirm);
    QCOMPARE(danLatest.before, oldSet);
    QCOMPARE(danLatest.after, danCards);
    QCOMPARE(danLatest.updateId, dan.updateId);
    QCOMPARE(m_register->record(u"u-dan"_s)->confirmed, danCards);

    const auto anaHistory = m_register->history(u"u-ana"_s);
    QVERIFY(anaHistory);
    QCOMPARE(anaHistory->constFirst().action, RegisterAction::Confirm);
    QCOMPARE(anaHistory->constFirst().before, Cards());
    QCOMPARE(anaHistory->constFirst().after, anaCards);
    QCOMPARE(m_register->history(u"u-ben"_s)->constFirst().action, RegisterAction::Edit);

    // The history rows follow the order of the results.
    const QString firstDan = m_register->history(u"u-dan"_s)->constLast().updateId;
    QCOMPARE(confirmedHistoryOrder(), QStringList({firstDan, ana.updateId, dan.updateId}).join(u' '));
}

void TestOutboxResults::repeatedUpdateLastResultWins()
{
    const Cards cards{card(u"500"_s)};
    const Core::OutboxEntry eva = queue(u"u-eva"_s, cards);
    takeAll(1);

    // Unknown may be overwritten by a later result in the same response, Confirmed may not.
    QVERIFY(record({
        result(eva.updateId, ResultCode::Unknown, {}),
        result(eva.updateId, ResultCode::Ok, u"OK"_s),
        result(eva.updateId, ResultCode::CardUpdateFailed, u"CARD_UPDATE_FAILED"_s, u"late"_s),
    }));
    const Core::OutboxEntry entry = stored(eva.updateId);
    QCOMPARE(entry.state, UpdateState::Confirmed);
    QCOMPARE(entry.result.code, ResultCode::Ok);
    QCOMPARE(entry.lastError, QString());
    QCOMPARE(m_register->record(u"u-eva"_s)->confirmed, cards);
    QCOMPARE(confirmedHistoryOrder(), eva.updateId);
}

void TestOutboxResults::sameUserTwiceChainsHistory()
{
    const Cards firstCards{card(u"600"_s)};
    const Cards secondCards{card(u"601"_s)};
    const Core::OutboxEntry first = queue(u"u-fay"_s, firstCards);
    takeAll(1);
    // A new edit waits behind the entry in Sending, so the user has one entry in each state.
    const Core::OutboxEntry second = queue(u"u-fay"_s, secondCards);
    QCOMPARE(stored(second.updateId).state, UpdateState::Queued);

    QVERIFY(record({
        result(first.updateId, ResultCode::Ok, u"OK"_s),
        result(second.updateId, ResultCode::Ok, u"OK"_s),
    }));
    QCOMPARE(stored(first.updateId).state, UpdateState::Confirmed);
    QCOMPARE(stored(second.updateId).state, UpdateState::Confirmed);
    const auto record = m_register->record(u"u-fay"_s);
    QVERIFY(record);
    QCOMPARE(record->confirmed, secondCards);
    QCOMPARE(record->confirmedUpdateId, second.updateId);

    const auto history = m_register->history(u"u-fay"_s);
    QVERIFY(history);
    QVERIFY(history->size() >= 2);
    QCOMPARE(history->at(0).before, firstCards);
    QCOMPARE(history->at(0).after, secondCards);
    QCOMPARE(history->at(1).before, Cards());
    QCOMPARE(history->at(1).after, firstCards);
    QCOMPARE(confirmedHistoryOrder(), first.updateId + u' ' + second.updateId);
}

void TestOutboxResults::confirmationWithoutRegisterRow()
{
    const Cards cards{card(u"700"_s, u"12"_s)};
    const Core::OutboxEntry gus = queue(u"u-gus"_s, cards);
    const Core::OutboxEntry hal = queue(u"u-hal"_s, {card(u"701"_s)});
    takeAll(2);
    {
        TestSupport::RawConnection raw(databasePath());
        QCOMPARE(raw.exec(u"DELETE FROM credential_register_card WHERE user_id = 'u-gus'"_s), QString());
        QCOMPARE(raw.exec(u"DELETE FROM credential_register WHERE user_id = 'u-gus'"_s), QString());
    }
    QVERIFY(!m_register->record(u"u-gus"_s));

    QVERIFY(record(
        {result(gus.updateId, ResultCode::Ok, u"OK"_s), result(hal.updateId, ResultCode::Ok, u"OK"_s)}));
    // The confirmed set also becomes the intended one, with its card in the index.
    const auto record = m_register->record(u"u-gus"_s);
    QVERIFY(record);
    QCOMPARE(record->intended, cards);
    QCOMPARE(record->confirmed, cards);
    QCOMPARE(record->confirmedUpdateId, gus.updateId);
    const auto holders = m_register->holdersOf(u"700"_s, u"12"_s);
    QVERIFY(holders);
    QCOMPARE(holders->size(), 1);
    QCOMPARE(holders->constFirst().userId, u"u-gus"_s);
    QCOMPARE(m_register->record(u"u-hal"_s)->confirmedUpdateId, hal.updateId);
    QCOMPARE(confirmedHistoryOrder(), gus.updateId + u' ' + hal.updateId);
}

void TestOutboxResults::largeBatchStoresEveryResult()
{
    constexpr int Count = 260;
    QList<Core::OutboxEntry> entries;
    for (int i = 0; i < Count; ++i)
        entries.append(queue(u"u-%1"_s.arg(i, 3, 10, QChar(u'0')), {card(QString::number(1000 + i))}));
    takeAll(Count);

    QList<Core::UpdateResult> results;
    QStringList expectedOrder;
    for (int i = 0; i < Count; ++i) {
        if (i % 5 == 4) {
            results.append(result(entries.at(i).updateId, ResultCode::UserNotFound, u"USER_NOT_FOUND"_s,
                                  u"No such user"_s));
        } else {
            results.append(result(entries.at(i).updateId, ResultCode::Ok, u"OK"_s));
            expectedOrder.append(entries.at(i).updateId);
        }
    }
    QVERIFY(record(results));

    for (int i = 0; i < Count; ++i) {
        const Core::OutboxEntry entry = stored(entries.at(i).updateId);
        const bool ok = i % 5 != 4;
        QCOMPARE(entry.state, ok ? UpdateState::Confirmed : UpdateState::Failed);
        QCOMPARE(entry.lastError, ok ? QString() : u"No such user"_s);
        const auto record = m_register->record(entries.at(i).userId);
        QVERIFY(record);
        QCOMPARE(record->hasConfirmed, ok);
        QCOMPARE(record->confirmed, ok ? entries.at(i).credentials : Cards());
    }
    QCOMPARE(confirmedHistoryOrder(), expectedOrder.join(u' '));

    // One outcome record per result, written in several INSERT statements, in result order.
    Store::AuditLog log(*m_database);
    Store::AuditFilter filter;
    filter.action = u"update.result"_s;
    const auto outcomes = log.query(filter);
    QVERIFY2(outcomes, qPrintable(log.errorString()));
    QCOMPARE(outcomes->size(), Count);
    for (int i = 0; i < Count; ++i) {
        const Store::AuditRecord &outcome = outcomes->at(Count - 1 - i);
        QCOMPARE(outcome.updateId, entries.at(i).updateId);
        QCOMPARE(outcome.targetUserId, entries.at(i).userId);
        QCOMPARE(outcome.result, i % 5 == 4 ? u"failed"_s : u"confirmed"_s);
        QCOMPARE(outcome.cardsAfter, entries.at(i).credentials);
        QVERIFY(outcome.cardsBefore.isEmpty());
    }
}

void TestOutboxResults::partialUpdateConfirmsAcceptedCards()
{
    const Core::OutboxEntry first = queue(u"u-ivy"_s, {card(u"800"_s), card(u"801"_s)});
    confirm(first);

    const Core::Credential removed = card(u"800"_s, {}, false);
    const Core::Credential kept = card(u"801"_s);
    const Core::Credential added = card(u"802"_s);
    const Core::Credential refused = card(u"803"_s);
    const Cards sent{removed, kept, added, refused};
    const Core::OutboxEntry partial = queue(u"u-ivy"_s, sent);
    takeAll(1);
    Core::UpdateResult outcome{partial.updateId, u"PARTIAL_UPDATE"_s, ResultCode::PartialUpdate, {}, {}};
    // 801 has no card result, so it counts as not accepted.
    outcome.cards = {cardResult(removed, ResultCode::Ok, u"OK"_s), cardResult(added, ResultCode::Ok, u"OK"_s),
                     cardResult(refused, ResultCode::CardUpdateFailed, u"CARD_UPDATE_FAILED"_s)};
    QVERIFY(record({outcome}));

    QCOMPARE(stored(partial.updateId).state, UpdateState::Failed);
    const auto record = m_register->record(u"u-ivy"_s);
    QVERIFY(record);
    // The accepted removal and addition are confirmed, 801 keeps its earlier confirmed state and
    // the refused 803 stays unconfirmed.
    QCOMPARE(record->confirmed, (Cards{removed, kept, added}));
    QCOMPARE(record->confirmedUpdateId, partial.updateId);
    QCOMPARE(record->intended, sent);

    const auto history = m_register->history(u"u-ivy"_s);
    QVERIFY(history);
    QCOMPARE(history->constFirst().action, RegisterAction::Confirm);
    QCOMPARE(history->constFirst().before, (Cards{card(u"800"_s), kept}));
    QCOMPARE(history->constFirst().after, (Cards{removed, kept, added}));
    QCOMPARE(confirmedHistoryOrder(), first.updateId + u' ' + partial.updateId);
}

void TestOutboxResults::partialUpdateWithoutAcceptedCards()
{
    const Core::OutboxEntry first = queue(u"u-jon"_s, {card(u"810"_s)});
    confirm(first);
    const Core::Credential refused = card(u"811"_s);
    const Core::OutboxEntry partial = queue(u"u-jon"_s, {card(u"810"_s), refused});
    takeAll(1);
    Core::UpdateResult outcome{partial.updateId, u"PARTIAL_UPDATE"_s, ResultCode::PartialUpdate, {}, {}};
    outcome.cards = {cardResult(refused, ResultCode::CardUpdateFailed, u"CARD_UPDATE_FAILED"_s)};
    QVERIFY(record({outcome}));

    // 810 was confirmed already and came back without a card result, so nothing changes.
    const auto record = m_register->record(u"u-jon"_s);
    QVERIFY(record);
    QCOMPARE(record->confirmed, Cards{card(u"810"_s)});
    QCOMPARE(record->confirmedUpdateId, first.updateId);
    QCOMPARE(confirmedHistoryOrder(), first.updateId);
}

void TestOutboxResults::partialUpdateMatchesFacilityCode()
{
    const Core::Credential sentCard = card(u"820"_s, u"5"_s);
    const Core::OutboxEntry partial = queue(u"u-kim"_s, {sentCard});
    takeAll(1);
    Core::UpdateResult outcome{partial.updateId, u"PARTIAL_UPDATE"_s, ResultCode::PartialUpdate, {}, {}};
    // The same card number under another facility code is another card.
    outcome.cards = {Core::CardResult{u"820"_s, u"6"_s, u"OK"_s, ResultCode::Ok, {}}};
    QVERIFY(record({outcome}));

    const auto record = m_register->record(u"u-kim"_s);
    QVERIFY(record);
    QVERIFY(!record->hasConfirmed);
    QCOMPARE(record->confirmed, Cards());
}

// A user whose stored confirmed set is not valid JSON still gets an audit record with that text,
// and the other results of the same response are stored with it.
void TestOutboxResults::invalidConfirmedSetKeepsResponse()
{
    confirm(queue(u"u-fay"_s, {card(u"600"_s)}));
    confirm(queue(u"u-hal"_s, {card(u"800"_s)}));
    confirm(queue(u"u-ivy"_s, {card(u"900"_s)}));
    const Core::OutboxEntry fay = queue(u"u-fay"_s, {card(u"601"_s)});
    const Core::OutboxEntry hal = queue(u"u-hal"_s, {card(u"801"_s)});
    const Core::OutboxEntry ivy = queue(u"u-ivy"_s, {card(u"901"_s)});
    const Cards gusCards{card(u"700"_s)};
    const Core::OutboxEntry gus = queue(u"u-gus"_s, gusCards);
    takeAll(4);
    TestSupport::RawConnection raw(databasePath());
    QCOMPARE(raw.exec(u"UPDATE credential_register SET confirmed_json = '{not json'"
                      " WHERE user_id IN ('u-fay', 'u-hal', 'u-ivy')"_s),
             QString());

    Core::UpdateResult ivyResult{ivy.updateId, u"PARTIAL_UPDATE"_s, ResultCode::PartialUpdate, {}, {}};
    ivyResult.cards = {cardResult(card(u"901"_s), ResultCode::Ok, u"OK"_s)};
    QVERIFY(record({
        result(fay.updateId, ResultCode::CardUpdateFailed, u"CARD_UPDATE_FAILED"_s, u"Card in use"_s),
        result(hal.updateId, ResultCode::Ok, u"OK"_s),
        ivyResult,
        result(gus.updateId, ResultCode::Ok, u"OK"_s),
    }));
    QCOMPARE(stored(fay.updateId).state, UpdateState::Failed);
    QCOMPARE(stored(hal.updateId).state, UpdateState::Confirmed);
    QCOMPARE(m_register->record(u"u-hal"_s)->confirmed, Cards{card(u"801"_s)});
    QCOMPARE(stored(gus.updateId).state, UpdateState::Confirmed);
    QCOMPARE(m_register->record(u"u-gus"_s)->confirmed, gusCards);

    // The partial update confirms nothing, and the invalid set stays for a full confirmation.
    QCOMPARE(stored(ivy.updateId).result.code, ResultCode::PartialUpdate);
    QCOMPARE(
        raw.value(u"SELECT confirmed_json FROM credential_register WHERE user_id = 'u-ivy'"_s).toString(),
        u"{not json"_s);

    QCOMPARE(raw.value(u"SELECT cards_before_json FROM audit_log WHERE update_id = '%1'"_s.arg(fay.updateId))
                 .toString(),
             u"{not json"_s);
    QCOMPARE(raw.value(u"SELECT cards_before_json FROM audit_log WHERE update_id = '%1'"_s.arg(ivy.updateId))
                 .toString(),
             u"{not json"_s);
}

QTEST_GUILESS_MAIN(TestOutboxResults)

#include "tst_outboxresults.moc"
