// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/credential.h"

#include <QDateTime>
#include <QHash>

#include <optional>

namespace CardDesk::Store {

class Database;

/// Reason for a change of a user's card set in the register.
enum class RegisterAction
{
    Edit,    ///< An operator's edit was queued for sending.
    Import,  ///< A card set was imported from a file.
    Confirm, ///< Calven returned OK for an update, so the set became the confirmed one.
};

QString registerActionName(RegisterAction action); ///< Stable lower-case name for storage.
std::optional<RegisterAction> registerActionFromName(QStringView name);

/// Register contents for one user.
struct RegisterRecord
{
    QString userId;
    QString username;                  ///< The name sent to Calven when the set was last written.
    QList<Core::Credential> intended;  ///< The card set CardDesk wants Calven to hold.
    QDateTime intendedAt;              ///< UTC.
    bool hasConfirmed = false;         ///< False until Calven returned OK for this user.
    QList<Core::Credential> confirmed; ///< The last set Calven confirmed with OK.
    QDateTime confirmedAt;             ///< UTC, or null without a confirmed set.
    QString confirmedUpdateId;
};

/// One change of a user's intended or confirmed card set.
struct RegisterHistoryEntry
{
    qint64 id = 0;
    QString userId;
    QString username;
    QDateTime changedAt; ///< UTC.
    RegisterAction action = RegisterAction::Edit;
    QList<Core::Credential> before;
    QList<Core::Credential> after;
    QString updateId; ///< The outbox update behind the change, or empty for an import.
};

/// A user whose intended card set contains a given card as active.
struct CardHolder
{
    QString userId;
    QString username;
};

/// The credential register. Calven has no API that returns a user's cards, so CardDesk keeps per
/// user the card set it intends Calven to hold, the last set Calven confirmed, and a history of
/// both. Use it on the thread that opened the Database.
///
/// Query functions return nullopt both when nothing is stored and on an SQL error. errorString()
/// is empty in the first case.
class CredentialRegister final
{
public:
    explicit CredentialRegister(Database &database);
    Q_DISABLE_COPY_MOVE(CredentialRegister)

    /// Stores cards as the user's intended set and adds a history entry, in one transaction.
    bool setIntended(const QString &userId, const QString &username, const QList<Core::Credential> &cards,
                     RegisterAction action, const QString &updateId = {}, const QDateTime &nowUtc = {});
    /// Stores cards as the set Calven confirmed for updateId and adds a history entry. The outbox
    /// does this itself when it records an OK result.
    bool setConfirmed(const QString &userId, const QString &username, const QList<Core::Credential> &cards,
                      const QString &updateId, const QDateTime &nowUtc = {});

    std::optional<RegisterRecord> record(const QString &userId) const;
    /// Returns the user's history, newest first.
    std::optional<QList<RegisterHistoryEntry>> history(const QString &userId) const;
    /// Returns the users whose intended set contains the card as active, ordered by username. Cards
    /// match as Core::isEquivalentCard() compares them, so 00123 finds 123.
    std::optional<QList<CardHolder>> holdersOf(const QString &cardNumber, const QString &facilityCode) const;
    /// Returns the number of active cards in each user's intended set, by userId.
    std::optional<QHash<QString, int>> activeCardCounts() const;
    /// Returns the numbers of the active cards in each user's intended set, by userId, for search.
    std::optional<QHash<QString, QStringList>> activeCardNumbers() const;

    QString errorString() const { return m_error; }

private:
    bool failWith(const QString &message) const;

    Database &m_database;
    mutable QString m_error;
};

} // namespace CardDesk::Store
