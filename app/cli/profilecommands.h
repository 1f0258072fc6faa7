// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandcontext.h"

#include <memory>
#include <optional>

class QSettings;

namespace CardDesk::Cli {

/// Input settings of "profiles add", which reads the API secret.
struct ProfileInput
{
    bool stdinIsTerminal = false; ///< Prompt without echo; otherwise read the first line of stdin.
};

/// Runs "profiles" (list), "profiles add NAME" or "profiles remove PROFILE". Waits for the keychain.
int runProfiles(const CommandContext &context, const ProfileInput &input);

/// Returns the desktop app's settings, so that both programs see the same profiles.
std::unique_ptr<QSettings> sharedSettings();

/// Reads the secret that "profiles add" stored for the profile's key. Returns nullopt when there is
/// none, and also sets error when the keychain failed.
std::optional<QString> readStoredSecret(const Net::Profile &profile, QString *error);

} // namespace CardDesk::Cli
