// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/profile.h"
#include "ui/profileentry.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QWidget;

namespace CardDesk::Net {
class ProfileStore;
class SecretStore;
} // namespace CardDesk::Net

namespace CardDesk::Ui {
class ProfileDialog;
} // namespace CardDesk::Ui

namespace CardDesk::Gui {

class ConnectionTester;
class NetworkPrompts;

/// Runs one profile editor window: finds out which secrets the keychain already has, tests the
/// connection per key, and saves. Saving writes the typed secrets to the keychain first and the
/// profile to the settings only when every secret was stored, so a keychain failure loses nothing:
/// the dialog stays open with the entries and the error. The dialog is window-modal and never runs
/// a nested event loop. The editor deletes itself after the dialog closes.
class ProfileEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileEditor)

public:
    /// existing is false for a new or duplicated profile, which gets a new id on saving.
    /// prompts answers the TLS and proxy signals of the connection test's clients.
    ProfileEditor(const Net::Profile &base, bool existing, QWidget *window, Net::ProfileStore *profiles,
                  Net::SecretStore *secrets, QNetworkAccessManager *network, NetworkPrompts *prompts,
                  QObject *parent = nullptr);
    ~ProfileEditor() override;

    /// Shows the dialog and starts the keychain lookups.
    void open();
    Ui::ProfileDialog *dialog() const;
    const Net::Profile &base() const { return m_base; }

Q_SIGNALS:
    /// The profile was saved. replacedId is the id of the profile it replaces, or empty.
    void saved(const Net::Profile &profile, const QString &replacedId);

private:
    void checkStoredSecrets();
    void testConnection(const Ui::ProfileEntry &entry, const Ui::ProfileSecrets &secrets);
    void save(const Ui::ProfileEntry &entry, const Ui::ProfileSecrets &secrets);
    QString idFor(const Net::Profile &edited) const;
    void writeSecrets(const Net::Profile &profile, QList<std::pair<Net::KeyUse, QString>> pending);
    void finishSave(const Net::Profile &profile);

    Net::Profile m_base;
    bool m_existing;
    Net::ProfileStore *m_profiles;
    Net::SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    NetworkPrompts *m_prompts;
    QPointer<Ui::ProfileDialog> m_dialog;
    ConnectionTester *m_tester = nullptr;
    int m_pendingLookups = 0;
};

/// Returns the text for a failed keychain operation: the store's message, or a generic one naming
/// the key when the store gave none.
QString keychainErrorText(const QString &message, const QString &keyId);

} // namespace CardDesk::Gui
