// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/credential.h"
#include "core/updateresult.h"
#include "sim/simulatoroptions.h"

#include <QHash>

namespace CardDesk::Sim {

/// The server-side card sets, keyed by userId, and the rules that accept or reject each card.
///
/// A card is identified by card number and facility code, compared as exact strings. An active
/// card may belong to only one user at a time. A card is rejected when another user has it
/// active, or when it appears twice in one update. The accepted cards of an update are stored
/// with Replace or Merge semantics. An update whose cards all fail changes nothing.
class CredentialStore
{
public:
    CredentialStore(CredentialSemantics semantics, UnknownUserStyle unknownUserStyle);

    /// Applies one user update and returns its result with one card result per sent card.
    /// An empty userId means the username matched no user.
    Core::UpdateResult apply(const Core::CredentialUpdate &update, const QString &userId);

    QList<Core::Credential> cards(const QString &userId) const;
    /// Replaces a user's card set without any checks, for seeding test scenarios.
    void setCards(const QString &userId, const QList<Core::Credential> &cards);
    void removeUser(const QString &userId);
    /// Returns the userId that has the card active, or an empty string.
    QString activeHolder(const Core::Credential &card) const;

private:
    Core::UpdateResult unknownUserResult(const Core::CredentialUpdate &update) const;
    Core::CardResult checkCard(const Core::Credential &card, const QString &userId,
                               const QSet<QString> &earlierCardKeys) const;
    QList<Core::Credential> combine(const QString &userId, const QList<Core::Credential> &accepted) const;
    void storeCards(const QString &userId, const QList<Core::Credential> &cards);

    CredentialSemantics m_semantics;
    UnknownUserStyle m_unknownUserStyle;
    QHash<QString, QList<Core::Credential>> m_cardsByUser;
    QHash<QString, QString> m_activeHolderByCard; ///< Card key to the userId holding it active.
};

} // namespace CardDesk::Sim
