// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directoryuser.h"
#include "store/directorycache.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringView>

struct sqlite3;

namespace CardDesk::Store {

/// Fetched users by userId, as positions in their list. The keys are views into the users' own
/// strings, so the index is valid while that list is unchanged.
using UserIndex = QHash<QStringView, qsizetype>;

/// Compares the fetched users with the directory_user rows and writes only the differences:
/// upserts for added and changed users, deletes for missing ones. Runs inside the caller's
/// transaction, which must be open. index must hold every user, each id once and non-empty. db
/// must come from a connection for which Sqlite::checkSharedLibrary() returned shared.
bool writeUserDifferences(sqlite3 *db, const QList<Core::DirectoryUser> &users, const UserIndex &index,
                          ChangeSet *changes, QString *error);

/// Does what writeUserDifferences() does, through QSqlQuery, for a connection whose handle this
/// program's SQLite library may not use. Writes the same rows and returns the same ChangeSet.
bool writeUserDifferencesWithQtSql(const QSqlDatabase &db, const QList<Core::DirectoryUser> &users,
                                   const UserIndex &index, ChangeSet *changes, QString *error);

} // namespace CardDesk::Store
