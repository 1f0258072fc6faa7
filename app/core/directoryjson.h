// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directoryuser.h"
#include "fetchedusers.h"

#include <QByteArray>
#include <QJsonObject>

namespace CardDesk::Core::DirectoryJson {

struct UsersParse
{
    QList<DirectoryUser> users;
    QString error; ///< Non-empty when the whole payload must be rejected.
    bool ok() const { return error.isEmpty(); }
};

struct FetchedUsersParse
{
    FetchedUsers users;
    QString error; ///< Non-empty when the whole payload must be rejected; users is then empty.
    bool ok() const { return error.isEmpty(); }
};

struct LocationsParse
{
    QList<Location> locations;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/// Reads the users array with simdjson's on-demand parser, copying each user's fields as UTF-8.
/// Any of these rejects the whole payload: invalid JSON (including invalid UTF-8), a payload that
/// is not an array, an entry that is not an object, an entry without userId, a userId seen twice.
/// So a cache is never replaced by a partial or ambiguous directory. Unknown fields are ignored. Unlike the
/// reference parser, raw control characters and unknown escapes in strings are invalid JSON, as
/// RFC 8259 requires. Pass the body with std::move when the caller no longer needs it: simdjson needs
/// 64 spare bytes after the text, which an unshared body gets in place, while a shared one is
/// copied.
FetchedUsersParse parseFetchedUsers(QByteArray body);
/// Reads the users array as parseFetchedUsers() does, into DirectoryUser values.
UsersParse parseUsers(QByteArray body);
/// Reads the locations array with simdjson, under the rules of Reference::parseLocations.
LocationsParse parseLocations(QByteArray body);

/// The same parsers built on QJsonDocument. They are the reference that the differential test
/// and the refresh benchmark compare the simdjson parsers with.
namespace Reference {
UsersParse parseUsers(const QByteArray &body);
/// Reads the locations array. An entry without locationId falls back to its "id" field.
LocationsParse parseLocations(const QByteArray &body);
} // namespace Reference

QJsonObject userToJson(const DirectoryUser &user);
QJsonObject locationToJson(const Location &location);

} // namespace CardDesk::Core::DirectoryJson
