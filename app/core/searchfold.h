// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace CardDesk::Core {

/// Returns text in the form search compares: compatibility-decomposed (NFKD), full case-folded
/// code point by code point, and without non-spacing marks (accents), also outside the Basic
/// Multilingual Plane. Final sigma folds to sigma. So "jose" finds "José" and "Jose\u0301",
/// "strasse" finds "Straße", "fi" finds "ﬁ" and "αι" finds "ᾳ". Apply it to both the query and
/// the data.
QString foldForSearch(QStringView text);

} // namespace CardDesk::Core
