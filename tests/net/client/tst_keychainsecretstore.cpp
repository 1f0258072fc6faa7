// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/keychainsecretstore.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk::Net;

namespace {

// Set by scripts/with-keyring.sh, which starts a private D-Bus session with an unlocked keyring.
constexpr char KeyringSessionVariable[] = "CARDDESK_KEYRING_SESSION";
// Tells the child process started by noKeychainWritesNothing to run its half of the test.
constexpr char NoKeychainChildVariable[] = "CARDDESK_TEST_NO_KEYCHAIN_CHILD";
const QString ChildSecret = u"child-secret-\u00e9-7f3a9c"_s;

// Runs one store call and waits for its single report.
class Call
{
public:
    explicit Call(QObject *context)
        : m_context(context)
    {}
    SecretCallback callback()
    {
        return [this](const SecretResult &result) {
            ++m_count;
            m_result = result;
        };
    }
    bool wait(int timeoutMs = 20'000)
    {
        return QTest::qWaitFor([this] { return m_count > 0; }, timeoutMs);
    }
    int count() const { return m_count; }
    const SecretResult &result() const { return m_result; }

private:
    QObject *m_context;
    int m_count = 0;
    SecretResult m_result;
};

SecretResult runRead(KeychainSecretStore &store, const SecretKey &key, QObject *context)
{
    Call call(context);
    store.read(key, context, call.callback());
    if (!call.wait())
        return SecretResult{SecretStatus::TimedOut, {}, u"test wait expired"_s};
    return call.result();
}

SecretResult runWrite(KeychainSecretStore &store, const SecretKey &key, const QString &secret,
                      QObject *context)
{
    Call call(context);
    store.write(key, secret, context, call.callback());
    if (!call.wait())
        return SecretResult{SecretStatus::TimedOut, {}, u"test wait expired"_s};
    return call.result();
}

SecretResult runRemove(KeychainSecretStore &store, const SecretKey &key, QObject *context)
{
    Call call(context);
    store.remove(key, context, call.callback());
    if (!call.wait())
        return SecretResult{SecretStatus::TimedOut, {}, u"test wait expired"_s};
    return call.result();
}

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void keysAreSeparate();
    void profileSecretsRemovedTogether();
    void timeoutKeepsJobRunning();
    void invalidKeyRejected();
    void noKeychainWritesNothing();
    void noKeychainChild();

private:
    // QSKIP only leaves the function it is written in, so each test calls it itself.
    const char *skipReason() const;

    KeychainSecretStore m_store{u"CardDesk-test"_s};
    SecretKey m_key{QUrl(u"https://api.calven.example"_s), u"55DE3799-TEST"_s};
    bool m_haveSecretService = false;
};

void TestKeychainSecretStore::initTestCase()
{
    if (qEnvironmentVariableIsSet(NoKeychainChildVariable))
        return;
    const SecretResult probe = runRemove(m_store, m_key, this);
    m_haveSecretService = probe.status != SecretStatus::NoKeychain;
    if (!m_haveSecretService && qEnvironmentVariableIsSet(KeyringSessionVariable))
        QFAIL(qPrintable(u"scripts/with-keyring.sh started a keyring, but the store reports: "_s +
                         probe.message));
}

const char *TestKeychainSecretStore::skipReason() const
{
    if (qEnvironmentVariableIsSet(NoKeychainChildVariable))
        return "runs in the parent process only";
    if (!m_haveSecretService)
        return "No Secret Service on this D-Bus session; run the tests through scripts/with-keyring.sh.";
    return nullptr;
}

void TestKeychainSecretStore::roundTrip()
{
    if (const char *reason = skipReason())
        QSKIP(reason);
    QCOMPARE(runRead(m_store, m_key, this).status, SecretStatus::NotFound);

    const QString secret = u"s3cr\u00e9t with spaces & \u6f22\u5b57"_s;
    const SecretResult written = runWrite(m_store, m_key, secret, this);
    QVERIFY2(written.ok(), qPrintable(written.message));
    const SecretResult read = runRead(m_store, m_key, this);
    QCOMPARE(read.status, SecretStatus::Ok);
    QCOMPARE(read.secret, secret);

    QVERIFY(runWrite(m_store, m_key, u"second"_s, this).ok());
    QCOMPARE(runRead(m_store, m_key, this).secret, u"second"_s);

    QCOMPARE(runRemove(m_store, m_key, this).status, SecretStatus::Ok);
    const SecretResult afterRemove = runRead(m_store, m_key, this);
    QCOMPARE(afterRemove.status, SecretStatus::NotFound);
    QVERIFY(afterRemove.secret.isEmpty());
    QCOMPARE(runRemove(m_store, m_key, this).status, SecretStatus::Ok);
}

void TestKeychainSecretStore::keysAreSeparate()
{
    if (const char *reason = skipReason())
        QSKIP(reason);
    const SecretKey otherUrl{QUrl(u"http://127.0.0.1:8080"_s), m_key.keyId};
    const SecretKey otherKey{m_key.baseUrl, u"OTHER-KEY"_s};
    QVERIFY(runWrite(m_store, m_key, u"one"_s, this).ok());
    QVERIFY(runWrite(m_store, otherUrl, u"two"_s, this).ok());
    QCOMPARE(runRead(m_store, m_key, this).secret, u"one"_s);
    QCOMPARE(runRead(m_store, otherUrl, this).secret, u"two"_s);
    QCOMPARE(runRead(m_store, otherKey, this).status, SecretStatus::NotFound);
    KeychainSecretStore otherService(u"CardDesk-test-other"_s);
    QCOMPARE(runRead(otherService, m_key, this).status, SecretStatus::NotFound);
    QVERIFY(runRemove(m_store, m_key, this).ok());
    QVERIFY(runRemove(m_store, otherUrl, this).ok());
}

void TestKeychainSecretStore::profileSecretsRemovedTogether()
{
    if (const char *reason = skipReason())
        QSKIP(reason);
    Profile profile = Profile::create(u"Two keys"_s);
    profile.baseUrl = m_key.baseUrl;
    profile.key = ApiKeyConfig{AuthMode::HmacToken, u"WRITE-TEST"_s};
    profile.readKey = ApiKeyConfig{AuthMode::ClientSecret, u"READ-TEST"_s};
    profile.network.proxy = ProxySettings{ProxyMode::Explicit, u"proxy.example"_s, 3128, u"desk01"_s, true};
    const QList<SecretKey> keys = SecretKey::allForProfile(profile);
    QCOMPARE(keys.size(), 3);
    for (const SecretKey &key : keys)
        QVERIFY(runWrite(m_store, key, u"value of "_s + key.account(), this).ok());
    QCOMPARE(runRead(m_store, keys.at(2), this).secret, u"value of "_s + keys.at(2).account());

    Call call(this);
    removeSecrets(&m_store, keys, this, call.callback());
    QVERIFY(call.wait());
    QVERIFY2(call.result().ok(), qPrintable(call.result().message));
    for (const SecretKey &key : keys)
        QCOMPARE(runRead(m_store, key, this).status, SecretStatus::NotFound);
}

void TestKeychainSecretStore::timeoutKeepsJobRunning()
{
    if (const char *reason = skipReason())
        QSKIP(reason);
    KeychainSecretStore impatient(u"CardDesk-test"_s);
    impatient.setTimeout(std::chrono::milliseconds(0));
    Call call(this);
    impatient.write(m_key, u"late"_s, this, call.callback());
    QVERIFY(call.wait());
    QCOMPARE(call.result().status, SecretStatus::TimedOut);
    QVERIFY(!call.result().message.isEmpty());

    // The job was left running, so the write still lands; the callback must not run a second time.
    QTRY_COMPARE_WITH_TIMEOUT(runRead(m_store, m_key, this).secret, u"late"_s, 20'000);
    QCOMPARE(call.count(), 1);
    QVERIFY(runRemove(m_store, m_key, this).ok());
}

void TestKeychainSecretStore::invalidKeyRejected()
{
    if (qEnvironmentVariableIsSet(NoKeychainChildVariable))
        QSKIP("runs in the parent process only");
    const SecretKey noKeyId{m_key.baseUrl, QString()};
    const SecretResult written = runWrite(m_store, noKeyId, u"x"_s, this);
    QCOMPARE(written.status, SecretStatus::Failed);
    QVERIFY2(written.message.contains(u"key id"_s), qPrintable(written.message));
    QCOMPARE(runRead(m_store, SecretKey{QUrl(), m_key.keyId}, this).status, SecretStatus::Failed);
    QCOMPARE(runRemove(m_store, noKeyId, this).status, SecretStatus::Failed);
}

void TestKeychainSecretStore::noKeychainWritesNothing()
{
    if (qEnvironmentVariableIsSet(NoKeychainChildVariable))
        QSKIP("runs in the parent process only");
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString runtimeDir = root.filePath(u"run"_s);
    for (const QString &name : {u"home"_s, u"config"_s, u"data"_s, u"cache"_s, u"run"_s})
        QVERIFY(QDir(root.path()).mkpath(name));
    QVERIFY(QFile::setPermissions(runtimeDir,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(NoKeychainChildVariable), u"1"_s);
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + root.filePath(u"no-bus-here"_s));
    environment.insert(u"HOME"_s, root.filePath(u"home"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, root.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, root.filePath(u"data"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, root.filePath(u"cache"_s));
    environment.insert(u"XDG_RUNTIME_DIR"_s, runtimeDir);
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);

    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    QSignalSpy finished(&child, &QProcess::finished);
    child.start(QCoreApplication::applicationFilePath(), {u"noKeychainChild"_s});
    QVERIFY(finished.wait(60'000));
    const QString output = QString::fromLocal8Bit(child.readAll());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(u"PASS   : TestKeychainSecretStore::noKeychainChild()"_s), qPrintable(output));

    QStringList files;
    QDirIterator it(root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.append(path);
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            QVERIFY2(!file.readAll().contains(ChildSecret.toUtf8()), qPrintable(path));
    }
    QVERIFY2(files.isEmpty(), qPrintable(files.join(u", "_s)));
}

void TestKeychainSecretStore::noKeychainChild()
{
    if (!qEnvironmentVariableIsSet(NoKeychainChildVariable))
        QSKIP("runs in the child process of noKeychainWritesNothing only");
    KeychainSecretStore store;
    const SecretKey key{QUrl(u"https://api.calven.example"_s), u"CHILD-KEY"_s};

    const SecretResult written = runWrite(store, key, ChildSecret, this);
    QCOMPARE(written.status, SecretStatus::NoKeychain);
    QVERIFY2(written.message.contains(u"keychain"_s), qPrintable(written.message));
    QCOMPARE(runRead(store, key, this).status, SecretStatus::NoKeychain);
    QCOMPARE(runRemove(store, key, this).status, SecretStatus::NoKeychain);
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
