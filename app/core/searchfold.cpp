// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchfold.h"

namespace CardDesk::Core {

QString foldForSearch(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString stripped;
    stripped.reserve(decomposed.size());
    for (const QChar character : decomposed) {
        if (character.category() != QChar::Mark_NonSpacing)
            stripped.append(character);
    }
    // QString::toCaseFolded() applies simple case folding, which keeps "ß" (and folds "ẞ" to it).
    QString folded = stripped.toCaseFolded();
    folded.replace(QChar(0x00DF), QStringLiteral("ss"));
    return folded;
}

} // namespace CardDesk::Core
