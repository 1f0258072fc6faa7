// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/profile.h"
#include "net/secretstore.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace CardDesk::Net {
class ProfileStore;
struct ProfileSecrets;
} // namespace CardDesk::Net

namespace CardDesk::Sync {
class Workspace;
} // namespace CardDesk::Sync

namespace CardDesk::Ui {
class MainWindow;
class ProfilesDialog;
} // namespace CardDesk::Ui

namespace CardDesk::Gui {

class AppController;
class NetworkPrompts;
class ProfileEditor;

/// Keeps the profiles and the active one: signs in with the active profile's secrets from the
/// keychain, switches profiles without a restart, and runs File → Profiles… (add, edit, duplicate,
/// remove, activate). Profiles go to the settings and secrets to the keychain through the
/// asynchronous secret store; no dialog here runs a nested event loop.
class ProfileController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileController)

public:
    ProfileController(Ui::MainWindow *window, Sync::Workspace *workspace, AppController *app,
                      QNetworkAccessManager *network, Net::SecretStore *secrets, QSettings *settings,
                      QObject *parent = nullptr);
    ~ProfileController() override;

    /// Reads the active profile's secrets from the keychain and connects; without a profile or
    /// secret the window shows that no profile is signed in.
    void signInCurrentProfile();
    /// Makes another profile the active one and signs in with it.
    void switchProfile(const QString &id);

    /// Opens File → Profiles…, or brings it to the front.
    void showProfiles();
    void addProfile();
    void editProfile(const QString &id);
    void duplicateProfile(const QString &id);
    /// Asks for confirmation, then deletes the profile's secrets from the keychain and the profile.
    void removeProfile(const QString &id);

    Net::ProfileStore &profiles() const { return *m_profiles; }
    Ui::ProfilesDialog *profilesDialog() const;
    ProfileEditor *editor() const;
    NetworkPrompts *prompts() const { return m_prompts; }

Q_SIGNALS:
    /// A profile was added, changed, removed or activated.
    void profilesChanged();
    /// The active profile's secrets were read and the workspace is connected to it.
    void signedIn(const QString &profileId);

private:
    QWidget *dialogParent() const;
    bool refuseInTraining();
    void openEditor(const Net::Profile &base, bool existing);
    void onSaved(const Net::Profile &profile, const QString &replacedId);
    void openNetworkSettings(const QString &profileId);
    void rememberProxyUser(const QString &profileId, const QString &userName);
    void removeConfirmed(const Net::Profile &profile);
    void readSecrets(const Net::Profile &profile, int generation);
    void updateProfileLists();
    void connectWith(const Net::Profile &profile, const Net::ProfileSecrets &secrets);
    void showSignedOut(const QString &detail);

    QPointer<Ui::MainWindow> m_window;
    Sync::Workspace *m_workspace;
    AppController *m_app;
    QNetworkAccessManager *m_network;
    Net::SecretStore *m_secrets;
    QSettings *m_settings; ///< Also the source of the sending options; may be null.
    std::unique_ptr<Net::ProfileStore> m_profiles;
    QPointer<Ui::ProfilesDialog> m_profilesDialog;
    QPointer<ProfileEditor> m_editor;
    NetworkPrompts *m_prompts = nullptr;
    int m_signInGeneration = 0;
};

} // namespace CardDesk::Gui
