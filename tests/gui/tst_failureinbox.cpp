// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/failurefiltermodel.h"
#include "models/failurestatistics.h"
#include "models/failuretablemodel.h"
#include "models/roles.h"
#include "sampledata.h"
#include "ui/failurecharts.h"
#include "ui/failurespage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QPieSeries>
#include <QPieSlice>
#include <QProcess>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace Qt::StringLiterals;
using CardDesk::Core::ResultCode;
using CardDesk::Ui::FailureCharts;
using CardDesk::Ui::FailuresPage;
namespace Core = CardDesk::Core;
namespace Models = CardDesk::Models;
namespace Tests = CardDesk::Tests;

namespace {

Core::OutboxEntry failure(int id, const QString &username, ResultCode code, const QString &whenUtc,
                          const QString &profile = u"eu"_s)
{
    Core::OutboxEntry entry;
    entry.id = id;
    entry.updateId = u"00000000-0000-4000-8000-%1"_s.arg(id, 12, 10, QChar(u'0'));
    entry.profileId = profile;
    entry.userId = u"u-"_s + QString::number(id);
    entry.username = username;
    entry.credentials = {Tests::sampleCard(u"7"_s, QString::number(1000 + id))};
    entry.state = code == ResultCode::Unknown ? Core::UpdateState::Unknown : Core::UpdateState::Failed;
    entry.attempts = 1;
    entry.updatedAt = QDateTime::fromString(whenUtc, Qt::ISODate).toUTC();
    entry.createdAt = entry.updatedAt.addSecs(-5);
    entry.result = {entry.updateId, Core::resultCodeToWire(code), code, u"Rejected"_s, {}};
    return entry;
}

} // namespace

// The failure inbox's day range, grouping, charts, shortcuts and exports. The process runs in
// Europe/Berlin so that the day range crosses the daylight-saving change of 25 October 2026.
class TestFailureInbox : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void dayRangeFollowsLocalDays_data();
    void dayRangeFollowsLocalDays();
    void defaultRangeShowsEveryEntry();
    void profileFilter();
    void groupingOrdersByReason();
    void reasonCountsInResultFilter();
    void chartsCountEntriesInRange();
    void barClickFiltersDayAndReason();
    void sliceClickFiltersReason();
    void shortcutsTriggerActions();
    void openFailureTotalDrivesCount();
    void filterModelPassesModelTester();
    void csvExportNeutralisesFormulas();
    void pdfReportText();

private:
    QTableView *table() const { return m_page->findChild<QTableView *>(u"failuresTableView"_s); }
    QStringList shownUsers() const;

    FailuresPage *m_page = nullptr;
    QList<Core::OutboxEntry> m_entries;
};

void TestFailureInbox::init()
{
    // 22:30 UTC on 25 October is 23:30 CET (after the change); on 24 October it is 00:30 CEST
    // on the 25th.
    m_entries = {
        failure(1, u"ada@example.com"_s, ResultCode::CardUpdateFailed, u"2026-10-24T21:30:00Z"_s),
        failure(2, u"bob@example.com"_s, ResultCode::UserNotFound, u"2026-10-24T22:30:00Z"_s),
        failure(3, u"cy@example.com"_s, ResultCode::CardUpdateFailed, u"2026-10-25T22:30:00Z"_s),
        failure(4, u"=HYPERLINK(\"http://x\")"_s, ResultCode::PartialUpdate, u"2026-10-25T23:30:00Z"_s,
                u"us"_s),
        failure(5, u"eve@example.com"_s, ResultCode::Unknown, u"2026-10-23T08:00:00Z"_s),
    };
    m_page = new FailuresPage;
    m_page->setNoteEditor([](QWidget *, int) { return std::optional<QString>(u"Fixed by hand"_s); });
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    m_page->setEntries(m_entries);
}

void TestFailureInbox::cleanup()
{
    delete m_page;
    m_page = nullptr;
}

QStringList TestFailureInbox::shownUsers() const
{
    QStringList users;
    for (const Core::OutboxEntry &entry : m_page->visibleEntries())
        users.append(entry.username);
    users.sort();
    return users;
}

void TestFailureInbox::dayRangeFollowsLocalDays_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("24 October") << QDate(2026, 10, 24) << QDate(2026, 10, 24)
                                << QStringList{u"ada@example.com"_s};
    QTest::newRow("25 October, the day of the change")
        << QDate(2026, 10, 25) << QDate(2026, 10, 25)
        << QStringList{u"bob@example.com"_s, u"cy@example.com"_s};
    QTest::newRow("26 October") << QDate(2026, 10, 26) << QDate(2026, 10, 26)
                                << QStringList{u"=HYPERLINK(\"http://x\")"_s};
    QTest::newRow("empty range") << QDate(2026, 10, 27) << QDate(2026, 10, 28) << QStringList();
}

void TestFailureInbox::dayRangeFollowsLocalDays()
{
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QStringList, expected);
    m_page->setDayRange(first, last);
    QCOMPARE(shownUsers(), expected);
}

void TestFailureInbox::defaultRangeShowsEveryEntry()
{
    QCOMPARE(m_page->visibleEntries().size(), m_entries.size());
    m_page->setEntries(m_entries.mid(0, 2));
    QCOMPARE(m_page->visibleEntries().size(), 2);
}

void TestFailureInbox::profileFilter()
{
    auto *combo = m_page->findChild<QComboBox *>(u"profileFilterComboBox"_s);
    QVERIFY(combo);
    QCOMPARE(combo->count(), 3);
    combo->setCurrentIndex(combo->findData(u"us"_s));
    QCOMPARE(shownUsers(), QStringList{u"=HYPERLINK(\"http://x\")"_s});
    combo->setCurrentIndex(0);
    QCOMPARE(shownUsers().size(), m_entries.size());
}

void TestFailureInbox::groupingOrdersByReason()
{
    m_page->setGroupedByReason(true);
    QList<int> codes;
    for (const Core::OutboxEntry &entry : m_page->visibleEntries())
        codes.append(int(entry.result.code));
    QList<int> sorted = codes;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(codes.size(), m_entries.size());
    QCOMPARE(codes, sorted);
    // Within one reason the newest failure comes first.
    QStringList cardFailed;
    for (const Core::OutboxEntry &entry : m_page->visibleEntries()) {
        if (entry.result.code == ResultCode::CardUpdateFailed)
            cardFailed.append(entry.username);
    }
    QCOMPARE(cardFailed, (QStringList{u"cy@example.com"_s, u"ada@example.com"_s}));
}

void TestFailureInbox::reasonCountsInResultFilter()
{
    auto *combo = m_page->findChild<QComboBox *>(u"resultFilterComboBox"_s);
    const int cardFailed = combo->findData(int(ResultCode::CardUpdateFailed));
    QVERIFY(cardFailed > 0);
    QVERIFY2(combo->itemText(cardFailed).endsWith(u"(2)"_s), qPrintable(combo->itemText(cardFailed)));
    QVERIFY(combo->itemText(0).endsWith(u"(5)"_s));
}

void TestFailureInbox::chartsCountEntriesInRange()
{
    m_page->setDayRange(QDate(2026, 10, 24), QDate(2026, 10, 25));
    const Models::FailureStatistics &statistics = m_page->charts()->statistics();
    QCOMPARE(statistics.total(), 3);
    QCOMPARE(statistics.perReason.value(ResultCode::CardUpdateFailed), 2);
    QCOMPARE(statistics.perDay.value(QDate(2026, 10, 25)).value(ResultCode::UserNotFound), 1);
    auto *series = qobject_cast<QStackedBarSeries *>(m_page->charts()->dailyChart()->series().value(0));
    QVERIFY(series);
    QCOMPARE(series->count(), 2);
    QCOMPARE(series->barSets().at(0)->count(), 2);
}

void TestFailureInbox::barClickFiltersDayAndReason()
{
    m_page->setDayRange(QDate(2026, 10, 23), QDate(2026, 10, 26));
    auto *series = qobject_cast<QStackedBarSeries *>(m_page->charts()->dailyChart()->series().value(0));
    QVERIFY(series);
    QBarSet *cardFailed = nullptr;
    for (QBarSet *set : series->barSets()) {
        if (set->label() == Core::resultCodeLabel(ResultCode::CardUpdateFailed))
            cardFailed = set;
    }
    QVERIFY(cardFailed);
    QSignalSpy clicked(m_page->charts(), &FailureCharts::barClicked);
    emit cardFailed->clicked(2); // The third day: 25 October.
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(m_page->resultFilter(), std::optional(ResultCode::CardUpdateFailed));
    QCOMPARE(shownUsers(), QStringList{u"cy@example.com"_s});
}

void TestFailureInbox::sliceClickFiltersReason()
{
    auto *pie = qobject_cast<QPieSeries *>(m_page->charts()->reasonChart()->series().value(0));
    QVERIFY(pie);
    QCOMPARE(pie->count(), 4);
    QPieSlice *userNotFound = nullptr;
    for (QPieSlice *slice : pie->slices()) {
        if (slice->label().startsWith(Core::resultCodeLabel(ResultCode::UserNotFound)))
            userNotFound = slice;
    }
    QVERIFY(userNotFound);
    QCOMPARE(userNotFound->value(), 1.0);
    emit userNotFound->clicked();
    QCOMPARE(m_page->resultFilter(), std::optional(ResultCode::UserNotFound));
    QCOMPARE(shownUsers(), QStringList{u"bob@example.com"_s});
}

void TestFailureInbox::shortcutsTriggerActions()
{
    table()->setFocus();
    table()->selectRow(0);
    const Core::OutboxEntry selected = m_page->visibleEntries().at(0);

    QSignalSpy retry(m_page, &FailuresPage::retryRequested);
    QSignalSpy edit(m_page, &FailuresPage::editAndRetryRequested);
    QSignalSpy resolve(m_page, &FailuresPage::resolveRequested);
    QTest::keyClick(table(), Qt::Key_R, Qt::ControlModifier);
    QTest::keyClick(table(), Qt::Key_E, Qt::ControlModifier);
    QTest::keyClick(table(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(retry.count(), 1);
    QCOMPARE(retry.at(0).at(0).toStringList(), QStringList{selected.updateId});
    QCOMPARE(edit.count(), 1);
    QCOMPARE(edit.at(0).at(0).toString(), selected.userId);
    QCOMPARE(resolve.count(), 1);
    QCOMPARE(resolve.at(0).at(1).toString(), u"Fixed by hand"_s);
}

void TestFailureInbox::openFailureTotalDrivesCount()
{
    QSignalSpy count(m_page, &FailuresPage::openFailureCountChanged);
    m_page->setOpenFailureTotal(1234);
    QCOMPARE(count.count(), 1);
    QCOMPARE(count.at(0).at(0).toInt(), 1234);
    QCOMPARE(m_page->openFailureCount(), 1234);
    // Entries alone no longer change the count once the store's total is known.
    m_page->setEntries(m_entries.mid(0, 1));
    QCOMPARE(count.count(), 1);
}

void TestFailureInbox::filterModelPassesModelTester()
{
    Models::FailureTableModel source;
    Models::FailureFilterModel filter;
    filter.setSourceModel(&source);
    QAbstractItemModelTester sourceTester(&source, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    source.setEntries(m_entries);
    filter.setDayRange(QDate(2026, 10, 25), QDate(2026, 10, 25));
    QCOMPARE(filter.rowCount(), 2);
    filter.setProfileFilter(u"us"_s);
    QCOMPARE(filter.rowCount(), 0);
    filter.setProfileFilter({});
    filter.setDayRange({}, {});
    QCOMPARE(filter.rowCount(), m_entries.size());
    source.setEntries({});
    QCOMPARE(filter.rowCount(), 0);
}

void TestFailureInbox::csvExportNeutralisesFormulas()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"failures.csv"_s);
    QString error;
    QVERIFY2(m_page->exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(u"eve@example.com"_s));
    QVERIFY2(!text.contains(u",=HYPERLINK"_s) && !text.contains(u",\"=HYPERLINK"_s), qPrintable(text));
    QVERIFY2(text.contains(u"'=HYPERLINK"_s), qPrintable(text));

    QVERIFY(!m_page->exportCsv(dir.filePath(u"missing/folder/failures.csv"_s), &error));
    QVERIFY2(error.contains(u"missing/folder"_s), qPrintable(error));
}

void TestFailureInbox::pdfReportText()
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed, so the PDF text cannot be checked");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    m_page->setDayRange(QDate(2026, 10, 23), QDate(2026, 10, 26));
    const QString path = dir.filePath(u"report.pdf"_s);
    QString error;
    QVERIFY2(m_page->exportPdf(path, &error), qPrintable(error));

    QProcess process;
    process.start(pdftotext, {u"-layout"_s, path, u"-"_s});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(text.contains(u"CardDesk failure report"_s), qPrintable(text));
    QVERIFY2(text.contains(u"5 failures from"_s), qPrintable(text));
    QVERIFY2(text.contains(u"By reason"_s), qPrintable(text));
    QVERIFY2(text.contains(Core::resultCodeLabel(ResultCode::UserNotFound)), qPrintable(text));
    QVERIFY2(text.contains(u"cy@example.com"_s), qPrintable(text));
    QVERIFY2(text.contains(u"7:1003"_s), qPrintable(text));

    // Only eve's failure falls on 23 October, and the summary uses the singular for it.
    m_page->setDayRange(QDate(2026, 10, 23), QDate(2026, 10, 23));
    const QString singlePath = dir.filePath(u"single.pdf"_s);
    QVERIFY2(m_page->exportPdf(singlePath, &error), qPrintable(error));
    QProcess single;
    single.start(pdftotext, {u"-layout"_s, singlePath, u"-"_s});
    QVERIFY(single.waitForFinished(30000));
    QCOMPARE(single.exitCode(), 0);
    const QString singleText = QString::fromUtf8(single.readAllStandardOutput());
    QVERIFY2(singleText.contains(u"1 failure from"_s), qPrintable(singleText));
    QVERIFY2(!singleText.contains(u"1 failures"_s), qPrintable(singleText));
}

int main(int argc, char **argv)
{
    qputenv("TZ", "Europe/Berlin");
    tzset();
    QApplication app(argc, argv);
    if (QDateTime(QDate(2026, 7, 1), QTime(12, 0)).offsetFromUtc() != 7200) {
        qWarning("The Europe/Berlin time zone is not available, so the day-range cases cannot run");
        return 1;
    }
    TestFailureInbox test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_failureinbox.moc"
