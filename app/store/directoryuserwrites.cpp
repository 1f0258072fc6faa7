// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/directoryuserwrites.h"

#include "store/sqlitestatement.h"
#include "store/sqlsupport.h"

#include <QAnyStringView>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace CardDesk::Store {

namespace {

enum class RowState : quint8
{
    Added,
    Same,
    Changed
};

using Core::FetchedUsers;

constexpr int TextColumnCount = FetchedUsers::FieldCount;

std::string_view bytesOf(QUtf8StringView text)
{
    return std::string_view(reinterpret_cast<const char *>(text.data()), size_t(text.size()));
}

// The columns are the text fields in FetchedUsers::Field order, then onboarded.
const QString SelectStored = u"SELECT user_id, email, user_name, first_name, last_name, status,"
                             " primary_location_id, primary_group_id, onboarded FROM directory_user"_s;
const QString UpsertUser = u"INSERT OR REPLACE INTO directory_user (user_id, email, user_name, first_name,"
                           " last_name, status, primary_location_id, primary_group_id, onboarded)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
const QString DeleteUser = u"DELETE FROM directory_user WHERE user_id = ?"_s;

// Compares a stored row, read as UTF-8 without conversion, with a fetched user byte by byte.
// SQLite reads NULL as an empty text, which equals an empty field.
bool sameAsStored(const Sqlite::Statement &row, const FetchedUsers &users, qsizetype user)
{
    for (int column = 1; column < TextColumnCount; ++column) {
        if (bytesOf(row.utf8Column(column)) != bytesOf(users.field(user, FetchedUsers::Field(column))))
            return false;
    }
    return (row.intColumn(TextColumnCount) != 0) == users.isOnboarded(user);
}

// Compares a stored row read through QSqlQuery with a fetched user. A NULL column reads as a null
// QString, which equals an empty field, as in the overload above.
bool sameAsStored(const QSqlQuery &row, const FetchedUsers &users, qsizetype user)
{
    for (int column = 1; column < TextColumnCount; ++column) {
        if (!QAnyStringView::equal(row.value(column).toString(), users.field(user, FetchedUsers::Field(column))))
            return false;
    }
    return (row.value(TextColumnCount).toInt() != 0) == users.isOnboarded(user);
}

// Reads every stored row once and marks each fetched user as added, unchanged or changed. Stored
// ids that were not fetched go to changes->removed. Stored ids are looked up as the UTF-8 that
// SQLite holds, so reading allocates only for removed ids.
bool classify(sqlite3 *db, const FetchedUsers &users, std::vector<RowState> *states, ChangeSet *changes,
              QString *error)
{
    Sqlite::Statement select(db);
    if (!select.prepare(SelectStored, error))
        return false;
    error->clear();
    while (select.next(error)) {
        const QUtf8StringView storedId = select.utf8Column(0);
        const qsizetype found = users.rowOf(storedId);
        if (found < 0) {
            changes->removed.append(storedId.toString());
            continue;
        }
        (*states)[size_t(found)] = sameAsStored(select, users, found) ? RowState::Same : RowState::Changed;
    }
    return error->isEmpty();
}

// Does what classify() does, through QSqlQuery. The same statement scans the rows in the same
// order, so changes->removed comes out in the same order too.
bool classifyWithQtSql(const QSqlDatabase &db, const FetchedUsers &users, std::vector<RowState> *states,
                       ChangeSet *changes, QString *error)
{
    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!Sql::prepare(select, SelectStored, error) || !Sql::exec(select, error))
        return false;
    while (select.next()) {
        const QString id = select.value(0).toString();
        const qsizetype found = users.rowOf(QUtf8StringView(id.toUtf8()));
        if (found < 0) {
            changes->removed.append(id);
            continue;
        }
        (*states)[size_t(found)] = sameAsStored(select, users, found) ? RowState::Same : RowState::Changed;
    }
    // QSqlQuery::next() returns false both after the last row and on an error.
    if (select.lastError().isValid()) {
        *error = Sql::errorText(select);
        return false;
    }
    return true;
}

// Orders the rows to write by key, so the primary-key index grows at its end rather than on
// random pages. In bench_search at 200,000 users, payload order raised the CPU time of parse and
// store from about 0.96 s to 1.43 s. Close to key order is enough, so rows sort by the first
// eight bytes of their id, which SQLite's BINARY collation compares as unsigned bytes too.
std::vector<qsizetype> inKeyOrder(const FetchedUsers &users, const std::vector<qsizetype> &writes)
{
    std::vector<std::pair<quint64, qsizetype>> keyed;
    keyed.reserve(writes.size());
    for (const qsizetype user : writes) {
        const std::string_view id = bytesOf(users.userId(user));
        quint64 key = 0;
        for (size_t i = 0; i < 8; ++i)
            key = (key << 8) | (i < id.size() ? uchar(id[i]) : 0u);
        keyed.emplace_back(key, user);
    }
    std::sort(keyed.begin(), keyed.end());
    std::vector<qsizetype> ordered;
    ordered.reserve(keyed.size());
    for (const auto &entry : keyed)
        ordered.push_back(entry.second);
    return ordered;
}

// Appends the added and changed ids to changes, in fetched order, and returns the users to write.
std::vector<qsizetype> recordChanges(const FetchedUsers &users, const std::vector<RowState> &states,
                                     ChangeSet *changes)
{
    std::vector<qsizetype> writes;
    for (qsizetype user = 0; user < users.size(); ++user) {
        const RowState state = states[size_t(user)];
        if (state == RowState::Added)
            changes->added.append(users.userId(user).toString());
        else if (state == RowState::Changed)
            changes->changed.append(users.userId(user).toString());
        if (state != RowState::Same)
            writes.push_back(user);
    }
    return writes;
}

} // namespace

bool writeUserDifferences(sqlite3 *db, const FetchedUsers &users, ChangeSet *changes, QString *error)
{
    std::vector<RowState> states(size_t(users.size()), RowState::Added);
    if (!classify(db, users, &states, changes, error))
        return false;
    const std::vector<qsizetype> writes = recordChanges(users, states, changes);

    Sqlite::Statement upsert(db);
    if (!upsert.prepare(UpsertUser, error))
        return false;
    for (const qsizetype user : inKeyOrder(users, writes)) {
        // The fields are UTF-8 already, which SQLite stores as it is bound.
        for (int column = 0; column < TextColumnCount; ++column) {
            const QUtf8StringView text = users.field(user, FetchedUsers::Field(column));
            upsert.bindUtf8(column + 1, QByteArrayView(text.data(), text.size()));
        }
        upsert.bindInt(TextColumnCount + 1, users.isOnboarded(user) ? 1 : 0);
        if (!upsert.execute(error))
            return false;
    }

    Sqlite::Statement remove(db);
    if (!remove.prepare(DeleteUser, error))
        return false;
    for (const QString &id : std::as_const(changes->removed)) {
        remove.bindText(1, id);
        if (!remove.execute(error))
            return false;
    }
    return true;
}

bool writeUserDifferencesWithQtSql(const QSqlDatabase &db, const FetchedUsers &users, ChangeSet *changes,
                                   QString *error)
{
    std::vector<RowState> states(size_t(users.size()), RowState::Added);
    if (!classifyWithQtSql(db, users, &states, changes, error))
        return false;
    const std::vector<qsizetype> writes = recordChanges(users, states, changes);

    QSqlQuery upsert(db);
    if (!Sql::prepare(upsert, UpsertUser, error))
        return false;
    for (const qsizetype user : inKeyOrder(users, writes)) {
        for (int column = 0; column < TextColumnCount; ++column)
            upsert.bindValue(column, Sql::text(users.field(user, FetchedUsers::Field(column)).toString()));
        upsert.bindValue(TextColumnCount, users.isOnboarded(user) ? 1 : 0);
        if (!Sql::exec(upsert, error))
            return false;
    }

    QSqlQuery remove(db);
    if (!Sql::prepare(remove, DeleteUser, error))
        return false;
    for (const QString &id : std::as_const(changes->removed)) {
        remove.bindValue(0, Sql::text(id));
        if (!Sql::exec(remove, error))
            return false;
    }
    return true;
}

} // namespace CardDesk::Store
