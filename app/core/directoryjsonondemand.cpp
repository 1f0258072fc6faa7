// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The directory parsers built on simdjson's on-demand API. They read the payload in place and
// copy each user's fields straight from the raw UTF-8, without building a document tree. They
// follow the rules and messages of the QJsonDocument parsers in directoryjson.cpp, except that
// raw control characters and unknown escapes in strings are invalid JSON here.

#include "directoryjson.h"
#include "jsontextfaults.h"

#include <QCoreApplication>

#include <simdjson.h>

#include <array>
#include <string>
#include <string_view>
#include <utility>

namespace CardDesk::Core::DirectoryJson {

namespace {

namespace od = simdjson::ondemand;
using simdjson::error_code;

// Gives the functions below the context CardDesk::Core::DirectoryJson at run time and in lupdate, which
// files an unqualified tr() call in a namespace under the namespace.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(CardDesk::Core::DirectoryJson)
};

QString errorReason(error_code error)
{
    switch (error) {
    case simdjson::EMPTY:
        return Text::tr("the body is empty");
    case simdjson::UTF8_ERROR:
        return Text::tr("invalid UTF-8");
    case simdjson::UNCLOSED_STRING:
        return Text::tr("unterminated string");
    case simdjson::UNESCAPED_CHARS:
        return Text::tr("unescaped control character in a string");
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

// Reads a documented-as-nullable string field into a QString. Numbers become text formatted as
// the QJsonDocument parser formats them; null, booleans, arrays and objects become an empty
// string.
error_code readText(od::value value, QString *out)
{
    od::json_type type;
    if (const error_code error = value.type().get(type))
        return error;
    if (type == od::json_type::string) {
        std::string_view text;
        if (const error_code error = value.get_string().get(text))
            return error;
        *out = QString::fromUtf8(text.data(), qsizetype(text.size()));
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

// Reads a nullable string field as UTF-8, under the rules of readText(). *out views the payload
// for a string without escapes, simdjson's string buffer for one with escapes, or numberText for
// a number, each of which outlives the entry being read.
error_code readUtf8(od::value value, std::string_view *out, std::string *numberText)
{
    od::json_type type;
    if (const error_code error = value.type().get(type))
        return error;
    if (type == od::json_type::string) {
        // A string without a backslash is taken straight from the input, which the first pass
        // has checked for valid UTF-8 and control characters. This skips simdjson's copy into its
        // string buffer, which would otherwise grow by the size of every string read.
        const std::string_view content = unquoted(value.raw_json_token());
        if (content.find('\\') == std::string_view::npos) {
            *out = content;
            return simdjson::SUCCESS;
        }
        return value.get_string().get(*out);
    }
    if (type == od::json_type::number) {
        double number = 0;
        if (const error_code error = value.get_double().get(number))
            return error;
        *numberText = QString::number(number, 'g', 17).toStdString();
        *out = *numberText;
        return simdjson::SUCCESS;
    }
    *out = {};
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

// The fields of the users entry being read, as UTF-8.
struct UserEntry
{
    std::array<std::string_view, FetchedUsers::FieldCount> fields;
    std::array<std::string, FetchedUsers::FieldCount> numberTexts;
    bool onboarded = false;

    void clear()
    {
        fields = {};
        onboarded = false;
    }
    FetchedUsers::Fields utf8Fields() const
    {
        FetchedUsers::Fields utf8;
        for (size_t i = 0; i < fields.size(); ++i)
            utf8[i] = QUtf8StringView(fields[i].data(), qsizetype(fields[i].size()));
        return utf8;
    }
};

int userField(std::string_view key)
{
    static constexpr std::array<std::pair<std::string_view, FetchedUsers::Field>, FetchedUsers::FieldCount>
        Keys{{{"userId", FetchedUsers::UserIdField},
              {"email", FetchedUsers::EmailField},
              {"userName", FetchedUsers::UserNameField},
              {"firstName", FetchedUsers::FirstNameField},
              {"lastName", FetchedUsers::LastNameField},
              {"status", FetchedUsers::StatusField},
              {"primaryLocationId", FetchedUsers::PrimaryLocationIdField},
              {"primaryGroupId", FetchedUsers::PrimaryGroupIdField}}};
    for (const auto &[name, field] : Keys) {
        if (key == name)
            return field;
    }
    return -1;
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

error_code visitUserField(UserEntry &entry, std::string_view key, od::value value)
{
    if (const int field = userField(key); field >= 0)
        return readUtf8(value, &entry.fields[size_t(field)], &entry.numberTexts[size_t(field)]);
    if (key == "onboarded")
        return readFlag(value, &entry.onboarded);
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
                Text::tr("The %1 response must be a JSON array").arg(QLatin1StringView(m_what)));
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
        return invalidJson(Text::tr("unexpected content after the array"),
                           qsizetype(location - m_body.constData()));
    }

private:
    // Returns the bytes allocated after the end of the text. QByteArray::capacity() also counts
    // free space before the data, so it can overstate this.
    qsizetype spareBytes() const { return m_body.data_ptr().freeSpaceAtEnd(); }

    QString invalidJson(const QString &reason, qsizetype offset) const
    {
        return Text::tr("The %1 response is not valid JSON: %2 at offset %3")
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
// first entry took, plus an eighth because entries differ in size, and for text of up to the
// payload's size. Growing the users and their id index by doubling copies them several times,
// and the last doubling sets the peak memory. Reserved text that is never written is never
// touched, so it does not add to the resident memory.
void reserveForEstimate(qsizetype firstEntryEnd, qsizetype bodySize, FetchedUsers *users)
{
    if (firstEntryEnd <= 0 || firstEntryEnd >= bodySize)
        return;
    const qsizetype estimate = bodySize / firstEntryEnd + bodySize / firstEntryEnd / 8 + 1;
    users->reserve(estimate, bodySize);
}

} // namespace

FetchedUsersParse parseFetchedUsers(QByteArray body)
{
    FetchedUsersParse parse;
    Payload payload(body, "users");
    od::array array;
    parse.error = payload.openArray(&array);
    if (!parse.error.isEmpty())
        return parse;

    qsizetype index = 0;
    const auto fail = [&](const QString &error) {
        parse.users = {};
        parse.error = error;
        return std::move(parse);
    };
    UserEntry entry;
    for (auto element : array) {
        od::object object;
        od::value value;
        if (const error_code error = element.get(value))
            return fail(payload.syntaxError(error));
        od::json_type type;
        if (const error_code error = value.type().get(type))
            return fail(payload.syntaxError(error));
        if (type != od::json_type::object)
            return fail(
                payload.preferSyntaxError(Text::tr("Users entry %1 is not a JSON object").arg(index)));
        if (const error_code error = value.get_object().get(object))
            return fail(payload.syntaxError(error));

        entry.clear();
        if (const error_code error = readObject(object, entry, visitUserField))
            return fail(payload.syntaxError(error));
        const FetchedUsers::Fields fields = entry.utf8Fields();
        switch (parse.users.append(fields, entry.onboarded)) {
        case FetchedUsers::AppendResult::Appended:
            break;
        case FetchedUsers::AppendResult::EmptyId:
            return fail(payload.preferSyntaxError(Text::tr("Users entry %1 has no userId").arg(index)));
        case FetchedUsers::AppendResult::DuplicateId:
            return fail(payload.preferSyntaxError(Text::tr("Users entry %1 repeats userId %2")
                                                      .arg(index)
                                                      .arg(fields[FetchedUsers::UserIdField].toString())));
        case FetchedUsers::AppendResult::TooLarge:
            return fail(
                Text::tr("The users response is too large: its text passes 4 GiB at entry %1").arg(index));
        }
        ++index;
        if (index == 1)
            reserveForEstimate(payload.currentOffset(), body.size(), &parse.users);
    }
    const QString trailing = payload.trailingContentError();
    if (!trailing.isEmpty())
        return fail(trailing);
    return parse;
}

UsersParse parseUsers(QByteArray body)
{
    FetchedUsersParse fetched = parseFetchedUsers(std::move(body));
    return UsersParse{fetched.users.toList(), std::move(fetched.error)};
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
            return fail(
                payload.preferSyntaxError(Text::tr("Locations entry %1 has no locationId").arg(index)));
        parse.locations.append(std::move(fields.location));
        ++index;
    }
    const QString trailing = payload.trailingContentError();
    if (!trailing.isEmpty())
        return fail(trailing);
    return parse;
}

} // namespace CardDesk::Core::DirectoryJson
