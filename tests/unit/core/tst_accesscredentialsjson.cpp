// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/accesscredentialsjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk::Core;
namespace Json = CardDesk::Core::AccessCredentialsJson;

namespace {

QJsonObject validCredential()
{
    return QJsonObject{
        {u"active"_s, true},
        {u"cardNumber"_s, u"1091"_s},
        {u"facilityCode"_s, u"202"_s},
        {u"scanData"_s, QJsonArray{u"202:1091"_s}},
        {u"credentialType"_s, u"HID Prox"_s},
    };
}

QJsonObject validUpdate(int number)
{
    return QJsonObject{
        {u"username"_s, u"user%1@example.com"_s.arg(number)},
        {u"updateId"_s, u"update-%1"_s.arg(number)},
        {u"credentials"_s, QJsonArray{validCredential()}},
    };
}

QByteArray bodyWithUpdates(const QJsonArray &updates)
{
    return QJsonDocument(QJsonObject{{u"data"_s, updates}}).toJson(QJsonDocument::Compact);
}

QByteArray bodyWithUpdateCount(int count)
{
    QJsonArray updates;
    for (int i = 0; i < count; ++i)
        updates.append(validUpdate(i));
    return bodyWithUpdates(updates);
}

// Returns a body with one update whose first credential has key set to value.
QByteArray bodyWithCredentialField(const QString &key, const QJsonValue &value)
{
    QJsonObject credential = validCredential();
    if (value.isUndefined())
        credential.remove(key);
    else
        credential.insert(key, value);
    QJsonObject update = validUpdate(0);
    update.insert(u"credentials"_s, QJsonArray{credential});
    return bodyWithUpdates(QJsonArray{update});
}

QByteArray bodyWithUpdateField(const QString &key, const QJsonValue &value)
{
    QJsonObject update = validUpdate(0);
    if (value.isUndefined())
        update.remove(key);
    else
        update.insert(key, value);
    return bodyWithUpdates(QJsonArray{update});
}

QByteArray json(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QJsonObject result(const QString &updateId, const QString &wire, const QString &message = {})
{
    QJsonObject object{{u"result"_s, wire}, {u"message"_s, message}, {u"results"_s, QJsonArray{}}};
    if (!updateId.isEmpty())
        object.insert(u"updateId"_s, updateId);
    return object;
}

Credential sentCard(const QString &facilityCode, const QString &cardNumber)
{
    Credential card;
    card.active = true;
    card.cardNumber = cardNumber;
    card.facilityCode = facilityCode;
    card.credentialType = u"HID Prox"_s;
    return card;
}

QJsonObject cardResult(const QString &facilityCode, const QString &cardNumber, const QJsonValue &wire)
{
    QJsonObject object{{u"cardNumber"_s, cardNumber}, {u"result"_s, wire}, {u"message"_s, QString()}};
    if (!facilityCode.isEmpty())
        object.insert(u"facilityCode"_s, facilityCode);
    return object;
}

// Returns "facility:number code" per card result, such as "202:1091 ok".
QStringList describeCards(const QList<CardResult> &cards)
{
    QStringList lines;
    for (const CardResult &card : cards) {
        const QString code = card.code == ResultCode::Ok                 ? u"ok"_s
                             : card.code == ResultCode::CardUpdateFailed ? u"failed"_s
                             : card.code == ResultCode::Unknown          ? u"unknown"_s
                                                                         : u"other"_s;
        lines.append(u"%1:%2 %3"_s.arg(card.facilityCode, card.cardNumber, code));
    }
    return lines;
}

} // namespace

Q_DECLARE_METATYPE(QJsonValue)

class TestAccessCredentialsJson : public QObject
{
    Q_OBJECT

private slots:
    void requestRoundTrip();
    void requestOmitsLocalAndEmptyFields();
    void parseRequestAcceptsLimits_data();
    void parseRequestAcceptsLimits();
    void parseRequestErrors_data();
    void parseRequestErrors();
    void parseRequestInvalidJson();
    void parseResponseObject();
    void parseResponseObjectWithoutUpdateId();
    void parseResponseObjectWithoutUpdateIdForTwoUpdates();
    void parseResponseArrayInSentOrder();
    void parseResponseMissingResult();
    void parseResponseUserNotFound_data();
    void parseResponseUserNotFound();
    void parseResponseUnrecognisedValue();
    void parseResponsePerCardResults();
    void parseResponseHtmlBody();
    void parseResponseOnlyUnknownUpdateIds();
    void nonStringResultIsFailure_data();
    void nonStringResultIsFailure();
    void nonStringResultKeepsMessage();
    void nonStringCardResultIsFailure();
    void cardResultsFollowSentCards();
    void cardResultsMatchFacilityCode();
    void cardResultsMatchEchoedForm();
    void missingCardResultsMarked_data();
    void missingCardResultsMarked();
};

void TestAccessCredentialsJson::requestRoundTrip()
{
    Credential prox;
    prox.credentialType = u"HID Prox"_s;
    prox.cardNumber = u"01091"_s;
    prox.facilityCode = u"007"_s;
    prox.scanData = {u"007:01091"_s};
    Credential serial;
    serial.credentialType = u"Mifare"_s;
    serial.cardNumber = u"E43AC9D2"_s;
    serial.scanData = {u"E43AC9D2"_s, u"3536403172"_s};
    serial.active = false;

    const QList<CredentialUpdate> updates{
        {u"379EB561-0378-4718-ACEA-5669932208A9"_s, u"ada@example.com"_s, {prox, serial}},
        {u"update-2"_s, u"grace@example.com"_s, {}},
    };
    const Json::RequestParse parse = Json::parseRequest(Json::encodeRequest(updates));
    QVERIFY2(parse.ok(), qPrintable(parse.error));
    QCOMPARE(parse.updates, updates);
}

void TestAccessCredentialsJson::requestOmitsLocalAndEmptyFields()
{
    Credential credential;
    credential.formatId = u"h10302"_s;
    credential.credentialType = u"HID Prox"_s;
    credential.cardNumber = u"123456789"_s;
    credential.scanData = {u"123456789"_s};

    const QJsonObject object = Json::credentialToJson(credential);
    QVERIFY(!object.contains(u"formatId"_s));
    QVERIFY(!object.contains(u"facilityCode"_s));
    QCOMPARE(object.value(u"cardNumber"_s).toString(), u"123456789"_s);
    QCOMPARE(object.value(u"active"_s), QJsonValue(true));
}

void TestAccessCredentialsJson::parseRequestAcceptsLimits_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("1 update") << 1;
    QTest::newRow("100 updates") << 100;
}

void TestAccessCredentialsJson::parseRequestAcceptsLimits()
{
    QFETCH(int, count);
    const Json::RequestParse parse = Json::parseRequest(bodyWithUpdateCount(count));
    QVERIFY2(parse.ok(), qPrintable(parse.error));
    QCOMPARE(parse.updates.size(), count);
}

void TestAccessCredentialsJson::parseRequestErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");

    QTest::newRow("0 updates") << bodyWithUpdateCount(0) << u"data must contain 1 to 100 updates, not 0"_s;
    QTest::newRow("101 updates") << bodyWithUpdateCount(101)
                                 << u"data must contain 1 to 100 updates, not 101"_s;
    QTest::newRow("top-level array") << QByteArray("[]")
                                     << u"The body must be a JSON object with a \"data\" array"_s;
    QTest::newRow("data missing") << QByteArray("{}") << u"data must be an array"_s;
    QTest::newRow("data object") << QByteArray(R"({"data":{}})") << u"data must be an array"_s;
    QTest::newRow("update not object") << QByteArray(R"({"data":[5]})") << u"data[0] must be an object"_s;
    QTest::newRow("username number") << bodyWithUpdateField(u"username"_s, 7)
                                     << u"data[0].username must be a non-empty string"_s;
    QTest::newRow("username empty") << bodyWithUpdateField(u"username"_s, u""_s)
                                    << u"data[0].username must be a non-empty string"_s;
    QTest::newRow("updateId missing") << bodyWithUpdateField(u"updateId"_s, QJsonValue(QJsonValue::Undefined))
                                      << u"data[0].updateId must be a non-empty string"_s;
    QTest::newRow("credentials object")
        << bodyWithUpdateField(u"credentials"_s, QJsonObject{}) << u"data[0].credentials must be an array"_s;
    QTest::newRow("credential not object") << bodyWithUpdateField(u"credentials"_s, QJsonArray{u"x"_s})
                                           << u"data[0].credentials[0] must be an object"_s;
    QTest::newRow("active as text") << bodyWithCredentialField(u"active"_s, u"true"_s)
                                    << u"data[0].credentials[0].active must be true or false"_s;
    QTest::newRow("cardNumber as number") << bodyWithCredentialField(u"cardNumber"_s, 1091)
                                          << u"data[0].credentials[0].cardNumber must be a string"_s;
    QTest::newRow("cardNumber blank") << bodyWithCredentialField(u"cardNumber"_s, u"  "_s)
                                      << u"data[0].credentials[0].cardNumber must not be empty"_s;
    QTest::newRow("facilityCode as number")
        << bodyWithCredentialField(u"facilityCode"_s, 202)
        << u"data[0].credentials[0].facilityCode must be a string when present"_s;
    QTest::newRow("scanData as text") << bodyWithCredentialField(u"scanData"_s, u"202:1091"_s)
                                      << u"data[0].credentials[0].scanData must be an array of strings"_s;
    QTest::newRow("scanData entry number") << bodyWithCredentialField(u"scanData"_s, QJsonArray{u"a"_s, 1})
                                           << u"data[0].credentials[0].scanData[1] must be a string"_s;
    QTest::newRow("credentialType empty")
        << bodyWithCredentialField(u"credentialType"_s, u""_s)
        << u"data[0].credentials[0].credentialType must be a non-empty string"_s;

    // The path names the exact update and card.
    QJsonObject second = validUpdate(1);
    QJsonObject badCredential = validCredential();
    badCredential.insert(u"cardNumber"_s, QJsonValue(QJsonValue::Null));
    second.insert(u"credentials"_s, QJsonArray{validCredential(), validCredential(), badCredential});
    QTest::newRow("deep path") << bodyWithUpdates(QJsonArray{validUpdate(0), second})
                               << u"data[1].credentials[2].cardNumber must be a string"_s;
}

void TestAccessCredentialsJson::parseRequestErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);

    const Json::RequestParse parse = Json::parseRequest(body);
    QVERIFY(!parse.ok());
    QCOMPARE(parse.error, error);
    QVERIFY(parse.updates.isEmpty());
}

void TestAccessCredentialsJson::parseRequestInvalidJson()
{
    const Json::RequestParse parse = Json::parseRequest("{\"data\": [");
    QVERIFY(!parse.ok());
    QVERIFY2(parse.error.startsWith(u"The body is not valid JSON: "_s), qPrintable(parse.error));
}

void TestAccessCredentialsJson::parseResponseObject()
{
    const Json::ResponseParse parse = Json::parseResponse(json(result(u"u1"_s, u"OK"_s)), {u"u1"_s});
    QVERIFY(parse.error.isEmpty());
    QCOMPARE(parse.results.size(), 1);
    QCOMPARE(parse.results.at(0).updateId, u"u1"_s);
    QCOMPARE(parse.results.at(0).code, ResultCode::Ok);
    QCOMPARE(parse.results.at(0).rawResult, u"OK"_s);
}

void TestAccessCredentialsJson::parseResponseObjectWithoutUpdateId()
{
    const Json::ResponseParse parse = Json::parseResponse(json(result({}, u"PARTIAL_UPDATE"_s)), {u"u1"_s});
    QVERIFY(parse.error.isEmpty());
    QCOMPARE(parse.results.size(), 1);
    QCOMPARE(parse.results.at(0).updateId, u"u1"_s);
    QCOMPARE(parse.results.at(0).code, ResultCode::PartialUpdate);
}

void TestAccessCredentialsJson::parseResponseObjectWithoutUpdateIdForTwoUpdates()
{
    // With two updates sent, a lone result cannot be matched, so neither may count as OK.
    const Json::ResponseParse parse = Json::parseResponse(json(result({}, u"OK"_s)), {u"u1"_s, u"u2"_s});
    QVERIFY(!parse.error.isEmpty());
    QCOMPARE(parse.results.size(), 2);
    QCOMPARE(parse.results.at(0).code, ResultCode::Unknown);
    QCOMPARE(parse.results.at(1).code, ResultCode::Unknown);
}

void TestAccessCredentialsJson::parseResponseArrayInSentOrder()
{
    const QJsonArray array{result(u"u2"_s, u"CARD_UPDATE_FAILED"_s, u"Card rejected"_s),
                           result(u"u1"_s, u"OK"_s)};
    const Json::ResponseParse parse = Json::parseResponse(json(array), {u"u1"_s, u"u2"_s});
    QVERIFY(parse.error.isEmpty());
    QCOMPARE(parse.results.size(), 2);
    QCOMPARE(parse.results.at(0).updateId, u"u1"_s);
    QCOMPARE(parse.results.at(0).code, ResultCode::Ok);
    QCOMPARE(parse.results.at(1).updateId, u"u2"_s);
    QCOMPARE(parse.results.at(1).code, ResultCode::CardUpdateFailed);
    QCOMPARE(parse.results.at(1).message, u"Card rejected"_s);
}

void TestAccessCredentialsJson::parseResponseMissingResult()
{
    const Json::ResponseParse parse =
        Json::parseResponse(json(QJsonArray{result(u"u1"_s, u"OK"_s)}), {u"u1"_s, u"u2"_s, u"u3"_s});
    QCOMPARE(parse.results.size(), 3);
    QCOMPARE(parse.results.at(0).code, ResultCode::Ok);
    for (int i = 1; i < 3; ++i) {
        QCOMPARE(parse.results.at(i).updateId, u"u%1"_s.arg(i + 1));
        QCOMPARE(parse.results.at(i).code, ResultCode::Unknown);
        QCOMPARE(parse.results.at(i).message,
                 u"The response has no result for this update, so its outcome is unknown."_s);
    }
}

void TestAccessCredentialsJson::parseResponseUserNotFound_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<QString>("message");

    QTest::newRow("documented example") << u"CARD_UPDATE_FAILED"_s << u"User not found"_s;
    QTest::newRow("other case and spaces") << u"CARD_UPDATE_FAILED"_s << u" user NOT found "_s;
    QTest::newRow("enum value") << u"USER_NOT_FOUND"_s << QString();
}

void TestAccessCredentialsJson::parseResponseUserNotFound()
{
    QFETCH(QString, wire);
    QFETCH(QString, message);

    const Json::ResponseParse parse = Json::parseResponse(json(result(u"u1"_s, wire, message)), {u"u1"_s});
    QCOMPARE(parse.results.size(), 1);
    QCOMPARE(parse.results.at(0).code, ResultCode::UserNotFound);
    QCOMPARE(parse.results.at(0).rawResult, wire);
}

void TestAccessCredentialsJson::parseResponseUnrecognisedValue()
{
    const Json::ResponseParse parse =
        Json::parseResponse(json(result(u"u1"_s, u"QUEUED_FOR_LATER"_s)), {u"u1"_s});
    QCOMPARE(parse.results.size(), 1);
    QCOMPARE(parse.results.at(0).code, ResultCode::UnrecognisedValue);
    QCOMPARE(parse.results.at(0).rawResult, u"QUEUED_FOR_LATER"_s);
    QVERIFY(!isSuccess(parse.results.at(0).code));
}

void TestAccessCredentialsJson::parseResponsePerCardResults()
{
    QJsonObject object = result(u"u1"_s, u"PARTIAL_UPDATE"_s);
    object.insert(u"results"_s, QJsonArray{
                                    QJsonObject{{u"cardNumber"_s, u"1091"_s},
                                                {u"facilityCode"_s, u"202"_s},
                                                {u"result"_s, u"OK"_s},
                                                {u"message"_s, QString()}},
                                    QJsonObject{{u"cardNumber"_s, u"E43AC9D2"_s},
                                                {u"result"_s, u"CARD_UPDATE_FAILED"_s},
                                                {u"message"_s, u"Unknown credential type"_s}},
                                });
    const Json::ResponseParse parse = Json::parseResponse(json(object), {u"u1"_s});
    QCOMPARE(parse.results.size(), 1);
    const QList<CardResult> &cards = parse.results.at(0).cards;
    QCOMPARE(cards.size(), 2);
    QCOMPARE(cards.at(0).cardNumber, u"1091"_s);
    QCOMPARE(cards.at(0).facilityCode, u"202"_s);
    QCOMPARE(cards.at(0).code, ResultCode::Ok);
    QCOMPARE(cards.at(1).facilityCode, QString());
    QCOMPARE(cards.at(1).code, ResultCode::CardUpdateFailed);
    QCOMPARE(cards.at(1).message, u"Unknown credential type"_s);
}

void TestAccessCredentialsJson::parseResponseHtmlBody()
{
    const QByteArray html = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
    const Json::ResponseParse parse = Json::parseResponse(html, {u"u1"_s, u"u2"_s});
    QVERIFY2(parse.error.startsWith(u"The response is not JSON"_s), qPrintable(parse.error));
    QVERIFY2(parse.error.contains(u"<html><head><title>502 Bad Gateway"_s), qPrintable(parse.error));
    QCOMPARE(parse.results.size(), 2);
    for (const UpdateResult &updateResult : parse.results) {
        QCOMPARE(updateResult.code, ResultCode::Unknown);
        QCOMPARE(updateResult.message, parse.error);
    }
    QCOMPARE(parse.results.at(0).updateId, u"u1"_s);
    QCOMPARE(parse.results.at(1).updateId, u"u2"_s);
}

void TestAccessCredentialsJson::parseResponseOnlyUnknownUpdateIds()
{
    // Results for updates that were never sent must not hide that none of ours came back.
    const Json::ResponseParse parse =
        Json::parseResponse(json(QJsonArray{result(u"other"_s, u"OK"_s)}), {u"u1"_s});
    QCOMPARE(parse.error, u"The response contains no result with a known updateId"_s);
    QCOMPARE(parse.results.size(), 1);
    QCOMPARE(parse.results.at(0).updateId, u"u1"_s);
    QCOMPARE(parse.results.at(0).code, ResultCode::Unknown);
}

void TestAccessCredentialsJson::nonStringResultIsFailure_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("raw");
    QTest::newRow("number") << QJsonValue(42) << u"42"_s;
    QTest::newRow("object") << QJsonValue(QJsonObject{{u"code"_s, 7}}) << u"{\"code\":7}"_s;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << u"null"_s;
    QTest::newRow("true") << QJsonValue(true) << u"true"_s;
    QTest::newRow("array") << QJsonValue(QJsonArray{u"OK"_s}) << u"[\"OK\"]"_s;
}

void TestAccessCredentialsJson::nonStringResultIsFailure()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, raw);
    QJsonObject object = result(u"u1"_s, {});
    object.insert(u"result"_s, value);
    object.remove(u"message"_s);

    const Json::ResponseParse parse = Json::parseResponse(json(object), {u"u1"_s});
    QVERIFY(parse.error.isEmpty());
    QCOMPARE(parse.results.size(), 1);
    const UpdateResult &read = parse.results.at(0);
    QCOMPARE(read.code, ResultCode::UnrecognisedValue);
    QVERIFY(!isSuccess(read.code));
    QCOMPARE(read.rawResult, raw);
    QVERIFY2(read.message.contains(raw), qPrintable(read.message));
}

void TestAccessCredentialsJson::nonStringResultKeepsMessage()
{
    QJsonObject object = result(u"u1"_s, {}, u"Rate limited"_s);
    object.insert(u"result"_s, 429);
    const Json::ResponseParse parse = Json::parseResponse(json(object), {u"u1"_s});
    QCOMPARE(parse.results.at(0).code, ResultCode::UnrecognisedValue);
    QCOMPARE(parse.results.at(0).rawResult, u"429"_s);
    QCOMPARE(parse.results.at(0).message, u"Rate limited"_s);
}

void TestAccessCredentialsJson::nonStringCardResultIsFailure()
{
    QJsonObject object = result(u"u1"_s, u"PARTIAL_UPDATE"_s);
    object.insert(u"results"_s, QJsonArray{cardResult(u"202"_s, u"1091"_s, u"OK"_s),
                                           cardResult(u"202"_s, u"1092"_s, QJsonValue(QJsonValue::Null))});
    const Json::ResponseParse parse = Json::parseResponse(json(object), {u"u1"_s});
    const QList<CardResult> &cards = parse.results.at(0).cards;
    QCOMPARE(cards.size(), 2);
    QCOMPARE(cards.at(0).code, ResultCode::Ok);
    QCOMPARE(cards.at(1).code, ResultCode::UnrecognisedValue);
    QCOMPARE(cards.at(1).rawResult, u"null"_s);
    QVERIFY2(cards.at(1).message.contains(u"null"_s), qPrintable(cards.at(1).message));
}

void TestAccessCredentialsJson::cardResultsFollowSentCards()
{
    QJsonObject object = result(u"u1"_s, u"PARTIAL_UPDATE"_s);
    object.insert(u"results"_s, QJsonArray{cardResult({}, u"E43AC9D2"_s, u"CARD_UPDATE_FAILED"_s),
                                           cardResult(u"202"_s, u"1091"_s, u"OK"_s),
                                           cardResult(u"9"_s, u"999"_s, u"OK"_s)});
    const QList<Credential> sent{sentCard(u"202"_s, u"1091"_s), sentCard({}, u"E43AC9D2"_s),
                                 sentCard(u"5"_s, u"77"_s)};

    const Json::ResponseParse parse = Json::parseResponse(json(object), {u"u1"_s}, {sent});
    // Sent order first, then the sent card without a result, then the result for a card never sent.
    const QStringList expected{u"202:1091 ok"_s, u":E43AC9D2 failed"_s, u"5:77 unknown"_s, u"9:999 ok"_s};
    QCOMPARE(describeCards(parse.results.at(0).cards), expected);
    QCOMPARE(parse.results.at(0).cards.at(2).message, u"The response has no result for this card."_s);
    QCOMPARE(parse.results.at(0).cards.at(2).rawResult, QString());
}

void TestAccessCredentialsJson::cardResultsMatchFacilityCode()
{
    // The same card number under two facility codes is two cards.
    QJsonObject object = result(u"u1"_s, u"PARTIAL_UPDATE"_s);
    object.insert(u"results"_s, QJsonArray{cardResult(u"2"_s, u"100"_s, u"OK"_s)});
    const QList<Credential> sent{sentCard(u"1"_s, u"100"_s), sentCard(u"2"_s, u"100"_s)};

    const Json::ResponseParse parse = Json::parseResponse(json(object), {u"u1"_s}, {sent});
    QCOMPARE(describeCards(parse.results.at(0).cards), (QStringList{u"1:100 unknown"_s, u"2:100 ok"_s}));
}

void TestAccessCredentialsJson::cardResultsMatchEchoedForm()
{
    // A result that drops leading zeros or changes letter case still belongs to the sent card.
    QJsonObject object = result(u"u1"_s, u"PARTIAL_UPDATE"_s);
    object.insert(u"results"_s, QJsonArray{cardResult(u"007"_s, u"AB12"_s, u"OK"_s),
                                           cardResult(u"7"_s, u"4711"_s, u"OK"_s)});
    const QList<Credential> sent{sentCard(u"7"_s, u"04711"_s), sentCard(u"7"_s, u"ab12"_s),
                                 sentCard(u"7"_s, u"4712"_s)};

    const Json::ResponseParse parse = Json::parseResponse(json(object), {u"u1"_s}, {sent});
    QCOMPARE(describeCards(parse.results.at(0).cards),
             (QStringList{u"7:4711 ok"_s, u"007:AB12 ok"_s, u"7:4712 unknown"_s}));
}

void TestAccessCredentialsJson::missingCardResultsMarked_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("expected");
    const QStringList bothMarked{u"1:10 unknown"_s, u"1:11 unknown"_s};
    QTest::newRow("OK") << u"OK"_s << QString() << QStringList{};
    QTest::newRow("partial") << u"PARTIAL_UPDATE"_s << QString() << bothMarked;
    QTest::newRow("failed") << u"CARD_UPDATE_FAILED"_s << u"Unknown credential type"_s << bothMarked;
    QTest::newRow("unrecognised") << u"CARD_QUARANTINED"_s << QString() << bothMarked;
    QTest::newRow("user not found") << u"USER_NOT_FOUND"_s << QString() << QStringList{};
    QTest::newRow("user not found as message")
        << u"CARD_UPDATE_FAILED"_s << u"User not found"_s << QStringList{};
}

void TestAccessCredentialsJson::missingCardResultsMarked()
{
    QFETCH(QString, wire);
    QFETCH(QString, message);
    QFETCH(QStringList, expected);
    const QList<Credential> sent{sentCard(u"1"_s, u"10"_s), sentCard(u"1"_s, u"11"_s)};
    const Json::ResponseParse parse =
        Json::parseResponse(json(QJsonArray{result(u"u1"_s, wire, message), result(u"u2"_s, u"OK"_s)}),
                            {u"u1"_s, u"u2"_s}, {sent, {sentCard(u"3"_s, u"30"_s)}});
    QCOMPARE(describeCards(parse.results.at(0).cards), expected);
    QVERIFY(parse.results.at(1).cards.isEmpty());
}

QTEST_GUILESS_MAIN(TestAccessCredentialsJson)
#include "tst_accesscredentialsjson.moc"
