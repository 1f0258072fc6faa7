// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace CardDesk::Ui {

/// Returns the desktop theme's icon called themeName, or CardDesk's own SVG
/// ":/icons/<fallbackName>.svg" where the theme has none (Windows, macOS, bare Linux sessions).
QIcon themedIcon(const QString &themeName, const QString &fallbackName);

} // namespace CardDesk::Ui
