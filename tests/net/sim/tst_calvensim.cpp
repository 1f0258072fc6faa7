// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Smoke tests of the calven-sim program: first output line, a real request, clean exit, bad options.
#include "simtestclient.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
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
          u"--second-listen"_s, u"--extra-key"_s, u"redirect-second"_s, u"delay:MILLISECONDS"_s})
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

QTEST_GUILESS_MAIN(TestCalvenSim)
#include "tst_calvensim.moc"
