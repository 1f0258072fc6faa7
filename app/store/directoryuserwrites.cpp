// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/directoryuserwrites.h"

#include "store/sqlitestatement.h"

#include <QHash>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace CardDesk::Store {

namespace {

enum class RowState : quint8 { Added, Same, Changed };

// Compares a stored row, columns in the order of SelectStored, with a fetched user.
bool sameAsStored(const Sqlite::Statement &row, const Core::DirectoryUser &user)
{
    return row.textColumn(1) == user.email && row.textColumn(2) == user.userName &&
           row.textColumn(3) == user.firstName && row.textColumn(4) == user.lastName &&
           row.textColumn(5) == user.status && row.textColumn(6) == user.primaryLocationId &&
           row.textColumn(7) == user.primaryGroupId && (row.intColumn(8) != 0) == user.onboarded;
}

const QString SelectStored = u"SELECT user_id, email, user_name, first_name, last_name, status,"
                             " primary_location_id, primary_group_id, onboarded FROM directory_user"_s;
const QString UpsertUser = u"INSERT OR REPLACE INTO directory_user (user_id, email, user_name, first_name,"
                           " last_name, status, primary_location_id, primary_group_id, onboarded)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
const QString DeleteUser = u"DELETE FROM directory_user WHERE user_id = ?"_s;

// Reads every stored row once, without copying its text, and marks each fetched user as added,
// unchanged or changed. Stored ids that were not fetched go to changes->removed.
bool classify(sqlite3 *db, const QList<Core::DirectoryUser> &users, std::vector<RowState> *states,
              ChangeSet *changes, QString *error)
{
    QHash<QStringView, qsizetype> indexById;
    indexById.reserve(users.size());
    for (qsizetype i = 0; i < users.size(); ++i)
        indexById.insert(users.at(i).userId, i);

    Sqlite::Statement select(db);
    if (!select.prepare(SelectStored, error))
        return false;
    error->clear();
    while (select.next(error)) {
        const QStringView id = select.textColumn(0);
        const auto found = indexById.constFind(id);
        if (found == indexById.constEnd()) {
            changes->removed.append(id.toString());
            continue;
        }
        (*states)[size_t(*found)] = sameAsStored(select, users.at(*found)) ? RowState::Same : RowState::Changed;
    }
    return error->isEmpty();
}

void bindUser(Sqlite::Statement &upsert, const Core::DirectoryUser &user)
{
    upsert.bindText(1, user.userId);
    upsert.bindText(2, user.email);
    upsert.bindText(3, user.userName);
    upsert.bindText(4, user.firstName);
    upsert.bindText(5, user.lastName);
    upsert.bindText(6, user.status);
    upsert.bindText(7, user.primaryLocationId);
    upsert.bindText(8, user.primaryGroupId);
    upsert.bindInt(9, user.onboarded ? 1 : 0);
}

} // namespace

bool writeUserDifferences(sqlite3 *db, const QList<Core::DirectoryUser> &users, ChangeSet *changes,
                          QString *error)
{
    std::vector<RowState> states(size_t(users.size()), RowState::Added);
    if (!classify(db, users, &states, changes, error))
        return false;

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
    // Inserting in key order appends to the primary-key index instead of touching random pages,
    // which matters once the index outgrows SQLite's page cache.
    std::sort(writes.begin(), writes.end(),
              [](const Core::DirectoryUser *a, const Core::DirectoryUser *b) { return a->userId < b->userId; });

    Sqlite::Statement upsert(db);
    if (!upsert.prepare(UpsertUser, error))
        return false;
    for (const Core::DirectoryUser *user : writes) {
        bindUser(upsert, *user);
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

} // namespace CardDesk::Store
