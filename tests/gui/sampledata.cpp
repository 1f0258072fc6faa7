// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampledata.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace CardDesk::Tests {

QList<Core::Location> sampleLocations()
{
    return {
        {u"loc-syd"_s, u"Sydney Harbour"_s, u"Australia/Sydney"_s, u"AU"_s},
        {u"loc-chi"_s, u"Chicago Loop"_s, u"America/Chicago"_s, u"US"_s},
        {u"loc-ber"_s, u"Berlin Mitte"_s, u"Europe/Berlin"_s, u"DE"_s},
    };
}

namespace {

Core::DirectoryUser makeUser(const QString &id, const QString &first, const QString &last,
                             const QString &location, const QString &status = u"active"_s)
{
    Core::DirectoryUser user;
    user.userId = id;
    user.firstName = first;
    user.lastName = last;
    user.email = QString(first.toLower() + u'.' + last.toLower() + u"@example.com"_s);
    user.userName = QString(first.left(1).toLower() + last.toLower());
    user.status = status;
    user.primaryLocationId = location;
    user.onboarded = true;
    return user;
}

} // namespace

QList<Core::DirectoryUser> sampleUsers()
{
    return {
        makeUser(u"u-1001"_s, u"Ada"_s, u"Lovelace"_s, u"loc-ber"_s),
        makeUser(u"u-1002"_s, u"Grace"_s, u"Hopper"_s, u"loc-chi"_s),
        makeUser(u"u-1003"_s, u"Alan"_s, u"Turing"_s, u"loc-syd"_s),
        makeUser(u"u-1004"_s, u"Katherine"_s, u"Johnson"_s, u"loc-chi"_s, u"inactive"_s),
        makeUser(u"u-1005"_s, u"Adele"_s, u"Goldberg"_s, u"loc-unknown"_s),
    };
}

QList<Core::DirectoryUser> generatedUsers(int count)
{
    static const QStringList firstNames{u"Mia"_s,   u"Noah"_s,  u"Lena"_s, u"Omar"_s,  u"Priya"_s,
                                        u"Jonas"_s, u"Chloe"_s, u"Ravi"_s, u"Sofia"_s, u"Kenji"_s};
    static const QStringList lastNames{u"Fischer"_s, u"Nguyen"_s, u"Okafor"_s, u"Walsh"_s, u"Costa"_s,
                                       u"Schmidt"_s, u"Tanaka"_s, u"Patel"_s,  u"Brown"_s, u"Larsen"_s};
    const QList<Core::Location> locations = sampleLocations();
    QList<Core::DirectoryUser> users;
    users.reserve(count);
    for (int i = 0; i < count; ++i) {
        Core::DirectoryUser user =
            makeUser(QString(u"g-"_s + QString::number(100000 + i)), firstNames.at(i % firstNames.size()),
                     lastNames.at((i / firstNames.size()) % lastNames.size()),
                     locations.at(i % locations.size()).locationId);
        user.email = QString(user.firstName.toLower() + u'.' + user.lastName.toLower() + QString::number(i) +
                             u"@example.com"_s);
        if (i % 17 == 0)
            user.status = u"inactive"_s;
        users.append(user);
    }
    return users;
}

Core::Credential sampleCard(const QString &facilityCode, const QString &cardNumber, bool active)
{
    Core::Credential card;
    card.formatId = u"h10301"_s;
    card.credentialType = u"HID Prox"_s;
    card.facilityCode = facilityCode;
    card.cardNumber = cardNumber;
    card.scanData = {QString(facilityCode + u':' + cardNumber)};
    card.active = active;
    return card;
}

QList<Core::OutboxEntry> sampleFailures()
{
    const QDateTime base(QDate(2026, 3, 2), QTime(9, 30), QTimeZone::utc());

    Core::OutboxEntry partial;
    partial.id = 1;
    partial.updateId = u"0b6c2f4e-1111-4a7e-9a51-000000000001"_s;
    partial.userId = u"u-1001"_s;
    partial.username = u"ada.lovelace@example.com"_s;
    partial.credentials = {sampleCard(u"202"_s, u"1091"_s), sampleCard(u"202"_s, u"1092"_s, false)};
    partial.state = Core::UpdateState::Failed;
    partial.attempts = 1;
    partial.createdAt = base;
    partial.updatedAt = base.addSecs(60);
    partial.result = {partial.updateId,
                      u"PARTIAL_UPDATE"_s,
                      Core::ResultCode::PartialUpdate,
                      u"1 of 2 cards failed"_s,
                      {{u"1091"_s, u"202"_s, u"OK"_s, Core::ResultCode::Ok, {}},
                       {u"1092"_s, u"202"_s, u"CARD_UPDATE_FAILED"_s, Core::ResultCode::CardUpdateFailed,
                        u"Card number already assigned"_s}}};
    partial.requestJson =
        R"({"data":[{"updateId":"0b6c2f4e-1111-4a7e-9a51-000000000001","username":"ada.lovelace@example.com","credentials":[{"credentialType":"HID Prox","cardNumber":"1091","facilityCode":"202","scanData":["202:1091"],"active":true}]}]})";
    partial.responseJson =
        R"([{"updateId":"0b6c2f4e-1111-4a7e-9a51-000000000001","result":"PARTIAL_UPDATE","message":"1 of 2 cards failed"}])";
    partial.httpStatus = 200;

    Core::OutboxEntry notFound;
    notFound.id = 2;
    notFound.updateId = u"0b6c2f4e-2222-4a7e-9a51-000000000002"_s;
    notFound.userId = u"u-1003"_s;
    notFound.username = u"alan.turing@example.com"_s;
    notFound.credentials = {sampleCard(u"17"_s, u"40001"_s)};
    notFound.state = Core::UpdateState::Failed;
    notFound.attempts = 1;
    notFound.createdAt = base.addSecs(600);
    notFound.updatedAt = base.addSecs(660);
    notFound.result = {
        notFound.updateId, u"USER_NOT_FOUND"_s, Core::ResultCode::UserNotFound, u"User not found"_s, {}};
    notFound.requestJson = R"({"data":[]})";
    notFound.responseJson =
        R"({"updateId":"0b6c2f4e-2222-4a7e-9a51-000000000002","result":"USER_NOT_FOUND"})";
    notFound.httpStatus = 200;

    Core::OutboxEntry unknown;
    unknown.id = 3;
    unknown.updateId = u"0b6c2f4e-3333-4a7e-9a51-000000000003"_s;
    unknown.userId = u"u-1002"_s;
    unknown.username = u"grace.hopper@example.com"_s;
    unknown.credentials = {sampleCard(u"5"_s, u"777"_s)};
    unknown.state = Core::UpdateState::Unknown;
    unknown.attempts = 3;
    unknown.createdAt = base.addSecs(1200);
    unknown.updatedAt = base.addSecs(1500);
    unknown.lastError = u"Response body is not JSON (HTTP 502)"_s;
    unknown.result = {unknown.updateId, {}, Core::ResultCode::Unknown, {}, {}};
    unknown.requestJson = R"({"data":[]})";
    unknown.responseJson = "<html><body>Bad gateway</body></html>";
    unknown.httpStatus = 502;

    return {partial, notFound, unknown};
}

} // namespace CardDesk::Tests
