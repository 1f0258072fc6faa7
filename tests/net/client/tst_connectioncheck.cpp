// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directoryjson.h"
#include "net/apiclient.h"
#include "net/connectioncheck.h"
#include "sim/simulator.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk;
using namespace CardDesk::Net;

namespace {

const QString AllKey = u"ALL-PERMISSIONS-KEY"_s;
const QString AllSecret = u"all-permissions-secret-51"_s;
const QString WriteKey = u"SUBMITTING-EVENTS-KEY"_s;
const QString WriteSecret = u"submitting-events-secret-52"_s;
const QString ReadKey = u"DATA-WAREHOUSE-KEY"_s;
const QString ReadSecret = u"data-warehouse-secret-53"_s;

bool waitFinished(ApiReply *reply)
{
    if (reply->isFinished())
        return true;
    QSignalSpy finished(reply, &ApiReply::finished);
    return finished.wait(15'000);
}

bool waitFinished(ConnectionCheck *check)
{
    if (check->isFinished())
        return true;
    QSignalSpy finished(check, &ConnectionCheck::finished);
    return finished.wait(15'000);
}

} // namespace

class TestConnectionCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void twoKeysPass();
    void twoKeysEachUsedForItsCalls();
    void oneWriteOnlyKeyExplainsRole();
    void readKeyWithWriteRoleFails();
    void wrongReadSecretNamesKey();
    void basicOnlyKeyReadsOnly();

private:
    Profile twoKeyProfile(AuthMode readMode = AuthMode::ClientSecret) const;
    std::unique_ptr<ApiClient> makeClient(const Profile &profile, const ProfileSecrets &secrets);

    std::unique_ptr<Sim::Simulator> m_simulator;
    QNetworkAccessManager m_network;
};

void TestConnectionCheck::init()
{
    Sim::SimulatorOptions options;
    options.userCount = 30;
    options.apiKeyId = AllKey;
    options.apiSecret = AllSecret;
    options.extraKeys = {{WriteKey, WriteSecret, Sim::KeyRole::SubmittingEvents},
                         {ReadKey, ReadSecret, Sim::KeyRole::DataWarehouse}};
    m_simulator = std::make_unique<Sim::Simulator>(options);
    QString error;
    QVERIFY2(m_simulator->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
}

Profile TestConnectionCheck::twoKeyProfile(AuthMode readMode) const
{
    Profile profile = Profile::create(u"Two keys"_s);
    profile.baseUrl = m_simulator->baseUrl();
    profile.key = ApiKeyConfig{AuthMode::HmacToken, WriteKey};
    profile.readKey = ApiKeyConfig{readMode, ReadKey};
    return profile;
}

std::unique_ptr<ApiClient> TestConnectionCheck::makeClient(const Profile &profile,
                                                           const ProfileSecrets &secrets)
{
    return std::make_unique<ApiClient>(&m_network, profile, secrets);
}

void TestConnectionCheck::twoKeysPass()
{
    const auto client = makeClient(twoKeyProfile(), {WriteSecret, ReadSecret, {}});
    ConnectionCheck *check = client->checkConnection();
    QVERIFY(waitFinished(check));
    QVERIFY2(check->ok(), qPrintable(check->summary()));
    const QList<KeyCheckResult> &keys = check->keyResults();
    QCOMPARE(keys.size(), 2);

    const KeyCheckResult &write = keys.at(0);
    QCOMPARE(write.uses, QList<KeyUse>{KeyUse::Write});
    QCOMPARE(write.keyId, WriteKey);
    QCOMPARE(write.status, KeyCheckResult::Status::Passed);
    QVERIFY(write.signedIn);
    QVERIFY(!write.readChecked);
    QVERIFY(!write.writeConfirmed);
    QVERIFY2(write.summary.contains(u"\"Submitting Events\""_s), qPrintable(write.summary));

    const KeyCheckResult &read = keys.at(1);
    QCOMPARE(read.uses, QList<KeyUse>{KeyUse::Read});
    QCOMPARE(read.keyId, ReadKey);
    QCOMPARE(read.status, KeyCheckResult::Status::Passed);
    QVERIFY(read.signedIn);
    QVERIFY(read.readChecked);
    QCOMPARE(read.locationCount, int(m_simulator->directory().locations.size()));
    QCOMPARE(check->locationCount(), read.locationCount);

    // One sign-in per key, each by its own method: HMAC for the write key, client secret for the read key.
    QCOMPARE(m_simulator->requestCount(u"/v1/auth"_s), 1);
    QCOMPARE(m_simulator->requestCount(u"/v1/auth/token"_s), 1);
    QCOMPARE(m_simulator->requestCount(u"/v1/access-credentials"_s), 0);
}

void TestConnectionCheck::twoKeysEachUsedForItsCalls()
{
    // The simulator responds 403 when a key calls outside its role, so success shows which key was used.
    const auto client = makeClient(twoKeyProfile(), {WriteSecret, ReadSecret, {}});
    ApiReply *users = client->fetchUsers();
    QVERIFY(waitFinished(users));
    QVERIFY2(users->result().ok(), qPrintable(users->result().errorText));
    QVERIFY(Core::DirectoryJson::parseUsers(users->result().body).ok());

    Core::CredentialUpdate update;
    update.updateId = u"two-keys-update-1"_s;
    update.username = m_simulator->directory().users.first().email;
    ApiReply *push = client->pushCredentials({update});
    QVERIFY(waitFinished(push));
    QVERIFY2(push->result().ok(), qPrintable(push->result().errorText));
    QCOMPARE(m_simulator->updateIdArrivals().value(u"two-keys-update-1"_s), 1);
}

void TestConnectionCheck::oneWriteOnlyKeyExplainsRole()
{
    Profile profile = Profile::create(u"Write-only key"_s);
    profile.baseUrl = m_simulator->baseUrl();
    profile.key = ApiKeyConfig{AuthMode::HmacToken, WriteKey};
    const auto client = makeClient(profile, {WriteSecret, WriteSecret, {}});
    ConnectionCheck *check = client->checkConnection();
    QVERIFY(waitFinished(check));
    QVERIFY(!check->ok());
    QCOMPARE(check->keyResults().size(), 1);
    const KeyCheckResult &key = check->keyResults().at(0);
    QCOMPARE(key.uses, (QList<KeyUse>{KeyUse::Write, KeyUse::Read}));
    QCOMPARE(key.status, KeyCheckResult::Status::Failed);
    QVERIFY(key.signedIn);
    QVERIFY(!key.readChecked);
    QCOMPARE(key.result.httpStatus, 403);
    QCOMPARE(check->result().httpStatus, 403);
    QVERIFY2(key.summary.contains(u"may not read the directory"_s), qPrintable(key.summary));
    QVERIFY2(key.summary.contains(u"\"Data Warehouse\""_s), qPrintable(key.summary));
    QVERIFY2(key.summary.contains(u"support@calven.com"_s), qPrintable(key.summary));
    QVERIFY2(key.summary.contains(WriteKey), qPrintable(key.summary));
}

void TestConnectionCheck::readKeyWithWriteRoleFails()
{
    // The keys are swapped: the read key has the Submitting Events role.
    Profile profile = twoKeyProfile(AuthMode::HmacToken);
    profile.key.keyId = ReadKey;
    profile.readKey->keyId = WriteKey;
    const auto client = makeClient(profile, {ReadSecret, WriteSecret, {}});
    ConnectionCheck *check = client->checkConnection();
    QVERIFY(waitFinished(check));
    QVERIFY(!check->ok());
    QCOMPARE(check->keyResults().size(), 2);
    // Signing in cannot tell the write key's role, so the write key passes with writeConfirmed false.
    QCOMPARE(check->keyResults().at(0).status, KeyCheckResult::Status::Passed);
    QVERIFY(!check->keyResults().at(0).writeConfirmed);
    const KeyCheckResult &read = check->keyResults().at(1);
    QCOMPARE(read.status, KeyCheckResult::Status::Failed);
    QVERIFY2(read.summary.contains(u"read key \"%1\""_s.arg(WriteKey)), qPrintable(read.summary));
    QVERIFY2(read.summary.contains(u"enter it as the read key"_s), qPrintable(read.summary));
}

void TestConnectionCheck::wrongReadSecretNamesKey()
{
    const auto client = makeClient(twoKeyProfile(), {WriteSecret, u"not-the-read-secret"_s, {}});
    ConnectionCheck *check = client->checkConnection();
    QVERIFY(waitFinished(check));
    QVERIFY(!check->ok());
    QCOMPARE(check->keyResults().at(0).status, KeyCheckResult::Status::Passed);
    const KeyCheckResult &read = check->keyResults().at(1);
    QCOMPARE(read.status, KeyCheckResult::Status::Failed);
    QVERIFY(!read.signedIn);
    QCOMPARE(read.result.httpStatus, 401);
    QVERIFY2(read.summary.contains(ReadKey), qPrintable(read.summary));
    QCOMPARE(m_simulator->requestCount(u"/v1/analytics/locations"_s), 0);
}

void TestConnectionCheck::basicOnlyKeyReadsOnly()
{
    Profile profile = Profile::create(u"Basic"_s);
    profile.baseUrl = m_simulator->baseUrl();
    profile.key = ApiKeyConfig{AuthMode::Basic, ReadKey};
    const auto client = makeClient(profile, {ReadSecret, ReadSecret, {}});
    ConnectionCheck *check = client->checkConnection();
    QVERIFY(waitFinished(check));
    QVERIFY2(check->ok(), qPrintable(check->summary()));
    const KeyCheckResult &key = check->keyResults().at(0);
    QVERIFY(!key.signedIn);
    QVERIFY(key.readChecked);
    QVERIFY2(key.summary.contains(u"cannot send card updates"_s), qPrintable(key.summary));
    QCOMPARE(m_simulator->requestCount(u"/v1/analytics/locations/basic"_s), 1);
}

QTEST_GUILESS_MAIN(TestConnectionCheck)
#include "tst_connectioncheck.moc"
