// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialtypesettings.h"

#include <QSettings>

namespace CardDesk::Ui {

Core::CredentialTypeMap loadCredentialTypeMap(const QSettings *settings)
{
    if (!settings)
        return {};
    return Core::CredentialTypeMap::fromVariantMap(
        settings->value(CredentialTypeSettingsKey.toString()).toMap());
}

void saveCredentialTypeMap(QSettings *settings, const Core::CredentialTypeMap &typeMap)
{
    if (!settings)
        return;
    const QVariantMap map = typeMap.toVariantMap();
    if (map.isEmpty())
        settings->remove(CredentialTypeSettingsKey.toString());
    else
        settings->setValue(CredentialTypeSettingsKey.toString(), map);
}

QString loadLastCardFormat(const QSettings *settings)
{
    return settings ? settings->value(LastCardFormatSettingsKey.toString()).toString() : QString();
}

void saveLastCardFormat(QSettings *settings, const QString &formatId)
{
    if (settings)
        settings->setValue(LastCardFormatSettingsKey.toString(), formatId);
}

} // namespace CardDesk::Ui
