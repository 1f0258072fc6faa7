// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Search on the Users page of the whole desktop application, offline and offscreen: the real
// window, controller and workspace over a SQLite file in a temporary folder, no profile connected.

#include "core/directorytable.h"
#include "gui/appcontroller.h"
#include "models/roles.h"
#include "models/userfiltermodel.h"
#include "models/usertablemodel.h"
#include "sampledata.h"
#include "store/credentialregister.h"
#include "store/directorycache.h"
#include "sync/workspace.h"
#include "ui/mainwindow.h"
#include "ui/userspage.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk;

class TestUserSearch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void workerLoadShowsCachedDirectory();
    void workerLoadPassesModelTester();
    void registerCardNumberFindsUser();
    void editedCardNumberFindsUser();
    void keyboardSearchOpenAndClear();

private:
    void startApp();
    QLineEdit *searchEdit() const;
    QTableView *table() const;
    QStringList shownUserIds() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Sync::Workspace> m_workspace;
    std::unique_ptr<Ui::MainWindow> m_window;
    std::unique_ptr<Gui::AppController> m_controller;
};

void TestUserSearch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = std::make_unique<Sync::Workspace>();
    QString error;
    QVERIFY2(m_workspace->open(m_dir->path(), &error), qPrintable(error));
    QList<Core::DirectoryUser> users = Tests::sampleUsers();
    users.append(Tests::generatedUsers(500));
    QVERIFY2(m_workspace->directoryCache().replace(users, Tests::sampleLocations(), {}).has_value(),
             qPrintable(m_workspace->directoryCache().errorString()));
    m_window = std::make_unique<Ui::MainWindow>();
    m_controller = std::make_unique<Gui::AppController>(m_window.get(), m_workspace.get());
}

void TestUserSearch::cleanup()
{
    m_controller.reset();
    m_window.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestUserSearch::startApp()
{
    QSignalSpy shown(m_controller.get(), &Gui::AppController::directoryShown);
    m_controller->start();
    m_window->show();
    QVERIFY(shown.wait(10000));
}

QLineEdit *TestUserSearch::searchEdit() const
{
    return m_window->usersPage()->findChild<QLineEdit *>(u"searchLineEdit"_s);
}

QTableView *TestUserSearch::table() const
{
    return m_window->usersPage()->findChild<QTableView *>(u"usersTableView"_s);
}

QStringList TestUserSearch::shownUserIds() const
{
    QStringList ids;
    const QAbstractItemModel *model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(Models::UserIdRole).toString());
    return ids;
}

void TestUserSearch::workerLoadShowsCachedDirectory()
{
    const int expected = int(Tests::sampleUsers().size()) + 500;
    QCOMPARE(m_controller->userCount(), 0);
    QSignalSpy shown(m_controller.get(), &Gui::AppController::directoryShown);
    m_controller->start();
    // The load runs on a worker thread, so start() returns before the directory is shown.
    QCOMPARE(shown.count(), 0);
    QVERIFY(shown.wait(10000));
    QCOMPARE(shown.constFirst().constFirst().toInt(), expected);
    QCOMPARE(m_controller->userCount(), expected);
    QCOMPARE(table()->model()->rowCount(), expected);

    // The table arrives sorted by name, as the page's header shows.
    const QAbstractItemModel *model = table()->model();
    for (int row = 1; row < model->rowCount(); ++row) {
        const QString previous = model->index(row - 1, 0).data().toString();
        const QString current = model->index(row, 0).data().toString();
        QVERIFY2(previous.compare(current, Qt::CaseInsensitive) <= 0,
                 qPrintable(u"row %1: \"%2\" after \"%3\""_s.arg(row).arg(current, previous)));
    }
}

void TestUserSearch::workerLoadPassesModelTester()
{
    QAbstractItemModelTester filterTester(table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester sourceTester(m_window->usersPage()->userModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    startApp();
    searchEdit()->setFocus();
    searchEdit()->insert(u"Adèle"_s); // Emits textEdited like typing; keyClicks() takes Latin-1 only.
    QTRY_VERIFY(shownUserIds().contains(u"u-1005"_s));
    // A second load swaps in a new table while a search is shown.
    QSignalSpy shown(m_controller.get(), &Gui::AppController::directoryShown);
    m_workspace->loadDirectory();
    QVERIFY(shown.wait(10000));
    QVERIFY(shownUserIds().contains(u"u-1005"_s));
}

void TestUserSearch::registerCardNumberFindsUser()
{
    QVERIFY(m_workspace->credentialRegister().setIntended(u"u-1003"_s, u"alan.turing@example.com"_s,
                                                          {Tests::sampleCard(u"12"_s, u"4242017"_s)},
                                                          Store::RegisterAction::Import));
    startApp();
    searchEdit()->setFocus();
    QTest::keyClicks(searchEdit(), u"424201"_s);
    QTRY_COMPARE(shownUserIds(), QStringList{u"u-1003"_s});
}

void TestUserSearch::editedCardNumberFindsUser()
{
    Net::Profile profile;
    profile.id = u"search-test"_s;
    profile.displayName = u"Search test"_s;
    m_workspace->useProfile(profile);
    startApp();
    searchEdit()->setFocus();
    QTest::keyClicks(searchEdit(), u"51773"_s);
    QTRY_COMPARE(shownUserIds(), QStringList{});

    const Core::DirectoryUser user = m_window->usersPage()->userModel()->userAt(
        m_window->usersPage()->userModel()->rowOfUser(u"u-1002"_s));
    QString error;
    QVERIFY2(m_workspace->submitCards(user, {Tests::sampleCard(u"7"_s, u"51773"_s)}, &error).has_value(),
             qPrintable(error));
    QTRY_COMPARE(shownUserIds(), QStringList{u"u-1002"_s});
}

void TestUserSearch::keyboardSearchOpenAndClear()
{
    startApp();
    QSignalSpy opened(m_window->usersPage(), &Ui::UsersPage::userOpened);
    const int total = table()->model()->rowCount();

    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(searchEdit()->hasFocus());
    QTest::keyClicks(searchEdit(), u"lovelace"_s);
    QTRY_COMPARE(shownUserIds(), QStringList{u"u-1001"_s});
    QTest::keyClick(searchEdit(), Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.constFirst().constFirst().toString(), u"u-1001"_s);

    // "/" from the table focuses the search with its text selected, so typing replaces it.
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Slash);
    QTRY_VERIFY(searchEdit()->hasFocus());
    QCOMPARE(searchEdit()->selectedText(), u"lovelace"_s);
    QTest::keyClicks(searchEdit(), u"example"_s);
    QTRY_VERIFY(table()->model()->rowCount() > 2);

    // Down moves into the table, and the arrows move the current user.
    QTest::keyClick(searchEdit(), Qt::Key_Down);
    QVERIFY(table()->hasFocus());
    QCOMPARE(table()->currentIndex().row(), 0);
    QTest::keyClick(table(), Qt::Key_Down);
    QCOMPARE(table()->currentIndex().row(), 1);
    const QString second = table()->currentIndex().data(Models::UserIdRole).toString();
    QCOMPARE(m_window->usersPage()->currentUserId(), second);
    QTest::keyClick(table(), Qt::Key_Up);
    QCOMPARE(table()->currentIndex().row(), 0);
    QTest::keyClick(table(), Qt::Key_Down);
    QTest::keyClick(table(), Qt::Key_Enter);
    QCOMPARE(opened.count(), 2);
    QCOMPARE(opened.constLast().constFirst().toString(), second);

    // Escape in the table clears the search and returns to the search field.
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Escape);
    QVERIFY(searchEdit()->text().isEmpty());
    QVERIFY(searchEdit()->hasFocus());
    QCOMPARE(table()->model()->rowCount(), total);
    QCOMPARE(m_window->usersPage()->currentUserId(), second);
}

QTEST_MAIN(TestUserSearch)
#include "tst_usersearch.moc"
