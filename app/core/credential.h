// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace CardDesk::Core {

/// One access card as Calven's POST /v1/access-credentials carries it, plus the local format id.
/// Card numbers and facility codes are text so that leading zeros survive.
struct Credential
{
    QString formatId; ///< Card format catalogue id; local only, never sent.
    QString credentialType;
    QString cardNumber;
    QString facilityCode; ///< Empty when the format has no facility code.
    QStringList scanData;
    bool active = true;

    /// Returns true when both describe the same physical card (number and facility code).
    bool isSameCard(const Credential &other) const
    {
        return cardNumber == other.cardNumber && facilityCode == other.facilityCode;
    }
    /// Returns "FC:CN", or "CN" without a facility code, for messages and search.
    QString displayNumber() const
    {
        return facilityCode.isEmpty() ? cardNumber : facilityCode + u':' + cardNumber;
    }

    friend bool operator==(const Credential &, const Credential &) = default;
};

/// One user's complete card set in one request, identified by a client-chosen updateId.
struct CredentialUpdate
{
    QString updateId;
    QString username;
    QList<Credential> credentials;

    friend bool operator==(const CredentialUpdate &, const CredentialUpdate &) = default;
};

} // namespace CardDesk::Core
