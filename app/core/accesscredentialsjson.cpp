// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accesscredentialsjson.h"
#include "cardvalidation.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace CardDesk::Core::AccessCredentialsJson {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CardDesk::Core::AccessCredentialsJson", text);
}

QString typeError(const QString &path, const char *expected)
{
    return tr("%1 must be %2").arg(path, QLatin1StringView(expected));
}

// Reads one AccessCredential; returns an error message or an empty string.
QString readCredential(const QJsonValue &value, const QString &path, Credential *out)
{
    if (!value.isObject())
        return typeError(path, "an object");
    const QJsonObject object = value.toObject();

    const QJsonValue active = object.value(u"active"_s);
    if (!active.isBool())
        return typeError(path + u".active"_s, "true or false");
    out->active = active.toBool();

    const QJsonValue cardNumber = object.value(u"cardNumber"_s);
    if (!cardNumber.isString())
        return typeError(path + u".cardNumber"_s, "a string");
    if (cardNumber.toString().trimmed().isEmpty())
        return tr("%1.cardNumber must not be empty").arg(path);
    out->cardNumber = cardNumber.toString();

    const QJsonValue facilityCode = object.value(u"facilityCode"_s);
    if (!facilityCode.isUndefined() && !facilityCode.isNull() && !facilityCode.isString())
        return typeError(path + u".facilityCode"_s, "a string when present");
    out->facilityCode = facilityCode.toString();

    const QJsonValue scanData = object.value(u"scanData"_s);
    if (!scanData.isArray())
        return typeError(path + u".scanData"_s, "an array of strings");
    const QJsonArray scanArray = scanData.toArray();
    for (qsizetype i = 0; i < scanArray.size(); ++i) {
        if (!scanArray.at(i).isString())
            return typeError(path + u".scanData[%1]"_s.arg(i), "a string");
        out->scanData.append(scanArray.at(i).toString());
    }

    const QJsonValue credentialType = object.value(u"credentialType"_s);
    if (!credentialType.isString() || credentialType.toString().isEmpty())
        return typeError(path + u".credentialType"_s, "a non-empty string");
    out->credentialType = credentialType.toString();
    return {};
}

QString readUpdate(const QJsonValue &value, const QString &path, CredentialUpdate *out)
{
    if (!value.isObject())
        return typeError(path, "an object");
    const QJsonObject object = value.toObject();

    const QJsonValue username = object.value(u"username"_s);
    if (!username.isString() || username.toString().isEmpty())
        return typeError(path + u".username"_s, "a non-empty string");
    out->username = username.toString();

    const QJsonValue updateId = object.value(u"updateId"_s);
    if (!updateId.isString() || updateId.toString().isEmpty())
        return typeError(path + u".updateId"_s, "a non-empty string");
    out->updateId = updateId.toString();

    const QJsonValue credentials = object.value(u"credentials"_s);
    if (!credentials.isArray())
        return typeError(path + u".credentials"_s, "an array");
    const QJsonArray credentialArray = credentials.toArray();
    for (qsizetype i = 0; i < credentialArray.size(); ++i) {
        Credential credential;
        const QString error =
            readCredential(credentialArray.at(i), path + u".credentials[%1]"_s.arg(i), &credential);
        if (!error.isEmpty())
            return error;
        out->credentials.append(credential);
    }
    return {};
}

// Returns a JSON value as compact JSON text, such as 42, null or {"code":7}.
QString jsonText(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

// Reads the "result" and "message" members that update and card results share. A result that
// is not a string keeps its JSON text as the raw result and counts as an unrecognised value.
void readOutcome(const QJsonObject &object, QString *rawResult, ResultCode *code, QString *message)
{
    const QJsonValue value = object.value(u"result"_s);
    *message = object.value(u"message"_s).toString();
    if (value.isString() || value.isUndefined()) {
        *rawResult = value.toString();
        *code = resultCodeFromWire(*rawResult, *message);
        return;
    }
    *rawResult = jsonText(value);
    *code = ResultCode::UnrecognisedValue;
    if (message->isEmpty())
        *message = tr("The result is the JSON value %1, not a text value such as \"OK\".").arg(*rawResult);
}

// Calven may echo a card number without its leading zeros or in another letter case, so a result
// matches a sent card as findDuplicateCards() compares cards. That check keeps a set from holding
// two cards that would match the same result.
bool isSameCard(const CardResult &result, const Credential &card)
{
    return comparableCardKey(result.cardNumber, result.facilityCode) ==
           comparableCardKey(card.cardNumber, card.facilityCode);
}

// Whether a sent card without its own result needs a visible mark in this update's result.
bool needsCardResults(ResultCode code)
{
    return code == ResultCode::PartialUpdate || code == ResultCode::CardUpdateFailed ||
           code == ResultCode::UnrecognisedValue;
}

// Orders the card results like the sent cards and marks sent cards that have no result.
void matchCardResults(UpdateResult *result, const QList<Credential> &sentCards)
{
    QList<CardResult> remaining = std::exchange(result->cards, {});
    for (const Credential &card : sentCards) {
        const auto found =
            std::find_if(remaining.begin(), remaining.end(),
                         [&card](const CardResult &cardResult) { return isSameCard(cardResult, card); });
        if (found != remaining.end()) {
            result->cards.append(*found);
            remaining.erase(found);
        } else if (needsCardResults(result->code)) {
            result->cards.append(CardResult{card.cardNumber,
                                            card.facilityCode,
                                            {},
                                            ResultCode::Unknown,
                                            tr("The response has no result for this card.")});
        }
    }
    result->cards.append(remaining);
}

UpdateResult readResult(const QJsonObject &object)
{
    UpdateResult result;
    result.updateId = object.value(u"updateId"_s).toString();
    readOutcome(object, &result.rawResult, &result.code, &result.message);
    if (result.code == ResultCode::Unknown && result.message.isEmpty())
        result.message = tr("The response has no result value for this update.");

    const QJsonArray cards = object.value(u"results"_s).toArray();
    for (const QJsonValue &cardValue : cards) {
        const QJsonObject card = cardValue.toObject();
        CardResult cardResult;
        cardResult.cardNumber = card.value(u"cardNumber"_s).toString();
        cardResult.facilityCode = card.value(u"facilityCode"_s).toString();
        readOutcome(card, &cardResult.rawResult, &cardResult.code, &cardResult.message);
        result.cards.append(cardResult);
    }
    return result;
}

QList<UpdateResult> allUnknown(const QStringList &sentUpdateIds, const QString &message)
{
    QList<UpdateResult> results;
    results.reserve(sentUpdateIds.size());
    for (const QString &updateId : sentUpdateIds)
        results.append(UpdateResult{updateId, {}, ResultCode::Unknown, message, {}});
    return results;
}

} // namespace

QJsonObject credentialToJson(const Credential &credential)
{
    QJsonObject object{
        {u"active"_s, credential.active},
        {u"cardNumber"_s, credential.cardNumber},
        {u"scanData"_s, QJsonArray::fromStringList(credential.scanData)},
        {u"credentialType"_s, credential.credentialType},
    };
    if (!credential.facilityCode.isEmpty())
        object.insert(u"facilityCode"_s, credential.facilityCode);
    return object;
}

QByteArray encodeRequest(const QList<CredentialUpdate> &updates)
{
    QJsonArray data;
    for (const CredentialUpdate &update : updates) {
        QJsonArray credentials;
        for (const Credential &credential : update.credentials)
            credentials.append(credentialToJson(credential));
        data.append(QJsonObject{
            {u"username"_s, update.username},
            {u"updateId"_s, update.updateId},
            {u"credentials"_s, credentials},
        });
    }
    return QJsonDocument(QJsonObject{{u"data"_s, data}}).toJson(QJsonDocument::Compact);
}

RequestParse parseRequest(const QByteArray &body)
{
    RequestParse parse;
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        parse.error = tr("The body is not valid JSON: %1 at offset %2")
                          .arg(jsonError.errorString())
                          .arg(jsonError.offset);
        return parse;
    }
    if (!document.isObject()) {
        parse.error = tr("The body must be a JSON object with a \"data\" array");
        return parse;
    }
    const QJsonValue data = document.object().value(u"data"_s);
    if (!data.isArray()) {
        parse.error = typeError(u"data"_s, "an array");
        return parse;
    }
    const QJsonArray updates = data.toArray();
    if (updates.isEmpty() || updates.size() > MaxUpdatesPerRequest) {
        parse.error =
            tr("data must contain 1 to %1 updates, not %2").arg(MaxUpdatesPerRequest).arg(updates.size());
        return parse;
    }
    for (qsizetype i = 0; i < updates.size(); ++i) {
        CredentialUpdate update;
        const QString error = readUpdate(updates.at(i), u"data[%1]"_s.arg(i), &update);
        if (!error.isEmpty()) {
            parse.error = error;
            parse.updates.clear();
            return parse;
        }
        parse.updates.append(update);
    }
    return parse;
}

QJsonObject resultToJson(const UpdateResult &result)
{
    QJsonArray cards;
    for (const CardResult &card : result.cards) {
        QJsonObject cardObject{
            {u"cardNumber"_s, card.cardNumber},
            {u"result"_s, card.rawResult.isEmpty() ? resultCodeToWire(card.code) : card.rawResult},
            {u"message"_s, card.message},
        };
        if (!card.facilityCode.isEmpty())
            cardObject.insert(u"facilityCode"_s, card.facilityCode);
        cards.append(cardObject);
    }
    return QJsonObject{
        {u"updateId"_s, result.updateId},
        {u"result"_s, result.rawResult.isEmpty() ? resultCodeToWire(result.code) : result.rawResult},
        {u"message"_s, result.message},
        {u"results"_s, cards},
    };
}

ResponseParse parseResponse(const QByteArray &body, const QStringList &sentUpdateIds,
                            const QList<QList<Credential>> &sentCards)
{
    ResponseParse parse;
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError || document.isNull()) {
        const QString start = QString::fromUtf8(body.left(60)).simplified();
        parse.error =
            tr("The response is not JSON (%1), starting with \"%2\"").arg(jsonError.errorString(), start);
        parse.results = allUnknown(sentUpdateIds, parse.error);
        return parse;
    }

    QList<QJsonObject> objects;
    if (document.isObject()) {
        objects.append(document.object());
    } else {
        const QJsonArray array = document.array();
        for (const QJsonValue &value : array) {
            if (value.isObject())
                objects.append(value.toObject());
        }
    }

    QHash<QString, UpdateResult> byUpdateId;
    for (const QJsonObject &object : objects) {
        UpdateResult result = readResult(object);
        if (result.updateId.isEmpty() && objects.size() == 1 && sentUpdateIds.size() == 1 &&
            object.contains(u"result"_s)) {
            result.updateId = sentUpdateIds.constFirst();
        }
        if (!result.updateId.isEmpty() && !byUpdateId.contains(result.updateId))
            byUpdateId.insert(result.updateId, result);
    }

    const QString missing = tr("The response has no result for this update, so its outcome is unknown.");
    qsizetype matched = 0;
    for (qsizetype i = 0; i < sentUpdateIds.size(); ++i) {
        const QString &updateId = sentUpdateIds.at(i);
        auto found = byUpdateId.constFind(updateId);
        if (found != byUpdateId.constEnd()) {
            UpdateResult result = *found;
            if (i < sentCards.size())
                matchCardResults(&result, sentCards.at(i));
            parse.results.append(result);
            ++matched;
        } else {
            parse.results.append(UpdateResult{updateId, {}, ResultCode::Unknown, missing, {}});
        }
    }
    // Results that carry only updateIds we never sent are as unreadable as no results at all.
    if (matched == 0)
        parse.error = tr("The response contains no result with a known updateId");
    return parse;
}

} // namespace CardDesk::Core::AccessCredentialsJson
