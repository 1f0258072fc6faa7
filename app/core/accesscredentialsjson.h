// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credential.h"
#include "updateresult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace CardDesk::Core::AccessCredentialsJson {

/// Calven's documented maximum of user updates in one POST /v1/access-credentials body.
inline constexpr int MaxUpdatesPerRequest = 100;

QJsonObject credentialToJson(const Credential &credential);
QByteArray encodeRequest(const QList<CredentialUpdate> &updates);

/// A request body checked against the documented contract. On failure, error names the
/// offending path, such as "data[3].credentials[0].cardNumber must be a string".
struct RequestParse
{
    QList<CredentialUpdate> updates;
    QString error;
    bool ok() const { return error.isEmpty(); }
};
RequestParse parseRequest(const QByteArray &body);

QJsonObject resultToJson(const UpdateResult &result);

/// Results read from a response body, one per sent updateId and in the order sent.
/// When the body is not the expected JSON, error gives the reason and every result is Unknown.
struct ResponseParse
{
    QList<UpdateResult> results;
    QString error;
};

/// Reads a response that may be one result object or an array of them. Results are matched by
/// updateId. A lone object without updateId is accepted only when exactly one update was sent.
/// An update with no matching result comes back as Unknown, never as success.
///
/// A result value that is not a string (a number, an object, null) is an UnrecognisedValue,
/// a failure whose rawResult is that value as JSON text. sentCards, when given, contains the cards
/// of each sent update in the order of sentUpdateIds. The card results of an update are then
/// ordered like its sent cards, matched by card number and facility code, and followed by any
/// card results that match no sent card. When the update's result is PARTIAL_UPDATE,
/// CARD_UPDATE_FAILED or an unrecognised value, a sent card without a card result gets one with
/// the code Unknown and a message that the response has no result for it. An OK result needs no
/// card results, and USER_NOT_FOUND concerns no card.
ResponseParse parseResponse(const QByteArray &body, const QStringList &sentUpdateIds,
                            const QList<QList<Credential>> &sentCards = {});

} // namespace CardDesk::Core::AccessCredentialsJson
