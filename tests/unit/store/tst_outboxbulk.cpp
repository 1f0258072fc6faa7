// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Outbox::enqueueMany() and the durability settings of the sender's transactions, on a real
// SQLite file.

#include "core/accesscredentialsjson.h"
#include "store/auditlog.h"
#include "store/credentialregister.h"
#include "store/database.h"
#include "store/outbox.h"
#include "storetestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk;
using namespace CardDesk::Store;
using CardDesk::Core::UpdateState;
using CardDesk::Store::TestSupport::card;

using Cards = QList<Core::Credential>;

namespace {

const QString Profile = u"profile-eu"_s;

CardSetUpdate update(const QString &user, const Cards &cards)
{
    return CardSetUpdate{user, user + u"@example.com"_s, cards};
}

QStringList updateIds(const QList<Core::OutboxEntry> &entries)
{
    QStringList ids;
    for (const Core::OutboxEntry &entry : entries)
        ids.append(entry.updateId);
    return ids;
}

// Builds a Calven response with OK for every update.
QByteArray okResponse(const QList<Core::OutboxEntry> &entries)
{
    QJsonArray results;
    for (const Core::OutboxEntry &entry : entries)
        results.append(
            QJsonObject{{u"updateId"_s, entry.updateId}, {u"result"_s, u"OK"_s}, {u"results"_s, {}}});
    return QJsonDocument(results).toJson(QJsonDocument::Compact);
}

} // namespace

class TestOutboxBulk : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void enqueueManyStoresEveryEntry();
    void enqueueManySupersedesWithinCall();
    void enqueueManyRejectsWholeList();
    void enqueueManyHookGetsPreviousSet();
    void enqueueManyRollsBackOnHookFailure();
    void enqueueManyEmptyList();
    void senderTransactionsRestoreFullSync();
    void confirmedSurvivesReopen();
    void nextAttemptAfterFindsEarliest();

private:
    QString databasePath() const { return m_dir->filePath(u"carddesk.sqlite"_s); }
    void reopen();
    int synchronousSetting() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<CredentialRegister> m_register;
    std::unique_ptr<AuditLog> m_audit;
};

void TestOutboxBulk::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    reopen();
}

void TestOutboxBulk::cleanup()
{
    m_audit.reset();
    m_register.reset();
    m_outbox.reset();
    m_database.reset();
    m_dir.reset();
}

void TestOutboxBulk::reopen()
{
    m_audit.reset();
    m_register.reset();
    m_outbox.reset();
    m_database = std::make_unique<Database>();
    QVERIFY2(m_database->open(databasePath()), qPrintable(m_database->errorString()));
    m_outbox = std::make_unique<Outbox>(*m_database);
    m_register = std::make_unique<CredentialRegister>(*m_database);
    m_audit = std::make_unique<AuditLog>(*m_database);
}

int TestOutboxBulk::synchronousSetting() const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(u"PRAGMA synchronous"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestOutboxBulk::enqueueManyStoresEveryEntry()
{
    const QList<CardSetUpdate> updates{
        update(u"u-ana"_s, {card(u"101"_s)}),
        update(u"u-ben"_s, {card(u"102"_s), card(u"103"_s, {}, false)}),
        update(u"u-cho"_s, {card(u"104"_s)}),
    };
    const auto entries = m_outbox->enqueueMany(Profile, updates);
    QVERIFY2(entries, qPrintable(m_outbox->errorString()));
    QCOMPARE(entries->size(), 3);

    // All of them are on disk: a fresh connection reads each back with its card set.
    reopen();
    for (qsizetype i = 0; i < updates.size(); ++i) {
        const auto stored = m_outbox->entry(entries->at(i).updateId);
        QVERIFY2(stored, qPrintable(m_outbox->errorString()));
        QCOMPARE(stored->state, UpdateState::Queued);
        QCOMPARE(stored->userId, updates.at(i).userId);
        QCOMPARE(stored->credentials, updates.at(i).credentials);
        const auto record = m_register->record(updates.at(i).userId);
        QVERIFY(record);
        QCOMPARE(record->intended, updates.at(i).credentials);
        const auto history = m_register->history(updates.at(i).userId);
        QVERIFY(history);
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->at(0).updateId, entries->at(i).updateId);
    }
    // The only active card of the second set is indexed for the "already held by" check.
    const auto holders = m_register->holdersOf(u"102"_s, {});
    QVERIFY(holders);
    QCOMPARE(holders->size(), 1);
    QCOMPARE(holders->at(0).userId, u"u-ben"_s);
    QVERIFY(m_register->holdersOf(u"103"_s, {})->isEmpty());

    const auto batch = m_outbox->takeDueBatch(Profile, 10, QDateTime::currentDateTimeUtc());
    QVERIFY(batch);
    QCOMPARE(updateIds(*batch), updateIds(*entries));
}

void TestOutboxBulk::enqueueManySupersedesWithinCall()
{
    const auto entries = m_outbox->enqueueMany(Profile, {
                                                            update(u"u-ana"_s, {card(u"201"_s)}),
                                                            update(u"u-ben"_s, {card(u"202"_s)}),
                                                            update(u"u-ana"_s, {card(u"203"_s)}),
                                                        });
    QVERIFY2(entries, qPrintable(m_outbox->errorString()));
    QCOMPARE(entries->size(), 3);

    const auto first = m_outbox->entry(entries->at(0).updateId);
    QVERIFY(first);
    QCOMPARE(first->state, UpdateState::Superseded);
    QVERIFY2(first->lastError.contains(entries->at(2).updateId), qPrintable(first->lastError));
    QCOMPARE(m_outbox->entry(entries->at(2).updateId)->state, UpdateState::Queued);
    QCOMPARE(m_register->record(u"u-ana"_s)->intended, Cards{card(u"203"_s)});
    const auto history = m_register->history(u"u-ana"_s);
    QVERIFY(history);
    QCOMPARE(history->size(), 2);

    const auto batch = m_outbox->takeDueBatch(Profile, 10, QDateTime::currentDateTimeUtc());
    QVERIFY(batch);
    QCOMPARE(updateIds(*batch), (QStringList{entries->at(1).updateId, entries->at(2).updateId}));
}

void TestOutboxBulk::enqueueManyRejectsWholeList()
{
    const auto entries = m_outbox->enqueueMany(Profile, {
                                                            update(u"u-ana"_s, {card(u"301"_s)}),
                                                            update(u"u-ben"_s, {}),
                                                            CardSetUpdate{u"u-cho"_s, {}, {card(u"302"_s)}},
                                                        });
    QVERIFY(!entries);
    const QString error = m_outbox->errorString();
    QVERIFY2(error.contains(u"u-ben@example.com"_s), qPrintable(error));
    QVERIFY2(error.contains(u"u-cho"_s), qPrintable(error));
    QVERIFY2(error.contains(u"None of the 3 updates"_s), qPrintable(error));

    const auto counts = m_outbox->counts();
    QVERIFY(counts);
    QCOMPARE(counts->queued, 0);
    QVERIFY(!m_register->record(u"u-ana"_s));
}

void TestOutboxBulk::enqueueManyHookGetsPreviousSet()
{
    QVERIFY(m_outbox->enqueue(Profile, u"u-ana"_s, u"u-ana@example.com"_s, {card(u"401"_s)}));

    QHash<QString, Cards> before;
    QStringList hookedIds;
    const EnqueueHook hook = [&](const Core::OutboxEntry &entry, const Cards &previous, QString *) {
        before.insert(entry.userId, previous);
        hookedIds.append(entry.updateId);
        return true;
    };
    const auto entries = m_outbox->enqueueMany(
        Profile, {update(u"u-ana"_s, {card(u"402"_s)}), update(u"u-ben"_s, {card(u"403"_s)})}, hook);
    QVERIFY2(entries, qPrintable(m_outbox->errorString()));
    QCOMPARE(hookedIds, updateIds(*entries));
    QCOMPARE(before.value(u"u-ana"_s), Cards{card(u"401"_s)});
    QVERIFY(before.contains(u"u-ben"_s));
    QVERIFY(before.value(u"u-ben"_s).isEmpty());
}

void TestOutboxBulk::enqueueManyRollsBackOnHookFailure()
{
    QVERIFY(m_outbox->enqueue(Profile, u"u-ana"_s, u"u-ana@example.com"_s, {card(u"501"_s)}));
    const auto auditBefore = m_audit->query();
    QVERIFY(auditBefore);

    // The hook writes an audit record for each entry, and fails on the third.
    int calls = 0;
    const EnqueueHook hook = [&](const Core::OutboxEntry &entry, const Cards &previous, QString *error) {
        if (++calls == 3) {
            *error = u"the audit log rejected the record"_s;
            return false;
        }
        AuditRecord record;
        record.action = u"cards.submitted"_s;
        record.targetUserId = entry.userId;
        record.updateId = entry.updateId;
        record.cardsBefore = previous;
        record.cardsAfter = entry.credentials;
        return m_audit->append(record).has_value();
    };
    const auto entries = m_outbox->enqueueMany(Profile,
                                               {
                                                   update(u"u-ana"_s, {card(u"502"_s)}),
                                                   update(u"u-ben"_s, {card(u"503"_s)}),
                                                   update(u"u-cho"_s, {card(u"504"_s)}),
                                               },
                                               hook);
    QVERIFY(!entries);
    QCOMPARE(calls, 3);
    const QString error = m_outbox->errorString();
    QVERIFY2(error.contains(u"the audit log rejected the record"_s), qPrintable(error));
    QVERIFY2(error.contains(u"u-cho@example.com"_s), qPrintable(error));
    QVERIFY2(error.contains(u"None of the 3 updates"_s), qPrintable(error));

    // Nothing of the call is left: not the entries, the register changes or the audit records.
    reopen();
    const auto counts = m_outbox->counts();
    QVERIFY(counts);
    QCOMPARE(counts->queued, 1);
    QCOMPARE(m_register->record(u"u-ana"_s)->intended, Cards{card(u"501"_s)});
    QVERIFY(!m_register->record(u"u-ben"_s));
    const auto pending = m_outbox->pending(Profile, u"u-ana"_s);
    QVERIFY(pending);
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->at(0).state, UpdateState::Queued);
    const auto auditAfter = m_audit->query();
    QVERIFY(auditAfter);
    QCOMPARE(auditAfter->size(), auditBefore->size());
}

void TestOutboxBulk::enqueueManyEmptyList()
{
    const auto entries = m_outbox->enqueueMany(Profile, {});
    QVERIFY2(entries, qPrintable(m_outbox->errorString()));
    QVERIFY(entries->isEmpty());
}

void TestOutboxBulk::senderTransactionsRestoreFullSync()
{
    // 2 is FULL: the setting Database::open() gives every connection.
    QCOMPARE(synchronousSetting(), 2);
    const auto entries = m_outbox->enqueueMany(Profile, {update(u"u-ana"_s, {card(u"601"_s)})});
    QVERIFY(entries);
    QCOMPARE(synchronousSetting(), 2);

    const auto batch = m_outbox->takeDueBatch(Profile, 10, QDateTime::currentDateTimeUtc());
    QVERIFY(batch);
    QCOMPARE(batch->size(), 1);
    QCOMPARE(synchronousSetting(), 2);

    const QByteArray body = okResponse(*batch);
    const auto parsed = Core::AccessCredentialsJson::parseResponse(body, updateIds(*batch));
    QVERIFY(m_outbox->recordResults(parsed.results, "{}", body, 200));
    QCOMPARE(synchronousSetting(), 2);

    // An enqueue after the sender's transactions is FULL again.
    QVERIFY(m_outbox->enqueue(Profile, u"u-ben"_s, u"u-ben@example.com"_s, {card(u"602"_s)}));
    QCOMPARE(synchronousSetting(), 2);
}

void TestOutboxBulk::confirmedSurvivesReopen()
{
    QList<CardSetUpdate> updates;
    for (int i = 0; i < 150; ++i)
        updates.append(update(u"u-%1"_s.arg(i), {card(QString::number(7000 + i))}));
    const auto entries = m_outbox->enqueueMany(Profile, updates);
    QVERIFY(entries);

    const auto batch = m_outbox->takeDueBatch(Profile, 100, QDateTime::currentDateTimeUtc());
    QVERIFY(batch);
    QCOMPARE(batch->size(), 100);
    const QByteArray body = okResponse(*batch);
    const auto parsed = Core::AccessCredentialsJson::parseResponse(body, updateIds(*batch));
    QVERIFY(m_outbox->recordResults(parsed.results, "{}", body, 200));

    reopen();
    QCOMPARE(m_outbox->recoverInterrupted().value_or(-1), 0);
    for (const Core::OutboxEntry &taken : std::as_const(*batch)) {
        const auto stored = m_outbox->entry(taken.updateId);
        QVERIFY(stored);
        QCOMPARE(stored->state, UpdateState::Confirmed);
        const auto record = m_register->record(taken.userId);
        QVERIFY(record);
        QVERIFY(record->hasConfirmed);
        QCOMPARE(record->confirmed, taken.credentials);
        QCOMPARE(record->confirmedUpdateId, taken.updateId);
    }
    const auto counts = m_outbox->counts(Profile);
    QVERIFY(counts);
    QCOMPARE(counts->queued, 50);
    QCOMPARE(counts->sending, 0);
}

void TestOutboxBulk::nextAttemptAfterFindsEarliest()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(!m_outbox->nextAttemptAfter(Profile, now).value_or(now).isValid());

    const auto entries = m_outbox->enqueueMany(Profile, {
                                                            update(u"u-ana"_s, {card(u"801"_s)}),
                                                            update(u"u-ben"_s, {card(u"802"_s)}),
                                                            update(u"u-cho"_s, {card(u"803"_s)}),
                                                        });
    QVERIFY(entries);
    // Queued entries without a retry time are due now and do not count.
    QVERIFY(!m_outbox->nextAttemptAfter(Profile, now).value_or(now).isValid());

    const auto batch = m_outbox->takeDueBatch(Profile, 10, now);
    QVERIFY(batch);
    QCOMPARE(batch->size(), 3);
    const QDateTime soon = now.addSecs(30);
    const QDateTime later = now.addSecs(90);
    const QDateTime past = now.addSecs(-5);
    QVERIFY(m_outbox->requeue({entries->at(0).updateId}, u"busy"_s, later));
    QVERIFY(m_outbox->requeue({entries->at(1).updateId}, u"busy"_s, soon));
    QVERIFY(m_outbox->requeue({entries->at(2).updateId}, u"busy"_s, past));

    const auto next = m_outbox->nextAttemptAfter(Profile, now);
    QVERIFY2(next, qPrintable(m_outbox->errorString()));
    QCOMPARE(next->toMSecsSinceEpoch(), soon.toMSecsSinceEpoch());
    const auto afterSoon = m_outbox->nextAttemptAfter(Profile, soon);
    QVERIFY(afterSoon);
    QCOMPARE(afterSoon->toMSecsSinceEpoch(), later.toMSecsSinceEpoch());
    QVERIFY(!m_outbox->nextAttemptAfter(u"other-profile"_s, now).value_or(now).isValid());
}

QTEST_GUILESS_MAIN(TestOutboxBulk)
#include "tst_outboxbulk.moc"
