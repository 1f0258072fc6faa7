// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Measures the Users page's directory and search work at 20,000 and 200,000 generated users:
// keystroke to repainted view against a stock QSortFilterProxyModel, cold start from the SQLite
// cache, refresh parse and store, GUI-thread stalls, and resident memory.
// Usage: bench_search [--refresh-only] [user counts...]   (default: 20000 200000)
// The cold start, load stall and memory figures come from a fresh child process started as
// bench_search --cold-start CACHE_FILE, so no earlier step's heap is counted.

#include "benchsupport.h"
#include "refreshbench.h"

#include "core/directoryjson.h"
#include "core/directorytable.h"
#include "models/roles.h"
#include "models/userfiltermodel.h"
#include "models/usertablemodel.h"
#include "sim/directorygenerator.h"
#include "store/database.h"
#include "store/directorycache.h"

#include <QApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <ctime>

using namespace Qt::StringLiterals;
using namespace CardDesk;

namespace {

constexpr quint32 Seed = 4;
// The typing sequence is timed this many times, so the 95th percentile rests on over 100 samples.
constexpr int TypingRounds = 5;
// The baseline takes seconds per key press at 200,000 users, so it types the sequence once.
constexpr int BaselineRounds = 1;
// Interval between scripted key presses when typing through the event loop, like a fast typist.
constexpr int KeyIntervalMs = 40;

// Growing prefixes, a word that matches nothing, backspace, and a two-word search. Then texts pasted
// into an empty field, each of which scans every row for a word of several characters. The card
// numbers at the end also scan the credential register.
const QStringList TypingSequence{u"m"_s,     u"ma"_s,   u"mar"_s,  u"mari"_s,    u"maria"_s, u"mariaxq"_s,
                                 u"maria"_s, u"mari"_s, u"mar"_s,  u"ma"_s,      u"m"_s,     QString(),
                                 u"s"_s,     u"sa"_s,   u"san"_s,  u"san "_s,    u"san l"_s, u"san lo"_s,
                                 u"san l"_s, u"san"_s,  u"sa"_s,   u"s"_s,       QString(),  u"1"_s,
                                 u"12"_s,    u"123"_s,  u"12"_s,   u"1"_s,       QString(),  u"strasse"_s,
                                 QString(),  u"jose"_s, QString(), u"smi lon"_s, QString(),  u"example"_s,
                                 QString(),  u"0471"_s, QString(), u"99887"_s,   QString()};

// Card numbers put into the register of every tenth user, so that digits also scan card numbers.
constexpr int CardHolderInterval = 10;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 0) + u" ms"_s;
}

std::unique_ptr<QTableView> makeView(QAbstractItemModel *model)
{
    auto view = std::make_unique<QTableView>();
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->setWordWrap(false);
    view->setModel(model);
    view->resize(1000, 700);
    view->show();
    QCoreApplication::processEvents();
    return view;
}

// Key press timings in milliseconds, from the new search text to a repainted view.
struct TypingSamples
{
    QList<double> all;
    QList<double> model;  ///< The part spent in the model, before the view repaints.
    QList<double> pasted; ///< Texts of two or more characters put into an empty field.
};

// Types the sequence rounds times. beforeRound runs untimed before each round. The search index
// uses it to drop the results it keeps for backspace, so every round starts as a fresh session.
TypingSamples timeTyping(QTableView &view, const std::function<void(const QString &)> &setText,
                         const std::function<void()> &beforeRound, int rounds)
{
    TypingSamples samples;
    for (int round = 0; round < rounds; ++round) {
        beforeRound();
        QCoreApplication::processEvents();
        QString previous;
        for (const QString &text : TypingSequence) {
            QElapsedTimer timer;
            timer.start();
            setText(text);
            samples.model.append(double(timer.nsecsElapsed()) / 1e6);
            QCoreApplication::sendPostedEvents();
            view.viewport()->repaint();
            const double elapsed = double(timer.nsecsElapsed()) / 1e6;
            samples.all.append(elapsed);
            if (previous.isEmpty() && text.size() > 1)
                samples.pasted.append(elapsed);
            previous = text;
        }
    }
    return samples;
}

// Types the sequence from the event loop and returns the longest GUI-thread stall.
double typingStall(const std::function<void(const QString &)> &setText)
{
    Bench::StallProbe probe;
    QEventLoop loop;
    QTimer typist;
    typist.setInterval(KeyIntervalMs);
    qsizetype next = 0;
    QObject::connect(&typist, &QTimer::timeout, &loop, [&] {
        if (next == TypingSequence.size()) {
            loop.quit();
            return;
        }
        setText(TypingSequence.at(next++));
    });
    probe.start();
    typist.start();
    loop.exec();
    return probe.stop();
}

// Runs on a worker thread, as Workspace::loadDirectory does.
std::shared_ptr<const Core::DirectoryTable> loadTable(const QString &path)
{
    Store::Database database;
    if (!database.open(path))
        qFatal("Cannot open %s", qPrintable(path));
    Store::DirectoryCache cache(database);
    auto table = cache.loadTable();
    if (!table)
        qFatal("Cannot load the cache: %s", qPrintable(cache.errorString()));
    return table;
}

// The code before DirectoryTable, as the baseline: a QList of users read on the calling thread.
QList<Core::DirectoryUser> loadUserList(const QString &path, QList<Core::Location> *locations)
{
    Store::Database database;
    if (!database.open(path))
        qFatal("Cannot open %s", qPrintable(path));
    Store::DirectoryCache cache(database);
    *locations = cache.loadLocations().value_or(QList<Core::Location>());
    return cache.loadUsers().value_or(QList<Core::DirectoryUser>());
}

// Runs work on a worker thread, then onFinished on the GUI thread, and returns the longest stall.
template<typename Result>
double stallDuring(const std::function<Result()> &work, const std::function<void(const Result &)> &onFinished)
{
    Bench::StallProbe probe;
    QEventLoop loop;
    QFutureWatcher<Result> watcher;
    QObject::connect(&watcher, &QFutureWatcher<Result>::finished, &loop, [&] {
        onFinished(watcher.result());
        loop.quit();
    });
    probe.start();
    watcher.setFuture(QtConcurrent::run(work));
    loop.exec();
    return probe.stop();
}

void runSize(int userCount, bool refreshOnly)
{
    out() << "\n## " << userCount << " users\n";
    QTemporaryDir folder;
    const QString cachePath = folder.filePath(u"carddesk.sqlite"_s);

    // Refresh: parse the payload and store it in an empty cache, as the first refresh does.
    const qint64 payloadBytes = Bench::runRefresh(userCount, Seed, cachePath, out());
    if (refreshOnly)
        return;

    // Cold start, load stall and memory, in a fresh process.
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {u"--cold-start"_s, cachePath});
    if (!child.waitForFinished(600000) || child.exitCode() != 0)
        qFatal("The cold-start child process failed");
    QHash<QString, double> cold;
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 2)
            cold.insert(QString::fromLatin1(parts.at(0)), parts.at(1).toDouble());
    }
    out() << "cold start to searchable (fresh process, from main()): " << ms(cold.value(u"searchable"_s))
          << " (worker load, fold and sort " << ms(cold.value(u"worker"_s)) << ", process CPU time meanwhile "
          << ms(cold.value(u"loadCpu"_s)) << "; GUI swap " << ms(cold.value(u"swap"_s)) << ")\n"
          << "load stall (fresh process, worker load, GUI swap): " << ms(cold.value(u"stall"_s)) << "\n"
          << "resident memory (fresh process, after malloc_trim): "
          << QString::number(cold.value(u"rss"_s), 'f', 0) << " MiB total, "
          << QString::number(cold.value(u"rss"_s) - cold.value(u"rssStart"_s), 'f', 0)
          << " MiB over the start; payload " << QString::number(double(payloadBytes) / 1048576.0, 'f', 1)
          << " MiB; ratio (total / payload) "
          << QString::number(cold.value(u"rss"_s) * 1048576.0 / double(payloadBytes), 'f', 2) << "\n";

    // Baseline cold start: the user list read on the calling thread, then setDirectory() there.
    {
        QElapsedTimer timer;
        timer.start();
        QList<Core::Location> locations;
        const QList<Core::DirectoryUser> list = loadUserList(cachePath, &locations);
        const double listMs = double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        Models::UserTableModel listUsers;
        Models::UserFilterModel listFilter;
        listFilter.setSourceModel(&listUsers);
        listFilter.sort(Models::UserTableModel::NameColumn, Qt::AscendingOrder);
        listUsers.setDirectory(list, locations);
        const double modelMs = double(timer.nsecsElapsed()) / 1e6;
        out() << "baseline cold start (user list, then setDirectory on one thread): " << ms(listMs + modelMs)
              << " (load " << ms(listMs) << ", table and index " << ms(modelMs) << "); ratio "
              << QString::number(cold.value(u"searchable"_s) / (listMs + modelMs), 'f', 3) << "\n";
    }

    Models::UserTableModel users;
    Models::UserFilterModel filter;
    filter.setSourceModel(&users);
    filter.sort(Models::UserTableModel::NameColumn, Qt::AscendingOrder);
    users.setTable(loadTable(cachePath));
    auto view = makeView(&filter);

    // Load stall in this process as well: the worker loads the cache, the GUI thread swaps it in.
    const double loadStall = stallDuring<std::shared_ptr<const Core::DirectoryTable>>(
        [&] { return loadTable(cachePath); },
        [&](const std::shared_ptr<const Core::DirectoryTable> &table) { users.setTable(table); });
    out() << "load stall (worker load, GUI swap, view shown): " << ms(loadStall) << "\n";

    // Card numbers in the register for every tenth user, so digit searches scan them too.
    QHash<QString, QStringList> cardNumbers;
    for (int row = 0; row < users.rowCount(); row += CardHolderInterval) {
        const QString userId = users.userAt(row).userId;
        cardNumbers.insert(userId, {QString::number(10000 + row).rightJustified(8, u'0')});
    }
    users.setCardNumbers(cardNumbers);

    const auto setIndexed = [&filter](const QString &text) {
        filter.setSearchText(text);
    };
    // Setting the source model again drops the results the filter keeps for backspace.
    const auto freshSession = [&filter, &users] {
        filter.setSearchText(QString());
        filter.setSourceModel(&users);
    };
    const TypingSamples indexedSamples = timeTyping(*view, setIndexed, freshSession, TypingRounds);
    const Bench::Summary indexed = Bench::summarize(indexedSamples.all);
    const Bench::Summary indexedModel = Bench::summarize(indexedSamples.model);
    const Bench::Summary indexedPasted = Bench::summarize(indexedSamples.pasted);
    freshSession();
    const double indexedStall = typingStall(setIndexed);

    // A click on each column header, then back to the name order: sort and repaint, no search.
    filter.setSearchText(QString());
    out() << "header click to repainted view, sort without search:";
    for (int column = 0; column <= Models::UserTableModel::ColumnCount; ++column) {
        const int sortColumn = column < Models::UserTableModel::ColumnCount ? column : 0;
        for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            QElapsedTimer timer;
            timer.start();
            filter.sort(sortColumn, order);
            view->viewport()->repaint();
            out() << " " << users.headerData(sortColumn, Qt::Horizontal).toString()
                  << (order == Qt::AscendingOrder ? u" up "_s : u" down "_s)
                  << ms(double(timer.nsecsElapsed()) / 1e6) << ";";
        }
    }
    out() << "\n";
    view.reset();

    // Baseline: a stock proxy with a fixed, case-insensitive filter over every column.
    QSortFilterProxyModel stock;
    stock.setFilterCaseSensitivity(Qt::CaseInsensitive);
    stock.setSortCaseSensitivity(Qt::CaseInsensitive);
    stock.setFilterKeyColumn(-1);
    stock.setSourceModel(&users);
    stock.sort(Models::UserTableModel::NameColumn, Qt::AscendingOrder);
    auto stockView = makeView(&stock);
    const auto setStock = [&stock](const QString &text) {
        stock.setFilterFixedString(text);
    };
    const TypingSamples baselineSamples = timeTyping(
        *stockView, setStock, [] {}, BaselineRounds);
    const Bench::Summary baseline = Bench::summarize(baselineSamples.all);
    const Bench::Summary baselineModel = Bench::summarize(baselineSamples.model);
    const Bench::Summary baselinePasted = Bench::summarize(baselineSamples.pasted);

    out() << "keystroke to repainted view (" << TypingRounds << " and " << BaselineRounds << " rounds of "
          << TypingSequence.size() << " key presses):\n"
          << "  index:    p50 " << ms(indexed.p50) << ", p95 " << ms(indexed.p95) << ", max "
          << ms(indexed.max) << "\n  baseline: p50 " << ms(baseline.p50) << ", p95 " << ms(baseline.p95)
          << ", max " << ms(baseline.max)
          << "\n  p95 ratio (index / baseline): " << QString::number(indexed.p95 / baseline.p95, 'f', 3)
          << "\n"
          << "  model part only: index p95 " << ms(indexedModel.p95) << ", baseline p95 "
          << ms(baselineModel.p95) << "\n"
          << "  pasted into an empty field (" << indexedSamples.pasted.size() << " and "
          << baselineSamples.pasted.size() << " samples): index p95 " << ms(indexedPasted.p95) << ", max "
          << ms(indexedPasted.max) << "; baseline p95 " << ms(baselinePasted.p95) << "\n"
          << "typing stall, index: " << ms(indexedStall) << "\n";
    out().flush();
}

} // namespace

// Returns the CPU time all threads of this process have used, in milliseconds, which other
// processes on the same cores do not inflate the way they inflate wall-clock time. The load runs on
// two threads, the worker that reads and the one that folds what it read.
double processCpuMs()
{
    timespec time{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time);
    return double(time.tv_sec) * 1e3 + double(time.tv_nsec) / 1e6;
}

// Runs in a fresh process: loads the cache on a worker thread, as the app does at start, swaps the
// table into the models, shows the view, and prints "name value" lines for the parent.
int runColdStart(const QElapsedTimer &sinceMain, const QString &cachePath)
{
    QTextStream lines(stdout);
    lines << "rssStart " << Bench::residentMiB() << '\n';
    Models::UserTableModel users;
    Models::UserFilterModel filter;
    filter.setSourceModel(&users);
    filter.sort(Models::UserTableModel::NameColumn, Qt::AscendingOrder);
    auto view = makeView(&filter);

    double workerMs = 0;
    double loadCpuMs = 0;
    double swapMs = 0;
    double searchableMs = 0;
    const double stall = stallDuring<std::shared_ptr<const Core::DirectoryTable>>(
        [&] {
            QElapsedTimer worker;
            worker.start();
            const double cpuStart = processCpuMs();
            auto table = loadTable(cachePath);
            workerMs = double(worker.nsecsElapsed()) / 1e6;
            loadCpuMs = processCpuMs() - cpuStart;
            return table;
        },
        [&](const std::shared_ptr<const Core::DirectoryTable> &table) {
            QElapsedTimer swap;
            swap.start();
            users.setTable(table);
            filter.setSearchText(u"a"_s); // The first search proves the directory is searchable.
            filter.setSearchText(QString());
            swapMs = double(swap.nsecsElapsed()) / 1e6;
            searchableMs = double(sinceMain.nsecsElapsed()) / 1e6;
        });
    view->viewport()->repaint();
#ifdef __GLIBC__
    // Returns the heap that loading freed (the worker thread's arena among it) to the system, so
    // VmRSS counts what the directory keeps.
    malloc_trim(0);
#endif
    lines << "worker " << workerMs << "\nloadCpu " << loadCpuMs << "\nswap " << swapMs << "\nsearchable "
          << searchableMs << "\nstall " << stall << "\nrss " << Bench::residentMiB() << "\nrows "
          << filter.rowCount() << '\n';
    return filter.rowCount() > 0 ? 0 : 1;
}

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    if (QCoreApplication::arguments().value(1) == u"--cold-start"_s)
        return runColdStart(sinceMain, QCoreApplication::arguments().value(2));
    QList<int> counts;
    bool refreshOnly = false;
    for (const QString &argument : QCoreApplication::arguments().mid(1)) {
        if (argument == u"--refresh-only"_s)
            refreshOnly = true;
        else
            counts.append(argument.toInt());
    }
    if (counts.isEmpty())
        counts = {20000, 200000};
    out() << "# bench_search: generated directory, seed " << Seed << ", Qt " << qVersion() << "\n";
    out() << "resident memory at start: " << QString::number(Bench::residentMiB(), 'f', 0) << " MiB\n";
    for (const int count : std::as_const(counts))
        runSize(count, refreshOnly);
    return 0;
}
