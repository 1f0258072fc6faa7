// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cardformat.h"
#include "sendingsettings.h"

#include <QDialog>

class QSpinBox;
class QTableWidget;

namespace CardDesk::Ui {

/// CardDesk settings: the credentialType Calven receives for each card format, and how updates
/// are sent. Calven does not document the allowed credentialType values, so a site may need its
/// own; each row shows the catalogue default and an editable value. "Restore defaults" sets every
/// row and every sending option back to its default.
///
/// Setters: setCredentialTypeMap(), setSendingSettings(). Results: credentialTypeMap() and
/// sendingSettings() after exec().
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    enum Column
    {
        FormatColumn,
        DefaultColumn,
        CredentialTypeColumn,
        ColumnCount
    };

    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void setCredentialTypeMap(const Core::CredentialTypeMap &typeMap);
    /// Returns the map as edited: a value equal to the default, or blank, is no override.
    Core::CredentialTypeMap credentialTypeMap() const;
    /// Returns the row of a format id, or -1.
    int rowOfFormat(QStringView formatId) const;
    /// Sets the edited credentialType of a row, as typing into the cell would.
    void setCredentialType(int row, const QString &credentialType);
    void setSendingSettings(const SendingSettings &sending);
    SendingSettings sendingSettings() const;
    void restoreDefaults();

private:
    QWidget *createSendingGroup();

    QTableWidget *m_table = nullptr;
    QSpinBox *m_batchSizeSpinBox = nullptr;
    QSpinBox *m_maxInFlightSpinBox = nullptr;
    QSpinBox *m_maxAttemptsSpinBox = nullptr;
    Core::CredentialTypeMap m_original;
};

} // namespace CardDesk::Ui
