// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sendinglimits.h"

#include <QStringView>

class QSettings;

namespace CardDesk::Ui {

/// QSettings keys of the sending options. carddesk-cli takes the same options on its command line.
inline constexpr QStringView BatchSizeSettingsKey = u"sending/batchSize";
inline constexpr QStringView MaxInFlightSettingsKey = u"sending/maxInFlight";
inline constexpr QStringView MaxAttemptsSettingsKey = u"sending/maxAttempts";

/// Options of the desktop app for sending updates to Calven, each within its Core::SendingLimit.
struct SendingSettings
{
    int batchSize = Core::BatchSizeLimit.defaultValue;     ///< User updates per request.
    int maxInFlight = Core::MaxInFlightLimit.defaultValue; ///< Requests sent at the same time.
    /// Attempts that may reach Calven before an update needs an operator's attention.
    int maxAttempts = Core::MaxAttemptsLimit.defaultValue;

    friend bool operator==(const SendingSettings &, const SendingSettings &) = default;
};

/// Reads the sending options. A missing value, or one that is not a number within its limit (such
/// as from an edited settings file), is the default. Returns the defaults when settings is null.
SendingSettings loadSendingSettings(const QSettings *settings);
/// Writes the sending options. A value equal to its default removes the key.
void saveSendingSettings(QSettings *settings, const SendingSettings &sending);

} // namespace CardDesk::Ui
