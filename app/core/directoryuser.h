// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace CardDesk::Core {

/// A person in the Calven user directory, as returned by GET /v1/analytics/users.
/// Calven documents every text field as nullable, so each may be empty.
struct DirectoryUser
{
    QString userId;
    QString email;
    QString userName;
    QString firstName;
    QString lastName;
    QString status;
    QString primaryLocationId;
    QString primaryGroupId;
    bool onboarded = false;

    /// Returns "First Last", or the email when both names are empty.
    QString displayName() const;
    /// Returns the name Calven matches credential updates against: the email, else the user name.
    QString credentialUsername() const;
    bool isActive() const;

    friend bool operator==(const DirectoryUser &, const DirectoryUser &) = default;
};

/// An office from GET /v1/analytics/locations. Calven does not document this schema, so the
/// fields are CardDesk's choice and the parser tolerates missing and unknown fields.
struct Location
{
    QString locationId;
    QString name;
    QString timeZone;
    QString countryCode;

    friend bool operator==(const Location &, const Location &) = default;
};

} // namespace CardDesk::Core

// Every member is a QString or a bool, so QList may move users with memmove when it grows, which
// matters for lists of 200,000 users.
Q_DECLARE_TYPEINFO(CardDesk::Core::DirectoryUser, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(CardDesk::Core::Location, Q_RELOCATABLE_TYPE);
