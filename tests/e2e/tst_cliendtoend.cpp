// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The carddesk-cli program end to end. Each test runs the real executable against the Calven
// simulator on 127.0.0.1 with a fresh data folder. After each test, cleanup() scans all output and
// every file in the data folder for the secret and for bearer tokens.

#include "clitestsupport.h"

#include "core/cardvalidation.h"
#include "sim/authservice.h"
#include "sim/simulator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace Qt::StringLiterals;
using namespace CardDesk;
using Cli::Testing::CliRun;

namespace {

const QString KeyId = u"e2e-key"_s;
const QString CredentialsPath = u"/v1/access-credentials"_s;

// A 503 with Retry-After in seconds, as Calven sends when it is overloaded.
Sim::Fault serviceUnavailable(int retryAfterSeconds)
{
    Sim::Fault fault = Sim::Fault::statusCode(503);
    fault.headers.append(
        std::pair<QByteArray, QByteArray>("Retry-After", QByteArray::number(retryAfterSeconds)));
    return fault;
}

Core::Credential h10301Card(const QString &facilityCode, const QString &cardNumber)
{
    return Core::makeCredential(*Core::findCardFormat(u"h10301"), facilityCode, cardNumber, true, {})
        .credential;
}

QStringList userIdsOf(const QJsonObject &document)
{
    QStringList ids;
    for (const QJsonValue &user : document.value(u"users"_s).toArray())
        ids.append(user.toObject().value(u"userId"_s).toString());
    return ids;
}

} // namespace

class TestCliEndToEnd final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void mainJob_data();
    void mainJob();
    void deactivateCard();
    void credentialTypeFromAppSettings();
    void searchMatchesEveryWord();
    void cardHeldByOtherUserFails();
    void heldCardWithLeadingZerosRejected();
    void userDeletedInCalvenFails();
    void retryResolveAndAudit();
    void replaceAndEditCards();
    void profilesKeepSecretInKeychain();
    void keychainRunLeavesNoSecret();
    void pushReportsUnfinishedUpdates_data();
    void pushReportsUnfinishedUpdates();
    void pushWaitsForScheduledRetry();
    void pushWaitTimeoutLeavesUpdateWaiting();
    void pushInterruptKeepsUpdateQueued_data();
    void pushInterruptKeepsUpdateQueued();
    void pushAfterTimeoutWaitsForRetry();
    void pushJsonLeavesOutUnknownStatus();
    void refreshAnsweredWithError_data();
    void refreshAnsweredWithError();
    void refreshTimeoutIsNetworkError();
    void emptyUserListKeepsDirectory();
    void auditReasonStaysOnOneLine();
    void readCommandsRunDuringPush();
    void cardNumberWithFacilityCode();
    void addExistingCardFails();
    void queuedUpdateReplacesQueued();
    void userNotFound();
    void emptyCacheNamesRefresh();
    void ambiguousUserNamesCandidates();
    void invalidCardInput_data();
    void invalidCardInput();
    void unknownCardFormat();
    void pushWithoutSecret_data();
    void pushWithoutSecret();
    void wrongSecretFailsSignIn();
    void unreachableServer();
    void secretOptionRejected_data();
    void secretOptionRejected();
    void usageErrors_data();
    void usageErrors();
    void jsonOutputParses_data();
    void jsonOutputParses();
    void helpListsCommandsAndExitCodes();
    void realSimulatorProcess();
    void leakScanFindsPlantedSecret();

private:
    CliRun cli(const QStringList &arguments, bool withSecret = false);
    QStringList profileArguments() const;
    QStringList offlineArguments() const;
    bool refreshDirectory();
    Core::DirectoryUser activeUser(int index) const;
    QString queueCard(const QString &username, const QString &facilityCode, const QString &cardNumber);

    std::unique_ptr<Sim::Simulator> m_simulator;
    QString m_secret;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    Cli::Testing::CliProcessRunner m_runner;
    QList<QByteArray> m_extraNeedles;
};

void TestCliEndToEnd::initTestCase()
{
    Sim::SimulatorOptions options;
    options.userCount = 80;
    options.seed = 11;
    options.apiKeyId = KeyId;
    options.apiSecret = u"e2e-secret-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_secret = options.apiSecret;
    m_simulator = std::make_unique<Sim::Simulator>(options);
    QString error;
    QVERIFY2(m_simulator->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
}

void TestCliEndToEnd::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    m_runner.clear();
    m_extraNeedles.clear();
    m_simulator->clearFaults();
}

void TestCliEndToEnd::cleanup()
{
    QList<QByteArray> needles{
        m_secret.toUtf8(),
        QByteArray(Sim::TokenPrefix.data(), Sim::TokenPrefix.size()),
        QString(KeyId + u':' + m_secret).toUtf8().toBase64(),
    };
    needles += m_extraNeedles;
    const QStringList leaks = Cli::Testing::findLeaks(m_runner.allOutput(), m_dataDir->path(), needles);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    m_dataDir.reset();
}

CliRun TestCliEndToEnd::cli(const QStringList &arguments, bool withSecret)
{
    return m_runner.run(arguments, withSecret ? std::optional<QString>(m_secret) : std::nullopt);
}

QStringList TestCliEndToEnd::profileArguments() const
{
    return {u"--base-url"_s, m_simulator->baseUrl().toString(),
            u"--key-id"_s,   KeyId,
            u"--data-dir"_s, m_dataDir->path(),
            u"--timeout"_s,  u"20"_s};
}

QStringList TestCliEndToEnd::offlineArguments() const
{
    return {u"--data-dir"_s, m_dataDir->path()};
}

bool TestCliEndToEnd::refreshDirectory()
{
    const CliRun run = cli(profileArguments() + QStringList{u"users"_s, u"refresh"_s}, true);
    if (run.exitCode != 0)
        qWarning("users refresh failed: %s", run.describe().constData());
    return run.finished && run.exitCode == 0;
}

Core::DirectoryUser TestCliEndToEnd::activeUser(int index) const
{
    int seen = 0;
    for (const Core::DirectoryUser &user : m_simulator->directory().users) {
        if (user.isActive() && !user.email.isEmpty() && user.email == user.userName &&
            !user.firstName.isEmpty() && !user.lastName.isEmpty() && seen++ == index)
            return user;
    }
    return {};
}

// Queues one H10301 card for the user with cards add and returns the updateId, or empty on failure.
QString TestCliEndToEnd::queueCard(const QString &username, const QString &facilityCode,
                                   const QString &cardNumber)
{
    const CliRun run = cli(profileArguments() + QStringList{u"cards"_s, u"add"_s, username, u"--type"_s,
                                                            u"h10301"_s, u"--facility-code"_s, facilityCode,
                                                            u"--card-number"_s, cardNumber, u"--json"_s});
    if (run.exitCode != 0)
        qWarning("cards add failed: %s", run.describe().constData());
    return run.json().value(u"update"_s).toObject().value(u"updateId"_s).toString();
}

void TestCliEndToEnd::mainJob_data()
{
    QTest::addColumn<QString>("authMode");
    QTest::addColumn<int>("userIndex");
    QTest::newRow("hmac") << u"hmac"_s << 0;
    QTest::newRow("client-secret") << u"client-secret"_s << 1;
}

void TestCliEndToEnd::mainJob()
{
    QFETCH(QString, authMode);
    QFETCH(int, userIndex);
    const Core::DirectoryUser user = activeUser(userIndex);
    QVERIFY(!user.email.isEmpty());
    const QStringList profile = profileArguments() + QStringList{u"--auth"_s, authMode};
    // Each row uses its own card, because the simulator keeps the cards of earlier rows.
    const QString cardNumber = u"0471"_s + QString::number(userIndex);

    const CliRun refresh = cli(profile + QStringList{u"users"_s, u"refresh"_s}, true);
    QVERIFY2(refresh.exitCode == 0, refresh.describe().constData());
    QVERIFY2(refresh.out().contains(QString::number(m_simulator->directory().users.size()) + u" users"_s),
             refresh.describe().constData());

    // Searching and queueing work offline: no secret in the environment and no request to the server.
    const int authRequests =
        m_simulator->requestCount(u"/v1/auth"_s) + m_simulator->requestCount(u"/v1/auth/token"_s);
    const int pushRequests = m_simulator->requestCount(CredentialsPath);
    const QString searchText = user.firstName.toUpper() + u' ' + user.lastName.toLower();
    const CliRun search =
        cli(offlineArguments() + QStringList{u"users"_s, u"search"_s, searchText, u"--json"_s});
    QVERIFY2(search.exitCode == 0, search.describe().constData());
    QVERIFY2(userIdsOf(search.json()).contains(user.userId), search.describe().constData());

    const CliRun add = cli(profile + QStringList{u"cards"_s, u"add"_s, user.email, u"--type"_s, u"h10301"_s,
                                                 u"--facility-code"_s, u"21"_s, u"--card-number"_s,
                                                 cardNumber, u"--json"_s});
    QVERIFY2(add.exitCode == 0, add.describe().constData());
    const QString updateId = add.json().value(u"update"_s).toObject().value(u"updateId"_s).toString();
    QVERIFY2(!updateId.isEmpty(), add.describe().constData());
    QCOMPARE(m_simulator->requestCount(CredentialsPath), pushRequests);
    QCOMPARE(m_simulator->requestCount(u"/v1/auth"_s) + m_simulator->requestCount(u"/v1/auth/token"_s),
             authRequests);

    const CliRun pending =
        cli(offlineArguments() + QStringList{u"cards"_s, u"show"_s, user.email, u"--json"_s});
    QVERIFY2(pending.exitCode == 0, pending.describe().constData());
    const QJsonArray pendingUpdates = pending.json().value(u"pending"_s).toArray();
    QCOMPARE(pendingUpdates.size(), 1);
    QCOMPARE(pendingUpdates.at(0).toObject().value(u"updateId"_s).toString(), updateId);
    QVERIFY(pending.json().value(u"confirmed"_s).isNull());

    const CliRun push = cli(profile + QStringList{u"push"_s}, true);
    QVERIFY2(push.exitCode == 0, push.describe().constData());
    QVERIFY2(push.out().contains(updateId + u"  "_s + user.email + u"  OK"_s), push.describe().constData());
    QVERIFY2(m_simulator->requestCount(u"/v1/auth"_s) + m_simulator->requestCount(u"/v1/auth/token"_s) >
                 authRequests,
             "push did not sign in, so the token scan would prove nothing");

    const QList<Core::Credential> serverCards = m_simulator->credentialsOf(user.email);
    QCOMPARE(serverCards.size(), 1);
    QCOMPARE(serverCards.first().cardNumber, cardNumber);
    QCOMPARE(serverCards.first().facilityCode, u"21"_s);
    QVERIFY(serverCards.first().active);

    const CliRun showJson =
        cli(offlineArguments() + QStringList{u"cards"_s, u"show"_s, user.email, u"--json"_s});
    QVERIFY2(showJson.exitCode == 0, showJson.describe().constData());
    const QJsonArray confirmed = showJson.json().value(u"confirmed"_s).toArray();
    QCOMPARE(confirmed.size(), 1);
    QCOMPARE(confirmed.at(0).toObject().value(u"cardNumber"_s).toString(), cardNumber);
    QCOMPARE(showJson.json().value(u"confirmedUpdateId"_s).toString(), updateId);
    QVERIFY(showJson.json().value(u"inSync"_s).toBool());
    QVERIFY(showJson.json().value(u"pending"_s).toArray().isEmpty());

    const CliRun showText = cli(offlineArguments() + QStringList{u"cards"_s, u"show"_s, user.email});
    QVERIFY2(showText.out().contains(u"Confirmed by Calven"_s), showText.describe().constData());
    QVERIFY2(showText.out().contains(u"21:"_s + cardNumber), showText.describe().constData());
}

void TestCliEndToEnd::credentialTypeFromAppSettings()
{
    // The desktop app stores the operator's credentialType per format in its settings file.
    const QString configHome = m_dataDir->filePath(u"config"_s);
    {
        QSettings settings(configHome + u"/CardDesk/CardDesk.conf"_s, QSettings::IniFormat);
        settings.setValue(u"cards/credentialTypes"_s, QVariantMap{{u"h10301"_s, u"Wiegand 26"_s}});
    }
    const QStringList environment{u"XDG_CONFIG_HOME="_s + configHome};
    const Core::DirectoryUser user = activeUser(5);
    QVERIFY(refreshDirectory());

    const CliRun add = m_runner.run(
        profileArguments() + QStringList{u"cards"_s, u"add"_s, user.email, u"--type"_s, u"h10301"_s,
                                         u"--facility-code"_s, u"31"_s, u"--card-number"_s, u"3100"_s},
        std::nullopt, environment);
    QVERIFY2(add.exitCode == 0, add.describe().constData());
    QCOMPARE(cli(profileArguments() + QStringList{u"push"_s}, true).exitCode, 0);

    const QList<Core::Credential> serverCards = m_simulator->credentialsOf(user.email);
    QCOMPARE(serverCards.size(), 1);
    QCOMPARE(serverCards.constFirst().credentialType, u"Wiegand 26"_s);
}

void TestCliEndToEnd::deactivateCard()
{
    const Core::DirectoryUser user = activeUser(4);
    QVERIFY(refreshDirectory());
    QVERIFY(!queueCard(user.email, u"22"_s, u"1234"_s).isEmpty());
    QCOMPARE(cli(profileArguments() + QStringList{u"push"_s}, true).exitCode, 0);
    QVERIFY(m_simulator->credentialsOf(user.email).value(0).active);

    const CliRun deactivate =
        cli(profileArguments() + QStringList{u"cards"_s, u"deactivate"_s, user.userId, u"--card-number"_s,
                                             u"1234"_s, u"--facility-code"_s, u"22"_s});
    QVERIFY2(deactivate.exitCode == 0, deactivate.describe().constData());
    const CliRun push = cli(profileArguments() + QStringList{u"push"_s}, true);
    QVERIFY2(push.exitCode == 0, push.describe().constData());

    const QList<Core::Credential> serverCards = m_simulator->credentialsOf(user.email);
    QCOMPARE(serverCards.size(), 1);
    QCOMPARE(serverCards.first().cardNumber, u"1234"_s);
    QVERIFY(!serverCards.first().active);

    const CliRun missing =
        cli(profileArguments() + QStringList{u"cards"_s, u"deactivate"_s, user.email, u"--card-number"_s,
                                             u"9999"_s, u"--facility-code"_s, u"22"_s});
    QCOMPARE(missing.exitCode, 3);
    QVERIFY2(missing.errors().contains(u"22:9999"_s), missing.describe().constData());
    QVERIFY2(missing.errors().contains(u"22:1234"_s), missing.describe().constData());
}

void TestCliEndToEnd::searchMatchesEveryWord()
{
    QVERIFY(refreshDirectory());
    const Core::DirectoryUser user = activeUser(5);
    const CliRun byName =
        cli(offlineArguments() + QStringList{u"users"_s, u"search"_s, user.lastName.left(3), u"--json"_s});
    QVERIFY2(byName.exitCode == 0, byName.describe().constData());
    const QStringList nameMatches = userIdsOf(byName.json());
    QVERIFY2(nameMatches.contains(user.userId), byName.describe().constData());

    // A second word narrows the result: every user returned must match both words.
    const CliRun narrowed =
        cli(offlineArguments() + QStringList{u"users"_s, u"search"_s, user.lastName.left(3),
                                             user.email.section(u'@', 0, 0), u"--json"_s});
    const QStringList narrowedMatches = userIdsOf(narrowed.json());
    QVERIFY2(narrowedMatches.contains(user.userId), narrowed.describe().constData());
    for (const QString &id : narrowedMatches)
        QVERIFY(nameMatches.contains(id));

    const CliRun none = cli(offlineArguments() + QStringList{u"users"_s, u"search"_s, user.lastName.left(3),
                                                             u"zz-no-such-word"_s, u"--json"_s});
    QCOMPARE(none.exitCode, 0);
    QVERIFY(userIdsOf(none.json()).isEmpty());
}

void TestCliEndToEnd::cardHeldByOtherUserFails()
{
    const Core::DirectoryUser holder = activeUser(6);
    const Core::DirectoryUser user = activeUser(7);
    QVERIFY(m_simulator->setCredentials(holder.email, {h10301Card(u"33"_s, u"5150"_s)}));
    QVERIFY(refreshDirectory());
    const QString updateId = queueCard(user.email, u"33"_s, u"5150"_s);
    QVERIFY(!updateId.isEmpty());

    const CliRun push = cli(profileArguments() + QStringList{u"push"_s}, true);
    QVERIFY2(push.exitCode == 1, push.describe().constData());
    QVERIFY2(push.out().contains(updateId + u"  "_s + user.email + u"  CARD_UPDATE_FAILED"_s),
             push.describe().constData());
    QVERIFY(m_simulator->credentialsOf(user.email).isEmpty());
    QCOMPARE(m_simulator->credentialsOf(holder.email).size(), 1);

    // The simulator's own per-card message reaches the failure list.
    const QString serverMessage = u"Card 33:5150 is assigned to another user. Deactivate it there first."_s;
    const CliRun failures = cli(offlineArguments() + QStringList{u"failures"_s});
    QVERIFY2(failures.exitCode == 0, failures.describe().constData());
    QVERIFY2(failures.out().contains(updateId), failures.describe().constData());
    QVERIFY2(failures.out().contains(serverMessage), failures.describe().constData());

    const CliRun json = cli(offlineArguments() + QStringList{u"failures"_s, u"--json"_s});
    const QJsonArray entries = json.json().value(u"failures"_s).toArray();
    QCOMPARE(entries.size(), 1);
    const QJsonObject entry = entries.at(0).toObject();
    QCOMPARE(entry.value(u"updateId"_s).toString(), updateId);
    QCOMPARE(entry.value(u"username"_s).toString(), user.email);
    QCOMPARE(entry.value(u"result"_s).toString(), u"CARD_UPDATE_FAILED"_s);
    QCOMPARE(entry.value(u"cardResults"_s).toArray().at(0).toObject().value(u"message"_s).toString(),
             serverMessage);
    QVERIFY(!entry.value(u"updatedAt"_s).toString().isEmpty());
}

// 1:00002 is the same card as 1:2, so queueing it for a second user fails before any request, as
// the exact value does.
void TestCliEndToEnd::heldCardWithLeadingZerosRejected()
{
    const Core::DirectoryUser holder = activeUser(8);
    const Core::DirectoryUser user = activeUser(9);
    QVERIFY(refreshDirectory());
    QVERIFY(!queueCard(holder.email, u"1"_s, u"2"_s).isEmpty());

    for (const auto &[facilityCode, cardNumber] :
         {std::pair{u"1"_s, u"00002"_s}, std::pair{u"001"_s, u"2"_s}, std::pair{u"01"_s, u"002"_s}}) {
        const CliRun add =
            cli(profileArguments() + QStringList{u"cards"_s, u"add"_s, user.email, u"--type"_s, u"h10301"_s,
                                                 u"--facility-code"_s, facilityCode, u"--card-number"_s,
                                                 cardNumber});
        QVERIFY2(add.exitCode == 3, add.describe().constData());
        QVERIFY2(add.errors().contains(u"is already active for"_s), add.describe().constData());
        QVERIFY2(add.errors().contains(holder.email), add.describe().constData());
    }
    const CliRun show = cli(offlineArguments() + QStringList{u"cards"_s, u"show"_s, user.email, u"--json"_s});
    QVERIFY2(show.exitCode == 0, show.describe().constData());
    QVERIFY2(!show.out().contains(u"00002"_s), show.describe().constData());
}

void TestCliEndToEnd::userDeletedInCalvenFails()
{
    Core::DirectoryUser leaver;
    leaver.userId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    leaver.email = u"leaver.e2e@example.com"_s;
    leaver.userName = leaver.email;
    leaver.firstName = u"Lee"_s;
    leaver.lastName = u"Ver"_s;
    leaver.status = u"active"_s;
    m_simulator->addUser(leaver);
    QVERIFY(refreshDirectory());
    const QString updateId = queueCard(leaver.email, u"44"_s, u"777"_s);
    QVERIFY(!updateId.isEmpty());
    QVERIFY(m_simulator->removeUser(leaver.userId));

    const CliRun push = cli(profileArguments() + QStringList{u"push"_s}, true);
    QVERIFY2(push.exitCode == 1, push.describe().constData());
    QVERIFY2(push.out().contains(updateId + u"  "_s + leaver.email + u"  USER_NOT_FOUND"_s),
             push.describe().constData());
    QVERIFY2(push.out().contains(u"User not found (card 44:777)."_s), push.describe().constData());
    QCOMPARE(push.out().count(u"User not found"_s), 1);
    QVERIFY2(push.out().contains(u"users refresh"_s), push.describe().constData());
}

void TestCliEndToEnd::pushReportsUnfinishedUpdates_data()
{
    QTest::addColumn<int>("userIndex");
    QTest::addColumn<int>("faultStatus");
    QTest::addColumn<int>("retryAfterSeconds");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<int>("arrivals");
    // Every attempt gets a 503, so push waits for each retry until --max-attempts is used up. A 503
    // reached Calven, so the exit code is 1, not the network error 4.
    QTest::newRow("service unavailable until the attempt limit")
        << 8 << 503 << 0 << QStringList{u"--max-attempts"_s, u"3"_s} << u"NEEDS_ATTENTION"_s << 3;
    // --no-wait reports right after the first round, with the retry still scheduled.
    QTest::newRow("service unavailable without waiting")
        << 15 << 503 << 30 << QStringList{u"--no-wait"_s} << u"WAITING"_s << 1;
    // A 200 whose body cannot be read leaves the outcome unknown, never confirmed, and is not retried.
    QTest::newRow("unreadable answer") << 9 << 200 << 0 << QStringList() << u"UNKNOWN"_s << 1;
}

void TestCliEndToEnd::pushReportsUnfinishedUpdates()
{
    QFETCH(int, userIndex);
    QFETCH(int, faultStatus);
    QFETCH(int, retryAfterSeconds);
    QFETCH(QStringList, options);
    QFETCH(QString, outcome);
    QFETCH(int, arrivals);
    const Core::DirectoryUser user = activeUser(userIndex);
    QVERIFY(!user.userId.isEmpty());
    QVERIFY(refreshDirectory());
    const QString updateId = queueCard(user.email, u"55"_s, QString::number(100 + userIndex));
    QVERIFY(!updateId.isEmpty());
    if (faultStatus == 200) {
        m_simulator->injectFault(CredentialsPath, Sim::Fault::malformedJson().afterHandling());
    } else {
        // Retry-After: 0 makes a retry due at once, so the attempt limit is reached without waiting.
        QCOMPARE(faultStatus, 503);
        m_simulator->injectFault(CredentialsPath, serviceUnavailable(retryAfterSeconds), 10);
    }

    const CliRun push = cli(profileArguments() + QStringList{u"push"_s, u"--json"_s} + options, true);
    QVERIFY2(push.exitCode == 1, push.describe().constData());
    const QJsonArray updates = push.json().value(u"updates"_s).toArray();
    QCOMPARE(updates.size(), 1);
    QCOMPARE(updates.at(0).toObject().value(u"updateId"_s).toString(), updateId);
    QCOMPARE(updates.at(0).toObject().value(u"result"_s).toString(), outcome);
    QCOMPARE(m_simulator->updateIdArrivals().value(updateId), arrivals);
    QVERIFY2(!push.errors().isEmpty(), push.describe().constData());
    QVERIFY2(!push.errors().contains(u"No update reached Calven"_s), push.describe().constData());
    QCOMPARE(push.json().value(u"ok"_s).toBool(), false);
}

void TestCliEndToEnd::pushWaitsForScheduledRetry()
{
    const Core::DirectoryUser user = activeUser(16);
    QVERIFY(!user.userId.isEmpty());
    QVERIFY(refreshDirectory());
    const QString updateId = queueCard(user.email, u"56"_s, u"1616"_s);
    QVERIFY(!updateId.isEmpty());
    m_simulator->injectFault(CredentialsPath, serviceUnavailable(1));

    QElapsedTimer elapsed;
    elapsed.start();
    const CliRun push = cli(profileArguments() + QStringList{u"push"_s, u"--verbose"_s}, true);
    QVERIFY2(push.exitCode == 0, push.describe().constData());
    QVERIFY2(elapsed.elapsed() >= 1000, push.describe().constData());
    QVERIFY2(push.out().contains(updateId + u"  "_s + user.email + u"  OK"_s), push.describe().constData());
    QVERIFY2(push.err().contains(u"Retrying 1 update(s) at "_s), push.describe().constData());
    QVERIFY2(push.err().contains(u"503"_s), push.describe().constData());
    QCOMPARE(m_simulator->updateIdArrivals().value(updateId), 2);
    QCOMPARE(m_simulator->credentialsOf(user.email).size(), 1);
}

void TestCliEndToEnd::pushWaitTimeoutLeavesUpdateWaiting()
{
    const Core::DirectoryUser user = activeUser(17);
    QVERIFY(!user.userId.isEmpty());
    QVERIFY(refreshDirectory());
    const QString updateId = queueCard(user.email, u"57"_s, u"1717"_s);
    QVERIFY(!updateId.isEmpty());
    m_simulator->injectFault(CredentialsPath, serviceUnavailable(60));

    QElapsedTimer elapsed;
    elapsed.start();
    const CliRun push =
        cli(profileArguments() + QStringList{u"push"_s, u"--wait-timeout"_s, u"2"_s, u"--json"_s}, true);
    QVERIFY2(push.exitCode == 1, push.describe().constData());
    QVERIFY2(elapsed.elapsed() < 30000, push.describe().constData());
    const QJsonObject update = push.json().value(u"updates"_s).toArray().at(0).toObject();
    QCOMPARE(update.value(u"updateId"_s).toString(), updateId);
    QCOMPARE(update.value(u"result"_s).toString(), u"WAITING"_s);
    QVERIFY2(push.errors().contains(u"--wait-timeout"_s), push.describe().constData());
    QCOMPARE(m_simulator->updateIdArrivals().value(updateId), 1);
}

void TestCliEndToEnd::pushInterruptKeepsUpdateQueued_data()
{
    QTest::addColumn<int>("userIndex");
    QTest::addColumn<bool>("inFlight");
    QTest::addColumn<bool>("terminate"); // SIGTERM instead of SIGINT (Ctrl+C).
    // Ctrl+C while push waits for the retry that a 503 with Retry-After scheduled.
    QTest::newRow("waiting for a retry") << 18 << false << false;
    // Ctrl+C while the request hangs: push aborts it, and the update stays queued.
    QTest::newRow("request in flight") << 19 << true << false;
    QTest::newRow("SIGTERM while waiting for a retry") << 26 << false << true;
}

void TestCliEndToEnd::pushInterruptKeepsUpdateQueued()
{
#ifdef Q_OS_UNIX
    QFETCH(int, userIndex);
    QFETCH(bool, inFlight);
    QFETCH(bool, terminate);
    const Core::DirectoryUser user = activeUser(userIndex);
    QVERIFY(!user.userId.isEmpty());
    QVERIFY(refreshDirectory());
    const QString updateId = queueCard(user.email, u"58"_s, QString::number(1800 + userIndex));
    QVERIFY(!updateId.isEmpty());
    m_simulator->injectFault(CredentialsPath, inFlight ? Sim::Fault::hang() : serviceUnavailable(5));

    QProcess push;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"CARDDESK_API_SECRET"_s, m_secret);
    push.setProcessEnvironment(environment);
    push.start(QStringLiteral(CARDDESK_CLI_EXECUTABLE),
               profileArguments() + QStringList{u"push"_s, u"--json"_s, u"--verbose"_s});
    QVERIFY2(push.waitForStarted(), qPrintable(push.errorString()));
    // Interrupt once the request has reached the simulator, or once the verbose log names the
    // retry that the 503 scheduled.
    QByteArray standardError;
    if (inFlight)
        QTRY_VERIFY_WITH_TIMEOUT(m_simulator->updateIdArrivals().value(updateId) == 1, 20000);
    else
        QTRY_VERIFY_WITH_TIMEOUT(
            (standardError += push.readAllStandardError()).contains("Retrying 1 update(s)"), 20000);
    QCOMPARE(push.state(), QProcess::Running);
    QCOMPARE(::kill(pid_t(push.processId()), terminate ? SIGTERM : SIGINT), 0);
    QVERIFY(push.waitForFinished(10000));
    QCOMPARE(push.exitStatus(), QProcess::NormalExit);
    QCOMPARE(push.exitCode(), 130);
    const QByteArray output = push.readAllStandardOutput();
    standardError += push.readAllStandardError();
    QVERIFY(!output.contains(m_secret.toUtf8()));
    QVERIFY(!standardError.contains(m_secret.toUtf8()));
    const QJsonObject document = QJsonDocument::fromJson(output).object();
    QCOMPARE(document.value(u"exitCode"_s).toInt(), 130);
    const QJsonObject update = document.value(u"updates"_s).toArray().at(0).toObject();
    QCOMPARE(update.value(u"updateId"_s).toString(), updateId);
    QCOMPARE(update.value(u"result"_s).toString(), u"WAITING"_s);
    const QJsonObject summary = document.value(u"summary"_s).toObject();
    QCOMPARE(summary.value(u"updates"_s).toInt(), 1);
    QCOMPARE(summary.value(u"confirmed"_s).toInt(), 0);
    QCOMPARE(summary.value(u"waiting"_s).toInt(), 1);
    QVERIFY2(standardError.contains("Interrupted"), standardError.constData());

    // The update stayed queued under its updateId, so the next push resends the same update, after
    // the retry time when the 503 scheduled one.
    const CliRun again = cli(profileArguments() + QStringList{u"push"_s}, true);
    QVERIFY2(again.exitCode == 0, again.describe().constData());
    QVERIFY2(again.out().contains(u"Updates: 1 (confirmed 1)."_s), again.describe().constData());
    QCOMPARE(m_simulator->updateIdArrivals().value(updateId), 2);
    QCOMPARE(m_simulator->credentialsOf(user.email).size(), 1);
#else
    QSKIP("SIGINT is a POSIX signal");
#endif
}

void TestCliEndToEnd::retryResolveAndAudit()
{
    const Core::DirectoryUser holder = activeUser(10);
    const Core::DirectoryUser user = activeUser(11);
    QVERIFY(m_simulator->setCredentials(holder.email, {h10301Card(u"44"_s, u"6160"_s)}));
    QVERIFY(refreshDirectory());
    const QString failedId = queueCard(user.email, u"44"_s, u"6160"_s);
    QVERIFY(!failedId.isEmpty());
    QCOMPARE(cli(profileArguments() + QStringList{u"push"_s}, true).exitCode, 1);

    // The holder gives the card up, so the operator's retry goes through under a new updateId.
    QVERIFY(m_simulator->setCredentials(holder.email, {}));
    const CliRun retry = cli(offlineArguments() + QStringList{u"retry"_s, failedId, u"--json"_s});
    QVERIFY2(retry.exitCode == 0, retry.describe().constData());
    const QJsonObject retried = retry.json().value(u"retried"_s).toArray().at(0).toObject();
    QCOMPARE(retried.value(u"updateId"_s).toString(), failedId);
    const QString newId = retried.value(u"newUpdateId"_s).toString();
    QVERIFY(!newId.isEmpty());
    QVERIFY(newId != failedId);

    const CliRun push = cli(profileArguments() + QStringList{u"push"_s}, true);
    QVERIFY2(push.exitCode == 0, push.describe().constData());
    QVERIFY2(push.out().contains(newId + u"  "_s + user.email + u"  OK"_s), push.describe().constData());
    QCOMPARE(m_simulator->credentialsOf(user.email).size(), 1);
    QCOMPARE(m_simulator->updateIdArrivals().value(failedId), 1);
    QCOMPARE(m_simulator->updateIdArrivals().value(newId), 1);

    // A retried failure is closed, so neither retry nor resolve accepts it again.
    const CliRun again = cli(offlineArguments() + QStringList{u"retry"_s, failedId});
    QVERIFY2(again.exitCode == 3, again.describe().constData());
    QVERIFY2(again.errors().contains(u"was already retried as "_s + newId), again.describe().constData());
    QVERIFY2(!again.errors().contains(u"failure list"_s), again.describe().constData());
    const CliRun resolveConfirmed =
        cli(offlineArguments() + QStringList{u"resolve"_s, newId, u"--note"_s, u"already sent"_s});
    QVERIFY2(resolveConfirmed.exitCode == 3, resolveConfirmed.describe().constData());
    QVERIFY2(resolveConfirmed.errors().contains(u"cannot be resolved"_s),
             resolveConfirmed.describe().constData());
    QVERIFY2(resolveConfirmed.errors().contains(u"carddesk-cli failures"_s),
             resolveConfirmed.describe().constData());
    QVERIFY2(!resolveConfirmed.errors().contains(u"failure list"_s), resolveConfirmed.describe().constData());
    const CliRun unknownId = cli(offlineArguments() + QStringList{u"retry"_s, u"no-such-update"_s});
    QVERIFY2(unknownId.exitCode == 3, unknownId.describe().constData());
    QVERIFY2(unknownId.errors().contains(u"no-such-update"_s), unknownId.describe().constData());
    QVERIFY2(unknownId.errors().contains(u"carddesk-cli failures"_s), unknownId.describe().constData());

    // A second failure is closed by hand with a note.
    QVERIFY(m_simulator->setCredentials(holder.email, {h10301Card(u"44"_s, u"6161"_s)}));
    const QString secondId = queueCard(user.email, u"44"_s, u"6161"_s);
    QCOMPARE(cli(profileArguments() + QStringList{u"push"_s}, true).exitCode, 1);
    const CliRun resolve = cli(
        offlineArguments() + QStringList{u"resolve"_s, secondId, u"--note"_s, u"Fixed in Calven by hand"_s});
    QVERIFY2(resolve.exitCode == 0, resolve.describe().constData());
    const CliRun failures = cli(offlineArguments() + QStringList{u"failures"_s, u"--json"_s});
    QCOMPARE(failures.json().value(u"failures"_s).toArray().size(), 0);

    const CliRun audit =
        cli(offlineArguments() + QStringList{u"audit"_s, u"--user"_s, user.email, u"--json"_s});
    QVERIFY2(audit.exitCode == 0, audit.describe().constData());
    QStringList actions;
    for (const QJsonValue &record : audit.json().value(u"records"_s).toArray()) {
        QCOMPARE(record.toObject().value(u"username"_s).toString(), user.email);
        actions.append(record.toObject().value(u"action"_s).toString());
    }
    QVERIFY2(actions.contains(u"update.retried"_s), qPrintable(actions.join(u' ')));
    QVERIFY2(actions.contains(u"update.resolved"_s), qPrintable(actions.join(u' ')));
    QVERIFY2(actions.contains(u"cards.submitted"_s), qPrintable(actions.join(u' ')));

    const CliRun resolvedOnly =
        cli(offlineArguments() + QStringList{u"audit"_s, u"--action"_s, u"update.resolved"_s, u"--json"_s});
    const QJsonArray resolvedRecords = resolvedOnly.json().value(u"records"_s).toArray();
    QCOMPARE(resolvedRecords.size(), 1);
    QCOMPARE(resolvedRecords.at(0).toObject().value(u"updateId"_s).toString(), secondId);
    QCOMPARE(resolvedRecords.at(0).toObject().value(u"detail"_s).toString(), u"Fixed in Calven by hand"_s);

    const CliRun future =
        cli(offlineArguments() + QStringList{u"audit"_s, u"--since"_s, u"2999-01-01"_s, u"--json"_s});
    QVERIFY2(future.exitCode == 0, future.describe().constData());
    QCOMPARE(future.json().value(u"records"_s).toArray().size(), 0);
    const CliRun past =
        cli(offlineArguments() + QStringList{u"audit"_s, u"--until"_s, u"2000-01-01"_s, u"--json"_s});
    QVERIFY2(past.exitCode == 0, past.describe().constData());
    QCOMPARE(past.json().value(u"records"_s).toArray().size(), 0);

    // How each update ended: both failures and the confirmed retry, with labels and the profile.
    const CliRun outcomes =
        cli(offlineArguments() +
            QStringList{u"audit"_s, u"--action"_s, u"update.result"_s, u"--user"_s, user.email, u"--json"_s});
    QVERIFY2(outcomes.exitCode == 0, outcomes.describe().constData());
    QHash<QString, QString> resultOf;
    for (const QJsonValue &record : outcomes.json().value(u"records"_s).toArray())
        resultOf.insert(record.toObject().value(u"updateId"_s).toString(),
                        record.toObject().value(u"result"_s).toString());
    QCOMPARE(resultOf.size(), 3);
    QCOMPARE(resultOf.value(failedId), u"failed"_s);
    QCOMPARE(resultOf.value(newId), u"confirmed"_s);
    // The second set keeps the confirmed 6160 active and adds 6161, which the holder has, so only 6160 is OK.
    QCOMPARE(resultOf.value(secondId), u"partial"_s);
    const CliRun failed = cli(offlineArguments() + QStringList{u"audit"_s, u"--action"_s, u"update.result"_s,
                                                               u"--result"_s, u"failed"_s, u"--json"_s});
    QCOMPARE(failed.json().value(u"records"_s).toArray().size(), 1);
    // With --base-url and --key-id the list is of that profile, named by its key and host.
    const CliRun confirmed =
        cli(profileArguments() +
            QStringList{u"audit"_s, u"--text"_s, newId, u"--result"_s, u"confirmed"_s, u"--json"_s});
    const QJsonArray confirmedRecords = confirmed.json().value(u"records"_s).toArray();
    QCOMPARE(confirmedRecords.size(), 1);
    const QJsonObject outcome = confirmedRecords.at(0).toObject();
    QCOMPARE(outcome.value(u"action"_s).toString(), u"update.result"_s);
    QCOMPARE(outcome.value(u"actionLabel"_s).toString(), u"Update result"_s);
    QCOMPARE(outcome.value(u"resultLabel"_s).toString(), u"Confirmed"_s);
    QVERIFY(!outcome.value(u"profileId"_s).toString().isEmpty());
    QCOMPARE(outcome.value(u"profileName"_s).toString(), KeyId + u"@127.0.0.1"_s);
    const CliRun text = cli(offlineArguments() + QStringList{u"audit"_s, u"--text"_s, newId});
    QVERIFY2(text.out().contains(u"Update result"_s) && text.out().contains(u"Confirmed"_s),
             text.describe().constData());

    const CliRun badAction =
        cli(offlineArguments() + QStringList{u"audit"_s, u"--action"_s, u"cards.sent"_s});
    QVERIFY2(badAction.exitCode == 2, badAction.describe().constData());
    QVERIFY2(badAction.errors().contains(u"cards.sent"_s) &&
                 badAction.errors().contains(u"cards.submitted"_s),
             badAction.describe().constData());
}

void TestCliEndToEnd::replaceAndEditCards()
{
    const Core::DirectoryUser user = activeUser(12);
    QVERIFY(refreshDirectory());
    QVERIFY(!queueCard(user.email, u"55"_s, u"7001"_s).isEmpty());
    QCOMPARE(cli(profileArguments() + QStringList{u"push"_s}, true).exitCode, 0);

    const CliRun replace = cli(profileArguments() +
                               QStringList{u"cards"_s, u"replace"_s, user.email, u"--card-number"_s,
                                           u"7001"_s, u"--facility-code"_s, u"55"_s, u"--type"_s, u"h10301"_s,
                                           u"--new-card-number"_s, u"7002"_s, u"--reason"_s, u"Lost card"_s});
    QVERIFY2(replace.exitCode == 0, replace.describe().constData());
    QCOMPARE(cli(profileArguments() + QStringList{u"push"_s}, true).exitCode, 0);
    const auto cardState = [this, &user](const QString &cardNumber) {
        for (const Core::Credential &card : m_simulator->credentialsOf(user.email)) {
            if (card.cardNumber == cardNumber && card.facilityCode == u"55"_s)
                return card.active ? 1 : 0;
        }
        return -1;
    };
    QCOMPARE(cardState(u"7001"_s), 0);
    QCOMPARE(cardState(u"7002"_s), 1);

    // Replacing a card with itself is rejected before anything is queued.
    const CliRun same = cli(profileArguments() +
                            QStringList{u"cards"_s, u"replace"_s, user.email, u"--card-number"_s, u"7002"_s,
                                        u"--facility-code"_s, u"55"_s, u"--type"_s, u"h10301"_s,
                                        u"--new-card-number"_s, u"7002"_s, u"--reason"_s, u"Typo"_s});
    QVERIFY2(same.exitCode == 3, same.describe().constData());

    const CliRun edit =
        cli(profileArguments() + QStringList{u"cards"_s, u"edit"_s, user.email, u"--card-number"_s, u"7002"_s,
                                             u"--facility-code"_s, u"55"_s, u"--inactive"_s, u"--json"_s});
    QVERIFY2(edit.exitCode == 0, edit.describe().constData());
    QVERIFY(!edit.json().value(u"update"_s).toObject().value(u"updateId"_s).toString().isEmpty());
    QCOMPARE(cli(profileArguments() + QStringList{u"push"_s}, true).exitCode, 0);
    QCOMPARE(cardState(u"7002"_s), 0);

    // A new number through edit sends the old card inactive and adds the corrected one.
    const CliRun renumber =
        cli(profileArguments() + QStringList{u"cards"_s, u"edit"_s, user.email, u"--card-number"_s, u"7002"_s,
                                             u"--facility-code"_s, u"55"_s, u"--new-card-number"_s, u"7003"_s,
                                             u"--active"_s});
    QVERIFY2(renumber.exitCode == 0, renumber.describe().constData());
    QCOMPARE(cli(profileArguments() + QStringList{u"push"_s}, true).exitCode, 0);
    QCOMPARE(cardState(u"7002"_s), 0);
    QCOMPARE(cardState(u"7003"_s), 1);

    const CliRun audit =
        cli(offlineArguments() + QStringList{u"audit"_s, u"--user"_s, user.email, u"--action"_s,
                                             u"cards.submitted"_s, u"--json"_s});
    QStringList details;
    for (const QJsonValue &record : audit.json().value(u"records"_s).toArray())
        details.append(record.toObject().value(u"detail"_s).toString());
    QVERIFY2(details.contains(u"Lost card"_s), qPrintable(details.join(u" | "_s)));
}

void TestCliEndToEnd::profilesKeepSecretInKeychain()
{
    // The profiles live in a settings folder of this test, and the secret in the session keychain.
    const QStringList environment{u"XDG_CONFIG_HOME="_s + m_dataDir->filePath(u"config"_s)};
    const auto run = [&](const QStringList &arguments, const QByteArray &input = {}) {
        return m_runner.run(arguments, std::nullopt, environment, input);
    };
    const QString name = u"E2E tenant"_s;
    const CliRun add = run(profileArguments() + QStringList{u"profiles"_s, u"add"_s, name, u"--json"_s},
                           m_secret.toUtf8() + '\n');
    if (add.exitCode == 5 && add.errors().contains(u"keychain"_s))
        QSKIP("No keychain is reachable; run the tests through scripts/with-keyring.sh.");
    QVERIFY2(add.exitCode == 0, add.describe().constData());
    const QString profileId = add.json().value(u"profile"_s).toObject().value(u"id"_s).toString();
    QVERIFY(!profileId.isEmpty());

    const CliRun list = run(offlineArguments() + QStringList{u"profiles"_s, u"--json"_s});
    QVERIFY2(list.exitCode == 0, list.describe().constData());
    const QJsonArray profiles = list.json().value(u"profiles"_s).toArray();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.at(0).toObject().value(u"name"_s).toString(), name);
    QCOMPARE(profiles.at(0).toObject().value(u"keyId"_s).toString(), KeyId);

    // Without the secret variable, users refresh signs in with the keychain secret.
    const CliRun refresh = run(profileArguments() + QStringList{u"users"_s, u"refresh"_s});
    QVERIFY2(refresh.exitCode == 0, refresh.describe().constData());

    // Another name for the same base URL and key id would replace the profile, so it is rejected
    // before the secret is read. The same name updates the profile.
    const CliRun other =
        run(profileArguments() + QStringList{u"profiles"_s, u"add"_s, u"Other"_s}, m_secret.toUtf8() + '\n');
    QVERIFY2(other.exitCode == 3, other.describe().constData());
    QVERIFY2(other.errors().contains(u"Profile \"E2E tenant\" already uses key"_s), other.describe().constData());
    const CliRun empty = run(profileArguments() + QStringList{u"profiles"_s, u"add"_s, name}, "\n");
    QVERIFY2(empty.exitCode == 3, empty.describe().constData());
    const CliRun update = run(profileArguments() + QStringList{u"profiles"_s, u"add"_s, name}, m_secret.toUtf8() + '\n');
    QVERIFY2(update.exitCode == 0, update.describe().constData());
    QVERIFY2(update.out().contains(u"Updated profile"_s), update.describe().constData());
    const CliRun listed = run(offlineArguments() + QStringList{u"profiles"_s, u"--json"_s});
    QCOMPARE(listed.json().value(u"profiles"_s).toArray().size(), 1);
    QCOMPARE(listed.json().value(u"profiles"_s).toArray().at(0).toObject().value(u"name"_s).toString(), name);

    const CliRun remove = run(offlineArguments() + QStringList{u"profiles"_s, u"remove"_s, name});
    QVERIFY2(remove.exitCode == 0, remove.describe().constData());
    QCOMPARE(run(offlineArguments() + QStringList{u"profiles"_s, u"--json"_s})
                 .json()
                 .value(u"profiles"_s)
                 .toArray()
                 .size(),
             0);
    const CliRun signedOut = run(profileArguments() + QStringList{u"users"_s, u"refresh"_s});
    QVERIFY2(signedOut.exitCode == 4, signedOut.describe().constData());
    const CliRun again = run(offlineArguments() + QStringList{u"profiles"_s, u"remove"_s, profileId});
    QVERIFY2(again.exitCode == 3, again.describe().constData());
}

void TestCliEndToEnd::keychainRunLeavesNoSecret()
{
    // Settings, database and diagnostics all live under the data folder, which cleanup() scans byte
    // by byte together with everything the program printed, including its log lines (--verbose).
    const QStringList environment{u"XDG_CONFIG_HOME="_s + m_dataDir->filePath(u"config"_s)};
    const auto run = [&](const QStringList &arguments, const QByteArray &input = {}) {
        return m_runner.run(arguments + QStringList{u"--verbose"_s}, std::nullopt, environment, input);
    };
    const int tokensBefore = int(m_simulator->issuedTokens().size());
    const CliRun add = run(profileArguments() + QStringList{u"profiles"_s, u"add"_s, u"Leak scan"_s},
                           m_secret.toUtf8() + '\n');
    if (add.exitCode == 5 && add.errors().contains(u"keychain"_s))
        QSKIP("No keychain is reachable; run the tests through scripts/with-keyring.sh.");
    QVERIFY2(add.exitCode == 0, add.describe().constData());

    const CliRun refresh = run(profileArguments() + QStringList{u"users"_s, u"refresh"_s});
    QVERIFY2(refresh.exitCode == 0, refresh.describe().constData());
    const Core::DirectoryUser user = activeUser(4);
    QVERIFY(!user.email.isEmpty());
    const CliRun queued =
        run(profileArguments() + QStringList{u"cards"_s, u"add"_s, user.email, u"--type"_s, u"h10301"_s,
                                             u"--facility-code"_s, u"33"_s, u"--card-number"_s, u"7301"_s});
    QVERIFY2(queued.exitCode == 0, queued.describe().constData());
    const CliRun push = run(profileArguments() + QStringList{u"push"_s});
    QVERIFY2(push.exitCode == 0, push.describe().constData());
    QCOMPARE(m_simulator->credentialsOf(user.email).size(), 1);

    const QString diagnosticsPath = m_dataDir->filePath(u"diagnostics.txt"_s);
    const CliRun diagnostics =
        run(profileArguments() + QStringList{u"diagnostics"_s, u"--output"_s, diagnosticsPath});
    QVERIFY2(diagnostics.exitCode == 0, diagnostics.describe().constData());
    QFile diagnosticsFile(diagnosticsPath);
    QVERIFY(diagnosticsFile.open(QIODevice::ReadOnly));
    const QByteArray diagnosticsText = diagnosticsFile.readAll();
    QVERIFY2(diagnosticsText.contains("Profile "), diagnosticsText.constData());
    QVERIFY2(diagnosticsText.contains(KeyId.toUtf8()), diagnosticsText.constData());

    // The runs signed in twice (refresh and push), so there are real tokens to look for.
    const QStringList tokens = m_simulator->issuedTokens();
    QVERIFY2(tokens.size() >= tokensBefore + 2, qPrintable(QString::number(tokens.size())));
    for (const QString &token : tokens)
        m_extraNeedles.append(token.toUtf8());
    QVERIFY2(m_runner.allOutput().contains("carddesk.net.transport"),
             "--verbose printed no log lines, so the scan would not cover them");

    const CliRun remove = run(offlineArguments() + QStringList{u"profiles"_s, u"remove"_s, u"Leak scan"_s});
    QVERIFY2(remove.exitCode == 0, remove.describe().constData());
}

void TestCliEndToEnd::pushAfterTimeoutWaitsForRetry()
{
    // With one request in flight the sender takes the next batch ahead. When the first request
    // times out, that batch goes back to the queue without an attempt, which is not an offline
    // failure: push waits for the retry and ends with both updates confirmed.
    const Core::DirectoryUser first = activeUser(20);
    const Core::DirectoryUser second = activeUser(21);
    QVERIFY(!second.userId.isEmpty());
    QVERIFY(refreshDirectory());
    const QString firstId = queueCard(first.email, u"61"_s, u"6101"_s);
    const QString secondId = queueCard(second.email, u"61"_s, u"6102"_s);
    QVERIFY(!firstId.isEmpty());
    QVERIFY(!secondId.isEmpty());
    m_simulator->injectFault(CredentialsPath, Sim::Fault::hang());

    QStringList arguments = profileArguments();
    arguments[arguments.indexOf(u"--timeout"_s) + 1] = u"2"_s;
    const CliRun push = cli(arguments + QStringList{u"push"_s, u"--max-in-flight"_s, u"1"_s,
                                                    u"--batch-size"_s, u"1"_s, u"--json"_s},
                            true);
    QVERIFY2(push.exitCode == 0, push.describe().constData());
    const QJsonObject summary = push.json().value(u"summary"_s).toObject();
    QCOMPARE(summary.value(u"updates"_s).toInt(), 2);
    QCOMPARE(summary.value(u"confirmed"_s).toInt(), 2);
    QCOMPARE(summary.value(u"waiting"_s).toInt(), 0);
    QCOMPARE(m_simulator->credentialsOf(first.email).size(), 1);
    QCOMPARE(m_simulator->credentialsOf(second.email).size(), 1);
}

void TestCliEndToEnd::pushJsonLeavesOutUnknownStatus()
{
    const Core::DirectoryUser user = activeUser(22);
    QVERIFY(!user.userId.isEmpty());
    QVERIFY(refreshDirectory());
    const QString updateId = queueCard(user.email, u"62"_s, u"6201"_s);
    QVERIFY(!updateId.isEmpty());
    m_simulator->injectFault(CredentialsPath, Sim::Fault::tooManyRequests(30));

    // The outbox does not store the status of a response that only requeued the update.
    const CliRun waiting =
        cli(profileArguments() + QStringList{u"push"_s, u"--no-wait"_s, u"--json"_s}, true);
    QVERIFY2(waiting.exitCode == 1, waiting.describe().constData());
    const QJsonObject queued = waiting.json().value(u"updates"_s).toArray().at(0).toObject();
    QCOMPARE(queued.value(u"result"_s).toString(), u"WAITING"_s);
    QVERIFY2(queued.value(u"lastError"_s).toString().contains(u"429"_s), waiting.describe().constData());
    QVERIFY2(!queued.contains(u"httpStatus"_s), waiting.describe().constData());
    QCOMPARE(waiting.json().value(u"summary"_s).toObject().value(u"waiting"_s).toInt(), 1);
    QCOMPARE(waiting.json().value(u"summary"_s).toObject().value(u"confirmed"_s).toInt(), 0);

    // The text output ends each message with a full stop and counts the waiting update once.
    const CliRun text = cli(profileArguments() + QStringList{u"push"_s, u"--no-wait"_s}, true);
    QVERIFY2(text.exitCode == 1, text.describe().constData());
    QVERIFY2(text.out().contains(u"Updates: 1 (waiting 1)."_s), text.describe().constData());
    QVERIFY2(!text.out().contains(u"requests Next"_s), text.describe().constData());
    QCOMPARE(text.errors().count(u"waiting"_s, Qt::CaseInsensitive), 1);
}

void TestCliEndToEnd::refreshAnsweredWithError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("html");
    QTest::newRow("service unavailable") << 503 << false;
    QTest::newRow("HTML page with status 200") << 200 << true;
}

void TestCliEndToEnd::refreshAnsweredWithError()
{
    QFETCH(int, status);
    QFETCH(bool, html);
    m_simulator->injectFault(u"/v1/analytics/users"_s,
                             html ? Sim::Fault::htmlPage(status) : Sim::Fault::statusCode(status), 20);
    const CliRun refresh = cli(profileArguments() + QStringList{u"users"_s, u"refresh"_s}, true);
    QVERIFY2(refresh.exitCode == 6, refresh.describe().constData());
    QVERIFY2(
        refresh.errors().contains(u"/v1/analytics/users returned HTTP status "_s + QString::number(status)),
        refresh.describe().constData());
    QVERIFY2(!refresh.errors().contains(u"could not be reached"_s), refresh.describe().constData());
    if (html)
        QVERIFY2(refresh.errors().contains(u"<"_s), refresh.describe().constData());
}

void TestCliEndToEnd::refreshTimeoutIsNetworkError()
{
    // The users arrive, but the locations request times out: no answer, so exit code 4.
    m_simulator->injectFault(u"/v1/analytics/locations"_s, Sim::Fault::hang());
    QStringList arguments = profileArguments();
    arguments[arguments.indexOf(u"--timeout"_s) + 1] = u"2"_s;
    const CliRun refresh = cli(arguments + QStringList{u"users"_s, u"refresh"_s}, true);
    QVERIFY2(refresh.exitCode == 4, refresh.describe().constData());
    QVERIFY2(!refresh.errors().contains(u"HTTP status"_s), refresh.describe().constData());
}

// A users response of [] while the cache has users is refused, the cache stays searchable, and
// the error names no request, since every response was well-formed JSON.
void TestCliEndToEnd::emptyUserListKeepsDirectory()
{
    QVERIFY(refreshDirectory());
    const Core::DirectoryUser user = activeUser(2);
    m_simulator->injectFault(u"/v1/analytics/users"_s, Sim::Fault::resultsMissing({}));
    const CliRun refresh = cli(profileArguments() + QStringList{u"users"_s, u"refresh"_s}, true);
    QVERIFY2(refresh.exitCode == 6, refresh.describe().constData());
    QVERIFY2(refresh.errors().contains(u"Calven returned an empty user list"_s), refresh.describe().constData());
    QVERIFY2(!refresh.errors().contains(u"HTTP status"_s), refresh.describe().constData());

    const CliRun search =
        cli(offlineArguments() + QStringList{u"users"_s, u"search"_s, user.email, u"--json"_s});
    QVERIFY2(search.exitCode == 0, search.describe().constData());
    QVERIFY2(search.out().contains(user.userId), search.describe().constData());
}

// A reason with a line break, which could print a line that reads like another record, is listed
// with the break escaped, and --json keeps the reason as it was given.
void TestCliEndToEnd::auditReasonStaysOnOneLine()
{
    QVERIFY(refreshDirectory());
    const Core::DirectoryUser user = activeUser(11);
    const QString reason = u"lost\n2026-12-05 01:00:00  admin@desk  Update result"_s;
    const CliRun add = cli(profileArguments() + QStringList{u"cards"_s, u"add"_s, user.email, u"--type"_s,
                                                            u"h10301"_s, u"--facility-code"_s, u"7"_s,
                                                            u"--card-number"_s, u"4242"_s, u"--reason"_s, reason});
    QVERIFY2(add.exitCode == 0, add.describe().constData());

    const CliRun text = cli(offlineArguments() + QStringList{u"audit"_s, u"--user"_s, user.email});
    QVERIFY2(text.exitCode == 0, text.describe().constData());
    const QStringList lines = text.out().split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(!lines.isEmpty(), text.describe().constData());
    for (const QString &line : lines)
        QVERIFY2(!line.startsWith(u"2026-12-05 01:00:00"_s), text.describe().constData());
    QVERIFY2(text.out().contains(u"lost\\n2026-12-05 01:00:00"_s), text.describe().constData());

    const CliRun json = cli(offlineArguments() + QStringList{u"audit"_s, u"--user"_s, user.email, u"--json"_s});
    QVERIFY2(json.exitCode == 0, json.describe().constData());
    QVERIFY2(json.out().contains(u"lost\\n2026"_s), json.describe().constData());
    bool found = false;
    for (const QJsonValue &record : json.json().value(u"records"_s).toArray())
        found = found || record.toObject().value(u"detail"_s).toString() == reason;
    QVERIFY2(found, json.describe().constData());
}

// A push holds the data folder's lock. Commands that only read run meanwhile, and a command that
// queues a change still gets the "in use" error.
void TestCliEndToEnd::readCommandsRunDuringPush()
{
#ifdef Q_OS_UNIX
    const Core::DirectoryUser user = activeUser(27);
    QVERIFY(refreshDirectory());
    const QString updateId = queueCard(user.email, u"59"_s, u"2700"_s);
    QVERIFY(!updateId.isEmpty());
    m_simulator->injectFault(CredentialsPath, Sim::Fault::hang());

    QProcess push;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"CARDDESK_API_SECRET"_s, m_secret);
    push.setProcessEnvironment(environment);
    push.start(QStringLiteral(CARDDESK_CLI_EXECUTABLE), profileArguments() + QStringList{u"push"_s});
    QVERIFY2(push.waitForStarted(), qPrintable(push.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_simulator->updateIdArrivals().value(updateId) == 1, 20000);

    for (const QStringList &command :
         {QStringList{u"audit"_s, u"--user"_s, user.email}, QStringList{u"failures"_s},
          QStringList{u"users"_s, u"search"_s, user.email}, QStringList{u"cards"_s, u"show"_s, user.email}}) {
        const CliRun run = cli(offlineArguments() + command);
        QVERIFY2(run.exitCode == 0, run.describe().constData());
    }
    const CliRun show = cli(offlineArguments() + QStringList{u"cards"_s, u"show"_s, user.email});
    QVERIFY2(show.out().contains(u"2700"_s), show.describe().constData());
    const CliRun add =
        cli(profileArguments() + QStringList{u"cards"_s, u"add"_s, user.email, u"--type"_s, u"h10301"_s,
                                             u"--facility-code"_s, u"59"_s, u"--card-number"_s, u"2701"_s});
    QVERIFY2(add.exitCode == 5, add.describe().constData());
    QVERIFY2(add.errors().contains(u"is in use by another CardDesk program"_s), add.describe().constData());

    QCOMPARE(::kill(pid_t(push.processId()), SIGINT), 0);
    QVERIFY(push.waitForFinished(10000));
    QCOMPARE(push.exitCode(), 130);
#else
    QSKIP("The push is stopped with SIGINT, a POSIX signal");
#endif
}

void TestCliEndToEnd::cardNumberWithFacilityCode()
{
    const Core::DirectoryUser user = activeUser(23);
    QVERIFY(refreshDirectory());
    QVERIFY(!queueCard(user.email, u"63"_s, u"6301"_s).isEmpty());

    const CliRun both =
        cli(profileArguments() + QStringList{u"cards"_s, u"deactivate"_s, user.email, u"--card-number"_s,
                                             u"63:6301"_s, u"--facility-code"_s, u"63"_s});
    QCOMPARE(both.exitCode, 3);
    QVERIFY2(both.errors().contains(u"use --facility-code 63 --card-number 6301"_s),
             both.describe().constData());

    const CliRun deactivate =
        cli(profileArguments() + QStringList{u"cards"_s, u"deactivate"_s, user.email, u"--card-number"_s,
                                             u"63:6301"_s, u"--json"_s});
    QVERIFY2(deactivate.exitCode == 0, deactivate.describe().constData());
    const QJsonArray cards =
        deactivate.json().value(u"update"_s).toObject().value(u"credentials"_s).toArray();
    QCOMPARE(cards.size(), 1);
    QCOMPARE(cards.at(0).toObject().value(u"cardNumber"_s).toString(), u"6301"_s);
    QCOMPARE(cards.at(0).toObject().value(u"active"_s).toBool(), false);

    const CliRun add =
        cli(profileArguments() + QStringList{u"cards"_s, u"add"_s, user.email, u"--type"_s, u"h10301"_s,
                                             u"--card-number"_s, u"63:6302"_s, u"--json"_s});
    QVERIFY2(add.exitCode == 0, add.describe().constData());
    const QJsonObject added =
        add.json().value(u"update"_s).toObject().value(u"credentials"_s).toArray().at(1).toObject();
    QCOMPARE(added.value(u"facilityCode"_s).toString(), u"63"_s);
    QCOMPARE(added.value(u"cardNumber"_s).toString(), u"6302"_s);
}

void TestCliEndToEnd::addExistingCardFails()
{
    const Core::DirectoryUser user = activeUser(24);
    QVERIFY(refreshDirectory());
    QVERIFY(!queueCard(user.email, u"12"_s, u"4711"_s).isEmpty());

    // The same card with leading zeros is the same physical card.
    const CliRun again =
        cli(profileArguments() + QStringList{u"cards"_s, u"add"_s, user.email, u"--type"_s, u"h10301"_s,
                                             u"--facility-code"_s, u"012"_s, u"--card-number"_s, u"04711"_s});
    QVERIFY2(again.exitCode == 3, again.describe().constData());
    QVERIFY2(again.errors().contains(u"already has card 12:4711 (active)"_s), again.describe().constData());
    QVERIFY2(again.errors().contains(u"cards edit"_s), again.describe().constData());
    QVERIFY2(!again.errors().contains(u"listed twice"_s), again.describe().constData());
}

void TestCliEndToEnd::queuedUpdateReplacesQueued()
{
    const Core::DirectoryUser user = activeUser(25);
    QVERIFY(refreshDirectory());
    const QString firstId = queueCard(user.email, u"65"_s, u"6501"_s);
    QVERIFY(!firstId.isEmpty());

    const CliRun second =
        cli(profileArguments() + QStringList{u"cards"_s, u"add"_s, user.email, u"--type"_s, u"h10301"_s,
                                             u"--facility-code"_s, u"65"_s, u"--card-number"_s, u"6502"_s});
    QVERIFY2(second.exitCode == 0, second.describe().constData());
    QVERIFY2(second.out().contains(u"it replaces queued update "_s + firstId + u", which will not be sent"_s),
             second.describe().constData());

    const CliRun show = cli(offlineArguments() + QStringList{u"cards"_s, u"show"_s, user.email, u"--json"_s});
    const QJsonArray pending = show.json().value(u"pending"_s).toArray();
    QCOMPARE(pending.size(), 1);
    const QString secondId = pending.at(0).toObject().value(u"updateId"_s).toString();
    QVERIFY(secondId != firstId);

    const CliRun audit =
        cli(offlineArguments() + QStringList{u"audit"_s, u"--action"_s, u"update.superseded"_s, u"--json"_s});
    QVERIFY2(audit.exitCode == 0, audit.describe().constData());
    const QJsonArray records = audit.json().value(u"records"_s).toArray();
    QCOMPARE(records.size(), 1);
    const QJsonObject record = records.at(0).toObject();
    QCOMPARE(record.value(u"updateId"_s).toString(), firstId);
    QCOMPARE(record.value(u"username"_s).toString(), user.email);
    QCOMPARE(record.value(u"actionLabel"_s).toString(), u"Queued update replaced"_s);
    QCOMPARE(record.value(u"resultLabel"_s).toString(), u"Superseded"_s);
    QVERIFY2(record.value(u"detail"_s).toString().contains(secondId), audit.describe().constData());

    const CliRun text = cli(offlineArguments() +
                            QStringList{u"audit"_s, u"--result"_s, u"superseded"_s, u"--user"_s, user.email});
    QVERIFY2(text.exitCode == 0, text.describe().constData());
    QVERIFY2(text.out().contains(u"Queued update replaced"_s), text.describe().constData());
    QVERIFY2(text.out().contains(firstId), text.describe().constData());
}

void TestCliEndToEnd::userNotFound()
{
    QVERIFY(refreshDirectory());
    const QString missing = u"nobody.e2e@example.invalid"_s;
    const CliRun show = cli(offlineArguments() + QStringList{u"cards"_s, u"show"_s, missing});
    QCOMPARE(show.exitCode, 3);
    QVERIFY2(show.errors().contains(missing), show.describe().constData());
    QVERIFY2(show.errors().contains(u"not found"_s), show.describe().constData());

    const CliRun add =
        cli(profileArguments() + QStringList{u"cards"_s, u"add"_s, missing, u"--type"_s, u"h10301"_s,
                                             u"--facility-code"_s, u"1"_s, u"--card-number"_s, u"1"_s});
    QCOMPARE(add.exitCode, 3);
    QVERIFY2(add.errors().contains(missing), add.describe().constData());
}

void TestCliEndToEnd::emptyCacheNamesRefresh()
{
    const CliRun show = cli(offlineArguments() + QStringList{u"cards"_s, u"show"_s, activeUser(0).email});
    QCOMPARE(show.exitCode, 3);
    QVERIFY2(show.errors().contains(u"users refresh"_s), show.describe().constData());
}

void TestCliEndToEnd::ambiguousUserNamesCandidates()
{
    Core::DirectoryUser first;
    first.userId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    first.email = u"shared.e2e@example.com"_s;
    first.userName = first.email;
    first.status = u"active"_s;
    Core::DirectoryUser second = first;
    second.userId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    second.email = u"other.e2e@example.com"_s;
    m_simulator->addUser(first);
    m_simulator->addUser(second);
    QVERIFY(refreshDirectory());

    const CliRun show =
        cli(offlineArguments() + QStringList{u"cards"_s, u"show"_s, first.email, u"--json"_s});
    QCOMPARE(show.exitCode, 3);
    QVERIFY2(show.errors().contains(first.userId), show.describe().constData());
    QVERIFY2(show.errors().contains(second.userId), show.describe().constData());
    QCOMPARE(show.json().value(u"candidates"_s).toArray().size(), 2);

    // The user id picks one of them.
    const CliRun byId = cli(offlineArguments() + QStringList{u"cards"_s, u"show"_s, second.userId});
    QVERIFY2(byId.exitCode == 0, byId.describe().constData());
    QVERIFY(m_simulator->removeUser(first.userId));
    QVERIFY(m_simulator->removeUser(second.userId));
}

void TestCliEndToEnd::invalidCardInput_data()
{
    QTest::addColumn<QString>("formatId");
    QTest::addColumn<QString>("facilityCode");
    QTest::addColumn<QString>("cardNumber");
    QTest::newRow("number out of range") << u"h10301"_s << u"12"_s << u"70000"_s;
    QTest::newRow("facility code missing") << u"h10301"_s << QString() << u"100"_s;
    QTest::newRow("facility code out of range") << u"h10301"_s << u"256"_s << u"100"_s;
    QTest::newRow("letters in number") << u"h10301"_s << u"12"_s << u"12a4"_s;
    QTest::newRow("excel scientific") << u"h10306"_s << u"12"_s << u"1.23457E+09"_s;
    QTest::newRow("odd hex serial") << u"mifare-csn4"_s << QString() << u"ABC"_s;
    QTest::newRow("facility code not allowed") << u"mifare-csn4"_s << u"7"_s << u"04A1B2C3"_s;
}

void TestCliEndToEnd::invalidCardInput()
{
    QFETCH(QString, formatId);
    QFETCH(QString, facilityCode);
    QFETCH(QString, cardNumber);
    const Core::CredentialBuild expected =
        Core::makeCredential(*Core::findCardFormat(formatId), facilityCode, cardNumber, true, {});
    QVERIFY(!expected.ok());

    QVERIFY(refreshDirectory());
    const Core::DirectoryUser user = activeUser(10);
    QStringList arguments =
        profileArguments() +
        QStringList{u"cards"_s, u"add"_s, user.email, u"--type"_s, formatId, u"--card-number"_s, cardNumber};
    if (!facilityCode.isEmpty())
        arguments += QStringList{u"--facility-code"_s, facilityCode};
    const CliRun add = cli(arguments);
    QCOMPARE(add.exitCode, 3);
    for (const Core::CardIssue &issue : expected.issues)
        QVERIFY2(add.errors().contains(issue.message()),
                 QByteArray(add.describe() + "\nexpected: " + issue.message().toUtf8()).constData());

    const CliRun json = cli(arguments + QStringList{u"--json"_s});
    QCOMPARE(json.exitCode, 3);
    QCOMPARE(json.json().value(u"issues"_s).toArray().at(0).toString(), expected.issues.first().message());

    const CliRun show = cli(offlineArguments() + QStringList{u"cards"_s, u"show"_s, user.email, u"--json"_s});
    QVERIFY(show.json().value(u"pending"_s).toArray().isEmpty());
}

void TestCliEndToEnd::unknownCardFormat()
{
    QVERIFY(refreshDirectory());
    const CliRun add =
        cli(profileArguments() + QStringList{u"cards"_s, u"add"_s, activeUser(10).email, u"--type"_s,
                                             u"h99999"_s, u"--card-number"_s, u"1"_s});
    QCOMPARE(add.exitCode, 3);
    QVERIFY2(add.errors().contains(u"h99999"_s), add.describe().constData());
    QVERIFY2(add.errors().contains(u"cards formats"_s), add.describe().constData());

    const CliRun formats = cli(offlineArguments() + QStringList{u"cards"_s, u"formats"_s, u"--json"_s});
    QCOMPARE(formats.exitCode, 0);
    QCOMPARE(formats.json().value(u"formats"_s).toArray().size(), qsizetype(Core::cardFormats().size()));
}

void TestCliEndToEnd::pushWithoutSecret_data()
{
    QTest::addColumn<bool>("variableSet");
    QTest::newRow("variable unset") << false;
    QTest::newRow("variable empty") << true;
}

void TestCliEndToEnd::pushWithoutSecret()
{
    QFETCH(bool, variableSet);
    QVERIFY(refreshDirectory());
    const Core::DirectoryUser user = activeUser(11);
    QVERIFY(!queueCard(user.email, u"66"_s, u"6600"_s).isEmpty());
    const int authRequests = m_simulator->requestCount(u"/v1/auth"_s);

    const CliRun push = m_runner.run(profileArguments() + QStringList{u"push"_s},
                                     variableSet ? std::optional(QString()) : std::nullopt);
    QCOMPARE(push.exitCode, 4);
    QVERIFY2(push.errors().contains(u"CARDDESK_API_SECRET"_s), push.describe().constData());
    QCOMPARE(m_simulator->requestCount(u"/v1/auth"_s), authRequests);

    const CliRun show = cli(offlineArguments() + QStringList{u"cards"_s, u"show"_s, user.email, u"--json"_s});
    QCOMPARE(show.json().value(u"pending"_s).toArray().size(), 1);
}

void TestCliEndToEnd::wrongSecretFailsSignIn()
{
    QVERIFY(refreshDirectory());
    const Core::DirectoryUser user = activeUser(12);
    const QString updateId = queueCard(user.email, u"77"_s, u"7700"_s);
    QVERIFY(!updateId.isEmpty());
    const QString wrongSecret = u"wrong-e2e-secret-value"_s;
    m_extraNeedles.append(wrongSecret.toUtf8());

    const CliRun push = m_runner.run(profileArguments() + QStringList{u"push"_s}, wrongSecret);
    QCOMPARE(push.exitCode, 4);
    QVERIFY2(push.errors().contains(KeyId), push.describe().constData());
    // The advice names the options and the variable of this program, not the desktop profile editor.
    QVERIFY2(push.errors().contains(u"Check --key-id and --auth, and the secret in CARDDESK_API_SECRET"_s),
             push.describe().constData());
    QVERIFY2(!push.errors().contains(u"profile editor"_s), push.describe().constData());
    QCOMPARE(m_simulator->updateIdArrivals().value(updateId), 0);

    const CliRun show = cli(offlineArguments() + QStringList{u"cards"_s, u"show"_s, user.email, u"--json"_s});
    const QJsonArray pending = show.json().value(u"pending"_s).toArray();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.at(0).toObject().value(u"updateId"_s).toString(), updateId);
}

void TestCliEndToEnd::unreachableServer()
{
    QVERIFY(refreshDirectory());
    const Core::DirectoryUser user = activeUser(13);
    QVERIFY(!queueCard(user.email, u"88"_s, u"8800"_s).isEmpty());

    // A port that was just free on loopback, so the connection is refused.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const QString closedUrl = u"http://127.0.0.1:"_s + QString::number(server.serverPort());
    server.close();
    const QStringList arguments{u"--base-url"_s, closedUrl,       u"--key-id"_s,
                                KeyId,           u"--data-dir"_s, m_dataDir->path()};

    const CliRun refresh = cli(arguments + QStringList{u"users"_s, u"refresh"_s}, true);
    QCOMPARE(refresh.exitCode, 4);
    QVERIFY2(refresh.errors().contains(u"127.0.0.1"_s), refresh.describe().constData());

    // The update was queued for the simulator's URL, so this profile has nothing to send.
    const CliRun push = cli(arguments + QStringList{u"push"_s}, true);
    QCOMPARE(push.exitCode, 0);
    QVERIFY2(push.out().contains(u"Nothing to send"_s), push.describe().constData());

    const CliRun queued =
        cli(arguments + QStringList{u"cards"_s, u"add"_s, user.email, u"--type"_s, u"h10301"_s,
                                    u"--facility-code"_s, u"88"_s, u"--card-number"_s, u"8802"_s});
    QCOMPARE(queued.exitCode, 0);
    const CliRun unreachable = cli(arguments + QStringList{u"push"_s}, true);
    QCOMPARE(unreachable.exitCode, 4);
    QVERIFY2(unreachable.out().contains(u"WAITING"_s), unreachable.describe().constData());
    QVERIFY2(unreachable.errors().contains(u"No update reached Calven"_s),
             unreachable.describe().constData());
    QVERIFY2(unreachable.out().contains(u"Updates: 1 (waiting 1)."_s), unreachable.describe().constData());
    QVERIFY2(!unreachable.out().contains(u"Updates sent"_s), unreachable.describe().constData());
}

void TestCliEndToEnd::secretOptionRejected_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString value = u"cmdline-e2e-secret"_s;
    QTest::newRow("--secret value") << QStringList{u"--secret"_s, value, u"push"_s};
    QTest::newRow("--secret=value") << QStringList{u"push"_s, u"--secret="_s + value};
    QTest::newRow("--api-secret") << QStringList{u"--api-secret"_s, value, u"users"_s, u"refresh"_s};
    QTest::newRow("--client-secret") << QStringList{u"failures"_s, u"--client-secret"_s, value};
}

void TestCliEndToEnd::secretOptionRejected()
{
    QFETCH(QStringList, arguments);
    m_extraNeedles.append("cmdline-e2e-secret");
    const CliRun run = cli(offlineArguments() + arguments, true);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errors().contains(u"CARDDESK_API_SECRET"_s), run.describe().constData());
    QVERIFY2(run.errors().contains(u"not accepted"_s), run.describe().constData());
    QVERIFY(run.standardOutput.isEmpty());
}

void TestCliEndToEnd::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no command") << QStringList() << u"Missing command"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("unknown subcommand") << QStringList{u"cards"_s, u"burn"_s} << u"cards burn"_s;
    QTest::newRow("unknown option") << QStringList{u"failures"_s, u"--frob"_s} << u"frob"_s;
    QTest::newRow("missing user") << QStringList{u"cards"_s, u"show"_s} << u"cards show"_s;
    QTest::newRow("extra argument") << QStringList{u"push"_s, u"now"_s} << u"now"_s;
    QTest::newRow("missing type") << QStringList{u"cards"_s, u"add"_s, u"a@example.com"_s, u"--card-number"_s,
                                                 u"1"_s}
                                  << u"--type"_s;
    QTest::newRow("card option elsewhere")
        << QStringList{u"failures"_s, u"--card-number"_s, u"1"_s} << u"--card-number"_s;
    QTest::newRow("bad timeout") << QStringList{u"--timeout"_s, u"0"_s, u"failures"_s} << u"--timeout"_s;
    QTest::newRow("bad auth") << QStringList{u"--auth"_s, u"kerberos"_s, u"failures"_s} << u"kerberos"_s;
    QTest::newRow("bad region") << QStringList{u"--region"_s, u"eu"_s, u"failures"_s} << u"usce1"_s;
    QTest::newRow("add without key id")
        << QStringList{u"cards"_s,           u"add"_s, u"a@example.com"_s, u"--type"_s, u"h10301"_s,
                       u"--facility-code"_s, u"1"_s,   u"--card-number"_s, u"1"_s}
        << u"--key-id"_s;
    QTest::newRow("plain http to a remote host")
        << QStringList{u"--base-url"_s, u"http://calven.example.com"_s, u"--key-id"_s, u"k"_s, u"push"_s}
        << u"https"_s;
    QTest::newRow("basic cannot push") << QStringList{u"--base-url"_s, u"http://127.0.0.1:9"_s,
                                                      u"--key-id"_s,   u"k"_s,
                                                      u"--auth"_s,     u"basic"_s,
                                                      u"push"_s}
                                       << u"--auth basic"_s;
    QTest::newRow("retry without id") << QStringList{u"retry"_s} << u"updateId"_s;
    QTest::newRow("profiles add without name") << QStringList{u"profiles"_s, u"add"_s} << u"profiles add"_s;
    QTest::newRow("unknown profiles action")
        << QStringList{u"profiles"_s, u"rename"_s} << u"profiles rename"_s;
    QTest::newRow("replace without reason")
        << QStringList{u"cards"_s, u"replace"_s, u"a@example.com"_s, u"--card-number"_s,
                       u"1"_s,     u"--type"_s,  u"h10301"_s,        u"--new-card-number"_s,
                       u"2"_s}
        << u"--reason"_s;
    QTest::newRow("active and inactive")
        << QStringList{u"cards"_s, u"edit"_s,     u"a@example.com"_s, u"--card-number"_s,
                       u"1"_s,     u"--active"_s, u"--inactive"_s}
        << u"--inactive"_s;
    QTest::newRow("resolve without note") << QStringList{u"resolve"_s, u"abc"_s} << u"--note"_s;
    QTest::newRow("note elsewhere") << QStringList{u"failures"_s, u"--note"_s, u"x"_s} << u"--note"_s;
    QTest::newRow("bad since") << QStringList{u"audit"_s, u"--since"_s, u"yesterday"_s} << u"yesterday"_s;
    QTest::newRow("audit option elsewhere")
        << QStringList{u"failures"_s, u"--action"_s, u"cards.submitted"_s} << u"--action"_s;
}

void TestCliEndToEnd::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, messagePart);
    const CliRun run = cli(offlineArguments() + arguments, true);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errors().contains(messagePart), run.describe().constData());
}

void TestCliEndToEnd::jsonOutputParses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("field");
    QTest::newRow("users search") << QStringList{u"users"_s, u"search"_s, u"a"_s} << 0 << u"users"_s;
    QTest::newRow("cards show") << QStringList{u"cards"_s, u"show"_s, u"USER"_s} << 0 << u"user"_s;
    QTest::newRow("cards formats") << QStringList{u"cards"_s, u"formats"_s} << 0 << u"formats"_s;
    QTest::newRow("failures") << QStringList{u"failures"_s} << 0 << u"failures"_s;
    QTest::newRow("push with nothing queued") << QStringList{u"push"_s} << 0 << u"updates"_s;
    QTest::newRow("user not found") << QStringList{u"cards"_s, u"show"_s, u"nobody@example.invalid"_s} << 3
                                    << u"candidates"_s;
    QTest::newRow("usage error") << QStringList{u"cards"_s, u"show"_s} << 2 << u"errors"_s;
    QTest::newRow("help") << QStringList{u"--help"_s} << 0 << u"help"_s;
}

void TestCliEndToEnd::jsonOutputParses()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, field);
    QVERIFY(refreshDirectory());
    arguments.replaceInStrings(u"USER"_s, activeUser(14).email);

    const CliRun run = cli(profileArguments() + arguments + QStringList{u"--json"_s}, true);
    QCOMPARE(run.exitCode, exitCode);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.standardOutput, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + u'\n' + run.out()));
    QVERIFY(document.isObject());
    const QJsonObject object = document.object();
    QCOMPARE(object.value(u"exitCode"_s).toInt(-1), exitCode);
    QCOMPARE(object.value(u"ok"_s).toBool(), exitCode == 0);
    QVERIFY2(object.contains(field), run.describe().constData());
    QCOMPARE(object.value(u"errors"_s).toArray().isEmpty(), exitCode == 0);
}

void TestCliEndToEnd::helpListsCommandsAndExitCodes()
{
    const CliRun help = cli({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const QString &part :
         {u"users refresh"_s,    u"users search"_s, u"cards show"_s,      u"cards add"_s,
          u"cards deactivate"_s, u"push"_s,         u"failures"_s,        u"CARDDESK_API_SECRET"_s,
          u"--base-url"_s,       u"--auth"_s,       u"--key-id"_s,        u"--region"_s,
          u"--data-dir"_s,       u"--json"_s,       u"--timeout"_s,       u"--no-wait"_s,
          u"--wait-timeout"_s,   u"--batch-size"_s, u"--max-in-flight"_s, u"--max-attempts"_s})
        QVERIFY2(help.out().contains(part), qPrintable(part));
    for (int code : {0, 1, 2, 3, 4, 5, 6, 130})
        QVERIFY2(help.out().contains(u"\n  "_s + QString::number(code) + u"  "_s),
                 qPrintable(QString::number(code)));
    for (const Core::CardFormat &format : Core::cardFormats())
        QVERIFY2(help.out().contains(format.id.toString()), qPrintable(format.id.toString()));
}

void TestCliEndToEnd::realSimulatorProcess()
{
    const QString secret = u"process-e2e-secret"_s;
    m_extraNeedles.append(secret.toUtf8());
    QProcess simulator;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"CALVEN_SIM_API_SECRET"_s, secret);
    simulator.setProcessEnvironment(environment);
    simulator.start(QStringLiteral(CALVEN_SIM_EXECUTABLE),
                    {u"--listen"_s, u"127.0.0.1:0"_s, u"--users"_s, u"15"_s, u"--seed"_s, u"5"_s,
                     u"--api-key"_s, u"process-key"_s});
    QVERIFY2(simulator.waitForStarted(30000), qPrintable(simulator.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(simulator.canReadLine(), 30000);
    const QString line = QString::fromUtf8(simulator.readLine()).trimmed();
    QVERIFY2(line.startsWith(u"listening on http://127.0.0.1:"_s), qPrintable(line));
    const QString baseUrl = line.section(u' ', 2);

    const QStringList profile{u"--base-url"_s,  baseUrl,         u"--key-id"_s,
                              u"process-key"_s, u"--data-dir"_s, m_dataDir->path()};
    const CliRun refresh = m_runner.run(profile + QStringList{u"users"_s, u"refresh"_s, u"--json"_s}, secret);
    QVERIFY2(refresh.exitCode == 0, refresh.describe().constData());
    QCOMPARE(refresh.json().value(u"users"_s).toObject().value(u"count"_s).toInt(), 15);

    const CliRun search =
        m_runner.run(profile + QStringList{u"users"_s, u"search"_s, u"@"_s, u"--json"_s}, std::nullopt);
    const QJsonArray users = search.json().value(u"users"_s).toArray();
    QVERIFY2(!users.isEmpty(), search.describe().constData());
    const QString userId = users.at(0).toObject().value(u"userId"_s).toString();

    const CliRun add =
        m_runner.run(profile + QStringList{u"cards"_s, u"add"_s, userId, u"--type"_s, u"mifare-csn4"_s,
                                           u"--card-number"_s, u"04:a1:b2:c3"_s},
                     std::nullopt);
    QVERIFY2(add.exitCode == 0, add.describe().constData());
    const CliRun push = m_runner.run(profile + QStringList{u"push"_s}, secret);
    QVERIFY2(push.exitCode == 0, push.describe().constData());
    const CliRun show =
        m_runner.run(profile + QStringList{u"cards"_s, u"show"_s, userId, u"--json"_s}, std::nullopt);
    const QJsonArray confirmed = show.json().value(u"confirmed"_s).toArray();
    QCOMPARE(confirmed.size(), 1);
    QCOMPARE(confirmed.at(0).toObject().value(u"cardNumber"_s).toString(), u"04A1B2C3"_s);

    simulator.kill();
    QVERIFY(simulator.waitForFinished(30000));
}

void TestCliEndToEnd::leakScanFindsPlantedSecret()
{
    // Proves the scan in cleanup() reads files and output, so its empty result means something.
    QTemporaryDir planted;
    QVERIFY(planted.isValid());
    QDir(planted.path()).mkpath(u"nested"_s);
    QFile file(planted.filePath(u"nested/carddesk.sqlite-wal"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("binary\0prefix ", 14) + m_secret.toUtf8() + " suffix");
    file.close();
    const QList<QByteArray> needles{m_secret.toUtf8(), "simtoken_"};
    QCOMPARE(Cli::Testing::findLeaks({}, planted.path(), needles).size(), 1);
    QCOMPARE(Cli::Testing::findLeaks("Bearer simtoken_abc", planted.path(), needles).size(), 2);
}

QTEST_GUILESS_MAIN(TestCliEndToEnd)
#include "tst_cliendtoend.moc"
