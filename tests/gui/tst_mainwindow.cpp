// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/credentiallistmodel.h"
#include "sampledata.h"
#include "ui/failurespage.h"
#include "ui/mainwindow.h"
#include "ui/sidebar.h"
#include "ui/trainingbanner.h"
#include "ui/userpanel.h"
#include "ui/userspage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using CardDesk::Models::CredentialListModel;
using CardDesk::Ui::MainWindow;
namespace Tests = CardDesk::Tests;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void trainingBannerOnlyInTraining();
    void failureBadgeFollowsEntries();
    void statusBarShowsSetters();
    void menuActionsEmitSignals();
    void sidebarSwitchesPages();
    void profileSwitcherListsProfiles();
    void findKeysFocusSearch();
    void slashStaysTextInSearch();
    void cardTableFitsAt1280();

private:
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }

    MainWindow *m_window = nullptr;
};

void TestMainWindow::init()
{
    m_window = new MainWindow;
    m_window->usersPage()->setDirectory(Tests::sampleUsers(), Tests::sampleLocations());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestMainWindow::trainingBannerOnlyInTraining()
{
    auto *banner = m_window->findChild<CardDesk::Ui::TrainingBanner *>();
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    m_window->setTrainingMode(true);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u"simulator"_s));
    QVERIFY(banner->text().contains(u"not to Calven"_s));
    QVERIFY(m_window->windowTitle().contains(u"training"_s));
    m_window->setTrainingMode(false);
    QVERIFY(!banner->isVisible());
}

void TestMainWindow::failureBadgeFollowsEntries()
{
    auto *sidebar = m_window->findChild<CardDesk::Ui::Sidebar *>();
    QCOMPARE(sidebar->badgeCount(1), 0);
    m_window->failuresPage()->setEntries(Tests::sampleFailures());
    QCOMPARE(sidebar->badgeCount(1), 3);
    QCOMPARE(sidebar->item(1)->toolTip(), u"3 open failures"_s);
    m_window->failuresPage()->setEntries({});
    QCOMPARE(sidebar->badgeCount(1), 0);
}

void TestMainWindow::statusBarShowsSetters()
{
    QCOMPARE(m_window->pendingStatusText(), u"No updates waiting to be sent"_s);
    QVERIFY(!action(u"sendPendingAction"_s)->isEnabled());
    m_window->setPendingUpdates(4, u"offline"_s);
    QCOMPARE(m_window->pendingStatusText(), u"4 updates waiting: offline"_s);
    QVERIFY(action(u"sendPendingAction"_s)->isEnabled());
    m_window->setConnectionState(MainWindow::ConnectionState::Error, u"HTTP 503"_s);
    QCOMPARE(m_window->connectionStatusText(), u"Connection error (HTTP 503)"_s);
    QCOMPARE(m_window->lastRefreshText(), u"Directory never refreshed"_s);
    m_window->setLastRefresh(QDateTime::currentDateTimeUtc());
    QVERIFY(m_window->lastRefreshText().startsWith(u"Directory refreshed "_s));
}

void TestMainWindow::menuActionsEmitSignals()
{
    QSignalSpy profiles(m_window, &MainWindow::profilesRequested);
    QSignalSpy refresh(m_window, &MainWindow::refreshRequested);
    QSignalSpy send(m_window, &MainWindow::sendPendingRequested);
    QSignalSpy diagnostics(m_window, &MainWindow::exportDiagnosticsRequested);
    action(u"profilesAction"_s)->trigger();
    action(u"exportDiagnosticsAction"_s)->trigger();
    action(u"refreshAction"_s)->trigger();
    m_window->setPendingUpdates(1, {});
    action(u"sendPendingAction"_s)->trigger();
    QCOMPARE(profiles.count(), 1);
    QCOMPARE(refresh.count(), 1);
    QCOMPARE(send.count(), 1);
    QCOMPARE(diagnostics.count(), 1);
    QVERIFY(action(u"quitAction"_s));
    QVERIFY(action(u"aboutAction"_s));
}

void TestMainWindow::profileSwitcherListsProfiles()
{
    auto *combo = m_window->findChild<QComboBox *>(u"profileComboBox"_s);
    QVERIFY(combo);
    QVERIFY(!combo->isVisible());

    m_window->setProfiles({{u"a"_s, u"Head office"_s}, {u"b"_s, u"Sydney"_s}}, u"a"_s);
    QVERIFY(combo->isVisible());
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->currentText(), u"Head office"_s);
    QMenu *menu = action(u"activeProfileMenuAction"_s)->menu();
    QCOMPARE(menu->actions().size(), 2);
    QVERIFY(menu->actions().at(0)->isChecked());

    QSignalSpy switched(m_window, &MainWindow::profileSwitchRequested);
    emit combo->activated(1);
    QCOMPARE(switched.count(), 1);
    QCOMPARE(switched.at(0).at(0).toString(), u"b"_s);
    // Choosing the active profile again requests no switch.
    menu->actions().at(0)->trigger();
    QCOMPARE(switched.count(), 1);
    menu->actions().at(1)->trigger();
    QCOMPARE(switched.count(), 2);

    m_window->setTrainingMode(true);
    QVERIFY(!combo->isVisible());
}

void TestMainWindow::sidebarSwitchesPages()
{
    auto *sidebar = m_window->findChild<CardDesk::Ui::Sidebar *>();
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Users);
    sidebar->setCurrentRow(1);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Failures);
    QVERIFY(m_window->failuresPage()->isVisible());
    m_window->setCurrentPage(MainWindow::Page::Users);
    QCOMPARE(sidebar->currentRow(), 0);
}

void TestMainWindow::findKeysFocusSearch()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    auto *search = m_window->findChild<QLineEdit *>(u"searchLineEdit"_s);
    auto *table = m_window->findChild<QTableView *>(u"usersTableView"_s);
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());

    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Slash);
    QTRY_VERIFY(search->hasFocus());

    m_window->setCurrentPage(MainWindow::Page::Failures);
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_window->findChild<QLineEdit *>(u"failureSearchLineEdit"_s)->hasFocus());
}

void TestMainWindow::slashStaysTextInSearch()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    auto *search = m_window->findChild<QLineEdit *>(u"searchLineEdit"_s);
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, u"a/b"_s);
    QCOMPARE(search->text(), u"a/b"_s);
}

void TestMainWindow::cardTableFitsAt1280()
{
    m_window->resize(1280, 800);
    QVERIFY(m_window->usersPage()->selectUser(u"u-1001"_s));
    // A kept card, a deactivated one and an added card with one of the longest format names.
    const CardDesk::Core::Credential kept = Tests::sampleCard(u"202"_s, u"1091"_s);
    CardDesk::Core::Credential retired = Tests::sampleCard(u"202"_s, u"1092"_s);
    CardDesk::Core::Credential added = Tests::sampleCard(u"4095"_s, u"8388607"_s);
    added.formatId = u"iclass-c1k48"_s;
    added.credentialType = u"iCLASS"_s;
    const QList<CardDesk::Core::Credential> confirmed{kept, retired};
    retired.active = false;
    m_window->usersPage()->userPanel()->setCardSets(confirmed, {kept, retired, added});
    QApplication::processEvents();

    auto *view = m_window->usersPage()->userPanel()->findChild<QTableView *>(u"cardsTableView"_s);
    QVERIFY(view);
    QVERIFY(view->isVisible());
    QCOMPARE(view->model()->rowCount(), 3);
    QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
    const QHeaderView *header = view->horizontalHeader();
    const int lastRight = header->sectionViewportPosition(CredentialListModel::ChangeColumn) +
                          header->sectionSize(CredentialListModel::ChangeColumn);
    QVERIFY2(lastRight <= view->viewport()->width(),
             qPrintable(u"Change column ends at %1, viewport is %2 wide"_s.arg(lastRight).arg(
                 view->viewport()->width())));
    // Only the format name may be elided: every other column shows its widest text.
    const QAbstractItemView *itemView = view;
    for (int column = CredentialListModel::FacilityCodeColumn; column < CredentialListModel::ColumnCount;
         ++column) {
        const QString name = view->model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(header->sectionSize(column) >= itemView->sizeHintForColumn(column), qPrintable(name));
        QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column), qPrintable(name));
    }
    QVERIFY2(header->sectionSize(CredentialListModel::FormatColumn) >=
                 view->fontMetrics().horizontalAdvance(u"HID H10301 26-bit"_s),
             qPrintable(QString::number(header->sectionSize(CredentialListModel::FormatColumn))));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
