// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvwriter.h"
#include "io/failurescsv.h"
#include "store/database.h"
#include "store/outbox.h"
#include "storetestsupport.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace CardDesk;
using CardDesk::Io::CsvWriter;
using CardDesk::Store::TestSupport::card;

namespace {

// A strict RFC 4180 reader, written separately from the writer, so a round trip checks the
// quoting rather than repeating the writer's own logic.
QList<QStringList> parseCsv(const QString &text, QString *error)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == u'"' || c == u'\r' || c == u'\n') {
            *error = u"unquoted %1 at offset %2"_s.arg(c == u'"' ? u"quote"_s : u"line break"_s).arg(i);
            return {};
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted || fieldStarted || !record.isEmpty())
        *error = u"the last record does not end with CRLF"_s;
    return records;
}

Core::OutboxEntry failure(const QString &username, const QList<Core::Credential> &cards,
                          Core::ResultCode code, const QString &raw, const QString &message)
{
    Core::OutboxEntry entry;
    entry.updateId = u"upd-"_s + username;
    entry.username = username;
    entry.credentials = cards;
    entry.state = code == Core::ResultCode::Unknown ? Core::UpdateState::Unknown : Core::UpdateState::Failed;
    entry.attempts = 2;
    entry.createdAt = QDateTime(QDate(2026, 6, 1), QTime(6, 0), QTimeZone::utc());
    entry.updatedAt = QDateTime(QDate(2026, 6, 1), QTime(6, 5, 9), QTimeZone::utc());
    entry.result = Core::UpdateResult{entry.updateId, raw, code, message, {}};
    return entry;
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void encodeCell_data();
    void encodeCell();
    void textColumn_data();
    void textColumn();
    void rowsRoundTrip();
    void byteOrderMark_data();
    void byteOrderMark();
    void writeFailureReported();
    void failuresExportColumns();
    void failuresExportFromOutbox();
};

void TestCsvWriter::encodeCell_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"alice@example.com"_s << u"alice@example.com"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"Doe, Jane"_s << u"\"Doe, Jane\""_s;
    QTest::newRow("quote") << u"the \"big\" one"_s << u"\"the \"\"big\"\" one\""_s;
    QTest::newRow("line feed") << u"line 1\nline 2"_s << u"\"line 1\nline 2\""_s;
    QTest::newRow("carriage return inside") << u"a\rb"_s << u"\"a\rb\""_s;
    QTest::newRow("non-ASCII") << u"Zoë Ångström 山田"_s << u"Zoë Ångström 山田"_s;
    QTest::newRow("equals sign later") << u"a=b"_s << u"a=b"_s;
    QTest::newRow("leading space then equals") << u" =1"_s << u" =1"_s;
    // Every prefix that makes a spreadsheet evaluate the cell.
    QTest::newRow("formula =") << u"=HYPERLINK(\"http://x\")"_s << u"\"'=HYPERLINK(\"\"http://x\"\")\""_s;
    QTest::newRow("formula +") << u"+1+2"_s << u"'+1+2"_s;
    QTest::newRow("formula -") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("formula @") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("formula tab") << u"\t=1+1"_s << u"'\t=1+1"_s;
    QTest::newRow("formula carriage return") << u"\r=1+1"_s << u"\"'\r=1+1\""_s;
    QTest::newRow("formula with comma") << u"=A1,B1"_s << u"\"'=A1,B1\""_s;
    QTest::newRow("lone minus") << u"-"_s << u"'-"_s;
}

void TestCsvWriter::encodeCell()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::encodeCell(cell), expected);
}

void TestCsvWriter::textColumn_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");

    QTest::newRow("leading zeros") << u"000123"_s << u"'000123"_s;
    QTest::newRow("long number") << u"12345678901234567890"_s << u"'12345678901234567890"_s;
    QTest::newRow("hex read as exponent") << u"1E5"_s << u"'1E5"_s;
    QTest::newRow("decimal") << u"12.50"_s << u"'12.50"_s;
    QTest::newRow("thousands separator") << u"1,234"_s << u"\"'1,234\""_s;
    QTest::newRow("time") << u"12:30"_s << u"'12:30"_s;
    QTest::newRow("facility and number") << u"123:04567"_s << u"'123:04567"_s;
    QTest::newRow("date") << u"2026-01-05"_s << u"'2026-01-05"_s;
    QTest::newRow("day and month") << u"1/2"_s << u"'1/2"_s;
    QTest::newRow("negative number gets one mark") << u"-5"_s << u"'-5"_s;
    QTest::newRow("hex letters") << u"00AB12FF"_s << u"00AB12FF"_s;
    QTest::newRow("card list") << u"12:0001; 12:0002"_s << u"12:0001; 12:0002"_s;
    QTest::newRow("email") << u"bob@example.com"_s << u"bob@example.com"_s;
}

void TestCsvWriter::textColumn()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::encodeCell(cell, true), expected);

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    writer.setTextColumns({1});
    QVERIFY(writer.writeRow({cell, cell}));
    const QString expectedPlain = CsvWriter::encodeCell(cell, false);
    QCOMPARE(QString::fromUtf8(buffer.data()), QString(expectedPlain + u',' + expected + u"\r\n"_s));
}

void TestCsvWriter::rowsRoundTrip()
{
    const QList<QStringList> rows{
        {u"Time"_s, u"User"_s, u"Note"_s},
        {u"a,b"_s, u"say \"hi\""_s, u"two\nlines"_s},
        {QString(), u"=cmd|' /C calc'!A0"_s, u"@x"_s},
        {u"Zoë"_s, u"+49 30 1234"_s, u"-"_s},
    };
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    for (const QStringList &row : rows)
        QVERIFY(writer.writeRow(row));
    QVERIFY(buffer.data().endsWith("\r\n"));

    QString error;
    const QList<QStringList> parsed = parseCsv(QString::fromUtf8(buffer.data()), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(parsed.size(), rows.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QCOMPARE(parsed.at(r).size(), rows.at(r).size());
        for (qsizetype c = 0; c < rows.at(r).size(); ++c) {
            const QString &original = rows.at(r).at(c);
            const QString expected = CsvWriter::startsLikeFormula(original) ? u'\'' + original : original;
            QCOMPARE(parsed.at(r).at(c), expected);
        }
    }
}

void TestCsvWriter::byteOrderMark_data()
{
    QTest::addColumn<bool>("withBom");
    QTest::newRow("with BOM") << true;
    QTest::newRow("without BOM") << false;
}

void TestCsvWriter::byteOrderMark()
{
    QFETCH(bool, withBom);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer, withBom ? CsvWriter::Option::Utf8Bom : CsvWriter::Option::NoOptions);
    QVERIFY(writer.writeRow({u"Zoë"_s}));
    QVERIFY(writer.writeRow({u"Jörg"_s}));

    const QByteArray body = "Zo\xC3\xAB\r\nJ\xC3\xB6rg\r\n";
    QCOMPARE(buffer.data(), withBom ? QByteArray("\xEF\xBB\xBF") + body : body);
}

void TestCsvWriter::writeFailureReported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"export.csv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));

    CsvWriter writer(&file);
    QVERIFY(!writer.writeRow({u"a"_s}));
    QVERIFY2(writer.errorString().contains(file.fileName()), qPrintable(writer.errorString()));
    QVERIFY(!writer.writeRow({u"b"_s}));

    QString error;
    QVERIFY(!Io::exportFailuresCsv(&file, {}, CsvWriter::Option::NoOptions, &error));
    QVERIFY2(error.contains(file.fileName()), qPrintable(error));
}

void TestCsvWriter::failuresExportColumns()
{
    Core::OutboxEntry unrecognised =
        failure(u"=evil()@example.com"_s, {card(u"000777"_s)}, Core::ResultCode::UnrecognisedValue,
                u"QUEUED_LATER"_s, u"-later"_s);
    Core::OutboxEntry unknown =
        failure(u"bob@example.com"_s, {card(u"5"_s, u"12"_s), card(u"6"_s, u"12"_s, false)},
                Core::ResultCode::Unknown, QString(), QString());
    unknown.lastError = u"The response has no result for this update"_s;
    const QList<Core::OutboxEntry> entries{
        failure(u"alice@example.com"_s, {card(u"0042"_s, u"7"_s)}, Core::ResultCode::CardUpdateFailed,
                u"CARD_UPDATE_FAILED"_s, u"Card in use, by \"Dana\""_s),
        unrecognised,
        unknown,
    };

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QString error;
    QVERIFY2(Io::exportFailuresCsv(&buffer, entries, CsvWriter::Option::Utf8Bom, &error), qPrintable(error));
    QVERIFY(buffer.data().startsWith("\xEF\xBB\xBF"));

    const QList<QStringList> rows = parseCsv(QString::fromUtf8(buffer.data().mid(3)), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0), Io::failureCsvHeader());
    QCOMPARE(rows.at(0).size(), int(Io::FailureColumn::Count));

    const QString localTime = entries.at(0).updatedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    QCOMPARE(rows.at(1), (QStringList{localTime, u"alice@example.com"_s, u"'7:0042"_s,
                                      Core::resultCodeLabel(Core::ResultCode::CardUpdateFailed),
                                      u"Card in use, by \"Dana\""_s, u"2"_s,
                                      Core::updateStateLabel(Core::UpdateState::Failed)}));
    QCOMPARE(rows.at(2).at(int(Io::FailureColumn::User)), u"'=evil()@example.com"_s);
    QCOMPARE(rows.at(2).at(int(Io::FailureColumn::Cards)), u"'000777"_s);
    QVERIFY(rows.at(2).at(int(Io::FailureColumn::Result)).contains(u"QUEUED_LATER"_s));
    QCOMPARE(rows.at(2).at(int(Io::FailureColumn::Message)), u"'-later"_s);
    QCOMPARE(rows.at(3).at(int(Io::FailureColumn::Cards)), u"12:5; 12:6 (inactive)"_s);
    QCOMPARE(rows.at(3).at(int(Io::FailureColumn::Message)), unknown.lastError);
    QCOMPARE(rows.at(3).at(int(Io::FailureColumn::State)),
             Core::updateStateLabel(Core::UpdateState::Unknown));
}

void TestCsvWriter::failuresExportFromOutbox()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Store::Database database;
    QVERIFY2(database.open(dir.filePath(u"carddesk.sqlite"_s)), qPrintable(database.errorString()));
    Store::Outbox outbox(database);
    const auto queued =
        outbox.enqueue(u"profile-eu"_s, u"u-a"_s, u"a@example.com"_s, {card(u"0099"_s, u"1"_s)});
    QVERIFY(queued);
    QVERIFY(outbox.takeDueBatch(u"profile-eu"_s, 10, QDateTime::currentDateTimeUtc()));
    QVERIFY(outbox.recordResults(
        {Core::UpdateResult{
            queued->updateId, u"USER_NOT_FOUND"_s, Core::ResultCode::UserNotFound, u"No such user"_s, {}}},
        {}, {}, 200));
    const auto failures = outbox.failures();
    QVERIFY(failures);

    QFile file(dir.filePath(u"failures.csv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(Io::exportFailuresCsv(&file, *failures, CsvWriter::Option::NoOptions));
    file.close();

    QString error;
    const QList<QStringList> rows =
        parseCsv(QString::fromUtf8(Store::TestSupport::fileBytes(file.fileName())), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).at(int(Io::FailureColumn::User)), u"a@example.com"_s);
    QCOMPARE(rows.at(1).at(int(Io::FailureColumn::Cards)), u"'1:0099"_s);
    QCOMPARE(rows.at(1).at(int(Io::FailureColumn::Result)),
             Core::resultCodeLabel(Core::ResultCode::UserNotFound));
    QCOMPARE(rows.at(1).at(int(Io::FailureColumn::Message)), u"No such user"_s);
    QCOMPARE(rows.at(1).at(int(Io::FailureColumn::Attempts)), u"1"_s);
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
