// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/decoderdialog.h"
#include "ui/decoderinput.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using CardDesk::Ui::DecodedRead;
using CardDesk::Ui::DecoderCandidate;
using CardDesk::Ui::DecoderDialog;
using CardDesk::Ui::ParityStatus;
namespace Core = CardDesk::Core;
namespace Ui = CardDesk::Ui;

namespace {

/// Returns the candidates of one format id.
QList<DecoderCandidate> candidatesOf(const DecodedRead &read, QStringView formatId)
{
    QList<DecoderCandidate> found;
    for (const DecoderCandidate &candidate : read.candidates) {
        if (candidate.format->id == formatId)
            found.append(candidate);
    }
    return found;
}

bool hasCandidate(const DecodedRead &read, QStringView formatId, const QString &facilityCode,
                  const QString &cardNumber, ParityStatus parity)
{
    const QList<DecoderCandidate> found = candidatesOf(read, formatId);
    return std::any_of(found.cbegin(), found.cend(), [&](const DecoderCandidate &candidate) {
        return candidate.facilityCode == facilityCode && candidate.cardNumber == cardNumber &&
               candidate.parity == parity;
    });
}

} // namespace

class TestDecoder : public QObject
{
    Q_OBJECT

private slots:
    void wiegandVectors_data();
    void wiegandVectors();
    void explicitLengthListsFailedParity();
    void startSentinelIsRemoved();
    void bit37ListsBothLayouts();
    void mifareSerialReadings();
    void decimalSerialReadings();
    void unreadableInputNamesValue();
    void dialogShowsHoldersAndAssigns();
    void dialogWithoutUserCannotAssign();
    void dialogKeyboardAssign();
};

void TestDecoder::wiegandVectors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("formatId");
    QTest::addColumn<QString>("facilityCode");
    QTest::addColumn<QString>("cardNumber");

    QTest::newRow("H10301 hex with length") << u"0x1940887/26"_s << u"h10301"_s << u"202"_s << u"1091"_s;
    QTest::newRow("H10301 length first") << u"26 bits: 0x1940887"_s << u"h10301"_s << u"202"_s << u"1091"_s;
    QTest::newRow("H10301 hex without length") << u"0x1940887"_s << u"h10301"_s << u"202"_s << u"1091"_s;
    QTest::newRow("H10301 binary") << u"0b01100101000000100010000111"_s << u"h10301"_s << u"202"_s
                                   << u"1091"_s;
    QTest::newRow("H10301 decimal") << u"26478727 (26 bits)"_s << u"h10301"_s << u"202"_s << u"1091"_s;
    QTest::newRow("H10301 zero") << u"0x0000001/26"_s << u"h10301"_s << u"0"_s << u"0"_s;
    QTest::newRow("H10301 maximum") << u"0x1FFFFFF"_s << u"h10301"_s << u"255"_s << u"65535"_s;
    QTest::newRow("H10301 glued digits") << u"0x0025A69"_s << u"h10301"_s << u"1"_s << u"11572"_s;
    QTest::newRow("Corporate 1000 35") << u"0x60C806072"_s << u"c1k35"_s << u"100"_s << u"12345"_s;
    QTest::newRow("H10304") << u"0x104D21BBAA"_s << u"h10304"_s << u"1234"_s << u"56789"_s;
    QTest::newRow("H10302") << u"0x100EB79A2B"_s << u"h10302"_s << QString() << u"123456789"_s;
}

void TestDecoder::wiegandVectors()
{
    QFETCH(QString, input);
    QFETCH(QString, formatId);
    QFETCH(QString, facilityCode);
    QFETCH(QString, cardNumber);

    const DecodedRead read = Ui::decodeRawRead(input);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QVERIFY2(hasCandidate(read, formatId, facilityCode, cardNumber, ParityStatus::Ok),
             qPrintable(u"no %1 candidate %2:%3"_s.arg(formatId, facilityCode, cardNumber)));
}

void TestDecoder::explicitLengthListsFailedParity()
{
    // 0x1940886 is the first vector with the trailing odd parity bit flipped.
    const DecodedRead read = Ui::decodeRawRead(u"0x1940886"_s, 26);
    QCOMPARE(read.bitLength, 26);
    QVERIFY(hasCandidate(read, u"h10301", u"202"_s, u"1091"_s, ParityStatus::Failed));
    for (const DecoderCandidate &candidate : read.candidates)
        QCOMPARE(candidate.format->bitLength, 26);
}

void TestDecoder::startSentinelIsRemoved()
{
    const DecodedRead read = Ui::decodeRawRead(u"0x5940887"_s);
    QVERIFY(hasCandidate(read, u"iclass-h10301", u"202"_s, u"1091"_s, ParityStatus::Ok));
    QVERIFY(hasCandidate(read, u"h10301", u"202"_s, u"1091"_s, ParityStatus::Ok));
}

void TestDecoder::bit37ListsBothLayouts()
{
    const DecodedRead read = Ui::decodeRawRead(u"0x104D21BBAA/37"_s);
    QVERIFY(hasCandidate(read, u"h10304", u"1234"_s, u"56789"_s, ParityStatus::Ok));
    const QList<DecoderCandidate> h10302 = candidatesOf(read, u"h10302");
    QCOMPARE(h10302.size(), 1);
    QCOMPARE(h10302.first().parity, ParityStatus::Ok);
    QVERIFY(h10302.first().facilityCode.isEmpty());
    // The same 35 bits read as one number: FC 1234 followed by the 19-bit CN 56789.
    QCOMPARE(h10302.first().cardNumber, QString::number((quint64(1234) << 19) | 56789));
}

void TestDecoder::mifareSerialReadings()
{
    const DecodedRead read = Ui::decodeRawRead(u"E4 3A C9 D2"_s);
    QVERIFY(read.serial.has_value());
    QCOMPARE(read.serial->hex, u"E43AC9D2"_s);
    QCOMPARE(read.serial->reversedHex, u"D2C93AE4"_s);
    QCOMPARE(read.serial->decimalLittleEndian, u"3536403172"_s);
    QCOMPARE(read.serial->decimalBigEndian, u"3829058002"_s);
    QVERIFY(hasCandidate(read, u"mifare-csn4", {}, u"E43AC9D2"_s, ParityStatus::NotApplicable));
    QVERIFY(hasCandidate(read, u"mifare-csn4", {}, u"D2C93AE4"_s, ParityStatus::NotApplicable));
}

void TestDecoder::decimalSerialReadings()
{
    // A reader that prints the UID little-endian in decimal gives 3536403172 for E4 3A C9 D2.
    const DecodedRead read = Ui::decodeRawRead(u"3536403172"_s);
    QVERIFY(hasCandidate(read, u"mifare-csn4", {}, u"E43AC9D2"_s, ParityStatus::NotApplicable));
    QVERIFY(hasCandidate(read, u"mifare-csn4", {}, u"D2C93AE4"_s, ParityStatus::NotApplicable));
}

void TestDecoder::unreadableInputNamesValue()
{
    const DecodedRead read = Ui::decodeRawRead(u"12.5E+3"_s);
    QVERIFY(read.candidates.isEmpty());
    QVERIFY2(read.error.contains(u"12.5E+3"_s), qPrintable(read.error));
    QVERIFY(!Ui::decodeRawRead(QString()).error.isEmpty());
}

void TestDecoder::dialogShowsHoldersAndAssigns()
{
    DecoderDialog dialog;
    QStringList lookedUp;
    dialog.setHolderLookup([&lookedUp](const QString &cardNumber, const QString &facilityCode) {
        lookedUp.append(facilityCode + u':' + cardNumber);
        QList<Core::CardHolder> holders;
        if (cardNumber == u"1091"_s && facilityCode == u"202"_s)
            holders.append({u"u-7"_s, u"Jonas Weber"_s});
        return holders;
    });
    dialog.setTargetUser(u"u-1"_s, u"Anna Berg"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setRawRead(u"0x1940887"_s, 26);
    QVERIFY(lookedUp.contains(u"202:1091"_s));

    auto *table = dialog.findChild<QTableWidget *>(u"candidatesTableWidget"_s);
    int h10301Row = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (dialog.decodedRead().candidates.at(row).format->id == u"h10301")
            h10301Row = row;
    }
    QVERIFY(h10301Row >= 0);
    QCOMPARE(table->item(h10301Row, DecoderDialog::FacilityCodeColumn)->text(), u"202"_s);
    QCOMPARE(table->item(h10301Row, DecoderDialog::CardNumberColumn)->text(), u"1091"_s);
    QCOMPARE(dialog.holdersText(h10301Row), u"Jonas Weber"_s);

    dialog.selectCandidate(h10301Row);
    auto *assign = dialog.findChild<QPushButton *>(u"assignButton"_s);
    QVERIFY(assign->isEnabled());
    QVERIFY(assign->text().contains(u"Anna Berg"_s));
    QTest::mouseClick(assign, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const std::optional<Core::Credential> card = dialog.chosenCredential();
    QVERIFY(card.has_value());
    QCOMPARE(card->formatId, u"h10301"_s);
    QCOMPARE(card->scanData, QStringList{u"202:1091"_s});
    QVERIFY(card->active);
}

void TestDecoder::dialogWithoutUserCannotAssign()
{
    DecoderDialog dialog;
    dialog.setRawRead(u"0x1940887/26"_s);
    QVERIFY(dialog.chosenCredential().has_value());
    QVERIFY(!dialog.findChild<QPushButton *>(u"assignButton"_s)->isEnabled());
}

void TestDecoder::dialogKeyboardAssign()
{
    DecoderDialog dialog;
    dialog.setTargetUser(u"u-1"_s, u"Anna Berg"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *input = dialog.findChild<QLineEdit *>(u"rawReadLineEdit"_s);
    input->setFocus();
    QTest::keyClicks(input, u"E4:3A:C9:D2"_s);
    QVERIFY(dialog.findChild<QLabel *>(u"serialReadingsLabel"_s)->text().contains(u"3536403172"_s));
    QTest::keyClick(input, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const std::optional<Core::Credential> card = dialog.chosenCredential();
    QVERIFY(card.has_value());
    QCOMPARE(card->cardNumber, dialog.decodedRead().candidates.first().cardNumber);
}

QTEST_MAIN(TestDecoder)
#include "tst_decoder.moc"
