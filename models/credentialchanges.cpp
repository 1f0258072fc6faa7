// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialchanges.h"

#include "core/cardformat.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace CardDesk::Models {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("CardDesk::Models", text);
}

const Core::Credential *findSameCard(const QList<Core::Credential> &cards, const Core::Credential &card)
{
    for (const Core::Credential &candidate : cards) {
        if (candidate.isSameCard(card))
            return &candidate;
    }
    return nullptr;
}

ChangeState stateAgainst(const Core::Credential *confirmed, const Core::Credential &edited)
{
    if (!confirmed)
        return ChangeState::Added;
    if (*confirmed == edited)
        return ChangeState::Unchanged;
    if (confirmed->active && !edited.active) {
        Core::Credential reactivated = edited;
        reactivated.active = true;
        // Only the active flag differs; anything else changed too counts as a change.
        return reactivated == *confirmed ? ChangeState::Deactivated : ChangeState::Changed;
    }
    return ChangeState::Changed;
}

QString formatName(const QString &formatId)
{
    const Core::CardFormat *format = Core::findCardFormat(formatId);
    return format ? format->displayName() : formatId;
}

QString cardText(const Core::Credential &card)
{
    return QString(formatName(card.formatId) + u' ' + card.displayNumber());
}

/// Lists the fields that differ between two versions of one card, as "field old → new".
QStringList changedFields(const Core::Credential &before, const Core::Credential &after)
{
    QStringList fields;
    const auto add = [&fields](const char *field, const QString &from, const QString &to) {
        if (from != to)
            fields.append(translated(field) + u' ' + from + u" → " + to);
    };
    add(QT_TRANSLATE_NOOP("CardDesk::Models", "format"), formatName(before.formatId),
        formatName(after.formatId));
    add(QT_TRANSLATE_NOOP("CardDesk::Models", "credentialType"), before.credentialType, after.credentialType);
    add(QT_TRANSLATE_NOOP("CardDesk::Models", "scanData"), before.scanData.join(u", "),
        after.scanData.join(u", "));
    if (before.active != after.active) {
        fields.append(after.active ? translated(QT_TRANSLATE_NOOP("CardDesk::Models", "reactivated"))
                                   : translated(QT_TRANSLATE_NOOP("CardDesk::Models", "deactivated")));
    }
    return fields;
}

} // namespace

QStringList describeChanges(const QList<Core::Credential> &confirmed, const QList<CardChange> &changes)
{
    QStringList lines;
    for (const CardChange &change : changes) {
        const Core::Credential &card = change.credential;
        switch (change.state) {
        case ChangeState::Unchanged:
            break;
        case ChangeState::Added:
            lines.append(translated(QT_TRANSLATE_NOOP("CardDesk::Models", "Added: %1")).arg(cardText(card)));
            break;
        case ChangeState::Deactivated:
            lines.append(
                translated(QT_TRANSLATE_NOOP("CardDesk::Models", "Deactivated: %1")).arg(cardText(card)));
            break;
        case ChangeState::Changed: {
            const Core::Credential *before = findSameCard(confirmed, card);
            const QStringList fields = before ? changedFields(*before, card) : QStringList();
            lines.append(translated(QT_TRANSLATE_NOOP("CardDesk::Models", "Changed: %1 (%2)"))
                             .arg(cardText(card), fields.join(u"; ")));
            break;
        }
        }
    }
    return lines;
}

QStringList describeCardSetHistory(const QList<Core::Credential> &before,
                                   const QList<Core::Credential> &after)
{
    QStringList lines;
    QStringList unchanged;
    for (const CardChange &change : compareCardSets(before, after)) {
        const Core::Credential &card = change.credential;
        const Core::Credential *previous = findSameCard(before, card);
        if (!findSameCard(after, card)) {
            // compareCardSets() appends each card of before that after lacks, set inactive.
            lines.append(
                translated(QT_TRANSLATE_NOOP("CardDesk::Models", "Removed: %1")).arg(cardText(card)));
        } else if (change.state == ChangeState::Unchanged) {
            const char *text = card.active
                                   ? QT_TRANSLATE_NOOP("CardDesk::Models", "Unchanged: %1")
                                   : QT_TRANSLATE_NOOP("CardDesk::Models", "Unchanged: %1 (inactive)");
            unchanged.append(translated(text).arg(cardText(card)));
        } else if (change.state == ChangeState::Changed && previous && !previous->active && card.active &&
                   changedFields(*previous, card).size() == 1) {
            lines.append(
                translated(QT_TRANSLATE_NOOP("CardDesk::Models", "Reactivated: %1")).arg(cardText(card)));
        } else {
            lines.append(describeChanges(before, {change}));
        }
    }
    return lines + unchanged;
}

bool containsSameCard(const QList<Core::Credential> &cards, const Core::Credential &card)
{
    return findSameCard(cards, card) != nullptr;
}

QList<CardChange> compareCardSets(const QList<Core::Credential> &confirmed,
                                  const QList<Core::Credential> &edited,
                                  const QList<Core::Credential> &mayHold)
{
    const auto mayBeActive = [&mayHold](const Core::Credential &card) {
        return std::any_of(mayHold.cbegin(), mayHold.cend(), [&card](const Core::Credential &held) {
            return held.active && held.isSameCard(card);
        });
    };

    QList<CardChange> changes;
    changes.reserve(edited.size() + confirmed.size() + mayHold.size());
    for (const Core::Credential &card : edited) {
        const Core::Credential *before = findSameCard(confirmed, card);
        // An unconfirmed card that Calven may hold active and that now goes out inactive is a
        // deactivation, not an addition.
        if (!before && !card.active && mayBeActive(card))
            changes.append({card, ChangeState::Deactivated});
        else
            changes.append({card, stateAgainst(before, card)});
    }
    QList<Core::Credential> removedCards;
    for (const QList<Core::Credential> *source : {&confirmed, &mayHold}) {
        for (const Core::Credential &card : *source) {
            if (findSameCard(edited, card) || findSameCard(removedCards, card))
                continue;
            removedCards.append(card);
            Core::Credential removed = card;
            removed.active = false;
            const bool wasActive = card.active || mayBeActive(card);
            changes.append({removed, wasActive ? ChangeState::Deactivated : ChangeState::Unchanged});
        }
    }
    return changes;
}

ChangeCounts countChanges(const QList<CardChange> &changes)
{
    ChangeCounts counts;
    for (const CardChange &change : changes) {
        switch (change.state) {
        case ChangeState::Added:
            ++counts.added;
            break;
        case ChangeState::Changed:
            ++counts.changed;
            break;
        case ChangeState::Deactivated:
            ++counts.deactivated;
            break;
        case ChangeState::Unchanged:
            break;
        }
    }
    return counts;
}

QString changeSummary(const ChangeCounts &counts)
{
    if (counts.isEmpty())
        return translated(QT_TRANSLATE_NOOP("CardDesk::Models", "No pending changes"));

    // The first part names the noun ("1 card added"), later parts only the verb ("1 deactivated").
    QStringList parts;
    const auto addPart = [&parts](int count, const char *firstOne, const char *firstMany,
                                  const char *laterText) {
        if (count == 0)
            return;
        if (parts.isEmpty())
            parts.append(translated(count == 1 ? firstOne : firstMany).arg(count));
        else
            parts.append(translated(laterText).arg(count));
    };
    addPart(counts.added, QT_TRANSLATE_NOOP("CardDesk::Models", "%1 card added"),
            QT_TRANSLATE_NOOP("CardDesk::Models", "%1 cards added"),
            QT_TRANSLATE_NOOP("CardDesk::Models", "%1 added"));
    addPart(counts.changed, QT_TRANSLATE_NOOP("CardDesk::Models", "%1 card changed"),
            QT_TRANSLATE_NOOP("CardDesk::Models", "%1 cards changed"),
            QT_TRANSLATE_NOOP("CardDesk::Models", "%1 changed"));
    addPart(counts.deactivated, QT_TRANSLATE_NOOP("CardDesk::Models", "%1 card deactivated"),
            QT_TRANSLATE_NOOP("CardDesk::Models", "%1 cards deactivated"),
            QT_TRANSLATE_NOOP("CardDesk::Models", "%1 deactivated"));
    return parts.join(translated(QT_TRANSLATE_NOOP("CardDesk::Models", ", ")));
}

QString changeStateLabel(ChangeState state)
{
    switch (state) {
    case ChangeState::Unchanged:
        return translated(QT_TRANSLATE_NOOP("CardDesk::Models", "Unchanged"));
    case ChangeState::Added:
        return translated(QT_TRANSLATE_NOOP("CardDesk::Models", "Added"));
    case ChangeState::Changed:
        return translated(QT_TRANSLATE_NOOP("CardDesk::Models", "Changed"));
    case ChangeState::Deactivated:
        return translated(QT_TRANSLATE_NOOP("CardDesk::Models", "Deactivated"));
    }
    return {};
}

} // namespace CardDesk::Models
