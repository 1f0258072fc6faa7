// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The directory parsers built on simdjson's on-demand API. They read the payload in place and
// create each DirectoryUser straight from the raw UTF-8, without building a document tree. They
// follow the rules and messages of the QJsonDocument parsers in directoryjson.cpp, except that
// raw control characters and unknown escapes in strings are invalid JSON here.

#include "directoryjson.h"
#include "jsontextfaults.h"

#include <QCoreApplication>
#include <QSet>

#include <simdjson.h>

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace CardDesk::Core::DirectoryJson {

namespace {

namespace od = simdjson::ondemand;
using simdjson::error_code;

QString tr(const char *text)
{
    return QCoreApplication::translate("CardDesk::Core::DirectoryJson", text);
}

QString errorReason(error_code error)
{
    switch (error) {
    case simdjson::EMPTY:
        return tr("the body is empty");
    case simdjson::UTF8_ERROR:
        return tr("invalid UTF-8");
    case simdjson::UNCLOSED_STRING:
        return tr("unterminated string");
    case simdjson::UNESCAPED_CHARS:
        return tr("unescaped control character in a string");
    default:
        return QString::fromUtf8(simdjson::error_message(error));
    }
}

// Validates a value and everything inside it by reading every scalar, because the on-demand
// parser checks only what the caller reads and skips the rest by counting brackets.
error_code validate(od::value value)
{
    od::json_type type;
    if (const error_code error = value.type().get(type))
        return error;
    switch (type) {
    case od::json_type::array: {
        od::array array;
        if (const error_code error = value.get_array().get(array))
            return error;
        for (auto element : array) {
            od::value item;
            if (const error_code error = element.get(item))
                return error;
            if (const error_code error = validate(item))
                return error;
        }
        return simdjson::SUCCESS;
    }
    case od::json_type::object: {
        od::object object;
        if (const error_code error = value.get_object().get(object))
            return error;
        for (auto field : object) {
            std::string_view key;
            if (const error_code error = field.unescaped_key().get(key))
                return error;
            if (const error_code error = validate(field.value()))
                return error;
        }
        return simdjson::SUCCESS;
    }
    case od::json_type::string:
        return value.get_string().error();
    case od::json_type::number:
        return value.get_double().error();
    case od::json_type::boolean:
        return value.get_bool().error();
    case od::json_type::null: {
        bool isNull = false;
        if (const error_code error = value.is_null().get(isNull))
            return error;
        return isNull ? simdjson::SUCCESS : simdjson::N_ATOM_ERROR;
    }
    }
    return simdjson::INCORRECT_TYPE;
}

// Returns the text between the quotes of a raw string token, which simdjson returns with the
// whitespace that follows it.
std::string_view unquoted(std::string_view token)
{
    const size_t closing = token.find_last_not_of(" \t\n\r");
    if (closing == std::string_view::npos || closing < 1)
        return {};
    return token.substr(1, closing - 1);
}

// Shares one QString among all users for a field with few distinct values, such as the status
// or the location and group ids, which saves an allocation and its memory per user and field.
// After MaxValues distinct values the pool stops growing, so a field that turns out to be unique
// per user costs one failed lookup per value and no extra memory.
class StringPool final
{
public:
    QString intern(std::string_view text)
    {
        const auto found = m_values.find(text);
        if (found != m_values.end())
            return found->second;
        QString value = QString::fromUtf8(text.data(), qsizetype(text.size()));
        if (m_values.size() < MaxValues)
            m_values.emplace(std::string(text), value);
        return value;
    }

private:
    static constexpr size_t MaxValues = 1024;

    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view text) const noexcept
        {
            return std::hash<std::string_view>{}(text);
        }
    };
    std::unordered_map<std::string, QString, Hash, std::equal_to<>> m_values;
};

struct UserPools
{
    StringPool statuses;
    StringPool locationIds;
    StringPool groupIds;
};

QString toQString(std::string_view text, StringPool *pool)
{
    if (pool)
        return pool->intern(text);
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// Reads a documented-as-nullable string field. Numbers become text formatted as the
// QJsonDocument parser formats them; null, booleans, arrays and objects become an empty string.
// Strings come from pool when one is given.
error_code readText(od::value value, QString *out, StringPool *pool = nullptr)
{
    od::json_type type;
    if (const error_code error = value.type().get(type))
        return error;
    if (type == od::json_type::string) {
        // A string without a backslash is converted straight from the input, which the first pass
        // has checked for valid UTF-8 and control characters. This skips simdjson's copy into its
        // string buffer, which would otherwise grow by the size of every string read.
        const std::string_view content = unquoted(value.raw_json_token());
        if (content.find('\\') == std::string_view::npos) {
            *out = toQString(content, pool);
            return simdjson::SUCCESS;
        }
        std::string_view text;
        if (const error_code error = value.get_string().get(text))
            return error;
        *out = toQString(text, pool);
        return simdjson::SUCCESS;
    }
    if (type == od::json_type::number) {
        double number = 0;
        if (const error_code error = value.get_double().get(number))
            return error;
        *out = QString::number(number, 'g', 17);
        return simdjson::SUCCESS;
    }
    out->clear();
    return validate(value);
}

// Reads a boolean field: true only for JSON true, as QJsonValue::toBool() does.
error_code readFlag(od::value value, bool *out)
{
    od::json_type type;
    if (const error_code error = value.type().get(type))
        return error;
    if (type == od::json_type::boolean)
        return value.get_bool().get(*out);
    *out = false;
    return validate(value);
}

QString *userTextField(DirectoryUser &user, std::string_view key)
{
    if (key == "userId")
        return &user.userId;
    if (key == "email")
        return &user.email;
    if (key == "userName")
        return &user.userName;
    if (key == "firstName")
        return &user.firstName;
    if (key == "lastName")
        return &user.lastName;
    return nullptr;
}

QString *locationTextField(Location &location, std::string_view key)
{
    if (key == "locationId")
        return &location.locationId;
    if (key == "name")
        return &location.name;
    if (key == "timeZone")
        return &location.timeZone;
    if (key == "countryCode")
        return &location.countryCode;
    return nullptr;
}

// Reads the fields of one entry. A repeated key keeps its last value, as QJsonObject does.
template<typename Item, typename Visit>
error_code readObject(od::object object, Item &item, Visit visit)
{
    for (auto field : object) {
        std::string_view key;
        if (const error_code error = field.unescaped_key().get(key))
            return error;
        if (const error_code error = visit(item, key, field.value()))
            return error;
    }
    return simdjson::SUCCESS;
}

error_code visitUserField(DirectoryUser &user, std::string_view key, od::value value, UserPools &pools)
{
    if (key == "status")
        return readText(value, &user.status, &pools.statuses);
    if (key == "primaryLocationId")
        return readText(value, &user.primaryLocationId, &pools.locationIds);
    if (key == "primaryGroupId")
        return readText(value, &user.primaryGroupId, &pools.groupIds);
    if (QString *text = userTextField(user, key))
        return readText(value, text);
    if (key == "onboarded")
        return readFlag(value, &user.onboarded);
    return validate(value);
}

// Locations accept "id" when "locationId" is missing, so "id" is read into a separate value.
struct LocationFields
{
    Location location;
    QString id;
};

error_code visitLocationField(LocationFields &fields, std::string_view key, od::value value)
{
    if (QString *text = locationTextField(fields.location, key))
        return readText(value, text);
    if (key == "id")
        return readText(value, &fields.id);
    return validate(value);
}

// One payload and its on-demand document. simdjson reads up to SIMDJSON_PADDING bytes past the
// end of its input, so the constructor makes sure they are allocated. A body that no one else
// shares grows with realloc, which for large blocks on glibc usually extends the mapping without
// copying. Only a shared body is always copied.
class Payload final
{
public:
    Payload(QByteArray &body, const char *what)
        : m_body(body)
        , m_what(what)
    {
        const auto padding = qsizetype(simdjson::SIMDJSON_PADDING);
        if (spareBytes() < padding)
            m_body.reserve(m_body.size() + padding);
    }
    Q_DISABLE_COPY_MOVE(Payload)

    // Starts iterating the root array, or returns an error naming what the payload is instead.
    QString openArray(od::array *array)
    {
        const error_code error =
            m_parser.iterate(m_body.constData(), size_t(m_body.size()), size_t(m_body.size() + spareBytes()))
                .get(m_document);
        if (error)
            return indexingError(error);
        od::json_type type;
        if (const error_code typeError = m_document.type().get(type))
            return syntaxError(typeError);
        if (type != od::json_type::array)
            return preferSyntaxError(
                tr("The %1 response must be a JSON array").arg(QLatin1StringView(m_what)));
        if (const error_code arrayError = m_document.get_array().get(*array))
            return syntaxError(arrayError);
        return {};
    }

    // Returns the error for a failed read at the parser's current position.
    QString syntaxError(error_code error)
    {
        const char *location = nullptr;
        const qsizetype offset = m_document.current_location().get(location) == simdjson::SUCCESS
                                     ? qsizetype(location - m_body.constData())
                                     : m_body.size();
        return invalidJson(errorReason(error), offset);
    }

    // Returns a syntax error anywhere in the payload in place of the given error, so a payload
    // that is both malformed and wrong in content is reported as malformed, as QJsonDocument does.
    QString preferSyntaxError(const QString &contentError)
    {
        m_document.rewind();
        od::value root;
        error_code error = m_document.get_value().get(root);
        if (!error)
            error = validate(root);
        if (error)
            return syntaxError(error);
        const QString trailing = trailingContentError();
        return trailing.isEmpty() ? contentError : trailing;
    }

    // Returns the offset of the parser's current position, or the body size at the end.
    qsizetype currentOffset()
    {
        const char *location = nullptr;
        if (m_document.current_location().get(location) != simdjson::SUCCESS)
            return m_body.size();
        return qsizetype(location - m_body.constData());
    }

    // Returns an error when anything but whitespace follows the root array.
    QString trailingContentError()
    {
        const char *location = nullptr;
        if (m_document.current_location().get(location) != simdjson::SUCCESS)
            return {};
        return invalidJson(tr("unexpected content after the array"),
                           qsizetype(location - m_body.constData()));
    }

private:
    // Returns the bytes allocated after the end of the text. QByteArray::capacity() also counts
    // free space before the data, so it can overstate this.
    qsizetype spareBytes() const { return m_body.data_ptr().freeSpaceAtEnd(); }

    QString invalidJson(const QString &reason, qsizetype offset) const
    {
        return tr("The %1 response is not valid JSON: %2 at offset %3")
            .arg(QLatin1StringView(m_what), reason)
            .arg(offset);
    }

    // simdjson's first pass reports these faults without a position, so the offset is found by
    // scanning the text.
    QString indexingError(error_code error) const
    {
        const QByteArrayView text(m_body.constData(), m_body.size());
        qsizetype offset = 0;
        if (error == simdjson::UTF8_ERROR)
            offset = JsonText::firstInvalidUtf8(text);
        else if (error == simdjson::UNCLOSED_STRING || error == simdjson::UNESCAPED_CHARS)
            offset = JsonText::firstStringFault(text);
        return invalidJson(errorReason(error), offset < 0 ? m_body.size() : offset);
    }

    QByteArray &m_body;
    const char *m_what;
    od::parser m_parser;
    od::document m_document;
};

// Reserves room for the users of a payload of bodySize bytes, estimated from the bytes that the
// first entry took, plus an eighth because entries differ in size. Growing a list of 200,000 users
// and its id set by doubling copies the list and rehashes every id several times, and the last
// doubling sets the peak memory.
void reserveForEstimate(qsizetype firstEntryEnd, qsizetype bodySize, QList<DirectoryUser> *users,
                        QSet<QString> *seen)
{
    if (firstEntryEnd <= 0 || firstEntryEnd >= bodySize)
        return;
    const qsizetype estimate = bodySize / firstEntryEnd + bodySize / firstEntryEnd / 8 + 1;
    users->reserve(estimate);
    seen->reserve(estimate);
}

} // namespace

UsersParse parseUsers(QByteArray body)
{
    UsersParse parse;
    Payload payload(body, "users");
    od::array array;
    parse.error = payload.openArray(&array);
    if (!parse.error.isEmpty())
        return parse;

    QSet<QString> seen;
    UserPools pools;
    const auto visitField = [&pools](DirectoryUser &user, std::string_view key, od::value value) {
        return visitUserField(user, key, value, pools);
    };
    qsizetype index = 0;
    const auto fail = [&](const QString &error) {
        parse.users.clear();
        parse.error = error;
        return parse;
    };
    for (auto element : array) {
        od::object object;
        od::value value;
        if (const error_code error = element.get(value))
            return fail(payload.syntaxError(error));
        od::json_type type;
        if (const error_code error = value.type().get(type))
            return fail(payload.syntaxError(error));
        if (type != od::json_type::object)
            return fail(payload.preferSyntaxError(tr("Users entry %1 is not a JSON object").arg(index)));
        if (const error_code error = value.get_object().get(object))
            return fail(payload.syntaxError(error));

        DirectoryUser user;
        if (const error_code error = readObject(object, user, visitField))
            return fail(payload.syntaxError(error));
        if (user.userId.isEmpty())
            return fail(payload.preferSyntaxError(tr("Users entry %1 has no userId").arg(index)));
        if (seen.contains(user.userId)) {
            return fail(payload.preferSyntaxError(
                tr("Users entry %1 repeats userId %2").arg(index).arg(user.userId)));
        }
        seen.insert(user.userId);
        parse.users.append(std::move(user));
        ++index;
        if (index == 1)
            reserveForEstimate(payload.currentOffset(), body.size(), &parse.users, &seen);
    }
    const QString trailing = payload.trailingContentError();
    if (!trailing.isEmpty())
        return fail(trailing);
    return parse;
}

LocationsParse parseLocations(QByteArray body)
{
    LocationsParse parse;
    Payload payload(body, "locations");
    od::array array;
    parse.error = payload.openArray(&array);
    if (!parse.error.isEmpty())
        return parse;

    qsizetype index = 0;
    const auto fail = [&](const QString &error) {
        parse.locations.clear();
        parse.error = error;
        return parse;
    };
    for (auto element : array) {
        od::value value;
        if (const error_code error = element.get(value))
            return fail(payload.syntaxError(error));
        od::json_type type;
        if (const error_code error = value.type().get(type))
            return fail(payload.syntaxError(error));

        // An entry that is not an object has no locationId, as QJsonValue::toObject() returns {}.
        LocationFields fields;
        if (type == od::json_type::object) {
            od::object object;
            error_code error = value.get_object().get(object);
            if (!error)
                error = readObject(object, fields, visitLocationField);
            if (error)
                return fail(payload.syntaxError(error));
        } else if (const error_code error = validate(value)) {
            return fail(payload.syntaxError(error));
        }
        if (fields.location.locationId.isEmpty())
            fields.location.locationId = fields.id;
        if (fields.location.locationId.isEmpty())
            return fail(payload.preferSyntaxError(tr("Locations entry %1 has no locationId").arg(index)));
        parse.locations.append(std::move(fields.location));
        ++index;
    }
    const QString trailing = payload.trailingContentError();
    if (!trailing.isEmpty())
        return fail(trailing);
    return parse;
}

} // namespace CardDesk::Core::DirectoryJson
