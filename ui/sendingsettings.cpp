// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendingsettings.h"

#include <QLoggingCategory>
#include <QSettings>

Q_LOGGING_CATEGORY(lcSendingSettings, "carddesk.ui.sendingsettings", QtInfoMsg)

namespace CardDesk::Ui {

namespace {

int readValue(const QSettings &settings, QStringView key, const Core::SendingLimit &limit)
{
    const QVariant stored = settings.value(key.toString());
    if (!stored.isValid())
        return limit.defaultValue;
    bool ok = false;
    const int value = stored.toInt(&ok);
    if (!ok || !limit.contains(value)) {
        qCWarning(lcSendingSettings).noquote()
            << "Ignoring the setting" << key << "=" << stored.toString() << "in" << settings.fileName()
            << "because it is not a number from" << limit.minimum << "to" << limit.maximum << "; using"
            << limit.defaultValue;
        return limit.defaultValue;
    }
    return value;
}

void writeValue(QSettings &settings, QStringView key, const Core::SendingLimit &limit, int value)
{
    if (value == limit.defaultValue)
        settings.remove(key.toString());
    else
        settings.setValue(key.toString(), value);
}

} // namespace

SendingSettings loadSendingSettings(const QSettings *settings)
{
    if (!settings)
        return {};
    SendingSettings sending;
    sending.batchSize = readValue(*settings, BatchSizeSettingsKey, Core::BatchSizeLimit);
    sending.maxInFlight = readValue(*settings, MaxInFlightSettingsKey, Core::MaxInFlightLimit);
    sending.maxAttempts = readValue(*settings, MaxAttemptsSettingsKey, Core::MaxAttemptsLimit);
    return sending;
}

void saveSendingSettings(QSettings *settings, const SendingSettings &sending)
{
    if (!settings)
        return;
    writeValue(*settings, BatchSizeSettingsKey, Core::BatchSizeLimit, sending.batchSize);
    writeValue(*settings, MaxInFlightSettingsKey, Core::MaxInFlightLimit, sending.maxInFlight);
    writeValue(*settings, MaxAttemptsSettingsKey, Core::MaxAttemptsLimit, sending.maxAttempts);
}

} // namespace CardDesk::Ui
