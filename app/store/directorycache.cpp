// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/directorycache.h"

#include "core/directorytable.h"
#include "core/fetchedusers.h"
#include "store/database.h"
#include "store/directoryuserwrites.h"
#include "store/sqlitestatement.h"
#include "store/sqlsupport.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDirectory, "carddesk.store.directory")

namespace CardDesk::Store {

namespace {

const QString RefreshTimeKey = u"directory.fetched_at"_s;

// Gives the functions below the context CardDesk::Store::DirectoryCache at run time and in lupdate, which
// files an unqualified tr() call in a namespace under the namespace.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(CardDesk::Store::DirectoryCache)
};

QString keptDirectoryMessage(const QString &problem)
{
    return Text::tr("%1 The cached directory was kept; refresh again later, and report this to the "
                    "Calven administrator if it repeats.")
        .arg(problem);
}

// Fills index with the position of each item by id, or returns an error naming the first empty
// or repeated id. idOf must return a reference into the item, because the index keeps views.
template<typename Item, typename IdOf>
QString indexIds(const QList<Item> &items, IdOf idOf, const char *kind, QHash<QStringView, qsizetype> *index)
{
    index->reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString &id = idOf(items.at(i));
        if (id.isEmpty())
            return Text::tr("The fetched directory has a %1 without an id at position %2.")
                .arg(QLatin1StringView(kind))
                .arg(i + 1);
        const qsizetype sizeBefore = index->size();
        index->insert(id, i);
        if (index->size() == sizeBefore)
            return Text::tr("The fetched directory lists %1 id \"%2\" twice.")
                .arg(QLatin1StringView(kind), id);
    }
    return {};
}

Core::DirectoryUser readUser(const QSqlQuery &query)
{
    Core::DirectoryUser user;
    user.userId = query.value(0).toString();
    user.email = query.value(1).toString();
    user.userName = query.value(2).toString();
    user.firstName = query.value(3).toString();
    user.lastName = query.value(4).toString();
    user.status = query.value(5).toString();
    user.primaryLocationId = query.value(6).toString();
    user.primaryGroupId = query.value(7).toString();
    user.onboarded = query.value(8).toBool();
    return user;
}

Core::Location readLocation(const QSqlQuery &query)
{
    Core::Location location;
    location.locationId = query.value(0).toString();
    location.name = query.value(1).toString();
    location.timeZone = query.value(2).toString();
    location.countryCode = query.value(3).toString();
    return location;
}

const QString SelectUsersInStorageOrder = u"SELECT user_id, email, user_name, first_name, last_name, status,"
                                          " primary_location_id, primary_group_id, onboarded"
                                          " FROM directory_user"_s;
const QString SelectUsers = SelectUsersInStorageOrder + u" ORDER BY user_id"_s;
const QString SelectLocations =
    u"SELECT location_id, name, time_zone, country_code FROM directory_location ORDER BY location_id"_s;

template<typename Item, typename Reader>
std::optional<QList<Item>> selectAll(const QSqlDatabase &db, const QString &sql, Reader reader,
                                     QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        *error = Sql::errorText(query);
        return std::nullopt;
    }
    QList<Item> items;
    while (query.next())
        items.append(reader(query));
    return items;
}

void bindLocation(Sql::BatchInsert &insert, const Core::Location &location)
{
    insert.bind(0, Sql::text(location.locationId));
    insert.bind(1, Sql::text(location.name));
    insert.bind(2, Sql::text(location.timeZone));
    insert.bind(3, Sql::text(location.countryCode));
}

// Compares fetched items with the stored ones, then writes the added and changed rows with
// batched upserts and deletes the missing ones with one prepared delete. The caller owns the
// transaction, so the whole refresh is one commit rather than one per row.
template<typename Item, typename IdOf, typename Bind>
bool writeDifferences(const QSqlDatabase &db, const QList<Item> &stored, const QList<Item> &fetched,
                      const QString &upsertHead, int columnCount, const QString &deleteSql, IdOf idOf,
                      Bind bind, ChangeSet *changes, QString *error)
{
    QHash<QString, const Item *> storedById;
    storedById.reserve(stored.size());
    for (const Item &item : stored)
        storedById.insert(idOf(item), &item);

    Sql::BatchInsert upsert(db, upsertHead, columnCount);
    for (const Item &item : fetched) {
        const QString id = idOf(item);
        const auto found = storedById.constFind(id);
        if (found == storedById.constEnd()) {
            changes->added.append(id);
        } else {
            const bool same = **found == item;
            storedById.erase(found);
            if (same)
                continue;
            changes->changed.append(id);
        }
        bind(upsert, item);
        if (!upsert.endRow(error))
            return false;
    }
    if (!upsert.finish(error))
        return false;

    QSqlQuery remove(db);
    if (!Sql::prepare(remove, deleteSql, error))
        return false;
    for (auto it = storedById.cbegin(); it != storedById.cend(); ++it) {
        changes->removed.append(it.key());
        remove.bindValue(0, Sql::text(it.key()));
        if (!Sql::exec(remove, error))
            return false;
    }
    return true;
}

// Adds count users from a chunk that DirectoryCache::readPackedUsers() selected. Returns false
// when the chunk does not hold exactly count users.
bool addPackedUsers(Core::DirectoryTableBuilder &builder, QByteArrayView chunk, int count)
{
    constexpr char End = char(0xff);
    constexpr int EndsPerUser = Core::DirectoryTable::FieldCount + 2; // Fields, status, onboarded.
    qsizetype start = 0;
    for (int user = 0; user < count; ++user) {
        qsizetype statusEnd = -1;
        qsizetype end = start - 1;
        for (int field = 0; field < EndsPerUser; ++field) {
            end = chunk.indexOf(End, end + 1);
            if (end < 0)
                return false;
            if (field == EndsPerUser - 2)
                statusEnd = end;
        }
        const bool onboarded = chunk.sliced(statusEnd + 1, end - statusEnd - 1) != "0";
        if (!builder.addPackedUtf8User(chunk.sliced(start, statusEnd + 1 - start), onboarded))
            return false;
        start = end + 1;
    }
    return start == chunk.size();
}

// Adds packed chunks of users to a DirectoryTableBuilder on a thread of its own, so that folding
// one chunk overlaps with SQLite reading the next on the caller's thread. At most MaxQueued chunks
// wait, which bounds the memory to a few chunks. The caller may use the builder again only after
// finish().
class ChunkFolder final
{
public:
    explicit ChunkFolder(Core::DirectoryTableBuilder &builder)
        : m_builder(builder)
        , m_thread([this] { run(); })
    {}
    ~ChunkFolder() { finish(); }
    Q_DISABLE_COPY_MOVE(ChunkFolder)

    // Queues a chunk of count users, waiting while the queue is full. Returns false, queueing
    // nothing, once an earlier chunk had an unexpected layout.
    bool add(QByteArray text, int count, const QString &lastId)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_queue.size() < MaxQueued || m_failed; });
        if (m_failed)
            return false;
        m_queue.push_back(Chunk{std::move(text), count, lastId});
        m_changed.notify_all();
        return true;
    }

    // Waits until every queued chunk is added. Returns false when a chunk had an unexpected
    // layout, and failedLastId() then names the last user id of that chunk.
    bool finish()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_changed.notify_all();
        if (m_thread.joinable())
            m_thread.join();
        return !m_failed;
    }

    QString failedLastId() const { return m_failedLastId; }

private:
    struct Chunk
    {
        QByteArray text;
        int count = 0;
        QString lastId;
    };
    static constexpr size_t MaxQueued = 4;

    void run()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_closed; });
            if (m_queue.empty())
                return;
            Chunk chunk = std::move(m_queue.front());
            m_queue.pop_front();
            m_changed.notify_all();
            lock.unlock();
            const bool added = addPackedUsers(m_builder, chunk.text, chunk.count);
            lock.lock();
            if (!added) {
                m_failed = true;
                m_failedLastId = chunk.lastId;
                m_queue.clear();
                m_changed.notify_all();
                return;
            }
        }
    }

    Core::DirectoryTableBuilder &m_builder;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_queue;
    bool m_closed = false;
    bool m_failed = false;
    QString m_failedLastId;
    std::thread m_thread; // Declared last, so it starts once the members above exist.
};

} // namespace

DirectoryCache::DirectoryCache(Database &database, UserWrites userWrites)
    : m_database(database)
    , m_userWrites(userWrites)
{}

bool DirectoryCache::usesSqliteApi() const
{
    if (m_usesSqliteApi)
        return *m_usesSqliteApi;
    if (m_userWrites == UserWrites::QtSqlOnly) {
        m_usesSqliteApi = false;
        qCInfo(lcDirectory) << "Writing directory users through QSqlQuery, as this cache was configured";
        return false;
    }
    const Sqlite::LibraryCheck check = Sqlite::checkSharedLibrary(m_database.connection());
    m_usesSqliteApi = check.shared;
    qCInfo(lcDirectory).noquote() << (check.shared ? u"Writing directory users through the SQLite C API: %1"_s
                                                   : u"Writing directory users through QSqlQuery: %1"_s)
                                         .arg(check.description);
    return check.shared;
}

bool DirectoryCache::failWith(const QString &message) const
{
    m_error = message;
    qCWarning(lcDirectory).noquote() << message;
    return false;
}

std::optional<DirectoryChanges> DirectoryCache::replace(const QList<Core::DirectoryUser> &users,
                                                        const QList<Core::Location> &locations,
                                                        const QDateTime &fetchedAtUtc)
{
    m_error.clear();
    Core::FetchedUsers fetched;
    for (qsizetype i = 0; i < users.size(); ++i) {
        QString badUser;
        switch (fetched.append(users.at(i))) {
        case Core::FetchedUsers::AppendResult::Appended:
            continue;
        case Core::FetchedUsers::AppendResult::EmptyId:
            badUser = Text::tr("The fetched directory has a %1 without an id at position %2.")
                          .arg(QLatin1StringView("user"))
                          .arg(i + 1);
            break;
        case Core::FetchedUsers::AppendResult::DuplicateId:
            badUser = Text::tr("The fetched directory lists %1 id \"%2\" twice.")
                          .arg(QLatin1StringView("user"), users.at(i).userId);
            break;
        case Core::FetchedUsers::AppendResult::TooLarge:
            badUser =
                Text::tr("The fetched directory is too large: its text passes 4 GiB at user %1.").arg(i + 1);
            break;
        }
        failWith(keptDirectoryMessage(badUser));
        return std::nullopt;
    }
    return replace(fetched, locations, fetchedAtUtc);
}

std::optional<DirectoryChanges> DirectoryCache::replace(const Core::FetchedUsers &users,
                                                        const QList<Core::Location> &locations,
                                                        const QDateTime &fetchedAtUtc)
{
    m_error.clear();
    QHash<QStringView, qsizetype> locationIndex;
    const QString badLocation = indexIds(
        locations, [](const Core::Location &l) -> const QString & { return l.locationId; }, "location",
        &locationIndex);
    if (!badLocation.isEmpty()) {
        failWith(keptDirectoryMessage(badLocation));
        return std::nullopt;
    }

    QElapsedTimer timer;
    timer.start();
    QString error;
    DirectoryChanges changes;
    Sql::WriteTransaction transaction(m_database.connection());
    if (!transaction.begin(&error)) {
        failWith(Text::tr("Cannot save the refreshed directory in %1: %2. The previous directory was kept; "
                          "check free disk space and refresh again.")
                     .arg(QDir::toNativeSeparators(m_database.path()), error));
        return std::nullopt;
    }
    // Every Calven tenant has users, so an empty list replacing a cached one is a fault somewhere
    // between Calven and here, and taking it would empty every search and card edit.
    if (users.size() == 0) {
        const auto cached = cachedUserCount(&error);
        if (!cached) {
            failWith(Text::tr("Cannot count the cached users in %1: %2. The previous directory was kept.")
                         .arg(QDir::toNativeSeparators(m_database.path()), error));
            return std::nullopt;
        }
        if (*cached > 0) {
            failWith(keptDirectoryMessage(
                Text::tr("Calven returned an empty user list, while the cached directory has %n user(s).",
                         nullptr, int(*cached))));
            return std::nullopt;
        }
    }
    const bool written = writeUsers(users, &changes.users, &error) &&
                         writeLocations(locations, &changes.locations, &error) &&
                         writeRefreshTime(fetchedAtUtc, &error) && transaction.commit(&error);
    if (!written) {
        transaction.rollback();
        failWith(Text::tr("Cannot save the refreshed directory in %1: %2. The previous directory was kept; "
                          "check free disk space and refresh again.")
                     .arg(QDir::toNativeSeparators(m_database.path()), error));
        return std::nullopt;
    }
    qCInfo(lcDirectory).noquote()
        << u"Replaced the directory in %1 ms: %2 users (%3 added, %4 changed, %5 removed), "
           "%6 locations"_s.arg(timer.elapsed())
               .arg(users.size())
               .arg(changes.users.added.size())
               .arg(changes.users.changed.size())
               .arg(changes.users.removed.size())
               .arg(locations.size());
    return changes;
}

std::optional<qint64> DirectoryCache::cachedUserCount(QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT count(*) FROM directory_user"_s) || !query.next()) {
        *error = Sql::errorText(query);
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

bool DirectoryCache::writeUsers(const Core::FetchedUsers &users, ChangeSet *changes, QString *error)
{
    // A directory has up to hundreds of thousands of users, so their rows go through the SQLite C
    // API where that is valid, on the same connection and inside the same transaction as the
    // other writes.
    if (!usesSqliteApi())
        return writeUserDifferencesWithQtSql(m_database.connection(), users, changes, error);
    return writeUserDifferences(Sqlite::handleOf(m_database.connection()), users, changes, error);
}

bool DirectoryCache::writeLocations(const QList<Core::Location> &locations, ChangeSet *changes,
                                    QString *error)
{
    const auto stored =
        selectAll<Core::Location>(m_database.connection(), SelectLocations, readLocation, error);
    if (!stored)
        return false;
    return writeDifferences(
        m_database.connection(), *stored, locations,
        u"INSERT OR REPLACE INTO directory_location (location_id, name, time_zone,"
        " country_code)"_s,
        4, u"DELETE FROM directory_location WHERE location_id = ?"_s,
        [](const Core::Location &l) { return l.locationId; }, bindLocation, changes, error);
}

bool DirectoryCache::writeRefreshTime(const QDateTime &fetchedAtUtc, QString *error)
{
    QSqlQuery query(m_database.connection());
    if (!Sql::prepare(query, u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s, error))
        return false;
    query.bindValue(0, Sql::text(RefreshTimeKey));
    query.bindValue(1,
                    Sql::toDbTime(fetchedAtUtc.isValid() ? fetchedAtUtc : QDateTime::currentDateTimeUtc()));
    return Sql::exec(query, error);
}

std::optional<QList<Core::DirectoryUser>> DirectoryCache::loadUsers() const
{
    QString error;
    auto users = selectAll<Core::DirectoryUser>(m_database.connection(), SelectUsers, readUser, &error);
    if (!users)
        failWith(Text::tr("Cannot read the cached users from %1: %2.")
                     .arg(QDir::toNativeSeparators(m_database.path()), error));
    return users;
}

std::optional<QList<Core::Location>> DirectoryCache::loadLocations() const
{
    QString error;
    auto locations =
        selectAll<Core::Location>(m_database.connection(), SelectLocations, readLocation, &error);
    if (!locations) {
        failWith(Text::tr("Cannot read the cached locations from %1: %2.")
                     .arg(QDir::toNativeSeparators(m_database.path()), error));
    }
    return locations;
}

// Reads in one read transaction, so every statement sees the same snapshot. In WAL mode a refresh
// that commits on another connection meanwhile does not block this read and is not seen by it,
// so the table never mixes two directories.
std::shared_ptr<const Core::DirectoryTable> DirectoryCache::loadTable(QDateTime *refreshedAtUtc) const
{
    QString error;
    if (!Sql::execDirect(m_database.connection(), u"BEGIN DEFERRED"_s, &error)) {
        failWith(Text::tr("Cannot read the cached users from %1: %2.")
                     .arg(QDir::toNativeSeparators(m_database.path()), error));
        return nullptr;
    }
    m_error.clear();
    auto table = loadTableInTransaction();
    if (table && refreshedAtUtc) {
        *refreshedAtUtc = lastRefreshed();
        if (!m_error.isEmpty())
            table.reset();
    }
    // Nothing was written, so COMMIT only ends the read and its failure loses nothing.
    if (!Sql::execDirect(m_database.connection(), table ? u"COMMIT"_s : u"ROLLBACK"_s, &error))
        qCWarning(lcDirectory).noquote()
            << "Ending the read transaction of the directory load failed:" << error;
    return table;
}

std::shared_ptr<const Core::DirectoryTable> DirectoryCache::loadTableInTransaction() const
{
    QElapsedTimer timer;
    timer.start();
    const auto locations = loadLocations();
    if (!locations)
        return nullptr;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT count(*) FROM directory_user"_s) || !query.next()) {
        failToLoadTable(query);
        return nullptr;
    }
    Core::DirectoryTableBuilder builder(*locations, query.value(0).toLongLong());
    if (!query.exec(u"PRAGMA encoding"_s) || !query.next()) {
        failToLoadTable(query);
        return nullptr;
    }
    const bool read = query.value(0).toString() == u"UTF-8"_s ? readPackedUsers(builder) : readUsers(builder);
    if (!read)
        return nullptr;
    const qint64 readMs = timer.restart();
    auto table = builder.finish();
    qCInfo(lcDirectory) << "Loaded" << table->userCount() << "cached users in" << readMs << "ms, sorted in"
                        << timer.elapsed() << "ms";
    return table;
}

// Reads the users in chunks of UTF-8 text. Each user is its fields in DirectoryTable::Field order,
// the status and the onboarded flag, each ended by a 0xFF byte, which never occurs in UTF-8, and
// group_concat() joins up to UsersPerChunk users into one value. So QtSql creates one value per
// chunk rather than nine strings per user, which was most of the load time. SQLite concatenates
// text bytewise and CAST AS BLOB keeps the bytes, which are UTF-8 only in a UTF-8 database, hence
// the caller's check. A ChunkFolder folds each chunk into the builder on a second thread while
// this one reads the next.
bool DirectoryCache::readPackedUsers(Core::DirectoryTableBuilder &builder) const
{
    // The columns are NOT NULL, so no user concatenates to NULL. Chunks follow the primary key,
    // which is the storage order of the WITHOUT ROWID table. The first chunk has no lower bound,
    // and each other chunk starts after the last id of the chunk before. The order inside a chunk
    // does not matter, because the table keys rows by user id and sorts them by name itself.
    const auto selectChunk = [](const QString &condition) {
        return u"SELECT CAST(group_concat(packed, '') AS BLOB), max(id), count(*) FROM ("
               " SELECT user_id AS id, user_id || X'FF' || email || X'FF' || user_name || X'FF' ||"
               " first_name || X'FF' || last_name || X'FF' || primary_location_id || X'FF' ||"
               " primary_group_id || X'FF' || status || X'FF' || onboarded || X'FF' AS packed"
               " FROM directory_user %1 ORDER BY user_id LIMIT ?)"_s.arg(condition);
    };
    constexpr int UsersPerChunk = 4096;
    QSqlQuery first(m_database.connection());
    QSqlQuery next(m_database.connection());
    first.setForwardOnly(true);
    next.setForwardOnly(true);
    if (!first.prepare(selectChunk(QString())))
        return failToLoadTable(first);
    if (!next.prepare(selectChunk(u"WHERE user_id > ?"_s)))
        return failToLoadTable(next);
    first.bindValue(0, UsersPerChunk);
    QSqlQuery *query = &first;
    QString lastId;
    ChunkFolder folder(builder);
    for (;;) {
        if (!query->exec() || !query->next())
            return failToLoadTable(*query);
        const int count = query->value(2).toInt();
        if (count == 0)
            break;
        QByteArray chunk = query->value(0).toByteArray();
        lastId = query->value(1).toString();
        query->finish();
        if (!folder.add(std::move(chunk), count, lastId))
            break;
        query = &next;
        query->bindValue(0, Sql::text(lastId));
        query->bindValue(1, UsersPerChunk);
    }
    if (!folder.finish()) {
        return failWith(Text::tr("Cannot read the cached users from %1: the users up to id \"%2\" have an "
                                 "unexpected layout. Refresh the directory to rewrite the cache.")
                            .arg(QDir::toNativeSeparators(m_database.path()), folder.failedLastId()));
    }
    return true;
}

// Reads each user column by column, for a database whose text encoding is not UTF-8.
// NOTE: no test runs this path, because Database creates every file with SQLite's default UTF-8.
bool DirectoryCache::readUsers(Core::DirectoryTableBuilder &builder) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(SelectUsersInStorageOrder))
        return failToLoadTable(query);
    // The column order of SelectUsersInStorageOrder, by DirectoryTable::Field.
    constexpr int FieldColumns[Core::DirectoryTable::FieldCount] = {0, 1, 2, 3, 4, 6, 7};
    QString fields[Core::DirectoryTable::FieldCount];
    while (query.next()) {
        for (int field = 0; field < Core::DirectoryTable::FieldCount; ++field)
            fields[field] = query.value(FieldColumns[field]).toString();
        builder.addUser(fields, query.value(5).toString(), query.value(8).toBool());
    }
    if (query.lastError().isValid())
        return failToLoadTable(query);
    return true;
}

bool DirectoryCache::failToLoadTable(const QSqlQuery &query) const
{
    return failWith(Text::tr("Cannot read the cached users from %1: %2.")
                        .arg(QDir::toNativeSeparators(m_database.path()), Sql::errorText(query)));
}

QDateTime DirectoryCache::lastRefreshed() const
{
    QSqlQuery query(m_database.connection());
    QString error;
    if (!Sql::prepare(query, u"SELECT value FROM meta WHERE key = ?"_s, &error))
        return {};
    query.bindValue(0, Sql::text(RefreshTimeKey));
    if (!Sql::exec(query, &error)) {
        failWith(Text::tr("Cannot read the directory refresh time from %1: %2.")
                     .arg(QDir::toNativeSeparators(m_database.path()), error));
        return {};
    }
    return query.next() ? Sql::fromDbTime(query.value(0)) : QDateTime();
}

} // namespace CardDesk::Store
