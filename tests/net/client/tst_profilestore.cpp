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

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
