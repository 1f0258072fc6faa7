// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Renders the Users page searching 200,000 generated users to a PNG file, so the search results
// can be looked at without a desktop session.
// Usage: search_screenshot [output.png] [query], default /tmp/users-search-200k.png and "maria san".

#include "sim/directorygenerator.h"
#include "ui/userspage.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace CardDesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const QString path = arguments.value(1, u"/tmp/users-search-200k.png"_s);
    const QString query = arguments.value(2, u"maria san"_s);

    const Sim::Directory directory = Sim::generateDirectory(200000, 4);
    Ui::UsersPage page;
    page.resize(1280, 760);
    page.setDirectory(directory.users, directory.locations);
    page.setLastRefreshed(QDateTime::currentDateTimeUtc());
    page.showRefreshResult(int(directory.users.size()), 0, 0);
    page.show();

    auto *search = page.findChild<QLineEdit *>(u"searchLineEdit"_s);
    search->setFocus();
    search->insert(query); // Emits textEdited like typing, which starts the search timer.
    const QDeadlineTimer deadline(2000);
    while (!deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);

    auto *table = page.findChild<QTableView *>(u"usersTableView"_s);
    table->setCurrentIndex(table->model()->index(0, 0));
    QCoreApplication::processEvents();
    if (!page.grab().save(path)) {
        QTextStream(stderr) << "Cannot write " << path << '\n';
        return 1;
    }
    QTextStream(stdout) << path << ": " << table->model()->rowCount() << " of " << directory.users.size()
                        << " users match \"" << query << "\"\n";
    return 0;
}
