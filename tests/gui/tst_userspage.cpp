// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampledata.h"
#include "ui/userpanel.h"
#include "ui/userspage.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using CardDesk::Ui::UsersPage;
namespace Tests = CardDesk::Tests;

class TestUsersPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void typingFiltersTable();
    void escapeClearsSearch();
    void enterInSearchOpensFirstMatch();
    void enterInTableOpensCurrentUser();
    void selectionFillsPanelHeader();
    void downMovesIntoTable();
    void refreshKeepsSelection();
    void refreshProgressShowsCancel();
    void refreshResultShowsChanges();
    void refreshErrorHidesProgress();

private:
    QLineEdit *search() const { return m_page->findChild<QLineEdit *>(u"searchLineEdit"_s); }
    QTableView *table() const { return m_page->findChild<QTableView *>(u"usersTableView"_s); }

    UsersPage *m_page = nullptr;
};

void TestUsersPage::init()
{
    m_page = new UsersPage;
    m_page->setDirectory(Tests::sampleUsers(), Tests::sampleLocations());
    m_page->resize(1000, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    QVERIFY(search());
    QVERIFY(table());
}

void TestUsersPage::cleanup()
{
    delete m_page;
    m_page = nullptr;
}

void TestUsersPage::typingFiltersTable()
{
    QCOMPARE(table()->model()->rowCount(), 5);
    QTest::keyClicks(search(), u"hopper"_s);
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(table()->model()->index(0, 0).data().toString(), u"Grace Hopper"_s);
    QCOMPARE(m_page->findChild<QLabel *>(u"userCountLabel"_s)->text(), u"1 of 5 users"_s);
}

void TestUsersPage::escapeClearsSearch()
{
    QTest::keyClicks(search(), u"chicago"_s);
    QTRY_COMPARE(table()->model()->rowCount(), 2);
    QTest::keyClick(search(), Qt::Key_Escape);
    QCOMPARE(search()->text(), QString());
    QCOMPARE(table()->model()->rowCount(), 5);
}

void TestUsersPage::enterInSearchOpensFirstMatch()
{
    QSignalSpy opened(m_page, &UsersPage::userOpened);
    QTest::keyClicks(search(), u"turing"_s);
    QTest::keyClick(search(), Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), u"u-1003"_s);
    QCOMPARE(m_page->currentUserId(), u"u-1003"_s);
}

void TestUsersPage::enterInTableOpensCurrentUser()
{
    QSignalSpy opened(m_page, &UsersPage::userOpened);
    QVERIFY(m_page->selectUser(u"u-1004"_s));
    QTest::keyClick(table(), Qt::Key_Enter);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), u"u-1004"_s);
}

void TestUsersPage::selectionFillsPanelHeader()
{
    QSignalSpy changed(m_page, &UsersPage::currentUserChanged);
    QVERIFY(m_page->selectUser(u"u-1001"_s));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), u"u-1001"_s);
    CardDesk::Ui::UserPanel *panel = m_page->userPanel();
    QCOMPARE(panel->userId(), u"u-1001"_s);
    QCOMPARE(panel->findChild<QLabel *>(u"userNameLabel"_s)->text(), u"Ada Lovelace"_s);
    QVERIFY(panel->findChild<QLabel *>(u"userDetailLabel"_s)->text().contains(u"Berlin Mitte"_s));
    QVERIFY(!m_page->selectUser(u"nobody"_s));
}

void TestUsersPage::downMovesIntoTable()
{
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page));
    m_page->focusSearch();
    QTRY_VERIFY(search()->hasFocus());
    QTest::keyClick(search(), Qt::Key_Down);
    QTRY_VERIFY(table()->hasFocus());
    QVERIFY(table()->currentIndex().isValid());
    QTest::keyClick(table(), Qt::Key_Escape);
    QTRY_VERIFY(search()->hasFocus());
}

void TestUsersPage::refreshKeepsSelection()
{
    QVERIFY(m_page->selectUser(u"u-1002"_s));
    QSignalSpy changed(m_page, &UsersPage::currentUserChanged);
    m_page->setDirectory(Tests::sampleUsers(), Tests::sampleLocations());
    QCOMPARE(m_page->currentUserId(), u"u-1002"_s);
    QCOMPARE(changed.count(), 0);
    QList<CardDesk::Core::DirectoryUser> without = Tests::sampleUsers();
    without.removeAt(1);
    m_page->setDirectory(without, Tests::sampleLocations());
    QCOMPARE(m_page->currentUserId(), QString());
    QCOMPARE(changed.count(), 1);
}

void TestUsersPage::refreshProgressShowsCancel()
{
    auto *bar = m_page->findChild<QProgressBar *>(u"refreshProgressBar"_s);
    auto *cancel = m_page->findChild<QPushButton *>(u"cancelRefreshButton"_s);
    QVERIFY(bar);
    QVERIFY(cancel);
    QVERIFY(!bar->isVisible());
    QVERIFY(!m_page->isRefreshing());

    m_page->setRefreshProgress(0, -1);
    QVERIFY(bar->isVisible());
    QVERIFY(m_page->isRefreshing());
    QCOMPARE(bar->maximum(), 0); // Busy while the size is unknown.
    m_page->setRefreshProgress(512 * 1024, 2048 * 1024);
    QCOMPARE(bar->maximum(), 2048);
    QCOMPARE(bar->value(), 512);
    QVERIFY(cancel->isEnabled());

    QSignalSpy cancelled(m_page, &UsersPage::refreshCancelRequested);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!cancel->isEnabled());
}

void TestUsersPage::refreshResultShowsChanges()
{
    auto *label = m_page->findChild<QLabel *>(u"refreshLabel"_s);
    QVERIFY(label);
    QVERIFY(label->text().contains(u"never refreshed"_s));

    m_page->setRefreshProgress(100, 100);
    auto *cancel = m_page->findChild<QPushButton *>(u"cancelRefreshButton"_s);
    QVERIFY(!cancel->isEnabled()); // Storing is one transaction and cannot be cancelled.
    const QDateTime fetched(QDate(2026, 3, 14), QTime(9, 30), QTimeZone::utc());
    m_page->setLastRefreshed(fetched);
    m_page->showRefreshResult(1200, 35, 7);
    QVERIFY(!m_page->isRefreshing());
    QVERIFY(label->text().contains(QLocale().toString(fetched.toLocalTime(), QLocale::ShortFormat)));
    QVERIFY(label->text().contains(u"added"_s));
    QVERIFY(label->text().contains(QLocale().toString(1200)));
    QVERIFY(label->text().contains(u"35 changed"_s));
    QVERIFY(label->text().contains(u"7 removed"_s));
}

void TestUsersPage::refreshErrorHidesProgress()
{
    m_page->setRefreshProgress(0, -1);
    m_page->showRefreshError(u"Refresh cancelled; the directory was not changed."_s);
    QVERIFY(!m_page->isRefreshing());
    auto *label = m_page->findChild<QLabel *>(u"refreshLabel"_s);
    QVERIFY(label->text().contains(u"Refresh cancelled"_s));
    QCOMPARE(table()->model()->rowCount(), 5);
}

QTEST_MAIN(TestUsersPage)
#include "tst_userspage.moc"
