// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networksettingswidget.h"

#include "ui_networksettingswidget.h"
#include "wrappedlabel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace CardDesk::Ui {

NetworkSettingsWidget::NetworkSettingsWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::NetworkSettingsWidget>())
    , m_checkCaBundle(&NetworkSettingsWidget::checkCaBundleReadable)
    , m_chooseFile(openFileNameChooser())
{
    m_ui->setupUi(this);
    setObjectName(u"networkSettingsWidget"_s);
    for (QLabel *hint : {m_ui->caBundleHintLabel, m_ui->proxyHintLabel})
        keepWrappedHeight(hint);
    m_ui->proxyModeComboBox->addItem(tr("Use the system's proxy settings"), int(ProxyMode::System));
    m_ui->proxyModeComboBox->addItem(tr("Directly, without a proxy"), int(ProxyMode::None));
    m_ui->proxyModeComboBox->addItem(tr("Through this HTTP proxy"), int(ProxyMode::Explicit));

    for (QLineEdit *edit : {m_ui->caBundleLineEdit, m_ui->proxyHostLineEdit, m_ui->proxyUserLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &NetworkSettingsWidget::changed);
    connect(m_ui->proxyModeComboBox, &QComboBox::currentIndexChanged, this,
            &NetworkSettingsWidget::updateProxyFields);
    connect(m_ui->proxyModeComboBox, &QComboBox::currentIndexChanged, this, &NetworkSettingsWidget::changed);
    connect(m_ui->proxyPortSpinBox, &QSpinBox::valueChanged, this, &NetworkSettingsWidget::changed);
    connect(m_ui->timeoutSpinBox, &QSpinBox::valueChanged, this, &NetworkSettingsWidget::changed);
    connect(m_ui->http2CheckBox, &QCheckBox::toggled, this, &NetworkSettingsWidget::changed);
    connect(m_ui->caBundleBrowseButton, &QPushButton::clicked, this, &NetworkSettingsWidget::browseCaBundle);
    updateProxyFields();
}

NetworkSettingsWidget::~NetworkSettingsWidget() = default;

void NetworkSettingsWidget::setSettings(const NetworkEntry &settings)
{
    m_ui->caBundleLineEdit->setText(QDir::toNativeSeparators(settings.caBundlePath));
    m_ui->proxyModeComboBox->setCurrentIndex(
        qMax(m_ui->proxyModeComboBox->findData(int(settings.proxyMode)), 0));
    m_ui->proxyHostLineEdit->setText(settings.proxyHost);
    m_ui->proxyPortSpinBox->setValue(settings.proxyPort);
    m_ui->proxyUserLineEdit->setText(settings.proxyUser);
    m_ui->http2CheckBox->setChecked(settings.http2);
    m_ui->timeoutSpinBox->setValue(settings.transferTimeoutSeconds);
    updateProxyFields();
}

NetworkEntry NetworkSettingsWidget::settings() const
{
    NetworkEntry settings;
    settings.caBundlePath = QDir::fromNativeSeparators(m_ui->caBundleLineEdit->text().trimmed());
    settings.proxyMode = ProxyMode(m_ui->proxyModeComboBox->currentData().toInt());
    settings.proxyHost = m_ui->proxyHostLineEdit->text().trimmed();
    settings.proxyPort = m_ui->proxyPortSpinBox->value();
    settings.proxyUser = m_ui->proxyUserLineEdit->text().trimmed();
    settings.http2 = m_ui->http2CheckBox->isChecked();
    settings.transferTimeoutSeconds = m_ui->timeoutSpinBox->value();
    return settings;
}

QString NetworkSettingsWidget::validationError() const
{
    const NetworkEntry entered = settings();
    if (!entered.caBundlePath.isEmpty()) {
        if (const QString error = m_checkCaBundle(entered.caBundlePath); !error.isEmpty())
            return error;
    }
    if (entered.proxyMode == ProxyMode::Explicit) {
        if (entered.proxyHost.isEmpty())
            return tr("Enter the proxy host name, or choose another way to connect.");
        if (entered.proxyHost.contains(u"://"_s) || entered.proxyHost.contains(u' ') ||
            entered.proxyHost.contains(u'/')) {
            return tr("Proxy host \"%1\" is not a host name. Enter only the name or address, such as "
                      "proxy.example.com, and the port in its own field.")
                .arg(entered.proxyHost);
        }
    }
    return {};
}

void NetworkSettingsWidget::setCaBundleCheck(CaBundleCheck check)
{
    m_checkCaBundle = check ? std::move(check) : CaBundleCheck(&NetworkSettingsWidget::checkCaBundleReadable);
    emit changed();
}

void NetworkSettingsWidget::focusCaBundle()
{
    m_ui->caBundleLineEdit->setFocus(Qt::OtherFocusReason);
    m_ui->caBundleLineEdit->selectAll();
}

QString NetworkSettingsWidget::checkCaBundleReadable(const QString &path)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists())
        return tr("CA bundle \"%1\" was not found. Choose the PEM file again or clear the field.").arg(shown);
    if (!info.isFile())
        return tr("CA bundle \"%1\" is a folder, not a file. Choose the PEM file itself.").arg(shown);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("CA bundle \"%1\" cannot be read (%2). Check the file's permissions.")
            .arg(shown, file.errorString());
    return {};
}

void NetworkSettingsWidget::browseCaBundle()
{
    const QString current = settings().caBundlePath;
    const QString start = current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath();
    const QString chosen = m_chooseFile(this, tr("Choose a CA bundle"), start,
                                        tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!chosen.isEmpty())
        m_ui->caBundleLineEdit->setText(QDir::toNativeSeparators(chosen));
}

void NetworkSettingsWidget::updateProxyFields()
{
    const bool explicitProxy =
        ProxyMode(m_ui->proxyModeComboBox->currentData().toInt()) == ProxyMode::Explicit;
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_ui->proxyHostCaptionLabel, m_ui->proxyHostLineEdit, m_ui->proxyPortCaptionLabel,
             m_ui->proxyPortSpinBox, m_ui->proxyUserCaptionLabel, m_ui->proxyUserLineEdit,
             m_ui->proxyHintLabel})
        widget->setEnabled(explicitProxy);
}

} // namespace CardDesk::Ui
