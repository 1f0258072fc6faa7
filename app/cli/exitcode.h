// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace CardDesk::Cli {

/// Process exit codes of carddesk-cli. Scripts depend on these numbers, so they never change.
enum ExitCode : int
{
    ExitSuccess = 0,      ///< Everything the command was asked to do succeeded.
    ExitUpdateFailed = 1, ///< At least one update failed, has an unknown outcome or waits for a retry.
    ExitUsage = 2,        ///< A bad option, a missing argument or an unknown command.
    ExitInvalidInput = 3, ///< Card input failed validation, or the user was not found or is ambiguous.
    ExitNetwork = 4,      ///< The secret is missing or rejected, or no request got a usable answer.
    ExitLocalData = 5,    ///< The local database could not be opened, read or written.
    /// users refresh reached Calven, but the response was an HTTP error or could not be read.
    ExitServerResponse = 6,
    /// push was stopped with Ctrl+C (SIGINT); the shell's code for a SIGINT, 128 + 2.
    ExitInterrupted = 130,
};

} // namespace CardDesk::Cli
