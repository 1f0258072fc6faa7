// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decoderdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CardDesk::Ui {

Q_LOGGING_CATEGORY(lcDecoder, "carddesk.ui.decoder")

DecoderDialog::DecoderDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"decoderDialog"_s);
    setWindowTitle(tr("Decode a card read"));
    resize(820, 460);

    m_input = new QLineEdit(this);
    m_input->setObjectName(u"rawReadLineEdit"_s);
    m_input->setPlaceholderText(tr("For example 0x1940887, 1940887/26, 0b0110…, E4 3A C9 D2 or 3536403172"));
    m_input->setClearButtonEnabled(true);
    m_bitLength = new QSpinBox(this);
    m_bitLength->setObjectName(u"bitLengthSpinBox"_s);
    m_bitLength->setRange(0, 64);
    m_bitLength->setSpecialValueText(tr("From the read"));
    m_bitLength->setSuffix(tr(" bits"));
    m_bitLength->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_bitLength->setToolTip(
        tr("The frame length in bits if the reader reported it; leave at \"From the read\" "
           "to use a length written with the value or to try every length."));

    auto *form = new QFormLayout;
    auto *inputLabel = new QLabel(tr("&Raw read:"), this);
    inputLabel->setBuddy(m_input);
    auto *lengthLabel = new QLabel(tr("&Bit length:"), this);
    lengthLabel->setBuddy(m_bitLength);
    form->addRow(inputLabel, m_input);
    form->addRow(lengthLabel, m_bitLength);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setObjectName(u"decoderErrorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #b3261e;"_s);
    m_errorLabel->hide();

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"candidatesTableWidget"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Format"), tr("Facility code"), tr("Card number"), tr("Parity"), tr("Read as"), tr("Held by")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Candidate formats"));

    m_serialLabel = new QLabel(this);
    m_serialLabel->setTextFormat(Qt::PlainText);
    m_serialLabel->setObjectName(u"serialReadingsLabel"_s);
    m_serialLabel->setWordWrap(true);
    m_serialLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_assignButton = m_buttons->addButton(tr("&Assign to user"), QDialogButtonBox::AcceptRole);
    m_assignButton->setObjectName(u"assignButton"_s);
    m_assignButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_serialLabel);
    layout->addWidget(m_buttons);

    connect(m_input, &QLineEdit::textChanged, this, &DecoderDialog::decode);
    connect(m_bitLength, &QSpinBox::valueChanged, this, &DecoderDialog::decode);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DecoderDialog::updateAssignButton);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (m_assignButton->isEnabled())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    decode();
}

DecoderDialog::~DecoderDialog() = default;

void DecoderDialog::setCredentialTypeMap(const Core::CredentialTypeMap &typeMap)
{
    m_typeMap = typeMap;
    decode();
}

void DecoderDialog::setHolderLookup(Core::CardHolderLookup lookup)
{
    m_lookup = std::move(lookup);
    decode();
}

void DecoderDialog::setTargetUser(const QString &userId, const QString &displayName)
{
    m_userId = userId;
    m_userName = displayName;
    m_assignButton->setText(displayName.isEmpty() ? tr("&Assign to user")
                                                  : tr("&Assign to %1").arg(displayName));
    updateAssignButton();
}

void DecoderDialog::setRawRead(const QString &text, int bitLength)
{
    const QSignalBlocker blocker(m_bitLength);
    m_bitLength->setValue(bitLength);
    m_input->setText(text);
    decode();
}

void DecoderDialog::decode()
{
    const int bitLength = m_bitLength->value();
    m_decoded = decodeRawRead(m_input->text(), bitLength);
    const bool typed = !m_input->text().trimmed().isEmpty();
    m_errorLabel->setText(typed ? m_decoded.error : QString());
    m_errorLabel->setVisible(typed && !m_decoded.error.isEmpty());
    m_credentials.clear();
    for (const DecoderCandidate &candidate : std::as_const(m_decoded.candidates)) {
        const Core::CredentialBuild build = Core::makeCredential(*candidate.format, candidate.facilityCode,
                                                                 candidate.cardNumber, true, m_typeMap);
        m_credentials.append(build.ok() ? std::optional(build.credential) : std::nullopt);
    }
    fillTable();
    showSerialReadings();
    qCDebug(lcDecoder) << "decoded a raw read into" << m_decoded.candidates.size() << "candidates";
}

void DecoderDialog::fillTable()
{
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_decoded.candidates.size()));
    for (int row = 0; row < m_decoded.candidates.size(); ++row) {
        const DecoderCandidate &candidate = m_decoded.candidates.at(row);
        const std::optional<Core::Credential> &card = m_credentials.at(row);
        const QString reading = QString(rawNotationLabel(candidate.notation) + u", "_s + candidate.reading);
        const QStringList cells = {candidate.format->displayName(),
                                   candidate.facilityCode,
                                   candidate.cardNumber,
                                   parityStatusLabel(candidate.parity),
                                   reading,
                                   card ? describeHolders(*card) : QString()};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            // A reading whose parity fails is shown, but dimmed, because a reader would reject it.
            if (candidate.parity == ParityStatus::Failed)
                item->setForeground(m_table->palette().brush(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, column, item);
        }
    }
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
    updateAssignButton();
}

QString DecoderDialog::describeHolders(const Core::Credential &card) const
{
    if (!m_lookup)
        return {};
    QStringList names;
    for (const Core::CardHolder &holder : m_lookup(card.cardNumber, card.facilityCode)) {
        names.append(holder.userId == m_userId ? tr("%1 (this user)").arg(holder.displayName)
                                               : holder.displayName);
    }
    return names.isEmpty() ? tr("nobody") : names.join(u", "_s);
}

void DecoderDialog::showSerialReadings()
{
    if (!m_decoded.serial) {
        m_serialLabel->clear();
        m_serialLabel->hide();
        return;
    }
    const SerialReadings &serial = *m_decoded.serial;
    m_serialLabel->setText(
        tr("Serial %1 · bytes reversed %2 · little-endian decimal %3 · big-endian decimal %4")
            .arg(serial.hex, serial.reversedHex, serial.decimalLittleEndian, serial.decimalBigEndian));
    m_serialLabel->show();
}

QString DecoderDialog::holdersText(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, HoldersColumn);
    return item ? item->text() : QString();
}

void DecoderDialog::selectCandidate(int row)
{
    m_table->selectRow(row);
    m_table->setCurrentCell(row, 0);
}

std::optional<Core::Credential> DecoderDialog::chosenCredential() const
{
    const int row = m_table->currentRow();
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (row < 0 || row >= m_credentials.size() || selected.isEmpty())
        return std::nullopt;
    return m_credentials.at(row);
}

void DecoderDialog::updateAssignButton()
{
    m_assignButton->setEnabled(!m_userId.isEmpty() && chosenCredential().has_value());
}

} // namespace CardDesk::Ui
