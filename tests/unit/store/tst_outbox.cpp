// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/accesscredentialsjson.h"
#include "store/auditlog.h"
#include "store/credentialregister.h"
#include "store/database.h"
#include "store/outbox.h"
#include "storetestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace CardDesk;
using namespace CardDesk::Store;
using CardDesk::Core::ResultCode;
using CardDesk::Core::UpdateState;
using CardDesk::Store::TestSupport::card;

using Cards = QList<Core::Credential>;

namespace {

const QString Profile = u"profile-eu"_s;
const char CrashHelperVariable[] = "CARDDESK_TEST_OUTBOX_CRASH_DATABASE";
// The next step that retry and resolve messages end with, for the desktop app and the CLI alike.
const QString FailuresHint =
    u"Refresh the Failures page or run \"carddesk-cli failures\" to see the open failures."_s;

// Builds the response Calven sends for one update, with the same result for each card.
QByteArray responseBody(const QString &updateId, const QString &result, const QString &message,
                        const Cards &cards)
{
    QJsonArray cardResults;
    for (const Core::Credential &credential : cards) {
        cardResults.append(QJsonObject{{u"cardNumber"_s, credential.cardNumber},
                                       {u"facilityCode"_s, credential.facilityCode},
                                       {u"result"_s, result},
                                       {u"message"_s, message}});
    }
    const QJsonObject object{{u"updateId"_s, updateId},
                             {u"result"_s, result},
                             {u"message"_s, message},
                             {u"results"_s, cardResults}};
    return QJsonDocument(QJsonArray{object}).toJson(QJsonDocument::Compact);
}

QStringList updateIds(const QList<Core::OutboxEntry> &entries)
{
    QStringList ids;
    for (const Core::OutboxEntry &entry : entries)
        ids.append(entry.updateId);
    return ids;
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

// Runs in a child process: queues and takes two updates, reports their ids, then waits to be
// killed while they are in Sending.
int runCrashHelper(const QString &path)
{
    Database database;
    if (!database.open(path))
        return 2;
    Outbox outbox(database);
    if (!outbox.enqueue(Profile, u"u-kim"_s, u"kim@example.com"_s, {card(u"1001"_s)}) ||
        !outbox.enqueue(Profile, u"u-lee"_s, u"lee@example.com"_s, {card(u"1002"_s)})) {
        return 3;
    }
    const auto batch = outbox.takeDueBatch(Profile, 10, now());
    if (!batch || batch->size() != 2)
        return 4;
    std::printf("%s\n", qPrintable(updateIds(*batch).join(u' ')));
    std::fflush(stdout);
    std::getchar(); // The test kills the process here.
    return 0;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void enqueueStoresQueuedEntry();
    void enqueueRejectsIncompleteInput_data();
    void enqueueRejectsIncompleteInput();
    void enqueueSupersedesQueued();
    void supersedeWritesAuditRecord();
    void supersedeAuditFailureRollsBack();
    void newEditWaitsBehindSending();
    void takeDueBatchOldestFirst();
    void takeDueBatchSkipsNotDue();
    void takeDueBatchKeepsPerUserOrder();
    void recordResults_data();
    void recordResults();
    void recordResultsForWholeBatch();
    void resultForUnknownUpdateSkipped();
    void requeueKeepsUpdateId();
    void requeueUnsentTakesBackAttempt();
    void markNeedsAttention();
    void recoverInterruptedAfterReopen();
    void recoverAfterKilledProcess();
    void failuresFilter();
    void resolveClosesFailure();
    void resolveRejected();
    void retryLinksUpdateIds();
    void retryRejected_data();
    void retryRejected();
    void countsByState();
    void latestEntryAndResults();
    void pendingListsQueuedAndSending();

private:
    QString databasePath() const { return m_dir->filePath(u"carddesk.sqlite"_s); }
    void reopen();
    Core::OutboxEntry queue(const QString &user, const Cards &cards, const QString &profile = Profile);
    Core::OutboxEntry failedEntry(const QString &user, const Cards &cards);
    Core::OutboxEntry stored(const QString &updateId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<CredentialRegister> m_register;
};

void TestOutbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    reopen();
}

void TestOutbox::cleanup()
{
    m_register.reset();
    m_outbox.reset();
    m_database.reset();
    m_dir.reset();
}

void TestOutbox::reopen()
{
    m_register.reset();
    m_outbox.reset();
    m_database = std::make_unique<Database>();
    QVERIFY2(m_database->open(databasePath()), qPrintable(m_database->errorString()));
    m_outbox = std::make_unique<Outbox>(*m_database);
    m_register = std::make_unique<CredentialRegister>(*m_database);
}

Core::OutboxEntry TestOutbox::queue(const QString &user, const Cards &cards, const QString &profile)
{
    const auto entry = m_outbox->enqueue(profile, user, user + u"@example.com"_s, cards);
    if (!entry)
        qWarning("enqueue failed: %s", qPrintable(m_outbox->errorString()));
    return entry.value_or(Core::OutboxEntry());
}

Core::OutboxEntry TestOutbox::stored(const QString &updateId)
{
    const auto entry = m_outbox->entry(updateId);
    if (!entry)
        qWarning("entry %s not found: %s", qPrintable(updateId), qPrintable(m_outbox->errorString()));
    return entry.value_or(Core::OutboxEntry());
}

// Queues, sends and records CARD_UPDATE_FAILED for one user's update.
Core::OutboxEntry TestOutbox::failedEntry(const QString &user, const Cards &cards)
{
    const Core::OutboxEntry queued = queue(user, cards);
    const auto batch = m_outbox->takeDueBatch(Profile, 100, now());
    if (!batch || !updateIds(*batch).contains(queued.updateId))
        qWarning("update %s was not taken", qPrintable(queued.updateId));
    const QByteArray body = responseBody(queued.updateId, u"CARD_UPDATE_FAILED"_s, u"Card rejected"_s, cards);
    const auto parsed = Core::AccessCredentialsJson::parseResponse(body, {queued.updateId});
    if (!m_outbox->recordResults(parsed.results, "{}", body, 200))
        qWarning("recordResults failed: %s", qPrintable(m_outbox->errorString()));
    return stored(queued.updateId);
}

void TestOutbox::enqueueStoresQueuedEntry()
{
    const Cards cards{card(u"000451"_s, u"12"_s), card(u"000452"_s, u"12"_s, false)};
    const QDateTime before = now();
    const auto entry = m_outbox->enqueue(Profile, u"u-alice"_s, u"alice@example.com"_s, cards);
    QVERIFY2(entry, qPrintable(m_outbox->errorString()));
    QVERIFY(!QUuid::fromString(entry->updateId).isNull());
    QCOMPARE(entry->state, UpdateState::Queued);
    QCOMPARE(entry->attempts, 0);

    // The entry is on disk before any network traffic: a fresh connection reads it back.
    reopen();
    const Core::OutboxEntry read = stored(entry->updateId);
    QCOMPARE(read.updateId, entry->updateId);
    QCOMPARE(read.profileId, Profile);
    QCOMPARE(read.userId, u"u-alice"_s);
    QCOMPARE(read.username, u"alice@example.com"_s);
    QCOMPARE(read.credentials, cards);
    QCOMPARE(read.state, UpdateState::Queued);
    QCOMPARE(read.attempts, 0);
    QVERIFY(read.createdAt >= before.addMSecs(-1));
    QVERIFY(!read.nextAttemptAt.isValid());
    QVERIFY(read.previousUpdateId.isEmpty());

    const auto record = m_register->record(u"u-alice"_s);
    QVERIFY(record);
    QCOMPARE(record->intended, cards);
    QVERIFY(!record->hasConfirmed);
    const auto history = m_register->history(u"u-alice"_s);
    QVERIFY(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->at(0).action, RegisterAction::Edit);
    QCOMPARE(history->at(0).updateId, entry->updateId);
}

void TestOutbox::enqueueRejectsIncompleteInput_data()
{
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QString>("username");
    QTest::addColumn<Cards>("cards");
    QTest::addColumn<QString>("expectedInError");

    QTest::newRow("no user id") << QString() << u"alice@example.com"_s << Cards{card(u"1"_s)}
                                << u"alice@example.com"_s;
    QTest::newRow("no username") << u"u-alice"_s << QString() << Cards{card(u"1"_s)} << u"u-alice"_s;
    QTest::newRow("no cards") << u"u-alice"_s << u"alice@example.com"_s << Cards() << u"no cards"_s;
}

void TestOutbox::enqueueRejectsIncompleteInput()
{
    QFETCH(QString, userId);
    QFETCH(QString, username);
    QFETCH(Cards, cards);
    QFETCH(QString, expectedInError);

    QVERIFY(!m_outbox->enqueue(Profile, userId, username, cards));
    QVERIFY2(m_outbox->errorString().contains(expectedInError), qPrintable(m_outbox->errorString()));
    const auto counts = m_outbox->counts();
    QVERIFY(counts);
    QCOMPARE(counts->queued, 0);
}

void TestOutbox::enqueueSupersedesQueued()
{
    const Core::OutboxEntry first = queue(u"u-bob"_s, {card(u"1"_s)});
    const Core::OutboxEntry other = queue(u"u-chen"_s, {card(u"5"_s)});
    const Core::OutboxEntry second = queue(u"u-bob"_s, {card(u"1"_s), card(u"2"_s)});

    QCOMPARE(stored(first.updateId).state, UpdateState::Superseded);
    QVERIFY(stored(first.updateId).lastError.contains(second.updateId));
    QCOMPARE(stored(second.updateId).state, UpdateState::Queued);
    QCOMPARE(stored(other.updateId).state, UpdateState::Queued);

    const auto batch = m_outbox->takeDueBatch(Profile, 10, now());
    QVERIFY(batch);
    QCOMPARE(updateIds(*batch), (QStringList{other.updateId, second.updateId}));
    QCOMPARE(m_register->record(u"u-bob"_s)->intended, second.credentials);
}

void TestOutbox::supersedeWritesAuditRecord()
{
    const Core::OutboxEntry first = queue(u"u-bob"_s, {card(u"1"_s)});
    queue(u"u-chen"_s, {card(u"5"_s)});
    const Core::OutboxEntry second = queue(u"u-bob"_s, {card(u"1"_s), card(u"2"_s)});

    // A fresh connection reads the record, so it committed with the entry.
    reopen();
    AuditLog audit(*m_database);
    AuditFilter filter;
    filter.action = u"update.superseded"_s;
    const auto records = audit.query(filter);
    QVERIFY2(records, qPrintable(audit.errorString()));
    QCOMPARE(records->size(), 1);
    const AuditRecord &record = records->constFirst();
    QCOMPARE(record.updateId, first.updateId);
    QCOMPARE(record.result, u"superseded"_s);
    QCOMPARE(record.profileId, Profile);
    QCOMPARE(record.targetUserId, u"u-bob"_s);
    QCOMPARE(record.targetUsername, u"u-bob@example.com"_s);
    QCOMPARE(record.cardsBefore, first.credentials);
    QCOMPARE(record.cardsAfter, second.credentials);
    QVERIFY2(record.detail.contains(second.updateId), qPrintable(record.detail));
    QCOMPARE(record.timeUtc, second.createdAt);
    QVERIFY(!record.osUser.isEmpty());

    // The newer update's id finds the record too.
    AuditFilter byNewId;
    byNewId.text = second.updateId;
    const auto found = audit.query(byNewId);
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->constFirst().action, u"update.superseded"_s);
}

void TestOutbox::supersedeAuditFailureRollsBack()
{
    const Core::OutboxEntry first = queue(u"u-bob"_s, {card(u"1"_s)});
    TestSupport::RawConnection raw(databasePath());
    QCOMPARE(raw.exec(u"CREATE TRIGGER test_reject_audit BEFORE INSERT ON audit_log"
                      " WHEN NEW.action = 'update.superseded'"
                      " BEGIN SELECT RAISE(ABORT, 'audit insert rejected by the test'); END"_s),
             QString());

    QVERIFY(!m_outbox->enqueue(Profile, u"u-bob"_s, u"u-bob@example.com"_s, {card(u"2"_s)}));
    QVERIFY2(m_outbox->errorString().contains(u"audit insert rejected by the test"_s),
             qPrintable(m_outbox->errorString()));
    QCOMPARE(stored(first.updateId).state, UpdateState::Queued);
    const auto pending = m_outbox->pending(Profile, u"u-bob"_s);
    QVERIFY(pending);
    QCOMPARE(updateIds(*pending), QStringList{first.updateId});
    QCOMPARE(m_register->record(u"u-bob"_s)->intended, first.credentials);
}

void TestOutbox::newEditWaitsBehindSending()
{
    const Core::OutboxEntry first = queue(u"u-bob"_s, {card(u"1"_s)});
    QCOMPARE(updateIds(*m_outbox->takeDueBatch(Profile, 10, now())), QStringList{first.updateId});

    const Core::OutboxEntry second = queue(u"u-bob"_s, {card(u"1"_s), card(u"2"_s)});
    QCOMPARE(stored(first.updateId).state, UpdateState::Sending);
    QCOMPARE(stored(second.updateId).state, UpdateState::Queued);
    QVERIFY(m_outbox->takeDueBatch(Profile, 10, now())->isEmpty());

    const QByteArray body = responseBody(first.updateId, u"OK"_s, {}, first.credentials);
    QVERIFY(m_outbox->recordResults(
        Core::AccessCredentialsJson::parseResponse(body, {first.updateId}).results, "{}", body, 200));
    QCOMPARE(updateIds(*m_outbox->takeDueBatch(Profile, 10, now())), QStringList{second.updateId});
}

void TestOutbox::takeDueBatchOldestFirst()
{
    const Core::OutboxEntry a = queue(u"u-a"_s, {card(u"1"_s)});
    const Core::OutboxEntry other = queue(u"u-x"_s, {card(u"9"_s)}, u"profile-us"_s);
    const Core::OutboxEntry b = queue(u"u-b"_s, {card(u"2"_s)});
    const Core::OutboxEntry c = queue(u"u-c"_s, {card(u"3"_s)});

    const auto first = m_outbox->takeDueBatch(Profile, 2, now());
    QVERIFY2(first, qPrintable(m_outbox->errorString()));
    QCOMPARE(updateIds(*first), (QStringList{a.updateId, b.updateId}));
    for (const Core::OutboxEntry &entry : *first) {
        QCOMPARE(entry.state, UpdateState::Sending);
        QCOMPARE(entry.attempts, 1);
        QCOMPARE(entry.credentials, stored(entry.updateId).credentials);
    }
    QCOMPARE(stored(a.updateId).state, UpdateState::Sending);
    QCOMPARE(stored(a.updateId).attempts, 1);

    QCOMPARE(updateIds(*m_outbox->takeDueBatch(Profile, 10, now())), QStringList{c.updateId});
    QVERIFY(m_outbox->takeDueBatch(Profile, 10, now())->isEmpty());
    QCOMPARE(stored(other.updateId).state, UpdateState::Queued);
    QCOMPARE(updateIds(*m_outbox->takeDueBatch(u"profile-us"_s, 10, now())), QStringList{other.updateId});
    QVERIFY(m_outbox->takeDueBatch(Profile, 0, now())->isEmpty());
}

void TestOutbox::takeDueBatchSkipsNotDue()
{
    const Core::OutboxEntry entry = queue(u"u-a"_s, {card(u"1"_s)});
    QVERIFY(m_outbox->takeDueBatch(Profile, 10, now()));
    const QDateTime retryAt = now().addSecs(3600);
    QVERIFY(m_outbox->requeue({entry.updateId}, u"Connection refused"_s, retryAt));

    QVERIFY(m_outbox->takeDueBatch(Profile, 10, now())->isEmpty());
    QVERIFY(m_outbox->takeDueBatch(Profile, 10, retryAt.addMSecs(-1))->isEmpty());
    QCOMPARE(updateIds(*m_outbox->takeDueBatch(Profile, 10, retryAt)), QStringList{entry.updateId});
}

void TestOutbox::takeDueBatchKeepsPerUserOrder()
{
    // first is in Sending when second is queued, then a transport error puts first back with a
    // delay: second must not overtake it.
    const Core::OutboxEntry first = queue(u"u-a"_s, {card(u"1"_s)});
    QVERIFY(m_outbox->takeDueBatch(Profile, 10, now()));
    const Core::OutboxEntry second = queue(u"u-a"_s, {card(u"1"_s), card(u"2"_s)});
    const Core::OutboxEntry other = queue(u"u-b"_s, {card(u"3"_s)});
    const QDateTime retryAt = now().addSecs(600);
    QVERIFY(m_outbox->requeue({first.updateId}, u"Timed out"_s, retryAt));

    QCOMPARE(updateIds(*m_outbox->takeDueBatch(Profile, 10, now())), QStringList{other.updateId});
    const auto retried = m_outbox->takeDueBatch(Profile, 10, retryAt);
    QCOMPARE(updateIds(*retried), QStringList{first.updateId});
    QCOMPARE(retried->at(0).attempts, 2);
    QVERIFY(m_outbox->takeDueBatch(Profile, 10, retryAt)->isEmpty());

    const QByteArray body = responseBody(first.updateId, u"OK"_s, {}, first.credentials);
    QVERIFY(m_outbox->recordResults(
        Core::AccessCredentialsJson::parseResponse(body, {first.updateId}).results, "{}", body, 200));
    QCOMPARE(updateIds(*m_outbox->takeDueBatch(Profile, 10, retryAt)), QStringList{second.updateId});
}

void TestOutbox::recordResults_data()
{
    QTest::addColumn<QString>("wireResult");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("omitResult");
    QTest::addColumn<int>("expectedState");
    QTest::addColumn<int>("expectedCode");

    const auto row = [](const char *name, const QString &wire, const QString &message, bool omit,
                        UpdateState state, ResultCode code) {
        QTest::newRow(name) << wire << message << omit << int(state) << int(code);
    };
    row("OK", u"OK"_s, QString(), false, UpdateState::Confirmed, ResultCode::Ok);
    row("PARTIAL_UPDATE", u"PARTIAL_UPDATE"_s, u"1 of 2 cards failed"_s, false, UpdateState::Failed,
        ResultCode::PartialUpdate);
    row("CARD_UPDATE_FAILED", u"CARD_UPDATE_FAILED"_s, u"Card in use"_s, false, UpdateState::Failed,
        ResultCode::CardUpdateFailed);
    row("USER_NOT_FOUND", u"USER_NOT_FOUND"_s, u"No such user"_s, false, UpdateState::Failed,
        ResultCode::UserNotFound);
    row("CARD_UPDATE_FAILED meaning user not found", u"CARD_UPDATE_FAILED"_s, u"User not found"_s, false,
        UpdateState::Failed, ResultCode::UserNotFound);
    row("unrecognised value", u"QUEUED_FOR_LATER"_s, u"Try later"_s, false, UpdateState::Failed,
        ResultCode::UnrecognisedValue);
    row("no result in response", QString(), QString(), true, UpdateState::Unknown, ResultCode::Unknown);
}

void TestOutbox::recordResults()
{
    QFETCH(QString, wireResult);
    QFETCH(QString, message);
    QFETCH(bool, omitResult);
    QFETCH(int, expectedState);
    QFETCH(int, expectedCode);

    const Cards cards{card(u"0777"_s, u"3"_s), card(u"0778"_s, u"3"_s, false)};
    const Core::OutboxEntry queued = queue(u"u-alice"_s, cards);
    const auto batch = m_outbox->takeDueBatch(Profile, 10, now());
    QCOMPARE(batch->size(), 1);
    const QByteArray request = Core::AccessCredentialsJson::encodeRequest(
        {Core::CredentialUpdate{queued.updateId, queued.username, queued.credentials}});
    const QByteArray response =
        omitResult ? QByteArray("[]") : responseBody(queued.updateId, wireResult, message, cards);
    const auto parsed = Core::AccessCredentialsJson::parseResponse(response, {queued.updateId});
    QVERIFY2(m_outbox->recordResults(parsed.results, request, response, 200),
             qPrintable(m_outbox->errorString()));

    reopen();
    const Core::OutboxEntry entry = stored(queued.updateId);
    QCOMPARE(int(entry.state), expectedState);
    QCOMPARE(int(entry.result.code), expectedCode);
    QCOMPARE(entry.result.rawResult, wireResult);
    QCOMPARE(entry.result.message, parsed.results.at(0).message);
    QCOMPARE(entry.result.cards, parsed.results.at(0).cards);
    QCOMPARE(entry.requestJson, request);
    QCOMPARE(entry.responseJson, response);
    QCOMPARE(entry.httpStatus, 200);
    QCOMPARE(entry.attempts, 1);

    const auto record = m_register->record(u"u-alice"_s);
    QVERIFY(record);
    const bool confirmed = expectedState == int(UpdateState::Confirmed);
    QCOMPARE(record->hasConfirmed, confirmed);
    QCOMPARE(record->confirmed, confirmed ? cards : Cards());
    QCOMPARE(record->confirmedUpdateId, confirmed ? queued.updateId : QString());
    QCOMPARE(entry.lastError, confirmed ? QString() : parsed.results.at(0).message);

    const auto failures = m_outbox->failures();
    QVERIFY(failures);
    QCOMPARE(updateIds(*failures), confirmed ? QStringList() : QStringList{queued.updateId});
}

void TestOutbox::recordResultsForWholeBatch()
{
    const Core::OutboxEntry a = queue(u"u-a"_s, {card(u"1"_s)});
    const Core::OutboxEntry b = queue(u"u-b"_s, {card(u"2"_s)});
    QCOMPARE(m_outbox->takeDueBatch(Profile, 10, now())->size(), 2);

    // The response contains a result for a only, so b's outcome is unknown, never success.
    const QByteArray response = responseBody(a.updateId, u"OK"_s, {}, a.credentials);
    const auto parsed = Core::AccessCredentialsJson::parseResponse(response, {a.updateId, b.updateId});
    QVERIFY(m_outbox->recordResults(parsed.results, "{\"data\":[]}", response, 200));

    QCOMPARE(stored(a.updateId).state, UpdateState::Confirmed);
    QCOMPARE(stored(b.updateId).state, UpdateState::Unknown);
    QCOMPARE(stored(b.updateId).requestJson, QByteArray("{\"data\":[]}"));
    QCOMPARE(stored(b.updateId).responseJson, response);
}

void TestOutbox::resultForUnknownUpdateSkipped()
{
    const Core::OutboxEntry a = queue(u"u-a"_s, {card(u"1"_s)});
    QVERIFY(m_outbox->takeDueBatch(Profile, 10, now()));
    const QList<Core::UpdateResult> results{
        Core::UpdateResult{u"not-ours"_s, u"OK"_s, ResultCode::Ok, {}, {}},
        Core::UpdateResult{a.updateId, u"OK"_s, ResultCode::Ok, {}, {}},
    };
    QVERIFY2(m_outbox->recordResults(results, {}, {}, 200), qPrintable(m_outbox->errorString()));
    QCOMPARE(stored(a.updateId).state, UpdateState::Confirmed);
    QVERIFY(!m_outbox->entry(u"not-ours"_s));
    QVERIFY(m_outbox->errorString().isEmpty());

    // A late second result for an entry that is already Confirmed changes nothing.
    const QList<Core::UpdateResult> late{
        Core::UpdateResult{a.updateId, u"CARD_UPDATE_FAILED"_s, ResultCode::CardUpdateFailed, u"late"_s, {}}};
    QVERIFY(m_outbox->recordResults(late, {}, {}, 200));
    QCOMPARE(stored(a.updateId).state, UpdateState::Confirmed);
}

void TestOutbox::requeueKeepsUpdateId()
{
    const Core::OutboxEntry queued = queue(u"u-a"_s, {card(u"1"_s)});
    QVERIFY(m_outbox->takeDueBatch(Profile, 10, now()));
    const QDateTime retryAt = now().addSecs(30);
    QVERIFY2(m_outbox->requeue({queued.updateId}, u"Connection reset by peer"_s, retryAt),
             qPrintable(m_outbox->errorString()));

    const Core::OutboxEntry entry = stored(queued.updateId);
    QCOMPARE(entry.state, UpdateState::Queued);
    QCOMPARE(entry.lastError, u"Connection reset by peer"_s);
    QCOMPARE(entry.nextAttemptAt, retryAt);
    QCOMPARE(entry.attempts, 1);

    const auto again = m_outbox->takeDueBatch(Profile, 10, retryAt);
    QCOMPARE(updateIds(*again), QStringList{queued.updateId});
    QCOMPARE(again->at(0).attempts, 2);
    QCOMPARE(m_outbox->counts()->queued, 0);
}

void TestOutbox::requeueUnsentTakesBackAttempt()
{
    const Core::OutboxEntry queued = queue(u"u-a"_s, {card(u"1"_s)});
    for (int round = 0; round < 3; ++round) {
        const auto batch = m_outbox->takeDueBatch(Profile, 10, now());
        QVERIFY(batch);
        QCOMPARE(batch->size(), 1);
        QCOMPARE(batch->at(0).attempts, 1);
        QVERIFY2(m_outbox->requeue({queued.updateId}, u"Connection refused"_s, now(), false),
                 qPrintable(m_outbox->errorString()));
    }
    const Core::OutboxEntry entry = stored(queued.updateId);
    QCOMPARE(entry.state, UpdateState::Queued);
    QCOMPARE(entry.attempts, 0);
    QCOMPARE(entry.lastError, u"Connection refused"_s);
}

void TestOutbox::markNeedsAttention()
{
    const Core::OutboxEntry queued = queue(u"u-a"_s, {card(u"1"_s)});
    QVERIFY(m_outbox->takeDueBatch(Profile, 10, now()));
    QVERIFY2(m_outbox->markNeedsAttention(queued.updateId, u"Gave up after 8 attempts: timed out"_s),
             qPrintable(m_outbox->errorString()));
    const Core::OutboxEntry entry = stored(queued.updateId);
    QCOMPARE(entry.state, UpdateState::NeedsAttention);
    QCOMPARE(entry.lastError, u"Gave up after 8 attempts: timed out"_s);
    QCOMPARE(updateIds(*m_outbox->failures()), QStringList{queued.updateId});
    QVERIFY(m_outbox->takeDueBatch(Profile, 10, now().addDays(1))->isEmpty());

    QVERIFY(!m_outbox->markNeedsAttention(queued.updateId, u"again"_s));
    QVERIFY2(m_outbox->errorString().contains(queued.updateId), qPrintable(m_outbox->errorString()));
    QVERIFY2(m_outbox->errorString().endsWith(u"keeps its current state."_s),
             qPrintable(m_outbox->errorString()));
}

void TestOutbox::recoverInterruptedAfterReopen()
{
    const Core::OutboxEntry a = queue(u"u-a"_s, {card(u"1"_s)});
    const Core::OutboxEntry b = queue(u"u-b"_s, {card(u"2"_s)});
    const Core::OutboxEntry waiting = queue(u"u-c"_s, {card(u"3"_s)});
    QCOMPARE(m_outbox->takeDueBatch(Profile, 2, now())->size(), 2);

    reopen();
    QCOMPARE(stored(a.updateId).state, UpdateState::Sending);
    const auto recovered = m_outbox->recoverInterrupted();
    QVERIFY2(recovered, qPrintable(m_outbox->errorString()));
    QCOMPARE(*recovered, 2);
    QCOMPARE(stored(a.updateId).state, UpdateState::Queued);
    QCOMPARE(stored(b.updateId).state, UpdateState::Queued);
    QVERIFY(stored(a.updateId).lastError.contains(u"same updateId"_s));
    QCOMPARE(stored(waiting.updateId).lastError, QString());

    const auto resent = m_outbox->takeDueBatch(Profile, 10, now());
    QCOMPARE(updateIds(*resent), (QStringList{a.updateId, b.updateId, waiting.updateId}));
    QCOMPARE(resent->at(0).attempts, 2);
    QCOMPARE(resent->at(2).attempts, 1);
    QCOMPARE(*m_outbox->recoverInterrupted(), 3);
}

void TestOutbox::recoverAfterKilledProcess()
{
    m_register.reset();
    m_outbox.reset();
    m_database.reset();

    QProcess helper;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QLatin1StringView(CrashHelperVariable), databasePath());
    helper.setProcessEnvironment(environment);
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY2(helper.waitForStarted(30000), qPrintable(helper.errorString()));
    while (!helper.canReadLine() && helper.state() == QProcess::Running)
        helper.waitForReadyRead(30000);
    const QStringList sent = QString::fromUtf8(helper.readLine()).trimmed().split(u' ', Qt::SkipEmptyParts);
    QCOMPARE(sent.size(), 2);
    helper.kill();
    QVERIFY(helper.waitForFinished(30000));
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);

    reopen();
    QCOMPARE(stored(sent.at(0)).state, UpdateState::Sending);
    QCOMPARE(*m_outbox->recoverInterrupted(), 2);
    const auto resent = m_outbox->takeDueBatch(Profile, 10, now());
    QVERIFY(resent);
    QCOMPARE(updateIds(*resent), sent);
    QCOMPARE(m_register->record(u"u-kim"_s)->intended, Cards{card(u"1001"_s)});
}

void TestOutbox::failuresFilter()
{
    const Core::OutboxEntry first = failedEntry(u"u-a"_s, {card(u"1"_s)});
    const Core::OutboxEntry second = failedEntry(u"u-b"_s, {card(u"2"_s)});
    const Core::OutboxEntry third = failedEntry(u"u-c"_s, {card(u"3"_s)});
    QVERIFY(m_outbox->resolve(second.updateId, u"Card was returned"_s));

    const auto open = m_outbox->failures();
    QVERIFY(open);
    QCOMPARE(updateIds(*open), (QStringList{third.updateId, first.updateId}));
    QVERIFY(open->at(0).requestJson.isEmpty());
    QVERIFY(open->at(0).responseJson.isEmpty());

    FailureFilter all;
    all.includeResolved = true;
    QCOMPARE(updateIds(*m_outbox->failures(all)),
             (QStringList{third.updateId, second.updateId, first.updateId}));

    FailureFilter byUser;
    byUser.userId = u"u-a"_s;
    QCOMPARE(updateIds(*m_outbox->failures(byUser)), QStringList{first.updateId});

    FailureFilter limited;
    limited.limit = 1;
    limited.withBodies = true;
    const auto newest = m_outbox->failures(limited);
    QCOMPARE(updateIds(*newest), QStringList{third.updateId});
    QVERIFY(!newest->at(0).responseJson.isEmpty());

    FailureFilter otherProfile;
    otherProfile.profileId = u"profile-us"_s;
    QVERIFY(m_outbox->failures(otherProfile)->isEmpty());
}

void TestOutbox::resolveClosesFailure()
{
    const Core::OutboxEntry failed = failedEntry(u"u-a"_s, {card(u"1"_s)});
    QCOMPARE(failed.state, UpdateState::Failed);
    QVERIFY2(m_outbox->resolve(failed.updateId, u"  Fixed in the Calven console  "_s),
             qPrintable(m_outbox->errorString()));

    const Core::OutboxEntry entry = stored(failed.updateId);
    QCOMPARE(entry.state, UpdateState::Resolved);
    QCOMPARE(entry.resolutionNote, u"Fixed in the Calven console"_s);
    QCOMPARE(entry.result.code, ResultCode::CardUpdateFailed);
    QVERIFY(m_outbox->failures()->isEmpty());
    QCOMPARE(m_outbox->counts()->openFailures, 0);
}

void TestOutbox::resolveRejected()
{
    const Core::OutboxEntry failed = failedEntry(u"u-a"_s, {card(u"1"_s)});
    QVERIFY(!m_outbox->resolve(failed.updateId, u"   "_s));
    QVERIFY2(m_outbox->errorString().contains(u"note"_s), qPrintable(m_outbox->errorString()));
    QCOMPARE(stored(failed.updateId).state, UpdateState::Failed);

    QVERIFY(m_outbox->resolve(failed.updateId, u"Done"_s));
    QVERIFY(!m_outbox->resolve(failed.updateId, u"Done twice"_s));
    QVERIFY2(m_outbox->errorString().contains(failed.updateId), qPrintable(m_outbox->errorString()));
    QCOMPARE(stored(failed.updateId).resolutionNote, u"Done"_s);

    const Core::OutboxEntry queued = queue(u"u-b"_s, {card(u"2"_s)});
    QVERIFY(!m_outbox->resolve(queued.updateId, u"Not a failure"_s));
    QVERIFY2(m_outbox->errorString().contains(u"only failed, unknown and needs-attention"_s),
             qPrintable(m_outbox->errorString()));
    QVERIFY2(m_outbox->errorString().endsWith(FailuresHint), qPrintable(m_outbox->errorString()));
    QCOMPARE(stored(queued.updateId).state, UpdateState::Queued);

    QVERIFY(!m_outbox->resolve(u"no-such-update"_s, u"note"_s));
    QVERIFY2(m_outbox->errorString().contains(u"no-such-update was not found"_s),
             qPrintable(m_outbox->errorString()));
    QVERIFY2(m_outbox->errorString().endsWith(FailuresHint), qPrintable(m_outbox->errorString()));
}

void TestOutbox::retryLinksUpdateIds()
{
    const Cards cards{card(u"0042"_s, u"7"_s)};
    const Core::OutboxEntry failed = failedEntry(u"u-a"_s, cards);
    const auto retried = m_outbox->retry(failed.updateId);
    QVERIFY2(retried, qPrintable(m_outbox->errorString()));
    QVERIFY(retried->updateId != failed.updateId);
    QVERIFY(!QUuid::fromString(retried->updateId).isNull());
    QCOMPARE(retried->previousUpdateId, failed.updateId);
    QCOMPARE(retried->credentials, cards);
    QCOMPARE(retried->state, UpdateState::Queued);

    const Core::OutboxEntry old = stored(failed.updateId);
    QCOMPARE(old.state, UpdateState::Resolved);
    QVERIFY(old.resolutionNote.contains(retried->updateId));
    QCOMPARE(stored(retried->updateId).previousUpdateId, failed.updateId);
    QCOMPARE(stored(retried->updateId).attempts, 0);
    QVERIFY(m_outbox->failures()->isEmpty());

    const auto batch = m_outbox->takeDueBatch(Profile, 10, now());
    QCOMPARE(updateIds(*batch), QStringList{retried->updateId});
}

void TestOutbox::retryRejected_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("expectedInError");
    QTest::addColumn<bool>("endsWithFailuresHint");

    QTest::newRow("newer update pending") << u"pending"_s << u"waiting to be sent"_s << false;
    QTest::newRow("intended set changed") << u"changed"_s << u"was changed after"_s << false;
    QTest::newRow("already retried") << u"retried"_s << u"only failed, unknown and needs-attention"_s << true;
    QTest::newRow("confirmed update")
        << u"confirmed"_s << u"only failed, unknown and needs-attention"_s << true;
    QTest::newRow("missing update") << u"missing"_s << u"not found"_s << true;
}

void TestOutbox::retryRejected()
{
    QFETCH(QString, situation);
    QFETCH(QString, expectedInError);

    const Cards cards{card(u"1"_s)};
    QString updateId = failedEntry(u"u-a"_s, cards).updateId;
    if (situation == u"pending") {
        queue(u"u-a"_s, {card(u"1"_s), card(u"2"_s)});
    } else if (situation == u"changed") {
        QVERIFY(
            m_register->setIntended(u"u-a"_s, u"u-a@example.com"_s, {card(u"3"_s)}, RegisterAction::Import));
    } else if (situation == u"retried") {
        QVERIFY(m_outbox->retry(updateId));
    } else if (situation == u"confirmed") {
        const Core::OutboxEntry ok = queue(u"u-b"_s, cards);
        QVERIFY(m_outbox->takeDueBatch(Profile, 10, now()));
        QVERIFY(m_outbox->recordResults({Core::UpdateResult{ok.updateId, u"OK"_s, ResultCode::Ok, {}, {}}},
                                        {}, {}, 200));
        updateId = ok.updateId;
    } else {
        updateId = u"no-such-update"_s;
    }
    const auto before = m_outbox->counts();

    QVERIFY(!m_outbox->retry(updateId));
    QVERIFY2(m_outbox->errorString().contains(expectedInError), qPrintable(m_outbox->errorString()));
    QVERIFY2(m_outbox->errorString().contains(updateId), qPrintable(m_outbox->errorString()));
    QFETCH(bool, endsWithFailuresHint);
    QCOMPARE(m_outbox->errorString().endsWith(FailuresHint), endsWithFailuresHint);
    const auto after = m_outbox->counts();
    QCOMPARE(after->queued, before->queued);
    QCOMPARE(after->openFailures, before->openFailures);
}

void TestOutbox::countsByState()
{
    const auto empty = m_outbox->counts();
    QVERIFY(empty);
    QCOMPARE(empty->pending(), 0);
    QCOMPARE(empty->openFailures, 0);

    failedEntry(u"u-a"_s, {card(u"1"_s)});
    queue(u"u-b"_s, {card(u"2"_s)});
    queue(u"u-c"_s, {card(u"3"_s)});
    QVERIFY(m_outbox->takeDueBatch(Profile, 1, now()));
    queue(u"u-d"_s, {card(u"4"_s)}, u"profile-us"_s);

    const auto counts = m_outbox->counts();
    QVERIFY(counts);
    QCOMPARE(counts->queued, 2);
    QCOMPARE(counts->sending, 1);
    QCOMPARE(counts->pending(), 3);
    QCOMPARE(counts->openFailures, 1);

    const auto usCounts = m_outbox->counts(u"profile-us"_s);
    QCOMPARE(usCounts->queued, 1);
    QCOMPARE(usCounts->sending, 0);
    QCOMPARE(usCounts->openFailures, 0);
}

void TestOutbox::latestEntryAndResults()
{
    QVERIFY(!m_outbox->latestEntry(u"u-alice"_s).has_value());
    QVERIFY(m_outbox->errorString().isEmpty());

    const Core::OutboxEntry first = queue(u"u-alice"_s, {card(u"1"_s, u"3"_s)});
    const auto batch = m_outbox->takeDueBatch(Profile, 10, now());
    QCOMPARE(batch->size(), 1);
    const QByteArray response =
        responseBody(first.updateId, u"CARD_UPDATE_FAILED"_s, u"Card in use"_s, first.credentials);
    const auto parsed = Core::AccessCredentialsJson::parseResponse(response, {first.updateId});
    QVERIFY(m_outbox->recordResults(parsed.results, {}, response, 200));
    const Core::OutboxEntry second = queue(u"u-alice"_s, {card(u"2"_s, u"3"_s)});
    queue(u"u-bob"_s, {card(u"3"_s, u"3"_s)});

    const auto latest = m_outbox->latestEntry(u"u-alice"_s);
    QVERIFY(latest.has_value());
    QCOMPARE(latest->updateId, second.updateId);
    QCOMPARE(latest->state, UpdateState::Queued);

    // Only entries with an outcome count, so the queued edit leaves the failure as alice's result.
    const auto results = m_outbox->latestResults();
    QVERIFY(results.has_value());
    QCOMPARE(results->size(), 1);
    QCOMPARE(results->value(u"u-alice"_s), ResultCode::CardUpdateFailed);
}

void TestOutbox::pendingListsQueuedAndSending()
{
    QVERIFY(m_outbox->pending(Profile)->isEmpty());

    const Core::OutboxEntry sent = queue(u"u-alice"_s, {card(u"1"_s)});
    QCOMPARE(m_outbox->takeDueBatch(Profile, 10, now())->size(), 1);
    const Core::OutboxEntry waiting = queue(u"u-alice"_s, {card(u"1"_s), card(u"2"_s)});
    const Core::OutboxEntry superseded = queue(u"u-bob"_s, {card(u"3"_s)});
    const Core::OutboxEntry bob = queue(u"u-bob"_s, {card(u"4"_s)});
    const Core::OutboxEntry failed = failedEntry(u"u-carol"_s, {card(u"5"_s)});
    const Core::OutboxEntry otherProfile = queue(u"u-dan"_s, {card(u"6"_s)}, u"profile-us"_s);
    QCOMPARE(stored(superseded.updateId).state, UpdateState::Superseded);
    QCOMPARE(failed.state, UpdateState::Failed);

    const auto all = m_outbox->pending(Profile);
    QVERIFY2(all, qPrintable(m_outbox->errorString()));
    QCOMPARE(updateIds(*all), (QStringList{sent.updateId, waiting.updateId, bob.updateId}));
    QCOMPARE(all->at(0).state, UpdateState::Sending);
    QCOMPARE(all->at(1).state, UpdateState::Queued);
    QCOMPARE(all->at(1).credentials, waiting.credentials);

    const auto alice = m_outbox->pending(Profile, u"u-alice"_s);
    QVERIFY(alice);
    QCOMPARE(updateIds(*alice), (QStringList{sent.updateId, waiting.updateId}));
    QVERIFY(m_outbox->pending(Profile, u"u-carol"_s)->isEmpty());
    QCOMPARE(updateIds(*m_outbox->pending(u"profile-us"_s)), QStringList{otherProfile.updateId});
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString crashDatabase = qEnvironmentVariable(CrashHelperVariable);
    if (!crashDatabase.isEmpty())
        return runCrashHelper(crashDatabase);
    TestOutbox test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_outbox.moc"
