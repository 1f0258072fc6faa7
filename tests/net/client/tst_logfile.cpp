// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "net/logfile.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk::Net;

Q_LOGGING_CATEGORY(lcLogFileTest, "carddesk.test.logfile")

class TestLogFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void writesRedactedLines();
    void rotatesAtLimit();
    void unwritableFolderRejected();

private:
    static QByteArray readAll(const QString &path);
};

void TestLogFile::cleanup()
{
    LogFile::uninstall();
}

QByteArray TestLogFile::readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestLogFile::writesRedactedLines()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY2(LogFile::install(dir.path(), &error), qPrintable(error));
    LogFile::addSecretValue("s3cret-value-42");

    qCInfo(lcLogFileTest) << "request finished for update" << u"abc-123"_s;
    qCWarning(lcLogFileTest).noquote() << u"header Authorization: Bearer eyJhbGciOi.payload.sig"_s;
    qCWarning(lcLogFileTest).noquote() << u"the secret s3cret-value-42 leaked into a message"_s;

    const QByteArray text = readAll(LogFile::path());
    QVERIFY2(text.contains("info carddesk.test.logfile: request finished for update \"abc-123\""),
             text.constData());
    QVERIFY2(!text.contains("eyJhbGciOi.payload.sig"), text.constData());
    QVERIFY2(!text.contains("s3cret-value-42"), text.constData());
    QCOMPARE(LogFile::recentLines(2).size(), 2);
    QVERIFY(LogFile::recentLines(1).constFirst().contains(u"leaked into a message"_s));
}

void TestLogFile::rotatesAtLimit()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY2(LogFile::install(dir.path(), &error, 2048, 2), qPrintable(error));
    for (int i = 0; i < 200; ++i)
        qCInfo(lcLogFileTest) << "line" << i << QString(40, u'x');

    const QDir folder(dir.path());
    QVERIFY(folder.exists(u"carddesk.log"_s));
    QVERIFY(folder.exists(u"carddesk.log.1"_s));
    QVERIFY(folder.exists(u"carddesk.log.2"_s));
    QVERIFY(!folder.exists(u"carddesk.log.3"_s));
    QVERIFY(QFileInfo(folder.filePath(u"carddesk.log.1"_s)).size() <= 2048);
    QVERIFY(readAll(folder.filePath(u"carddesk.log"_s)).contains("line 199"));
}

void TestLogFile::unwritableFolderRejected()
{
    QTemporaryDir dir;
    const QString blocker = QDir(dir.path()).filePath(u"not-a-folder"_s);
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    QString error;
    QVERIFY(!LogFile::install(QDir(blocker).filePath(u"logs"_s), &error));
    QVERIFY2(error.contains(u"not-a-folder"_s), qPrintable(error));
    QVERIFY(LogFile::path().isEmpty());
}

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
