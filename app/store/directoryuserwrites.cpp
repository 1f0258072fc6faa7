// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/directoryuserwrites.h"

#include "store/sqlitestatement.h"
#include "store/sqlsupport.h"

#include <QAnyStringView>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QStringEncoder>

#include <algorithm>
#include <array>
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

constexpr int TextColumnCount = 8;

// The text columns of a user, in the column order of the statements below.
std::array<QStringView, TextColumnCount> textColumns(const Core::DirectoryUser &user)
{
    return {user.userId,   user.email,  user.userName,          user.firstName,
            user.lastName, user.status, user.primaryLocationId, user.primaryGroupId};
}

const QString SelectStored = u"SELECT user_id, email, user_name, first_name, last_name, status,"
                             " primary_location_id, primary_group_id, onboarded FROM directory_user"_s;
const QString UpsertUser = u"INSERT OR REPLACE INTO directory_user (user_id, email, user_name, first_name,"
                           " last_name, status, primary_location_id, primary_group_id, onboarded)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
const QString DeleteUser = u"DELETE FROM directory_user WHERE user_id = ?"_s;

// Compares a stored row, read as UTF-8 without conversion, with a fetched user.
bool sameAsStored(const Sqlite::Statement &row, const Core::DirectoryUser &user)
{
    const auto columns = textColumns(user);
    for (int column = 1; column < TextColumnCount; ++column) {
        if (!QAnyStringView::equal(row.utf8Column(column), columns[size_t(column)]))
            return false;
    }
    return (row.intColumn(TextColumnCount) != 0) == user.onboarded;
}

// Compares a stored row read through QSqlQuery with a fetched user. A NULL column reads as a null
// QString, which equals an empty one, as the UTF-8 view of NULL does in the overload above.
bool sameAsStored(const QSqlQuery &row, const Core::DirectoryUser &user)
{
    const auto columns = textColumns(user);
    for (int column = 1; column < TextColumnCount; ++column) {
        if (row.value(column).toString() != columns[size_t(column)])
            return false;
    }
    return (row.value(TextColumnCount).toInt() != 0) == user.onboarded;
}

// Reads every stored row once and marks each fetched user as added, unchanged or changed. Stored
// ids that were not fetched go to changes->removed. The id of each row is decoded into one reused
// string, so reading allocates only for removed ids.
bool classify(sqlite3 *db, const QList<Core::DirectoryUser> &users, const UserIndex &index,
              std::vector<RowState> *states, ChangeSet *changes, QString *error)
{
    Sqlite::Statement select(db);
    if (!select.prepare(SelectStored, error))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString id;
    error->clear();
    while (select.next(error)) {
        const QUtf8StringView storedId = select.utf8Column(0);
        id.resize(decoder.requiredSpace(storedId.size()));
        const QChar *end =
            decoder.appendToBuffer(id.data(), QByteArrayView(storedId.data(), storedId.size()));
        id.truncate(end - id.constData());

        const auto found = index.constFind(id);
        if (found == index.constEnd()) {
            changes->removed.append(id);
            continue;
        }
        (*states)[size_t(*found)] =
            sameAsStored(select, users.at(*found)) ? RowState::Same : RowState::Changed;
    }
    return error->isEmpty();
}

// Does what classify() does, through QSqlQuery. The same statement scans the rows in the same
// order, so changes->removed comes out in the same order too.
bool classifyWithQtSql(const QSqlDatabase &db, const QList<Core::DirectoryUser> &users,
                       const UserIndex &index, std::vector<RowState> *states, ChangeSet *changes,
                       QString *error)
{
    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!Sql::prepare(select, SelectStored, error) || !Sql::exec(select, error))
        return false;
    while (select.next()) {
        const QString id = select.value(0).toString();
        const auto found = index.constFind(id);
        if (found == index.constEnd()) {
            changes->removed.append(id);
            continue;
        }
        (*states)[size_t(*found)] =
            sameAsStored(select, users.at(*found)) ? RowState::Same : RowState::Changed;
    }
    // QSqlQuery::next() returns false both after the last row and on an error.
    if (select.lastError().isValid()) {
        *error = Sql::errorText(select);
        return false;
    }
    return true;
}

// Binds a user's columns, converting the text to UTF-8 in one reused buffer. Qt's encoder has a
// vectorized ASCII path where SQLite converts UTF-16 byte by byte, and one buffer for all columns
// allocates nothing per row.
class UserBinder final
{
public:
    void bind(Sqlite::Statement &statement, const Core::DirectoryUser &user)
    {
        const auto columns = textColumns(user);
        qsizetype needed = 0;
        for (const QStringView text : columns)
            needed += m_encoder.requiredSpace(text.size());
        if (m_buffer.size() < needed)
            m_buffer.resize(needed);

        // Every bound view points into m_buffer, which does not move until the next bind().
        char *out = m_buffer.data();
        for (int column = 0; column < TextColumnCount; ++column) {
            char *end = m_encoder.appendToBuffer(out, columns[size_t(column)]);
            statement.bindUtf8(column + 1, QByteArrayView(out, end - out));
            out = end;
        }
        statement.bindInt(TextColumnCount + 1, user.onboarded ? 1 : 0);
    }

private:
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    QByteArray m_buffer;
};

// Orders the rows to write close to key order, so the primary-key index grows at its end rather
// than on random pages. In bench_search at 200,000 users, payload order raised the CPU time of
// parse and store from about 0.96 s to 1.43 s. Close is enough, so rows sort by their first four
// UTF-16 code units, which costs far less than comparing whole ids.
std::vector<const Core::DirectoryUser *> inKeyOrder(const std::vector<const Core::DirectoryUser *> &writes)
{
    std::vector<std::pair<quint64, const Core::DirectoryUser *>> keyed;
    keyed.reserve(writes.size());
    for (const Core::DirectoryUser *user : writes) {
        quint64 key = 0;
        for (qsizetype i = 0; i < 4; ++i)
            key = (key << 16) | (i < user->userId.size() ? user->userId.at(i).unicode() : 0u);
        keyed.emplace_back(key, user);
    }
    std::sort(keyed.begin(), keyed.end());
    std::vector<const Core::DirectoryUser *> ordered;
    ordered.reserve(keyed.size());
    for (const auto &entry : keyed)
        ordered.push_back(entry.second);
    return ordered;
}

// Appends the added and changed ids to changes, in fetched order, and returns the users to write.
std::vector<const Core::DirectoryUser *> recordChanges(const QList<Core::DirectoryUser> &users,
                                                       const std::vector<RowState> &states,
                                                       ChangeSet *changes)
{
    std::vector<const Core::DirectoryUser *> writes;
    for (qsizetype i = 0; i < users.size(); ++i) {
        const RowState state = states[size_t(i)];
        if (state == RowState::Added)
            changes->added.append(users.at(i).userId);
        else if (state == RowState::Changed)
            changes->changed.append(users.at(i).userId);
        if (state != RowState::Same)
            writes.push_back(&users.at(i));
    }
    return writes;
}

} // namespace

bool writeUserDifferences(sqlite3 *db, const QList<Core::DirectoryUser> &users, const UserIndex &index,
                          ChangeSet *changes, QString *error)
{
    std::vector<RowState> states(size_t(users.size()), RowState::Added);
    if (!classify(db, users, index, &states, changes, error))
        return false;
    const std::vector<const Core::DirectoryUser *> writes = recordChanges(users, states, changes);

    Sqlite::Statement upsert(db);
    if (!upsert.prepare(UpsertUser, error))
        return false;
    UserBinder binder;
    for (const Core::DirectoryUser *user : inKeyOrder(writes)) {
        binder.bind(upsert, *user);
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

bool writeUserDifferencesWithQtSql(const QSqlDatabase &db, const QList<Core::DirectoryUser> &users,
                                   const UserIndex &index, ChangeSet *changes, QString *error)
{
    std::vector<RowState> states(size_t(users.size()), RowState::Added);
    if (!classifyWithQtSql(db, users, index, &states, changes, error))
        return false;
    const std::vector<const Core::DirectoryUser *> writes = recordChanges(users, states, changes);

    QSqlQuery upsert(db);
    if (!Sql::prepare(upsert, UpsertUser, error))
        return false;
    for (const Core::DirectoryUser *user : inKeyOrder(writes)) {
        const auto columns = textColumns(*user);
        for (int column = 0; column < TextColumnCount; ++column)
            upsert.bindValue(column, Sql::text(columns[size_t(column)].toString()));
        upsert.bindValue(TextColumnCount, user->onboarded ? 1 : 0);
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
