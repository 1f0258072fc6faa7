// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>
#include <QStringView>

#include <span>

namespace CardDesk::Sim {

/// One given or family name in its own script, with the lower-case ASCII form used for
/// email addresses (a common transliteration, with spaces and apostrophes removed).
struct NamePart
{
    QStringView native;
    QLatin1StringView ascii;
};

/// Names of one language, used together so a generated person has a plausible full name.
struct NameCulture
{
    QLatin1StringView language; ///< BCP 47 language tag, such as "de" or "zh".
    int weight;                 ///< Relative share of generated users.
    std::span<const NamePart> givenNames;
    std::span<const NamePart> familyNames; ///< Empty where people commonly have a single name.
};

/// Returns the built-in name catalogue: Latin with diacritics, Cyrillic, Greek, Arabic, Hebrew,
/// Chinese, Japanese, Korean, Devanagari, Bengali, Tamil, Thai, Georgian, Armenian and Ethiopic.
std::span<const NameCulture> nameCultures();

} // namespace CardDesk::Sim
