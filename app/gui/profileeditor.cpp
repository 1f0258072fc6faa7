// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profileeditor.h"

#include "connectiontester.h"
#include "net/apiclient.h"
#include "net/profilestore.h"
#include "net/secretstore.h"
#include "net/tlsconfig.h"
#include "networkprompts.h"
#include "profilemapping.h"
#include "ui/networksettingswidget.h"
#include "ui/profiledialog.h"

#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcProfileEditor, "carddesk.gui.profileeditor", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace CardDesk::Gui {

QString keychainErrorText(const QString &message, const QString &keyId)
{
    if (!message.isEmpty())
        return message;
    return ProfileEditor::tr("The system keychain failed for API key %1 and gave no reason. Try again, "
                             "or check the keychain application.")
        .arg(keyId);
}

ProfileEditor::ProfileEditor(const Net::Profile &base, bool existing, QWidget *window,
                             Net::ProfileStore *profiles, Net::SecretStore *secrets,
                             QNetworkAccessManager *network, NetworkPrompts *prompts, QObject *parent)
    : QObject(parent)
    , m_base(base)
    , m_existing(existing)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_network(network)
    , m_prompts(prompts)
    , m_dialog(new Ui::ProfileDialog(window))
{
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setWindowTitle(existing ? tr("Edit profile \"%1\"").arg(base.displayName) : tr("New profile"));
    m_dialog->setProfile(toEntry(base));
    m_dialog->networkSettings()->setCaBundleCheck(
        [](const QString &path) { return Net::TlsConfig::loadCaBundle(path).error; });
    connect(m_dialog, &Ui::ProfileDialog::saveRequested, this, &ProfileEditor::save);
    connect(m_dialog, &Ui::ProfileDialog::testConnectionRequested, this, &ProfileEditor::testConnection);
    connect(m_dialog, &QObject::destroyed, this, &QObject::deleteLater);
}

ProfileEditor::~ProfileEditor() = default;

Ui::ProfileDialog *ProfileEditor::dialog() const
{
    return m_dialog;
}

void ProfileEditor::open()
{
    m_dialog->open();
    checkStoredSecrets();
}

void ProfileEditor::checkStoredSecrets()
{
    if (m_base.keyFor(Net::KeyUse::Write).keyId.isEmpty())
        return;
    const QList<Ui::KeySlot> keySlots = keySlotsOf(m_base);
    m_pendingLookups = int(keySlots.size());
    m_dialog->setBusy(tr("Checking the system keychain for stored secrets…"));
    for (const Ui::KeySlot slot : keySlots) {
        const Net::SecretKey key = Net::SecretKey::forProfile(m_base, keyUseOf(slot));
        m_secrets->read(key, this, [this, slot, key](const Net::SecretResult &result) {
            if (!m_dialog)
                return;
            --m_pendingLookups;
            if (result.ok())
                m_dialog->setSecretStored(slot, key.baseUrl, key.keyId);
            if (!result.ok() && result.status != Net::SecretStatus::NotFound) {
                qCWarning(lcProfileEditor) << "keychain lookup for key" << key.keyId
                                           << "failed:" << Net::secretStatusName(result.status);
                m_dialog->showError(keychainErrorText(result.message, key.keyId));
                return;
            }
            if (m_pendingLookups == 0)
                m_dialog->setBusy({});
        });
    }
}

void ProfileEditor::testConnection(const Ui::ProfileEntry &entry, const Ui::ProfileSecrets &secrets)
{
    delete m_tester;
    m_tester = new ConnectionTester(m_network, m_secrets, this);
    const Net::Profile profile = fromEntry(entry, m_base);
    QList<std::pair<Ui::KeySlot, QString>> running;
    for (const Ui::KeySlot slot : keySlotsOf(profile))
        running.append({slot, ConnectionTester::keyTitle(profile, slot)});
    m_dialog->setTestRunning(running);
    connect(m_tester, &ConnectionTester::clientStarted, this,
            [this, name = profile.displayName](Net::ApiClient *client) {
                m_prompts->watch(client, name, m_dialog, true);
            });
    connect(m_tester, &ConnectionTester::keyFinished, m_dialog.data(), &Ui::ProfileDialog::setTestResult);
    connect(m_tester, &ConnectionTester::finished, m_dialog.data(), &Ui::ProfileDialog::setTestFinished);
    m_tester->start(profile, secrets);
}

QString ProfileEditor::idFor(const Net::Profile &edited) const
{
    const QString writeKeyId = edited.keyFor(Net::KeyUse::Write).keyId;
    const bool sameTarget =
        m_existing && Net::normalizedBaseUrl(edited.baseUrl) == Net::normalizedBaseUrl(m_base.baseUrl) &&
        writeKeyId == m_base.keyFor(Net::KeyUse::Write).keyId;
    if (sameTarget)
        return m_base.id;
    // A profile for another tenant or write key gets another id, so updates queued under the old id
    // are never sent to the new target. The id follows the base URL and write key, as the CLI's does,
    // unless another profile already has that id (a duplicate of it, for example).
    const QString stable = Net::stableProfileId(edited.baseUrl, writeKeyId);
    if (!m_profiles->profile(stable) || (m_existing && stable == m_base.id))
        return stable;
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void ProfileEditor::save(const Ui::ProfileEntry &entry, const Ui::ProfileSecrets &secrets)
{
    Net::Profile profile = fromEntry(entry, m_base);
    profile.id = idFor(profile);
    if (const QString error = profile.validationError(); !error.isEmpty()) {
        m_dialog->showError(tr("The profile was not saved: %1").arg(error));
        return;
    }
    QList<std::pair<Net::KeyUse, QString>> pending;
    if (!secrets.write.isEmpty())
        pending.append({Net::KeyUse::Write, secrets.write});
    if (hasSeparateKeys(profile) && !secrets.read.isEmpty())
        pending.append({Net::KeyUse::Read, secrets.read});
    writeSecrets(profile, pending);
}

void ProfileEditor::writeSecrets(const Net::Profile &profile, QList<std::pair<Net::KeyUse, QString>> pending)
{
    if (pending.isEmpty()) {
        finishSave(profile);
        return;
    }
    const auto [use, secret] = pending.takeFirst();
    const Net::SecretKey key = Net::SecretKey::forProfile(profile, use);
    m_dialog->setBusy(tr("Saving the secret of API key %1 in the system keychain…").arg(key.keyId));
    m_secrets->write(key, secret, this, [this, profile, pending, key](const Net::SecretResult &result) {
        if (!m_dialog)
            return;
        if (!result.ok()) {
            qCWarning(lcProfileEditor) << "storing the secret of key" << key.keyId
                                       << "failed:" << Net::secretStatusName(result.status);
            m_dialog->showError(tr("The profile was not saved because the secret could not be stored. %1")
                                    .arg(keychainErrorText(result.message, key.keyId)));
            return;
        }
        m_dialog->setSecretStored(profile.keyFor(Net::KeyUse::Write).keyId == key.keyId ? Ui::KeySlot::Write
                                                                                        : Ui::KeySlot::Read,
                                  key.baseUrl, key.keyId);
        writeSecrets(profile, pending);
    });
}

void ProfileEditor::finishSave(const Net::Profile &profile)
{
    if (const QString error = m_profiles->save(profile); !error.isEmpty()) {
        m_dialog->showError(tr("The profile was not saved: %1").arg(error));
        return;
    }
    const QString replacedId = m_existing && profile.id != m_base.id ? m_base.id : QString();
    qCInfo(lcProfileEditor) << "saved profile" << profile.id << profile.baseUrl.toDisplayString()
                            << (replacedId.isEmpty() ? "" : "replacing") << replacedId;
    emit saved(profile, replacedId);
    m_dialog->closeSaved();
}

} // namespace CardDesk::Gui
