// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Renders the main window, filled with sample data, to PNG files so a person can look at the
// layout without a desktop session. Usage: carddesk_ui_preview [output folder], default /tmp.
#include "gui/auditreader.h"
#include "sampledata.h"
#include "ui/auditpage.h"
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

// Fills the Audit page with a day of a security desk: submissions, their outcomes, a retry, a
// resolution and directory refreshes, by two operators on two profiles.
void fillAuditPage(CardDesk::Ui::AuditPage *page)
{
    namespace Store = CardDesk::Store;
    const QString eu = u"4f1c9a52-0d3e-4b7a-9c61-2e8f5a7d1b03"_s;
    const QString us = u"b83e2d71-6a4f-4c09-8e15-73d2c9a0f6e4"_s;
    const CardDesk::Gui::AuditReader::ProfileNames names{{eu, u"EU production"_s}, {us, u"US staging"_s}};
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-6 * 3600);
    const QStringList people{u"anna.schmidt@example.com"_s, u"li.wei@example.com"_s,
                             u"oscar.diaz@example.com"_s,   u"fatima.khan@example.com"_s,
                             u"tom.berg@example.com"_s,     u"maria.rossi@example.com"_s};
    QList<CardDesk::Models::AuditRow> rows;
    qint64 id = 1;
    const auto add = [&](int minutes, const QString &profile, const QString &action, int person,
                         const QList<Core::Credential> &before, const QList<Core::Credential> &after,
                         const QString &result, const QString &detail) {
        Store::AuditRecord record;
        record.id = id++;
        record.timeUtc = start.addSecs(minutes * 60);
        record.osUser = minutes % 3 == 0 ? u"mkeller"_s : u"jdoe"_s;
        record.machine = u"SEC-DESK-02"_s;
        record.profileId = profile;
        record.action = action;
        if (person >= 0) {
            record.targetUserId = u"u-%1"_s.arg(1001 + person);
            record.targetUsername = people.at(person);
        }
        record.cardsBefore = before;
        record.cardsAfter = after;
        if (action != u"directory.refreshed"_s)
            record.updateId = u"7c2d%1e4a-91b3-4f6e-a0d8-3b5c%2f9e1a27"_s.arg(id, 4, 10, QChar(u'0'))
                                  .arg(id, 4, 16, QChar(u'0'));
        record.result = result;
        record.detail = detail;
        rows.prepend(CardDesk::Gui::AuditReader::toRow(record, names));
    };
    const auto card = [](int number, bool active = true) {
        return Tests::sampleCard(u"202"_s, QString::number(number), active);
    };
    add(0, eu, u"directory.refreshed"_s, -1, {}, {}, u"ok"_s,
        u"18,432 users: 12 added, 3 changed, 0 removed"_s);
    add(14, eu, u"cards.submitted"_s, 0, {card(1091)}, {card(1091, false), card(1093)}, u"queued"_s,
        u"Lost card replaced"_s);
    add(14, eu, u"update.result"_s, 0, {card(1091)}, {card(1091, false), card(1093)}, u"confirmed"_s,
        u"OK"_s);
    add(32, eu, u"cards.submitted"_s, 1, {}, {card(2200)}, u"queued"_s, u"New starter"_s);
    add(32, eu, u"update.result"_s, 1, {}, {card(2200)}, u"confirmed"_s, u"OK"_s);
    add(47, eu, u"cards.submitted"_s, 2, {card(3105)}, {card(3105), card(1092)}, u"queued"_s, {});
    add(47, eu, u"update.result"_s, 2, {card(3105)}, {card(3105), card(1092)}, u"partial"_s,
        u"PARTIAL_UPDATE: card 202:1092 is assigned to another user"_s);
    add(63, us, u"cards.submitted"_s, 3, {}, {card(4410)}, u"queued"_s, {});
    add(64, us, u"update.result"_s, 3, {}, {card(4410)}, u"unknown"_s,
        u"The response could not be read: HTTP 200 with an HTML page"_s);
    add(90, us, u"update.retried"_s, 3, {card(4410)}, {card(4410)}, u"queued"_s, u"Retry of 7c2d0009e4a"_s);
    add(91, us, u"update.result"_s, 3, {}, {card(4410)}, u"confirmed"_s, u"OK"_s);
    add(120, eu, u"cards.submitted"_s, 4, {card(5120)}, {card(5120, false)}, u"queued"_s,
        u"Left the company"_s);
    add(151, eu, u"update.result"_s, 4, {card(5120)}, {card(5120, false)}, u"needs-attention"_s,
        u"Gave up after attempt 5. Last error: Connection refused."_s);
    add(176, eu, u"update.resolved"_s, 4, {card(5120, false)}, {card(5120, false)}, u"resolved"_s,
        u"Disabled at the reader controller by phone with the site team"_s);
    add(200, eu, u"cards.submitted"_s, 5, {}, {card(6001), card(6002)}, u"queued"_s, u"Visitor pass"_s);
    add(200, eu, u"update.result"_s, 5, {}, {card(6001), card(6002)}, u"failed"_s,
        u"CARD_UPDATE_FAILED: card format not allowed at this site"_s);
    add(240, eu, u"directory.refreshed"_s, -1, {}, {}, u"ok"_s,
        u"18,437 users: 5 added, 1 changed, 0 removed"_s);
    page->setProfiles({{eu, u"EU production"_s}, {us, u"US staging"_s}});
    page->setRows(rows);
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

    fillAuditPage(window.auditPage());
    window.setCurrentPage(CardDesk::Ui::MainWindow::Page::Audit);
    QApplication::processEvents();
    // The detail pane shows the submission that replaced a lost card.
    auto *auditTable = window.auditPage()->findChild<QTableView *>(u"auditTableView"_s);
    for (int row = 0; row < auditTable->model()->rowCount(); ++row) {
        const QModelIndex detail =
            auditTable->model()->index(row, CardDesk::Models::AuditTableModel::DetailColumn);
        if (detail.data().toString() == u"Lost card replaced"_s)
            auditTable->selectRow(row);
    }
    QApplication::processEvents();
    ok = save(&window, folder.filePath(u"carddesk-audit.png"_s)) && ok;

    CardDesk::Ui::CardDialog dialog(&window);
    dialog.setCredential(Tests::sampleCard(u"202"_s, u"70000"_s));
    dialog.show();
    QApplication::processEvents();
    ok = save(&dialog, folder.filePath(u"carddesk-carddialog.png"_s)) && ok;
    return ok ? 0 : 1;
}
