// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Renders the profile screens to PNG files so a person can look at them without a desktop session.
// They are the profiles list, the editor with separate keys, its Network tab, connection test
// results from the simulator, the certificate dialog for the simulator's untrusted HTTPS certificate
// and the proxy sign-in dialog.
// Usage: carddesk_profile_preview [output folder], default /tmp.
#include "gui/connectiontester.h"
#include "gui/tlsfailure.h"
#include "net/apiclient.h"
#include "net/secretstore.h"
#include "sim/simulator.h"
#include "ui/certificatedialog.h"
#include "ui/profiledialog.h"
#include "ui/profilesdialog.h"
#include "ui/proxyauthdialog.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace CardDesk;

namespace {

bool save(QWidget *widget, const QString &path)
{
    widget->show();
    QApplication::processEvents();
    widget->grab().save(path);
    QTextStream(stdout) << path << '\n';
    return QFile::exists(path);
}

bool waitUntil(const std::function<bool()> &done)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    poll.start(20);
    loop.exec();
    return done();
}

Ui::ProfileEntry separateKeysEntry(const QUrl &baseUrl)
{
    Ui::ProfileEntry entry;
    entry.name = u"Sydney office"_s;
    entry.baseUrl = baseUrl;
    entry.region = u"ause1"_s;
    entry.writeKey = {Ui::AuthMode::HmacToken, u"events-write"_s};
    entry.separateKeys = true;
    entry.readKey = {Ui::AuthMode::HmacToken, u"events-read"_s};
    return entry;
}

bool saveProfilesList(const QDir &folder)
{
    Ui::ProfilesDialog dialog;
    dialog.setProfiles({{u"a"_s,
                         u"Head office"_s,
                         QUrl(u"https://api.calven.com"_s),
                         u"usce1"_s,
                         {u"55DE3799-6C65-43F3-9AFB-A4725358B4FD"_s}},
                        {u"b"_s,
                         u"Sydney office"_s,
                         QUrl(u"https://api.calven.com"_s),
                         u"ause1"_s,
                         {u"A1F0C2D4-write"_s, u"B7E9D1C3-read"_s}},
                        {u"c"_s,
                         u"Test tenant"_s,
                         QUrl(u"https://sandbox.calven.example"_s),
                         u"usce1"_s,
                         {u"sandbox-key-2"_s}}},
                       u"a"_s);
    dialog.selectProfile(u"b"_s);
    return save(&dialog, folder.filePath(u"profile-list.png"_s));
}

bool saveEditor(const QDir &folder, const QUrl &baseUrl)
{
    Ui::ProfileDialog dialog;
    dialog.setWindowTitle(u"Edit profile \"Sydney office\""_s);
    dialog.setProfile(separateKeysEntry(baseUrl));
    dialog.setSecretStored(Ui::KeySlot::Write, baseUrl, u"events-write"_s);
    dialog.setSecretStored(Ui::KeySlot::Read, baseUrl, u"events-read"_s);
    bool ok = save(&dialog, folder.filePath(u"profile-editor-separate-keys.png"_s));

    Ui::ProfileEntry proxied = separateKeysEntry(baseUrl);
    proxied.network = {
        QString(), Ui::ProxyMode::Explicit, u"proxy.corp.example"_s, 3128, u"desk-operator"_s, true, 60};
    dialog.setProfile(proxied);
    dialog.findChild<QTabWidget *>(u"tabWidget"_s)->setCurrentIndex(1);
    ok = save(&dialog, folder.filePath(u"profile-network.png"_s)) && ok;
    return ok;
}

bool saveTestResults(const QDir &folder, const QUrl &baseUrl)
{
    Net::Profile profile = Net::Profile::create(u"Sydney office"_s);
    profile.baseUrl = baseUrl;
    profile.region = Net::Region::Ause1;
    profile.key.keyId = u"events-write"_s;
    profile.readKey = Net::ApiKeyConfig{Net::AuthMode::HmacToken, u"events-read"_s};

    Ui::ProfileDialog dialog;
    dialog.setProfile(separateKeysEntry(baseUrl));
    dialog.setSecretStored(Ui::KeySlot::Write, baseUrl, u"events-write"_s);
    dialog.setSecretStored(Ui::KeySlot::Read, baseUrl, u"events-read"_s);
    QNetworkAccessManager network;
    Net::MemorySecretStore secrets;
    Gui::ConnectionTester tester(&network, &secrets);
    bool finished = false;
    QObject::connect(&tester, &Gui::ConnectionTester::keyFinished, &dialog,
                     &Ui::ProfileDialog::setTestResult);
    QObject::connect(&tester, &Gui::ConnectionTester::finished, &dialog, [&] {
        finished = true;
        dialog.setTestFinished();
    });
    dialog.setTestRunning({{Ui::KeySlot::Write, Gui::ConnectionTester::keyTitle(profile, Ui::KeySlot::Write)},
                           {Ui::KeySlot::Read, Gui::ConnectionTester::keyTitle(profile, Ui::KeySlot::Read)}});
    tester.start(profile, {u"write-secret"_s, u"read-secret"_s});
    if (!waitUntil([&finished] { return finished; }))
        return false;
    dialog.resize(dialog.sizeHint());
    return save(&dialog, folder.filePath(u"profile-test-results.png"_s));
}

bool saveCertificate(const QDir &folder, const QString &dataDir)
{
    Sim::SimulatorOptions options;
    options.userCount = 50;
    options.tlsCertificatePath = dataDir + u"/test-server.crt"_s;
    options.tlsPrivateKeyPath = dataDir + u"/test-server.key"_s;
    Sim::Simulator simulator(options);
    if (!simulator.listen())
        return false;
    Net::Profile profile = Net::Profile::create(u"Head office"_s);
    profile.baseUrl = simulator.baseUrl();
    profile.key.keyId = options.apiKeyId;
    QNetworkAccessManager network;
    Net::ApiClient client(&network, profile, Net::ProfileSecrets{options.apiSecret, {}, {}});
    std::optional<Net::TlsFailure> failure;
    QObject::connect(&client, &Net::ApiClient::tlsErrorsOccurred, &client,
                     [&failure](const Net::TlsFailure &reported) { failure = reported; });
    client.fetchLocations();
    if (!waitUntil([&failure] { return failure.has_value(); }))
        return false;
    Ui::CertificateDialog dialog;
    dialog.setFailure(Gui::tlsFailureEntry(failure->url, profile.displayName, failure->errors,
                                           failure->peerCertificateChain));
    return save(&dialog, folder.filePath(u"tls-certificate.png"_s));
}

bool saveProxyPrompt(const QDir &folder)
{
    Ui::ProxyAuthDialog dialog;
    dialog.setRequest(u"proxy.corp.example:3128"_s, {}, u"desk-operator"_s);
    return save(&dialog, folder.filePath(u"profile-proxy-signin.png"_s));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    const QDir folder(argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"/tmp"_s);

    Sim::SimulatorOptions options;
    options.userCount = 50;
    options.extraKeys = {{u"events-write"_s, u"write-secret"_s, Sim::KeyRole::SubmittingEvents},
                         {u"events-read"_s, u"read-secret"_s, Sim::KeyRole::SubmittingEvents}};
    Sim::Simulator simulator(options);
    if (!simulator.listen())
        return 1;

    bool ok = saveProfilesList(folder);
    ok = saveEditor(folder, QUrl(u"https://api.calven.com"_s)) && ok;
    ok = saveTestResults(folder, simulator.baseUrl()) && ok;
    ok = saveCertificate(folder, QStringLiteral(CARDDESK_NET_TEST_DATA_DIR)) && ok;
    ok = saveProxyPrompt(folder) && ok;
    return ok ? 0 : 1;
}
