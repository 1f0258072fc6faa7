// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Starts the real carddesk executable offscreen, as an operator's first command would.

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCardDeskSmoke final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionPrinted();
    void invalidOptionRejected();
    void trainingModeStarts();

private:
    static QProcessEnvironment offscreenEnvironment();
};

QProcessEnvironment TestCardDeskSmoke::offscreenEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"QT_LOGGING_RULES"_s, u"carddesk.*.info=true"_s);
    return environment;
}

void TestCardDeskSmoke::versionPrinted()
{
    QProcess process;
    process.setProcessEnvironment(offscreenEnvironment());
    process.start(QStringLiteral(CARDDESK_EXECUTABLE), {u"--version"_s});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(process.readAllStandardOutput().contains(CARDDESK_VERSION_STRING), "version missing");
}

void TestCardDeskSmoke::invalidOptionRejected()
{
    QProcess process;
    process.setProcessEnvironment(offscreenEnvironment());
    process.start(QStringLiteral(CARDDESK_EXECUTABLE), {u"--training"_s, u"--training-users"_s, u"many"_s});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("--training-users"));
}

void TestCardDeskSmoke::trainingModeStarts()
{
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    QProcess process;
    process.setProcessEnvironment(offscreenEnvironment());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(CARDDESK_EXECUTABLE),
                  {u"--training"_s, u"--training-users"_s, u"200"_s, u"--data-dir"_s, dataDir.path()});
    QVERIFY(process.waitForStarted(20000));

    // The log shows the cached directory on screen, then the seeded updates the simulator rejected.
    QByteArray output;
    const auto seen = [&](const QByteArray &text) {
        output += process.readAll();
        return output.contains(text);
    };
    QTRY_VERIFY_WITH_TIMEOUT(seen("Showing 200 cached users"), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(seen("is now failed with result USER_NOT_FOUND"), 30000);
    QCOMPARE(process.state(), QProcess::Running);
    QVERIFY2(!output.contains("Cannot"), output.constData());

    process.terminate();
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(10000);
    }
}

QTEST_GUILESS_MAIN(TestCardDeskSmoke)
#include "tst_carddesksmoke.moc"
