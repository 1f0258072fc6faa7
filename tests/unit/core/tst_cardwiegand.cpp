// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cardformat.h"
#include "core/cardwiegand.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk::Core;

namespace {

const WiegandLayout &layout(QStringView id)
{
    const WiegandLayout *found = findWiegandLayout(id);
    if (!found)
        qFatal("Wiegand layout %s is missing from the catalogue", qPrintable(id.toString()));
    return *found;
}

// Returns a value spread evenly enough over 0..max for round-trip coverage.
quint64 randomUpTo(QRandomGenerator &random, quint64 max)
{
    const quint64 value = random.generate64();
    return max == ~quint64(0) ? value : value % (max + 1);
}

} // namespace

class TestCardWiegand : public QObject
{
    Q_OBJECT

private slots:
    void encodeVectors_data();
    void encodeVectors();
    void binaryVectors_data();
    void binaryVectors();
    void roundTrip_data();
    void roundTrip();
    void singleBitErrorFailsParity_data();
    void singleBitErrorFailsParity();
    void encodeRejectsOutOfRange_data();
    void encodeRejectsOutOfRange();
    void decodeRejectsWrongLength();
    void decodeNamesFailedParityBit();
    void candidatesFor37BitFrame();
    void candidatesFor26BitFrame();
    void startSentinel();
    void removeStartSentinelRejectsEmpty();
    void corporate1000ParityMasks();
};

void TestCardWiegand::encodeVectors_data()
{
    QTest::addColumn<QString>("layoutId");
    QTest::addColumn<quint64>("facilityCode");
    QTest::addColumn<quint64>("cardNumber");
    QTest::addColumn<quint64>("frame");

    QTest::newRow("H10301 202/1091") << u"h10301"_s << quint64(202) << quint64(1091) << quint64(0x1940887);
    QTest::newRow("H10301 0/0") << u"h10301"_s << quint64(0) << quint64(0) << quint64(0x0000001);
    QTest::newRow("H10301 255/65535") << u"h10301"_s << quint64(255) << quint64(65535) << quint64(0x1FFFFFF);
    QTest::newRow("H10301 1/11572") << u"h10301"_s << quint64(1) << quint64(11572) << quint64(0x0025A69);
    QTest::newRow("C1k35 100/12345") << u"c1k35"_s << quint64(100) << quint64(12345) << quint64(0x60C806072);
    QTest::newRow("H10304 1234/56789")
        << u"h10304"_s << quint64(1234) << quint64(56789) << quint64(0x104D21BBAA);
    QTest::newRow("H10302 123456789")
        << u"h10302"_s << quint64(0) << quint64(123456789) << quint64(0x100EB79A2B);
    // Cross-checked against a separate transcription of proxmark3's 48-bit packing arithmetic.
    QTest::newRow("C1k48 12345/678901")
        << u"c1k48"_s << quint64(12345) << quint64(678901) << quint64(0x303914B7EA);
    QTest::newRow("C1k48 0/0") << u"c1k48"_s << quint64(0) << quint64(0) << quint64(0x1);
}

void TestCardWiegand::encodeVectors()
{
    QFETCH(QString, layoutId);
    QFETCH(quint64, facilityCode);
    QFETCH(quint64, cardNumber);
    QFETCH(quint64, frame);

    const WiegandLayout &wiegand = layout(layoutId);
    const std::optional<WiegandFrame> encoded = encodeWiegand(wiegand, facilityCode, cardNumber);
    QVERIFY(encoded.has_value());
    QCOMPARE(encoded->length, wiegand.length);
    QCOMPARE(wiegandFrameToHex(*encoded), wiegandFrameToHex(WiegandFrame{frame, wiegand.length}));
    QCOMPARE(encoded->bits, frame);

    const std::optional<WiegandFields> decoded = decodeWiegand(wiegand, WiegandFrame{frame, wiegand.length});
    QVERIFY(decoded.has_value());
    QCOMPARE(decoded->facilityCode, facilityCode);
    QCOMPARE(decoded->cardNumber, cardNumber);
    QVERIFY(decoded->parityOk);
    QVERIFY(decoded->failedParityPositions.isEmpty());
}

void TestCardWiegand::binaryVectors_data()
{
    QTest::addColumn<QString>("layoutId");
    QTest::addColumn<quint64>("facilityCode");
    QTest::addColumn<quint64>("cardNumber");
    QTest::addColumn<QString>("binary");
    QTest::addColumn<QString>("hex");

    QTest::newRow("H10301 202/1091") << u"h10301"_s << quint64(202) << quint64(1091)
                                     << u"01100101000000100010000111"_s << u"1940887"_s;
    QTest::newRow("H10301 0/0") << u"h10301"_s << quint64(0) << quint64(0) << u"00000000000000000000000001"_s
                                << u"0000001"_s;
    QTest::newRow("C1k35 100/12345") << u"c1k35"_s << quint64(100) << quint64(12345)
                                     << u"11000001100100000000110000001110010"_s << u"60C806072"_s;
}

void TestCardWiegand::binaryVectors()
{
    QFETCH(QString, layoutId);
    QFETCH(quint64, facilityCode);
    QFETCH(quint64, cardNumber);
    QFETCH(QString, binary);
    QFETCH(QString, hex);

    const std::optional<WiegandFrame> encoded = encodeWiegand(layout(layoutId), facilityCode, cardNumber);
    QVERIFY(encoded.has_value());
    QCOMPARE(wiegandFrameToBinary(*encoded), binary);
    QCOMPARE(wiegandFrameToHex(*encoded), hex);
}

void TestCardWiegand::roundTrip_data()
{
    QTest::addColumn<QString>("layoutId");
    for (const WiegandLayout *wiegand : wiegandLayouts())
        QTest::newRow(qPrintable(wiegand->id.toString())) << wiegand->id.toString();
}

void TestCardWiegand::roundTrip()
{
    QFETCH(QString, layoutId);
    const WiegandLayout &wiegand = layout(layoutId);
    QRandomGenerator random(0xCA7DDE5Cu + quint32(wiegand.length));

    constexpr int Iterations = 10000;
    for (int i = 0; i < Iterations; ++i) {
        // The first two rounds cover both ends of each range.
        const quint64 facilityCode = i == 0   ? 0
                                     : i == 1 ? wiegand.facilityCodeMax()
                                              : randomUpTo(random, wiegand.facilityCodeMax());
        const quint64 cardNumber = i == 0   ? 0
                                   : i == 1 ? wiegand.cardNumberMax()
                                            : randomUpTo(random, wiegand.cardNumberMax());

        const std::optional<WiegandFrame> frame = encodeWiegand(wiegand, facilityCode, cardNumber);
        QVERIFY2(frame.has_value(), qPrintable(u"FC %1 CN %2"_s.arg(facilityCode).arg(cardNumber)));
        QVERIFY(frame->bits < (quint64(1) << wiegand.length));

        const std::optional<WiegandFields> fields = decodeWiegand(wiegand, *frame);
        QVERIFY(fields.has_value());
        QCOMPARE(fields->facilityCode, facilityCode);
        QCOMPARE(fields->cardNumber, cardNumber);
        QVERIFY2(fields->parityOk, qPrintable(wiegandFrameToBinary(*frame)));
    }
}

void TestCardWiegand::singleBitErrorFailsParity_data()
{
    roundTrip_data();
}

void TestCardWiegand::singleBitErrorFailsParity()
{
    QFETCH(QString, layoutId);
    const WiegandLayout &wiegand = layout(layoutId);
    QRandomGenerator random(0x5EEDu + quint32(wiegand.length));

    // Every position of these layouts is covered by at least one parity bit, so flipping any
    // single bit must be caught.
    for (int round = 0; round < 50; ++round) {
        const std::optional<WiegandFrame> frame =
            encodeWiegand(wiegand, randomUpTo(random, wiegand.facilityCodeMax()),
                          randomUpTo(random, wiegand.cardNumberMax()));
        QVERIFY(frame.has_value());
        for (int position = 1; position <= wiegand.length; ++position) {
            WiegandFrame damaged = *frame;
            damaged.bits ^= quint64(1) << (wiegand.length - position);
            const std::optional<WiegandFields> fields = decodeWiegand(wiegand, damaged);
            QVERIFY(fields.has_value());
            QVERIFY2(!fields->parityOk,
                     qPrintable(u"position %1 of %2"_s.arg(position).arg(wiegandFrameToBinary(damaged))));
        }
    }
}

void TestCardWiegand::encodeRejectsOutOfRange_data()
{
    QTest::addColumn<QString>("layoutId");
    QTest::addColumn<quint64>("facilityCode");
    QTest::addColumn<quint64>("cardNumber");

    QTest::newRow("H10301 FC 256") << u"h10301"_s << quint64(256) << quint64(1);
    QTest::newRow("H10301 CN 65536") << u"h10301"_s << quint64(1) << quint64(65536);
    QTest::newRow("H10302 with FC") << u"h10302"_s << quint64(1) << quint64(1);
    QTest::newRow("H10302 CN 2^35") << u"h10302"_s << quint64(0) << (quint64(1) << 35);
    QTest::newRow("H10304 CN 524288") << u"h10304"_s << quint64(0) << quint64(524288);
    QTest::newRow("C1k35 FC 4096") << u"c1k35"_s << quint64(4096) << quint64(0);
    QTest::newRow("C1k48 CN 8388608") << u"c1k48"_s << quint64(0) << quint64(8388608);
}

void TestCardWiegand::encodeRejectsOutOfRange()
{
    QFETCH(QString, layoutId);
    QFETCH(quint64, facilityCode);
    QFETCH(quint64, cardNumber);

    QVERIFY(!encodeWiegand(layout(layoutId), facilityCode, cardNumber).has_value());
}

void TestCardWiegand::decodeRejectsWrongLength()
{
    QVERIFY(!decodeWiegand(layout(u"h10301"), WiegandFrame{0x1940887, 27}).has_value());
    QVERIFY(!decodeWiegand(layout(u"h10304"), WiegandFrame{0x1940887, 26}).has_value());
}

void TestCardWiegand::decodeNamesFailedParityBit()
{
    // 202/1091 with the trailing odd parity bit cleared.
    const std::optional<WiegandFields> fields = decodeWiegand(layout(u"h10301"), WiegandFrame{0x1940886, 26});
    QVERIFY(fields.has_value());
    QVERIFY(!fields->parityOk);
    QCOMPARE(fields->failedParityPositions, QList<int>{26});
    QCOMPARE(fields->facilityCode, quint64(202));
    QCOMPARE(fields->cardNumber, quint64(1091));
}

void TestCardWiegand::candidatesFor37BitFrame()
{
    const QList<WiegandReading> readings = readWiegandCandidates(WiegandFrame{0x104D21BBAA, 37});
    QCOMPARE(readings.size(), 2);
    QCOMPARE(readings.at(0).layout->id.toString(), u"h10302"_s);
    QVERIFY(readings.at(0).fields.parityOk);
    QCOMPARE(readings.at(0).fields.cardNumber, (quint64(1234) << 19) | 56789);
    QCOMPARE(readings.at(1).layout->id.toString(), u"h10304"_s);
    QVERIFY(readings.at(1).fields.parityOk);
    QCOMPARE(readings.at(1).fields.facilityCode, quint64(1234));
    QCOMPARE(readings.at(1).fields.cardNumber, quint64(56789));
}

void TestCardWiegand::candidatesFor26BitFrame()
{
    // A naive decoder glues FC 1 and CN 11572 into 77108, but the layout keeps them apart.
    const QList<WiegandReading> readings = readWiegandCandidates(WiegandFrame{0x0025A69, 26});
    QCOMPARE(readings.size(), 1);
    QCOMPARE(readings.at(0).layout->id.toString(), u"h10301"_s);
    QCOMPARE(readings.at(0).fields.facilityCode, quint64(1));
    QCOMPARE(readings.at(0).fields.cardNumber, quint64(11572));

    QVERIFY(readWiegandCandidates(WiegandFrame{0x1, 30}).isEmpty());
}

void TestCardWiegand::startSentinel()
{
    const WiegandFrame frame{0x1940887, 26};
    QCOMPARE(addStartSentinel(frame), quint64(0x5940887));

    const std::optional<WiegandFrame> stripped = removeStartSentinel(0x5940887);
    QVERIFY(stripped.has_value());
    QCOMPARE(*stripped, frame);

    // A frame that starts with zeros keeps its full length behind the sentinel.
    const std::optional<WiegandFrame> zeros = removeStartSentinel(addStartSentinel(WiegandFrame{0x1, 26}));
    QVERIFY(zeros.has_value());
    QCOMPARE(zeros->length, 26);
    QCOMPARE(zeros->bits, quint64(0x1));
}

void TestCardWiegand::removeStartSentinelRejectsEmpty()
{
    QVERIFY(!removeStartSentinel(0).has_value());
    QVERIFY(!removeStartSentinel(1).has_value());
}

void TestCardWiegand::corporate1000ParityMasks()
{
    // Expected coverage written out position by position from HID's 35-bit layout: bit 2 covers
    // 3, 4, 6, 7, …, 33, 34 and bit 35 covers 2, 3, 5, 6, …, 32, 33.
    const WiegandLayout &c1k35 = layout(u"c1k35");
    quint64 even = 0;
    quint64 odd = 0;
    for (int pair = 0; pair < 11; ++pair) {
        for (int offset : {3, 4})
            even |= quint64(1) << (35 - (offset + 3 * pair));
        for (int offset : {2, 3})
            odd |= quint64(1) << (35 - (offset + 3 * pair));
    }
    QCOMPARE(c1k35.parityBits.at(0).position, 2);
    QCOMPARE(c1k35.parityBits.at(0).mask(35), even);
    QCOMPARE(c1k35.parityBits.at(1).position, 35);
    QCOMPARE(c1k35.parityBits.at(1).mask(35), odd);
    QCOMPARE(c1k35.parityBits.at(2).position, 1);
    QCOMPARE(c1k35.parityBits.at(2).mask(35), (quint64(1) << 34) - 1);
}

QTEST_GUILESS_MAIN(TestCardWiegand)
#include "tst_cardwiegand.moc"
