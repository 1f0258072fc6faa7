// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

using namespace Qt::StringLiterals;

namespace CardDesk::Ui {

QIcon themedIcon(const QString &themeName, const QString &fallbackName)
{
    return QIcon::fromTheme(themeName, QIcon(QString(u":/icons/"_s + fallbackName + u".svg"_s)));
}

} // namespace CardDesk::Ui
