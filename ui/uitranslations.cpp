// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace CardDesk::Ui {

Q_LOGGING_CATEGORY(lcTranslations, "carddesk.ui.translations")

bool installTranslators(QCoreApplication *application, const QLocale &locale)
{
    auto *qtTranslator = new QTranslator(application);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto *translator = new QTranslator(application);
    if (!translator->load(locale, u"carddesk"_s, u"_"_s, u":/i18n"_s)) {
        qCDebug(lcTranslations) << "no CardDesk translation for" << locale.name();
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    qCInfo(lcTranslations) << "CardDesk translation installed for" << locale.name();
    return true;
}

} // namespace CardDesk::Ui
