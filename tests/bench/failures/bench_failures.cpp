// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Fills an outbox with a million history rows and measures how long the failure inbox takes to
// open and to apply a filter change, as the desktop app runs it: FailuresPage driven by
// FailureInboxController, whose queries run on a worker thread. A baseline in the same process
// loads the page the earlier way (the newest 1,000 failures with their bodies, read on the GUI
// thread and filtered in memory), and deep pages are read both with OFFSET and with a keyset.
// Prints a Markdown table for docs/benchmarks.md.
//
// Usage: bench_failures [rows] [rounds]   (defaults: 1000000 rows, 5 rounds; run with
// QT_QPA_PLATFORM=offscreen on a machine without a display)
//        bench_failures --screenshot FILE.png   renders a busy inbox with its charts instead
#include "benchscreenshot.h"
#include "core/directorytable.h"
#include "gui/failureinboxcontroller.h"
#include "store/credentialregister.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/sqlsupport.h"
#include "ui/failurespage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QSqlError>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace CardDesk;

namespace {

// The earlier inbox read this many of the newest open failures on the GUI thread.
constexpr int BaselineFailureLimit = 1000;
constexpr int HistoryDays = 90;
// Depth of the deep-page comparison: the page after this many open failures.
constexpr int DeepPageOffset = 20000;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Inserts rows outbox entries: about 95 % confirmed, the rest failed, unknown, needing attention
// or resolved, spread over the last HistoryDays days with a fixed random seed. The rows go in
// time order, as a real outbox grows, in one transaction with prepared multi-row statements.
bool fillOutbox(Store::Database &database, int rows, QString *error)
{
    static const QString states[] = {u"failed"_s, u"failed"_s, u"unknown"_s, u"needs-attention"_s,
                                     u"resolved"_s};
    static const QString codes[] = {u"card-update-failed"_s, u"user-not-found"_s, u"partial-update"_s,
                                    u"unrecognised-value"_s};
    static const QString messages[] = {u"Card number already assigned"_s, u"User not found"_s,
                                       u"1 of 2 cards failed"_s, u"Calven returned the result CARD_QUARANTINED"_s};
    QRandomGenerator random(20261204);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::vector<qint64> ages(static_cast<size_t>(rows));
    for (qint64 &age : ages)
        age = qint64(random.bounded(HistoryDays * 86400));
    std::sort(ages.begin(), ages.end(), std::greater<>());

    const QSqlDatabase db = database.connection();
    // 256 MiB of page cache for the fill, so that index pages stay in memory between rows.
    QSqlQuery pragma(db);
    if (!pragma.exec(u"PRAGMA cache_size = -262144"_s)) {
        *error = pragma.lastError().text();
        return false;
    }
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
        const QDateTime when = now.addSecs(-ages[size_t(i)]);
        const bool failure = random.bounded(100) < 5;
        const QString state = failure ? states[random.bounded(5)] : u"confirmed"_s;
        const int reason = int(random.bounded(4));
        // Confirmed entries carry "ok", unknown outcomes no code, the other failures a reason.
        QString code = u"ok"_s;
        if (failure)
            code = state == u"unknown"_s ? QString() : codes[reason];
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
        insert.bind(11, Store::Sql::text(failure ? messages[reason] : QString()));
        if (!insert.endRow(error))
            return false;
    }
    return insert.finish(error) && transaction.commit(error);
}

struct Figure
{
    QString name;
    QList<double> millis;
    QList<double> firstRows; ///< ms until the first rows were shown, when measured.
    QList<double> stalls; ///< Longest GUI-thread event handling per round, when measured.
    double target = 0;    ///< ms; 0 for none.
};

// The timer of the running round, and when in it the first rows of the new query were shown.
QElapsedTimer *g_roundTimer = nullptr;
double g_firstRowsMillis = -1;

// Returns the CPU time the calling thread has used, in milliseconds.
double threadCpuMillis()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Runs the event loop until done() returns true and returns the CPU time of the longest single
// processEvents() call: how long the GUI thread was busy at a stretch. CPU time rather than wall
// time, because on a loaded machine the wall time of a slice also counts waiting for a core.
double spinUntil(const std::function<bool()> &done)
{
    double longest = 0;
    QElapsedTimer guard;
    guard.start();
    while (!done()) {
        const double before = threadCpuMillis();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        longest = std::max(longest, threadCpuMillis() - before);
        if (guard.elapsed() > 120000)
            qFatal("The failure inbox did not load within two minutes");
    }
    return longest;
}

Figure measure(const QString &name, double target, int rounds, const std::function<double()> &step)
{
    Figure figure{name, {}, {}, {}, target};
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        g_roundTimer = &timer;
        g_firstRowsMillis = -1;
        const double stall = step();
        figure.millis.append(double(timer.nsecsElapsed()) / 1e6);
        if (g_firstRowsMillis >= 0)
            figure.firstRows.append(g_firstRowsMillis);
        g_roundTimer = nullptr;
        if (stall >= 0)
            figure.stalls.append(stall);
    }
    std::sort(figure.millis.begin(), figure.millis.end());
    std::sort(figure.firstRows.begin(), figure.firstRows.end());
    std::sort(figure.stalls.begin(), figure.stalls.end());
    return figure;
}

// The inbox a benchmark round drives: page, controller and the generation it waits for.
struct Inbox
{
    Ui::FailuresPage page;
    std::unique_ptr<Gui::FailureInboxController> controller;
    int shownPage = -1;
    int shownSummary = -1;

    Inbox(Store::Database &database, Store::Outbox &outbox, Store::CredentialRegister &credentials)
    {
        page.resize(1280, 800);
        controller = std::make_unique<Gui::FailureInboxController>(&page, database, outbox, credentials,
                                                                   [] { return std::shared_ptr<const Core::DirectoryTable>(); });
        QObject::connect(controller.get(), &Gui::FailureInboxController::firstPageShown, &page,
                         [this](int generation) {
                             shownPage = generation;
                             if (g_roundTimer && g_firstRowsMillis < 0)
                                 g_firstRowsMillis = double(g_roundTimer->nsecsElapsed()) / 1e6;
                         });
        QObject::connect(controller.get(), &Gui::FailureInboxController::summaryShown, &page,
                         [this](int generation) { shownSummary = generation; });
        QObject::connect(controller.get(), &Gui::FailureInboxController::failed, &page,
                         [](const QString &message) { qFatal("%s", qPrintable(message)); });
    }
    // Waits until the current query's first page and counts are shown.
    double waitUntilShown()
    {
        return spinUntil([this] {
            const int generation = controller->generation();
            return shownPage == generation && shownSummary == generation;
        });
    }
};

// Reads what the earlier inbox read on the GUI thread: the newest open failures with their bodies,
// their total and the chart counts, then fills the page in memory.
double loadBaseline(Store::Outbox &outbox, Ui::FailuresPage &page)
{
    Store::FailureFilter filter;
    filter.withBodies = true;
    filter.limit = BaselineFailureLimit;
    const auto entries = outbox.failures(filter);
    const auto total = outbox.failureCount({});
    const auto reasons = outbox.failureReasonCounts({});
    if (!entries || !total || !reasons)
        qFatal("The failure query failed: %s", qPrintable(outbox.errorString()));
    page.setEntries(*entries);
    page.setOpenFailureTotal(*total);
    QCoreApplication::processEvents();
    return -1;
}

QString formatMillis(double millis)
{
    return QLocale(QLocale::English).toString(millis, 'f', millis < 10 ? 1 : 0);
}

void printFigures(const QList<Figure> &figures)
{
    out() << "| Step | median ms | max ms | first rows, median / max ms | longest GUI-thread slice, CPU ms"
             " | target ms | met |\n"
             "|---|---:|---:|---:|---:|---:|---|\n";
    for (const Figure &figure : figures) {
        const double median = figure.millis.at(figure.millis.size() / 2);
        const double max = figure.millis.constLast();
        const QString firstRows = figure.firstRows.isEmpty()
                                      ? u"–"_s
                                      : formatMillis(figure.firstRows.at(figure.firstRows.size() / 2)) + u" / "_s +
                                            formatMillis(figure.firstRows.constLast());
        QString metText = u"–"_s;
        if (figure.target > 0)
            metText = max <= figure.target ? u"yes"_s : u"no"_s;
        out() << "| " << figure.name << " | " << formatMillis(median) << " | " << formatMillis(max) << " | "
              << firstRows << " | "
              << (figure.stalls.isEmpty() ? u"–"_s : formatMillis(figure.stalls.constLast())) << " | "
              << (figure.target > 0 ? formatMillis(figure.target) : u"–"_s) << " | "
              << metText << " |\n";
    }
}

double medianOf(const Figure &figure)
{
    return figure.millis.at(figure.millis.size() / 2);
}

int runBenchmark(int rows, int rounds)
{
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
    out() << "Filled " << rows << " outbox rows in " << fillTimer.elapsed() << " ms\n";
    Store::Outbox outbox(database);
    Store::CredentialRegister credentials(database);
    out() << "Open failures: " << outbox.failureCount({}).value_or(-1) << "\n\n";
    out().flush();

    QList<Figure> figures;
    const Figure baselineOpen = measure(u"Baseline: open as before (1,000 rows with bodies, GUI thread)"_s, 0,
                                        rounds, [&] {
                                            Ui::FailuresPage page;
                                            page.resize(1280, 800);
                                            loadBaseline(outbox, page);
                                            page.show();
                                            QCoreApplication::processEvents();
                                            return -1.0;
                                        });
    const Figure open = measure(u"Open the screen (create, first page, counts, charts, show)"_s, 300, rounds, [&] {
        Inbox inbox(database, outbox, credentials);
        inbox.page.show();
        return inbox.waitUntilShown();
    });
    figures << baselineOpen << open;

    Inbox inbox(database, outbox, credentials);
    inbox.page.show();
    inbox.waitUntilShown();
    // Each step switches one filter between a value and its default, so every round is a change,
    // and ends with the default again before the next step.
    int flip = 0;
    figures << measure(u"Filter change: result"_s, 100, rounds, [&] {
        inbox.page.setResultFilter(++flip % 2 ? std::optional(Core::ResultCode::UserNotFound) : std::nullopt);
        return inbox.waitUntilShown();
    });
    inbox.page.setResultFilter(std::nullopt);
    inbox.waitUntilShown();
    auto *search = inbox.page.findChild<QLineEdit *>(u"failureSearchLineEdit"_s);
    flip = 0;
    figures << measure(u"Filter change: text"_s, 100, rounds, [&] {
        search->setText(++flip % 2 ? u"u-1234"_s : QString());
        return inbox.waitUntilShown();
    });
    search->clear();
    inbox.waitUntilShown();
    const QDate today = QDate::currentDate();
    flip = 0;
    figures << measure(u"Filter change: last 7 days"_s, 100, rounds, [&] {
        inbox.page.setDayRange(today.addDays(++flip % 2 ? -6 : 1 - HistoryDays), today);
        return inbox.waitUntilShown();
    });
    inbox.page.setDayRange(today.addDays(1 - HistoryDays), today);
    inbox.waitUntilShown();
    flip = 0;
    figures << measure(u"Filter change: group by reason"_s, 100, rounds, [&] {
        inbox.page.setGroupedByReason(++flip % 2);
        return inbox.waitUntilShown();
    });
    inbox.page.setGroupedByReason(false);
    inbox.waitUntilShown();
    figures << measure(u"Next page while scrolling (fetchMore to rows shown)"_s, 100, rounds, [&] {
        auto *model = inbox.page.findChild<QTableView *>(u"failuresTableView"_s)->model();
        const int before = model->rowCount();
        model->fetchMore({});
        return spinUntil([&] { return model->rowCount() > before; });
    });

    // The store queries alone, on this thread: the first page and the per-day counts that the
    // reader runs for each filter, without the event loop and the widgets.
    struct Variant
    {
        QString name;
        Store::FailureFilter filter;
    };
    QList<Variant> variants{{u"none"_s, {}}, {u"result"_s, {}}, {u"text"_s, {}}, {u"last 7 days"_s, {}},
                            {u"grouped"_s, {}}};
    variants[1].filter.result = Core::ResultCode::UserNotFound;
    variants[2].filter.text = u"u-1234"_s;
    variants[3].filter.fromUtc = today.addDays(-6).startOfDay().toUTC();
    variants[4].filter.groupByReason = true;
    for (Variant &variant : variants) {
        variant.filter.limit = Store::FailureInboxReader::PageSize;
        figures << measure(u"Query alone, first page: "_s + variant.name, 100, rounds, [&] {
            if (!outbox.failures(variant.filter))
                qFatal("%s", qPrintable(outbox.errorString()));
            return -1.0;
        });
        Store::FailureFilter counts = variant.filter;
        counts.result.reset();
        figures << measure(u"Query alone, per-day counts: "_s + variant.name, 100, rounds, [&] {
            if (!outbox.failuresPerDay(counts))
                qFatal("%s", qPrintable(outbox.errorString()));
            return -1.0;
        });
    }

    const int openFailures = outbox.failureCount({}).value_or(0);
    std::optional<Figure> offsetPage;
    std::optional<Figure> keysetPage;
    if (openFailures > DeepPageOffset + Store::FailureInboxReader::PageSize) {
        Store::FailureFilter deep;
        deep.limit = Store::FailureInboxReader::PageSize;
        deep.offset = DeepPageOffset;
        offsetPage = measure(u"Baseline: page after 20,000 failures with OFFSET"_s, 0, rounds, [&] {
            if (!outbox.failures(deep))
                qFatal("%s", qPrintable(outbox.errorString()));
            return -1.0;
        });
        deep.offset = DeepPageOffset - 1;
        deep.limit = 1;
        const auto anchor = outbox.failures(deep);
        if (!anchor || anchor->isEmpty())
            qFatal("%s", qPrintable(outbox.errorString()));
        Store::FailureFilter keyset;
        keyset.limit = Store::FailureInboxReader::PageSize;
        keyset.afterUpdatedAt = anchor->constFirst().updatedAt;
        keyset.afterId = anchor->constFirst().id;
        keysetPage = measure(u"Page after 20,000 failures with a keyset"_s, 100, rounds, [&] {
            if (!outbox.failures(keyset))
                qFatal("%s", qPrintable(outbox.errorString()));
            return -1.0;
        });
        figures << *offsetPage << *keysetPage;
    } else {
        out() << "Too few open failures for the deep-page step, which needs more than "
              << DeepPageOffset + Store::FailureInboxReader::PageSize << "\n";
    }

    printFigures(figures);
    out() << "\nRatios (baseline median / new median): open "
          << QString::number(medianOf(baselineOpen) / medianOf(open), 'f', 1) << 'x';
    if (offsetPage && keysetPage)
        out() << ", deep page " << QString::number(medianOf(*offsetPage) / medianOf(*keysetPage), 'f', 1) << 'x';
    out() << '\n';
    QFile load(u"/proc/loadavg"_s);
    if (load.open(QIODevice::ReadOnly))
        out() << "Load average at the end: " << QString::fromLatin1(load.readAll()).trimmed() << '\n';
    out().flush();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() > 2 && arguments.at(1) == u"--screenshot"_s)
        return Bench::saveFailureInboxScreenshot(arguments.at(2));
    const int rows = arguments.size() > 1 ? arguments.at(1).toInt() : 1000000;
    const int rounds = arguments.size() > 2 ? arguments.at(2).toInt() : 5;
    if (rows <= 0 || rounds <= 0) {
        out() << "Usage: bench_failures [rows] [rounds], both positive integers\n";
        return 2;
    }
    return runBenchmark(rows, rounds);
}
