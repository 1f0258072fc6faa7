// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directoryuser.h"

#include <QByteArray>
#include <QJsonObject>

namespace CardDesk::Core::DirectoryJson {

struct UsersParse
{
    QList<DirectoryUser> users;
    QString error; ///< Non-empty when the whole payload must be rejected.
    bool ok() const { return error.isEmpty(); }
};

struct LocationsParse
{
    QList<Location> locations;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/// Reads the users array. A payload that is not an array, an entry that is not an object, an
/// entry without userId, or a userId seen twice rejects the whole payload, so a cache is never
/// replaced by a partial or ambiguous directory.
UsersParse parseUsers(const QByteArray &body);
LocationsParse parseLocations(const QByteArray &body);

QJsonObject userToJson(const DirectoryUser &user);
QJsonObject locationToJson(const Location &location);

} // namespace CardDesk::Core::DirectoryJson
