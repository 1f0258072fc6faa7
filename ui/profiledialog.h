// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectiontestpanel.h"
#include "profileentry.h"

#include <QDialog>
#include <QUrl>

#include <memory>

namespace CardDesk::Ui {

namespace Ui {
class ProfileDialog;
}

class NetworkSettingsWidget;

/// Edits one connection profile: name, base URL, region, one key or a separate write key and read
/// key (each with sign-in method, key id and secret), and the network settings on a second tab.
/// The dialog only hands secrets over and never writes them anywhere, and takeSecrets() clears the
/// fields. The owner stores them in the OS keychain.
///
/// Saving is asynchronous. Save emits saveRequested(), and the owner calls closeSaved() once the
/// keychain has the secrets, or showError(), after which the dialog stays open with nothing lost.
/// Setters: setProfile(), setSecretStored(), setBusy(), setTestRunning(), setTestResult().
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    explicit ProfileDialog(QWidget *parent = nullptr);
    ~ProfileDialog() override;

    void setProfile(const ProfileEntry &profile);
    /// Returns the entered profile; only valid while validationError() is empty.
    ProfileEntry profile() const;

    /// Records that the keychain has a secret for keyId at baseUrl in slot. While the fields show
    /// that key, an empty secret field keeps the stored secret.
    void setSecretStored(KeySlot slot, const QUrl &baseUrl, const QString &keyId);
    bool isSecretStored(KeySlot slot) const;
    /// Returns the typed secrets without clearing them.
    ProfileSecrets typedSecrets() const;
    /// Returns the typed secrets and clears the fields.
    ProfileSecrets takeSecrets();

    /// Returns the first problem with the entered values, or an empty string when they are usable.
    QString validationError() const;

    /// Shows a running operation, such as "Saving the secrets in the keychain…", and blocks Save
    /// meanwhile. An empty text ends it.
    void setBusy(const QString &text);
    /// Ends the running operation and shows why saving failed; the entries stay as they are.
    void showError(const QString &text);

    void setTestRunning(const QList<std::pair<KeySlot, QString>> &keys);
    void setTestResult(const KeyTestResult &result);
    /// Enables Test connection again once every key has reported.
    void setTestFinished();
    ConnectionTestPanel *testPanel() const;

    NetworkSettingsWidget *networkSettings() const;
    /// Shows the Network tab with the focus on the CA bundle field.
    void showNetworkSettings();

    /// Emits saveRequested() when the entries are valid; the dialog stays open.
    void accept() override;
    /// Closes the dialog as accepted, after the owner has saved the profile.
    void closeSaved();

signals:
    void testConnectionRequested(const CardDesk::Ui::ProfileEntry &profile,
                                 const CardDesk::Ui::ProfileSecrets &secrets);
    void saveRequested(const CardDesk::Ui::ProfileEntry &profile,
                       const CardDesk::Ui::ProfileSecrets &secrets);

private:
    struct StoredKey
    {
        QUrl baseUrl;
        QString keyId;
    };

    void fillAuthModes();
    void updateKeyLayout();
    void updateSecretPlaceholders();
    void validate();
    void requestTest();
    QString keyError(KeySlot slot) const;
    bool secretMissing(KeySlot slot) const;

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    StoredKey m_stored[2];
    bool m_busy = false;
    bool m_testing = false;
};

} // namespace CardDesk::Ui
