// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directoryuser.h"
#include "store/directorycache.h"

struct sqlite3;

namespace CardDesk::Store {

/// Compares the fetched users with the directory_user rows and writes only the differences:
/// upserts for added and changed users, deletes for missing ones. Runs inside the caller's
/// transaction, which must be open. Users must have unique, non-empty ids.
bool writeUserDifferences(sqlite3 *db, const QList<Core::DirectoryUser> &users, ChangeSet *changes,
                          QString *error);

} // namespace CardDesk::Store
