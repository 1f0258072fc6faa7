// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "carddialog.h"

#include "core/cardvalidation.h"
#include "ui_carddialog.h"

#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace CardDesk::Ui {

namespace {

// The format chosen last is the likeliest for the next card at the same site.
QString &lastUsedFormatIdRef()
{
    static QString formatId;
    return formatId;
}

QString rangeText(const Core::NumberRange &range)
{
    const QLocale c = QLocale::c();
    return c.toString(range.min) + u'–' + c.toString(range.max);
}

QString formatHint(const Core::CardFormat &format)
{
    QStringList parts;
    if (format.hasFacilityCode()) {
        parts.append(CardDialog::tr("Facility code %1%2.")
                         .arg(rangeText(format.facilityCodeRange),
                              format.facilityCodeUse == Core::FacilityCodeUse::Optional
                                  ? CardDialog::tr(", optional")
                                  : QString()));
    } else {
        parts.append(CardDialog::tr("No facility code."));
    }
    switch (format.cardNumberBase) {
    case Core::NumberBase::Decimal:
        parts.append(CardDialog::tr("Card number %1, decimal.").arg(rangeText(format.cardNumberRange)));
        break;
    case Core::NumberBase::Hex:
        parts.append(
            CardDialog::tr("Card number: the %1-byte chip serial in hex (%2 digits), in reading order.")
                .arg(format.serialBytes)
                .arg(format.serialBytes * 2));
        break;
    case Core::NumberBase::Text:
        parts.append(CardDialog::tr("Card number: the card data as letters and digits."));
        break;
    }
    return parts.join(u' ');
}

} // namespace

CardDialog::CardDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CardDialog>())
{
    m_ui->setupUi(this);
    setObjectName(u"cardDialog"_s);
    setWindowTitle(tr("Add card"));
    for (const Core::CardFormat &format : Core::cardFormats())
        m_ui->formatComboBox->addItem(format.displayName(), format.id.toString());
    const int last = m_ui->formatComboBox->findData(lastUsedFormatIdRef());
    m_ui->formatComboBox->setCurrentIndex(qMax(last, 0));
    for (QLabel *label : {m_ui->facilityCodeErrorLabel, m_ui->cardNumberErrorLabel})
        label->setStyleSheet(u"color: #b3261e;"_s);

    connect(m_ui->formatComboBox, &QComboBox::currentIndexChanged, this, &CardDialog::onFormatChanged);
    connect(m_ui->facilityCodeLineEdit, &QLineEdit::textChanged, this, &CardDialog::revalidate);
    connect(m_ui->cardNumberLineEdit, &QLineEdit::textChanged, this, &CardDialog::revalidate);
    connect(m_ui->activeCheckBox, &QCheckBox::toggled, this, &CardDialog::revalidate);
    onFormatChanged();
}

CardDialog::~CardDialog() = default;

void CardDialog::setCredentialTypeMap(const Core::CredentialTypeMap &typeMap)
{
    m_typeMap = typeMap;
    revalidate();
}

void CardDialog::setCredential(const Core::Credential &card)
{
    setWindowTitle(tr("Edit card"));
    const int format = m_ui->formatComboBox->findData(card.formatId);
    if (format >= 0)
        m_ui->formatComboBox->setCurrentIndex(format);
    m_ui->facilityCodeLineEdit->setText(card.facilityCode);
    m_ui->cardNumberLineEdit->setText(card.cardNumber);
    m_ui->activeCheckBox->setChecked(card.active);
    revalidate();
    if (format < 0) {
        showIssue(
            m_ui->cardNumberErrorLabel,
            tr("This card was stored with format \"%1\", which CardDesk does not know. Choose its format.")
                .arg(card.formatId));
    }
}

std::optional<Core::Credential> CardDialog::credential() const
{
    return m_credential;
}

const Core::CardFormat *CardDialog::currentFormat() const
{
    return Core::findCardFormat(m_ui->formatComboBox->currentData().toString());
}

void CardDialog::onFormatChanged()
{
    const Core::CardFormat *format = currentFormat();
    const bool hasFacilityCode = format && format->hasFacilityCode();
    m_ui->facilityCodeLineEdit->setEnabled(hasFacilityCode);
    m_ui->facilityCodeCaptionLabel->setEnabled(hasFacilityCode);
    if (!hasFacilityCode)
        m_ui->facilityCodeLineEdit->clear();
    m_ui->formatHintLabel->setText(format ? formatHint(*format) : QString());
    revalidate();
}

void CardDialog::revalidate()
{
    m_credential.reset();
    showIssue(m_ui->facilityCodeErrorLabel, {});
    showIssue(m_ui->cardNumberErrorLabel, {});
    const Core::CardFormat *format = currentFormat();
    if (format) {
        const QString facilityCode = m_ui->facilityCodeLineEdit->text();
        const QString cardNumber = m_ui->cardNumberLineEdit->text();
        const Core::CredentialBuild build = Core::makeCredential(
            *format, facilityCode, cardNumber, m_ui->activeCheckBox->isChecked(), m_typeMap);
        for (const Core::CardIssue &issue : build.issues) {
            const bool facility = issue.field == Core::CardField::FacilityCode;
            // An empty field is not an error yet while the operator has not typed in it.
            if (issue.problem == Core::CardProblem::Missing &&
                (facility ? facilityCode : cardNumber).isEmpty())
                continue;
            showIssue(facility ? m_ui->facilityCodeErrorLabel : m_ui->cardNumberErrorLabel, issue.message());
        }
        if (build.ok())
            m_credential = build.credential;
    }
    m_ui->credentialTypeLabel->setText(m_credential
                                           ? m_credential->credentialType
                                           : (format ? m_typeMap.credentialType(*format) : QString()));
    m_ui->scanDataLabel->setText(m_credential ? m_credential->scanData.join(u", "_s)
                                              : tr("(enter a valid card)"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_credential.has_value());
}

void CardDialog::showIssue(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void CardDialog::accept()
{
    if (!m_credential)
        return;
    lastUsedFormatIdRef() = m_credential->formatId;
    QDialog::accept();
}

std::optional<Core::Credential> CardDialog::editCard(QWidget *parent,
                                                     const std::optional<Core::Credential> &existing)
{
    CardDialog dialog(parent);
    if (existing)
        dialog.setCredential(*existing);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.credential();
}

} // namespace CardDesk::Ui
