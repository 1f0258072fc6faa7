// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/appcontroller.h"
#include "gui/auditreader.h"
#include "models/audittablemodel.h"
#include "models/roles.h"
#include "sampledata.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "ui/auditdetailview.h"
#include "ui/auditpage.h"
#include "ui/mainwindow.h"
#include "ui/sidebar.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMetaEnum>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace Qt::StringLiterals;
using CardDesk::Models::AuditRow;
using CardDesk::Models::AuditTableModel;
using CardDesk::Ui::AuditPage;
namespace AuditReader = CardDesk::Gui::AuditReader;
namespace Store = CardDesk::Store;
namespace Tests = CardDesk::Tests;

namespace {

AuditRow auditRow(qint64 id, const QString &action, const QString &username, const QString &whenUtc)
{
    AuditRow row;
    row.id = id;
    row.timeUtc = QDateTime::fromString(whenUtc, Qt::ISODate).toUTC();
    row.osUser = u"desk1"_s;
    row.machine = u"pc-17"_s;
    row.profileId = u"0b6f3c2e-52aa-4d0f-9a57-5d3f1e0c7a10"_s;
    row.profileName = u"EU production"_s;
    row.action = action;
    row.actionLabel = action == u"cards.submitted"_s ? u"Cards submitted"_s : QString();
    row.targetUserId = u"u-"_s + QString::number(id);
    row.targetUsername = username;
    row.cardsBefore = {Tests::sampleCard(u"7"_s, u"00123"_s)};
    row.cardsAfter = {Tests::sampleCard(u"7"_s, u"00123"_s, false), Tests::sampleCard(u"7"_s, u"456"_s)};
    row.updateId = u"00000000-0000-4000-8000-00000000000"_s + QString::number(id);
    row.result = u"queued"_s;
    row.resultLabel = u"Queued"_s;
    row.detail = u"Lost card replaced"_s;
    return row;
}

// Appends count records to the log, one second apart from start, alternating two actions.
bool appendRecords(Store::AuditLog &log, int count, const QDateTime &start)
{
    for (int i = 0; i < count; ++i) {
        Store::AuditRecord record;
        record.timeUtc = start.addSecs(i);
        record.osUser = u"desk1"_s;
        record.machine = u"PC-17"_s;
        record.profileId = u"profile-eu"_s;
        record.action = i % 2 == 0 ? u"cards.submitted"_s : u"update.result"_s;
        record.result = i % 2 == 0 ? u"queued"_s : u"confirmed"_s;
        record.targetUserId = u"u-%1"_s.arg(i);
        record.targetUsername = i == 0 ? u"=cmd|' /C calc'!A0"_s : u"user%1@example.com"_s.arg(i);
        record.cardsAfter = {Tests::sampleCard(u"7"_s, u"00%1"_s.arg(100 + i))};
        record.updateId = u"update-%1"_s.arg(i);
        if (!log.append(record))
            return false;
    }
    return true;
}

QStringList readCsvLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
}

} // namespace

class TestAuditPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void modelPassesModelTester();
    void cellsShowCardsAndLocalTime();
    void toolTipsGiveUtcAndIds();
    void filtersEmitChanges();
    void textFilterIsDebounced();
    void showingPageRequestsRows();
    void countLabelSaysWhenTruncated();
    void emptyStateShowsMessage();
    void rowsUseLabelsAndProfileNames();
    void exportWritesEveryMatchingRecord();
    void exportReportsUnwritableFolder();
    void controllerShowsProfileNames();
    void controllerExportsOnWorkerThread();
    void mainWindowHasAuditPage();
    void detailShowsSelectedRecord();
    void detailFollowsArrowKeys();
    void detailHintWithoutSelection();
    void detailKeepsRecordAfterReload();
    void detailShowsUpdateRecords();
    void longValuesDoNotWidenPage();
    void secondaryColumnsStartHidden();
    void hiddenColumnsSurviveNewPage();
    void primaryColumnsFitMainWindow();
    void mnemonicsAreUnique();
    void controllerListsUpdateRecords();

private:
    AuditPage *m_page = nullptr;
    QList<AuditRow> m_rows;
};

void TestAuditPage::init()
{
    m_rows = {auditRow(1, u"cards.submitted"_s, u"ada@example.com"_s, u"2026-12-01T09:00:00Z"_s),
              auditRow(2, u"update.resolved"_s, u"=cmd|' /C calc'!A0"_s, u"2026-12-02T10:00:00Z"_s)};
    m_rows[1].osUser = u"desk2"_s;
    m_rows[1].machine = u"pc-42"_s;
    m_rows[1].cardsBefore = {Tests::sampleCard(u"7"_s, u"00123"_s, false)};
    m_rows[1].cardsAfter = {Tests::sampleCard(u"7"_s, u"00123"_s)};
    m_page = new AuditPage;
    m_page->resize(1000, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
}

void TestAuditPage::cleanup()
{
    delete m_page;
    m_page = nullptr;
}

void TestAuditPage::modelPassesModelTester()
{
    AuditTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(m_rows);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(AuditTableModel::ColumnCount));
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

void TestAuditPage::cellsShowCardsAndLocalTime()
{
    // main() sets TZ to Europe/Berlin: UTC+1 in winter, UTC+2 in summer.
    const QStringList cells = AuditTableModel::cells(m_rows.first());
    QCOMPARE(cells.size(), int(AuditTableModel::ColumnCount));
    QCOMPARE(cells.at(AuditTableModel::TimeColumn), u"2026-12-01 10:00:00 +01:00"_s);
    QCOMPARE(cells.at(AuditTableModel::CardsBeforeColumn), u"7:00123"_s);
    QCOMPARE(cells.at(AuditTableModel::CardsAfterColumn), u"7:00123 (inactive), 7:456"_s);
    QCOMPARE(cells.at(AuditTableModel::UserColumn), u"ada@example.com"_s);
    QCOMPARE(cells.at(AuditTableModel::ActionColumn), u"Cards submitted"_s);
    QCOMPARE(cells.at(AuditTableModel::ProfileColumn), u"EU production"_s);
    QCOMPARE(cells.at(AuditTableModel::ResultColumn), u"Queued"_s);

    AuditRow summer = m_rows.first();
    summer.timeUtc = QDateTime(QDate(2026, 7, 1), QTime(23, 30), QTimeZone::utc());
    QCOMPARE(AuditTableModel::cells(summer).at(AuditTableModel::TimeColumn), u"2026-07-02 01:30:00 +02:00"_s);
    // Without a label the stored name shows.
    QCOMPARE(AuditTableModel::cells(m_rows.at(1)).at(AuditTableModel::ActionColumn), u"update.resolved"_s);
    QVERIFY(AuditTableModel::headers().at(AuditTableModel::TimeColumn).contains(u"local"_s));
}

void TestAuditPage::toolTipsGiveUtcAndIds()
{
    AuditTableModel model;
    model.setRows(m_rows);
    const auto tip = [&model](int column) {
        return model.index(0, column).data(Qt::ToolTipRole).toString();
    };
    QCOMPARE(tip(AuditTableModel::TimeColumn), u"2026-12-01 09:00:00 UTC"_s);
    QVERIFY2(tip(AuditTableModel::ProfileColumn).contains(m_rows.first().profileId),
             qPrintable(tip(AuditTableModel::ProfileColumn)));
    QVERIFY2(tip(AuditTableModel::ActionColumn).contains(u"cards.submitted"_s),
             qPrintable(tip(AuditTableModel::ActionColumn)));
    QVERIFY2(tip(AuditTableModel::UserColumn).contains(u"u-1"_s),
             qPrintable(tip(AuditTableModel::UserColumn)));
    QCOMPARE(model.index(0, AuditTableModel::TimeColumn).data(CardDesk::Models::RawValueRole).toDateTime(),
             m_rows.first().timeUtc);
}

void TestAuditPage::filtersEmitChanges()
{
    m_page->setActions(
        {{u"cards.submitted"_s, u"Cards submitted"_s}, {u"update.resolved"_s, u"Failure resolved"_s}});
    QSignalSpy changed(m_page, &AuditPage::filtersChanged);
    auto *combo = m_page->findChild<QComboBox *>(u"auditActionComboBox"_s);
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->itemText(2), u"Failure resolved"_s);
    combo->setCurrentIndex(combo->findData(u"update.resolved"_s));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_page->action(), u"update.resolved"_s);

    m_page->setDayRange(QDate(2026, 12, 1), QDate(2026, 12, 3));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m_page->firstDay(), QDate(2026, 12, 1));
    QCOMPARE(m_page->lastDay(), QDate(2026, 12, 3));

    // New action names keep the chosen one selected without a new query.
    m_page->setActions({{u"cards.submitted"_s, u"Cards submitted"_s},
                        {u"directory.refreshed"_s, u"Directory refreshed"_s},
                        {u"update.resolved"_s, u"Failure resolved"_s}});
    QCOMPARE(m_page->action(), u"update.resolved"_s);
    QCOMPARE(changed.count(), 2);

    m_page->setResults({{u"confirmed"_s, u"Confirmed"_s}, {u"failed"_s, u"Failed"_s}});
    auto *results = m_page->findChild<QComboBox *>(u"auditResultComboBox"_s);
    results->setCurrentIndex(results->findData(u"failed"_s));
    QCOMPARE(changed.count(), 3);
    QCOMPARE(m_page->result(), u"failed"_s);

    m_page->setProfiles({{u"id-eu"_s, u"EU production"_s}, {u"id-us"_s, u"US staging"_s}});
    auto *profiles = m_page->findChild<QComboBox *>(u"auditProfileComboBox"_s);
    QCOMPARE(profiles->itemText(1), u"EU production"_s);
    profiles->setCurrentIndex(2);
    QCOMPARE(changed.count(), 4);
    QCOMPARE(m_page->profileId(), u"id-us"_s);
}

void TestAuditPage::textFilterIsDebounced()
{
    QSignalSpy changed(m_page, &AuditPage::filtersChanged);
    QTest::keyClicks(m_page->findChild<QLineEdit *>(u"auditUserLineEdit"_s), u"ada"_s);
    QCOMPARE(changed.count(), 0);
    QVERIFY(changed.wait(2000));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_page->userText(), u"ada"_s);

    QTest::keyClicks(m_page->findChild<QLineEdit *>(u"auditTextLineEdit"_s), u"00123"_s);
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.wait(2000));
    QCOMPARE(m_page->freeText(), u"00123"_s);
}

void TestAuditPage::showingPageRequestsRows()
{
    m_page->hide();
    QSignalSpy changed(m_page, &AuditPage::filtersChanged);
    m_page->show();
    QCOMPARE(changed.count(), 1);
}

void TestAuditPage::countLabelSaysWhenTruncated()
{
    auto *label = m_page->findChild<QLabel *>(u"auditCountLabel"_s);
    m_page->setRows(m_rows);
    QCOMPARE(label->text(), u"2 records"_s);
    m_page->setRows(m_rows, 5000);
    QVERIFY2(label->text().contains(u"newest 2 of 5,000"_s), qPrintable(label->text()));
    QCOMPARE(m_page->findChild<QTableView *>(u"auditTableView"_s)->model()->rowCount(), 2);
}

void TestAuditPage::emptyStateShowsMessage()
{
    auto *stack = m_page->findChild<QStackedWidget *>();
    auto *table = m_page->findChild<QTableView *>(u"auditTableView"_s);
    auto *empty = m_page->findChild<QLabel *>(u"auditEmptyLabel"_s);
    m_page->setRows({});
    QVERIFY(empty->isVisible());
    QVERIFY(!table->isVisible());
    QVERIFY2(empty->text().contains(u"No audit records"_s), qPrintable(empty->text()));
    m_page->setRows(m_rows);
    QCOMPARE(stack->currentWidget(), table);
    QVERIFY(table->isVisible());
    m_page->setLoadError(u"Cannot read the audit log from /x: disk I/O error."_s);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(u"disk I/O error"_s));
}

void TestAuditPage::rowsUseLabelsAndProfileNames()
{
    Store::AuditRecord record;
    record.profileId = u"0b6f3c2e-52aa-4d0f-9a57-5d3f1e0c7a10"_s;
    record.action = u"update.result"_s;
    record.result = u"needs-attention"_s;
    const AuditRow row = AuditReader::toRow(record, {{record.profileId, u"EU production"_s}});
    QCOMPARE(row.profileName, u"EU production"_s);
    QCOMPARE(row.actionLabel, u"Update result"_s);
    QCOMPARE(row.resultLabel, u"Needs attention"_s);

    const AuditRow removed = AuditReader::toRow(record, {});
    QVERIFY2(removed.profileName.contains(u"0b6f3c2e"_s), qPrintable(removed.profileName));
    QVERIFY2(!removed.profileName.contains(record.profileId), qPrintable(removed.profileName));
}

void TestAuditPage::exportWritesEveryMatchingRecord()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString databasePath = dir.filePath(u"carddesk.sqlite"_s);
    const QDateTime start(QDate(2026, 12, 1), QTime(8, 0), QTimeZone::utc());
    {
        Store::Database database;
        QVERIFY2(database.open(databasePath), qPrintable(database.errorString()));
        Store::AuditLog log(database);
        QVERIFY2(appendRecords(log, 4001, start), qPrintable(log.errorString()));
    }
    const AuditReader::ProfileNames names{{u"profile-eu"_s, u"EU production"_s}};

    // More than the 2,000 rows the page loads, all of them written.
    const QString path = dir.filePath(u"audit.csv"_s);
    const AuditReader::ExportResult all = AuditReader::exportCsv(databasePath, {}, names, path);
    QVERIFY2(all.ok, qPrintable(all.error));
    QCOMPARE(all.records, 4001);
    const QStringList lines = readCsvLines(path);
    QCOMPARE(lines.size(), 4002);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(3) == "\xEF\xBB\xBF");
    QVERIFY2(lines.at(0).contains(u"Time (UTC),Time (local)"_s), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(0).contains(u"Action,Action name"_s), qPrintable(lines.at(0)));
    QCOMPARE(lines.at(1).section(u',', 0, 0), u"2026-12-01T09:06:40.000Z"_s);
    QVERIFY2(lines.at(1).contains(u"EU production,profile-eu,Cards submitted,cards.submitted"_s),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(u"2026-12-01 10:06:40 +01:00"_s), qPrintable(lines.at(1)));
    // The oldest record comes last, its formula-like username neutralised.
    QVERIFY2(lines.last().contains(u"'=cmd"_s), qPrintable(lines.last()));
    QVERIFY2(!lines.last().contains(u",=cmd"_s) && !lines.last().contains(u",\"=cmd"_s),
             qPrintable(lines.last()));
    QVERIFY2(lines.last().contains(u"'7:00100"_s) || lines.last().contains(u"7:00100"_s),
             qPrintable(lines.last()));

    // The filters apply, with no limit.
    Store::AuditFilter filter;
    filter.action = u"update.result"_s;
    filter.limit = 10;
    const AuditReader::ExportResult results = AuditReader::exportCsv(databasePath, filter, names, path);
    QVERIFY2(results.ok, qPrintable(results.error));
    QCOMPARE(results.records, 2000);
    QCOMPARE(readCsvLines(path).size(), 2001);

    std::atomic_bool cancel = true;
    const QString cancelledPath = dir.filePath(u"cancelled.csv"_s);
    const AuditReader::ExportResult cancelled =
        AuditReader::exportCsv(databasePath, {}, names, cancelledPath, &cancel);
    QVERIFY(!cancelled.ok);
    QVERIFY(!QFile::exists(cancelledPath));
}

void TestAuditPage::exportReportsUnwritableFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const AuditReader::ExportResult result = AuditReader::exportCsv(
        dir.filePath(u"carddesk.sqlite"_s), {}, {}, dir.filePath(u"no/such/folder/audit.csv"_s));
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(u"no/such/folder"_s), qPrintable(result.error));
}

void TestAuditPage::controllerShowsProfileNames()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CardDesk::Sync::Workspace workspace;
    QString error;
    QVERIFY2(workspace.open(dir.path(), &error), qPrintable(error));
    QVERIFY(appendRecords(workspace.auditLog(), 3, QDateTime::currentDateTimeUtc().addSecs(-60)));
    CardDesk::Ui::MainWindow window;
    CardDesk::Gui::AppController controller(&window, &workspace);
    controller.setProfileNames({{u"profile-eu"_s, u"EU production"_s}});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentPage(CardDesk::Ui::MainWindow::Page::Audit);

    AuditTableModel *model = window.auditPage()->model();
    QTRY_COMPARE(model->rowCount(), 3);
    const QModelIndex profile = model->index(0, AuditTableModel::ProfileColumn);
    QCOMPARE(profile.data().toString(), u"EU production"_s);
    QVERIFY(profile.data(Qt::ToolTipRole).toString().contains(u"profile-eu"_s));
    QCOMPARE(model->index(0, AuditTableModel::ActionColumn).data().toString(), u"Cards submitted"_s);
    QCOMPARE(model->index(1, AuditTableModel::ResultColumn).data().toString(), u"Confirmed"_s);

    // The profile filter offers the name and reads only that profile's records.
    auto *profiles = window.auditPage()->findChild<QComboBox *>(u"auditProfileComboBox"_s);
    QVERIFY(profiles->findText(u"EU production"_s) > 0);
    auto *results = window.auditPage()->findChild<QComboBox *>(u"auditResultComboBox"_s);
    results->setCurrentIndex(results->findData(u"confirmed"_s));
    QTRY_COMPARE(model->rowCount(), 1);
}

void TestAuditPage::controllerExportsOnWorkerThread()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CardDesk::Sync::Workspace workspace;
    QString error;
    QVERIFY2(workspace.open(dir.path(), &error), qPrintable(error));
    QVERIFY(appendRecords(workspace.auditLog(), 2500, QDateTime::currentDateTimeUtc().addSecs(-3000)));
    CardDesk::Ui::MainWindow window;
    CardDesk::Gui::AppController controller(&window, &workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentPage(CardDesk::Ui::MainWindow::Page::Audit);
    AuditPage *page = window.auditPage();
    QTRY_COMPARE(page->model()->rowCount(), 2000);
    QVERIFY2(page->findChild<QLabel *>(u"auditCountLabel"_s)->text().contains(u"2,500"_s),
             qPrintable(page->findChild<QLabel *>(u"auditCountLabel"_s)->text()));

    const QString path = dir.filePath(u"audit.csv"_s);
    auto *button = page->findChild<QPushButton *>(u"auditExportButton"_s);
    QElapsedTimer timer;
    timer.start();
    emit page->exportRequested(path);
    // The request returns at once, and the button stays disabled until the worker finishes.
    QVERIFY(timer.elapsed() < 200);
    QVERIFY(!button->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 20000);
    const QStringList lines = readCsvLines(path);
    QCOMPARE(lines.size(), 2501);
    // Columns hidden on screen are still exported.
    QVERIFY(!page->isColumnShown(AuditTableModel::MachineColumn));
    QVERIFY(!page->isColumnShown(AuditTableModel::UpdateIdColumn));
    QString headerLine = lines.first();
    if (headerLine.startsWith(QChar(0xFEFF)))
        headerLine.remove(0, 1);
    QCOMPARE(headerLine, AuditTableModel::exportHeaders().join(u','));
    QVERIFY2(lines.at(1).contains(u"PC-17"_s), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(u"update-2499"_s), qPrintable(lines.at(1)));
    QVERIFY2(page->findChild<QLabel *>(u"auditExportLabel"_s)->text().contains(u"2,500"_s),
             qPrintable(page->findChild<QLabel *>(u"auditExportLabel"_s)->text()));
}

void TestAuditPage::mainWindowHasAuditPage()
{
    CardDesk::Ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *sidebar = window.findChild<CardDesk::Ui::Sidebar *>();
    QVERIFY(sidebar);
    QCOMPARE(sidebar->count(), 3);
    QCOMPARE(sidebar->item(2)->text(), u"Audit"_s);
    QVERIFY(window.auditPage());
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), CardDesk::Ui::MainWindow::Page::Audit);
    sidebar->setCurrentRow(1);
    QCOMPARE(window.currentPage(), CardDesk::Ui::MainWindow::Page::Failures);
}

namespace {

QTableView *auditTable(AuditPage *page)
{
    return page->findChild<QTableView *>(u"auditTableView"_s);
}

QString labelText(AuditPage *page, const QString &objectName)
{
    auto *label = page->findChild<QLabel *>(objectName);
    return label ? label->text() : u"(no label %1)"_s.arg(objectName);
}

QString shownUpdateId(AuditPage *page)
{
    return labelText(page, u"auditDetailUpdateIdLabel"_s);
}

void clickRow(QTableView *table, int row)
{
    const QRect rect = table->visualRect(table->model()->index(row, AuditTableModel::TimeColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

void TestAuditPage::detailShowsSelectedRecord()
{
    m_page->setRows(m_rows);
    QTableView *table = auditTable(m_page);
    // Newest first: row 0 of the table is record 2, row 1 is record 1.
    clickRow(table, 1);
    auto *detail = m_page->findChild<CardDesk::Ui::AuditDetailView *>();
    QCOMPARE(detail->recordId(), 1);
    QCOMPARE(shownUpdateId(m_page), m_rows.at(0).updateId);
    QCOMPARE(labelText(m_page, u"auditDetailOsUserLabel"_s), u"desk1"_s);
    QCOMPARE(labelText(m_page, u"auditDetailMachineLabel"_s), u"pc-17"_s);
    QCOMPARE(labelText(m_page, u"auditDetailProfileLabel"_s), u"EU production"_s);
    QCOMPARE(labelText(m_page, u"auditDetailTimeLabel"_s),
             u"2026-12-01 10:00:00 +01:00 (2026-12-01 09:00:00 UTC)"_s);
    QCOMPARE(labelText(m_page, u"auditDetailActionLabel"_s), u"Cards submitted"_s);
    QCOMPARE(labelText(m_page, u"auditDetailResultLabel"_s), u"Queued"_s);
    QVERIFY2(labelText(m_page, u"auditDetailUserLabel"_s).contains(u"ada@example.com"_s),
             qPrintable(labelText(m_page, u"auditDetailUserLabel"_s)));
    QVERIFY2(labelText(m_page, u"auditDetailUserLabel"_s).contains(u"u-1"_s),
             qPrintable(labelText(m_page, u"auditDetailUserLabel"_s)));
    QCOMPARE(labelText(m_page, u"auditDetailDetailLabel"_s), u"Lost card replaced"_s);
    auto *fields = detail->findChild<QFormLayout *>();
    QVERIFY(fields);
    QVERIFY(fields->labelAlignment().testFlag(Qt::AlignTop));
    const QStringList cards = labelText(m_page, u"auditDetailCardsLabel"_s).split(u'\n');
    QCOMPARE(cards.size(), 2);
    QVERIFY2(cards.at(0).startsWith(u"Deactivated: "_s), qPrintable(cards.at(0)));
    QVERIFY2(cards.at(0).endsWith(u" 7:00123"_s), qPrintable(cards.at(0)));
    QVERIFY2(cards.at(1).startsWith(u"Added: "_s), qPrintable(cards.at(1)));
    QVERIFY2(cards.at(1).endsWith(u" 7:456"_s), qPrintable(cards.at(1)));
}

void TestAuditPage::detailFollowsArrowKeys()
{
    m_page->setRows(m_rows);
    QTableView *table = auditTable(m_page);
    clickRow(table, 0);
    QCOMPARE(shownUpdateId(m_page), m_rows.at(1).updateId);
    QCOMPARE(labelText(m_page, u"auditDetailMachineLabel"_s), u"pc-42"_s);
    QVERIFY2(labelText(m_page, u"auditDetailCardsLabel"_s).startsWith(u"Reactivated: "_s),
             qPrintable(labelText(m_page, u"auditDetailCardsLabel"_s)));

    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);
    QCOMPARE(shownUpdateId(m_page), m_rows.at(0).updateId);
    QCOMPARE(labelText(m_page, u"auditDetailMachineLabel"_s), u"pc-17"_s);
    QCOMPARE(labelText(m_page, u"auditDetailOsUserLabel"_s), u"desk1"_s);

    QTest::keyClick(table, Qt::Key_Up);
    QCOMPARE(shownUpdateId(m_page), m_rows.at(1).updateId);
    QCOMPARE(labelText(m_page, u"auditDetailOsUserLabel"_s), u"desk2"_s);
}

void TestAuditPage::detailHintWithoutSelection()
{
    auto *hint = m_page->findChild<QLabel *>(u"auditDetailHintLabel"_s);
    auto *detail = m_page->findChild<CardDesk::Ui::AuditDetailView *>();
    m_page->setRows(m_rows);
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(u"Select a record"_s), qPrintable(hint->text()));

    QTableView *table = auditTable(m_page);
    table->selectAll();
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(u"2 records selected"_s), qPrintable(hint->text()));
    QCOMPARE(detail->recordId(), 0);

    clickRow(table, 0);
    QVERIFY(!hint->isVisible());
    table->clearSelection();
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(u"Select a record"_s), qPrintable(hint->text()));

    m_page->setRows({});
    QVERIFY2(hint->text().contains(u"No record"_s), qPrintable(hint->text()));
}

void TestAuditPage::detailKeepsRecordAfterReload()
{
    m_page->setRows(m_rows);
    clickRow(auditTable(m_page), 1);
    QCOMPARE(shownUpdateId(m_page), m_rows.at(0).updateId);

    // A new query that still contains the record keeps it selected and shown.
    const QList<AuditRow> reloaded{
        auditRow(3, u"update.result"_s, u"bo@example.com"_s, u"2026-12-03T10:00:00Z"_s), m_rows.at(1),
        m_rows.at(0)};
    m_page->setRows(reloaded);
    QCOMPARE(shownUpdateId(m_page), m_rows.at(0).updateId);
    QCOMPARE(auditTable(m_page)->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(auditTable(m_page)->currentIndex().row(), 2);

    m_page->setRows({m_rows.at(1)});
    auto *hint = m_page->findChild<QLabel *>(u"auditDetailHintLabel"_s);
    QVERIFY(hint->isVisible());
}

void TestAuditPage::detailShowsUpdateRecords()
{
    m_page->setActions({{u"cards.submitted"_s, u"Cards submitted"_s}});
    auto *actions = m_page->findChild<QComboBox *>(u"auditActionComboBox"_s);
    actions->setCurrentIndex(1);
    QTest::keyClicks(m_page->findChild<QLineEdit *>(u"auditUserLineEdit"_s), u"ada"_s);
    m_page->setRows(m_rows);
    clickRow(auditTable(m_page), 1);

    QSignalSpy changed(m_page, &AuditPage::filtersChanged);
    auto *button = m_page->findChild<QPushButton *>(u"auditDetailUpdateRecordsButton"_s);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_page->freeText(), m_rows.at(0).updateId);
    QCOMPARE(m_page->action(), QString());
    QCOMPARE(m_page->userText(), QString());
    // The debounce timer of the typed user text was stopped, so no second query follows.
    QVERIFY(!changed.wait(500));

    AuditRow refresh = m_rows.at(0);
    refresh.id = 9;
    refresh.updateId.clear();
    m_page->setRows({refresh});
    clickRow(auditTable(m_page), 0);
    QVERIFY(!button->isEnabled());
}

void TestAuditPage::longValuesDoNotWidenPage()
{
    AuditRow row = m_rows.at(0);
    row.targetUsername = QString(3000, u'x');
    row.machine = QString(3000, u'm');
    row.detail = QString(3000, u'd');
    row.updateId = QString(3000, u'u');
    for (int i = 0; i < 200; ++i)
        row.cardsAfter.append(Tests::sampleCard(u"7"_s, QString::number(1000 + i)));
    const int width = m_page->width();
    m_page->setRows({row});
    clickRow(auditTable(m_page), 0);
    QApplication::processEvents();
    QCOMPARE(m_page->width(), width);
    QVERIFY2(m_page->minimumSizeHint().width() < width,
             qPrintable(QString::number(m_page->minimumSizeHint().width())));
    QCOMPARE(shownUpdateId(m_page), row.updateId);
    QVERIFY(labelText(m_page, u"auditDetailCardsLabel"_s).contains(u"7:1199"_s));
}

void TestAuditPage::secondaryColumnsStartHidden()
{
    for (auto column :
         {AuditTableModel::CardsBeforeColumn, AuditTableModel::ProfileColumn, AuditTableModel::OsUserColumn,
          AuditTableModel::MachineColumn, AuditTableModel::UpdateIdColumn}) {
        QVERIFY2(!m_page->isColumnShown(column),
                 QMetaEnum::fromType<AuditTableModel::Column>().valueToKey(column));
    }
    for (auto column :
         {AuditTableModel::TimeColumn, AuditTableModel::ActionColumn, AuditTableModel::ResultColumn,
          AuditTableModel::UserColumn, AuditTableModel::CardsAfterColumn, AuditTableModel::DetailColumn}) {
        QVERIFY2(m_page->isColumnShown(column),
                 QMetaEnum::fromType<AuditTableModel::Column>().valueToKey(column));
    }
    // The time column cannot be hidden, so the table never loses every column.
    m_page->setColumnShown(AuditTableModel::TimeColumn, false);
    QVERIFY(m_page->isColumnShown(AuditTableModel::TimeColumn));
    auto *menu = m_page->findChild<QMenu *>(u"auditColumnsMenu"_s);
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), int(AuditTableModel::ColumnCount));
    QVERIFY(!menu->findChild<QAction *>(u"TimeColumn"_s)->isEnabled());
    QCOMPARE(m_page->findChild<QPushButton *>(u"auditColumnsButton"_s)->menu(), menu);
}

void TestAuditPage::hiddenColumnsSurviveNewPage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(u"carddesk.ini"_s), QSettings::IniFormat);
    m_page->setSettings(&settings);
    auto *menu = m_page->findChild<QMenu *>(u"auditColumnsMenu"_s);
    QAction *machine = menu->findChild<QAction *>(u"MachineColumn"_s);
    QAction *detail = menu->findChild<QAction *>(u"DetailColumn"_s);
    QVERIFY(!machine->isChecked());
    QVERIFY(detail->isChecked());
    machine->trigger();
    detail->trigger();
    QVERIFY(m_page->isColumnShown(AuditTableModel::MachineColumn));
    QVERIFY(!m_page->isColumnShown(AuditTableModel::DetailColumn));
    delete m_page;
    m_page = nullptr;
    settings.sync();

    const QSettings reread(settings.fileName(), QSettings::IniFormat);
    const QStringList hidden =
        reread.value(CardDesk::Ui::AuditHiddenColumnsSettingsKey.toString()).toStringList();
    QVERIFY2(hidden.contains(u"DetailColumn"_s), qPrintable(hidden.join(u' ')));
    QVERIFY2(!hidden.contains(u"MachineColumn"_s), qPrintable(hidden.join(u' ')));

    AuditPage page;
    page.setSettings(&settings);
    QVERIFY(page.isColumnShown(AuditTableModel::MachineColumn));
    QVERIFY(!page.isColumnShown(AuditTableModel::DetailColumn));
    QVERIFY(!page.isColumnShown(AuditTableModel::UpdateIdColumn));
    QVERIFY(page.findChild<QAction *>(u"MachineColumn"_s)->isChecked());
    QVERIFY(!page.findChild<QAction *>(u"DetailColumn"_s)->isChecked());

    // With every column shown, the stored empty list keeps them shown.
    page.findChild<QAction *>(u"DetailColumn"_s)->trigger();
    for (const QString &key :
         {u"CardsBeforeColumn"_s, u"ProfileColumn"_s, u"OsUserColumn"_s, u"UpdateIdColumn"_s})
        page.findChild<QAction *>(key)->trigger();
    AuditPage allShown;
    allShown.setSettings(&settings);
    for (int column = 0; column < AuditTableModel::ColumnCount; ++column)
        QVERIFY(allShown.isColumnShown(AuditTableModel::Column(column)));
}

void TestAuditPage::primaryColumnsFitMainWindow()
{
    QList<AuditRow> rows;
    for (int i = 1; i <= 40; ++i) {
        AuditRow row = auditRow(i, u"cards.submitted"_s, u"someone.with.a.long.name%1@example.com"_s.arg(i),
                                u"2026-12-01T09:00:00Z"_s);
        row.detail =
            u"Replaced a lost card after the holder called the desk from the car park. "_s.repeated(4);
        for (int card = 0; card < 6; ++card)
            row.cardsAfter.append(Tests::sampleCard(u"202"_s, QString::number(10000 + card)));
        rows.append(row);
    }
    CardDesk::Ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentPage(CardDesk::Ui::MainWindow::Page::Audit);
    window.auditPage()->setRows(rows);
    QApplication::processEvents();
    QTableView *table = auditTable(window.auditPage());
    QCOMPARE(window.width(), 1280);
    QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
    // The detail column keeps a readable width next to the others.
    QVERIFY2(table->columnWidth(AuditTableModel::DetailColumn) >= 200,
             qPrintable(QString::number(table->columnWidth(AuditTableModel::DetailColumn))));
}

void TestAuditPage::mnemonicsAreUnique()
{
    QHash<QChar, QString> owners;
    QStringList texts;
    for (const QLabel *label : m_page->findChildren<QLabel *>()) {
        if (label->buddy())
            texts.append(label->text());
    }
    for (const QAbstractButton *button : m_page->findChildren<QAbstractButton *>())
        texts.append(button->text());
    for (const QString &text : std::as_const(texts)) {
        const qsizetype ampersand = text.indexOf(u'&');
        if (ampersand < 0 || ampersand + 1 >= text.size())
            continue;
        const QChar key = text.at(ampersand + 1).toLower();
        QVERIFY2(!owners.contains(key),
                 qPrintable(u"%1 and %2 share Alt+%3"_s.arg(owners.value(key), text, key)));
        owners.insert(key, text);
    }
    QVERIFY(owners.size() >= 9);
}

void TestAuditPage::controllerListsUpdateRecords()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CardDesk::Sync::Workspace workspace;
    QString error;
    QVERIFY2(workspace.open(dir.path(), &error), qPrintable(error));
    QVERIFY(appendRecords(workspace.auditLog(), 6, QDateTime::currentDateTimeUtc().addSecs(-60)));
    // The result of update-2 arrives later under the same update id.
    Store::AuditRecord outcome;
    outcome.timeUtc = QDateTime::currentDateTimeUtc().addSecs(-10);
    outcome.action = u"update.result"_s;
    outcome.result = u"confirmed"_s;
    outcome.targetUserId = u"u-2"_s;
    outcome.updateId = u"update-2"_s;
    QVERIFY(workspace.auditLog().append(outcome));
    CardDesk::Ui::MainWindow window;
    CardDesk::Gui::AppController controller(&window, &workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentPage(CardDesk::Ui::MainWindow::Page::Audit);
    AuditPage *page = window.auditPage();
    QTRY_COMPARE(page->model()->rowCount(), 7);

    QTableView *table = auditTable(page);
    int updateRow = -1;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, AuditTableModel::TimeColumn);
        if (index.data(CardDesk::Models::UpdateIdRole).toString() == u"update-2"_s &&
            index.data(CardDesk::Models::UserIdRole).toString() == u"u-2"_s &&
            table->model()->index(row, AuditTableModel::ActionColumn).data().toString() ==
                u"Cards submitted"_s)
            updateRow = row;
    }
    QVERIFY(updateRow >= 0);
    clickRow(table, updateRow);
    QCOMPARE(shownUpdateId(page), u"update-2"_s);

    QTest::mouseClick(page->findChild<QPushButton *>(u"auditDetailUpdateRecordsButton"_s), Qt::LeftButton);
    QTRY_COMPARE(page->model()->rowCount(), 2);
    for (const AuditRow &row : page->model()->rows())
        QCOMPARE(row.updateId, u"update-2"_s);
    // The submission stays selected and shown after the new query.
    QCOMPARE(shownUpdateId(page), u"update-2"_s);
    QCOMPARE(labelText(page, u"auditDetailActionLabel"_s), u"Cards submitted"_s);
}

int main(int argc, char *argv[])
{
    // A fixed time zone, so the expected local times do not depend on the machine.
    qputenv("TZ", "Europe/Berlin");
    tzset();
    QApplication application(argc, argv);
    TestAuditPage test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_auditpage.moc"
