// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/audittablemodel.h"
#include "sampledata.h"
#include "ui/auditpage.h"
#include "ui/mainwindow.h"
#include "ui/sidebar.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using CardDesk::Models::AuditRow;
using CardDesk::Models::AuditTableModel;
using CardDesk::Ui::AuditPage;
namespace Tests = CardDesk::Tests;

namespace {

AuditRow auditRow(qint64 id, const QString &action, const QString &username, const QString &whenUtc)
{
    AuditRow row;
    row.id = id;
    row.timeUtc = QDateTime::fromString(whenUtc, Qt::ISODate).toUTC();
    row.osUser = u"desk1"_s;
    row.machine = u"pc-17"_s;
    row.profileId = u"eu"_s;
    row.action = action;
    row.targetUserId = u"u-"_s + QString::number(id);
    row.targetUsername = username;
    row.cardsBefore = {Tests::sampleCard(u"7"_s, u"00123"_s)};
    row.cardsAfter = {Tests::sampleCard(u"7"_s, u"00123"_s, false), Tests::sampleCard(u"7"_s, u"456"_s)};
    row.updateId = u"00000000-0000-4000-8000-00000000000"_s + QString::number(id);
    row.result = u"queued"_s;
    row.detail = u"Lost card replaced"_s;
    return row;
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
    void filtersEmitChanges();
    void textFilterIsDebounced();
    void showingPageRequestsRows();
    void countLabelSaysWhenTruncated();
    void csvExportKeepsCardsAsText();
    void mainWindowHasAuditPage();

private:
    AuditPage *m_page = nullptr;
    QList<AuditRow> m_rows;
};

void TestAuditPage::init()
{
    m_rows = {auditRow(1, u"cards.submitted"_s, u"ada@example.com"_s, u"2026-12-01T09:00:00Z"_s),
              auditRow(2, u"update.resolved"_s, u"=cmd|' /C calc'!A0"_s, u"2026-12-02T10:00:00Z"_s)};
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
    const QStringList cells = AuditTableModel::cells(m_rows.first());
    QCOMPARE(cells.size(), int(AuditTableModel::ColumnCount));
    QCOMPARE(cells.at(AuditTableModel::TimeColumn),
             m_rows.first().timeUtc.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
    QCOMPARE(cells.at(AuditTableModel::CardsBeforeColumn), u"7:00123"_s);
    QCOMPARE(cells.at(AuditTableModel::CardsAfterColumn), u"7:00123 (inactive), 7:456"_s);
    QCOMPARE(cells.at(AuditTableModel::UserColumn), u"ada@example.com"_s);
    QCOMPARE(cells.at(AuditTableModel::ActionColumn), u"cards.submitted"_s);
}

void TestAuditPage::filtersEmitChanges()
{
    m_page->setActions({u"cards.submitted"_s, u"update.resolved"_s});
    QSignalSpy changed(m_page, &AuditPage::filtersChanged);
    auto *combo = m_page->findChild<QComboBox *>(u"auditActionComboBox"_s);
    QCOMPARE(combo->count(), 3);
    combo->setCurrentIndex(combo->findData(u"update.resolved"_s));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_page->action(), u"update.resolved"_s);

    m_page->setDayRange(QDate(2026, 12, 1), QDate(2026, 12, 3));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m_page->firstDay(), QDate(2026, 12, 1));
    QCOMPARE(m_page->lastDay(), QDate(2026, 12, 3));

    // New action names keep the chosen one selected without a new query.
    m_page->setActions({u"cards.submitted"_s, u"directory.refreshed"_s, u"update.resolved"_s});
    QCOMPARE(m_page->action(), u"update.resolved"_s);
    QCOMPARE(changed.count(), 2);
}

void TestAuditPage::textFilterIsDebounced()
{
    QSignalSpy changed(m_page, &AuditPage::filtersChanged);
    QTest::keyClicks(m_page->findChild<QLineEdit *>(u"auditUserLineEdit"_s), u"ada"_s);
    QCOMPARE(changed.count(), 0);
    QVERIFY(changed.wait(2000));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_page->userText(), u"ada"_s);
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
    m_page->setRows(m_rows, true);
    QVERIFY2(label->text().contains(u"newest 2"_s), qPrintable(label->text()));
    QCOMPARE(m_page->findChild<QTableView *>(u"auditTableView"_s)->model()->rowCount(), 2);
}

void TestAuditPage::csvExportKeepsCardsAsText()
{
    m_page->setRows(m_rows);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"audit.csv"_s);
    QString error;
    QVERIFY2(m_page->exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).contains(u"Cards before"_s));
    QVERIFY2(text.contains(u"'=cmd"_s), qPrintable(text));
    QVERIFY2(!text.contains(u",=cmd"_s) && !text.contains(u",\"=cmd"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Lost card replaced"_s), qPrintable(text));

    QVERIFY(!m_page->exportCsv(dir.filePath(u"no/such/folder/audit.csv"_s), &error));
    QVERIFY2(error.contains(u"no/such/folder"_s), qPrintable(error));
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

QTEST_MAIN(TestAuditPage)
#include "tst_auditpage.moc"
