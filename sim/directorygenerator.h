// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directoryuser.h"

#include <QList>

namespace CardDesk::Sim {

/// A Calven tenant's user directory and offices.
struct Directory
{
    QList<Core::DirectoryUser> users;
    QList<Core::Location> locations;
};

/// Generates a directory of userCount people and 16 offices in 13 countries.
///
/// The output depends only on the arguments: it uses std::mt19937, whose sequence the C++
/// standard fixes, with its own range reduction in place of the standard distributions, whose
/// output differs between standard libraries. Names come from the built-in name catalogue in
/// many scripts. Emails are unique and ASCII, built from transliterated names. About 12% of
/// users are not active, about 3% have capitals in their email, and about 3% have a userName
/// that differs from their email.
Directory generateDirectory(int userCount, quint32 seed);

} // namespace CardDesk::Sim
