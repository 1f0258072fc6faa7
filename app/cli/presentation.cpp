// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace CardDesk::Cli::Presentation {

namespace {

class PresentationText
{
    Q_DECLARE_TR_FUNCTIONS(CardDesk::Cli::Presentation)
};

QString tr(const char *text)
{
    return PresentationText::tr(text);
}

QString cardResultNumber(const Core::CardResult &card)
{
    return card.facilityCode.isEmpty() ? card.cardNumber : card.facilityCode + u':' + card.cardNumber;
}

// Returns text ending with a full stop, so another sentence can follow it. Server messages such as
// "Too many requests" often have none.
QString asSentence(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.endsWith(u'.') || trimmed.endsWith(u'!') || trimmed.endsWith(u'?'))
        return trimmed;
    return trimmed + u'.';
}

QString waitingMessage(const Core::OutboxEntry &entry)
{
    const QString next =
        entry.nextAttemptAt.isValid() && entry.nextAttemptAt > QDateTime::currentDateTimeUtc()
            ? tr("Next attempt at %1.").arg(localTime(entry.nextAttemptAt))
            : tr("Run push to send it.");
    return entry.lastError.isEmpty() ? tr("Queued. %1").arg(next) : asSentence(entry.lastError) + u' ' + next;
}

} // namespace

QString localTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return u"-"_s;
    return utc.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QJsonValue isoTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return QJsonValue::Null;
    return utc.toUTC().toString(Qt::ISODate);
}

QString userLabel(const Core::DirectoryUser &user)
{
    const QString name = QString(user.firstName + u' ' + user.lastName).trimmed();
    const QString address = user.credentialUsername();
    if (name.isEmpty())
        return address.isEmpty() ? user.userId : address;
    return address.isEmpty() ? name : QString(name + u" <"_s + address + u'>');
}

QJsonObject userJson(const Core::DirectoryUser &user, const QString &locationName)
{
    return QJsonObject{
        {u"userId"_s, user.userId},
        {u"email"_s, user.email},
        {u"userName"_s, user.userName},
        {u"firstName"_s, user.firstName},
        {u"lastName"_s, user.lastName},
        {u"status"_s, user.status},
        {u"primaryLocationId"_s, user.primaryLocationId},
        {u"primaryLocationName"_s, locationName},
        {u"onboarded"_s, user.onboarded},
    };
}

QString cardLine(const Core::Credential &card)
{
    return QString(card.displayNumber() + u"  "_s + (card.active ? tr("active") : tr("inactive")) + u"  "_s +
                   card.credentialType + u"  "_s + (card.formatId.isEmpty() ? u"-"_s : card.formatId));
}

QJsonObject cardJson(const Core::Credential &card)
{
    return QJsonObject{
        {u"formatId"_s, card.formatId},
        {u"credentialType"_s, card.credentialType},
        {u"cardNumber"_s, card.cardNumber},
        {u"facilityCode"_s, card.facilityCode},
        {u"scanData"_s, QJsonArray::fromStringList(card.scanData)},
        {u"active"_s, card.active},
    };
}

QJsonArray cardsJson(const QList<Core::Credential> &cards)
{
    QJsonArray array;
    for (const Core::Credential &card : cards)
        array.append(cardJson(card));
    return array;
}

QString outcomeName(const Core::OutboxEntry &entry)
{
    switch (entry.state) {
    case Core::UpdateState::Confirmed:
    case Core::UpdateState::Failed:
        if (!entry.result.rawResult.isEmpty())
            return entry.result.rawResult;
        return entry.state == Core::UpdateState::Confirmed ? u"OK"_s : u"FAILED"_s;
    case Core::UpdateState::Unknown:
        return u"UNKNOWN"_s;
    case Core::UpdateState::NeedsAttention:
        return u"NEEDS_ATTENTION"_s;
    case Core::UpdateState::Queued:
        // An entry that was tried before waits for its retry, while a new one is only queued. A try
        // that never left (offline) is not counted in attempts but leaves its error.
        return entry.attempts > 0 || !entry.lastError.isEmpty() ? u"WAITING"_s : u"QUEUED"_s;
    case Core::UpdateState::Sending:
        return u"SENDING"_s;
    case Core::UpdateState::Superseded:
        return u"SUPERSEDED"_s;
    case Core::UpdateState::Resolved:
        return u"RESOLVED"_s;
    }
    return u"UNKNOWN"_s;
}

// Returns the message of a failed update followed by "[FC:NUMBER] message" for each failed card.
// Cards whose message repeats the update's message, such as "User not found", are named after it
// instead: "User not found (card 44:6002)."
QStringList failedUpdateMessages(const Core::OutboxEntry &entry)
{
    const QString updateMessage =
        entry.result.message.isEmpty() ? Core::resultCodeLabel(entry.result.code) : entry.result.message;
    QStringList repeated;
    QStringList cardMessages;
    for (const Core::CardResult &card : entry.result.cards) {
        if (card.code == Core::ResultCode::Ok)
            continue;
        const QString message = card.message.isEmpty() ? Core::resultCodeLabel(card.code) : card.message;
        if (asSentence(message).compare(asSentence(updateMessage), Qt::CaseInsensitive) == 0)
            repeated.append(cardResultNumber(card));
        else
            cardMessages.append(u'[' + cardResultNumber(card) + u"] "_s + message);
    }
    QString head = updateMessage.trimmed();
    if (!repeated.isEmpty()) {
        while (head.endsWith(u'.'))
            head.chop(1);
        head = (repeated.size() == 1 ? tr("%1 (card %2).") : tr("%1 (cards %2)."))
                   .arg(head, repeated.join(u", "_s));
    }
    return QStringList{asSentence(head)} + cardMessages;
}

QString outcomeMessage(const Core::OutboxEntry &entry)
{
    switch (entry.state) {
    case Core::UpdateState::Confirmed:
        return entry.result.message.isEmpty() ? tr("Calven confirmed the card set.") : entry.result.message;
    case Core::UpdateState::Failed: {
        QStringList parts = failedUpdateMessages(entry);
        if (entry.result.code == Core::ResultCode::UserNotFound)
            parts.append(tr("Run \"carddesk-cli users refresh\" and check the user's email: Calven may have "
                            "removed or renamed the user."));
        return parts.join(u' ');
    }
    case Core::UpdateState::Unknown:
    case Core::UpdateState::NeedsAttention:
        if (!entry.lastError.isEmpty())
            return entry.lastError;
        if (!entry.result.message.isEmpty())
            return entry.result.message;
        return tr("No result could be read. Check the user's cards in Calven before sending the set again.");
    case Core::UpdateState::Queued:
        return waitingMessage(entry);
    case Core::UpdateState::Sending:
        return tr("Being sent by another CardDesk process.");
    case Core::UpdateState::Superseded:
        return tr("Replaced by a newer update of the same user before it was sent.");
    case Core::UpdateState::Resolved:
        return entry.resolutionNote;
    }
    return {};
}

QString updateLine(const Core::OutboxEntry &entry)
{
    return QString(entry.updateId + u"  "_s + entry.username + u"  "_s + outcomeName(entry) + u"  "_s +
                   outcomeMessage(entry));
}

QString failureLine(const Core::OutboxEntry &entry)
{
    return QString(entry.updateId + u"  "_s + localTime(entry.updatedAt) + u"  "_s + entry.username +
                   u"  "_s + outcomeName(entry) + u"  "_s + outcomeMessage(entry));
}

QJsonObject entryJson(const Core::OutboxEntry &entry)
{
    QJsonArray cardResults;
    for (const Core::CardResult &card : entry.result.cards) {
        cardResults.append(QJsonObject{
            {u"cardNumber"_s, card.cardNumber},
            {u"facilityCode"_s, card.facilityCode},
            {u"result"_s, card.rawResult},
            {u"message"_s, card.message},
        });
    }
    QJsonObject json{
        {u"updateId"_s, entry.updateId},
        {u"previousUpdateId"_s, entry.previousUpdateId},
        {u"profileId"_s, entry.profileId},
        {u"userId"_s, entry.userId},
        {u"username"_s, entry.username},
        {u"state"_s, Core::updateStateName(entry.state)},
        {u"result"_s, outcomeName(entry)},
        {u"message"_s, outcomeMessage(entry)},
        {u"lastError"_s, entry.lastError},
        {u"attempts"_s, entry.attempts},
        {u"createdAt"_s, isoTime(entry.createdAt)},
        {u"updatedAt"_s, isoTime(entry.updatedAt)},
        {u"nextAttemptAt"_s, isoTime(entry.nextAttemptAt)},
        {u"credentials"_s, cardsJson(entry.credentials)},
        {u"cardResults"_s, cardResults},
    };
    // The outbox stores the HTTP status only with a recorded response. A requeued entry (after a
    // 429, 503 or timeout) keeps the status of an older response, or 0, so the field is left out
    // unless the entry's outcome came from the response that carried the status.
    const bool statusOfOutcome = entry.state == Core::UpdateState::Confirmed ||
                                 entry.state == Core::UpdateState::Failed ||
                                 entry.state == Core::UpdateState::Unknown;
    if (entry.httpStatus > 0 && statusOfOutcome)
        json.insert(u"httpStatus"_s, entry.httpStatus);
    return json;
}

} // namespace CardDesk::Cli::Presentation
