// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/credential.h"

#include <QList>
#include <QString>

namespace CardDesk::Models {

/// The difference between one card of an edited set and the set Calven last confirmed for the user.
enum class ChangeState
{
    Unchanged,
    Added,       ///< Not in the confirmed set.
    Changed,     ///< Same card number and facility code, other fields differ.
    Deactivated, ///< Active in the confirmed set, inactive now.
};

/// One card of an edited set together with its change state.
struct CardChange
{
    Core::Credential credential;
    ChangeState state = ChangeState::Unchanged;
};

struct ChangeCounts
{
    int added = 0;
    int changed = 0;
    int deactivated = 0;

    bool isEmpty() const { return added == 0 && changed == 0 && deactivated == 0; }
    friend bool operator==(const ChangeCounts &, const ChangeCounts &) = default;
};

/// Compares an edited card set with the confirmed one. Cards are matched with
/// Credential::isSameCard(). A card of the confirmed set or of mayHold that is missing from the
/// edited set is appended as inactive, because Calven is sent the complete set and a removed card
/// must go out with active set to false.
///
/// mayHold lists the cards Calven may hold although it has not confirmed them, such as cards of
/// the intended set or of an update in flight or with an unknown outcome. Such a card shows as
/// Deactivated when it goes out inactive and any version of it in mayHold is active.
QList<CardChange> compareCardSets(const QList<Core::Credential> &confirmed,
                                  const QList<Core::Credential> &edited,
                                  const QList<Core::Credential> &mayHold = {});

/// Returns whether cards contains a card that isSameCard() as card.
bool containsSameCard(const QList<Core::Credential> &cards, const Core::Credential &card);

ChangeCounts countChanges(const QList<CardChange> &changes);

/// Returns a translated plain-language summary such as "1 card added, 1 deactivated", or
/// "No pending changes" when counts is empty.
QString changeSummary(const ChangeCounts &counts);

/// Returns one translated line per added, changed or deactivated card, such as
/// "Added: HID H10301 26-bit 202:2000" or
/// "Changed: HID H10301 26-bit 202:2000 (credentialType HID Prox → iCLASS)",
/// in the order of changes. Unchanged cards are left out.
QStringList describeChanges(const QList<Core::Credential> &confirmed, const QList<CardChange> &changes);

/// Returns one translated line per card of two stored versions of a card set, for histories such
/// as the audit log. The lines read "Added: …", "Removed: …" (missing from after), "Deactivated: …",
/// "Reactivated: …" and "Changed: … (fields)", followed by "Unchanged: …" lines. Cards are matched
/// and compared as in compareCardSets(), and changed fields read as in describeChanges().
QStringList describeCardSetHistory(const QList<Core::Credential> &before,
                                   const QList<Core::Credential> &after);

/// Returns the translated label of a change state for tables.
QString changeStateLabel(ChangeState state);

} // namespace CardDesk::Models
