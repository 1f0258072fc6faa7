// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/profilestore.h"
#include "net/secretstore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk::Net;

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void saveAndReload();
    void savedFileHasNoSecret();
    void sortedByName();
    void replaceKeepsId();
    void removeClearsCurrent();
    void invalidProfileRejected_data();
    void invalidProfileRejected();
    void unknownModeSkipped();
    void secretKeyAccount();
    void memoryStoreRoundTrip();
    void memoryStoreForcedStatus();
    void separateKeysSaveAndReload();
    void separateKeysKeyFor();
    void separateKeysRejected_data();
    void separateKeysRejected();
    void networkSettingsSaveAndReload();
    void networkSettingsDefaults();
    void networkSettingsRejected_data();
    void networkSettingsRejected();
    void proxyPasswordNotInSettings();
    void secretKeysCoverBothKeys();
    void secretKeysSharedAreKept();
    void removeSecretsRemovesAll();

private:
    Profile sampleProfile(const QString &name) const;
    QString settingsPath() const { return m_dir.filePath(u"carddesk.ini"_s); }

    QTemporaryDir m_dir;
};

Profile TestProfileStore::sampleProfile(const QString &name) const
{
    Profile profile = Profile::create(name);
    profile.region = Region::Ause1;
    profile.key = ApiKeyConfig{AuthMode::ClientSecret, u"55DE3799-6C65-43F3-9AFB-A4725358B4FD"_s};
    return profile;
}

void TestProfileStore::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(settingsPath());
}

void TestProfileStore::saveAndReload()
{
    const Profile saved = sampleProfile(u"Sydney office"_s);
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ProfileStore store(&settings);
        QCOMPARE(store.save(saved), QString());
        store.setCurrentProfileId(saved.id);
    }
    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    const std::optional<Profile> loaded = store.profile(saved.id);
    QVERIFY(loaded);
    QCOMPARE(*loaded, saved);
    QCOMPARE(store.currentProfileId(), saved.id);
    QCOMPARE(store.profiles().size(), 1);
}

void TestProfileStore::savedFileHasNoSecret()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    QCOMPARE(store.save(sampleProfile(u"A"_s)), QString());
    settings.sync();
    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll().toLower();
    QVERIFY(content.contains("keyid"));
    QVERIFY(!content.contains("secret="));
    QVERIFY(!content.contains("token"));
}

void TestProfileStore::sortedByName()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    QCOMPARE(store.save(sampleProfile(u"Zürich"_s)), QString());
    QCOMPARE(store.save(sampleProfile(u"Auckland"_s)), QString());
    const QList<Profile> profiles = store.profiles();
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(profiles.at(0).displayName, u"Auckland"_s);
    QCOMPARE(profiles.at(1).displayName, u"Zürich"_s);
}

void TestProfileStore::replaceKeepsId()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    Profile profile = sampleProfile(u"Old name"_s);
    QCOMPARE(store.save(profile), QString());
    profile.displayName = u"New name"_s;
    profile.baseUrl = QUrl(u"http://127.0.0.1:8080/"_s);
    profile.key.authMode = AuthMode::Basic;
    QCOMPARE(store.save(profile), QString());
    QCOMPARE(store.profiles().size(), 1);
    const Profile loaded = *store.profile(profile.id);
    QCOMPARE(loaded.displayName, u"New name"_s);
    QCOMPARE(loaded.baseUrl, QUrl(u"http://127.0.0.1:8080"_s));
    QCOMPARE(loaded.key.authMode, AuthMode::Basic);
}

void TestProfileStore::removeClearsCurrent()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    const Profile profile = sampleProfile(u"A"_s);
    QCOMPARE(store.save(profile), QString());
    store.setCurrentProfileId(profile.id);
    QVERIFY(store.remove(profile.id));
    QVERIFY(!store.remove(profile.id));
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(store.currentProfileId().isEmpty());
}

void TestProfileStore::invalidProfileRejected_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("expectedWord");
    QTest::newRow("plain http to a remote host") << u"http://api.calven.com"_s << u"K"_s << u"https"_s;
    QTest::newRow("ftp") << u"ftp://api.calven.com"_s << u"K"_s << u"https://"_s;
    QTest::newRow("no host") << u"https://"_s << u"K"_s << u"not a valid URL"_s;
    QTest::newRow("query") << u"https://api.calven.com/?a=b"_s << u"K"_s << u"query"_s;
    QTest::newRow("user info") << u"https://me:pw@api.calven.com"_s << u"K"_s << u"user name"_s;
    QTest::newRow("empty key id") << u"https://api.calven.com"_s << u" "_s << u"key id is empty"_s;
    QTest::newRow("colon in key id") << u"https://api.calven.com"_s << u"K:S"_s << u"':'"_s;
}

void TestProfileStore::invalidProfileRejected()
{
    QFETCH(QString, baseUrl);
    QFETCH(QString, keyId);
    QFETCH(QString, expectedWord);
    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    Profile profile = sampleProfile(u"A"_s);
    profile.baseUrl = QUrl(baseUrl);
    profile.key.keyId = keyId;
    const QString error = store.save(profile);
    QVERIFY2(error.contains(expectedWord), qPrintable(error));
    QVERIFY(store.profiles().isEmpty());
}

void TestProfileStore::unknownModeSkipped()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    const Profile profile = sampleProfile(u"A"_s);
    QCOMPARE(store.save(profile), QString());
    settings.setValue(u"profiles/%1/authMode"_s.arg(profile.id), u"quantum"_s);
    QVERIFY(!store.profile(profile.id));
    QVERIFY(store.profiles().isEmpty());
}

void TestProfileStore::secretKeyAccount()
{
    Profile profile = sampleProfile(u"A"_s);
    profile.baseUrl = QUrl(u"https://API.Calven.com/"_s);
    const SecretKey key = SecretKey::forProfile(profile, KeyUse::Write);
    QCOMPARE(key.account(), u"CardDesk/https://api.calven.com/key/55DE3799-6C65-43F3-9AFB-A4725358B4FD"_s);
    profile.baseUrl = QUrl(u"http://127.0.0.1:9000"_s);
    QVERIFY(SecretKey::forProfile(profile, KeyUse::Read).account() != key.account());
}

void TestProfileStore::memoryStoreRoundTrip()
{
    MemorySecretStore store;
    const SecretKey key{QUrl(u"https://api.calven.com"_s), u"K"_s};
    QList<SecretResult> results;
    const auto record = [&results](const SecretResult &result) {
        results.append(result);
    };

    store.read(key, this, record);
    QVERIFY(results.isEmpty()); // Reported from the event loop, never from inside the call.
    QTRY_COMPARE(results.size(), 1);
    QCOMPARE(results.at(0).status, SecretStatus::NotFound);

    store.write(key, u"s3cret"_s, this, record);
    store.read(key, this, record);
    QTRY_COMPARE(results.size(), 3);
    QCOMPARE(results.at(1).status, SecretStatus::Ok);
    QCOMPARE(results.at(2).secret, u"s3cret"_s);

    store.remove(key, this, record);
    store.remove(key, this, record);
    store.read(key, this, record);
    QTRY_COMPARE(results.size(), 6);
    QCOMPARE(results.at(3).status, SecretStatus::Ok);
    QCOMPARE(results.at(4).status, SecretStatus::Ok);
    QCOMPARE(results.at(5).status, SecretStatus::NotFound);
}

void TestProfileStore::memoryStoreForcedStatus()
{
    MemorySecretStore store;
    const SecretKey key{QUrl(u"https://api.calven.com"_s), u"K"_s};
    store.setForcedStatus(SecretStatus::Denied, u"locked"_s);
    std::optional<SecretResult> result;
    {
        QObject context;
        store.read(key, &context, [&result](const SecretResult &r) { result = r; });
    }
    QCoreApplication::processEvents();
    QVERIFY2(!result, "the callback ran after its context was destroyed");

    store.write(key, u"x"_s, this, [&result](const SecretResult &r) { result = r; });
    QTRY_VERIFY(result);
    QCOMPARE(result->status, SecretStatus::Denied);
    QCOMPARE(result->message, u"locked"_s);
    QCOMPARE(store.size(), 0);
}

namespace {

Profile twoKeyProfile(const QString &name)
{
    Profile profile = Profile::create(name);
    profile.key = ApiKeyConfig{AuthMode::HmacToken, u"WRITE-KEY-1"_s};
    profile.readKey = ApiKeyConfig{AuthMode::Basic, u"READ-KEY-1"_s};
    return profile;
}

} // namespace

void TestProfileStore::separateKeysSaveAndReload()
{
    const Profile saved = twoKeyProfile(u"Two keys"_s);
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ProfileStore store(&settings);
        QCOMPARE(store.save(saved), QString());
    }
    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    const std::optional<Profile> loaded = store.profile(saved.id);
    QVERIFY(loaded);
    QVERIFY(loaded->readKey);
    QCOMPARE(loaded->readKey->keyId, u"READ-KEY-1"_s);
    QCOMPARE(loaded->readKey->authMode, AuthMode::Basic);
    QCOMPARE(*loaded, saved);

    // Going back to one key removes the read key from the file.
    Profile single = *loaded;
    single.readKey.reset();
    QCOMPARE(store.save(single), QString());
    QVERIFY(!settings.contains(u"profiles/%1/readKeyId"_s.arg(single.id)));
    QVERIFY(!store.profile(single.id)->readKey);
}

void TestProfileStore::separateKeysKeyFor()
{
    const Profile twoKeys = twoKeyProfile(u"Two keys"_s);
    QCOMPARE(twoKeys.keyFor(KeyUse::Write).keyId, u"WRITE-KEY-1"_s);
    QCOMPARE(twoKeys.keyFor(KeyUse::Read).keyId, u"READ-KEY-1"_s);
    QCOMPARE(twoKeys.distinctKeyUses(), (QList<KeyUse>{KeyUse::Write, KeyUse::Read}));

    const Profile oneKey = sampleProfile(u"One key"_s);
    QCOMPARE(oneKey.keyFor(KeyUse::Read).keyId, oneKey.key.keyId);
    QCOMPARE(oneKey.keyFor(KeyUse::Write).keyId, oneKey.key.keyId);
    QCOMPARE(oneKey.distinctKeyUses(), QList<KeyUse>{KeyUse::Write});
    QCOMPARE(SecretKey::forProfile(twoKeys, KeyUse::Read).account(),
             u"CardDesk/https://api.calven.com/key/READ-KEY-1"_s);
}

void TestProfileStore::separateKeysRejected_data()
{
    QTest::addColumn<QString>("writeKeyId");
    QTest::addColumn<int>("writeMode");
    QTest::addColumn<QString>("readKeyId");
    QTest::addColumn<QString>("expectedWord");
    QTest::newRow("empty read key") << u"W"_s << int(AuthMode::HmacToken) << u""_s
                                    << u"read key id is empty"_s;
    QTest::newRow("empty write key") << u""_s << int(AuthMode::HmacToken) << u"R"_s
                                     << u"write key id is empty"_s;
    QTest::newRow("colon in read key") << u"W"_s << int(AuthMode::HmacToken) << u"R:x"_s << u"':'"_s;
    QTest::newRow("same key twice") << u"K"_s << int(AuthMode::HmacToken) << u"K"_s << u"both \"K\""_s;
    QTest::newRow("basic write key") << u"W"_s << int(AuthMode::Basic) << u"R"_s << u"Basic"_s;
}

void TestProfileStore::separateKeysRejected()
{
    QFETCH(QString, writeKeyId);
    QFETCH(int, writeMode);
    QFETCH(QString, readKeyId);
    QFETCH(QString, expectedWord);
    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    Profile profile = twoKeyProfile(u"A"_s);
    profile.key = ApiKeyConfig{AuthMode(writeMode), writeKeyId};
    profile.readKey->keyId = readKeyId;
    const QString error = store.save(profile);
    QVERIFY2(error.contains(expectedWord), qPrintable(error));
    QVERIFY(store.profiles().isEmpty());
}

void TestProfileStore::networkSettingsSaveAndReload()
{
    Profile saved = sampleProfile(u"Behind a proxy"_s);
    saved.network.caBundlePath = m_dir.filePath(u"corporate-ca.pem"_s);
    saved.network.proxy = ProxySettings{ProxyMode::Explicit, u"proxy.example.com"_s, 3128, u"desk01"_s, true};
    saved.network.http2Enabled = false;
    saved.network.transferTimeoutMs = 45'000;
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ProfileStore store(&settings);
        QCOMPARE(store.save(saved), QString());
    }
    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    const std::optional<Profile> loaded = store.profile(saved.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->network.caBundlePath, saved.network.caBundlePath);
    QCOMPARE(loaded->network.proxy.mode, ProxyMode::Explicit);
    QCOMPARE(loaded->network.proxy.host, u"proxy.example.com"_s);
    QCOMPARE(loaded->network.proxy.port, quint16(3128));
    QCOMPARE(loaded->network.proxy.userName, u"desk01"_s);
    QVERIFY(loaded->network.proxy.passwordInKeychain);
    QVERIFY(!loaded->network.http2Enabled);
    QCOMPARE(loaded->network.transferTimeoutMs, 45'000);
    QCOMPARE(*loaded, saved);

    Profile direct = *loaded;
    direct.network.proxy = ProxySettings{ProxyMode::None, {}, 0, {}, false};
    QCOMPARE(store.save(direct), QString());
    QCOMPARE(store.profile(direct.id)->network.proxy.mode, ProxyMode::None);
}

void TestProfileStore::networkSettingsDefaults()
{
    // A profile written before the network settings existed reads with the defaults.
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.setValue(u"profiles/old/displayName"_s, u"Old"_s);
    settings.setValue(u"profiles/old/baseUrl"_s, u"https://api.calven.com"_s);
    settings.setValue(u"profiles/old/region"_s, u"usce1"_s);
    settings.setValue(u"profiles/old/authMode"_s, u"hmac"_s);
    settings.setValue(u"profiles/old/keyId"_s, u"K"_s);
    ProfileStore store(&settings);
    const std::optional<Profile> loaded = store.profile(u"old"_s);
    QVERIFY(loaded);
    QVERIFY(!loaded->readKey);
    QCOMPARE(loaded->network, NetworkSettings());
    QCOMPARE(loaded->network.proxy.mode, ProxyMode::System);
    QVERIFY(loaded->network.http2Enabled);
    QCOMPARE(loaded->network.transferTimeoutMs, NetworkSettings::DefaultTransferTimeoutMs);
    QVERIFY(loaded->network.caBundlePath.isEmpty());

    settings.setValue(u"profiles/old/network/proxyMode"_s, u"carrier-pigeon"_s);
    QVERIFY(!store.profile(u"old"_s));
}

void TestProfileStore::networkSettingsRejected_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("inKeychain");
    QTest::addColumn<int>("timeout");
    QTest::addColumn<QString>("expectedWord");
    QTest::newRow("no host") << u""_s << 3128 << u""_s << false << 30'000 << u"proxy host is empty"_s;
    QTest::newRow("url as host") << u"http://proxy"_s << 3128 << u""_s << false << 30'000
                                 << u"not a host name"_s;
    QTest::newRow("no port") << u"proxy"_s << 0 << u""_s << false << 30'000 << u"port is missing"_s;
    QTest::newRow("colon in user") << u"proxy"_s << 8080 << u"a:b"_s << false << 30'000 << u"':'"_s;
    QTest::newRow("stored password without user")
        << u"proxy"_s << 8080 << u""_s << true << 30'000 << u"user name is empty"_s;
    QTest::newRow("timeout too short") << u"proxy"_s << 8080 << u""_s << false << 10 << u"10 ms"_s;
    QTest::newRow("timeout too long") << u"proxy"_s << 8080 << u""_s << false << 3'600'000 << u"3600000 ms"_s;
}

void TestProfileStore::networkSettingsRejected()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(bool, inKeychain);
    QFETCH(int, timeout);
    QFETCH(QString, expectedWord);
    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    Profile profile = sampleProfile(u"A"_s);
    profile.network.proxy = ProxySettings{ProxyMode::Explicit, host, quint16(port), user, inKeychain};
    profile.network.transferTimeoutMs = timeout;
    const QString error = store.save(profile);
    QVERIFY2(error.contains(expectedWord), qPrintable(error));
    QVERIFY(store.profiles().isEmpty());
}

void TestProfileStore::proxyPasswordNotInSettings()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    Profile profile = sampleProfile(u"A"_s);
    profile.network.proxy =
        ProxySettings{ProxyMode::Explicit, u"proxy.example.com"_s, 3128, u"desk01"_s, true};
    QCOMPARE(store.save(profile), QString());
    settings.sync();
    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll().toLower();
    QVERIFY(content.contains("proxyuser=desk01"));
    QVERIFY(!content.contains("password="));
    QCOMPARE(SecretKey::forProxy(profile.network.proxy).account(),
             u"CardDesk/proxy/proxy.example.com:3128/user/desk01"_s);
    profile.network.proxy.mode = ProxyMode::System;
    QVERIFY(!SecretKey::forProxy(profile.network.proxy).isValid());
}

void TestProfileStore::secretKeysCoverBothKeys()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    Profile profile = twoKeyProfile(u"A"_s);
    profile.network.proxy =
        ProxySettings{ProxyMode::Explicit, u"proxy.example.com"_s, 3128, u"desk01"_s, true};
    QCOMPARE(store.save(profile), QString());
    const QList<SecretKey> keys = store.secretKeysToRemove(profile.id);
    QCOMPARE(keys.size(), 3);
    QCOMPARE(keys.at(0).keyId, u"WRITE-KEY-1"_s);
    QCOMPARE(keys.at(1).keyId, u"READ-KEY-1"_s);
    QCOMPARE(keys.at(2).kind, SecretKind::ProxyPassword);
    QVERIFY(store.secretKeysToRemove(u"no-such-profile"_s).isEmpty());
}

void TestProfileStore::secretKeysSharedAreKept()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    const Profile first = twoKeyProfile(u"First"_s);
    Profile second = twoKeyProfile(u"Second"_s);
    second.key.keyId = u"WRITE-KEY-2"_s; // Same read key as the first profile.
    QCOMPARE(store.save(first), QString());
    QCOMPARE(store.save(second), QString());
    const QList<SecretKey> keys = store.secretKeysToRemove(first.id);
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.at(0).keyId, u"WRITE-KEY-1"_s);
}

void TestProfileStore::removeSecretsRemovesAll()
{
    MemorySecretStore secrets;
    const Profile profile = twoKeyProfile(u"A"_s);
    std::optional<SecretResult> result;
    for (const KeyUse use : profile.distinctKeyUses())
        secrets.write(SecretKey::forProfile(profile, use), u"value"_s, this, [](const SecretResult &) {});
    QTRY_COMPARE(secrets.size(), 2);

    removeSecrets(&secrets, SecretKey::allForProfile(profile), this,
                  [&result](const SecretResult &r) { result = r; });
    QTRY_VERIFY(result);
    QCOMPARE(result->status, SecretStatus::Ok);
    QCOMPARE(secrets.size(), 0);

    result.reset();
    secrets.setForcedStatus(SecretStatus::Denied, u"locked"_s);
    removeSecrets(&secrets, SecretKey::allForProfile(profile), this,
                  [&result](const SecretResult &r) { result = r; });
    QTRY_VERIFY(result);
    QCOMPARE(result->status, SecretStatus::Denied);
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
