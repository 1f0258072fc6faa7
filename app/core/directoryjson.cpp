// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "directoryjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

using namespace Qt::StringLiterals;

namespace CardDesk::Core::DirectoryJson {

namespace {

// Gives the functions below the context CardDesk::Core::DirectoryJson at run time and in lupdate, which
// files an unqualified tr() call in a namespace under the namespace.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(CardDesk::Core::DirectoryJson)
};

// Reads a documented-as-nullable string field; numbers are kept as text rather than dropped.
QString text(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return {};
}

// Returns the parsed array, or an error naming what the payload is instead.
QJsonArray readArray(const QByteArray &body, const char *what, QString *error)
{
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        *error = Text::tr("The %1 response is not valid JSON: %2 at offset %3")
                     .arg(QLatin1StringView(what), jsonError.errorString())
                     .arg(jsonError.offset);
        return {};
    }
    if (!document.isArray()) {
        *error = Text::tr("The %1 response must be a JSON array").arg(QLatin1StringView(what));
        return {};
    }
    return document.array();
}

} // namespace

namespace Reference {

UsersParse parseUsers(const QByteArray &body)
{
    UsersParse parse;
    const QJsonArray array = readArray(body, "users", &parse.error);
    if (!parse.error.isEmpty())
        return parse;

    parse.users.reserve(array.size());
    QSet<QString> seen;
    seen.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            parse.error = Text::tr("Users entry %1 is not a JSON object").arg(i);
            parse.users.clear();
            return parse;
        }
        const QJsonObject object = array.at(i).toObject();
        DirectoryUser user;
        user.userId = text(object, "userId"_L1);
        if (user.userId.isEmpty()) {
            parse.error = Text::tr("Users entry %1 has no userId").arg(i);
            parse.users.clear();
            return parse;
        }
        if (seen.contains(user.userId)) {
            parse.error = Text::tr("Users entry %1 repeats userId %2").arg(i).arg(user.userId);
            parse.users.clear();
            return parse;
        }
        seen.insert(user.userId);
        user.email = text(object, "email"_L1);
        user.userName = text(object, "userName"_L1);
        user.firstName = text(object, "firstName"_L1);
        user.lastName = text(object, "lastName"_L1);
        user.status = text(object, "status"_L1);
        user.primaryLocationId = text(object, "primaryLocationId"_L1);
        user.primaryGroupId = text(object, "primaryGroupId"_L1);
        user.onboarded = object.value("onboarded"_L1).toBool();
        parse.users.append(user);
    }
    return parse;
}

LocationsParse parseLocations(const QByteArray &body)
{
    LocationsParse parse;
    const QJsonArray array = readArray(body, "locations", &parse.error);
    if (!parse.error.isEmpty())
        return parse;

    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        Location location;
        location.locationId = text(object, "locationId"_L1);
        if (location.locationId.isEmpty())
            location.locationId = text(object, "id"_L1);
        if (location.locationId.isEmpty()) {
            parse.error = Text::tr("Locations entry %1 has no locationId").arg(i);
            parse.locations.clear();
            return parse;
        }
        location.name = text(object, "name"_L1);
        location.timeZone = text(object, "timeZone"_L1);
        location.countryCode = text(object, "countryCode"_L1);
        parse.locations.append(location);
    }
    return parse;
}

} // namespace Reference

QJsonObject userToJson(const DirectoryUser &user)
{
    return QJsonObject{
        {u"email"_s, user.email},
        {u"firstName"_s, user.firstName},
        {u"lastName"_s, user.lastName},
        {u"onboarded"_s, user.onboarded},
        {u"primaryGroupId"_s, user.primaryGroupId},
        {u"primaryLocationId"_s, user.primaryLocationId},
        {u"status"_s, user.status},
        {u"userId"_s, user.userId},
        {u"userName"_s, user.userName},
    };
}

QJsonObject locationToJson(const Location &location)
{
    return QJsonObject{
        {u"locationId"_s, location.locationId},
        {u"name"_s, location.name},
        {u"timeZone"_s, location.timeZone},
        {u"countryCode"_s, location.countryCode},
    };
}

} // namespace CardDesk::Core::DirectoryJson
