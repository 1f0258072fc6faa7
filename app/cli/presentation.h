// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/credential.h"
#include "core/directoryuser.h"
#include "core/outboxentry.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

/// Text and JSON forms of users, cards and outbox entries, shared by every command so that the
/// same thing always reads the same way.
namespace CardDesk::Cli::Presentation {

/// Returns the time in local time as "yyyy-MM-dd HH:mm:ss", or "-" when it is null.
QString localTime(const QDateTime &utc);
/// Returns the time as ISO 8601 UTC for JSON, or null when it is null.
QJsonValue isoTime(const QDateTime &utc);

/// Returns "Name <email>", or the email or user id alone when the others are empty.
QString userLabel(const Core::DirectoryUser &user);
QJsonObject userJson(const Core::DirectoryUser &user, const QString &locationName);

/// Returns one line for a card: number, state, credentialType and format id.
QString cardLine(const Core::Credential &card);
QJsonObject cardJson(const Core::Credential &card);
QJsonArray cardsJson(const QList<Core::Credential> &cards);

/// Returns a stable upper-case outcome: Calven's result value (OK, PARTIAL_UPDATE,
/// CARD_UPDATE_FAILED, USER_NOT_FOUND or an undocumented value as received) for an update with a
/// result, else UNKNOWN, NEEDS_ATTENTION, QUEUED (never sent), WAITING (for a retry), SENDING,
/// SUPERSEDED or RESOLVED.
QString outcomeName(const Core::OutboxEntry &entry);
/// Returns the message that explains the outcome, including the messages of failed cards.
QString outcomeMessage(const Core::OutboxEntry &entry);
/// Returns the messages of the cards Calven did not accept, one per card.
QStringList failedCardMessages(const Core::OutboxEntry &entry);
/// Returns "updateId  user  outcome  message", the line push prints per update.
QString updateLine(const Core::OutboxEntry &entry);
/// Returns "updateId  time  user  outcome  message", the line failures prints per failure.
QString failureLine(const Core::OutboxEntry &entry);
QJsonObject entryJson(const Core::OutboxEntry &entry);

} // namespace CardDesk::Cli::Presentation
