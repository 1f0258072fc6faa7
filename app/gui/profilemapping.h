// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/profile.h"
#include "ui/profileentry.h"

namespace CardDesk::Gui {

/// Converts between the stored profile and what the profile editor shows. Both directions keep every
/// field the editor has, so toEntry(fromEntry(entry, base)) == entry for an entry whose proxy fields
/// are empty unless the proxy is explicit. The transfer timeout is whole seconds in the editor.
Ui::ProfileEntry toEntry(const Net::Profile &profile);
/// Returns base with the edited fields of entry; the id and any field the editor lacks stay.
Net::Profile fromEntry(const Ui::ProfileEntry &entry, Net::Profile base);
Ui::ProfileSummary toSummary(const Net::Profile &profile);

Net::KeyUse keyUseOf(Ui::KeySlot slot);
/// Returns the key slots the profile uses: only Write for a profile with one key.
QList<Ui::KeySlot> keySlotsOf(const Net::Profile &profile);
bool hasSeparateKeys(const Net::Profile &profile);

} // namespace CardDesk::Gui
