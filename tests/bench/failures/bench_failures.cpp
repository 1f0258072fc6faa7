// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Fills an outbox with a million history rows and measures how long the failure inbox takes to
// open and to apply a filter change. Prints a Markdown table for docs/benchmarks.md.
//
// Usage: bench_failures [rows] [rounds]   (defaults: 1000000 rows, 5 rounds; run with
// QT_QPA_PLATFORM=offscreen on a machine without a display)
//        bench_failures --screenshot FILE.png   renders a busy inbox with its charts instead
#include "models/failurestatistics.h"
#include "sampledata.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/sqlsupport.h"
#include "ui/failurespage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace CardDesk;

namespace {

// The inbox reads this many of the newest open failures, as the desktop app does.
constexpr int ShownFailureLimit = 1000;
constexpr int HistoryDays = 90;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Inserts rows outbox entries: about 95 % confirmed, the rest failed, unknown, needing attention
// or resolved, spread over the last HistoryDays days with a fixed random seed.
bool fillOutbox(Store::Database &database, int rows, QString *error)
{
    static const QString states[] = {u"failed"_s, u"failed"_s, u"unknown"_s, u"needs-attention"_s,
                                     u"resolved"_s};
    static const QString codes[] = {u"card-update-failed"_s, u"user-not-found"_s, u"partial-update"_s,
                                    u"unrecognised-value"_s};
    QRandomGenerator random(20261204);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QSqlDatabase db = database.connection();
    Store::Sql::WriteTransaction transaction(db);
    if (!transaction.begin(error))
        return false;
    Store::Sql::BatchInsert insert(
        db,
        u"INSERT INTO outbox (update_id, profile_id, user_id, username, credentials_json,"
        " state, attempts, created_at, updated_at, result_code, raw_result,"
        " result_message)"_s,
        12);
    for (int i = 0; i < rows; ++i) {
        const QDateTime when = now.addSecs(-qint64(random.bounded(HistoryDays * 86400)));
        const bool failure = random.bounded(100) < 5;
        const QString state = failure ? states[random.bounded(5)] : u"confirmed"_s;
        const QString code = !failure                ? u"ok"_s
                             : state == u"unknown"_s ? QString()
                                                     : codes[random.bounded(4)];
        const QString user = u"u-%1"_s.arg(random.bounded(200000));
        insert.bind(0, u"%1-0000-4000-8000-000000000000"_s.arg(i, 8, 16, QChar(u'0')));
        insert.bind(1, u"profile-eu"_s);
        insert.bind(2, user);
        insert.bind(3, QString(user + u"@example.com"));
        insert.bind(
            4, u"[{\"cardNumber\":\"%1\",\"facilityCode\":\"7\",\"active\":true}]"_s.arg(10000 + i % 50000));
        insert.bind(5, state);
        insert.bind(6, failure ? 1 + random.bounded(3) : 1);
        insert.bind(7, Store::Sql::toDbTime(when.addSecs(-2)));
        insert.bind(8, Store::Sql::toDbTime(when));
        insert.bind(9, code.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(code));
        insert.bind(10, Store::Sql::text(code.toUpper().replace(u'-', u'_')));
        insert.bind(11, Store::Sql::text(failure ? u"Card number already assigned"_s : QString()));
        if (!insert.endRow(error))
            return false;
    }
    return insert.finish(error) && transaction.commit(error);
}

struct Figure
{
    QString name;
    QList<double> millis;
};

Figure measure(const QString &name, int rounds, const std::function<void()> &step)
{
    Figure figure{name, {}};
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        step();
        figure.millis.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(figure.millis.begin(), figure.millis.end());
    return figure;
}

// Reads what the inbox shows: the newest open failures, their total and the chart counts.
void loadInbox(Store::Outbox &outbox, Ui::FailuresPage &page, const Store::FailureFilter &base)
{
    Store::FailureFilter filter = base;
    filter.withBodies = true;
    filter.limit = ShownFailureLimit;
    const auto entries = outbox.failures(filter);
    const auto total = outbox.failureCount(base);
    const auto reasons = outbox.failureReasonCounts(base);
    if (!entries || !total || !reasons)
        qFatal("The failure query failed: %s", qPrintable(outbox.errorString()));
    page.setEntries(*entries);
    page.setOpenFailureTotal(*total);
    QCoreApplication::processEvents();
}

// Builds two weeks of failures of generated users, busier on weekdays, for the screenshot.
QList<Core::OutboxEntry> busyInbox()
{
    static const std::pair<Core::ResultCode, const char16_t *> reasons[] = {
        {Core::ResultCode::CardUpdateFailed, u"Card 7:%1 is already assigned to another user"},
        {Core::ResultCode::UserNotFound, u"User not found"},
        {Core::ResultCode::PartialUpdate, u"1 of 2 cards failed"},
        {Core::ResultCode::CardUpdateFailed, u"Card 7:%1 is already assigned to another user"},
        {Core::ResultCode::Unknown, u"Response body is not JSON (HTTP 502)"},
        {Core::ResultCode::UnrecognisedValue, u"Calven returned the result CARD_QUARANTINED"},
    };
    const QList<Core::DirectoryUser> users = Tests::generatedUsers(400);
    QRandomGenerator random(7);
    QList<Core::OutboxEntry> entries;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int day = 0; day < 14; ++day) {
        const QDateTime dayStart = now.addDays(-day);
        const int weekday = dayStart.toLocalTime().date().dayOfWeek();
        const int count = weekday >= 6 ? 2 + random.bounded(3) : 8 + random.bounded(14);
        for (int i = 0; i < count; ++i) {
            const auto &[code, message] = reasons[random.bounded(6)];
            const Core::DirectoryUser &user = users.at(random.bounded(users.size()));
            Core::OutboxEntry entry;
            entry.id = entries.size() + 1;
            entry.updateId = u"%1-3c1d-4e8a-9f00-5a7d2c1b%2"_s.arg(random.generate(), 8, 16, QChar(u'0'))
                                 .arg(entries.size(), 4, 16, QChar(u'0'));
            entry.profileId = u"eu"_s;
            entry.userId = user.userId;
            entry.username = user.email;
            const QString number = QString::number(20000 + random.bounded(30000));
            entry.credentials = {Tests::sampleCard(u"7"_s, number)};
            entry.state =
                code == Core::ResultCode::Unknown ? Core::UpdateState::Unknown : Core::UpdateState::Failed;
            entry.attempts = code == Core::ResultCode::Unknown ? 5 : 1;
            entry.updatedAt = dayStart.addSecs(-qint64(random.bounded(9 * 3600)));
            entry.createdAt = entry.updatedAt.addSecs(-3);
            entry.result = {entry.updateId,
                            Core::resultCodeToWire(code),
                            code,
                            QString::fromUtf16(message).replace(u"%1"_s, number),
                            {}};
            if (code == Core::ResultCode::Unknown)
                entry.lastError = entry.result.message;
            entry.requestJson = "{\"data\":[]}";
            entry.responseJson = "[]";
            entry.httpStatus = code == Core::ResultCode::Unknown ? 502 : 200;
            entries.append(entry);
        }
    }
    return entries;
}

int saveScreenshot(const QString &path)
{
    Ui::FailuresPage page;
    page.resize(1400, 900);
    const QList<Core::OutboxEntry> entries = busyInbox();
    page.setEntries(entries);
    page.show();
    if (auto *table = page.findChild<QTableView *>(u"failuresTableView"_s))
        table->selectRow(1);
    QCoreApplication::processEvents();
    if (!page.grab().save(path)) {
        out() << "Cannot save the screenshot to " << path << '\n';
        return 1;
    }
    out() << "Saved " << path << " with " << entries.size() << " failures\n";
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() > 2 && arguments.at(1) == u"--screenshot"_s)
        return saveScreenshot(arguments.at(2));
    const int rows = arguments.size() > 1 ? arguments.at(1).toInt() : 1000000;
    const int rounds = arguments.size() > 2 ? arguments.at(2).toInt() : 5;
    if (rows <= 0 || rounds <= 0) {
        out() << "Usage: bench_failures [rows] [rounds], both positive integers\n";
        return 2;
    }

    QTemporaryDir dir;
    Store::Database database;
    if (!dir.isValid() || !database.open(dir.filePath(u"bench.sqlite"_s))) {
        out() << "Cannot create the benchmark database: " << database.errorString() << '\n';
        return 1;
    }
    QElapsedTimer fillTimer;
    fillTimer.start();
    QString error;
    if (!fillOutbox(database, rows, &error)) {
        out() << "Cannot fill the outbox: " << error << '\n';
        return 1;
    }
    out() << "Filled " << rows << " outbox rows in " << fillTimer.elapsed() << " ms\n\n";

    Store::Outbox outbox(database);
    QList<Figure> figures;
    figures.append(measure(u"Open the screen (create, query, fill, show)"_s, rounds, [&] {
        Ui::FailuresPage page;
        page.resize(1280, 800);
        loadInbox(outbox, page, {});
        page.show();
        QCoreApplication::processEvents();
    }));

    Ui::FailuresPage page;
    page.resize(1280, 800);
    page.show();
    loadInbox(outbox, page, {});
    int flip = 0;
    figures.append(measure(u"Filter change in the loaded window (result)"_s, rounds, [&] {
        page.setResultFilter(++flip % 2 ? std::optional(Core::ResultCode::UserNotFound) : std::nullopt);
        QCoreApplication::processEvents();
    }));
    figures.append(measure(u"Filter change by query (last 7 days)"_s, rounds, [&] {
        Store::FailureFilter filter;
        filter.fromUtc = QDate::currentDate().addDays(-6).startOfDay().toUTC();
        loadInbox(outbox, page, filter);
    }));
    figures.append(measure(u"Filter change by query (text)"_s, rounds, [&] {
        Store::FailureFilter filter;
        filter.text = u"u-1234"_s;
        loadInbox(outbox, page, filter);
    }));
    figures.append(measure(u"Failures per day, 90 days"_s, rounds, [&] {
        if (!outbox.failuresPerDay({}))
            qFatal("The per-day query failed: %s", qPrintable(outbox.errorString()));
    }));

    out() << "| Step | median ms | max ms |\n|---|---:|---:|\n";
    for (const Figure &figure : figures) {
        out() << "| " << figure.name << " | "
              << QString::number(figure.millis.at(figure.millis.size() / 2), 'f', 1) << " | "
              << QString::number(figure.millis.constLast(), 'f', 1) << " |\n";
    }
    out().flush();
    return 0;
}
