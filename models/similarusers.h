// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directorytable.h"
#include "core/directoryuser.h"

#include <QList>

namespace CardDesk::Models {

/// Returns up to maxCount directory users whose email (or user name, when the email is empty) is
/// close to email, closest first: the same local part at another domain, or at most two edits
/// (insertions, deletions or substitutions, ignoring case) apart. The user with exactly that email
/// is left out, because Calven did not find it.
QList<Core::DirectoryUser> similarEmailUsers(const QString &email, const Core::DirectoryTable &users,
                                             int maxCount = 5);

/// Returns the number of single-character edits between a and b when it is at most limit, else
/// limit + 1. Runs in O(length * limit).
int boundedEditDistance(QStringView a, QStringView b, int limit);

} // namespace CardDesk::Models
