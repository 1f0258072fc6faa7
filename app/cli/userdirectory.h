// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directoryuser.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace CardDesk::Cli {

/// Result of looking up the USER argument of a command.
struct UserLookup
{
    std::optional<Core::DirectoryUser> user;
    QList<Core::DirectoryUser>
        candidates; ///< Users that match ambiguously, or similar users when none matches.
    QString error;  ///< Names the value and what to do. Empty when user is set.
};

/// Search and lookup over the cached user directory.
class UserDirectory final
{
public:
    UserDirectory(const QList<Core::DirectoryUser> &users, const QList<Core::Location> &locations,
                  const QDateTime &refreshedAtUtc);

    /// Returns the users for which every word of text occurs, ignoring case and accents (both
    /// folded with Core::foldForSearch()), in the name, email, user name, user id or primary
    /// location name, sorted by name.
    QList<Core::DirectoryUser> search(const QString &text) const;
    /// Finds the one user whose email, user name or user id equals text, ignoring case.
    UserLookup find(const QString &text) const;

    QString locationName(const QString &locationId) const { return m_locationNames.value(locationId); }
    qsizetype userCount() const { return m_users.size(); }
    bool isEmpty() const { return m_users.isEmpty(); }
    QDateTime refreshedAtUtc() const { return m_refreshedAtUtc; }

private:
    QString searchText(const Core::DirectoryUser &user) const;

    QList<Core::DirectoryUser> m_users;
    QHash<QString, QString> m_locationNames;
    QDateTime m_refreshedAtUtc;
};

} // namespace CardDesk::Cli
