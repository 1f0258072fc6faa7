// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Measures what the desktop app does after each burst of outbox changes for the Users page: read
// every user's active card count, card numbers and newest result, and show them in the table.
// The directory has 200,000 generated users, the register one or two cards per user and the
// outbox a million entries. Each round first adds an outbox entry with a result for one user, as a
// send does, and in most rounds a card to that user's register entry. "Before" runs the reads on
// the GUI thread, without the index of schema version 5, and hands whole hashes to the Users
// page, as AppController did. "After" runs them with Gui::UserActivityReader on its worker
// thread, which builds the per-row arrays, and the GUI thread swaps them in. A 1 ms timer
// measures the longest GUI stall.
//
// Usage: bench_outbox_views [users] [outbox rows] [rounds]   (defaults: 200000 1000000 5; run with
// QT_QPA_PLATFORM=offscreen on a machine without a display)
#include "benchsupport.h"
#include "core/directorytable.h"
#include "gui/useractivityreader.h"
#include "models/usertablemodel.h"
#include "sim/directorygenerator.h"
#include "store/credentialregister.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/schema.h"
#include "store/sqlsupport.h"
#include "ui/userspage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace CardDesk;

namespace {

constexpr quint32 Seed = 20261204;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

bool exec(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text() + u" in "_s + sql;
    return false;
}

int cardCountOf(int user)
{
    return user % 10 == 0 ? 2 : 1;
}

QString cardNumberOf(int user, int card)
{
    return QString::number(100000 + user * 2 + card);
}

// Writes one register row per user with one active card, and a second card for every tenth user.
bool fillRegister(Store::Database &database, const QList<Core::DirectoryUser> &users, QString *error)
{
    const QSqlDatabase db = database.connection();
    Store::Sql::WriteTransaction transaction(db);
    if (!transaction.begin(error))
        return false;
    const QVariant now = Store::Sql::toDbTime(QDateTime::currentDateTimeUtc());
    Store::Sql::BatchInsert records(
        db, u"INSERT INTO credential_register (user_id, username, intended_json, intended_at)"_s, 4);
    for (int i = 0; i < users.size(); ++i) {
        QString json = u"["_s;
        for (int card = 0; card < cardCountOf(i); ++card) {
            json += (card ? u","_s : QString()) +
                    u"{\"cardNumber\":\"%1\",\"facilityCode\":\"7\",\"active\":true}"_s.arg(
                        cardNumberOf(i, card));
        }
        records.bind(0, users.at(i).userId);
        records.bind(1, users.at(i).email);
        records.bind(2, QString(json + u']'));
        records.bind(3, now);
        if (!records.endRow(error))
            return false;
    }
    // The cards reference their register rows, so those go in first.
    if (!records.finish(error))
        return false;
    Store::Sql::BatchInsert cards(
        db, u"INSERT INTO credential_register_card (user_id, card_number, facility_code)"_s, 3);
    for (int i = 0; i < users.size(); ++i) {
        for (int card = 0; card < cardCountOf(i); ++card) {
            cards.bind(0, users.at(i).userId);
            cards.bind(1, cardNumberOf(i, card));
            cards.bind(2, u"7"_s);
            if (!cards.endRow(error))
                return false;
        }
    }
    return cards.finish(error) && transaction.commit(error);
}

// Inserts rows finished outbox entries for random users: 95 % ok, the rest failures.
bool fillOutbox(Store::Database &database, const QList<Core::DirectoryUser> &users, int rows, QString *error)
{
    static const QString codes[] = {u"card-update-failed"_s, u"user-not-found"_s, u"partial-update"_s};
    QRandomGenerator random(Seed);
    const QSqlDatabase db = database.connection();
    if (!exec(db, u"PRAGMA cache_size = -262144"_s, error))
        return false;
    Store::Sql::WriteTransaction transaction(db);
    if (!transaction.begin(error))
        return false;
    Store::Sql::BatchInsert insert(
        db,
        u"INSERT INTO outbox (update_id, profile_id, user_id, username, credentials_json,"
        " state, attempts, created_at, updated_at, result_code)"_s,
        10);
    const QVariant now = Store::Sql::toDbTime(QDateTime::currentDateTimeUtc());
    for (int i = 0; i < rows; ++i) {
        const Core::DirectoryUser &user = users.at(int(random.bounded(quint32(users.size()))));
        const bool failure = random.bounded(100) < 5;
        insert.bind(0, u"%1-0000-4000-8000-000000000000"_s.arg(i, 8, 16, QChar(u'0')));
        insert.bind(1, u"profile-eu"_s);
        insert.bind(2, user.userId);
        insert.bind(3, user.email);
        insert.bind(4, u"[]"_s);
        insert.bind(5, failure ? u"failed"_s : u"confirmed"_s);
        insert.bind(6, 1);
        insert.bind(7, now);
        insert.bind(8, now);
        insert.bind(9, failure ? codes[random.bounded(3)] : u"ok"_s);
        if (!insert.endRow(error))
            return false;
    }
    return insert.finish(error) && transaction.commit(error);
}

// Adds an outbox entry with a result for one user, as a send does, and with addCard a card to
// that user's register entry.
void changeOneUser(Store::Database &database, const QList<Core::DirectoryUser> &users, int round,
                   bool addCard)
{
    const int index = (round * 7919) % int(users.size());
    const Core::DirectoryUser &user = users.at(index);
    QString error;
    const QSqlDatabase db = database.connection();
    const bool ok =
        (!addCard ||
         exec(db,
              u"INSERT OR IGNORE INTO credential_register_card (user_id, card_number, facility_code)"
              " VALUES ('%1', '%2', '7')"_s.arg(user.userId, QString::number(900000 + round)),
              &error)) &&
        exec(db,
             u"INSERT INTO outbox (update_id, profile_id, user_id, username, credentials_json, state,"
             " attempts, created_at, updated_at, result_code) VALUES ('round-%1', 'profile-eu', '%2', '%3',"
             " '[]', 'failed', 1, '2026-12-04T00:00:00.000Z', '2026-12-04T00:00:00.000Z', 'partial-update')"_s
                 .arg(QString::number(round) + u'-' + QString::number(QDateTime::currentMSecsSinceEpoch()),
                      user.userId, user.email),
             &error);
    if (!ok)
        qFatal("Cannot change user %s: %s", qPrintable(user.userId), qPrintable(error));
}

struct Row
{
    QString name;
    QList<double> millis;
};

void printRow(const Row &row)
{
    const Bench::Summary summary = Bench::summarize(row.millis);
    out() << "| " << row.name << " | " << QString::number(summary.p50, 'f', 1) << " | "
          << QString::number(summary.max, 'f', 1) << " |\n";
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void explainLatestResults(Store::Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(u"EXPLAIN QUERY PLAN SELECT o.user_id, o.result_code FROM outbox o"
                    " JOIN (SELECT user_id, max(id) AS newest FROM outbox"
                    "       WHERE result_code IS NOT NULL GROUP BY user_id) n ON o.id = n.newest"_s))
        qFatal("EXPLAIN failed: %s", qPrintable(query.lastError().text()));
    out() << "\nQuery plan of latestResults():\n\n```\n";
    while (query.next())
        out() << query.value(3).toString() << '\n';
    out() << "```\n";
}

// The earlier AppController::updateOutboxViews(): reads and whole hashes on the GUI thread.
void runBefore(Store::Database &database, const QList<Core::DirectoryUser> &users, Ui::UsersPage &page,
               int rounds)
{
    Store::CredentialRegister credentials(database);
    Store::Outbox outbox(database);
    Row counts{u"activeCardCounts()"_s, {}}, numbers{u"activeCardNumbers()"_s, {}},
        results{u"latestResults()"_s, {}}, setCounts{u"setCardCounts()"_s, {}},
        setNumbers{u"setCardNumbers()"_s, {}}, setResults{u"setLastResults()"_s, {}},
        total{u"**total on the GUI thread**"_s, {}}, stall{u"**longest GUI stall**"_s, {}};
    for (int round = 0; round <= rounds; ++round) {
        changeOneUser(database, users, 1000 + round, true);
        Bench::StallProbe probe;
        QEventLoop loop;
        probe.start();
        QTimer::singleShot(20, &loop, [&] {
            QElapsedTimer all;
            all.start();
            QElapsedTimer step;
            step.start();
            const auto c = credentials.activeCardCounts();
            const double countsMs = elapsedMs(step);
            step.restart();
            const auto n = credentials.activeCardNumbers();
            const double numbersMs = elapsedMs(step);
            step.restart();
            const auto r = outbox.latestResults();
            const double resultsMs = elapsedMs(step);
            step.restart();
            page.setCardCounts(*c);
            const double setCountsMs = elapsedMs(step);
            step.restart();
            page.setCardNumbers(*n);
            const double setNumbersMs = elapsedMs(step);
            step.restart();
            page.setLastResults(*r);
            const double setResultsMs = elapsedMs(step);
            const double totalMs = elapsedMs(all);
            // The first round fills an empty page; the later ones are the steady state.
            if (round > 0) {
                counts.millis << countsMs;
                numbers.millis << numbersMs;
                results.millis << resultsMs;
                setCounts.millis << setCountsMs;
                setNumbers.millis << setNumbersMs;
                setResults.millis << setResultsMs;
                total.millis << totalMs;
            }
            QTimer::singleShot(50, &loop, &QEventLoop::quit);
        });
        loop.exec();
        const double stallMs = probe.stop();
        if (round > 0)
            stall.millis << stallMs;
    }
    out() << "\n### Before: reads and whole hashes on the GUI thread\n\n| step | median ms | max ms "
             "|\n|---|---:|---:|\n";
    for (const Row &row : {counts, numbers, results, setCounts, setNumbers, setResults, total, stall})
        printRow(row);
}

// AppController now: the reader's worker reads and builds the per-row arrays, the GUI thread
// swaps them in.
void runAfter(Store::Database &database, const QList<Core::DirectoryUser> &users, Ui::UsersPage &page,
              int rounds)
{
    Gui::UserActivityReader reader(database);
    Row first{u"first read: apply on the GUI thread (every user new)"_s, {}},
        apply{u"send with a new card: apply on the GUI thread"_s, {}},
        latency{u"send with a new card: request to applied"_s, {}},
        stall{u"**send with a new card: longest GUI stall**"_s, {}},
        resultApply{u"result only: apply on the GUI thread"_s, {}},
        resultLatency{u"result only: request to applied"_s, {}},
        resultStall{u"**result only: longest GUI stall**"_s, {}};
    bool applied = false;
    double applyMs = 0;
    QObject::connect(&reader, &Gui::UserActivityReader::read, &page, [&](const Models::UserColumns &columns) {
        QElapsedTimer timer;
        timer.start();
        reader.release(page.userModel()->setColumns(columns));
        applyMs = elapsedMs(timer);
        applied = true;
    });
    QObject::connect(&reader, &Gui::UserActivityReader::failed,
                     [](const QString &message) { qFatal("The read failed: %s", qPrintable(message)); });
    // Round 0 is the first read; then rounds that add a card, then rounds that only add a result.
    for (int round = 0; round <= 2 * rounds; ++round) {
        const bool addCard = round <= rounds;
        if (round > 0)
            changeOneUser(database, users, 2000 + round, addCard);
        Bench::StallProbe probe;
        QEventLoop loop;
        QElapsedTimer timer;
        applied = false;
        probe.start();
        QTimer::singleShot(20, &loop, [&] {
            timer.start();
            reader.request(page.userModel()->table());
        });
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (applied)
                loop.quit();
        });
        poll.start(5);
        loop.exec();
        const double latencyMs = elapsedMs(timer);
        const double stallMs = probe.stop();
        if (round == 0) {
            first.millis << applyMs;
            continue;
        }
        (addCard ? apply : resultApply).millis << applyMs;
        (addCard ? latency : resultLatency).millis << latencyMs;
        (addCard ? stall : resultStall).millis << stallMs;
    }
    out() << "\n### After: UserActivityReader on its worker thread\n\n| step | median ms | max ms "
             "|\n|---|---:|---:|\n";
    for (const Row &row : {first, apply, latency, stall, resultApply, resultLatency, resultStall})
        printRow(row);
}

// Times latestResults() without and with the index that schema version 5 adds, which the file
// does not have yet.
void compareResultIndex(Store::Database &database, int rounds)
{
    Store::Outbox outbox(database);
    const auto time = [&] {
        QList<double> millis;
        for (int round = 0; round < rounds; ++round) {
            QElapsedTimer timer;
            timer.start();
            if (!outbox.latestResults())
                qFatal("latestResults() failed: %s", qPrintable(outbox.errorString()));
            millis << elapsedMs(timer);
        }
        return millis;
    };
    Row without{u"latestResults() with the version 4 indexes"_s, time()};
    QString error;
    for (const QString &statement : Store::Schema::migrations().constLast().statements) {
        if (!exec(database.connection(), statement, &error))
            qFatal("%s", qPrintable(error));
    }
    Row with{u"latestResults() with outbox_latest_result (version 5)"_s, time()};
    out() << "\n### The index of schema version 5\n\n| query | median ms | max ms |\n|---|---:|---:|\n";
    printRow(without);
    printRow(with);
    explainLatestResults(database);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int userCount = args.size() > 1 ? args.at(1).toInt() : 200000;
    const int outboxRows = args.size() > 2 ? args.at(2).toInt() : 1000000;
    const int rounds = args.size() > 3 ? args.at(3).toInt() : 5;
    if (userCount <= 0 || outboxRows <= 0 || rounds <= 0) {
        out() << "Usage: bench_outbox_views [users] [outbox rows] [rounds], each a positive number\n";
        return 2;
    }

    const Sim::Directory directory = Sim::generateDirectory(userCount, Seed);
    QTemporaryDir folder;
    Store::Database database;
    if (!folder.isValid() || !database.open(folder.filePath(u"bench.sqlite"_s))) {
        out() << "Cannot create the benchmark database: " << database.errorString() << '\n';
        return 1;
    }
    QElapsedTimer fillTimer;
    fillTimer.start();
    QString error;
    if (!fillRegister(database, directory.users, &error) ||
        !fillOutbox(database, directory.users, outboxRows, &error)) {
        out() << "Cannot fill the database: " << error << '\n';
        return 1;
    }
    out() << "## " << userCount << " users, " << outboxRows << " outbox rows\n\nFilled in "
          << fillTimer.elapsed() << " ms\n";
    // "Before" runs on the schema as it was: without the index of version 5.
    if (!exec(database.connection(), u"DROP INDEX outbox_latest_result"_s, &error)) {
        out() << "Cannot drop the index: " << error << '\n';
        return 1;
    }
    explainLatestResults(database);

    Ui::UsersPage page;
    page.resize(1280, 800);
    page.setTable(Core::makeDirectoryTable(directory.users, directory.locations));
    page.show();
    QCoreApplication::processEvents();

    runBefore(database, directory.users, page, rounds);
    // A fresh page, so the first read of the reader starts from empty columns as in the app.
    Ui::UsersPage fresh;
    fresh.resize(1280, 800);
    fresh.setTable(page.userModel()->table());
    fresh.show();
    page.hide();
    QCoreApplication::processEvents();
    compareResultIndex(database, rounds);
    runAfter(database, directory.users, fresh, rounds);
    out().flush();
    return 0;
}
