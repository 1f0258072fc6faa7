// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/storedjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace CardDesk::Store::StoredJson {

namespace {

struct CodeName
{
    Core::ResultCode code;
    QStringView name;
};

constexpr CodeName codeNames[] = {
    {Core::ResultCode::Ok, u"ok"},
    {Core::ResultCode::PartialUpdate, u"partial-update"},
    {Core::ResultCode::CardUpdateFailed, u"card-update-failed"},
    {Core::ResultCode::UserNotFound, u"user-not-found"},
    {Core::ResultCode::UnrecognisedValue, u"unrecognised-value"},
    {Core::ResultCode::Unknown, u"unknown"},
};

QString toText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray fromText(const QString &text, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    *ok = error.error == QJsonParseError::NoError && document.isArray();
    return document.array();
}

} // namespace

QString encodeCards(const QList<Core::Credential> &cards)
{
    QJsonArray array;
    for (const Core::Credential &card : cards) {
        array.append(QJsonObject{
            {u"formatId"_s, card.formatId},
            {u"credentialType"_s, card.credentialType},
            {u"cardNumber"_s, card.cardNumber},
            {u"facilityCode"_s, card.facilityCode},
            {u"scanData"_s, QJsonArray::fromStringList(card.scanData)},
            {u"active"_s, card.active},
        });
    }
    return toText(array);
}

bool decodeCards(const QString &text, QList<Core::Credential> *cards)
{
    cards->clear();
    bool ok = false;
    const QJsonArray array = fromText(text, &ok);
    if (!ok)
        return false;
    cards->reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        Core::Credential card;
        card.formatId = object.value(u"formatId"_s).toString();
        card.credentialType = object.value(u"credentialType"_s).toString();
        card.cardNumber = object.value(u"cardNumber"_s).toString();
        card.facilityCode = object.value(u"facilityCode"_s).toString();
        const QJsonArray scanData = object.value(u"scanData"_s).toArray();
        for (const QJsonValue &scan : scanData)
            card.scanData.append(scan.toString());
        card.active = object.value(u"active"_s).toBool(true);
        cards->append(card);
    }
    return true;
}

QString encodeCardResults(const QList<Core::CardResult> &results)
{
    QJsonArray array;
    for (const Core::CardResult &result : results) {
        array.append(QJsonObject{
            {u"cardNumber"_s, result.cardNumber},
            {u"facilityCode"_s, result.facilityCode},
            {u"rawResult"_s, result.rawResult},
            {u"code"_s, resultCodeName(result.code)},
            {u"message"_s, result.message},
        });
    }
    return toText(array);
}

QList<Core::CardResult> decodeCardResults(const QString &text)
{
    bool ok = false;
    const QJsonArray array = fromText(text, &ok);
    QList<Core::CardResult> results;
    results.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        Core::CardResult result;
        result.cardNumber = object.value(u"cardNumber"_s).toString();
        result.facilityCode = object.value(u"facilityCode"_s).toString();
        result.rawResult = object.value(u"rawResult"_s).toString();
        result.code = resultCodeFromName(object.value(u"code"_s).toString());
        result.message = object.value(u"message"_s).toString();
        results.append(result);
    }
    return results;
}

QString resultCodeName(Core::ResultCode code)
{
    for (const CodeName &entry : codeNames) {
        if (entry.code == code)
            return entry.name.toString();
    }
    return u"unknown"_s;
}

Core::ResultCode resultCodeFromName(QStringView name)
{
    for (const CodeName &entry : codeNames) {
        if (entry.name == name)
            return entry.code;
    }
    return Core::ResultCode::Unknown;
}

} // namespace CardDesk::Store::StoredJson
