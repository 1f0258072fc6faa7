// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

namespace CardDesk::Ui {

/// Installs CardDesk's translation for locale (built into the program from translations/) and
/// Qt's own qtbase translation from the Qt installation, when they exist. Returns true when
/// CardDesk's own translation was found; English needs none and returns false.
bool installTranslators(QCoreApplication *application, const QLocale &locale = QLocale());

} // namespace CardDesk::Ui
