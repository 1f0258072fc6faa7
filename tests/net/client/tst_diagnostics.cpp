// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/diagnostics.h"
#include "net/tlsconfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk::Net;

namespace {

const QString Secret = u"diagnostics-secret-value-9f3a"_s;
const QString Token = u"simtoken_diagnosticsTokenValue123456"_s;

} // namespace

class TestDiagnostics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void sectionsPresent();
    void profileSettingsShown();
    void logLinesRedactedAgain();
    void writeCreatesPrivateFile();
    void writeFailureNamesFile();
    void logTailKeepsNewest();

private:
    Diagnostics::Input sampleInput() const;

    QTemporaryDir m_dir;
};

void TestDiagnostics::init()
{
    QVERIFY(m_dir.isValid());
}

Diagnostics::Input TestDiagnostics::sampleInput() const
{
    Profile profile = Profile::create(u"Head office"_s);
    profile.id = u"profile-1"_s;
    profile.key = ApiKeyConfig{AuthMode::HmacToken, u"WRITE-KEY"_s};
    profile.readKey = ApiKeyConfig{AuthMode::ClientSecret, u"READ-KEY"_s};
    profile.network.caBundlePath = QStringLiteral(CARDDESK_NET_TEST_DATA_DIR "/test-server.crt");
    profile.network.proxy =
        ProxySettings{ProxyMode::Explicit, u"proxy.example.com"_s, 3128, u"desk01"_s, true};
    profile.network.http2Enabled = false;
    profile.network.transferTimeoutMs = 45'000;

    Diagnostics::Input input;
    input.profiles = {profile};
    input.currentProfileId = profile.id;
    input.settingsPath = m_dir.filePath(u"CardDesk.conf"_s);
    input.dataDir = m_dir.path();
    input.outbox = {{QString(), 4, 1, 2, {}}, {profile.id, 3, 1, 2, {}}};
    input.logLines = {
        u"carddesk.net.transport: request 1 headers: Authorization: Bearer "_s + Token,
        u"carddesk.net.transport: request 2 body: {\"client_secret\":\""_s + Secret + u"\"}"_s,
        u"carddesk.net.apiclient: a line that repeats the secret "_s + Secret,
        u"carddesk.sync.sender: batch of 3 sent"_s,
    };
    input.secretValues = {Secret.toUtf8()};
    return input;
}

void TestDiagnostics::sectionsPresent()
{
    const QString text = Diagnostics::format(sampleInput());
    for (const QString &section : {u"== Versions =="_s, u"== TLS =="_s, u"== Profiles =="_s,
                                   u"== Outbox =="_s, u"== Recent log lines =="_s})
        QVERIFY2(text.contains(section), qPrintable(section));
    QVERIFY(text.contains(u"CardDesk: " CARDDESK_VERSION_STRING ""_s));
    QVERIFY(text.contains(u"Qt (runtime): "_s + QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(u"OS: "_s));
    QVERIFY2(text.contains(u"Backend: "_s + TlsConfig::backendDescription()), qPrintable(text));
    QVERIFY(text.contains(u"All profiles: queued 4, sending 1, open failures 2"_s));
    QVERIFY(text.contains(u"Profile profile-1: queued 3, sending 1, open failures 2"_s));
}

void TestDiagnostics::profileSettingsShown()
{
    const QString text = Diagnostics::format(sampleInput());
    QVERIFY(text.contains(u"Profile profile-1 (current)"_s));
    QVERIFY(text.contains(u"Write key: WRITE-KEY (hmac), secret kept in the keychain"_s));
    QVERIFY(text.contains(u"Read key: READ-KEY (client-secret), secret kept in the keychain"_s));
    QVERIFY2(text.contains(u"test-server.crt - 1 certificate(s)"_s), qPrintable(text));
    QVERIFY(text.contains(
        u"Proxy: explicit proxy.example.com:3128, user desk01, password kept in the keychain"_s));
    QVERIFY(text.contains(u"HTTP/2: off"_s));
    QVERIFY(text.contains(u"Transfer timeout: 45000 ms"_s));

    Diagnostics::Input missingBundle = sampleInput();
    missingBundle.profiles[0].network.caBundlePath = m_dir.filePath(u"gone.pem"_s);
    QVERIFY(Diagnostics::format(missingBundle).contains(u"gone.pem - NOT USABLE"_s));
}

void TestDiagnostics::logLinesRedactedAgain()
{
    const QString text = Diagnostics::format(sampleInput());
    QVERIFY2(!text.contains(Secret), qPrintable(text));
    QVERIFY2(!text.contains(Token), qPrintable(text));
    QVERIFY(text.contains(u"batch of 3 sent"_s));
    QVERIFY(text.contains(u"Authorization: Bearer"_s));
}

void TestDiagnostics::writeCreatesPrivateFile()
{
    const QString path = m_dir.filePath(u"diagnostics.txt"_s);
    QString error;
    QVERIFY2(Diagnostics::write(path, sampleInput(), &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("== Recent log lines =="));
    QVERIFY(!content.contains(Secret.toUtf8()));
    QVERIFY(!content.contains(Token.toUtf8()));
#ifdef Q_OS_UNIX
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
#endif
}

void TestDiagnostics::writeFailureNamesFile()
{
    const QString path = m_dir.filePath(u"no-such-folder/diagnostics.txt"_s);
    QString error;
    QVERIFY(!Diagnostics::write(path, sampleInput(), &error));
    QVERIFY2(error.contains(u"no-such-folder"_s), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void TestDiagnostics::logTailKeepsNewest()
{
    const QString path = m_dir.filePath(u"carddesk.log"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int i = 1; i <= 50; ++i)
        file.write("line " + QByteArray::number(i) + '\n');
    file.close();
    const QStringList tail = Diagnostics::readLogTail(path, 5);
    QCOMPARE(tail, (QStringList{u"line 46"_s, u"line 47"_s, u"line 48"_s, u"line 49"_s, u"line 50"_s}));
    QVERIFY(Diagnostics::readLogTail(m_dir.filePath(u"missing.log"_s), 5).isEmpty());
}

QTEST_GUILESS_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"
