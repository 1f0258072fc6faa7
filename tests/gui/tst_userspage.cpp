// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampledata.h"
#include "ui/userpanel.h"
#include "ui/userspage.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

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

QTEST_MAIN(TestUsersPage)
#include "tst_userspage.moc"
