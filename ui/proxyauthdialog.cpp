// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "proxyauthdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CardDesk::Ui {

ProxyAuthDialog::ProxyAuthDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"proxyAuthDialog"_s);
    setWindowTitle(tr("Proxy sign-in"));
    setMinimumWidth(440);

    m_intro = new QLabel(this);
    m_intro->setObjectName(u"proxyIntroLabel"_s);
    m_intro->setWordWrap(true);
    m_failed =
        new QLabel(tr("The proxy rejected the last user name or password. Check them and try again."), this);
    m_failed->setObjectName(u"proxyFailedLabel"_s);
    m_failed->setWordWrap(true);
    m_failed->setStyleSheet(u"color: #b3261e;"_s);
    m_failed->hide();

    m_user = new QLineEdit(this);
    m_user->setObjectName(u"proxyUserLineEdit"_s);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"proxyPasswordLineEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("&Remember the password in the system keychain"), this);
    m_remember->setObjectName(u"rememberProxyPasswordCheckBox"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_user, &QLineEdit::textChanged, this, &ProxyAuthDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_failed);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    validate();
}

ProxyAuthDialog::~ProxyAuthDialog() = default;

void ProxyAuthDialog::setRequest(const QString &proxy, const QString &realm, const QString &user)
{
    m_intro->setText(realm.isEmpty()
                         ? tr("The proxy %1 requires a user name and password before CardDesk can reach "
                              "Calven.")
                               .arg(proxy)
                         : tr("The proxy %1 (\"%2\") requires a user name and password before CardDesk can "
                              "reach Calven.")
                               .arg(proxy, realm));
    m_user->setText(user);
    (user.isEmpty() ? m_user : m_password)->setFocus(Qt::OtherFocusReason);
}

void ProxyAuthDialog::setPreviousAttemptFailed(bool failed)
{
    m_failed->setVisible(failed);
}

QString ProxyAuthDialog::user() const
{
    return m_user->text().trimmed();
}

QString ProxyAuthDialog::password() const
{
    return m_password->text();
}

bool ProxyAuthDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

void ProxyAuthDialog::validate()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!user().isEmpty());
}

} // namespace CardDesk::Ui
