// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Tests that the simulator's request record lists every request and never contains a secret or token.
#include "sim/simulator.h"
#include "simtestclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using CardDesk::Sim::Fault;
using CardDesk::Sim::Simulator;
using CardDesk::Sim::SimulatorOptions;
using CardDesk::Sim::Testing::TestClient;
using CardDesk::Sim::Testing::TestReply;

class TestSimRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordMasksSecretsAndTokens();
    void unwritableRecordFailsListen();
};

void TestSimRecord::recordMasksSecretsAndTokens()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString keyId = u"record-key"_s;
    const QString secret = u"s3cret-Value-42"_s;
    SimulatorOptions options;
    options.userCount = 5;
    options.apiKeyId = keyId;
    options.apiSecret = secret;
    options.recordPath = folder.filePath(u"requests.jsonl"_s);
    Simulator simulator(options);
    QVERIFY(simulator.listen());
    TestClient client(simulator.baseUrl());

    const QByteArray hmacBody = TestClient::hmacBody(keyId, secret, QDateTime::currentSecsSinceEpoch());
    const QString hash = QJsonDocument::fromJson(hmacBody).object().value(u"hash"_s).toString();
    const TestReply hmac = client.post(u"/v1/auth"_s, hmacBody);
    const QString hmacToken = hmac.json().object().value(u"token"_s).toString();
    const QByteArray secretBody =
        QJsonDocument(QJsonObject{{u"client_id"_s, keyId}, {u"client_secret"_s, secret}})
            .toJson(QJsonDocument::Compact);
    const QString clientToken =
        client.post(u"/v1/auth/token"_s, secretBody).json().object().value(u"access_token"_s).toString();
    QVERIFY(!hmacToken.isEmpty());
    QVERIFY(!clientToken.isEmpty());

    const QString username = simulator.directory().users.at(0).email;
    const QByteArray push =
        R"({"data":[{"username":")"_ba + username.toUtf8() + R"(","updateId":"u-1","credentials":[]}]})"_ba;
    simulator.injectFault(u"/v1/analytics/locations/basic"_s, Fault::statusCode(503));
    const QList<int> statuses{
        hmac.status,
        200,
        client.get(u"/v1/analytics/users"_s, TestClient::bearer(hmacToken)).status,
        client.get(u"/v1/analytics/users/basic"_s, TestClient::basic(keyId, secret)).status,
        client.post(u"/v1/access-credentials"_s, push, TestClient::bearer(clientToken)).status,
        client.post(u"/v1/auth/token"_s, R"({"client_id":"record-key","client_secret":"wrong-guess"})"_ba)
            .status,
        client
            .post(u"/v1/auth/token"_s, "client_id=record-key&client_secret="_ba + secret.toUtf8(), {},
                  "application/x-www-form-urlencoded"_ba)
            .status,
        client.get(u"/v1/analytics/locations/basic"_s, TestClient::basic(keyId, secret)).status,
    };
    QCOMPARE(statuses, (QList<int>{200, 200, 200, 200, 200, 401, 400, 503}));

    QFile file(options.recordPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    const QList<QByteArray> forbidden{
        secret.toUtf8(),
        hmacToken.toUtf8(),
        clientToken.toUtf8(),
        hash.toUtf8(),
        TestClient::basic(keyId, secret).mid(6),
        "wrong-guess"_ba,
    };
    for (const QByteArray &value : forbidden)
        QVERIFY2(!content.contains(value), value.constData());
    QVERIFY(content.contains("***"));

    const QList<QByteArray> lines = content.trimmed().split('\n');
    QCOMPARE(lines.size(), statuses.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject line = QJsonDocument::fromJson(lines.at(i)).object();
        for (const QString &key : {u"time"_s, u"method"_s, u"path"_s, u"status"_s, u"body"_s, u"response"_s})
            QVERIFY2(line.contains(key), qUtf8Printable(key));
        QCOMPARE(line.value(u"status"_s).toInt(), statuses.at(i));
    }
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(first.value(u"path"_s).toString(), u"/v1/auth"_s);
    QCOMPARE(first.value(u"body"_s).toObject().value(u"apiKey"_s).toString(), keyId);
    QCOMPARE(first.value(u"body"_s).toObject().value(u"hash"_s).toString(), u"***"_s);
    QCOMPARE(first.value(u"response"_s).toObject().value(u"token"_s).toString(), u"***"_s);
    const QJsonObject pushLine = QJsonDocument::fromJson(lines.at(4)).object();
    QCOMPARE(pushLine.value(u"body"_s).toObject().value(u"data"_s).toArray().size(), 1);
    QVERIFY(!pushLine.contains(u"fault"_s));
    const QJsonObject faultLine = QJsonDocument::fromJson(lines.at(7)).object();
    QCOMPARE(faultLine.value(u"fault"_s).toString(), u"status 503"_s);
}

void TestSimRecord::unwritableRecordFailsListen()
{
    QTemporaryDir folder;
    SimulatorOptions options;
    options.userCount = 1;
    options.recordPath = folder.filePath(u"missing-folder/requests.jsonl"_s);
    Simulator simulator(options);
    QString error;
    QVERIFY(!simulator.listen(QHostAddress::LocalHost, 0, &error));
    QVERIFY2(error.contains(options.recordPath), qUtf8Printable(error));
}

QTEST_GUILESS_MAIN(TestSimRecord)
#include "tst_simrecord.moc"
