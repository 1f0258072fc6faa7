// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/auditlog.h"
#include "store/database.h"
#include "storetestsupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#if !defined(Q_OS_WIN)
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace CardDesk;
using namespace CardDesk::Store;
using CardDesk::Store::TestSupport::card;
using CardDesk::Store::TestSupport::RawConnection;

namespace {

const QDateTime Base = QDateTime(QDate(2026, 5, 4), QTime(7, 0), QTimeZone::utc());

AuditRecord record(const QString &action, const QString &username, const QDateTime &time)
{
    AuditRecord result;
    result.timeUtc = time;
    result.osUser = u"desk-operator"_s;
    result.machine = u"DESK-PC-07"_s;
    result.profileId = u"profile-eu"_s;
    result.action = action;
    result.targetUserId = u"id-"_s + username;
    result.targetUsername = username;
    return result;
}

QList<qint64> ids(const QList<AuditRecord> &records)
{
    QList<qint64> result;
    for (const AuditRecord &entry : records)
        result.append(entry.id);
    return result;
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void appendStoresEveryField();
    void appendFillsDefaults();
    void appendRequiresAction();
    void queryNewestFirst();
    void queryFilter_data();
    void queryFilter();
    void tableRejectsChange_data();
    void tableRejectsChange();
    void forEachStreamsEveryRecord();
    void countIgnoresLimit();
    void osUserComesFromSystem();
    void labelsCoverKnownNames();

private:
    void appendSamples();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AuditLog> m_log;
    QList<qint64> m_sampleIds;
};

void TestAuditLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>();
    QVERIFY2(m_database->open(m_dir->filePath(u"carddesk.sqlite"_s)), qPrintable(m_database->errorString()));
    m_log = std::make_unique<AuditLog>(*m_database);
    m_sampleIds.clear();
}

void TestAuditLog::cleanup()
{
    m_log.reset();
    m_database.reset();
    m_dir.reset();
}

// Appends four records and keeps their ids in m_sampleIds, in the order appended.
void TestAuditLog::appendSamples()
{
    QList<AuditRecord> samples{
        record(u"cards.submitted"_s, u"alice@example.com"_s, Base),
        record(u"cards.submitted"_s, u"Ärger.Bernd@example.com"_s, Base.addSecs(60)),
        record(u"update.resolved"_s, u"chen@example.com"_s, Base.addSecs(120)),
        record(u"directory.refreshed"_s, QString(), Base.addSecs(180)),
    };
    samples[0].detail = u"Lost card replaced"_s;
    samples[0].result = u"queued"_s;
    samples[1].cardsAfter = {card(u"00777"_s, u"9"_s)};
    samples[1].result = u"confirmed"_s;
    samples[2].profileId = u"profile-us"_s;
    samples[2].updateId = u"update-0003"_s;
    for (const AuditRecord &sample : samples) {
        const auto id = m_log->append(sample);
        QVERIFY2(id, qPrintable(m_log->errorString()));
        m_sampleIds.append(*id);
    }
}

void TestAuditLog::appendStoresEveryField()
{
    AuditRecord input = record(u"cards.submitted"_s, u"alice@example.com"_s, Base.addMSecs(345));
    input.cardsBefore = {card(u"00012"_s, u"9"_s)};
    input.cardsAfter = {card(u"00012"_s, u"9"_s, false), card(u"00013"_s, u"9"_s)};
    input.updateId = u"7a0c6d5e-4c11-4f0e-9d7e-000000000001"_s;
    input.result = u"queued"_s;
    input.detail = u"Replaced a lost card"_s;
    const auto id = m_log->append(input);
    QVERIFY2(id, qPrintable(m_log->errorString()));

    const auto records = m_log->query();
    QVERIFY(records);
    QCOMPARE(records->size(), 1);
    const AuditRecord &stored = records->at(0);
    QCOMPARE(stored.id, *id);
    QCOMPARE(stored.timeUtc, input.timeUtc);
    QCOMPARE(stored.timeUtc.timeSpec(), Qt::UTC);
    QCOMPARE(stored.osUser, input.osUser);
    QCOMPARE(stored.machine, input.machine);
    QCOMPARE(stored.profileId, input.profileId);
    QCOMPARE(stored.action, input.action);
    QCOMPARE(stored.targetUserId, input.targetUserId);
    QCOMPARE(stored.targetUsername, input.targetUsername);
    QCOMPARE(stored.cardsBefore, input.cardsBefore);
    QCOMPARE(stored.cardsAfter, input.cardsAfter);
    QCOMPARE(stored.updateId, input.updateId);
    QCOMPARE(stored.result, input.result);
    QCOMPARE(stored.detail, input.detail);
}

void TestAuditLog::appendFillsDefaults()
{
    AuditRecord input;
    input.action = u"app.started"_s;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QVERIFY(m_log->append(input));

    const AuditRecord stored = m_log->query()->at(0);
    QVERIFY(stored.timeUtc >= before.addMSecs(-1));
    QVERIFY(stored.timeUtc <= QDateTime::currentDateTimeUtc());
    QCOMPARE(stored.osUser, AuditLog::currentOsUser());
    QVERIFY(!stored.osUser.isEmpty());
    QCOMPARE(stored.machine, AuditLog::currentMachine());
    QVERIFY(stored.cardsBefore.isEmpty());
}

void TestAuditLog::appendRequiresAction()
{
    QVERIFY(!m_log->append(record(QString(), u"alice@example.com"_s, Base)));
    QVERIFY2(m_log->errorString().contains(u"alice@example.com"_s), qPrintable(m_log->errorString()));
    QVERIFY(m_log->query()->isEmpty());
}

void TestAuditLog::queryNewestFirst()
{
    appendSamples();
    const auto records = m_log->query();
    QVERIFY(records);
    QList<qint64> expected = m_sampleIds;
    std::reverse(expected.begin(), expected.end());
    QCOMPARE(ids(*records), expected);
}

void TestAuditLog::queryFilter_data()
{
    QTest::addColumn<AuditFilter>("filter");
    QTest::addColumn<QList<int>>("expectedSamples"); // Indexes into the appended samples, newest first.

    const auto filter = [](QDateTime from, QDateTime to, QString action, QString userText, int limit) {
        AuditFilter result;
        result.fromUtc = from;
        result.toUtc = to;
        result.action = action;
        result.userText = userText;
        result.limit = limit;
        return result;
    };
    const auto byProfile = [](const QString &profileId) {
        AuditFilter result;
        result.profileId = profileId;
        return result;
    };
    const auto byResult = [](const QString &name) {
        AuditFilter result;
        result.result = name;
        return result;
    };
    const auto byText = [](const QString &text) {
        AuditFilter result;
        result.text = text;
        return result;
    };
    QTest::newRow("no filter") << AuditFilter() << QList<int>{3, 2, 1, 0};
    QTest::newRow("from is inclusive") << filter(Base.addSecs(60), {}, {}, {}, 0) << QList<int>{3, 2, 1};
    QTest::newRow("to is exclusive") << filter({}, Base.addSecs(120), {}, {}, 0) << QList<int>{1, 0};
    QTest::newRow("time window") << filter(Base.addSecs(30), Base.addSecs(150), {}, {}, 0)
                                 << QList<int>{2, 1};
    QTest::newRow("action") << filter({}, {}, u"cards.submitted"_s, {}, 0) << QList<int>{1, 0};
    QTest::newRow("user text, other case") << filter({}, {}, {}, u"ALICE"_s, 0) << QList<int>{0};
    QTest::newRow("user text, non-ASCII case") << filter({}, {}, {}, u"ärger"_s, 0) << QList<int>{1};
    QTest::newRow("user text matches user id") << filter({}, {}, {}, u"id-chen"_s, 0) << QList<int>{2};
    QTest::newRow("user text matches OS user")
        << filter({}, {}, {}, u"desk-op"_s, 0) << QList<int>{3, 2, 1, 0};
    QTest::newRow("user text, no match") << filter({}, {}, {}, u"zed"_s, 0) << QList<int>();
    QTest::newRow("percent sign is literal") << filter({}, {}, {}, u"%"_s, 0) << QList<int>();
    QTest::newRow("action and text") << filter({}, {}, u"cards.submitted"_s, u"example"_s, 0)
                                     << QList<int>{1, 0};
    QTest::newRow("limit") << filter({}, {}, {}, {}, 2) << QList<int>{3, 2};
    QTest::newRow("profile") << byProfile(u"profile-us"_s) << QList<int>{2};
    QTest::newRow("profile, no match") << byProfile(u"profile"_s) << QList<int>();
    QTest::newRow("result") << byResult(u"confirmed"_s) << QList<int>{1};
    QTest::newRow("text in detail") << byText(u"lost card"_s) << QList<int>{0};
    QTest::newRow("text in card number") << byText(u"00777"_s) << QList<int>{1};
    QTest::newRow("text in update id") << byText(u"update-0003"_s) << QList<int>{2};
    QTest::newRow("text in machine") << byText(u"desk-pc"_s) << QList<int>{3, 2, 1, 0};
    QTest::newRow("text words all match") << byText(u"LOST replaced"_s) << QList<int>{0};
    QTest::newRow("text words, one missing") << byText(u"lost stolen"_s) << QList<int>();
    QTest::newRow("text underscore is literal") << byText(u"_"_s) << QList<int>();
}

void TestAuditLog::queryFilter()
{
    QFETCH(AuditFilter, filter);
    QFETCH(QList<int>, expectedSamples);
    appendSamples();

    QList<qint64> expected;
    for (int index : expectedSamples)
        expected.append(m_sampleIds.at(index));
    const auto records = m_log->query(filter);
    QVERIFY2(records, qPrintable(m_log->errorString()));
    QCOMPARE(ids(*records), expected);
}

void TestAuditLog::tableRejectsChange_data()
{
    QTest::addColumn<QString>("sql");

    QTest::newRow("update result") << u"UPDATE audit_log SET result = 'ok'"_s;
    QTest::newRow("update time") << u"UPDATE audit_log SET recorded_at = '2000-01-01T00:00:00.000Z'"_s;
    QTest::newRow("delete one") << u"DELETE FROM audit_log WHERE action = 'update.resolved'"_s;
    QTest::newRow("delete all") << u"DELETE FROM audit_log"_s;
    QTest::newRow("replace row")
        << u"INSERT OR REPLACE INTO audit_log (id, recorded_at, os_user, machine, action)"
           " SELECT id, recorded_at, 'intruder', machine, action FROM audit_log"_s;
    QTest::newRow("upsert row")
        << u"INSERT INTO audit_log (id, recorded_at, os_user, machine, action)"
           " SELECT id, recorded_at, os_user, machine, action FROM audit_log WHERE true"
           " ON CONFLICT (id) DO UPDATE SET os_user = 'intruder'"_s;
}

void TestAuditLog::tableRejectsChange()
{
    QFETCH(QString, sql);
    appendSamples();
    const auto before = m_log->query();
    QVERIFY(before);

    // Another program that opens the file directly is stopped by the triggers too.
    RawConnection raw(m_database->path());
    const QString error = raw.exec(sql);
    QVERIFY2(error.contains(u"append-only"_s), qPrintable(error));

    const auto after = m_log->query();
    QVERIFY(after);
    QCOMPARE(ids(*after), ids(*before));
    for (qsizetype i = 0; i < after->size(); ++i) {
        QCOMPARE(after->at(i).osUser, before->at(i).osUser);
        QCOMPARE(after->at(i).result, before->at(i).result);
        QCOMPARE(after->at(i).timeUtc, before->at(i).timeUtc);
    }
}

void TestAuditLog::forEachStreamsEveryRecord()
{
    constexpr int Count = 2500;
    for (int i = 0; i < Count; ++i)
        QVERIFY(m_log->append(record(u"cards.submitted"_s, u"user%1@example.com"_s.arg(i), Base.addSecs(i))));

    int visited = 0;
    QDateTime previous;
    const bool ok = m_log->forEach({}, [&](const AuditRecord &entry) {
        if (previous.isValid() && entry.timeUtc > previous)
            return false;
        previous = entry.timeUtc;
        ++visited;
        return true;
    });
    QVERIFY2(ok, qPrintable(m_log->errorString()));
    QCOMPARE(visited, Count);
    QCOMPARE(previous, Base);

    int stoppedAfter = 0;
    QVERIFY(m_log->forEach({}, [&](const AuditRecord &) { return ++stoppedAfter < 10; }));
    QCOMPARE(stoppedAfter, 10);
}

void TestAuditLog::countIgnoresLimit()
{
    appendSamples();
    AuditFilter filter;
    filter.action = u"cards.submitted"_s;
    filter.limit = 1;
    const auto count = m_log->count(filter);
    QVERIFY2(count, qPrintable(m_log->errorString()));
    QCOMPARE(*count, 2);
    filter.action = u"no.such.action"_s;
    QCOMPARE(*m_log->count(filter), 0);
}

void TestAuditLog::osUserComesFromSystem()
{
#if defined(Q_OS_WIN)
    QSKIP("The passwd database exists only on Unix.");
#else
    const passwd *entry = getpwuid(geteuid());
    if (!entry)
        QSKIP("This user id has no passwd entry, so the environment is the only source.");
    const QString expected = QString::fromLocal8Bit(entry->pw_name);
    const QByteArray savedUser = qgetenv("USER");
    qputenv("USER", "someone-else");
    const QString name = AuditLog::currentOsUser();
    qputenv("USER", savedUser);
    QCOMPARE(name, expected);
#endif
}

void TestAuditLog::labelsCoverKnownNames()
{
    for (const QString &action : AuditLog::knownActions()) {
        const QString label = AuditLog::actionLabel(action);
        QVERIFY2(!label.isEmpty() && label != action, qPrintable(action));
    }
    for (const QString &result : AuditLog::knownResults()) {
        const QString label = AuditLog::resultLabel(result);
        QVERIFY2(!label.isEmpty() && label != result, qPrintable(result));
    }
    QVERIFY(AuditLog::knownActions().contains(u"update.result"_s));
    QCOMPARE(AuditLog::actionLabel(u"cards.submitted"_s), u"Cards submitted"_s);
    QCOMPARE(AuditLog::actionLabel(u"future.action"_s), u"future.action"_s);
    QCOMPARE(AuditLog::resultLabel(u"needs-attention"_s), u"Needs attention"_s);
    QCOMPARE(AuditLog::actionLabel(u"update.superseded"_s), u"Queued update replaced"_s);
    QCOMPARE(AuditLog::resultLabel(u"superseded"_s), u"Superseded"_s);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
