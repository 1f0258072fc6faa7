// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Starts the real carddesk executable offscreen, as an operator's first command would.

#include <QDir>
#include <QDirIterator>
#include <QFile>
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
    void helpPrintedWithoutDisplay();
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

void TestCardDeskSmoke::helpPrintedWithoutDisplay()
{
    // No platform plugin is named and no display exists, as in a terminal on a server.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
        environment.remove(name);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CARDDESK_EXECUTABLE), {u"--help"_s});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QByteArray help = process.readAllStandardOutput();
    QVERIFY2(help.contains("--training"), help.constData());
    QVERIFY2(help.contains("--data-dir"), help.constData());
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
    output += process.readAll();

    // The training secret opens only the in-process simulator, but it must leak nowhere all the same.
    const QByteArray secret = "training-secret-for-the-built-in-simulator";
    QVERIFY(!output.contains(secret));
    int filesRead = 0;
    QDirIterator files(dataDir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QVERIFY2(!file.readAll().contains(secret), qPrintable(file.fileName()));
        ++filesRead;
    }
    QVERIFY2(QFile::exists(QDir(dataDir.path()).filePath(u"logs/carddesk.log"_s)), "no log file written");
    QVERIFY(filesRead >= 2);
}

QTEST_GUILESS_MAIN(TestCardDeskSmoke)
#include "tst_carddesksmoke.moc"
