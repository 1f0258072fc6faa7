// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"
#include "userdirectory.h"

#include <optional>

namespace CardDesk::Sync {
class Workspace;
} // namespace CardDesk::Sync

namespace CardDesk::Cli {

class Output;

/// The inputs of every command: its parsed command line, the opened data folder and the output.
struct CommandContext
{
    const Invocation &invocation;
    Sync::Workspace &workspace;
    Output &output;
};

/// Loads the cached directory. On a database error reports it and sets exitCode.
std::optional<UserDirectory> loadUserDirectory(const CommandContext &context, int *exitCode);

/// Finds the USER argument in the directory. When it is missing or ambiguous, reports the
/// candidates and sets exitCode to ExitInvalidInput.
std::optional<Core::DirectoryUser> findUser(const CommandContext &context, const UserDirectory &directory,
                                            int *exitCode);

/// Returns the profile of --base-url, --auth, --region and --key-id. Reports a usage error and sets
/// exitCode when the key id is missing or the profile is invalid.
std::optional<Net::Profile> requireProfile(const CommandContext &context, int *exitCode);

/// Returns the profile id to filter lists by: the one of --base-url and --key-id, or empty (every
/// profile) when no key id was given.
QString profileFilter(const Invocation &invocation);

/// Command implementations that finish at once, without the network.
int runUsersSearch(const CommandContext &context);
int runCardsShow(const CommandContext &context);
int runCardsFormats(Output &output);
int runFailures(const CommandContext &context);
int runCardsAdd(const CommandContext &context);
int runCardsDeactivate(const CommandContext &context);
int runCardsEdit(const CommandContext &context);
int runCardsReplace(const CommandContext &context);
int runRetry(const CommandContext &context);
int runResolve(const CommandContext &context);
int runAudit(const CommandContext &context);

} // namespace CardDesk::Cli
