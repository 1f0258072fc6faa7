// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCredentials, "carddesk.sim.credentials", QtInfoMsg)

namespace CardDesk::Sim {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CardDesk::Sim::CredentialStore", text);
}

// Joins the two parts with the unit separator (U+001F), which card numbers and facility codes
// do not contain in practice, so "1" + "23" and "12" + "3" stay apart.
QString cardKey(const Core::Credential &card)
{
    return card.facilityCode + QChar(0x1f) + card.cardNumber;
}

Core::CardResult cardResult(const Core::Credential &card, Core::ResultCode code, const QString &message)
{
    return Core::CardResult{card.cardNumber, card.facilityCode, Core::resultCodeToWire(code), code, message};
}

} // namespace

CredentialStore::CredentialStore(CredentialSemantics semantics, UnknownUserStyle unknownUserStyle)
    : m_semantics(semantics)
    , m_unknownUserStyle(unknownUserStyle)
{}

Core::UpdateResult CredentialStore::apply(const Core::CredentialUpdate &update, const QString &userId)
{
    if (userId.isEmpty())
        return unknownUserResult(update);

    Core::UpdateResult result;
    result.updateId = update.updateId;
    QList<Core::Credential> accepted;
    QSet<QString> seenKeys;
    for (const Core::Credential &card : update.credentials) {
        const Core::CardResult checked = checkCard(card, userId, seenKeys);
        if (checked.code == Core::ResultCode::Ok)
            accepted.append(card);
        seenKeys.insert(cardKey(card));
        result.cards.append(checked);
    }

    const qsizetype failed = update.credentials.size() - accepted.size();
    if (failed == 0) {
        result.code = Core::ResultCode::Ok;
        result.message = tr("Credentials updated.");
    } else if (accepted.isEmpty()) {
        result.code = Core::ResultCode::CardUpdateFailed;
        result.message = failed == 1 ? tr("The card was not applied.")
                                     : tr("No card was applied: all %1 cards failed.").arg(failed);
    } else {
        result.code = Core::ResultCode::PartialUpdate;
        result.message = tr("%1 of %2 cards failed; the other cards were applied.")
                             .arg(failed)
                             .arg(update.credentials.size());
    }
    result.rawResult = Core::resultCodeToWire(result.code);

    if (result.code != Core::ResultCode::CardUpdateFailed)
        storeCards(userId, combine(userId, accepted));
    qCDebug(lcCredentials) << "update" << update.updateId << "for user" << userId << "->" << result.rawResult;
    return result;
}

Core::UpdateResult CredentialStore::unknownUserResult(const Core::CredentialUpdate &update) const
{
    // Calven's documented example uses exactly this message, and clients match on it.
    const QString message = u"User not found"_s;
    const Core::ResultCode code = m_unknownUserStyle == UnknownUserStyle::ResultValue
                                      ? Core::ResultCode::UserNotFound
                                      : Core::ResultCode::CardUpdateFailed;
    Core::UpdateResult result{update.updateId, Core::resultCodeToWire(code), code, message, {}};
    for (const Core::Credential &card : update.credentials)
        result.cards.append(cardResult(card, code, message));
    qCDebug(lcCredentials) << "update" << update.updateId << "names unknown user" << update.username;
    return result;
}

Core::CardResult CredentialStore::checkCard(const Core::Credential &card, const QString &userId,
                                            const QSet<QString> &earlierCardKeys) const
{
    const QString key = cardKey(card);
    if (earlierCardKeys.contains(key)) {
        return cardResult(card, Core::ResultCode::CardUpdateFailed,
                          tr("Card %1 appears more than once in this update.").arg(card.displayNumber()));
    }
    const QString holder = m_activeHolderByCard.value(key);
    if (card.active && !holder.isEmpty() && holder != userId) {
        return cardResult(
            card, Core::ResultCode::CardUpdateFailed,
            tr("Card %1 is assigned to another user. Deactivate it there first.").arg(card.displayNumber()));
    }
    return cardResult(card, Core::ResultCode::Ok,
                      card.active ? tr("Card assigned.") : tr("Card deactivated."));
}

QList<Core::Credential> CredentialStore::combine(const QString &userId,
                                                 const QList<Core::Credential> &accepted) const
{
    if (m_semantics == CredentialSemantics::Replace)
        return accepted;

    QList<Core::Credential> merged = m_cardsByUser.value(userId);
    for (const Core::Credential &card : accepted) {
        const auto same = std::find_if(merged.begin(), merged.end(), [&card](const Core::Credential &held) {
            return held.isSameCard(card);
        });
        if (same != merged.end())
            *same = card;
        else
            merged.append(card);
    }
    return merged;
}

void CredentialStore::storeCards(const QString &userId, const QList<Core::Credential> &cards)
{
    const QList<Core::Credential> previous = m_cardsByUser.value(userId);
    for (const Core::Credential &card : previous) {
        const QString key = cardKey(card);
        if (m_activeHolderByCard.value(key) == userId)
            m_activeHolderByCard.remove(key);
    }
    for (const Core::Credential &card : cards) {
        if (card.active)
            m_activeHolderByCard.insert(cardKey(card), userId);
    }
    if (cards.isEmpty())
        m_cardsByUser.remove(userId);
    else
        m_cardsByUser.insert(userId, cards);
}

QList<Core::Credential> CredentialStore::cards(const QString &userId) const
{
    return m_cardsByUser.value(userId);
}

void CredentialStore::setCards(const QString &userId, const QList<Core::Credential> &cards)
{
    storeCards(userId, cards);
}

void CredentialStore::removeUser(const QString &userId)
{
    storeCards(userId, {});
}

QString CredentialStore::activeHolder(const Core::Credential &card) const
{
    return m_activeHolderByCard.value(cardKey(card));
}

} // namespace CardDesk::Sim
