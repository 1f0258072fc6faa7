// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilecontroller.h"

#include "appcontroller.h"
#include "net/apiclient.h"
#include "net/connectioncheck.h"
#include "net/profilestore.h"
#include "sync/workspace.h"
#include "ui/mainwindow.h"
#include "ui/profiledialog.h"

#include <QLoggingCategory>
#include <QMessageBox>

Q_LOGGING_CATEGORY(lcProfiles, "carddesk.gui.profiles", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace CardDesk::Gui {

namespace {

Ui::ProfileDialog::Profile toDialog(const Net::Profile &profile)
{
    Ui::ProfileDialog::Profile shown;
    shown.name = profile.displayName;
    shown.baseUrl = profile.baseUrl;
    shown.region = Net::regionToWire(profile.region);
    shown.authMode = Ui::ProfileDialog::AuthMode(int(profile.key.authMode));
    shown.keyId = profile.key.keyId;
    return shown;
}

Net::Profile fromDialog(const Ui::ProfileDialog::Profile &shown, Net::Profile profile)
{
    profile.displayName = shown.name;
    profile.baseUrl = Net::normalizedBaseUrl(shown.baseUrl);
    profile.region = Net::regionFromWire(shown.region).value_or(Net::Region::Usce1);
    profile.key.authMode = Net::AuthMode(int(shown.authMode));
    profile.key.keyId = shown.keyId.trimmed();
    return profile;
}

} // namespace

ProfileController::ProfileController(Ui::MainWindow *window, Sync::Workspace *workspace, AppController *app,
                                     QNetworkAccessManager *network, Net::SecretStore *secrets,
                                     QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_workspace(workspace)
    , m_app(app)
    , m_network(network)
    , m_secrets(secrets)
    , m_profiles(std::make_unique<Net::ProfileStore>(settings))
{
    connect(m_window, &Ui::MainWindow::profilesRequested, this, &ProfileController::editProfile);
}

ProfileController::~ProfileController() = default;

void ProfileController::signInCurrentProfile()
{
    const auto profile = m_profiles->profile(m_profiles->currentProfileId());
    if (!profile) {
        showSignedOut(tr("No profile yet: choose File → Profiles… to connect to Calven."));
        return;
    }
    m_workspace->useProfile(*profile);
    m_window->setConnectionState(Ui::MainWindow::ConnectionState::Connecting, profile->displayName);
    const Net::Profile chosen = *profile;
    m_secrets->read(Net::SecretKey::forProfile(chosen, Net::KeyUse::Write), this,
                    [this, chosen](const Net::SecretResult &result) {
                        if (result.ok())
                            connectWith(chosen, result.secret);
                        else if (result.status == Net::SecretStatus::NotFound)
                            showSignedOut(tr("Signed out: enter the API secret in File → Profiles…"));
                        else
                            showSignedOut(result.message);
                    });
}

void ProfileController::editProfile()
{
    if (m_window->isTrainingMode()) {
        QMessageBox::information(m_window, tr("Profiles"),
                                 tr("Training mode uses the built-in simulator profile. Start CardDesk "
                                    "without --training to connect to a Calven tenant."));
        return;
    }
    const auto current = m_profiles->profile(m_profiles->currentProfileId());
    const Net::Profile base = current.value_or(Net::Profile::create(tr("Calven")));

    Ui::ProfileDialog dialog(m_window);
    dialog.setProfile(toDialog(base));
    dialog.setSecretStored(current.has_value());
    connect(&dialog, &Ui::ProfileDialog::testConnectionRequested, this,
            [this, &dialog, base](const Ui::ProfileDialog::Profile &shown, const QString &secret) {
                testConnection(&dialog, fromDialog(shown, base), secret);
            });
    if (dialog.exec() != QDialog::Accepted) {
        m_testClient.reset();
        return;
    }
    m_testClient.reset();
    saveProfile(fromDialog(dialog.profile(), base), dialog.takeSecret());
}

void ProfileController::testConnection(Ui::ProfileDialog *dialog, const Net::Profile &profile,
                                       const QString &secret)
{
    const QPointer<Ui::ProfileDialog> target(dialog);
    const auto run = [this, target, profile](const QString &usedSecret) {
        m_testClient = std::make_unique<Net::ApiClient>(m_network, profile, usedSecret);
        Net::ConnectionCheck *check = m_testClient->checkConnection();
        connect(check, &Net::ConnectionCheck::finished, this, [target, check] {
            if (target)
                target->setTestResult(check->ok(), check->summary());
        });
    };
    if (!secret.isEmpty()) {
        run(secret);
        return;
    }
    m_secrets->read(Net::SecretKey::forProfile(profile, Net::KeyUse::Write), this,
                    [target, run](const Net::SecretResult &result) {
                        if (result.ok())
                            run(result.secret);
                        else if (target)
                            target->setTestResult(false,
                                                  result.message.isEmpty()
                                                      ? tr("Enter the API secret to test the connection.")
                                                      : result.message);
                    });
}

void ProfileController::saveProfile(const Net::Profile &edited, const QString &secret)
{
    // The id follows the base URL and key, so updates the CLI queued for the same key are sent too.
    Net::Profile profile = edited;
    profile.id = Net::stableProfileId(profile.baseUrl, profile.key.keyId);
    const QString previousId = m_profiles->currentProfileId();
    const QString error = m_profiles->save(profile);
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Profiles"), tr("The profile was not saved: %1").arg(error));
        return;
    }
    m_profiles->setCurrentProfileId(profile.id);
    if (!previousId.isEmpty() && previousId != profile.id) {
        // The old key's secret goes with its profile, unless the edit kept the same key.
        if (const auto previous = m_profiles->profile(previousId)) {
            const Net::SecretKey oldKey = Net::SecretKey::forProfile(*previous, Net::KeyUse::Write);
            if (oldKey.account() != Net::SecretKey::forProfile(profile, Net::KeyUse::Write).account())
                m_secrets->remove(oldKey, this, [](const Net::SecretResult &) {});
        }
        m_profiles->remove(previousId);
    }
    qCInfo(lcProfiles) << "Saved profile" << profile.id << profile.baseUrl.toDisplayString();
    if (secret.isEmpty()) {
        signInCurrentProfile();
        return;
    }
    m_secrets->write(Net::SecretKey::forProfile(profile, Net::KeyUse::Write), secret, this,
                     [this, profile, secret](const Net::SecretResult &result) {
                         if (!result.ok()) {
                             QMessageBox::warning(m_window, tr("Keychain"),
                                                  tr("The secret was not stored, so CardDesk will ask for it "
                                                     "again next time: %1")
                                                      .arg(result.message));
                         }
                         connectWith(profile, secret);
                     });
}

void ProfileController::connectWith(const Net::Profile &profile, const QString &secret)
{
    m_workspace->connectProfile(m_network, profile, secret);
    m_app->profileConnected(profile.displayName);
    m_workspace->sendPending();
    m_workspace->refreshDirectory();
}

void ProfileController::showSignedOut(const QString &detail)
{
    m_window->setConnectionState(Ui::MainWindow::ConnectionState::Offline, detail);
}

} // namespace CardDesk::Gui
