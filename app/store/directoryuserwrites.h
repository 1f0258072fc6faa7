// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fetchedusers.h"
#include "store/directorycache.h"

#include <QSqlDatabase>

struct sqlite3;

namespace CardDesk::Store {

/// Compares the fetched users with the directory_user rows and writes only the differences:
/// upserts for added and changed users, deletes for missing ones. Runs inside the caller's
/// transaction, which must be open. db must come from a connection for which
/// Sqlite::checkSharedLibrary() returned shared.
bool writeUserDifferences(sqlite3 *db, const Core::FetchedUsers &users, ChangeSet *changes, QString *error);

/// Does what writeUserDifferences() does, through QSqlQuery, for a connection whose handle this
/// program's SQLite library may not use. Writes the same rows and returns the same ChangeSet.
bool writeUserDifferencesWithQtSql(const QSqlDatabase &db, const Core::FetchedUsers &users, ChangeSet *changes,
                                   QString *error);

} // namespace CardDesk::Store
