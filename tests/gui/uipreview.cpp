// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Renders the main window, filled with sample data, to PNG files so a person can look at the
// layout without a desktop session. Usage: carddesk_ui_preview [output folder], default /tmp.
#include "sampledata.h"
#include "ui/carddialog.h"
#include "ui/failurespage.h"
#include "ui/mainwindow.h"
#include "ui/userpanel.h"
#include "ui/userspage.h"

#include <QApplication>
#include <QDir>
#include <QTableView>
#include <QTextStream>

using namespace Qt::StringLiterals;
namespace Core = CardDesk::Core;
namespace Tests = CardDesk::Tests;

namespace {

bool save(QWidget *widget, const QString &path)
{
    widget->grab().save(path);
    QTextStream(stdout) << path << '\n';
    return QFile::exists(path);
}

void fillMainWindow(CardDesk::Ui::MainWindow &window)
{
    QList<Core::DirectoryUser> users = Tests::sampleUsers();
    users.append(Tests::generatedUsers(5000));
    window.usersPage()->setDirectory(users, Tests::sampleLocations());
    window.usersPage()->setCardCounts({{u"u-1001"_s, 2}, {u"u-1002"_s, 1}, {u"u-1003"_s, 1}});
    window.usersPage()->setLastResults({{u"u-1001"_s, Core::ResultCode::PartialUpdate},
                                        {u"u-1002"_s, Core::ResultCode::Unknown},
                                        {u"u-1003"_s, Core::ResultCode::UserNotFound}});
    window.failuresPage()->setEntries(Tests::sampleFailures());
    window.setTrainingMode(true);
    window.setPendingUpdates(2, u"waiting for the connection"_s);
    window.setConnectionState(CardDesk::Ui::MainWindow::ConnectionState::Online, u"Training simulator"_s);
    window.setLastRefresh(QDateTime::currentDateTimeUtc().addSecs(-300));

    window.usersPage()->selectUser(u"u-1001"_s);
    CardDesk::Ui::UserPanel *panel = window.usersPage()->userPanel();
    const Core::Credential kept = Tests::sampleCard(u"202"_s, u"1091"_s);
    Core::Credential retired = Tests::sampleCard(u"202"_s, u"1092"_s);
    const QList<Core::Credential> confirmed{kept, retired};
    retired.active = false;
    panel->setCardSets(confirmed, {kept, retired, Tests::sampleCard(u"202"_s, u"1093"_s)});
    panel->setLastPush(Tests::sampleFailures().first());
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    const QDir folder(argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"/tmp"_s);

    CardDesk::Ui::MainWindow window;
    fillMainWindow(window);
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();
    bool ok = save(&window, folder.filePath(u"carddesk-mainwindow.png"_s));

    window.setCurrentPage(CardDesk::Ui::MainWindow::Page::Failures);
    QApplication::processEvents();
    auto *failureTable = window.failuresPage()->findChild<QTableView *>(u"failuresTableView"_s);
    failureTable->selectRow(2);
    QApplication::processEvents();
    ok = save(&window, folder.filePath(u"carddesk-failures.png"_s)) && ok;

    CardDesk::Ui::CardDialog dialog(&window);
    dialog.setCredential(Tests::sampleCard(u"202"_s, u"70000"_s));
    dialog.show();
    QApplication::processEvents();
    ok = save(&dialog, folder.filePath(u"carddesk-carddialog.png"_s)) && ok;
    return ok ? 0 : 1;
}
