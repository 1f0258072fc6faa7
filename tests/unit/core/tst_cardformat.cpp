// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cardformat.h"
#include "core/cardserial.h"

#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk::Core;

class TestCardFormat : public QObject
{
    Q_OBJECT

private slots:
    void catalogueIds();
    void namesAreUniqueAndSet();
    void findUnknownFormat();
    void wiegandFormatsMatchLayout();
    void layoutsUseEveryBitOnce_data();
    void layoutsUseEveryBitOnce();
    void serialFormatsHaveNoLayout();
    void defaultCredentialTypes_data();
    void defaultCredentialTypes();
    void scanData_data();
    void scanData();
    void typeMapOverride();
    void typeMapBlankOverrideRemoves();
    void typeMapSettingsRoundTrip();
    void typeMapSkipsBadValues();
    void normaliseHexText_data();
    void normaliseHexText();
    void serialReadings();
    void serialSevenByteReadings();
    void serialReadingsRejectBadInput_data();
    void serialReadingsRejectBadInput();
};

void TestCardFormat::catalogueIds()
{
    // Ids are stored in settings and the credential register, so an id may be added but never
    // renamed or removed.
    const QStringList expected{
        u"h10301"_s,        u"h10306"_s,        u"c1k35"_s,         u"c1k48"_s,        u"h10302"_s,
        u"h10304"_s,        u"iclass-h10301"_s, u"iclass-h10306"_s, u"iclass-c1k35"_s, u"iclass-c1k48"_s,
        u"iclass-h10302"_s, u"iclass-h10304"_s, u"iclass-csn"_s,    u"mifare-csn4"_s,  u"mifare-csn7"_s,
        u"desfire-csn7"_s,  u"em4100"_s,        u"raw"_s,
    };
    QStringList ids;
    for (const CardFormat &format : cardFormats())
        ids.append(format.id.toString());
    QCOMPARE(ids, expected);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
}

void TestCardFormat::namesAreUniqueAndSet()
{
    QSet<QString> names;
    for (const CardFormat &format : cardFormats()) {
        const QString name = format.displayName();
        QVERIFY2(!name.isEmpty(), qPrintable(format.id.toString()));
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
    }
    QCOMPARE(findCardFormat(u"h10301")->displayName(), u"HID H10301 26-bit"_s);
}

void TestCardFormat::findUnknownFormat()
{
    QCOMPARE(findCardFormat(u"h99999"), nullptr);
    QCOMPARE(findCardFormat(u""), nullptr);
    QCOMPARE(findWiegandLayout(u"h99999"), nullptr);
}

void TestCardFormat::wiegandFormatsMatchLayout()
{
    int wiegandFormats = 0;
    for (const CardFormat &format : cardFormats()) {
        if (!format.wiegand)
            continue;
        ++wiegandFormats;
        const QByteArray id = format.id.toLatin1();
        const WiegandLayout &layout = *format.wiegand;
        QVERIFY2(findWiegandLayout(layout.id) == &layout, id.constData());
        QCOMPARE(format.bitLength, layout.length);
        QCOMPARE(format.cardNumberBase, NumberBase::Decimal);
        QCOMPARE(format.cardNumberRange.min, quint64(0));
        QCOMPARE(format.cardNumberRange.max, layout.cardNumberMax());
        QCOMPARE(format.hasFacilityCode(), layout.facilityCode.isPresent());
        if (format.hasFacilityCode()) {
            QCOMPARE(format.facilityCodeUse, FacilityCodeUse::Required);
            QCOMPARE(format.facilityCodeRange.max, layout.facilityCodeMax());
            QCOMPARE(format.scanDataForm, ScanDataForm::FacilityColonNumber);
        }
    }
    QCOMPARE(wiegandFormats, 12);

    // Ranges as HID publishes them.
    QCOMPARE(findCardFormat(u"h10301")->facilityCodeRange.max, quint64(255));
    QCOMPARE(findCardFormat(u"h10301")->cardNumberRange.max, quint64(65535));
    QCOMPARE(findCardFormat(u"h10306")->facilityCodeRange.max, quint64(65535));
    QCOMPARE(findCardFormat(u"c1k35")->facilityCodeRange.max, quint64(4095));
    QCOMPARE(findCardFormat(u"c1k35")->cardNumberRange.max, quint64(1048575));
    QCOMPARE(findCardFormat(u"c1k48")->facilityCodeRange.max, quint64(4194303));
    QCOMPARE(findCardFormat(u"c1k48")->cardNumberRange.max, quint64(8388607));
    QCOMPARE(findCardFormat(u"h10302")->cardNumberRange.max, quint64(34359738367));
    QVERIFY(!findCardFormat(u"h10302")->hasFacilityCode());
    QCOMPARE(findCardFormat(u"h10304")->facilityCodeRange.max, quint64(65535));
    QCOMPARE(findCardFormat(u"h10304")->cardNumberRange.max, quint64(524287));
}

void TestCardFormat::layoutsUseEveryBitOnce_data()
{
    QTest::addColumn<QString>("layoutId");
    for (const WiegandLayout *layout : wiegandLayouts())
        QTest::newRow(qPrintable(layout->id.toString())) << layout->id.toString();
}

void TestCardFormat::layoutsUseEveryBitOnce()
{
    QFETCH(QString, layoutId);
    const WiegandLayout &layout = *findWiegandLayout(layoutId);
    QVERIFY(layout.length <= 63);

    QList<int> uses(layout.length + 1, 0);
    auto useField = [&uses](BitField field) {
        for (int position = field.first; field.isPresent() && position <= field.last(); ++position)
            ++uses[position];
    };
    useField(layout.facilityCode);
    useField(layout.cardNumber);
    for (int i = 0; i < layout.parityBitCount; ++i) {
        const ParityBit &parityBit = layout.parityBits.at(i);
        ++uses[parityBit.position];
        // A parity bit never covers itself.
        QCOMPARE(parityBit.mask(layout.length) & (quint64(1) << (layout.length - parityBit.position)),
                 quint64(0));
    }
    for (int position = 1; position <= layout.length; ++position)
        QVERIFY2(uses.at(position) == 1, qPrintable(u"position %1"_s.arg(position)));
}

void TestCardFormat::serialFormatsHaveNoLayout()
{
    for (const CardFormat &format : cardFormats()) {
        if (format.cardNumberBase != NumberBase::Hex)
            continue;
        QVERIFY(!format.wiegand);
        QVERIFY(!format.hasFacilityCode());
        QCOMPARE(format.bitLength, format.serialBytes * 8);
        QCOMPARE(format.scanDataForm, ScanDataForm::NumberOnly);
    }
    QCOMPARE(findCardFormat(u"mifare-csn4")->serialBytes, 4);
    QCOMPARE(findCardFormat(u"mifare-csn7")->serialBytes, 7);
    QCOMPARE(findCardFormat(u"desfire-csn7")->serialBytes, 7);
    QCOMPARE(findCardFormat(u"iclass-csn")->serialBytes, 8);
    QCOMPARE(findCardFormat(u"em4100")->bitLength, 40);
    QCOMPARE(findCardFormat(u"raw")->cardNumberBase, NumberBase::Text);
    QCOMPARE(findCardFormat(u"raw")->facilityCodeUse, FacilityCodeUse::Optional);
}

void TestCardFormat::defaultCredentialTypes_data()
{
    QTest::addColumn<QString>("formatId");
    QTest::addColumn<QString>("credentialType");

    QTest::newRow("h10301") << u"h10301"_s << u"HID Prox"_s;
    QTest::newRow("c1k48") << u"c1k48"_s << u"HID Prox"_s;
    QTest::newRow("iclass-h10301") << u"iclass-h10301"_s << u"iCLASS"_s;
    QTest::newRow("iclass-csn") << u"iclass-csn"_s << u"iCLASS"_s;
    QTest::newRow("mifare-csn4") << u"mifare-csn4"_s << u"Mifare"_s;
    QTest::newRow("mifare-csn7") << u"mifare-csn7"_s << u"Mifare"_s;
    QTest::newRow("desfire-csn7") << u"desfire-csn7"_s << u"DESFire"_s;
    QTest::newRow("em4100") << u"em4100"_s << u"EM4100"_s;
    QTest::newRow("raw") << u"raw"_s << u"Other"_s;
}

void TestCardFormat::defaultCredentialTypes()
{
    QFETCH(QString, formatId);
    QFETCH(QString, credentialType);

    const CredentialTypeMap typeMap;
    QCOMPARE(typeMap.credentialType(*findCardFormat(formatId)), credentialType);
    QCOMPARE(typeMap.credentialType(formatId), credentialType);
}

void TestCardFormat::scanData_data()
{
    QTest::addColumn<QString>("formatId");
    QTest::addColumn<QString>("facilityCode");
    QTest::addColumn<QString>("cardNumber");
    QTest::addColumn<QString>("scanData");

    QTest::newRow("26-bit") << u"h10301"_s << u"202"_s << u"1091"_s << u"202:1091"_s;
    QTest::newRow("leading zeros kept, none added")
        << u"h10301"_s << u"007"_s << u"00123"_s << u"007:00123"_s;
    QTest::newRow("no facility code") << u"h10302"_s << QString() << u"123456789"_s << u"123456789"_s;
    QTest::newRow("serial") << u"mifare-csn4"_s << QString() << u"E43AC9D2"_s << u"E43AC9D2"_s;
    QTest::newRow("raw with FC") << u"raw"_s << u"5"_s << u"AB12"_s << u"5:AB12"_s;
    QTest::newRow("raw without FC") << u"raw"_s << QString() << u"AB12"_s << u"AB12"_s;
}

void TestCardFormat::scanData()
{
    QFETCH(QString, formatId);
    QFETCH(QString, facilityCode);
    QFETCH(QString, cardNumber);
    QFETCH(QString, scanData);

    QCOMPARE(findCardFormat(formatId)->scanData(facilityCode, cardNumber), scanData);
}

void TestCardFormat::typeMapOverride()
{
    CredentialTypeMap typeMap;
    typeMap.setOverride(u"mifare-csn4"_s, u"  MIFARE Classic  "_s);
    QCOMPARE(typeMap.credentialType(*findCardFormat(u"mifare-csn4")), u"MIFARE Classic"_s);
    QCOMPARE(typeMap.credentialType(*findCardFormat(u"mifare-csn7")), u"Mifare"_s);
    QCOMPARE(typeMap.credentialType(u"no-such-format"), QString());

    typeMap.removeOverride(u"mifare-csn4"_s);
    QCOMPARE(typeMap.credentialType(u"mifare-csn4"), u"Mifare"_s);
    QVERIFY(typeMap.overrides().isEmpty());
}

void TestCardFormat::typeMapBlankOverrideRemoves()
{
    CredentialTypeMap typeMap;
    typeMap.setOverride(u"h10301"_s, u"Prox"_s);
    typeMap.setOverride(u"h10301"_s, u"   "_s);
    QCOMPARE(typeMap.credentialType(u"h10301"), u"HID Prox"_s);
    QVERIFY(typeMap.overrides().isEmpty());
}

void TestCardFormat::typeMapSettingsRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"carddesk.ini"_s);

    CredentialTypeMap written;
    written.setOverride(u"h10301"_s, u"Prox 26"_s);
    written.setOverride(u"desfire-csn7"_s, u"DESFire EV2"_s);
    written.setOverride(u"format-from-newer-version"_s, u"Future"_s);
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(u"credentialTypes"_s, written.toVariantMap());
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    }

    QSettings settings(path, QSettings::IniFormat);
    const CredentialTypeMap read =
        CredentialTypeMap::fromVariantMap(settings.value(u"credentialTypes"_s).toMap());
    QCOMPARE(read, written);
    QCOMPARE(read.credentialType(u"h10301"), u"Prox 26"_s);
    QCOMPARE(read.credentialType(u"format-from-newer-version"), u"Future"_s);
}

void TestCardFormat::typeMapSkipsBadValues()
{
    const QVariantMap map{
        {u"h10301"_s, 42},
        {u"h10306"_s, u"  "_s},
        {u"c1k35"_s, QVariant()},
        {u"c1k48"_s, u"Corporate 1000"_s},
    };
    const CredentialTypeMap typeMap = CredentialTypeMap::fromVariantMap(map);
    QCOMPARE(typeMap.overrides().size(), 1);
    QCOMPARE(typeMap.credentialType(u"h10301"), u"HID Prox"_s);
    QCOMPARE(typeMap.credentialType(u"c1k48"), u"Corporate 1000"_s);
}

void TestCardFormat::normaliseHexText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalised");

    QTest::newRow("plain") << u"E43AC9D2"_s << u"E43AC9D2"_s;
    QTest::newRow("lower case") << u"e43ac9d2"_s << u"E43AC9D2"_s;
    QTest::newRow("0x prefix") << u"0xE43AC9D2"_s << u"E43AC9D2"_s;
    QTest::newRow("0X prefix") << u"0Xe43ac9d2"_s << u"E43AC9D2"_s;
    QTest::newRow("spaces") << u" E4 3A C9 D2 "_s << u"E43AC9D2"_s;
    QTest::newRow("colons") << u"E4:3A:C9:D2"_s << u"E43AC9D2"_s;
    QTest::newRow("hyphens") << u"E4-3A-C9-D2"_s << u"E43AC9D2"_s;
    QTest::newRow("leading zeros kept") << u"00 0A"_s << u"000A"_s;
    QTest::newRow("other characters kept") << u"E4.3A"_s << u"E4.3A"_s;
}

void TestCardFormat::normaliseHexText()
{
    QFETCH(QString, text);
    QFETCH(QString, normalised);

    QCOMPARE(CardDesk::Core::normaliseHexText(text), normalised);
}

void TestCardFormat::serialReadings()
{
    // Bytes E4 3A C9 D2 read little-endian are 0xD2C93AE4.
    QCOMPARE(serialValueLittleEndian(u"E4 3A C9 D2"), std::optional<quint64>(3536403172));
    QCOMPARE(serialDecimalLittleEndian(u"E43AC9D2"), u"3536403172"_s);
    QCOMPARE(serialValueBigEndian(u"E43AC9D2"), std::optional<quint64>(3829058002));
    QCOMPARE(serialDecimalBigEndian(u"e4:3a:c9:d2"), u"3829058002"_s);
    QCOMPARE(reverseSerialBytes(u"E43AC9D2"), u"D2C93AE4"_s);
    QCOMPARE(reverseSerialBytes(u"0x0102"), u"0201"_s);
    QCOMPARE(serialDecimalBigEndian(u"00000001"), u"1"_s);
}

void TestCardFormat::serialSevenByteReadings()
{
    QCOMPARE(serialDecimalBigEndian(u"04A1B2C3D4E5F6"), u"1303689068602870"_s);
    QCOMPARE(serialDecimalLittleEndian(u"04A1B2C3D4E5F6"), u"69495546249912580"_s);
    QCOMPARE(reverseSerialBytes(u"04A1B2C3D4E5F6"), u"F6E5D4C3B2A104"_s);
    QCOMPARE(serialValueBigEndian(u"FFFFFFFFFFFFFFFF"), std::optional<quint64>(~quint64(0)));
}

void TestCardFormat::serialReadingsRejectBadInput_data()
{
    QTest::addColumn<QString>("hex");

    QTest::newRow("empty") << QString();
    QTest::newRow("odd length") << u"E43AC9D"_s;
    QTest::newRow("not hex") << u"E43AC9G2"_s;
    QTest::newRow("nine bytes") << u"0102030405060708FF"_s;
}

void TestCardFormat::serialReadingsRejectBadInput()
{
    QFETCH(QString, hex);

    QVERIFY(!serialValueLittleEndian(hex).has_value());
    QVERIFY(!serialValueBigEndian(hex).has_value());
    QCOMPARE(serialDecimalLittleEndian(hex), QString());
}

QTEST_GUILESS_MAIN(TestCardFormat)
#include "tst_cardformat.moc"
