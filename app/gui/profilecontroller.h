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
class ApiClient;
class ProfileStore;
} // namespace CardDesk::Net

namespace CardDesk::Sync {
class Workspace;
} // namespace CardDesk::Sync

namespace CardDesk::Ui {
class MainWindow;
class ProfileDialog;
} // namespace CardDesk::Ui

namespace CardDesk::Gui {

class AppController;

/// Signs in with the saved profile and runs the profile dialog: the profile goes to settings,
/// the secret to the keychain through the asynchronous secret store, and "Test connection" runs
/// a connection check with a temporary client.
class ProfileController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileController)

public:
    ProfileController(Ui::MainWindow *window, Sync::Workspace *workspace, AppController *app,
                      QNetworkAccessManager *network, Net::SecretStore *secrets, QSettings *settings,
                      QObject *parent = nullptr);
    ~ProfileController() override;

    /// Reads the current profile's secret from the keychain and connects; without a profile or
    /// secret the window shows that no profile is signed in.
    void signInCurrentProfile();
    void editProfile();

private:
    void connectWith(const Net::Profile &profile, const QString &secret);
    void testConnection(Ui::ProfileDialog *dialog, const Net::Profile &profile, const QString &secret);
    void saveProfile(const Net::Profile &profile, const QString &secret);
    void showSignedOut(const QString &detail);

    QPointer<Ui::MainWindow> m_window;
    Sync::Workspace *m_workspace;
    AppController *m_app;
    QNetworkAccessManager *m_network;
    Net::SecretStore *m_secrets;
    std::unique_ptr<Net::ProfileStore> m_profiles;
    std::unique_ptr<Net::ApiClient> m_testClient;
};

} // namespace CardDesk::Gui
