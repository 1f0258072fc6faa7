// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "failurenextstep.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace CardDesk::Ui {

namespace {

// Gives the free functions below the translation context CardDesk::Ui::FailureNextStep, at run time and for
// lupdate, which files unqualified Text::tr() calls in a namespace under the namespace instead.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(CardDesk::Ui::FailureNextStep)
};

QString userLabel(const Core::OutboxEntry &entry)
{
    return entry.username.isEmpty() ? entry.userId : entry.username;
}

FailureNextStep::Button editButton(const Core::OutboxEntry &entry)
{
    return {Text::tr("Edit and retry"), FailureNextStep::Action::EditAndRetry, entry.userId, {}};
}

std::optional<FailureNextStep> userNotFoundStep(const Core::OutboxEntry &entry, const FailureContext &context)
{
    if (entry.result.code != Core::ResultCode::UserNotFound)
        return std::nullopt;
    FailureNextStep step;
    if (context.similarUsers.isEmpty()) {
        step.text =
            Text::tr("Calven has no user %1, and the directory has no user with a similar email. Check "
                     "the spelling with the employee, refresh the directory, or resolve the failure "
                     "with a note if the person has left.")
                .arg(userLabel(entry));
        return step;
    }
    step.text = Text::tr("Calven has no user %1. The directory has users with similar emails: if one of them "
                         "is the person, open that user and give them the cards.")
                    .arg(userLabel(entry));
    for (const Core::DirectoryUser &user : context.similarUsers) {
        const QString name = user.displayName();
        const QString email = user.credentialUsername();
        const QString label = name == email ? email : Text::tr("%1 (%2)").arg(email, name);
        step.buttons.append({label, FailureNextStep::Action::OpenUser, user.userId, {}});
    }
    return step;
}

std::optional<FailureNextStep> heldCardStep(const Core::OutboxEntry &entry, const FailureContext &context)
{
    QStringList lines;
    FailureNextStep step;
    for (const CardHolding &holding : context.holders) {
        if (holding.holder.userId == entry.userId)
            continue;
        lines.append(
            Text::tr("Card %1 is held by %2 (%3).")
                .arg(holding.card.displayNumber(), holding.holder.displayName, holding.holder.userId));
        step.buttons.append({Text::tr("Open %1").arg(holding.holder.displayName),
                             FailureNextStep::Action::OpenUser, holding.holder.userId, holding.card});
    }
    if (lines.isEmpty())
        return std::nullopt;
    lines.append(
        Text::tr("Remove the card from that user first if it was handed over, or give %1 another card, "
                 "then retry.")
            .arg(userLabel(entry)));
    step.text = lines.join(u'\n');
    step.buttons.append(editButton(entry));
    return step;
}

std::optional<FailureNextStep> invalidCardStep(const Core::OutboxEntry &entry)
{
    FailureNextStep step;
    QStringList numbers;
    for (const Core::CardResult &result : entry.result.cards) {
        if (!isInvalidCardMessage(result.message))
            continue;
        Core::Credential card;
        card.cardNumber = result.cardNumber;
        card.facilityCode = result.facilityCode;
        for (const Core::Credential &sent : entry.credentials) {
            if (sent.isSameCard(card))
                card = sent;
        }
        numbers.append(card.displayNumber());
        step.buttons.append({Text::tr("Decode %1").arg(card.displayNumber()),
                             FailureNextStep::Action::OpenDecoder, entry.userId, card});
    }
    if (numbers.isEmpty())
        return std::nullopt;
    step.text = Text::tr("Calven rejected card %1 as invalid. Read the card again and decode the raw read to "
                         "find its format, facility code and number.")
                    .arg(numbers.join(u", "_s));
    return step;
}

FailureNextStep adviceByResult(const Core::OutboxEntry &entry)
{
    FailureNextStep step;
    switch (entry.result.code) {
    case Core::ResultCode::PartialUpdate:
        step.text = Text::tr("Some cards were applied and some were not. See the card results, correct the "
                             "cards that failed and send the set again.");
        break;
    case Core::ResultCode::CardUpdateFailed:
        step.text = Text::tr("Calven did not apply the cards. See the card results and the response, correct "
                             "the cards and send the set again.");
        break;
    case Core::ResultCode::UnrecognisedValue:
        step.text =
            Text::tr("Calven returned the result \"%1\", which CardDesk does not know. Check the user's "
                     "cards in Calven before you retry.")
                .arg(entry.result.rawResult);
        break;
    default:
        step.text =
            Text::tr("No result could be read, so Calven may or may not have applied the cards. Check "
                     "them in Calven, then retry or resolve with a note.");
        break;
    }
    step.buttons.append(editButton(entry));
    return step;
}

} // namespace

bool isInvalidCardMessage(const QString &message)
{
    static const QRegularExpression invalid(
        u"\\binvalid\\b|\\bnot valid\\b|\\bmalformed\\b|\\bout of range\\b|\\bunknown (card )?format\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    return invalid.match(message).hasMatch();
}

FailureNextStep suggestNextStep(const Core::OutboxEntry &entry, const FailureContext &context)
{
    if (auto step = userNotFoundStep(entry, context))
        return *step;
    if (auto step = heldCardStep(entry, context))
        return *step;
    if (auto step = invalidCardStep(entry))
        return *step;
    return adviceByResult(entry);
}

} // namespace CardDesk::Ui
