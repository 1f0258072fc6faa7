// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"
#include "store/failuresql.h"
#include "store/outbox.h"
#include "storetestsupport.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <ctime>
#include <memory>

using namespace Qt::StringLiterals;
using namespace CardDesk;
using namespace CardDesk::Store;
using CardDesk::Core::ResultCode;
using CardDesk::Store::TestSupport::card;
using CardDesk::Store::TestSupport::RawConnection;

namespace {

const QString Profile = u"profile-eu"_s;

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

QStringList usernames(const QList<Core::OutboxEntry> &entries)
{
    QStringList names;
    for (const Core::OutboxEntry &entry : entries)
        names.append(entry.username);
    return names;
}

} // namespace

// The failure queries behind the inbox, its charts and its benchmark. The test process runs in
// Europe/Berlin so that day boundaries cross the 2026 daylight-saving changes (29 March, 25 October).
class TestFailureQueries : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void migrationAddsIndexes();
    void queryPlans_data();
    void queryPlans();
    void keysetPagesDoNotOverlap_data();
    void keysetPagesDoNotOverlap();
    void retryChainLinksBothWays();
    void countsSkipFinishedStates();
    void filters_data();
    void filters();
    void windowsDoNotOverlap();
    void textFilterTreatsWildcardsLiterally();
    void reasonCountsIgnoreResultFilter();
    void perDayFollowsLocalDaylightSaving();
    void perDayKeepsFilterBounds();

private:
    QString databasePath() const { return m_dir->filePath(u"carddesk.sqlite"_s); }
    void addFailure(const QString &username, const QString &wireResult, const QString &message,
                    const QString &whenUtc);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Outbox> m_outbox;
};

void TestFailureQueries::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>();
    QVERIFY2(m_database->open(databasePath()), qPrintable(m_database->errorString()));
    m_outbox = std::make_unique<Outbox>(*m_database);

    // Berlin: 23:30 local on 28 March, 23:59 CEST on 29 March, noon on 30 March, 23:30 CET on
    // 25 October, and a "_%" message on 1 April.
    addFailure(u"kim@example.com"_s, u"CARD_UPDATE_FAILED"_s, u"Card 1001 is held by another user"_s,
               u"2026-03-28T22:30:00Z"_s);
    addFailure(u"lee@example.com"_s, u"USER_NOT_FOUND"_s, u"User not found"_s, u"2026-03-29T21:59:00Z"_s);
    addFailure(u"ana@example.com"_s, u"PARTIAL_UPDATE"_s, u"One card failed"_s, u"2026-03-30T10:00:00Z"_s);
    addFailure(u"bo@example.com"_s, QString(), QString(), u"2026-10-25T22:30:00Z"_s);
    addFailure(u"cy@example.com"_s, u"CARD_UPDATE_FAILED"_s, u"Rejected 100% of_cards"_s,
               u"2026-04-01T08:00:00Z"_s);
}

void TestFailureQueries::cleanup()
{
    m_outbox.reset();
    m_database.reset();
    m_dir.reset();
}

// Queues an update for a new user, records wireResult for it (an empty wireResult leaves it
// needing attention without a result), and moves its outcome to whenUtc.
void TestFailureQueries::addFailure(const QString &username, const QString &wireResult,
                                    const QString &message, const QString &whenUtc)
{
    const QString userId = u"u-"_s + username.section(u'@', 0, 0);
    const auto queued = m_outbox->enqueue(Profile, userId, username, {card(u"1001"_s, u"7"_s)});
    QVERIFY2(queued, qPrintable(m_outbox->errorString()));
    const auto batch = m_outbox->takeDueBatch(Profile, 10, QDateTime::currentDateTimeUtc());
    QVERIFY(batch && batch->size() == 1);
    if (wireResult.isEmpty()) {
        QVERIFY(m_outbox->markNeedsAttention(queued->updateId, u"Connection refused"_s));
    } else {
        Core::UpdateResult result;
        result.updateId = queued->updateId;
        result.rawResult = wireResult;
        result.code = Core::resultCodeFromWire(wireResult, message);
        result.message = message;
        QVERIFY2(m_outbox->recordResults({result}, "{}", "[]", 200), qPrintable(m_outbox->errorString()));
    }
    RawConnection raw(databasePath());
    QCOMPARE(raw.exec(u"UPDATE outbox SET updated_at = '%1' WHERE update_id = '%2'"_s.arg(
                 utc(whenUtc).toString(Qt::ISODateWithMs), queued->updateId)),
             QString());
}

void TestFailureQueries::migrationAddsIndexes()
{
    RawConnection raw(databasePath());
    const auto indexCount = [&raw](const QString &index) {
        return raw.value(u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = '%1'"_s.arg(index))
            .toInt();
    };
    for (const QString &index :
         {u"outbox_open_failures"_s, u"outbox_reviewed_failures"_s, u"audit_log_by_action"_s})
        QVERIFY2(indexCount(index) == 1, qPrintable(index));
    // Version 3 drops these: the planner walked them through every row to find few failures.
    for (const QString &index : {u"outbox_by_state_time"_s, u"outbox_by_time"_s})
        QVERIFY2(indexCount(index) == 0, qPrintable(index));
    QCOMPARE(m_database->schemaVersion(), Database::latestSchemaVersion());
}

// Every statement behind the inbox, with each kind of filter, must read a failure index and never
// scan the outbox table.
void TestFailureQueries::queryPlans_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("includeResolved");
    QTest::addColumn<bool>("grouped");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedIndex");

    for (const char *query : {"page", "count", "reasons", "per day", "range"}) {
        const QString name = QString::fromLatin1(query);
        QTest::addRow("%s, open", query) << name << false << false << QString() << u"outbox_open_failures"_s;
        QTest::addRow("%s, with resolved", query)
            << name << true << false << QString() << u"outbox_reviewed_failures"_s;
        QTest::addRow("%s, text", query) << name << false << false << u"kim"_s << u"outbox_open_failures"_s;
    }
    QTest::addRow("page, grouped")
        << u"page"_s << false << true << QString() << u"outbox_open_failures_by_reason"_s;
    QTest::addRow("page, grouped with resolved")
        << u"page"_s << true << true << QString() << u"outbox_reviewed_failures_by_reason"_s;
}

void TestFailureQueries::queryPlans()
{
    QFETCH(QString, query);
    QFETCH(bool, includeResolved);
    QFETCH(bool, grouped);
    QFETCH(QString, text);
    QFETCH(QString, expectedIndex);

    FailureFilter filter;
    filter.includeResolved = includeResolved;
    filter.groupByReason = grouped;
    filter.text = text;
    filter.fromUtc = utc(u"2026-03-01T00:00:00Z"_s);
    filter.toUtc = utc(u"2026-11-01T00:00:00Z"_s);
    filter.profileId = Profile;
    filter.limit = 200;
    filter.afterUpdatedAt = utc(u"2026-10-01T00:00:00Z"_s);
    filter.afterId = 1000;
    const QList<std::pair<QDateTime, QDateTime>> days{
        {utc(u"2026-09-30T22:00:00Z"_s), utc(u"2026-10-01T22:00:00Z"_s)},
        {utc(u"2026-10-01T22:00:00Z"_s), utc(u"2026-10-02T22:00:00Z"_s)}};
    const FailureSql::Statement statement = query == u"page"_s      ? FailureSql::page(filter)
                                            : query == u"count"_s   ? FailureSql::count(filter)
                                            : query == u"reasons"_s ? FailureSql::reasonCounts(filter)
                                            : query == u"range"_s   ? FailureSql::openRange(filter)
                                                                    : FailureSql::perDay(filter, days);

    QSqlQuery explain(m_database->connection());
    QVERIFY(explain.prepare(u"EXPLAIN QUERY PLAN "_s + statement.sql));
    for (qsizetype i = 0; i < statement.values.size(); ++i)
        explain.bindValue(int(i), statement.values.at(i));
    QVERIFY2(explain.exec(), qPrintable(explain.lastError().text()));
    QStringList plan;
    while (explain.next())
        plan.append(explain.value(3).toString());
    const QString planText = plan.join(u" | "_s);
    qInfo().noquote() << QTest::currentDataTag() << ":" << planText;
    QVERIFY2(planText.contains(u"USING INDEX "_s + expectedIndex) ||
                 planText.contains(u"USING COVERING INDEX "_s + expectedIndex),
             qPrintable(planText));
    // Counts read nothing but the index, also with a text filter.
    if (query != u"page"_s)
        QVERIFY2(planText.contains(u"USING COVERING INDEX "_s + expectedIndex), qPrintable(planText));
    // The index walk gives the order of the page, grouped or not, so nothing is sorted.
    QVERIFY2(!planText.contains(u"USE TEMP B-TREE FOR ORDER BY"_s), qPrintable(planText));
    if (query == u"per day"_s) {
        // Each local day is one range of updated_at in the index.
        QVERIFY2(planText.contains(u"(updated_at>? AND updated_at<?)"_s), qPrintable(planText));
        QVERIFY2(planText.indexOf(u"SCAN d"_s) < planText.indexOf(u"INDEX"_s), qPrintable(planText));
        QCOMPARE(planText.count(u"updated_at>?"_s), 1);
    }
}

void TestFailureQueries::keysetPagesDoNotOverlap_data()
{
    QTest::addColumn<bool>("grouped");
    QTest::newRow("newest first") << false;
    QTest::newRow("grouped by reason") << true;
}

void TestFailureQueries::keysetPagesDoNotOverlap()
{
    QFETCH(bool, grouped);
    FailureFilter filter;
    filter.groupByReason = grouped;
    const auto all = m_outbox->failures(filter);
    QVERIFY(all);
    QCOMPARE(all->size(), 5);

    filter.limit = 2;
    QStringList seen;
    for (int page = 0; page < 4; ++page) {
        const auto window = m_outbox->failures(filter);
        QVERIFY2(window, qPrintable(m_outbox->errorString()));
        QVERIFY(window->size() <= 2);
        if (window->isEmpty())
            break;
        seen += usernames(*window);
        filter.afterUpdatedAt = window->constLast().updatedAt;
        filter.afterId = window->constLast().id;
        filter.afterResult = window->constLast().result.code;
    }
    QCOMPARE(seen, usernames(*all));
    if (grouped) {
        // Grouped: by stored result name, so card-update-failed comes first, newest within it.
        QCOMPARE(seen.mid(0, 2), (QStringList{u"cy@example.com"_s, u"kim@example.com"_s}));
    }
}

void TestFailureQueries::retryChainLinksBothWays()
{
    const auto open = m_outbox->failures();
    QVERIFY(open);
    const Core::OutboxEntry first = open->constLast(); // kim, the oldest
    const auto second = m_outbox->retry(first.updateId);
    QVERIFY2(second, qPrintable(m_outbox->errorString()));

    const auto fromOld = m_outbox->retryChain(first.updateId);
    QVERIFY2(fromOld, qPrintable(m_outbox->errorString()));
    QCOMPARE(fromOld->size(), 2);
    QCOMPARE(fromOld->at(0).updateId, first.updateId);
    QCOMPARE(fromOld->at(1).updateId, second->updateId);
    const auto fromNew = m_outbox->retryChain(second->updateId);
    QVERIFY(fromNew);
    QCOMPARE(fromNew->size(), 2);
    QCOMPARE(fromNew->at(0).updateId, first.updateId);

    const auto missing = m_outbox->retryChain(u"no-such-update"_s);
    QVERIFY(missing);
    QVERIFY(missing->isEmpty());
}

void TestFailureQueries::countsSkipFinishedStates()
{
    const auto counts = m_outbox->counts();
    QVERIFY2(counts, qPrintable(m_outbox->errorString()));
    QCOMPARE(counts->openFailures, 5);
    QCOMPARE(counts->pending(), 0);

    const auto open = m_outbox->failures();
    QVERIFY(open);
    QVERIFY(m_outbox->resolve(open->constFirst().updateId, u"Fixed in Calven by hand"_s));
    QVERIFY(m_outbox->retry(open->at(1).updateId));
    const auto after = m_outbox->counts();
    QVERIFY(after);
    QCOMPARE(after->openFailures, 3);
    QCOMPARE(after->queued, 1);
    QCOMPARE(m_outbox->counts(u"other-profile"_s)->openFailures, 0);
}

void TestFailureQueries::filters_data()
{
    QTest::addColumn<QString>("fromUtc");
    QTest::addColumn<QString>("toUtc");
    QTest::addColumn<int>("result");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const QStringList all{u"bo@example.com"_s, u"cy@example.com"_s, u"ana@example.com"_s,
                          u"lee@example.com"_s, u"kim@example.com"_s};
    QTest::newRow("no filter") << QString() << QString() << -1 << QString() << all;
    // Local 29 March in Berlin runs from 23:00 UTC on the 28th to 22:00 UTC on the 29th (CEST).
    QTest::newRow("local day with DST start") << u"2026-03-28T23:00:00Z"_s << u"2026-03-29T22:00:00Z"_s << -1
                                              << QString() << QStringList{u"lee@example.com"_s};
    QTest::newRow("user not found") << QString() << QString() << int(ResultCode::UserNotFound) << QString()
                                    << QStringList{u"lee@example.com"_s};
    QTest::newRow("no result counts as unknown") << QString() << QString() << int(ResultCode::Unknown)
                                                 << QString() << QStringList{u"bo@example.com"_s};
    QTest::newRow("text in message") << QString() << QString() << -1 << u"HELD"_s
                                     << QStringList{u"kim@example.com"_s};
    QTest::newRow("every word must match")
        << QString() << QString() << -1 << u"card another"_s << QStringList{u"kim@example.com"_s};
    QTest::newRow("text and result") << QString() << QString() << int(ResultCode::CardUpdateFailed) << u"cy"_s
                                     << QStringList{u"cy@example.com"_s};
    QTest::newRow("nothing matches") << QString() << QString() << -1 << u"nobody"_s << QStringList();
}

void TestFailureQueries::filters()
{
    QFETCH(QString, fromUtc);
    QFETCH(QString, toUtc);
    QFETCH(int, result);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    FailureFilter filter;
    filter.fromUtc = fromUtc.isEmpty() ? QDateTime() : utc(fromUtc);
    filter.toUtc = toUtc.isEmpty() ? QDateTime() : utc(toUtc);
    if (result >= 0)
        filter.result = ResultCode(result);
    filter.text = text;

    const auto entries = m_outbox->failures(filter);
    QVERIFY2(entries, qPrintable(m_outbox->errorString()));
    QCOMPARE(usernames(*entries), expected);
    const auto count = m_outbox->failureCount(filter);
    QVERIFY(count);
    QCOMPARE(*count, expected.size());
}

void TestFailureQueries::windowsDoNotOverlap()
{
    FailureFilter filter;
    filter.limit = 2;
    QStringList seen;
    for (int offset = 0; offset < 6; offset += 2) {
        filter.offset = offset;
        const auto window = m_outbox->failures(filter);
        QVERIFY(window);
        QVERIFY(window->size() <= 2);
        seen += usernames(*window);
    }
    const auto all = m_outbox->failures();
    QVERIFY(all);
    QCOMPARE(seen, usernames(*all));
}

void TestFailureQueries::textFilterTreatsWildcardsLiterally()
{
    FailureFilter filter;
    filter.text = u"100%"_s;
    auto entries = m_outbox->failures(filter);
    QVERIFY(entries);
    QCOMPARE(usernames(*entries), QStringList{u"cy@example.com"_s});

    filter.text = u"_"_s;
    entries = m_outbox->failures(filter);
    QVERIFY(entries);
    // Only "of_cards" contains an underscore; as a wildcard it would match every row.
    QCOMPARE(usernames(*entries), QStringList{u"cy@example.com"_s});
}

void TestFailureQueries::reasonCountsIgnoreResultFilter()
{
    FailureFilter filter;
    filter.result = ResultCode::UserNotFound;
    const auto counts = m_outbox->failureReasonCounts(filter);
    QVERIFY2(counts, qPrintable(m_outbox->errorString()));
    QCOMPARE(counts->value(ResultCode::CardUpdateFailed), 2);
    QCOMPARE(counts->value(ResultCode::UserNotFound), 1);
    QCOMPARE(counts->value(ResultCode::PartialUpdate), 1);
    QCOMPARE(counts->value(ResultCode::Unknown), 1);
    QCOMPARE(counts->size(), 4);
}

void TestFailureQueries::perDayFollowsLocalDaylightSaving()
{
    const auto days = m_outbox->failuresPerDay({});
    QVERIFY2(days, qPrintable(m_outbox->errorString()));
    QList<std::pair<QDate, ResultCode>> keys;
    for (const FailureDayCount &day : *days) {
        QCOMPARE(day.count, 1);
        keys.append({day.day, day.reason});
    }
    // 22:30 UTC on 25 October is 23:30 CET on the 25th; a fixed summer offset would give the 26th.
    const QList<std::pair<QDate, ResultCode>> expected{
        {QDate(2026, 3, 28), ResultCode::CardUpdateFailed}, {QDate(2026, 3, 29), ResultCode::UserNotFound},
        {QDate(2026, 3, 30), ResultCode::PartialUpdate},    {QDate(2026, 4, 1), ResultCode::CardUpdateFailed},
        {QDate(2026, 10, 25), ResultCode::Unknown},
    };
    QCOMPARE(keys, expected);
}

void TestFailureQueries::perDayKeepsFilterBounds()
{
    // From 22:00 UTC on 29 March: lee (21:59 UTC) falls just outside, ana and later are inside.
    FailureFilter filter;
    filter.fromUtc = utc(u"2026-03-29T22:00:00Z"_s);
    filter.toUtc = utc(u"2026-04-01T08:00:00Z"_s);
    const auto days = m_outbox->failuresPerDay(filter);
    QVERIFY2(days, qPrintable(m_outbox->errorString()));
    QCOMPARE(days->size(), 1);
    QCOMPARE(days->at(0).day, QDate(2026, 3, 30));
    QCOMPARE(days->at(0).reason, ResultCode::PartialUpdate);
    // The upper bound is exclusive, so cy at 08:00 UTC on 1 April is left out.
    filter.toUtc = utc(u"2026-04-01T08:00:01Z"_s);
    QCOMPARE(m_outbox->failuresPerDay(filter)->size(), 2);
    filter.fromUtc = utc(u"2026-05-01T00:00:00Z"_s);
    filter.toUtc = utc(u"2026-05-02T00:00:00Z"_s);
    QVERIFY(m_outbox->failuresPerDay(filter)->isEmpty());
}

int main(int argc, char **argv)
{
    qputenv("TZ", "Europe/Berlin");
    tzset();
    QCoreApplication app(argc, argv);
    if (QTimeZone::systemTimeZoneId() != "Europe/Berlin" &&
        QDateTime(QDate(2026, 7, 1), QTime(12, 0)).offsetFromUtc() != 7200) {
        qWarning("The Europe/Berlin time zone is not available, so the day-boundary cases cannot run");
        return 1;
    }
    TestFailureQueries test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_failurequeries.moc"
