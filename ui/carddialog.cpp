// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "carddialog.h"

#include "core/cardvalidation.h"
#include "credentialtypesettings.h"
#include "ui_carddialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace CardDesk::Ui {

namespace {

QString reasonAuditWord(ReplacementReason reason)
{
    switch (reason) {
    case ReplacementReason::Lost:
        return u"lost"_s;
    case ReplacementReason::Stolen:
        return u"stolen"_s;
    case ReplacementReason::Damaged:
        return u"damaged"_s;
    case ReplacementReason::Other:
        break;
    }
    return u"other"_s;
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
    m_ui->formatComboBox->setCurrentIndex(0);
    createReasonFields();
    for (QLabel *label : {m_ui->facilityCodeErrorLabel, m_ui->cardNumberErrorLabel})
        label->setStyleSheet(u"color: #b3261e;"_s);
    // Issues name other card holders and the card's own data, which are shown literally.
    for (QLabel *label : {m_ui->facilityCodeErrorLabel, m_ui->cardNumberErrorLabel, m_ui->formatHintLabel,
                          m_ui->credentialTypeLabel, m_ui->scanDataLabel})
        label->setTextFormat(Qt::PlainText);

    connect(m_ui->formatComboBox, &QComboBox::currentIndexChanged, this, &CardDialog::onFormatChanged);
    connect(m_ui->facilityCodeLineEdit, &QLineEdit::textChanged, this, &CardDialog::revalidate);
    connect(m_ui->cardNumberLineEdit, &QLineEdit::textChanged, this, &CardDialog::revalidate);
    connect(m_ui->activeCheckBox, &QCheckBox::toggled, this, &CardDialog::revalidate);
    onFormatChanged();
}

CardDialog::~CardDialog() = default;

QString CardReplacement::auditText(const Core::Credential &oldCard) const
{
    QString why = reasonAuditWord(reason);
    if (reason == ReplacementReason::Other && !otherReason.trimmed().isEmpty())
        why = QString(why + u", "_s + otherReason.trimmed());
    return QString(u"Replaced "_s + oldCard.displayNumber() + u" with "_s + card.displayNumber() + u": "_s +
                   why);
}

void CardDialog::createReasonFields()
{
    m_reasonComboBox = new QComboBox(this);
    m_reasonComboBox->setObjectName(u"reasonComboBox"_s);
    m_reasonComboBox->addItem(tr("Lost"), int(ReplacementReason::Lost));
    m_reasonComboBox->addItem(tr("Stolen"), int(ReplacementReason::Stolen));
    m_reasonComboBox->addItem(tr("Damaged"), int(ReplacementReason::Damaged));
    m_reasonComboBox->addItem(tr("Other (describe)"), int(ReplacementReason::Other));
    m_reasonLineEdit = new QLineEdit(this);
    m_reasonLineEdit->setObjectName(u"reasonLineEdit"_s);
    m_reasonLineEdit->setPlaceholderText(tr("Why the old card is replaced"));
    m_reasonErrorLabel = new QLabel(this);
    m_reasonErrorLabel->setTextFormat(Qt::PlainText);
    m_reasonErrorLabel->setObjectName(u"reasonErrorLabel"_s);
    m_reasonErrorLabel->setWordWrap(true);
    m_reasonErrorLabel->setStyleSheet(u"color: #b3261e;"_s);
    auto *reasonCaption = new QLabel(tr("&Reason:"), this);
    reasonCaption->setObjectName(u"reasonCaptionLabel"_s);
    reasonCaption->setBuddy(m_reasonComboBox);
    m_ui->formLayout->addRow(reasonCaption, m_reasonComboBox);
    m_ui->formLayout->addRow(QString(), m_reasonLineEdit);
    m_ui->formLayout->addRow(QString(), m_reasonErrorLabel);
    for (QWidget *widget :
         {static_cast<QWidget *>(reasonCaption), static_cast<QWidget *>(m_reasonComboBox),
          static_cast<QWidget *>(m_reasonLineEdit), static_cast<QWidget *>(m_reasonErrorLabel)})
        widget->setVisible(false);
    connect(m_reasonComboBox, &QComboBox::currentIndexChanged, this, &CardDialog::revalidate);
    connect(m_reasonLineEdit, &QLineEdit::textChanged, this, &CardDialog::revalidate);
}

void CardDialog::setSettings(QSettings *settings)
{
    m_settings = settings;
    // The format chosen last is the likeliest for the next card at the same site.
    const int last = m_ui->formatComboBox->findData(loadLastCardFormat(settings));
    if (last >= 0)
        m_ui->formatComboBox->setCurrentIndex(last);
}

void CardDialog::setReplacing(const Core::Credential &oldCard)
{
    m_replacedCard = oldCard;
    setWindowTitle(tr("Replace lost or stolen card %1").arg(oldCard.displayNumber()));
    const int format = m_ui->formatComboBox->findData(oldCard.formatId);
    if (format >= 0)
        m_ui->formatComboBox->setCurrentIndex(format);
    m_ui->activeCheckBox->setChecked(true);
    m_ui->activeCheckBox->setVisible(false);
    m_reasonComboBox->setVisible(true);
    m_reasonLineEdit->setVisible(true);
    if (QWidget *caption = m_ui->formLayout->labelForField(m_reasonComboBox))
        caption->setVisible(true);
    revalidate();
}

void CardDialog::setReplacementReason(ReplacementReason reason, const QString &otherReason)
{
    m_reasonComboBox->setCurrentIndex(m_reasonComboBox->findData(int(reason)));
    m_reasonLineEdit->setText(otherReason);
}

std::optional<CardReplacement> CardDialog::replacement() const
{
    if (!m_replacedCard || !m_credential || !replacementIssue().isEmpty())
        return std::nullopt;
    return CardReplacement{*m_credential, ReplacementReason(m_reasonComboBox->currentData().toInt()),
                           m_reasonLineEdit->text().trimmed()};
}

QString CardDialog::replacementIssue() const
{
    if (!m_replacedCard)
        return {};
    if (m_credential && m_credential->isSameCard(*m_replacedCard))
        return tr("The new card %1 is the card being replaced. Enter the number of the new card.")
            .arg(m_credential->displayNumber());
    const auto reason = ReplacementReason(m_reasonComboBox->currentData().toInt());
    if (reason == ReplacementReason::Other && m_reasonLineEdit->text().trimmed().isEmpty())
        return tr("Describe why the card is replaced, or choose Lost, Stolen or Damaged.");
    return {};
}

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
    const QString reasonIssue = replacementIssue();
    m_reasonLineEdit->setEnabled(m_reasonComboBox->currentData().toInt() == int(ReplacementReason::Other));
    showIssue(m_reasonErrorLabel, reasonIssue);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(m_credential.has_value() && reasonIssue.isEmpty());
}

void CardDialog::showIssue(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void CardDialog::accept()
{
    if (!m_credential || !replacementIssue().isEmpty())
        return;
    saveLastCardFormat(m_settings, m_credential->formatId);
    QDialog::accept();
}

std::optional<Core::Credential> CardDialog::editCard(QWidget *parent,
                                                     const std::optional<Core::Credential> &existing,
                                                     QSettings *settings,
                                                     const Core::CredentialTypeMap &typeMap)
{
    CardDialog dialog(parent);
    dialog.setSettings(settings);
    dialog.setCredentialTypeMap(typeMap);
    if (existing)
        dialog.setCredential(*existing);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.credential();
}

std::optional<CardReplacement> CardDialog::replaceCard(QWidget *parent, const Core::Credential &oldCard,
                                                       QSettings *settings,
                                                       const Core::CredentialTypeMap &typeMap)
{
    CardDialog dialog(parent);
    dialog.setSettings(settings);
    dialog.setCredentialTypeMap(typeMap);
    dialog.setReplacing(oldCard);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.replacement();
}

} // namespace CardDesk::Ui
