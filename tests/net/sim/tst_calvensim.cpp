// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Smoke tests of the calven-sim program: first output line, a real request, clean exit, bad options.
#include "simtestclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using CardDesk::Sim::Testing::TestClient;
using CardDesk::Sim::Testing::TestReply;

namespace {

const QString Executable = QStringLiteral(CALVEN_SIM_EXECUTABLE);

} // namespace

class TestCalvenSim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsListeningLineAndServes();
    void rejectsBadArguments_data();
    void rejectsBadArguments();
    void helpListsOptions();
    void faultsFromCommandLine();
    void resultFaultsAndArrivalsFromCommandLine();
    void arrivalsFileWrittenAtStart();
};

void TestCalvenSim::printsListeningLineAndServes()
{
    QProcess process;
    process.start(Executable, {u"--listen"_s, u"127.0.0.1:0"_s, u"--users"_s, u"25"_s, u"--seed"_s, u"3"_s,
                               u"--api-key"_s, u"smoke-key"_s, u"--api-secret"_s, u"smoke-secret"_s});
    QVERIFY2(process.waitForStarted(10000), qUtf8Printable(process.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 15000);

    const QString firstLine = QString::fromUtf8(process.readLine()).chopped(1);
    const QRegularExpressionMatch match =
        QRegularExpression(u"^listening on (http://127\\.0\\.0\\.1:(\\d+))$"_s).match(firstLine);
    QVERIFY2(match.hasMatch(), qUtf8Printable(firstLine));
    QVERIFY(match.captured(2).toInt() > 0);

    TestClient client(QUrl(match.captured(1)));
    const TestReply users =
        client.get(u"/v1/analytics/users/basic"_s, TestClient::basic(u"smoke-key"_s, u"smoke-secret"_s));
    QCOMPARE(users.status, 200);
    QCOMPARE(users.json().array().size(), 25);

#ifdef Q_OS_UNIX
    // SIGTERM ends the event loop, so the program exits normally with status 0.
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
#else
    process.kill();
    QVERIFY(process.waitForFinished(10000));
#endif
}

void TestCalvenSim::rejectsBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("all interfaces") << QStringList{u"--listen"_s, u"0.0.0.0:0"_s} << u"--allow-remote"_s;
    QTest::newRow("no port") << QStringList{u"--listen"_s, u"127.0.0.1"_s} << u"--listen"_s;
    QTest::newRow("bad semantics") << QStringList{u"--semantics"_s, u"sideways"_s} << u"--semantics"_s;
    QTest::newRow("negative users") << QStringList{u"--users"_s, u"-3"_s} << u"--users"_s;
    QTest::newRow("zero lifetime") << QStringList{u"--token-lifetime"_s, u"0"_s} << u"--token-lifetime"_s;
    QTest::newRow("fault without kind") << QStringList{u"--fault"_s, u"/v1/auth"_s} << u"PATH=KIND"_s;
    QTest::newRow("unknown fault") << QStringList{u"--fault"_s, u"/v1/auth=explode"_s} << u"\"explode\""_s;
    QTest::newRow("fault count zero") << QStringList{u"--fault"_s, u"/v1/auth=hang*0"_s} << u"count"_s;
    QTest::newRow("status out of range")
        << QStringList{u"--fault"_s, u"/v1/auth=status:99"_s} << u"status:99"_s;
    QTest::newRow("certificate without key")
        << QStringList{u"--tls-cert"_s, u"server.crt"_s} << u"--tls-key"_s;
    QTest::newRow("extra key without role") << QStringList{u"--extra-key"_s, u"K:S"_s} << u"ID:SECRET:ROLE"_s;
    QTest::newRow("bad second listener")
        << QStringList{u"--second-listen"_s, u"nowhere"_s} << u"--second-listen"_s;
}

void TestCalvenSim::rejectsBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, messagePart);
    QProcess process;
    process.start(Executable, arguments);
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(errors.contains(messagePart), qUtf8Printable(errors));
}

void TestCalvenSim::helpListsOptions()
{
    QProcess process;
    process.start(Executable, {u"--help"_s});
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitCode(), 0);
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    for (const QString &option :
         {u"--listen"_s, u"--record"_s, u"--unknown-user"_s, u"--batch-response"_s, u"--semantics"_s,
          u"--allow-remote"_s, u"--token-lifetime"_s, u"--fault"_s, u"--tls-cert"_s, u"--tls-key"_s,
          u"--second-listen"_s, u"--extra-key"_s, u"redirect-second"_s, u"delay:MILLISECONDS"_s,
          u"results-missing[:EVERY[,LIMIT]]"_s, u"unknown-result:VALUE[,EVERY[,LIMIT]]"_s,
          u"reset-mid-response[:BYTES]"_s, u"/_sim/update-arrivals"_s, u"--arrivals-file"_s})
        QVERIFY2(help.contains(option), qUtf8Printable(option));
}

void TestCalvenSim::faultsFromCommandLine()
{
    QProcess process;
    process.start(Executable, {u"--users"_s, u"5"_s, u"--api-key"_s, u"k"_s, u"--api-secret"_s, u"s"_s,
                               u"--second-listen"_s, u"127.0.0.1:0"_s, u"--fault"_s,
                               u"/v1/analytics/users/basic=status:503*2"_s, u"--fault"_s,
                               u"/v1/analytics/locations/basic=redirect-second"_s});
    QVERIFY2(process.waitForStarted(10000), qUtf8Printable(process.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 15000);
    const QString firstLine = QString::fromUtf8(process.readLine()).trimmed();
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 15000);
    const QString secondLine = QString::fromUtf8(process.readLine()).trimmed();
    QVERIFY2(firstLine.startsWith(u"listening on http://127.0.0.1:"_s), qUtf8Printable(firstLine));
    QVERIFY2(secondLine.startsWith(u"second listener on http://127.0.0.1:"_s), qUtf8Printable(secondLine));
    QVERIFY(firstLine.section(u' ', 2) != secondLine.section(u' ', 3));

    TestClient client(QUrl(firstLine.section(u' ', 2)));
    const QByteArray basic = TestClient::basic(u"k"_s, u"s"_s);
    QCOMPARE(client.get(u"/v1/analytics/users/basic"_s, basic).status, 503);
    QCOMPARE(client.get(u"/v1/analytics/users/basic"_s, basic).status, 503);
    QCOMPARE(client.get(u"/v1/analytics/users/basic"_s, basic).status, 200);
    // QNetworkAccessManager follows the redirect to the second listener, which names itself in the body.
    const TestReply redirected = client.get(u"/v1/analytics/locations/basic"_s, basic);
    QCOMPARE(redirected.status, 200);
    QVERIFY2(redirected.body.contains("second listener"), redirected.body.constData());
    process.kill();
    QVERIFY(process.waitForFinished(10000));
}

void TestCalvenSim::resultFaultsAndArrivalsFromCommandLine()
{
    QProcess process;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString arrivalsPath = dir.filePath(u"arrivals.json"_s);
    process.start(Executable, {u"--users"_s, u"6"_s, u"--api-key"_s, u"k"_s, u"--api-secret"_s, u"s"_s,
                               u"--arrivals-file"_s, arrivalsPath, u"--fault"_s,
                               u"/v1/access-credentials=results-missing:2"_s, u"--fault"_s,
                               u"/v1/access-credentials=unknown-result:CARD_QUARANTINED,1,1"_s});
    QVERIFY2(process.waitForStarted(10000), qUtf8Printable(process.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 15000);
    const QString firstLine = QString::fromUtf8(process.readLine()).trimmed();
    TestClient client(QUrl(firstLine.section(u' ', 2)));

    const QJsonArray users =
        client.get(u"/v1/analytics/users/basic"_s, TestClient::basic(u"k"_s, u"s"_s)).json().array();
    QVERIFY(users.size() >= 3);
    QJsonArray data;
    for (int i = 0; i < 3; ++i) {
        data.append(QJsonObject{{u"username"_s, users.at(i).toObject().value(u"email"_s)},
                                {u"updateId"_s, u"cli-%1"_s.arg(i + 1)},
                                {u"credentials"_s, QJsonArray()}});
    }
    const QByteArray body = QJsonDocument(QJsonObject{{u"data"_s, data}}).toJson(QJsonDocument::Compact);
    const QByteArray bearer = TestClient::bearer(client.hmacToken(u"k"_s, u"s"_s));

    // The first fault leaves out the second result, the next one renames the first result.
    TestReply reply = client.post(u"/v1/access-credentials"_s, body, bearer);
    QCOMPARE(reply.status, 200);
    QJsonArray results = reply.json().array();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).toObject().value(u"updateId"_s).toString(), u"cli-1"_s);
    QCOMPARE(results.at(1).toObject().value(u"updateId"_s).toString(), u"cli-3"_s);
    reply = client.post(u"/v1/access-credentials"_s, body, bearer);
    results = reply.json().array();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0).toObject().value(u"result"_s).toString(), u"CARD_QUARANTINED"_s);
    QCOMPARE(results.at(1).toObject().value(u"result"_s).toString(), u"OK"_s);

    const TestReply arrivals = client.get(u"/_sim/update-arrivals"_s);
    QCOMPARE(arrivals.status, 200);
    const QJsonObject expected{{u"cli-1"_s, 2}, {u"cli-2"_s, 2}, {u"cli-3"_s, 2}};
    QCOMPARE(arrivals.json().object().value(u"arrivals"_s).toObject(), expected);

    // The file has the same counts and stays after a kill.
    process.kill();
    QVERIFY(process.waitForFinished(10000));
    QFile file(arrivalsPath);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value(u"arrivals"_s).toObject(), expected);
}

void TestCalvenSim::arrivalsFileWrittenAtStart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString arrivalsPath = dir.filePath(u"arrivals.json"_s);
    QProcess process;
    process.start(Executable, {u"--users"_s, u"3"_s, u"--arrivals-file"_s, arrivalsPath});
    QVERIFY2(process.waitForStarted(10000), qUtf8Printable(process.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 15000);
    QFile file(arrivalsPath);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    QCOMPARE(file.readAll(), R"({"arrivals":{}})"_ba);
    process.kill();
    QVERIFY(process.waitForFinished(10000));

    // A folder that does not exist is named in the error, and the program exits with status 1.
    QProcess failing;
    const QString badPath = dir.filePath(u"missing/arrivals.json"_s);
    failing.start(Executable, {u"--users"_s, u"3"_s, u"--arrivals-file"_s, badPath});
    QVERIFY(failing.waitForFinished(15000));
    QCOMPARE(failing.exitCode(), 1);
    const QString errors = QString::fromUtf8(failing.readAllStandardError());
    QVERIFY2(errors.contains(badPath), qUtf8Printable(errors));
}

QTEST_GUILESS_MAIN(TestCalvenSim)
#include "tst_calvensim.moc"
