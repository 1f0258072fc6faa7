// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUrl>
#include <memory>

namespace CardDesk::Ui {

namespace Ui {
class ProfileDialog;
}

/// Edits one connection profile: name, base URL, region, sign-in method and API key id, plus the
/// secret, which the dialog only hands over: it never writes it anywhere, and takeSecret() clears
/// the field. The owner stores the secret in the OS keychain.
///
/// Setters: setProfile(), setSecretStored(), setTestResult().
/// Signal: testConnectionRequested(profile, secret); the owner tests and calls setTestResult().
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    enum class AuthMode
    {
        HmacToken,     ///< API key id and secret, token by HMAC (Calven's recommended flow).
        ClientSecret,  ///< API key id and client secret, token by client credentials.
        BasicReadOnly, ///< Basic authentication; only the read-only directory endpoints.
    };
    Q_ENUM(AuthMode)

    /// A profile without its secret.
    struct Profile
    {
        QString name;
        QUrl baseUrl;
        QString region; ///< Value of the x-calven-region header: "usce1" or "ause1".
        AuthMode authMode = AuthMode::HmacToken;
        QString keyId;

        friend bool operator==(const Profile &, const Profile &) = default;
    };

    explicit ProfileDialog(QWidget *parent = nullptr);
    ~ProfileDialog() override;

    void setProfile(const Profile &profile);
    /// Returns the entered profile; only valid while validationError() is empty.
    Profile profile() const;
    /// Sets whether the keychain already contains a secret, in which case an empty field keeps it.
    void setSecretStored(bool stored);
    /// Returns the typed secret and clears the field. Empty means "keep the stored one".
    QString takeSecret();

    /// Returns the first problem with the entered values, or an empty string when they are usable.
    QString validationError() const;
    /// Shows the outcome of a connection test, worded by the owner.
    void setTestResult(bool success, const QString &text);

    void accept() override;

signals:
    void testConnectionRequested(const CardDesk::Ui::ProfileDialog::Profile &profile, const QString &secret);

private:
    void validate();
    void requestTest();

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    bool m_secretStored = false;
};

} // namespace CardDesk::Ui
