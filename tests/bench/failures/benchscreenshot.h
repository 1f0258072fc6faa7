// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace CardDesk::Bench {

/// Renders a busy failure inbox to path: two weeks of failures in a temporary SQLite outbox, shown
/// by FailuresPage and FailureInboxController as in the app, with one failure selected. Returns
/// the process exit code.
int saveFailureInboxScreenshot(const QString &path);

} // namespace CardDesk::Bench
