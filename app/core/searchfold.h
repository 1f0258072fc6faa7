// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace CardDesk::Core {

/// Returns text in the form search compares: compatibility-decomposed, without non-spacing marks
/// (accents), and case-folded, with "ß" folded to "ss" as full case folding does. So "jose" finds
/// "José", "strasse" finds "Straße" and "ﬁ" finds "fi". Apply it to both the query and the data.
QString foldForSearch(QStringView text);

} // namespace CardDesk::Core
