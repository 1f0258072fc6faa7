// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Measures the Users page's directory and search work at 20,000 and 200,000 generated users:
// keystroke to repainted view against a stock QSortFilterProxyModel, cold start from the SQLite
// cache, refresh parse and store, GUI-thread stalls, and resident memory.
// Usage: bench_search [--refresh-only] [user counts...]   (default: 20000 200000)

#include "benchsupport.h"
#include "refreshbench.h"

#include "core/directoryjson.h"
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
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

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

// Growing prefixes, a word that matches nothing, backspace, and a two-word search.
const QStringList TypingSequence{u"m"_s,     u"ma"_s,   u"mar"_s, u"mari"_s, u"maria"_s, u"mariaxq"_s,
                                 u"maria"_s, u"mari"_s, u"mar"_s, u"ma"_s,   u"m"_s,     QString(),
                                 u"s"_s,     u"sa"_s,   u"san"_s, u"san "_s, u"san l"_s, u"san lo"_s,
                                 u"san l"_s, u"san"_s,  u"sa"_s,  u"s"_s,    QString(),  u"1"_s,
                                 u"12"_s,    u"123"_s,  u"12"_s,  u"1"_s,    QString()};

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

// Times each key press from the new search text to a repainted view, in milliseconds.
// modelSamples receives the part spent in the model, before the view repaints.
QList<double> timeTyping(QTableView &view, const std::function<void(const QString &)> &setText,
                         QList<double> *modelSamples, int rounds)
{
    QList<double> samples;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &text : TypingSequence) {
            QElapsedTimer timer;
            timer.start();
            setText(text);
            modelSamples->append(double(timer.nsecsElapsed()) / 1e6);
            QCoreApplication::sendPostedEvents();
            view.viewport()->repaint();
            samples.append(double(timer.nsecsElapsed()) / 1e6);
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

struct Snapshot
{
    QList<Core::DirectoryUser> users;
    QList<Core::Location> locations;
};

// Runs on a worker thread, as Workspace::loadDirectory does.
Snapshot loadSnapshot(const QString &path)
{
    Store::Database database;
    if (!database.open(path))
        qFatal("Cannot open %s", qPrintable(path));
    Store::DirectoryCache cache(database);
    return Snapshot{cache.loadUsers().value_or(QList<Core::DirectoryUser>()),
                    cache.loadLocations().value_or(QList<Core::Location>())};
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

    // Cold start: open the cache, load it and build the model and search index.
    const double rssBefore = Bench::residentMiB();
    QElapsedTimer timer;
    timer.start();
    Snapshot snapshot = loadSnapshot(cachePath);
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    Models::UserTableModel users;
    Models::UserFilterModel filter;
    filter.setSourceModel(&users);
    filter.sort(Models::UserTableModel::NameColumn, Qt::AscendingOrder);
    users.setDirectory(snapshot.users, snapshot.locations);
    const double modelMs = double(timer.nsecsElapsed()) / 1e6;
    snapshot = {};
    out() << "cold start to searchable: " << ms(loadMs + modelMs) << " (load " << ms(loadMs)
          << " on a worker thread in the app, model and index " << ms(modelMs) << " on the GUI thread)\n";

    auto view = makeView(&filter);
    const double rssAfter = Bench::residentMiB();
    out() << "resident memory: " << QString::number(rssAfter, 'f', 0) << " MiB in total, "
          << QString::number(rssAfter - rssBefore, 'f', 0) << " MiB for the loaded directory; payload "
          << QString::number(double(payloadBytes) / 1048576.0, 'f', 1) << " MiB; ratio (total / payload) "
          << QString::number(rssAfter * 1048576.0 / double(payloadBytes), 'f', 2) << "\n";

    // Load stall: the worker loads the cache, then the GUI thread sets the model.
    const double loadStall = stallDuring<Snapshot>(
        [&] { return loadSnapshot(cachePath); },
        [&](const Snapshot &loaded) { users.setDirectory(loaded.users, loaded.locations); });
    out() << "load stall (worker load, GUI model and index): " << ms(loadStall) << "\n";

    const auto setIndexed = [&filter](const QString &text) {
        filter.setSearchText(text);
    };
    QList<double> indexedModelSamples;
    const Bench::Summary indexed =
        Bench::summarize(timeTyping(*view, setIndexed, &indexedModelSamples, TypingRounds));
    const Bench::Summary indexedModel = Bench::summarize(indexedModelSamples);
    const double indexedStall = typingStall(setIndexed);
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
    QList<double> baselineModelSamples;
    const Bench::Summary baseline =
        Bench::summarize(timeTyping(*stockView, setStock, &baselineModelSamples, BaselineRounds));
    const Bench::Summary baselineModel = Bench::summarize(baselineModelSamples);

    out() << "keystroke to repainted view (" << TypingRounds << " and " << BaselineRounds << " rounds of "
          << TypingSequence.size() << " key presses):\n"
          << "  index:    p50 " << ms(indexed.p50) << ", p95 " << ms(indexed.p95) << ", max "
          << ms(indexed.max) << "\n  baseline: p50 " << ms(baseline.p50) << ", p95 " << ms(baseline.p95)
          << ", max " << ms(baseline.max)
          << "\n  p95 ratio (index / baseline): " << QString::number(indexed.p95 / baseline.p95, 'f', 3)
          << "\n"
          << "  model part only: index p95 " << ms(indexedModel.p95) << ", baseline p95 "
          << ms(baselineModel.p95) << "\n"
          << "typing stall, index: " << ms(indexedStall) << "\n";
    out().flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
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
