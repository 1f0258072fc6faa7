// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchfold.h"

#include <QChar>
#include <QStringView>

namespace CardDesk::Core {

namespace {

// Appends the full case folding of code point, without its non-spacing marks. Handles the
// mappings of Unicode's CaseFolding.txt with status F that remain after NFKD, which
// QChar::toCaseFolded() (simple folding) misses, and final sigma, which search treats as sigma.
// NFKD already turned ligatures such as U+FB01 into their letters, and U+0130 into "I" plus
// U+0307, whose mark is dropped here.
void appendFolded(char32_t codePoint, QString &out)
{
    switch (codePoint) {
    case 0x00DF: // LATIN SMALL LETTER SHARP S
    case 0x1E9E: // LATIN CAPITAL LETTER SHARP S
        out.append(u"ss");
        return;
    case 0x0345: // COMBINING GREEK YPOGEGRAMMENI, the iota subscript of NFKD-decomposed Greek
        out.append(QChar(0x03B9));
        return;
    case 0x03C2: // GREEK SMALL LETTER FINAL SIGMA
        out.append(QChar(0x03C3));
        return;
    default:
        break;
    }
    if (QChar::category(codePoint) == QChar::Mark_NonSpacing)
        return;
    const char32_t folded = QChar::toCaseFolded(codePoint);
    if (QChar::requiresSurrogates(folded)) {
        out.append(QChar(QChar::highSurrogate(folded)));
        out.append(QChar(QChar::lowSurrogate(folded)));
    } else {
        out.append(QChar(char16_t(folded)));
    }
}

} // namespace

QString foldForSearch(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size() + 8);
    const QChar *const end = decomposed.constData() + decomposed.size();
    for (const QChar *it = decomposed.constData(); it != end; ++it) {
        char32_t codePoint = it->unicode();
        // A lone surrogate is kept as it is, as QString::toCaseFolded() keeps it.
        if (it->isHighSurrogate() && it + 1 != end && (it + 1)->isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(*it, *(it + 1));
            ++it;
        }
        appendFolded(codePoint, folded);
    }
    return folded;
}

} // namespace CardDesk::Core
