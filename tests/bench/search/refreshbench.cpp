// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "refreshbench.h"

#include "benchsupport.h"

#include "core/directoryjson.h"
#include "sim/directorygenerator.h"
#include "store/database.h"
#include "store/directorycache.h"
#include "store/sqlsupport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <malloc.h>
#include <time.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CardDesk::Bench {

namespace {

// Baseline, refresher and refresher with QtSql user writes alternate this many times; the figures
// are the medians.
constexpr int Rounds = 3;

struct RefreshTimes
{
    double parseMs = 0;
    double storeMs = 0;
    double cpuMs = 0;   ///< CPU time of the measuring thread for parse and store.
    double peakMiB = 0; ///< Peak resident memory above the resident memory at the start.
    double totalMs() const { return parseMs + storeMs; }
};

// CPU time of the calling thread in milliseconds, which other processes on the same cores
// inflate far less than wall-clock time.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

RefreshTimes median(QList<RefreshTimes> runs)
{
    const auto pick = [&runs](double RefreshTimes::*field) {
        QList<double> values;
        for (const RefreshTimes &run : std::as_const(runs))
            values.append(run.*field);
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    };
    return RefreshTimes{pick(&RefreshTimes::parseMs), pick(&RefreshTimes::storeMs),
                        pick(&RefreshTimes::cpuMs), pick(&RefreshTimes::peakMiB)};
}

// Reads a "Vm...:" line of /proc/self/status in MiB (Linux only; 0 elsewhere).
double statusMiB(const QByteArray &field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// Returns freed heap to the system and restarts the peak (VmHWM) at the current resident size,
// so the next peak belongs to the next phase alone. Writing 5 to clear_refs needs Linux 4.0.
double startPeakWindow()
{
    malloc_trim(0);
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
    return statusMiB("VmRSS:");
}

double peakSince(double residentAtStart)
{
    return statusMiB("VmHWM:") - residentAtStart;
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The store path that DirectoryCache::replace used before the SQLite C API, for an empty cache:
// one transaction, QSqlQuery multi-row INSERT OR REPLACE statements of 50 rows bound through
// QVariant, then the locations and the refresh time.
bool baselineStore(const QString &path, const QList<Core::DirectoryUser> &users,
                   const QList<Core::Location> &locations)
{
    Store::Database database;
    if (!database.open(path))
        return false;
    const QSqlDatabase db = database.connection();
    QString error;
    // The baseline writes into the table that the previous store wrote into, with a rowid and an
    // index for its TEXT primary key (schema versions 1 to 3), so the baseline stays the same
    // when the schema changes. Schema version 4 made directory_user a WITHOUT ROWID table.
    if (!Store::Sql::execDirect(db, u"DROP TABLE directory_user"_s, &error) ||
        !Store::Sql::execDirect(db,
                                u"CREATE TABLE directory_user ("
                                "  user_id TEXT PRIMARY KEY NOT NULL,"
                                "  email TEXT NOT NULL DEFAULT '',"
                                "  user_name TEXT NOT NULL DEFAULT '',"
                                "  first_name TEXT NOT NULL DEFAULT '',"
                                "  last_name TEXT NOT NULL DEFAULT '',"
                                "  status TEXT NOT NULL DEFAULT '',"
                                "  primary_location_id TEXT NOT NULL DEFAULT '',"
                                "  primary_group_id TEXT NOT NULL DEFAULT '',"
                                "  onboarded INTEGER NOT NULL DEFAULT 0)"_s,
                                &error))
        return false;
    Store::Sql::WriteTransaction transaction(db);
    if (!transaction.begin(&error))
        return false;

    Store::Sql::BatchInsert insertUsers(
        db,
        u"INSERT OR REPLACE INTO directory_user (user_id, email, user_name, first_name, last_name,"
        " status, primary_location_id, primary_group_id, onboarded)"_s,
        9);
    for (const Core::DirectoryUser &user : users) {
        const QString columns[] = {user.userId,   user.email,  user.userName,          user.firstName,
                                   user.lastName, user.status, user.primaryLocationId, user.primaryGroupId};
        for (int column = 0; column < 8; ++column)
            insertUsers.bind(column, Store::Sql::text(columns[column]));
        insertUsers.bind(8, user.onboarded ? 1 : 0);
        if (!insertUsers.endRow(&error))
            return false;
    }
    if (!insertUsers.finish(&error))
        return false;

    Store::Sql::BatchInsert insertLocations(
        db, u"INSERT OR REPLACE INTO directory_location (location_id, name, time_zone, country_code)"_s, 4);
    for (const Core::Location &location : locations) {
        insertLocations.bind(0, Store::Sql::text(location.locationId));
        insertLocations.bind(1, Store::Sql::text(location.name));
        insertLocations.bind(2, Store::Sql::text(location.timeZone));
        insertLocations.bind(3, Store::Sql::text(location.countryCode));
        if (!insertLocations.endRow(&error))
            return false;
    }
    if (!insertLocations.finish(&error))
        return false;

    QSqlQuery meta(db);
    if (!Store::Sql::prepare(meta, u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s, &error))
        return false;
    meta.bindValue(0, u"directory.fetched_at"_s);
    meta.bindValue(1, Store::Sql::toDbTime(QDateTime::currentDateTimeUtc()));
    return Store::Sql::exec(meta, &error) && transaction.commit(&error);
}

RefreshTimes runBaseline(const QString &path, const QByteArray &usersBody, const QByteArray &locationsBody)
{
    RefreshTimes times;
    const double resident = startPeakWindow();
    const double cpuStart = threadCpuMs();
    QElapsedTimer timer;
    timer.start();
    const auto users = Core::DirectoryJson::Reference::parseUsers(usersBody);
    const auto locations = Core::DirectoryJson::Reference::parseLocations(locationsBody);
    times.parseMs = elapsedMs(timer);
    if (!users.ok() || !locations.ok())
        qFatal("The reference parser rejected the generated directory");
    timer.restart();
    if (!baselineStore(path, users.users, locations.locations))
        qFatal("The baseline store failed");
    times.storeMs = elapsedMs(timer);
    times.cpuMs = threadCpuMs() - cpuStart;
    times.peakMiB = peakSince(resident);
    return times;
}

// Runs what DirectoryRefresher's worker runs: the simdjson parse, then DirectoryCache::replace.
RefreshTimes runRefresher(const QString &path, const QByteArray &usersBody, const QByteArray &locationsBody,
                          Store::DirectoryCache::UserWrites userWrites)
{
    RefreshTimes times;
    const double resident = startPeakWindow();
    const double cpuStart = threadCpuMs();
    QElapsedTimer timer;
    timer.start();
    const auto users = Core::DirectoryJson::parseFetchedUsers(usersBody);
    const auto locations = Core::DirectoryJson::parseLocations(locationsBody);
    times.parseMs = elapsedMs(timer);
    if (!users.ok() || !locations.ok())
        qFatal("The simdjson parser rejected the generated directory: %s", qPrintable(users.error));
    timer.restart();
    Store::Database database;
    if (!database.open(path))
        qFatal("Cannot open %s", qPrintable(path));
    Store::DirectoryCache cache(database, userWrites);
    if (!cache.replace(users.users, locations.locations, {}))
        qFatal("The refresh failed: %s", qPrintable(cache.errorString()));
    times.storeMs = elapsedMs(timer);
    times.cpuMs = threadCpuMs() - cpuStart;
    times.peakMiB = peakSince(resident);
    return times;
}

// Runs the refresh on a worker thread and returns the longest GUI-thread stall meanwhile.
double refreshStall(const QString &path, const QByteArray &usersBody, const QByteArray &locationsBody)
{
    StallProbe probe;
    QEventLoop loop;
    QFutureWatcher<RefreshTimes> watcher;
    QObject::connect(&watcher, &QFutureWatcher<RefreshTimes>::finished, &loop, &QEventLoop::quit);
    probe.start();
    watcher.setFuture(QtConcurrent::run(runRefresher, path, usersBody, locationsBody,
                                        Store::DirectoryCache::UserWrites::Automatic));
    loop.exec();
    return probe.stop();
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 0) + u" ms"_s;
}

QString ratio(double measured, double baseline)
{
    return QString::number(measured / baseline, 'f', 3);
}

QString mib(double value)
{
    return QString::number(value, 'f', 0) + u" MiB"_s;
}

} // namespace

qint64 runRefresh(int userCount, quint32 seed, const QString &cachePath, QTextStream &out)
{
    QByteArray usersBody;
    QByteArray locationsBody;
    {
        const Sim::Directory directory = Sim::generateDirectory(userCount, seed);
        usersBody = usersJson(directory.users);
        locationsBody = locationsJson(directory.locations);
    }
    // The refresher hands the parser an unshared body that it pads in place. This body stays
    // shared with the bench, so it gets its spare bytes here, outside the timings.
    usersBody.reserve(usersBody.size() + 64);
    locationsBody.reserve(locationsBody.size() + 64);

    const QString folder = QFileInfo(cachePath).absolutePath();
    const QString baselinePath = folder + u"/baseline.sqlite"_s;
    const QString qtSqlPath = folder + u"/qtsql.sqlite"_s;
    QList<RefreshTimes> baselineRuns;
    QList<RefreshTimes> refreshRuns;
    QList<RefreshTimes> qtSqlRuns;
    for (int round = 0; round < Rounds; ++round) {
        for (const QString &path : {baselinePath, cachePath, qtSqlPath}) {
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(path + QLatin1StringView(suffix));
        }
        baselineRuns.append(runBaseline(baselinePath, usersBody, locationsBody));
        refreshRuns.append(
            runRefresher(cachePath, usersBody, locationsBody, Store::DirectoryCache::UserWrites::Automatic));
        qtSqlRuns.append(
            runRefresher(qtSqlPath, usersBody, locationsBody, Store::DirectoryCache::UserWrites::QtSqlOnly));
    }
    const RefreshTimes baseline = median(baselineRuns);
    const RefreshTimes refresh = median(refreshRuns);
    const RefreshTimes qtSql = median(qtSqlRuns);
    const RefreshTimes again =
        runRefresher(cachePath, usersBody, locationsBody, Store::DirectoryCache::UserWrites::Automatic);
    const double stall = refreshStall(folder + u"/stall.sqlite"_s, usersBody, locationsBody);

    out << "payload: " << QString::number(double(usersBody.size()) / 1048576.0, 'f', 1) << " MiB\n"
        << "refresh into an empty cache, medians of " << Rounds << " alternating rounds:\n"
        << "  baseline (QJsonDocument parse, QSqlQuery store): parse " << ms(baseline.parseMs) << ", store "
        << ms(baseline.storeMs) << ", total " << ms(baseline.totalMs()) << ", thread CPU "
        << ms(baseline.cpuMs) << ", peak +" << mib(baseline.peakMiB) << "\n"
        << "  refresher (simdjson parse, DirectoryCache::replace): parse " << ms(refresh.parseMs)
        << ", store " << ms(refresh.storeMs) << ", total " << ms(refresh.totalMs()) << ", thread CPU "
        << ms(refresh.cpuMs) << ", peak +" << mib(refresh.peakMiB) << "\n"
        << "  ratios (refresher / baseline): parse " << ratio(refresh.parseMs, baseline.parseMs) << ", store "
        << ratio(refresh.storeMs, baseline.storeMs) << ", parse + store "
        << ratio(refresh.totalMs(), baseline.totalMs()) << ", thread CPU "
        << ratio(refresh.cpuMs, baseline.cpuMs) << "\n"
        << "  refresher with QtSql user writes (the fallback for a plugin with its own SQLite): store "
        << ms(qtSql.storeMs) << ", thread CPU " << ms(qtSql.cpuMs) << ", peak +" << mib(qtSql.peakMiB)
        << "; store ratio to the baseline " << ratio(qtSql.storeMs, baseline.storeMs) << ", to the refresher "
        << ratio(qtSql.storeMs, refresh.storeMs) << "\n"
        << "second refresh, nothing changed: parse " << ms(again.parseMs) << ", compare and store "
        << ms(again.storeMs) << ", peak +" << mib(again.peakMiB) << "\n"
        << "refresh stall (worker parse and store): " << ms(stall) << "\n";
    out.flush();
    // The cold start and memory figures that follow should not count heap that the refresh freed.
    malloc_trim(0);
    return usersBody.size();
}

} // namespace CardDesk::Bench
