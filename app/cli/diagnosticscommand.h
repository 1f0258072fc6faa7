// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandcontext.h"

#include <optional>

namespace CardDesk::Cli {

/// Runs "diagnostics --output FILE": writes versions, the TLS backend, every saved profile (and the
/// one the options describe), the outbox counts and the data folder's recent log lines to FILE.
/// secret, when set, is masked wherever it appears.
int runDiagnostics(const CommandContext &context, const std::optional<QString> &secret);

} // namespace CardDesk::Cli
