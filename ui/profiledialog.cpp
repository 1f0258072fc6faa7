// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiledialog.h"

#include "networksettingswidget.h"
#include "ui_profiledialog.h"
#include "wrappedlabel.h"

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

// Compares base URLs as the keychain account names do: case-insensitive, trailing slash ignored.
QString comparableUrl(const QUrl &url)
{
    QString text = url.toString(QUrl::StripTrailingSlash).toLower();
    // StripTrailingSlash keeps a lone "/" path.
    if (text.endsWith(u'/'))
        text.chop(1);
    return text;
}

QString authModeHint(AuthMode mode)
{
    switch (mode) {
    case AuthMode::HmacToken:
        return ProfileDialog::tr("CardDesk signs a timestamp with the secret to get a sign-in token, so the "
                                 "secret itself never leaves this PC. Calven recommends this method.");
    case AuthMode::ClientSecret:
        return ProfileDialog::tr("CardDesk sends the secret to Calven over TLS to get a sign-in token. Use "
                                 "it when Calven issued the key for client-secret sign-in.");
    case AuthMode::BasicReadOnly:
        return ProfileDialog::tr("The key id and secret go with every request. Calven accepts this only "
                                 "for reading users and locations, so this key cannot send card updates.");
    }
    return {};
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
    fillAuthModes();
    for (QLabel *hint : {m_ui->authModeHintLabel, m_ui->readAuthModeHintLabel})
        keepWrappedHeight(hint);
    m_ui->busyProgressBar->hide();
    m_ui->statusLabel->hide();

    for (QLineEdit *edit : {m_ui->nameLineEdit, m_ui->baseUrlLineEdit, m_ui->keyIdLineEdit,
                            m_ui->secretLineEdit, m_ui->readKeyIdLineEdit, m_ui->readSecretLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &ProfileDialog::validate);
    for (QComboBox *combo : {m_ui->authModeComboBox, m_ui->readAuthModeComboBox})
        connect(combo, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateKeyLayout);
    connect(m_ui->separateKeysRadioButton, &QRadioButton::toggled, this, &ProfileDialog::updateKeyLayout);
    connect(m_ui->networkSettings, &NetworkSettingsWidget::changed, this, &ProfileDialog::validate);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &ProfileDialog::requestTest);
    updateKeyLayout();
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::fillAuthModes()
{
    const std::pair<AuthMode, QString> modes[] = {
        {AuthMode::HmacToken, tr("API key with HMAC token (recommended)")},
        {AuthMode::ClientSecret, tr("API key with client secret")},
        {AuthMode::BasicReadOnly, tr("Basic authentication (reads only)")},
    };
    for (const auto &[mode, label] : modes) {
        m_ui->authModeComboBox->addItem(label, int(mode));
        m_ui->readAuthModeComboBox->addItem(label, int(mode));
    }
}

void ProfileDialog::setProfile(const ProfileEntry &profile)
{
    m_ui->nameLineEdit->setText(profile.name);
    m_ui->baseUrlLineEdit->setText(profile.baseUrl.toString());
    m_ui->regionComboBox->setCurrentIndex(qMax(m_ui->regionComboBox->findData(profile.region), 0));
    m_ui->separateKeysRadioButton->setChecked(profile.separateKeys);
    m_ui->singleKeyRadioButton->setChecked(!profile.separateKeys);
    m_ui->authModeComboBox->setCurrentIndex(
        qMax(m_ui->authModeComboBox->findData(int(profile.writeKey.authMode)), 0));
    m_ui->keyIdLineEdit->setText(profile.writeKey.keyId);
    m_ui->readAuthModeComboBox->setCurrentIndex(
        qMax(m_ui->readAuthModeComboBox->findData(int(profile.readKey.authMode)), 0));
    m_ui->readKeyIdLineEdit->setText(profile.readKey.keyId);
    m_ui->networkSettings->setSettings(profile.network);
    m_ui->testPanel->clear();
    updateKeyLayout();
}

ProfileEntry ProfileDialog::profile() const
{
    ProfileEntry profile;
    profile.name = m_ui->nameLineEdit->text().trimmed();
    profile.baseUrl = QUrl(m_ui->baseUrlLineEdit->text().trimmed(), QUrl::StrictMode);
    profile.region = m_ui->regionComboBox->currentData().toString();
    profile.writeKey.authMode = AuthMode(m_ui->authModeComboBox->currentData().toInt());
    profile.writeKey.keyId = m_ui->keyIdLineEdit->text().trimmed();
    profile.separateKeys = m_ui->separateKeysRadioButton->isChecked();
    if (profile.separateKeys) {
        profile.readKey.authMode = AuthMode(m_ui->readAuthModeComboBox->currentData().toInt());
        profile.readKey.keyId = m_ui->readKeyIdLineEdit->text().trimmed();
    }
    profile.network = m_ui->networkSettings->settings();
    return profile;
}

void ProfileDialog::setSecretStored(KeySlot slot, const QUrl &baseUrl, const QString &keyId)
{
    m_stored[int(slot)] = StoredKey{baseUrl, keyId};
    validate();
}

bool ProfileDialog::isSecretStored(KeySlot slot) const
{
    const StoredKey &stored = m_stored[int(slot)];
    if (stored.keyId.isEmpty())
        return false;
    const ProfileEntry entered = profile();
    const ApiKeyEntry &key = slot == KeySlot::Write ? entered.writeKey : entered.readKey;
    return key.keyId == stored.keyId && comparableUrl(entered.baseUrl) == comparableUrl(stored.baseUrl);
}

ProfileSecrets ProfileDialog::typedSecrets() const
{
    ProfileSecrets secrets;
    secrets.write = m_ui->secretLineEdit->text();
    if (m_ui->separateKeysRadioButton->isChecked())
        secrets.read = m_ui->readSecretLineEdit->text();
    return secrets;
}

ProfileSecrets ProfileDialog::takeSecrets()
{
    const ProfileSecrets secrets = typedSecrets();
    m_ui->secretLineEdit->clear();
    m_ui->readSecretLineEdit->clear();
    return secrets;
}

bool ProfileDialog::secretMissing(KeySlot slot) const
{
    const QLineEdit *field = slot == KeySlot::Write ? m_ui->secretLineEdit : m_ui->readSecretLineEdit;
    return field->text().isEmpty() && !isSecretStored(slot);
}

QString ProfileDialog::keyError(KeySlot slot) const
{
    const ProfileEntry entered = profile();
    const ApiKeyEntry &key = slot == KeySlot::Write ? entered.writeKey : entered.readKey;
    const bool separate = entered.separateKeys;
    if (key.keyId.isEmpty()) {
        if (!separate)
            return tr("Enter the API key id that Calven issued for this tenant.");
        return slot == KeySlot::Write
                   ? tr("Enter the key id of the write key, which sends card updates.")
                   : tr("Enter the key id of the read key, which reads users and locations.");
    }
    if (key.keyId.contains(u':'))
        return tr("Key id \"%1\" contains ':', which no Calven key id does. Check that the key id and the "
                  "secret are in the right fields.")
            .arg(key.keyId);
    if (separate && slot == KeySlot::Write && key.authMode == AuthMode::BasicReadOnly)
        return tr("The write key cannot use Basic authentication: Calven accepts Basic only for reading. "
                  "Choose HMAC or client secret for the write key.");
    if (secretMissing(slot))
        return tr("Enter the secret for API key %1. It is kept in the system keychain, never in a file.")
            .arg(key.keyId);
    return {};
}

QString ProfileDialog::validationError() const
{
    const ProfileEntry entered = profile();
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
                  "on this computer (127.0.0.1).")
            .arg(urlText);
    }
    if (const QString error = keyError(KeySlot::Write); !error.isEmpty())
        return error;
    if (entered.separateKeys) {
        if (const QString error = keyError(KeySlot::Read); !error.isEmpty())
            return error;
        if (entered.readKey.keyId == entered.writeKey.keyId)
            return tr("The read key and the write key are both %1. Choose \"One key\" when one key does "
                      "both, or enter the other key's id.")
                .arg(entered.writeKey.keyId);
    }
    return m_ui->networkSettings->validationError();
}

void ProfileDialog::updateKeyLayout()
{
    const bool separate = m_ui->separateKeysRadioButton->isChecked();
    m_ui->keyGroupBox->setTitle(separate ? tr("Write key: sends card updates") : tr("API key"));
    m_ui->readkeyGroupBox->setVisible(separate);
    m_ui->authModeHintLabel->setText(authModeHint(AuthMode(m_ui->authModeComboBox->currentData().toInt())));
    m_ui->readAuthModeHintLabel->setText(
        authModeHint(AuthMode(m_ui->readAuthModeComboBox->currentData().toInt())));
    validate();
}

void ProfileDialog::updateSecretPlaceholders()
{
    const std::pair<KeySlot, QLineEdit *> fields[] = {{KeySlot::Write, m_ui->secretLineEdit},
                                                      {KeySlot::Read, m_ui->readSecretLineEdit}};
    for (const auto &[slot, field] : fields) {
        field->setPlaceholderText(isSecretStored(slot)
                                      ? tr("Stored in the system keychain; type to replace it")
                                      : tr("Kept only in the system keychain"));
    }
}

void ProfileDialog::validate()
{
    updateSecretPlaceholders();
    const QString error = validationError();
    m_ui->validationLabel->setText(error);
    m_ui->validationLabel->setVisible(!error.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(error.isEmpty() && !m_busy);
    m_ui->testConnectionButton->setEnabled(error.isEmpty() && !m_testing);
}

void ProfileDialog::requestTest()
{
    if (!validationError().isEmpty())
        return;
    m_testing = true;
    validate();
    emit testConnectionRequested(profile(), typedSecrets());
}

void ProfileDialog::setBusy(const QString &text)
{
    m_busy = !text.isEmpty();
    m_ui->busyProgressBar->setVisible(m_busy);
    m_ui->statusLabel->setStyleSheet({});
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setVisible(!text.isEmpty());
    validate();
}

void ProfileDialog::showError(const QString &text)
{
    setBusy({});
    m_ui->statusLabel->setStyleSheet(u"color: #b3261e;"_s);
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setVisible(!text.isEmpty());
}

void ProfileDialog::setTestRunning(const QList<std::pair<KeySlot, QString>> &keys)
{
    m_testing = true;
    m_ui->testPanel->setRunning(keys);
    validate();
}

void ProfileDialog::setTestResult(const KeyTestResult &result)
{
    m_ui->testPanel->setResult(result);
}

void ProfileDialog::setTestFinished()
{
    m_testing = false;
    validate();
}

ConnectionTestPanel *ProfileDialog::testPanel() const
{
    return m_ui->testPanel;
}

NetworkSettingsWidget *ProfileDialog::networkSettings() const
{
    return m_ui->networkSettings;
}

void ProfileDialog::showNetworkSettings()
{
    m_ui->tabWidget->setCurrentWidget(m_ui->networkSettings);
    m_ui->networkSettings->focusCaBundle();
}

void ProfileDialog::accept()
{
    if (!validationError().isEmpty() || m_busy)
        return;
    emit saveRequested(profile(), typedSecrets());
}

void ProfileDialog::closeSaved()
{
    setBusy({});
    takeSecrets();
    QDialog::accept();
}

} // namespace CardDesk::Ui
