// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CardDesk::Ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    resize(640, 640);

    auto *intro = new QLabel(tr("The credentialType sent to Calven for each card format. Change a value "
                                "only when your Calven tenant expects another name; a blank value "
                                "uses the default."),
                             this);
    intro->setWordWrap(true);

    const auto formats = Core::cardFormats();
    m_table = new QTableWidget(int(formats.size()), ColumnCount, this);
    m_table->setObjectName(u"credentialTypesTableWidget"_s);
    m_table->setHorizontalHeaderLabels({tr("Card format"), tr("Default"), tr("credentialType sent")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("credentialType per card format"));
    for (int row = 0; row < int(formats.size()); ++row) {
        const Core::CardFormat &format = formats[row];
        auto *name = new QTableWidgetItem(format.displayName());
        name->setData(Qt::UserRole, format.id.toString());
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        auto *fallback = new QTableWidgetItem(format.defaultCredentialType.toString());
        fallback->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, FormatColumn, name);
        m_table->setItem(row, DefaultColumn, fallback);
        m_table->setItem(row, CredentialTypeColumn,
                         new QTableWidgetItem(format.defaultCredentialType.toString()));
    }
    m_table->setCurrentCell(0, CredentialTypeColumn);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *restore = buttons->addButton(tr("&Restore defaults"), QDialogButtonBox::ResetRole);
    restore->setObjectName(u"restoreDefaultsButton"_s);
    connect(restore, &QPushButton::clicked, this, &SettingsDialog::restoreDefaults);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(createSendingGroup());
    layout->addWidget(buttons);
}

namespace {

QSpinBox *makeLimitSpinBox(const Core::SendingLimit &limit, const QString &objectName, QWidget *parent)
{
    auto *spinBox = new QSpinBox(parent);
    spinBox->setObjectName(objectName);
    spinBox->setRange(limit.minimum, limit.maximum);
    spinBox->setValue(limit.defaultValue);
    return spinBox;
}

} // namespace

QWidget *SettingsDialog::createSendingGroup()
{
    auto *group = new QGroupBox(tr("Sending to Calven"), this);
    m_batchSizeSpinBox = makeLimitSpinBox(Core::BatchSizeLimit, u"batchSizeSpinBox"_s, group);
    m_batchSizeSpinBox->setSuffix(tr(" users"));
    m_batchSizeSpinBox->setToolTip(
        tr("User updates in one request, %1 to %2. Calven accepts at most 100 per request.")
            .arg(Core::BatchSizeLimit.minimum)
            .arg(Core::BatchSizeLimit.maximum));
    m_maxInFlightSpinBox = makeLimitSpinBox(Core::MaxInFlightLimit, u"maxInFlightSpinBox"_s, group);
    m_maxInFlightSpinBox->setToolTip(tr("Requests sent at the same time, %1 to %2.")
                                         .arg(Core::MaxInFlightLimit.minimum)
                                         .arg(Core::MaxInFlightLimit.maximum));
    m_maxAttemptsSpinBox = makeLimitSpinBox(Core::MaxAttemptsLimit, u"maxAttemptsSpinBox"_s, group);
    m_maxAttemptsSpinBox->setToolTip(
        tr("Attempts that may reach Calven before an update is listed as needing attention, %1 to %2. "
           "Attempts that fail while offline do not count.")
            .arg(Core::MaxAttemptsLimit.minimum)
            .arg(Core::MaxAttemptsLimit.maximum));
    auto *note = new QLabel(tr("Changes apply the next time CardDesk connects to a profile: at start, "
                               "after signing in again or after switching profiles."),
                            group);
    note->setWordWrap(true);

    auto *form = new QFormLayout(group);
    form->addRow(tr("&Batch size:"), m_batchSizeSpinBox);
    form->addRow(tr("Requests in &flight:"), m_maxInFlightSpinBox);
    form->addRow(tr("&Attempts per update:"), m_maxAttemptsSpinBox);
    form->addRow(note);
    return group;
}

void SettingsDialog::setSendingSettings(const SendingSettings &sending)
{
    m_batchSizeSpinBox->setValue(sending.batchSize);
    m_maxInFlightSpinBox->setValue(sending.maxInFlight);
    m_maxAttemptsSpinBox->setValue(sending.maxAttempts);
}

SendingSettings SettingsDialog::sendingSettings() const
{
    SendingSettings sending;
    sending.batchSize = m_batchSizeSpinBox->value();
    sending.maxInFlight = m_maxInFlightSpinBox->value();
    sending.maxAttempts = m_maxAttemptsSpinBox->value();
    return sending;
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setCredentialTypeMap(const Core::CredentialTypeMap &typeMap)
{
    m_original = typeMap;
    const auto formats = Core::cardFormats();
    for (int row = 0; row < int(formats.size()); ++row)
        m_table->item(row, CredentialTypeColumn)->setText(typeMap.credentialType(formats[row]));
}

Core::CredentialTypeMap SettingsDialog::credentialTypeMap() const
{
    // Start from the original so overrides for format ids this version does not know survive.
    Core::CredentialTypeMap typeMap = m_original;
    const auto formats = Core::cardFormats();
    for (int row = 0; row < int(formats.size()); ++row) {
        const QString id = formats[row].id.toString();
        const QString value = m_table->item(row, CredentialTypeColumn)->text().trimmed();
        if (value.isEmpty() || value == formats[row].defaultCredentialType)
            typeMap.removeOverride(id);
        else
            typeMap.setOverride(id, value);
    }
    return typeMap;
}

int SettingsDialog::rowOfFormat(QStringView formatId) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, FormatColumn)->data(Qt::UserRole).toString() == formatId)
            return row;
    }
    return -1;
}

void SettingsDialog::setCredentialType(int row, const QString &credentialType)
{
    m_table->item(row, CredentialTypeColumn)->setText(credentialType);
}

void SettingsDialog::restoreDefaults()
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        m_table->item(row, CredentialTypeColumn)->setText(m_table->item(row, DefaultColumn)->text());
    setSendingSettings(SendingSettings());
}

} // namespace CardDesk::Ui
