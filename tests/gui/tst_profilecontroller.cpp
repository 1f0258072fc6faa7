// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The profile screens driven through their real widgets offscreen, with the real Secret Service
// (run inside scripts/with-keyring.sh), a settings file and a SQLite file in a QTemporaryDir, and
// the Calven simulator on loopback.

#include "core/cardvalidation.h"
#include "gui/appcontroller.h"
#include "gui/profilecontroller.h"
#include "gui/profileeditor.h"
#include "net/keychainsecretstore.h"
#include "net/profilestore.h"
#include "sim/simulator.h"
#include "store/outbox.h"
#include "sync/workspace.h"
#include "ui/mainwindow.h"
#include "ui/profiledialog.h"
#include "ui/profilesdialog.h"
#include "ui/sendingsettings.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk;

namespace {

constexpr char KeyringSessionVariable[] = "CARDDESK_KEYRING_SESSION";
constexpr int KeychainWaitMs = 20'000;

Net::SecretResult waitFor(const std::function<void(QObject *, Net::SecretCallback)> &call)
{
    QObject context;
    std::optional<Net::SecretResult> result;
    call(&context, [&result](const Net::SecretResult &reported) { result = reported; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, KeychainWaitMs))
        return {Net::SecretStatus::TimedOut, {}, u"test wait expired"_s};
    return *result;
}

} // namespace

class TestProfileController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addProfileStoresSecret();
    void separateKeysSavedAndLoaded();
    void duplicateGetsOwnId();
    void removeDeletesSecrets();
    void removeKeepsSharedSecret();
    void switchFromMainWindow();
    void sendingSettingsApplyOnSignIn();
    void testConnectionSignsIn();
    void testConnectionExplainsRole();
    void testConnectionRejectedKey();
    void keychainErrorKeepsEntries();

private:
    Ui::ProfilesDialog *openProfiles();
    Ui::ProfileDialog *openEditorByAdd();
    void fillSingleKey(Ui::ProfileDialog *dialog, const QString &name, const QString &keyId,
                       const QString &secret);
    void save(Ui::ProfileDialog *dialog);
    Net::Profile addThroughDialog(const QString &name, const QString &keyId, const QString &secret);
    Net::SecretResult readSecret(const Net::SecretKey &key);
    void writeSecret(const Net::SecretKey &key, const QString &secret);
    QMessageBox *removeConfirmation() const;
    const char *skipReason() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Sim::Simulator> m_simulator;
    std::unique_ptr<Sync::Workspace> m_workspace;
    std::unique_ptr<Ui::MainWindow> m_window;
    std::unique_ptr<Gui::AppController> m_app;
    std::unique_ptr<Net::SecretStore> m_secrets;
    std::unique_ptr<Net::MemorySecretStore> m_memorySecrets;
    std::unique_ptr<Gui::ProfileController> m_controller;
    QNetworkAccessManager m_network;
    QList<Net::SecretKey> m_written;
    bool m_haveSecretService = false;
};

void TestProfileController::initTestCase()
{
    Net::KeychainSecretStore probe(u"CardDesk-test-gui"_s);
    const Net::SecretKey key{QUrl(u"https://probe.example"_s), u"probe"_s};
    const Net::SecretResult result = waitFor([&](QObject *context, Net::SecretCallback callback) {
        probe.remove(key, context, std::move(callback));
    });
    m_haveSecretService = result.status != Net::SecretStatus::NoKeychain;
    if (!m_haveSecretService && qEnvironmentVariableIsSet(KeyringSessionVariable))
        QFAIL(qPrintable(u"scripts/with-keyring.sh started a keyring, but the store reports: "_s +
                         result.message));
}

const char *TestProfileController::skipReason() const
{
    if (!m_haveSecretService)
        return "No Secret Service on this D-Bus session; run the tests through scripts/with-keyring.sh.";
    return nullptr;
}

void TestProfileController::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);

    Sim::SimulatorOptions options;
    options.userCount = 60;
    m_simulator = std::make_unique<Sim::Simulator>(options);
    QString error;
    QVERIFY2(m_simulator->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));

    m_workspace = std::make_unique<Sync::Workspace>();
    QVERIFY2(m_workspace->open(m_dir->filePath(u"data"_s), &error), qPrintable(error));
    m_window = std::make_unique<Ui::MainWindow>();
    m_app = std::make_unique<Gui::AppController>(m_window.get(), m_workspace.get());
    m_secrets = std::make_unique<Net::KeychainSecretStore>(u"CardDesk-test-gui"_s);
    m_controller = std::make_unique<Gui::ProfileController>(m_window.get(), m_workspace.get(), m_app.get(),
                                                            &m_network, m_secrets.get(), m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestProfileController::cleanup()
{
    // Secrets written by a test, directly or through the dialogs, leave the test keyring again.
    if (m_haveSecretService && m_secrets && m_controller) {
        for (const Net::Profile &profile : m_controller->profiles().profiles())
            m_written.append(Net::SecretKey::allForProfile(profile));
        for (const Net::SecretKey &key : std::as_const(m_written))
            waitFor([&](QObject *context, Net::SecretCallback callback) {
                m_secrets->remove(key, context, std::move(callback));
            });
    }
    m_written.clear();
    m_controller.reset();
    m_memorySecrets.reset();
    m_app.reset();
    m_window.reset();
    m_workspace.reset();
    m_secrets.reset();
    m_simulator.reset();
    m_settings.reset();
    m_dir.reset();
}

Net::SecretResult TestProfileController::readSecret(const Net::SecretKey &key)
{
    return waitFor([&](QObject *context, Net::SecretCallback callback) {
        m_secrets->read(key, context, std::move(callback));
    });
}

void TestProfileController::writeSecret(const Net::SecretKey &key, const QString &secret)
{
    m_written.append(key);
    const Net::SecretResult result = waitFor([&](QObject *context, Net::SecretCallback callback) {
        m_secrets->write(key, secret, context, std::move(callback));
    });
    QVERIFY2(result.ok(), qPrintable(result.message));
}

Ui::ProfilesDialog *TestProfileController::openProfiles()
{
    m_window->findChild<QAction *>(u"profilesAction"_s)->trigger();
    Ui::ProfilesDialog *dialog = m_controller->profilesDialog();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

Ui::ProfileDialog *TestProfileController::openEditorByAdd()
{
    Ui::ProfilesDialog *profiles = openProfiles();
    if (!profiles)
        return nullptr;
    QTest::mouseClick(profiles->findChild<QPushButton *>(u"addProfileButton"_s), Qt::LeftButton);
    return m_controller->editor() ? m_controller->editor()->dialog() : nullptr;
}

void TestProfileController::fillSingleKey(Ui::ProfileDialog *dialog, const QString &name,
                                          const QString &keyId, const QString &secret)
{
    dialog->findChild<QLineEdit *>(u"nameLineEdit"_s)->setText(name);
    dialog->findChild<QLineEdit *>(u"baseUrlLineEdit"_s)->setText(m_simulator->baseUrl().toString());
    dialog->findChild<QLineEdit *>(u"keyIdLineEdit"_s)->setText(keyId);
    dialog->findChild<QLineEdit *>(u"secretLineEdit"_s)->setText(secret);
}

void TestProfileController::save(Ui::ProfileDialog *dialog)
{
    QPushButton *button =
        dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Save);
    QVERIFY2(button->isEnabled(), qPrintable(dialog->validationError()));
    QTest::mouseClick(button, Qt::LeftButton);
}

Net::Profile TestProfileController::addThroughDialog(const QString &name, const QString &keyId,
                                                     const QString &secret)
{
    Ui::ProfileDialog *dialog = openEditorByAdd();
    if (!dialog)
        return {};
    fillSingleKey(dialog, name, keyId, secret);
    QSignalSpy changed(m_controller.get(), &Gui::ProfileController::profilesChanged);
    save(dialog);
    if (!changed.wait(KeychainWaitMs))
        return {};
    for (const Net::Profile &profile : m_controller->profiles().profiles()) {
        if (profile.displayName == name)
            return profile;
    }
    return {};
}

QMessageBox *TestProfileController::removeConfirmation() const
{
    return m_window->findChild<QMessageBox *>(u"removeProfileMessageBox"_s);
}

void TestProfileController::addProfileStoresSecret()
{
    if (const char *reason = skipReason())
        QSKIP(reason);
    QSignalSpy signedIn(m_controller.get(), &Gui::ProfileController::signedIn);
    const Net::Profile profile =
        addThroughDialog(u"Simulator"_s, m_simulator->options().apiKeyId, m_simulator->options().apiSecret);
    QVERIFY(!profile.id.isEmpty());
    QTRY_VERIFY(!m_controller->editor());
    QCOMPARE(profile.baseUrl, Net::normalizedBaseUrl(m_simulator->baseUrl()));
    QVERIFY(!profile.hasSeparateReadKey());

    const Net::SecretResult stored = readSecret(Net::SecretKey::forProfile(profile, Net::KeyUse::Write));
    QVERIFY2(stored.ok(), qPrintable(stored.message));
    QCOMPARE(stored.secret, m_simulator->options().apiSecret);
    QFile settingsFile(m_settings->fileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    QVERIFY2(!settingsFile.readAll().contains(m_simulator->options().apiSecret.toUtf8()),
             "the secret reached the settings file");

    // The first profile becomes the active one and signs in with the secret from the keychain.
    QCOMPARE(m_controller->profiles().currentProfileId(), profile.id);
    QVERIFY(signedIn.count() > 0 || signedIn.wait(KeychainWaitMs));
    QCOMPARE(m_workspace->profile().id, profile.id);
    auto *combo = m_window->findChild<QComboBox *>(u"profileComboBox"_s);
    QCOMPARE(combo->count(), 1);
    QCOMPARE(combo->currentText(), u"Simulator"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->userCount() > 0, 15000);
}

void TestProfileController::separateKeysSavedAndLoaded()
{
    if (const char *reason = skipReason())
        QSKIP(reason);
    Ui::ProfileDialog *dialog = openEditorByAdd();
    QVERIFY(dialog);
    fillSingleKey(dialog, u"Two keys"_s, u"write-key-1"_s, u"write-secret-1"_s);
    dialog->findChild<QRadioButton *>(u"separateKeysRadioButton"_s)->setChecked(true);
    dialog->findChild<QLineEdit *>(u"readKeyIdLineEdit"_s)->setText(u"read-key-1"_s);
    dialog->findChild<QLineEdit *>(u"readSecretLineEdit"_s)->setText(u"read-secret-1"_s);
    auto *readMode = dialog->findChild<QComboBox *>(u"readAuthModeComboBox"_s);
    readMode->setCurrentIndex(readMode->findData(int(Ui::AuthMode::BasicReadOnly)));
    QSignalSpy changed(m_controller.get(), &Gui::ProfileController::profilesChanged);
    save(dialog);
    QVERIFY(changed.wait(KeychainWaitMs));
    QTRY_VERIFY(!m_controller->editor());

    const QList<Net::Profile> profiles = m_controller->profiles().profiles();
    QCOMPARE(profiles.size(), 1);
    const Net::Profile profile = profiles.first();
    QVERIFY(profile.hasSeparateReadKey());
    QCOMPARE(profile.key.keyId, u"write-key-1"_s);
    QCOMPARE(profile.readKey->keyId, u"read-key-1"_s);
    QCOMPARE(profile.readKey->authMode, Net::AuthMode::Basic);
    QCOMPARE(readSecret(Net::SecretKey::forProfile(profile, Net::KeyUse::Write)).secret, u"write-secret-1"_s);
    QCOMPARE(readSecret(Net::SecretKey::forProfile(profile, Net::KeyUse::Read)).secret, u"read-secret-1"_s);

    // Opened again, the editor shows both keys and reports both secrets as stored.
    Ui::ProfilesDialog *list = openProfiles();
    QVERIFY(list->selectProfile(profile.id));
    QTest::mouseClick(list->findChild<QPushButton *>(u"editProfileButton"_s), Qt::LeftButton);
    QVERIFY(m_controller->editor());
    Ui::ProfileDialog *edit = m_controller->editor()->dialog();
    QVERIFY(edit->findChild<QRadioButton *>(u"separateKeysRadioButton"_s)->isChecked());
    QCOMPARE(edit->findChild<QLineEdit *>(u"readKeyIdLineEdit"_s)->text(), u"read-key-1"_s);
    QCOMPARE(edit->findChild<QLineEdit *>(u"readSecretLineEdit"_s)->text(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(edit->isSecretStored(Ui::KeySlot::Write), KeychainWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(edit->isSecretStored(Ui::KeySlot::Read), KeychainWaitMs);
    QTRY_COMPARE(edit->findChild<QLabel *>(u"statusLabel"_s)->text(), QString());
    QCOMPARE(edit->validationError(), QString());
    edit->reject();
}

void TestProfileController::duplicateGetsOwnId()
{
    if (const char *reason = skipReason())
        QSKIP(reason);
    const Net::Profile original = addThroughDialog(u"Original"_s, u"dup-key"_s, u"dup-secret"_s);
    QVERIFY(!original.id.isEmpty());
    QTRY_VERIFY(!m_controller->editor());

    Ui::ProfilesDialog *list = openProfiles();
    QAbstractItemModelTester tester(list->findChild<QListWidget *>(u"profilesListWidget"_s)->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(list->selectProfile(original.id));
    QTest::mouseClick(list->findChild<QPushButton *>(u"duplicateProfileButton"_s), Qt::LeftButton);
    QVERIFY(m_controller->editor());
    Ui::ProfileDialog *dialog = m_controller->editor()->dialog();
    QCOMPARE(dialog->findChild<QLineEdit *>(u"nameLineEdit"_s)->text(), u"Original (copy)"_s);
    // The copy uses the same key, so the keychain's secret serves it without typing it again.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isSecretStored(Ui::KeySlot::Write), KeychainWaitMs);
    QSignalSpy changed(m_controller.get(), &Gui::ProfileController::profilesChanged);
    QTRY_VERIFY(
        dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Save)->isEnabled());
    save(dialog);
    // Nothing goes to the keychain here, so the profile may be saved before the click returns.
    QVERIFY2(changed.count() > 0 || changed.wait(KeychainWaitMs),
             qPrintable(dialog->findChild<QLabel *>(u"statusLabel"_s)->text()));

    const QList<Net::Profile> profiles = m_controller->profiles().profiles();
    QCOMPARE(profiles.size(), 2);
    QVERIFY(profiles[0].id != profiles[1].id);
    QCOMPARE(list->findChild<QListWidget *>(u"profilesListWidget"_s)->count(), 2);
}

void TestProfileController::removeDeletesSecrets()
{
    if (const char *reason = skipReason())
        QSKIP(reason);
    const Net::Profile profile = addThroughDialog(u"To remove"_s, u"remove-key"_s, u"remove-secret"_s);
    QVERIFY(!profile.id.isEmpty());
    QTRY_VERIFY(!m_controller->editor());
    const Net::SecretKey key = Net::SecretKey::forProfile(profile, Net::KeyUse::Write);
    QVERIFY(readSecret(key).ok());

    Ui::ProfilesDialog *list = openProfiles();
    QVERIFY(list->selectProfile(profile.id));
    QTest::mouseClick(list->findChild<QPushButton *>(u"removeProfileButton"_s), Qt::LeftButton);
    QTRY_VERIFY(removeConfirmation());
    QMessageBox *box = removeConfirmation();
    QVERIFY2(box->informativeText().contains(u"deleted from the system keychain"_s),
             qPrintable(box->informativeText()));
    QVERIFY(box->informativeText().contains(u"remove-key"_s));

    // Cancel keeps everything.
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!removeConfirmation());
    QVERIFY(m_controller->profiles().profile(profile.id));

    QTest::mouseClick(list->findChild<QPushButton *>(u"removeProfileButton"_s), Qt::LeftButton);
    QTRY_VERIFY(removeConfirmation());
    QSignalSpy changed(m_controller.get(), &Gui::ProfileController::profilesChanged);
    removeConfirmation()->findChild<QPushButton *>(u"confirmRemoveButton"_s)->click();
    QVERIFY(changed.wait(KeychainWaitMs));
    QVERIFY(!m_controller->profiles().profile(profile.id));
    QCOMPARE(readSecret(key).status, Net::SecretStatus::NotFound);
    QVERIFY(list->findChild<QLabel *>(u"profilesStatusLabel"_s)->text().contains(u"Removed"_s));
    QCOMPARE(list->findChild<QListWidget *>(u"profilesListWidget"_s)->count(), 0);
    QVERIFY2(m_window->connectionStatusText().contains(u"No profile"_s),
             qPrintable(m_window->connectionStatusText()));
}

void TestProfileController::removeKeepsSharedSecret()
{
    if (const char *reason = skipReason())
        QSKIP(reason);
    // Two profiles for the same tenant and key share one keychain entry.
    Net::Profile first = Net::Profile::create(u"First"_s);
    first.baseUrl = m_simulator->baseUrl();
    first.key.keyId = u"shared-key"_s;
    Net::Profile second = first;
    second.id = u"second-profile"_s;
    second.displayName = u"Second"_s;
    QCOMPARE(m_controller->profiles().save(first), QString());
    QCOMPARE(m_controller->profiles().save(second), QString());
    const Net::SecretKey key = Net::SecretKey::forProfile(first, Net::KeyUse::Write);
    writeSecret(key, u"shared-secret"_s);

    Ui::ProfilesDialog *list = openProfiles();
    QVERIFY(list->selectProfile(second.id));
    QTest::mouseClick(list->findChild<QPushButton *>(u"removeProfileButton"_s), Qt::LeftButton);
    QTRY_VERIFY(removeConfirmation());
    QSignalSpy changed(m_controller.get(), &Gui::ProfileController::profilesChanged);
    removeConfirmation()->findChild<QPushButton *>(u"confirmRemoveButton"_s)->click();
    QVERIFY(changed.wait(KeychainWaitMs));
    QVERIFY(!m_controller->profiles().profile(second.id));
    const Net::SecretResult kept = readSecret(key);
    QVERIFY2(kept.ok(), qPrintable(kept.message));
    QCOMPARE(kept.secret, u"shared-secret"_s);
}

void TestProfileController::switchFromMainWindow()
{
    if (const char *reason = skipReason())
        QSKIP(reason);
    Net::Profile first = Net::Profile::create(u"Alpha"_s);
    first.baseUrl = m_simulator->baseUrl();
    first.key.keyId = m_simulator->options().apiKeyId;
    Net::Profile second = Net::Profile::create(u"Beta"_s);
    second.baseUrl = m_simulator->baseUrl();
    second.region = Net::Region::Ause1;
    second.key.keyId = m_simulator->options().apiKeyId;
    QCOMPARE(m_controller->profiles().save(first), QString());
    QCOMPARE(m_controller->profiles().save(second), QString());
    m_controller->profiles().setCurrentProfileId(first.id);
    writeSecret(Net::SecretKey::forProfile(first, Net::KeyUse::Write), m_simulator->options().apiSecret);

    QSignalSpy signedIn(m_controller.get(), &Gui::ProfileController::signedIn);
    m_controller->signInCurrentProfile();
    QVERIFY(signedIn.wait(KeychainWaitMs));
    QCOMPARE(signedIn.takeFirst().at(0).toString(), first.id);

    auto *combo = m_window->findChild<QComboBox *>(u"profileComboBox"_s);
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->currentText(), u"Alpha"_s);
    const int beta = combo->findText(u"Beta"_s);
    QVERIFY(beta >= 0);
    combo->setCurrentIndex(beta);
    emit combo->activated(beta);

    QVERIFY(signedIn.wait(KeychainWaitMs));
    QCOMPARE(signedIn.takeFirst().at(0).toString(), second.id);
    QCOMPARE(m_controller->profiles().currentProfileId(), second.id);
    QCOMPARE(m_workspace->profile().id, second.id);
    QCOMPARE(m_workspace->profile().region, Net::Region::Ause1);
    QVERIFY(m_workspace->isConnected());
    QCOMPARE(combo->currentText(), u"Beta"_s);
}

void TestProfileController::sendingSettingsApplyOnSignIn()
{
    if (const char *reason = skipReason())
        QSKIP(reason);
    Ui::SendingSettings sending;
    sending.batchSize = 1;
    sending.maxInFlight = 1;
    Ui::saveSendingSettings(m_settings.get(), sending);
    Net::Profile profile = Net::Profile::create(u"Batches of one"_s);
    profile.baseUrl = m_simulator->baseUrl();
    profile.key.keyId = m_simulator->options().apiKeyId;
    QCOMPARE(m_controller->profiles().save(profile), QString());
    m_controller->profiles().setCurrentProfileId(profile.id);
    writeSecret(Net::SecretKey::forProfile(profile, Net::KeyUse::Write), m_simulator->options().apiSecret);

    QSignalSpy signedIn(m_controller.get(), &Gui::ProfileController::signedIn);
    m_controller->signInCurrentProfile();
    QVERIFY(signedIn.wait(KeychainWaitMs));

    // Three users' updates, queued together, go out in one request each.
    const Core::CardFormat *format = Core::findCardFormat(u"h10301");
    QVERIFY(format);
    int queued = 0;
    QString error;
    for (const Core::DirectoryUser &user : m_simulator->directory().users) {
        if (!user.isActive() || user.email.isEmpty() || queued == 3)
            continue;
        const Core::Credential card =
            Core::makeCredential(*format, u"31"_s, QString::number(900 + queued), true, {}).credential;
        m_workspace->setAutoSend(false);
        QVERIFY2(m_workspace->submitCards(user, {card}, &error), qPrintable(error));
        ++queued;
    }
    QCOMPARE(queued, 3);
    const int requestsBefore = m_simulator->requestCount(u"/v1/access-credentials"_s);
    m_workspace->sendPending();
    QTRY_COMPARE_WITH_TIMEOUT(m_workspace->outbox().counts()->pending(), 0, 20000);
    QCOMPARE(m_workspace->outbox().counts()->openFailures, 0);
    QCOMPARE(m_simulator->requestCount(u"/v1/access-credentials"_s) - requestsBefore, 3);
}

void TestProfileController::testConnectionSignsIn()
{
    if (const char *reason = skipReason())
        QSKIP(reason);
    Ui::ProfileDialog *dialog = openEditorByAdd();
    QVERIFY(dialog);
    fillSingleKey(dialog, u"Sim"_s, m_simulator->options().apiKeyId, m_simulator->options().apiSecret);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"testConnectionButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->testPanel()->hasResult(Ui::KeySlot::Write), KeychainWaitMs);
    const QString text = dialog->testPanel()->resultText(Ui::KeySlot::Write);
    QVERIFY2(text.contains(u"✓ Signed in"_s), qPrintable(text));
    QVERIFY2(text.contains(u"✓ Can read the directory"_s), qPrintable(text));
    QVERIFY(dialog->findChild<QPushButton *>(u"testConnectionButton"_s)->isEnabled());
    // Testing stores nothing.
    QVERIFY(m_controller->profiles().profiles().isEmpty());
    dialog->reject();
}

void TestProfileController::testConnectionExplainsRole()
{
    if (const char *reason = skipReason())
        QSKIP(reason);
    // A write key with the Submitting Events role, and a "read key" that has the same role, so
    // reading the directory is forbidden to it.
    Sim::SimulatorOptions options;
    options.userCount = 50;
    options.extraKeys = {{u"events-write"_s, u"write-secret"_s, Sim::KeyRole::SubmittingEvents},
                         {u"events-read"_s, u"read-secret"_s, Sim::KeyRole::SubmittingEvents}};
    m_simulator = std::make_unique<Sim::Simulator>(options);
    QString error;
    QVERIFY2(m_simulator->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));

    Ui::ProfileDialog *dialog = openEditorByAdd();
    QVERIFY(dialog);
    fillSingleKey(dialog, u"Roles"_s, u"events-write"_s, u"write-secret"_s);
    dialog->findChild<QRadioButton *>(u"separateKeysRadioButton"_s)->setChecked(true);
    dialog->findChild<QLineEdit *>(u"readKeyIdLineEdit"_s)->setText(u"events-read"_s);
    dialog->findChild<QLineEdit *>(u"readSecretLineEdit"_s)->setText(u"read-secret"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"testConnectionButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->testPanel()->hasResult(Ui::KeySlot::Read), KeychainWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->testPanel()->hasResult(Ui::KeySlot::Write), KeychainWaitMs);

    const QString write = dialog->testPanel()->resultText(Ui::KeySlot::Write);
    QVERIFY2(write.startsWith(u"Write key events-write"_s), qPrintable(write));
    QVERIFY2(write.contains(u"✓ Signed in"_s), qPrintable(write));
    QVERIFY2(write.contains(u"Can submit credentials"_s), qPrintable(write));
    QVERIFY2(!write.contains(u"directory"_s), qPrintable(write));

    const QString read = dialog->testPanel()->resultText(Ui::KeySlot::Read);
    QVERIFY2(read.startsWith(u"Read key events-read"_s), qPrintable(read));
    QVERIFY2(read.contains(u"✓ Signed in"_s), qPrintable(read));
    QVERIFY2(read.contains(u"✗ Cannot read the directory"_s), qPrintable(read));
    QVERIFY2(read.contains(u"Data Warehouse"_s), qPrintable(read));
    QVERIFY(dialog->findChild<QPushButton *>(u"testConnectionButton"_s)->isEnabled());
    dialog->reject();
}

void TestProfileController::testConnectionRejectedKey()
{
    if (const char *reason = skipReason())
        QSKIP(reason);
    Ui::ProfileDialog *dialog = openEditorByAdd();
    QVERIFY(dialog);
    fillSingleKey(dialog, u"Wrong"_s, m_simulator->options().apiKeyId, u"wrong-secret"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"testConnectionButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->testPanel()->hasResult(Ui::KeySlot::Write), KeychainWaitMs);
    const QString text = dialog->testPanel()->resultText(Ui::KeySlot::Write);
    QVERIFY2(text.contains(u"✗ Sign-in failed"_s), qPrintable(text));
    QVERIFY2(text.contains(u"– Reading the directory not checked"_s), qPrintable(text));
    QVERIFY2(text.contains(u"401"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Check the key id and secret in the profile editor (File > Profiles…)"_s),
             qPrintable(text));
    dialog->reject();
}

void TestProfileController::keychainErrorKeepsEntries()
{
    // A locked keychain, which the real Secret Service in the test session cannot be made to be.
    m_controller.reset();
    m_memorySecrets = std::make_unique<Net::MemorySecretStore>();
    m_memorySecrets->setForcedStatus(Net::SecretStatus::Denied, u"The keychain is locked."_s);
    m_controller = std::make_unique<Gui::ProfileController>(
        m_window.get(), m_workspace.get(), m_app.get(), &m_network, m_memorySecrets.get(), m_settings.get());
    Ui::ProfileDialog *dialog = openEditorByAdd();
    QVERIFY(dialog);
    fillSingleKey(dialog, u"Locked"_s, u"locked-key"_s, u"locked-secret"_s);
    save(dialog);
    auto *status = dialog->findChild<QLabel *>(u"statusLabel"_s);
    QTRY_VERIFY(status->text().contains(u"The keychain is locked."_s));
    QVERIFY2(status->text().contains(u"not saved"_s), qPrintable(status->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(u"secretLineEdit"_s)->text(), u"locked-secret"_s);
    QVERIFY(m_controller->profiles().profiles().isEmpty());
    dialog->reject();
}

QTEST_MAIN(TestProfileController)
#include "tst_profilecontroller.moc"
