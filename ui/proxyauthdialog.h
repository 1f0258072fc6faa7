// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace CardDesk::Ui {

/// Asks for the user name and password a proxy requested, with a choice to keep the password in the
/// system keychain. The owner passes them to the transport as its reply to the proxy's request.
class ProxyAuthDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxyAuthDialog)

public:
    explicit ProxyAuthDialog(QWidget *parent = nullptr);
    ~ProxyAuthDialog() override;

    /// Sets the proxy ("host:port"), the realm it named, and the user name to start with.
    void setRequest(const QString &proxy, const QString &realm, const QString &user);
    /// Shows that the credentials entered earlier were rejected.
    void setPreviousAttemptFailed(bool failed);

    QString user() const;
    QString password() const;
    bool rememberPassword() const;

private:
    void validate();

    QLabel *m_intro = nullptr;
    QLabel *m_failed = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace CardDesk::Ui
