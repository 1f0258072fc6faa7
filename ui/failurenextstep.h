// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cardvalidation.h"
#include "core/directoryuser.h"
#include "core/outboxentry.h"

#include <optional>

namespace CardDesk::Ui {

/// A card of a failed update and another user whose intended set contains it as active.
struct CardHolding
{
    Core::Credential card;
    Core::CardHolder holder;
};

/// Context the failure detail pane shows beside the entry itself. The application fills it from
/// the store and the directory when a row is selected, and every part may be empty.
struct FailureContext
{
    std::optional<Core::OutboxEntry> detailed;           ///< The entry read again with its bodies.
    QList<Core::OutboxEntry> retryChain;                 ///< Linked retries, oldest first.
    std::optional<QList<Core::Credential>> currentCards; ///< The user's intended set; nullopt: none stored.
    QList<Core::DirectoryUser> similarUsers;             ///< Directory users with similar emails.
    QList<CardHolding> holders;                          ///< Cards of the entry that others hold.
};

/// The next step the detail pane suggests for a failure, with the buttons that start it.
struct FailureNextStep
{
    enum class Action
    {
        OpenUser,    ///< Open userId on the Users page.
        OpenDecoder, ///< Open the decoder for card, to read it again.
        EditAndRetry ///< Open the failed update's user to correct the cards.
    };
    struct Button
    {
        QString label;
        Action action = Action::EditAndRetry;
        QString userId;
        Core::Credential card;
    };

    QString text;
    QList<Button> buttons;
};

/// Returns the suggested step for a failure. A user Calven did not find gets directory users with
/// similar emails, and a card that another user has gets that holder. A card Calven rejected as
/// invalid gets the decoder. Every other failure gets advice by result.
FailureNextStep suggestNextStep(const Core::OutboxEntry &entry, const FailureContext &context);

/// Returns true when a card result message reports an invalid card number or format.
bool isInvalidCardMessage(const QString &message);

} // namespace CardDesk::Ui
