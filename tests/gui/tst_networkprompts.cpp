// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The certificate dialog and the proxy sign-in dialog as the profile editor's "Test connection"
// opens them: the simulator over HTTPS with an untrusted certificate, and a proxy on loopback that
// requires Basic credentials. Real widgets offscreen and the real Secret Service (run inside
// scripts/with-keyring.sh).

#include "gui/appcontroller.h"
#include "gui/networkprompts.h"
#include "gui/profilecontroller.h"
#include "gui/profileeditor.h"
#include "net/keychainsecretstore.h"
#include "net/profilestore.h"
#include "sim/simulator.h"
#include "sync/workspace.h"
#include "ui/certificatedialog.h"
#include "ui/mainwindow.h"
#include "ui/profiledialog.h"
#include "ui/proxyauthdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk;

namespace {

constexpr int WaitMs = 20'000;
const QString CertificatePath = QStringLiteral(CARDDESK_NET_TEST_DATA_DIR "/test-server.crt");
const QString PrivateKeyPath = QStringLiteral(CARDDESK_NET_TEST_DATA_DIR "/test-server.key");

/// An HTTP proxy on loopback that responds 407 until a request carries the expected Basic
/// credentials, and 502 after that, so no request ever reaches a server through it.
class CredentialProxy final : public QObject
{
public:
    explicit CredentialProxy(QByteArray expected)
        : m_expected("Proxy-Authorization: Basic " + expected.toBase64())
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    int requestCount() const { return m_requests; }
    int authorizedCount() const { return m_authorized; }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        ++m_requests;
        const bool authorized = buffer.contains(m_expected);
        buffer.clear();
        if (authorized) {
            ++m_authorized;
            socket->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
            return;
        }
        socket->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                      "Proxy-Authenticate: Basic realm=\"corp\"\r\nContent-Length: 0\r\n\r\n");
    }

    QTcpServer m_server;
    QByteArray m_expected;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_requests = 0;
    int m_authorized = 0;
};

Net::SecretResult waitFor(const std::function<void(QObject *, Net::SecretCallback)> &call)
{
    QObject context;
    std::optional<Net::SecretResult> result;
    call(&context, [&result](const Net::SecretResult &reported) { result = reported; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, WaitMs))
        return {Net::SecretStatus::TimedOut, {}, u"test wait expired"_s};
    return *result;
}

} // namespace

class TestNetworkPrompts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void certificateDialogShowsChain();
    void certificateDialogOpensNetworkTab();
    void proxyPromptAnswersProxy();

private:
    void startSimulator(bool tls);
    Ui::ProfileDialog *editSaved(const Net::Profile &profile, const QString &secret);
    Net::Profile simulatorProfile() const;
    void clickTest(Ui::ProfileDialog *dialog);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Sim::Simulator> m_simulator;
    std::unique_ptr<Sync::Workspace> m_workspace;
    std::unique_ptr<Ui::MainWindow> m_window;
    std::unique_ptr<Gui::AppController> m_app;
    std::unique_ptr<Net::KeychainSecretStore> m_secrets;
    std::unique_ptr<Gui::ProfileController> m_controller;
    QNetworkAccessManager m_network;
    bool m_haveSecretService = false;
};

void TestNetworkPrompts::initTestCase()
{
    Net::KeychainSecretStore probe(u"CardDesk-test-gui"_s);
    const Net::SecretResult result = waitFor([&](QObject *context, Net::SecretCallback callback) {
        probe.remove(Net::SecretKey{QUrl(u"https://probe.example"_s), u"probe"_s}, context,
                     std::move(callback));
    });
    m_haveSecretService = result.status != Net::SecretStatus::NoKeychain;
    if (!m_haveSecretService)
        QSKIP("No Secret Service on this D-Bus session; run the tests through scripts/with-keyring.sh.");
}

void TestNetworkPrompts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_workspace = std::make_unique<Sync::Workspace>();
    QString error;
    QVERIFY2(m_workspace->open(m_dir->filePath(u"data"_s), &error), qPrintable(error));
    m_window = std::make_unique<Ui::MainWindow>();
    m_app = std::make_unique<Gui::AppController>(m_window.get(), m_workspace.get());
    m_secrets = std::make_unique<Net::KeychainSecretStore>(u"CardDesk-test-gui"_s);
    m_controller = std::make_unique<Gui::ProfileController>(m_window.get(), m_workspace.get(), m_app.get(),
                                                            &m_network, m_secrets.get(), m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestNetworkPrompts::cleanup()
{
    if (m_controller) {
        for (const Net::Profile &profile : m_controller->profiles().profiles()) {
            for (const Net::SecretKey &key : Net::SecretKey::allForProfile(profile))
                waitFor([&](QObject *context, Net::SecretCallback callback) {
                    m_secrets->remove(key, context, std::move(callback));
                });
        }
    }
    m_controller.reset();
    m_app.reset();
    m_window.reset();
    m_workspace.reset();
    m_secrets.reset();
    m_simulator.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestNetworkPrompts::startSimulator(bool tls)
{
    Sim::SimulatorOptions options;
    options.userCount = 50;
    if (tls) {
        options.tlsCertificatePath = CertificatePath;
        options.tlsPrivateKeyPath = PrivateKeyPath;
    }
    m_simulator = std::make_unique<Sim::Simulator>(options);
    QString error;
    QVERIFY2(m_simulator->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
}

Net::Profile TestNetworkPrompts::simulatorProfile() const
{
    Net::Profile profile = Net::Profile::create(u"Simulator"_s);
    profile.baseUrl = m_simulator->baseUrl();
    profile.key.keyId = m_simulator->options().apiKeyId;
    return profile;
}

Ui::ProfileDialog *TestNetworkPrompts::editSaved(const Net::Profile &profile, const QString &secret)
{
    if (!m_controller->profiles().save(profile).isEmpty())
        return nullptr;
    const Net::SecretResult written = waitFor([&](QObject *context, Net::SecretCallback callback) {
        m_secrets->write(Net::SecretKey::forProfile(profile, Net::KeyUse::Write), secret, context,
                         std::move(callback));
    });
    if (!written.ok())
        return nullptr;
    // Not the active profile, so only the editor's test clients talk to the server.
    m_controller->editProfile(profile.id);
    Ui::ProfileDialog *dialog = m_controller->editor() ? m_controller->editor()->dialog() : nullptr;
    if (dialog && !QTest::qWaitFor([dialog] { return dialog->isSecretStored(Ui::KeySlot::Write); }, WaitMs))
        return nullptr;
    return dialog;
}

void TestNetworkPrompts::clickTest(Ui::ProfileDialog *dialog)
{
    auto *button = dialog->findChild<QPushButton *>(u"testConnectionButton"_s);
    QTRY_VERIFY2(button->isEnabled(), qPrintable(dialog->validationError()));
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestNetworkPrompts::certificateDialogShowsChain()
{
    startSimulator(true);
    QCOMPARE(m_simulator->baseUrl().scheme(), u"https"_s);
    Ui::ProfileDialog *dialog = editSaved(simulatorProfile(), m_simulator->options().apiSecret);
    QVERIFY(dialog);
    clickTest(dialog);

    QTRY_VERIFY_WITH_TIMEOUT(m_controller->prompts()->certificateDialog(), WaitMs);
    Ui::CertificateDialog *certificate = m_controller->prompts()->certificateDialog();
    QVERIFY(QTest::qWaitForWindowExposed(certificate));

    QFile file(CertificatePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QSslCertificate expected(file.readAll());
    const QString fingerprint =
        QString::fromLatin1(expected.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    QCOMPARE(certificate->findChild<QLabel *>(u"fingerprintLabel"_s)->text(), fingerprint);
    QVERIFY2(
        certificate->findChild<QLabel *>(u"subjectLabel"_s)->text().contains(u"carddesk-untrusted-test"_s),
        qPrintable(certificate->detailsText()));
    QVERIFY(certificate->findChild<QListWidget *>(u"tlsErrorsListWidget"_s)->count() > 0);
    QVERIFY(certificate->findChild<QLabel *>(u"certificateHeadingLabel"_s)->text().contains(u"127.0.0.1"_s));

    // Only safe choices: close, or add a CA bundle. Nothing accepts the certificate.
    QStringList buttons;
    for (QAbstractButton *button : certificate->findChild<QDialogButtonBox *>()->buttons())
        buttons.append(button->text().remove(u'&'));
    buttons.sort();
    QCOMPARE(buttons, QStringList({u"Add a CA bundle to this profile…"_s, u"Close"_s}));

    QTRY_VERIFY_WITH_TIMEOUT(dialog->testPanel()->hasResult(Ui::KeySlot::Write), WaitMs);
    const QString result = dialog->testPanel()->resultText(Ui::KeySlot::Write);
    QVERIFY2(result.contains(u"✗ Calven not reached"_s), qPrintable(result));
    certificate->reject();
    dialog->reject();
}

void TestNetworkPrompts::certificateDialogOpensNetworkTab()
{
    startSimulator(true);
    Ui::ProfileDialog *dialog = editSaved(simulatorProfile(), m_simulator->options().apiSecret);
    QVERIFY(dialog);
    clickTest(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->prompts()->certificateDialog(), WaitMs);
    Ui::CertificateDialog *certificate = m_controller->prompts()->certificateDialog();
    QTest::mouseClick(certificate->findChild<QPushButton *>(u"addCaBundleButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_controller->prompts()->certificateDialog());
    auto *tabs = dialog->findChild<QTabWidget *>(u"tabWidget"_s);
    QCOMPARE(tabs->currentWidget()->objectName(), u"networkSettings"_s);
    QVERIFY(dialog->isVisible());
    dialog->reject();
}

void TestNetworkPrompts::proxyPromptAnswersProxy()
{
    startSimulator(false);
    CredentialProxy proxy("desk-user:proxy-pass");
    QVERIFY(proxy.listen());
    Net::Profile profile = simulatorProfile();
    profile.network.proxy.mode = Net::ProxyMode::Explicit;
    profile.network.proxy.host = u"127.0.0.1"_s;
    profile.network.proxy.port = proxy.port();
    Ui::ProfileDialog *dialog = editSaved(profile, m_simulator->options().apiSecret);
    QVERIFY(dialog);
    clickTest(dialog);

    QTRY_VERIFY_WITH_TIMEOUT(m_controller->prompts()->proxyDialog(), WaitMs);
    Ui::ProxyAuthDialog *prompt = m_controller->prompts()->proxyDialog();
    QVERIFY(QTest::qWaitForWindowExposed(prompt));
    QVERIFY(prompt->findChild<QLabel *>(u"proxyIntroLabel"_s)
                ->text()
                .contains(u"127.0.0.1:%1"_s.arg(proxy.port())));
    QCOMPARE(prompt->findChild<QLineEdit *>(u"proxyPasswordLineEdit"_s)->echoMode(), QLineEdit::Password);
    auto *ok = prompt->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    prompt->findChild<QLineEdit *>(u"proxyUserLineEdit"_s)->setText(u"desk-user"_s);
    prompt->findChild<QLineEdit *>(u"proxyPasswordLineEdit"_s)->setText(u"proxy-pass"_s);
    prompt->findChild<QCheckBox *>(u"rememberProxyPasswordCheckBox"_s)->setChecked(true);
    QVERIFY(ok->isEnabled());
    QSignalSpy stored(m_controller->prompts(), &Gui::NetworkPrompts::proxyPasswordStored);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(stored.wait(WaitMs));

    // The password went to the keychain and the profile now names the proxy user.
    const auto updated = m_controller->profiles().profile(profile.id);
    QVERIFY(updated);
    QCOMPARE(updated->network.proxy.userName, u"desk-user"_s);
    QVERIFY(updated->network.proxy.passwordInKeychain);
    const Net::SecretResult password = waitFor([&](QObject *context, Net::SecretCallback callback) {
        m_secrets->read(Net::SecretKey::forProxy(updated->network.proxy), context, std::move(callback));
    });
    QVERIFY2(password.ok(), qPrintable(password.message));
    QCOMPARE(password.secret, u"proxy-pass"_s);

    // Testing again sends the typed credentials to the proxy without asking.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QPushButton *>(u"testConnectionButton"_s)->isEnabled(),
                             WaitMs);
    clickTest(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(proxy.authorizedCount() > 0, WaitMs);
    QVERIFY(!m_controller->prompts()->proxyDialog());
    dialog->reject();
}

QTEST_MAIN(TestNetworkPrompts)
#include "tst_networkprompts.moc"
