// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiledialog.h"

#include "ui_profiledialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace CardDesk::Ui {

namespace {

bool isLoopbackHost(const QString &host)
{
    // Qt Network is not linked here, so loopback is recognised by its text forms.
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || host == u"::1"_s)
        return true;
    const QStringList parts = host.split(u'.');
    if (parts.size() != 4 || parts.first() != u"127"_s)
        return false;
    for (const QString &part : parts) {
        bool ok = false;
        const int value = part.toInt(&ok);
        if (!ok || value < 0 || value > 255)
            return false;
    }
    return true;
}

} // namespace

ProfileDialog::ProfileDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileDialog>())
{
    m_ui->setupUi(this);
    setObjectName(u"profileDialog"_s);
    m_ui->regionComboBox->addItem(tr("United States (usce1)"), u"usce1"_s);
    m_ui->regionComboBox->addItem(tr("Australia (ause1)"), u"ause1"_s);
    m_ui->authModeComboBox->addItem(tr("API key with HMAC token (recommended)"),
                                    QVariant::fromValue(AuthMode::HmacToken));
    m_ui->authModeComboBox->addItem(tr("API key with client secret"),
                                    QVariant::fromValue(AuthMode::ClientSecret));
    m_ui->authModeComboBox->addItem(tr("Basic authentication (read-only directory)"),
                                    QVariant::fromValue(AuthMode::BasicReadOnly));
    m_ui->testResultLabel->setObjectName(u"testResultLabel"_s);
    setSecretStored(false);

    for (QLineEdit *edit :
         {m_ui->nameLineEdit, m_ui->baseUrlLineEdit, m_ui->keyIdLineEdit, m_ui->secretLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &ProfileDialog::validate);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &ProfileDialog::requestTest);
    validate();
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::setProfile(const Profile &profile)
{
    m_ui->nameLineEdit->setText(profile.name);
    m_ui->baseUrlLineEdit->setText(profile.baseUrl.toString());
    const int region = m_ui->regionComboBox->findData(profile.region);
    m_ui->regionComboBox->setCurrentIndex(qMax(region, 0));
    m_ui->authModeComboBox->setCurrentIndex(
        qMax(m_ui->authModeComboBox->findData(QVariant::fromValue(profile.authMode)), 0));
    m_ui->keyIdLineEdit->setText(profile.keyId);
    m_ui->testResultLabel->clear();
    validate();
}

ProfileDialog::Profile ProfileDialog::profile() const
{
    Profile profile;
    profile.name = m_ui->nameLineEdit->text().trimmed();
    profile.baseUrl = QUrl(m_ui->baseUrlLineEdit->text().trimmed(), QUrl::StrictMode);
    profile.region = m_ui->regionComboBox->currentData().toString();
    profile.authMode = m_ui->authModeComboBox->currentData().value<AuthMode>();
    profile.keyId = m_ui->keyIdLineEdit->text().trimmed();
    return profile;
}

void ProfileDialog::setSecretStored(bool stored)
{
    m_secretStored = stored;
    m_ui->secretLineEdit->setPlaceholderText(stored ? tr("Stored in the system keychain; type to replace it")
                                                    : tr("Stored only in the system keychain"));
    validate();
}

QString ProfileDialog::takeSecret()
{
    const QString secret = m_ui->secretLineEdit->text();
    m_ui->secretLineEdit->clear();
    return secret;
}

QString ProfileDialog::validationError() const
{
    const Profile entered = profile();
    if (entered.name.isEmpty())
        return tr("Enter a profile name, for example \"Head office\".");
    const QString urlText = m_ui->baseUrlLineEdit->text().trimmed();
    if (!entered.baseUrl.isValid() || entered.baseUrl.host().isEmpty() ||
        (entered.baseUrl.scheme() != u"https"_s && entered.baseUrl.scheme() != u"http"_s)) {
        return tr("Base URL \"%1\" is not a web address. Enter one such as https://api.calven.com.")
            .arg(urlText);
    }
    if (entered.baseUrl.scheme() == u"http"_s && !isLoopbackHost(entered.baseUrl.host())) {
        return tr("Base URL \"%1\" uses unencrypted http. Use https; http is accepted only for a simulator "
                  "on "
                  "this computer (127.0.0.1).")
            .arg(urlText);
    }
    if (entered.keyId.isEmpty())
        return tr("Enter the API key id that Calven issued for this tenant.");
    if (!m_secretStored && m_ui->secretLineEdit->text().isEmpty())
        return tr("Enter the secret for API key %1. It is kept in the system keychain, never in a file.")
            .arg(entered.keyId);
    return {};
}

void ProfileDialog::validate()
{
    const QString error = validationError();
    m_ui->validationLabel->setText(error);
    m_ui->validationLabel->setVisible(!error.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(error.isEmpty());
    m_ui->testConnectionButton->setEnabled(error.isEmpty());
}

void ProfileDialog::requestTest()
{
    if (!validationError().isEmpty())
        return;
    m_ui->testResultLabel->setText(tr("Testing…"));
    m_ui->testResultLabel->setStyleSheet({});
    m_ui->testConnectionButton->setEnabled(false);
    emit testConnectionRequested(profile(), m_ui->secretLineEdit->text());
}

void ProfileDialog::setTestResult(bool success, const QString &text)
{
    m_ui->testResultLabel->setText(text);
    m_ui->testResultLabel->setStyleSheet(success ? u"color: #1d7a3a;"_s : u"color: #a15c00;"_s);
    m_ui->testConnectionButton->setEnabled(validationError().isEmpty());
}

void ProfileDialog::accept()
{
    if (!validationError().isEmpty())
        return;
    QDialog::accept();
}

} // namespace CardDesk::Ui
