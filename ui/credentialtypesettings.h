// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cardformat.h"

#include <QString>

class QSettings;

namespace CardDesk::Ui {

/// QSettings key of the credentialType overrides, a map of format id to credentialType. The
/// desktop app and carddesk-cli share the settings organisation and application name, so both
/// can read this key.
inline constexpr QStringView CredentialTypeSettingsKey = u"cards/credentialTypes";
/// QSettings key of the format id the operator chose last in the card dialog.
inline constexpr QStringView LastCardFormatSettingsKey = u"cards/lastFormat";

/// Reads the credentialType overrides; returns the catalogue defaults when settings is null.
Core::CredentialTypeMap loadCredentialTypeMap(const QSettings *settings);
/// Writes the overrides, or removes the key when there are none.
void saveCredentialTypeMap(QSettings *settings, const Core::CredentialTypeMap &typeMap);

/// Returns the format id chosen last, or an empty string.
QString loadLastCardFormat(const QSettings *settings);
void saveLastCardFormat(QSettings *settings, const QString &formatId);

} // namespace CardDesk::Ui
