// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Loopback tests of POST /v1/access-credentials on the simulator: results, state and validation.
#include "core/accesscredentialsjson.h"
#include "sim/simulator.h"
#include "simtestclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using CardDesk::Core::Credential;
using CardDesk::Sim::BatchResponseStyle;
using CardDesk::Sim::CredentialSemantics;
using CardDesk::Sim::Simulator;
using CardDesk::Sim::SimulatorOptions;
using CardDesk::Sim::UnknownUserStyle;
using CardDesk::Sim::UsernameMatching;
using CardDesk::Sim::Testing::TestClient;
using CardDesk::Sim::Testing::TestReply;

namespace {

const QString CredentialsPath = u"/v1/access-credentials"_s;

QJsonObject card(const QString &number, const QString &facility = u"100"_s, bool active = true)
{
    QJsonObject object{
        {u"active"_s, active},
        {u"cardNumber"_s, number},
        {u"scanData"_s, QJsonArray{QString(facility + u':' + number)}},
        {u"credentialType"_s, u"Mifare"_s},
    };
    if (!facility.isEmpty())
        object.insert(u"facilityCode"_s, facility);
    return object;
}

QJsonObject update(const QString &username, const QString &updateId, const QJsonArray &cards)
{
    return QJsonObject{{u"username"_s, username}, {u"updateId"_s, updateId}, {u"credentials"_s, cards}};
}

QByteArray body(const QJsonArray &updates)
{
    return QJsonDocument(QJsonObject{{u"data"_s, updates}}).toJson(QJsonDocument::Compact);
}

Credential credential(const QString &number, const QString &facility = u"100"_s, bool active = true)
{
    Credential result;
    result.credentialType = u"Mifare"_s;
    result.cardNumber = number;
    result.facilityCode = facility;
    result.scanData = QStringList{QString(facility + u':' + number)};
    result.active = active;
    return result;
}

QStringList cardNumbers(const QList<Credential> &cards)
{
    QStringList numbers;
    for (const Credential &stored : cards)
        numbers.append(stored.cardNumber + (stored.active ? u""_s : u"(inactive)"_s));
    return numbers;
}

} // namespace

class TestSimCredentials : public QObject
{
    Q_OBJECT

private:
    void start(const SimulatorOptions &options);
    void start() { start(defaultOptions()); }
    static SimulatorOptions defaultOptions();
    TestReply push(const QJsonArray &updates);
    QString email(int index) const { return m_simulator->directory().users.at(index).email; }

    std::unique_ptr<Simulator> m_simulator;
    std::unique_ptr<TestClient> m_client;
    QByteArray m_bearer;

private Q_SLOTS:
    void cleanup();
    void allCardsAccepted();
    void responseReadableByCore();
    void partialUpdate();
    void allCardsFailed();
    void cardHeldByAnotherUser();
    void deactivatedCardFreed();
    void duplicateCardInOneUpdate();
    void unknownUser_data();
    void unknownUser();
    void stateKeptAcrossRequests_data();
    void stateKeptAcrossRequests();
    void emptyListUnderReplace();
    void batchResultsInOrder();
    void singleObjectStyle();
    void hundredUpdatesAccepted();
    void validationErrors_data();
    void validationErrors();
    void updateIdArrivalsCounted();
    void usernameMatching_data();
    void usernameMatching();
    void userNameAlsoMatches();
    void bearerTokenRequired();
};

SimulatorOptions TestSimCredentials::defaultOptions()
{
    SimulatorOptions options;
    options.userCount = 150;
    options.seed = 23;
    options.apiKeyId = u"key"_s;
    options.apiSecret = u"secret"_s;
    return options;
}

void TestSimCredentials::start(const SimulatorOptions &options)
{
    m_simulator = std::make_unique<Simulator>(options);
    QString error;
    QVERIFY2(m_simulator->listen(QHostAddress::LocalHost, 0, &error), qUtf8Printable(error));
    m_client = std::make_unique<TestClient>(m_simulator->baseUrl());
    m_bearer = TestClient::bearer(m_client->hmacToken(u"key"_s, u"secret"_s));
}

TestReply TestSimCredentials::push(const QJsonArray &updates)
{
    return m_client->post(CredentialsPath, body(updates), m_bearer);
}

void TestSimCredentials::cleanup()
{
    m_client.reset();
    m_simulator.reset();
}

void TestSimCredentials::allCardsAccepted()
{
    start();
    const TestReply reply = push({update(email(0), u"u-1"_s, {card(u"0001234"_s), card(u"77"_s, {})})});
    QCOMPARE(reply.status, 200);
    const QJsonArray results = reply.json().array();
    QCOMPARE(results.size(), 1);
    const QJsonObject result = results.at(0).toObject();
    QCOMPARE(result.value(u"updateId"_s).toString(), u"u-1"_s);
    QCOMPARE(result.value(u"result"_s).toString(), u"OK"_s);
    const QJsonArray cards = result.value(u"results"_s).toArray();
    QCOMPARE(cards.size(), 2);
    QCOMPARE(cards.at(0).toObject().value(u"cardNumber"_s).toString(), u"0001234"_s);
    QCOMPARE(cards.at(0).toObject().value(u"facilityCode"_s).toString(), u"100"_s);
    QCOMPARE(cards.at(0).toObject().value(u"result"_s).toString(), u"OK"_s);
    QVERIFY(!cards.at(1).toObject().contains(u"facilityCode"_s));
    QCOMPARE(cards.at(1).toObject().value(u"result"_s).toString(), u"OK"_s);

    const QList<Credential> stored = m_simulator->credentialsOf(email(0));
    QCOMPARE(stored, (QList<Credential>{credential(u"0001234"_s), credential(u"77"_s, {})}));
}

void TestSimCredentials::responseReadableByCore()
{
    start();
    const TestReply reply =
        push({update(email(0), u"u-1"_s, {card(u"1"_s)}), update(u"nobody@example.com"_s, u"u-2"_s, {})});
    const auto parse = CardDesk::Core::AccessCredentialsJson::parseResponse(reply.body, {u"u-1"_s, u"u-2"_s});
    QVERIFY2(parse.error.isEmpty(), qUtf8Printable(parse.error));
    QCOMPARE(parse.results.size(), 2);
    QCOMPARE(parse.results.at(0).code, CardDesk::Core::ResultCode::Ok);
    QCOMPARE(parse.results.at(1).code, CardDesk::Core::ResultCode::UserNotFound);
}

void TestSimCredentials::partialUpdate()
{
    start();
    QVERIFY(m_simulator->setCredentials(email(1), {credential(u"500"_s)}));
    const TestReply reply = push({update(email(0), u"u-1"_s, {card(u"500"_s), card(u"501"_s)})});
    QCOMPARE(reply.status, 200);
    const QJsonObject result = reply.json().array().at(0).toObject();
    QCOMPARE(result.value(u"result"_s).toString(), u"PARTIAL_UPDATE"_s);
    const QJsonArray cards = result.value(u"results"_s).toArray();
    QCOMPARE(cards.size(), 2);
    QCOMPARE(cards.at(0).toObject().value(u"result"_s).toString(), u"CARD_UPDATE_FAILED"_s);
    QCOMPARE(cards.at(1).toObject().value(u"result"_s).toString(), u"OK"_s);
    QCOMPARE(cardNumbers(m_simulator->credentialsOf(email(0))), QStringList{u"501"_s});
    QCOMPARE(cardNumbers(m_simulator->credentialsOf(email(1))), QStringList{u"500"_s});
}

void TestSimCredentials::allCardsFailed()
{
    start();
    QVERIFY(m_simulator->setCredentials(email(1), {credential(u"500"_s), credential(u"600"_s)}));
    QVERIFY(m_simulator->setCredentials(email(0), {credential(u"42"_s)}));
    const TestReply reply = push({update(email(0), u"u-1"_s, {card(u"500"_s), card(u"600"_s)})});
    const QJsonObject result = reply.json().array().at(0).toObject();
    QCOMPARE(result.value(u"result"_s).toString(), u"CARD_UPDATE_FAILED"_s);
    QVERIFY(!result.value(u"message"_s).toString().isEmpty());
    QCOMPARE(result.value(u"results"_s).toArray().size(), 2);
    // A fully failed update changes nothing, even under Replace semantics.
    QCOMPARE(cardNumbers(m_simulator->credentialsOf(email(0))), QStringList{u"42"_s});
}

void TestSimCredentials::cardHeldByAnotherUser()
{
    start();
    QCOMPARE(push({update(email(1), u"u-1"_s, {card(u"900"_s, u"7"_s)})}).status, 200);
    const TestReply reply = push({update(email(0), u"u-2"_s, {card(u"900"_s, u"7"_s)})});
    const QJsonObject cardResult =
        reply.json().array().at(0).toObject().value(u"results"_s).toArray().at(0).toObject();
    QCOMPARE(cardResult.value(u"result"_s).toString(), u"CARD_UPDATE_FAILED"_s);
    const QString message = cardResult.value(u"message"_s).toString();
    QVERIFY2(message.contains(u"assigned to another user"_s), qUtf8Printable(message));
    QVERIFY2(message.contains(u"7:900"_s), qUtf8Printable(message));

    // Same number under another facility code is a different card.
    const TestReply other = push({update(email(0), u"u-3"_s, {card(u"900"_s, u"8"_s)})});
    QCOMPARE(other.json().array().at(0).toObject().value(u"result"_s).toString(), u"OK"_s);
}

void TestSimCredentials::deactivatedCardFreed()
{
    start();
    QCOMPARE(push({update(email(1), u"u-1"_s, {card(u"300"_s)})}).status, 200);
    const TestReply deactivate = push({update(email(1), u"u-2"_s, {card(u"300"_s, u"100"_s, false)})});
    QCOMPARE(deactivate.json().array().at(0).toObject().value(u"result"_s).toString(), u"OK"_s);
    QCOMPARE(cardNumbers(m_simulator->credentialsOf(email(1))), QStringList{u"300(inactive)"_s});

    const TestReply reassign = push({update(email(0), u"u-3"_s, {card(u"300"_s)})});
    QCOMPARE(reassign.json().array().at(0).toObject().value(u"result"_s).toString(), u"OK"_s);
    QCOMPARE(cardNumbers(m_simulator->credentialsOf(email(0))), QStringList{u"300"_s});
}

void TestSimCredentials::duplicateCardInOneUpdate()
{
    start();
    const TestReply reply = push({update(email(0), u"u-1"_s, {card(u"5"_s), card(u"5"_s)})});
    const QJsonObject result = reply.json().array().at(0).toObject();
    QCOMPARE(result.value(u"result"_s).toString(), u"PARTIAL_UPDATE"_s);
    const QJsonObject second = result.value(u"results"_s).toArray().at(1).toObject();
    QVERIFY(second.value(u"message"_s).toString().contains(u"more than once"_s));
}

void TestSimCredentials::unknownUser_data()
{
    QTest::addColumn<UnknownUserStyle>("style");
    QTest::addColumn<QString>("expectedResult");
    QTest::newRow("USER_NOT_FOUND") << UnknownUserStyle::ResultValue << u"USER_NOT_FOUND"_s;
    QTest::newRow("CARD_UPDATE_FAILED with message")
        << UnknownUserStyle::MessageOnly << u"CARD_UPDATE_FAILED"_s;
}

void TestSimCredentials::unknownUser()
{
    QFETCH(UnknownUserStyle, style);
    QFETCH(QString, expectedResult);
    SimulatorOptions options = defaultOptions();
    options.unknownUserStyle = style;
    start(options);
    const TestReply reply = push({update(u"nobody@example.com"_s, u"u-1"_s, {card(u"1"_s), card(u"2"_s)})});
    QCOMPARE(reply.status, 200);
    const QJsonObject result = reply.json().array().at(0).toObject();
    QCOMPARE(result.value(u"result"_s).toString(), expectedResult);
    QCOMPARE(result.value(u"message"_s).toString(), u"User not found"_s);
    QCOMPARE(result.value(u"results"_s).toArray().size(), 2);
    QCOMPARE(CardDesk::Core::resultCodeFromWire(expectedResult, result.value(u"message"_s).toString()),
             CardDesk::Core::ResultCode::UserNotFound);
    QVERIFY(m_simulator->credentialsOf(u"nobody@example.com"_s).isEmpty());
}

void TestSimCredentials::stateKeptAcrossRequests_data()
{
    QTest::addColumn<CredentialSemantics>("semantics");
    QTest::addColumn<QStringList>("afterSecond");
    QTest::addColumn<QStringList>("afterDeactivation");
    QTest::newRow("replace") << CredentialSemantics::Replace << QStringList{u"C"_s}
                             << QStringList{u"A(inactive)"_s};
    QTest::newRow("merge") << CredentialSemantics::Merge << QStringList{u"A"_s, u"B"_s, u"C"_s}
                           << QStringList{u"A(inactive)"_s, u"B"_s, u"C"_s};
}

void TestSimCredentials::stateKeptAcrossRequests()
{
    QFETCH(CredentialSemantics, semantics);
    QFETCH(QStringList, afterSecond);
    QFETCH(QStringList, afterDeactivation);
    SimulatorOptions options = defaultOptions();
    options.semantics = semantics;
    start(options);

    push({update(email(0), u"u-1"_s, {card(u"A"_s), card(u"B"_s)})});
    QCOMPARE(cardNumbers(m_simulator->credentialsOf(email(0))), (QStringList{u"A"_s, u"B"_s}));
    push({update(email(0), u"u-2"_s, {card(u"C"_s)})});
    QCOMPARE(cardNumbers(m_simulator->credentialsOf(email(0))), afterSecond);
    push({update(email(0), u"u-3"_s, {card(u"A"_s, u"100"_s, false)})});
    QCOMPARE(cardNumbers(m_simulator->credentialsOf(email(0))), afterDeactivation);
}

void TestSimCredentials::emptyListUnderReplace()
{
    start();
    QVERIFY(m_simulator->setCredentials(email(0), {credential(u"1"_s)}));
    const TestReply reply = push({update(email(0), u"u-1"_s, {})});
    const QJsonObject result = reply.json().array().at(0).toObject();
    QCOMPARE(result.value(u"result"_s).toString(), u"OK"_s);
    QCOMPARE(result.value(u"results"_s).toArray().size(), 0);
    QVERIFY(m_simulator->credentialsOf(email(0)).isEmpty());
}

void TestSimCredentials::batchResultsInOrder()
{
    start();
    const TestReply reply = push({
        update(email(0), u"first"_s, {card(u"1"_s)}),
        update(u"nobody@example.com"_s, u"second"_s, {card(u"2"_s)}),
        update(email(1), u"third"_s, {card(u"1"_s)}),
    });
    const QJsonArray results = reply.json().array();
    QCOMPARE(results.size(), 3);
    const QStringList expectedIds{u"first"_s, u"second"_s, u"third"_s};
    const QStringList expectedResults{u"OK"_s, u"USER_NOT_FOUND"_s, u"CARD_UPDATE_FAILED"_s};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(results.at(i).toObject().value(u"updateId"_s).toString(), expectedIds.at(i));
        QCOMPARE(results.at(i).toObject().value(u"result"_s).toString(), expectedResults.at(i));
    }
}

void TestSimCredentials::singleObjectStyle()
{
    SimulatorOptions options = defaultOptions();
    options.batchResponse = BatchResponseStyle::SingleObject;
    start(options);
    const TestReply reply = push({
        update(email(0), u"first"_s, {card(u"1"_s)}),
        update(email(1), u"second"_s, {card(u"2"_s)}),
    });
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json().isObject());
    QCOMPARE(reply.json().object().value(u"updateId"_s).toString(), u"first"_s);
    // The second update is still applied, and only its result is missing from the response.
    QCOMPARE(cardNumbers(m_simulator->credentialsOf(email(1))), QStringList{u"2"_s});
}

void TestSimCredentials::hundredUpdatesAccepted()
{
    start();
    QJsonArray updates;
    for (int i = 0; i < 100; ++i)
        updates.append(update(email(i), u"u-%1"_s.arg(i), {card(QString::number(1000 + i))}));
    const TestReply reply = push(updates);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().array().size(), 100);
    QCOMPARE(cardNumbers(m_simulator->credentialsOf(email(99))), QStringList{u"1099"_s});
}

void TestSimCredentials::validationErrors_data()
{
    QTest::addColumn<QByteArray>("requestBody");
    QTest::addColumn<QString>("messagePart");

    QJsonArray tooMany;
    for (int i = 0; i < 101; ++i)
        tooMany.append(update(u"user%1@example.com"_s.arg(i), u"u-%1"_s.arg(i), {}));
    const auto withCard = [](const QString &key, const QJsonValue &value) {
        QJsonObject changed = card(u"1"_s);
        changed.insert(key, value);
        return body({update(u"someone@example.com"_s, u"u-1"_s, {changed})});
    };
    QJsonObject numericName = update(u"x"_s, u"u-1"_s, {});
    numericName.insert(u"username"_s, 12);
    QJsonObject cardsObject = update(u"x"_s, u"u-1"_s, {});
    cardsObject.insert(u"credentials"_s, QJsonObject());
    QJsonObject noUpdateId = update(u"x"_s, u"u-1"_s, {});
    noUpdateId.remove(u"updateId"_s);

    QTest::newRow("no updates") << body({}) << u"1 to 100"_s;
    QTest::newRow("101 updates") << body(tooMany) << u"not 101"_s;
    QTest::newRow("not JSON") << "data=1"_ba << u"not valid JSON"_s;
    QTest::newRow("data missing") << "{}"_ba << u"data must be an array"_s;
    QTest::newRow("data object") << R"({"data":{}})"_ba << u"data must be an array"_s;
    QTest::newRow("username number") << body({numericName}) << u"data[0].username"_s;
    QTest::newRow("updateId missing") << body({noUpdateId}) << u"data[0].updateId"_s;
    QTest::newRow("credentials object") << body({cardsObject}) << u"data[0].credentials"_s;
    QTest::newRow("active string") << withCard(u"active"_s, u"true"_s) << u"credentials[0].active"_s;
    QTest::newRow("cardNumber number") << withCard(u"cardNumber"_s, 1234) << u"credentials[0].cardNumber"_s;
    QTest::newRow("cardNumber empty")
        << withCard(u"cardNumber"_s, u" "_s) << u"cardNumber must not be empty"_s;
    QTest::newRow("facilityCode number") << withCard(u"facilityCode"_s, 100) << u"facilityCode"_s;
    QTest::newRow("scanData string") << withCard(u"scanData"_s, u"100:1"_s) << u"scanData"_s;
    QTest::newRow("scanData number item") << withCard(u"scanData"_s, QJsonArray{1}) << u"scanData[0]"_s;
    QTest::newRow("credentialType missing")
        << withCard(u"credentialType"_s, QJsonValue()) << u"credentialType"_s;
}

void TestSimCredentials::validationErrors()
{
    QFETCH(QByteArray, requestBody);
    QFETCH(QString, messagePart);
    start();
    const TestReply reply = m_client->post(CredentialsPath, requestBody, m_bearer);
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.message().contains(messagePart), qUtf8Printable(reply.message()));
}

void TestSimCredentials::updateIdArrivalsCounted()
{
    start();
    const QJsonArray updates{update(email(0), u"same-id"_s, {card(u"1"_s)}),
                             update(email(1), u"other"_s, {})};
    push(updates);
    push(updates);
    m_client->post(CredentialsPath, body({update(email(2), u"third"_s, {})}),
                   {}); // Rejected with 401, but it still arrived
    QCOMPARE(m_simulator->updateIdArrivals().value(u"same-id"_s), 2);
    QCOMPARE(m_simulator->updateIdArrivals().value(u"other"_s), 2);
    QCOMPARE(m_simulator->updateIdArrivals().value(u"third"_s), 1);
    QCOMPARE(m_simulator->requestCount(CredentialsPath), 3);
}

void TestSimCredentials::usernameMatching_data()
{
    QTest::addColumn<UsernameMatching>("matching");
    QTest::addColumn<QString>("expectedResult");
    QTest::newRow("exact") << UsernameMatching::CaseSensitive << u"USER_NOT_FOUND"_s;
    QTest::newRow("ignore case") << UsernameMatching::CaseInsensitive << u"OK"_s;
}

void TestSimCredentials::usernameMatching()
{
    QFETCH(UsernameMatching, matching);
    QFETCH(QString, expectedResult);
    SimulatorOptions options = defaultOptions();
    options.usernameMatching = matching;
    start(options);
    const TestReply reply = push({update(email(0).toUpper(), u"u-1"_s, {card(u"1"_s)})});
    QCOMPARE(reply.json().array().at(0).toObject().value(u"result"_s).toString(), expectedResult);
}

void TestSimCredentials::userNameAlsoMatches()
{
    start();
    const auto &users = m_simulator->directory().users;
    const auto differing = std::find_if(users.cbegin(), users.cend(),
                                        [](const auto &user) { return user.userName != user.email; });
    QVERIFY2(differing != users.cend(),
             "the generated directory has no user whose userName differs from the email");
    const TestReply reply = push({update(differing->userName, u"u-1"_s, {card(u"1"_s)})});
    QCOMPARE(reply.json().array().at(0).toObject().value(u"result"_s).toString(), u"OK"_s);
    QCOMPARE(m_simulator->credentialsOf(differing->email).size(), 1);
}

void TestSimCredentials::bearerTokenRequired()
{
    start();
    const QByteArray request = body({update(email(0), u"u-1"_s, {card(u"1"_s)})});
    QCOMPARE(m_client->post(CredentialsPath, request).status, 401);
    QCOMPARE(m_client->post(CredentialsPath, request, TestClient::basic(u"key"_s, u"secret"_s)).status, 401);
    QCOMPARE(m_client->post(CredentialsPath, request, m_bearer, "text/plain"_ba).status, 400);
    QVERIFY(m_simulator->credentialsOf(email(0)).isEmpty());
}

QTEST_GUILESS_MAIN(TestSimCredentials)
#include "tst_simcredentials.moc"
