// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilecontroller.h"

#include "appcontroller.h"
#include "net/apiclient.h"
#include "net/profilestore.h"
#include "networkprompts.h"
#include "profileeditor.h"
#include "profilemapping.h"
#include "sync/workspace.h"
#include "ui/mainwindow.h"
#include "ui/profiledialog.h"
#include "ui/profilesdialog.h"
#include "ui/sendingsettings.h"

#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>

Q_LOGGING_CATEGORY(lcProfiles, "carddesk.gui.profiles", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace CardDesk::Gui {

ProfileController::ProfileController(Ui::MainWindow *window, Sync::Workspace *workspace, AppController *app,
                                     QNetworkAccessManager *network, Net::SecretStore *secrets,
                                     QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_workspace(workspace)
    , m_app(app)
    , m_network(network)
    , m_secrets(secrets)
    , m_settings(settings)
    , m_profiles(std::make_unique<Net::ProfileStore>(settings))
{
    connect(m_window, &Ui::MainWindow::profilesRequested, this, &ProfileController::showProfiles);
    connect(m_window, &Ui::MainWindow::profileSwitchRequested, this, &ProfileController::switchProfile);
    m_prompts = new NetworkPrompts(m_window, m_secrets, this);
    connect(m_prompts, &NetworkPrompts::addCaBundleRequested, this, &ProfileController::openNetworkSettings);
    connect(m_prompts, &NetworkPrompts::proxyPasswordStored, this, &ProfileController::rememberProxyUser);
    connect(m_prompts, &NetworkPrompts::proxyCredentialsAnswered, this, [this](const QString &profileId) {
        // The sender sends its queue again by itself, but a refresh that failed has to be started again.
        if (profileId == m_workspace->profile().id && !m_workspace->isRefreshing())
            m_workspace->refreshDirectory();
    });
    updateProfileLists();
}

ProfileController::~ProfileController() = default;

Ui::ProfilesDialog *ProfileController::profilesDialog() const
{
    return m_profilesDialog;
}

ProfileEditor *ProfileController::editor() const
{
    return m_editor;
}

void ProfileController::signInCurrentProfile()
{
    updateProfileLists();
    const auto profile = m_profiles->profile(m_profiles->currentProfileId());
    if (!profile) {
        m_workspace->disconnectProfile();
        showSignedOut(m_profiles->profiles().isEmpty()
                          ? tr("No profile yet: choose File → Profiles… to connect to Calven.")
                          : tr("No active profile: choose one in File → Profiles…"));
        return;
    }
    m_workspace->useProfile(*profile);
    m_window->setConnectionState(Ui::MainWindow::ConnectionState::Connecting, profile->displayName);
    // A later switch makes the keychain results of this sign-in stale; the generation tells them apart.
    readSecrets(*profile, ++m_signInGeneration);
}

void ProfileController::readSecrets(const Net::Profile &profile, int generation)
{
    struct Pending
    {
        Net::ProfileSecrets secrets;
        int remaining = 0;
        bool failed = false;
    };
    auto pending = std::make_shared<Pending>();
    QList<std::pair<Net::SecretKey, QString Net::ProfileSecrets::*>> reads;
    for (const Net::KeyUse use : profile.distinctKeyUses())
        reads.append({Net::SecretKey::forProfile(profile, use),
                      use == Net::KeyUse::Write ? &Net::ProfileSecrets::write : &Net::ProfileSecrets::read});
    if (profile.network.proxy.passwordInKeychain)
        reads.append({Net::SecretKey::forProxy(profile.network.proxy), &Net::ProfileSecrets::proxyPassword});
    pending->remaining = int(reads.size());

    for (const auto &[key, field] : std::as_const(reads)) {
        const bool optional = key.kind == Net::SecretKind::ProxyPassword;
        m_secrets->read(
            key, this,
            [this, generation, profile, pending, field, optional](const Net::SecretResult &result) {
                if (generation != m_signInGeneration || pending->failed)
                    return;
                // A missing proxy password is asked for when the proxy requests it.
                if (!result.ok() && !(optional && result.status == Net::SecretStatus::NotFound)) {
                    pending->failed = true;
                    showSignedOut(result.status == Net::SecretStatus::NotFound
                                      ? tr("Signed out: enter the API secret in File → Profiles…")
                                      : result.message);
                    return;
                }
                pending->secrets.*field = result.secret;
                if (--pending->remaining == 0)
                    connectWith(profile, pending->secrets);
            });
    }
}

void ProfileController::switchProfile(const QString &id)
{
    if (id == m_profiles->currentProfileId() || !m_profiles->profile(id))
        return;
    qCInfo(lcProfiles) << "switching the active profile to" << id;
    m_profiles->setCurrentProfileId(id);
    signInCurrentProfile();
    emit profilesChanged();
}

QWidget *ProfileController::dialogParent() const
{
    if (m_profilesDialog && m_profilesDialog->isVisible())
        return m_profilesDialog;
    return m_window;
}

bool ProfileController::refuseInTraining()
{
    if (!m_window->isTrainingMode())
        return false;
    QMessageBox::information(m_window, tr("Profiles"),
                             tr("Training mode uses the built-in simulator profile. Start CardDesk "
                                "without --training to connect to a Calven tenant."));
    return true;
}

void ProfileController::showProfiles()
{
    if (refuseInTraining())
        return;
    if (!m_profilesDialog) {
        m_profilesDialog = new Ui::ProfilesDialog(m_window);
        m_profilesDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_profilesDialog, &Ui::ProfilesDialog::addRequested, this, &ProfileController::addProfile);
        connect(m_profilesDialog, &Ui::ProfilesDialog::editRequested, this, &ProfileController::editProfile);
        connect(m_profilesDialog, &Ui::ProfilesDialog::duplicateRequested, this,
                &ProfileController::duplicateProfile);
        connect(m_profilesDialog, &Ui::ProfilesDialog::removeRequested, this,
                &ProfileController::removeProfile);
        connect(m_profilesDialog, &Ui::ProfilesDialog::activateRequested, this,
                &ProfileController::switchProfile);
        updateProfileLists();
    }
    m_profilesDialog->show();
    m_profilesDialog->raise();
    m_profilesDialog->activateWindow();
}

void ProfileController::addProfile()
{
    openEditor(Net::Profile::create(tr("Calven")), false);
}

void ProfileController::editProfile(const QString &id)
{
    if (const auto profile = m_profiles->profile(id))
        openEditor(*profile, true);
}

void ProfileController::duplicateProfile(const QString &id)
{
    const auto profile = m_profiles->profile(id);
    if (!profile)
        return;
    Net::Profile copy = *profile;
    copy.id.clear();
    copy.displayName = tr("%1 (copy)").arg(profile->displayName);
    openEditor(copy, false);
}

void ProfileController::openNetworkSettings(const QString &profileId)
{
    // During "Test connection" the editor of that profile is open already.
    if (!m_editor) {
        const auto profile = m_profiles->profile(profileId);
        if (!profile)
            return;
        openEditor(*profile, true);
    }
    if (m_editor)
        m_editor->dialog()->showNetworkSettings();
}

void ProfileController::rememberProxyUser(const QString &profileId, const QString &userName)
{
    auto profile = m_profiles->profile(profileId);
    if (!profile || profile->network.proxy.mode != Net::ProxyMode::Explicit)
        return;
    profile->network.proxy.userName = userName;
    profile->network.proxy.passwordInKeychain = true;
    if (const QString error = m_profiles->save(*profile); !error.isEmpty())
        qCWarning(lcProfiles) << "profile" << profileId << "not updated with the proxy user:" << error;
}

void ProfileController::openEditor(const Net::Profile &base, bool existing)
{
    if (refuseInTraining())
        return;
    if (m_editor) {
        // One editor at a time: a second one could save the same profile twice.
        m_editor->dialog()->raise();
        m_editor->dialog()->activateWindow();
        return;
    }
    m_editor = new ProfileEditor(base, existing, dialogParent(), m_profiles.get(), m_secrets, m_network,
                                 m_prompts, this);
    connect(m_editor, &ProfileEditor::saved, this, &ProfileController::onSaved);
    m_editor->open();
}

void ProfileController::onSaved(const Net::Profile &profile, const QString &replacedId)
{
    const QString current = m_profiles->currentProfileId();
    const bool wasActive = current.isEmpty() || current == profile.id || current == replacedId;
    if (!replacedId.isEmpty()) {
        // The edited profile is saved already, so keys it still uses are not in this list.
        const QList<Net::SecretKey> unused = m_profiles->secretKeysToRemove(replacedId);
        m_profiles->remove(replacedId);
        Net::removeSecrets(m_secrets, unused, this, [replacedId](const Net::SecretResult &result) {
            if (!result.ok())
                qCWarning(lcProfiles) << "secrets of replaced profile" << replacedId
                                      << "not deleted:" << Net::secretStatusName(result.status);
        });
    }
    if (wasActive) {
        m_profiles->setCurrentProfileId(profile.id);
        signInCurrentProfile();
    } else {
        updateProfileLists();
    }
    if (m_profilesDialog)
        m_profilesDialog->selectProfile(profile.id);
    emit profilesChanged();
}

void ProfileController::removeProfile(const QString &id)
{
    const auto profile = m_profiles->profile(id);
    if (!profile)
        return;
    QStringList keyIds;
    for (const Net::KeyUse use : profile->distinctKeyUses())
        keyIds.append(profile->keyFor(use).keyId);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove profile"),
                                tr("Remove the profile \"%1\"?").arg(profile->displayName),
                                QMessageBox::NoButton, dialogParent());
    box->setObjectName(u"removeProfileMessageBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setInformativeText(
        (keyIds.size() == 1
             ? tr("The stored secrets of API key %1 and of the profile's proxy are deleted from the system "
                  "keychain, unless another profile uses the same ones. Card updates queued for this "
                  "profile stay in the outbox.")
             : tr("The stored secrets of API keys %1 and of the profile's proxy are deleted from the "
                  "system keychain, unless another profile uses the same ones. Card updates queued for "
                  "this profile stay in the outbox."))
            .arg(keyIds.join(tr(" and "))));
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(u"confirmRemoveButton"_s);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(remove, &QPushButton::clicked, this, [this, chosen = *profile] { removeConfirmed(chosen); });
    box->open();
}

void ProfileController::removeConfirmed(const Net::Profile &profile)
{
    if (m_profilesDialog)
        m_profilesDialog->setStatus(
            tr("Deleting the secrets of \"%1\" from the system keychain…").arg(profile.displayName));
    const QList<Net::SecretKey> keys = m_profiles->secretKeysToRemove(profile.id);
    Net::removeSecrets(m_secrets, keys, this, [this, profile](const Net::SecretResult &result) {
        if (!result.ok()) {
            qCWarning(lcProfiles) << "deleting the secrets of profile" << profile.id
                                  << "failed:" << Net::secretStatusName(result.status);
            if (m_profilesDialog)
                m_profilesDialog->setStatus(
                    tr("The profile \"%1\" was kept because its secrets could not be deleted from the "
                       "keychain. %2")
                        .arg(profile.displayName, keychainErrorText(result.message, profile.key.keyId)),
                    true);
            return;
        }
        const bool wasActive = m_profiles->currentProfileId() == profile.id;
        m_profiles->remove(profile.id);
        qCInfo(lcProfiles) << "removed profile" << profile.id;
        if (m_profilesDialog)
            m_profilesDialog->setStatus(
                tr("Removed the profile \"%1\" and its stored secrets.").arg(profile.displayName));
        if (wasActive)
            signInCurrentProfile();
        else
            updateProfileLists();
        emit profilesChanged();
    });
}

void ProfileController::updateProfileLists()
{
    const QList<Net::Profile> all = m_profiles->profiles();
    const QString current = m_profiles->currentProfileId();
    QList<std::pair<QString, QString>> names;
    QList<Ui::ProfileSummary> summaries;
    for (const Net::Profile &profile : all) {
        names.append({profile.id, profile.displayName});
        summaries.append(toSummary(profile));
    }
    m_window->setProfiles(names, current);
    m_app->setProfileNames(names);
    if (m_profilesDialog)
        m_profilesDialog->setProfiles(summaries, current);
}

namespace {

// The limits' defaults are the ones the settings dialog and carddesk-cli show.
static_assert(Core::BatchSizeLimit.defaultValue == Sync::SenderOptions().batchSize);
static_assert(Core::MaxInFlightLimit.defaultValue == Sync::SenderOptions().maxInFlight);
static_assert(Core::MaxAttemptsLimit.defaultValue == Sync::SenderOptions().maxAttempts);

Sync::SenderOptions senderOptions(const QSettings *settings)
{
    const Ui::SendingSettings sending = Ui::loadSendingSettings(settings);
    Sync::SenderOptions options;
    options.batchSize = sending.batchSize;
    options.maxInFlight = sending.maxInFlight;
    options.maxAttempts = sending.maxAttempts;
    return options;
}

} // namespace

void ProfileController::connectWith(const Net::Profile &profile, const Net::ProfileSecrets &secrets)
{
    const Sync::SenderOptions options = senderOptions(m_settings);
    qCInfo(lcProfiles) << "Sending in batches of up to" << options.batchSize << "with up to"
                       << options.maxInFlight << "requests in flight and" << options.maxAttempts
                       << "attempts per update";
    m_workspace->connectProfile(m_network, profile, secrets, options);
    m_prompts->watch(m_workspace->client(), profile.displayName, m_window);
    m_app->profileConnected(profile.displayName);
    m_workspace->sendPending();
    m_workspace->refreshDirectory();
    emit signedIn(profile.id);
}

void ProfileController::showSignedOut(const QString &detail)
{
    m_window->setConnectionState(Ui::MainWindow::ConnectionState::Offline, detail);
}

} // namespace CardDesk::Gui
