// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cardvalidation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk::Core;

Q_DECLARE_METATYPE(CardDesk::Core::CardField)
Q_DECLARE_METATYPE(CardDesk::Core::CardProblem)

namespace {

const CardFormat &format(const QString &id)
{
    const CardFormat *found = findCardFormat(id);
    if (!found)
        qFatal("Card format %s is missing from the catalogue", qPrintable(id));
    return *found;
}

Credential card(const QString &formatId, const QString &facilityCode, const QString &cardNumber,
                bool active = true)
{
    const CredentialBuild build = makeCredential(format(formatId), facilityCode, cardNumber, active, {});
    if (!build.ok())
        qFatal("Test card %s is invalid: %s", qPrintable(cardNumber),
               qPrintable(build.issues.constFirst().message()));
    return build.credential;
}

} // namespace

class TestCardValidation : public QObject
{
    Q_OBJECT

private slots:
    void validCards_data();
    void validCards();
    void invalidCards_data();
    void invalidCards();
    void excelDamage_data();
    void excelDamage();
    void bothFieldsReported();
    void makeCredentialBuildsNormalisedCredential();
    void makeCredentialUsesTypeOverride();
    void makeCredentialRejectsInvalidInput();
    void duplicateCardInSet();
    void noDuplicateForDifferentFacilityCode();
    void cardHeldByOtherUser();
    void cardHeldOnlyBySameUser();
    void inactiveCardNotLookedUp();
    void setValidationWithoutLookup();
    void setValidationReportsEveryIssue();
};

void TestCardValidation::validCards_data()
{
    QTest::addColumn<QString>("formatId");
    QTest::addColumn<QString>("facilityCode");
    QTest::addColumn<QString>("cardNumber");
    QTest::addColumn<QString>("expectedFacilityCode");
    QTest::addColumn<QString>("expectedCardNumber");

    QTest::newRow("26-bit") << u"h10301"_s << u"202"_s << u"1091"_s << u"202"_s << u"1091"_s;
    QTest::newRow("26-bit zeros and spaces")
        << u"h10301"_s << u" 007 "_s << u"\t01091 "_s << u"007"_s << u"01091"_s;
    QTest::newRow("26-bit lower bound") << u"h10301"_s << u"0"_s << u"0"_s << u"0"_s << u"0"_s;
    QTest::newRow("26-bit upper bound") << u"h10301"_s << u"255"_s << u"65535"_s << u"255"_s << u"65535"_s;
    QTest::newRow("34-bit") << u"h10306"_s << u"65535"_s << u"65535"_s << u"65535"_s << u"65535"_s;
    QTest::newRow("C1k35") << u"c1k35"_s << u"4095"_s << u"1048575"_s << u"4095"_s << u"1048575"_s;
    QTest::newRow("C1k48") << u"c1k48"_s << u"4194303"_s << u"8388607"_s << u"4194303"_s << u"8388607"_s;
    QTest::newRow("H10302 max") << u"h10302"_s << QString() << u"34359738367"_s << QString()
                                << u"34359738367"_s;
    QTest::newRow("H10304") << u"h10304"_s << u"1234"_s << u"56789"_s << u"1234"_s << u"56789"_s;
    QTest::newRow("iCLASS 26-bit") << u"iclass-h10301"_s << u"202"_s << u"1091"_s << u"202"_s << u"1091"_s;
    QTest::newRow("MIFARE 4-byte colons")
        << u"mifare-csn4"_s << QString() << u"e4:3a:c9:d2"_s << QString() << u"E43AC9D2"_s;
    QTest::newRow("MIFARE 4-byte 0x")
        << u"mifare-csn4"_s << QString() << u"0xE43AC9D2"_s << QString() << u"E43AC9D2"_s;
    QTest::newRow("MIFARE 4-byte spaces")
        << u"mifare-csn4"_s << QString() << u"E4 3A C9 D2"_s << QString() << u"E43AC9D2"_s;
    QTest::newRow("MIFARE 4-byte leading zero")
        << u"mifare-csn4"_s << QString() << u"00-3A-C9-D2"_s << QString() << u"003AC9D2"_s;
    QTest::newRow("MIFARE 4-byte letter E")
        << u"mifare-csn4"_s << QString() << u"12E45678"_s << QString() << u"12E45678"_s;
    QTest::newRow("MIFARE 7-byte") << u"mifare-csn7"_s << QString() << u"04a1b2c3d4e5f6"_s << QString()
                                   << u"04A1B2C3D4E5F6"_s;
    QTest::newRow("DESFire 7-byte") << u"desfire-csn7"_s << QString() << u"04:A1:B2:C3:D4:E5:F6"_s
                                    << QString() << u"04A1B2C3D4E5F6"_s;
    QTest::newRow("iCLASS CSN") << u"iclass-csn"_s << QString() << u"E0 12 34 56 78 9A BC DE"_s << QString()
                                << u"E0123456789ABCDE"_s;
    QTest::newRow("EM4100") << u"em4100"_s << QString() << u"0102030405"_s << QString() << u"0102030405"_s;
    QTest::newRow("raw, case kept") << u"raw"_s << QString() << u"abC123"_s << QString() << u"abC123"_s;
    QTest::newRow("raw with FC") << u"raw"_s << u"0042"_s << u"X1"_s << u"0042"_s << u"X1"_s;
    QTest::newRow("raw with E in it") << u"raw"_s << QString() << u"1E5"_s << QString() << u"1E5"_s;
}

void TestCardValidation::validCards()
{
    QFETCH(QString, formatId);
    QFETCH(QString, facilityCode);
    QFETCH(QString, cardNumber);
    QFETCH(QString, expectedFacilityCode);
    QFETCH(QString, expectedCardNumber);

    const CardValidation validation = validateCard(format(formatId), facilityCode, cardNumber);
    QVERIFY2(validation.ok(), qPrintable(validation.issues.value(0).message()));
    QCOMPARE(validation.facilityCode, expectedFacilityCode);
    QCOMPARE(validation.cardNumber, expectedCardNumber);
}

void TestCardValidation::invalidCards_data()
{
    QTest::addColumn<QString>("formatId");
    QTest::addColumn<QString>("facilityCode");
    QTest::addColumn<QString>("cardNumber");
    QTest::addColumn<CardField>("field");
    QTest::addColumn<CardProblem>("problem");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");

    QTest::newRow("CN above range")
        << u"h10301"_s << u"202"_s << u"70000"_s << CardField::CardNumber << CardProblem::OutOfRange
        << u"70000"_s
        << u"Card number 70000 is out of range for HID H10301 26-bit (0\u201365535). Check the format or "
           "the number."_s;
    QTest::newRow("FC above range")
        << u"h10301"_s << u"256"_s << u"1"_s << CardField::FacilityCode << CardProblem::OutOfRange << u"256"_s
        << u"Facility code 256 is out of range for HID H10301 26-bit (0\u2013255). Check the format or the "
           "number."_s;
    QTest::newRow("CN beyond 64 bits")
        << u"h10302"_s << QString() << u"99999999999999999999999"_s << CardField::CardNumber
        << CardProblem::OutOfRange << u"99999999999999999999999"_s
        << u"Card number 99999999999999999999999 is out of range for HID H10302 37-bit (no facility "
           "code) (0\u201334359738367). Check the format or the number."_s;
    QTest::newRow("H10302 one above range")
        << u"h10302"_s << QString() << u"34359738368"_s << CardField::CardNumber << CardProblem::OutOfRange
        << u"34359738368"_s
        << u"Card number 34359738368 is out of range for HID H10302 37-bit (no facility code) "
           "(0\u201334359738367). Check the format or the number."_s;
    QTest::newRow("FC missing")
        << u"h10301"_s << u"  "_s << u"1091"_s << CardField::FacilityCode << CardProblem::Missing << QString()
        << u"The facility code is missing for HID H10301 26-bit. Enter the facility code (0\u2013255)."_s;
    QTest::newRow("CN missing")
        << u"h10301"_s << u"202"_s << QString() << CardField::CardNumber << CardProblem::Missing << QString()
        << u"The card number is missing for HID H10301 26-bit. Enter the number from the card or from the "
           "reader."_s;
    QTest::newRow("CN with a letter")
        << u"h10301"_s << u"202"_s << u"12a4"_s << CardField::CardNumber << CardProblem::NotDecimal
        << u"12a4"_s
        << u"Card number 12a4 must contain only the digits 0\u20139 for HID H10301 26-bit. Remove the "
           "other characters, or choose a format whose card numbers are hex serials."_s;
    QTest::newRow("FC with a space")
        << u"h10301"_s << u"20 2"_s << u"1"_s << CardField::FacilityCode << CardProblem::NotDecimal
        << u"20 2"_s
        << u"Facility code 20 2 must contain only the digits 0\u20139 for HID H10301 26-bit. Remove the "
           "other characters."_s;
    QTest::newRow("CN negative")
        << u"h10301"_s << u"1"_s << u"-5"_s << CardField::CardNumber << CardProblem::NotDecimal << u"-5"_s
        << u"Card number -5 must contain only the digits 0\u20139 for HID H10301 26-bit. Remove the other "
           "characters, or choose a format whose card numbers are hex serials."_s;
    QTest::newRow("FC for a format without one")
        << u"h10302"_s << u"5"_s << u"123"_s << CardField::FacilityCode << CardProblem::NotAllowed << u"5"_s
        << u"HID H10302 37-bit (no facility code) has no facility code, but 5 was entered. Leave the "
           "facility code empty, or choose a format with a facility code."_s;
    QTest::newRow("FC for a serial")
        << u"mifare-csn4"_s << u"1"_s << u"E43AC9D2"_s << CardField::FacilityCode << CardProblem::NotAllowed
        << u"1"_s
        << u"MIFARE Classic CSN, 4-byte has no facility code, but 1 was entered. Leave the facility code "
           "empty, or choose a format with a facility code."_s;
    QTest::newRow("too long")
        << u"h10301"_s << u"1"_s << QString(65, u'0') << CardField::CardNumber << CardProblem::TooLong
        << QString(65, u'0')
        << QString(u"Card number "_s + QString(65, u'0') +
                   u" is longer than 64 characters. Check that only one value was pasted into the field."_s);
    QTest::newRow("pasted text quoted by its start")
        << u"h10301"_s << u"1"_s << QString(100000, u'7') << CardField::CardNumber << CardProblem::TooLong
        << QString(100000, u'7')
        << QString(u"Card number "_s + QString(32, u'7') +
                   u"\u2026 is longer than 64 characters. Check that only one value was pasted into the field."_s);
    QTest::newRow("serial not hex")
        << u"mifare-csn4"_s << QString() << u"E43AC9G2"_s << CardField::CardNumber << CardProblem::NotHex
        << u"E43AC9G2"_s
        << u"Card number E43AC9G2 is not valid hex. MIFARE Classic CSN, 4-byte serials use only the "
           "digits 0\u20139 and the letters A\u2013F. Check the number, or choose a format whose card "
           "numbers are decimal."_s;
    QTest::newRow("serial odd length")
        << u"mifare-csn4"_s << QString() << u"E43AC9D"_s << CardField::CardNumber << CardProblem::OddHexLength
        << u"E43AC9D"_s
        << u"Card number E43AC9D has an odd number of hex digits, but MIFARE Classic CSN, 4-byte serials "
           "are 4 whole bytes (8 hex digits). Check for a missing or extra digit, or choose the format "
           "with the matching serial length."_s;
    QTest::newRow("decimal reading in a hex field")
        << u"mifare-csn4"_s << QString() << u"3536403172"_s << CardField::CardNumber
        << CardProblem::WrongByteCount << u"3536403172"_s
        << u"Card number 3536403172 has 5 bytes, but MIFARE Classic CSN, 4-byte serials have 4 bytes (8 "
           "hex digits). If this is a decimal reading from a reader, convert it to hex first, or check "
           "the number."_s;
    QTest::newRow("4-byte UID for a 7-byte format")
        << u"mifare-csn7"_s << QString() << u"E43AC9D2"_s << CardField::CardNumber
        << CardProblem::WrongByteCount << u"E43AC9D2"_s
        << u"Card number E43AC9D2 has 4 bytes, but MIFARE Classic CSN, 7-byte serials have 7 bytes (14 hex "
           "digits). Check for a missing or extra digit, or choose the format with the matching serial "
           "length."_s;
    QTest::newRow("DESFire random ID")
        << u"desfire-csn7"_s << QString() << u"08A1B2C3"_s << CardField::CardNumber
        << CardProblem::WrongByteCount << u"08A1B2C3"_s
        << u"Card number 08A1B2C3 has 4 bytes, but MIFARE DESFire CSN, 7-byte serials have 7 bytes (14 hex "
           "digits). A 4-byte serial that starts with 08 is a random ID that changes on every read. Use the "
           "card's fixed UID instead, which the system that issued the card can provide."_s;
    QTest::newRow("decimal that is not Excel damage")
        << u"h10301"_s << u"1"_s << u"1091.5"_s << CardField::CardNumber << CardProblem::NotDecimal
        << u"1091.5"_s
        << u"Card number 1091.5 must contain only the digits 0\u20139 for HID H10301 26-bit. Remove the "
           "other characters, or choose a format whose card numbers are hex serials."_s;
    QTest::newRow("percent sign kept in message")
        << u"h10301"_s << u"1"_s << QString(u"%3"_s + QString(63, u'1')) << CardField::CardNumber
        << CardProblem::TooLong << QString(u"%3"_s + QString(63, u'1'))
        << QString(u"Card number %3"_s + QString(63, u'1') +
                   u" is longer than 64 characters. Check that only one value was pasted into the field."_s);
    QTest::newRow("raw punctuation")
        << u"raw"_s << QString() << u"AB-12"_s << CardField::CardNumber << CardProblem::InvalidCharacters
        << u"AB-12"_s
        << u"Card number AB-12 contains characters other than the letters A\u2013Z and the digits 0\u20139, "
           "which Raw card data (other format) does not accept. Remove spaces, punctuation and other "
           "characters."_s;
    QTest::newRow("raw FC not decimal")
        << u"raw"_s << u"FC1"_s << u"AB12"_s << CardField::FacilityCode << CardProblem::NotDecimal << u"FC1"_s
        << u"Facility code FC1 must contain only the digits 0\u20139 for Raw card data (other format). "
           "Remove the other characters."_s;
}

void TestCardValidation::invalidCards()
{
    QFETCH(QString, formatId);
    QFETCH(QString, facilityCode);
    QFETCH(QString, cardNumber);
    QFETCH(CardField, field);
    QFETCH(CardProblem, problem);
    QFETCH(QString, value);
    QFETCH(QString, message);

    const CardValidation validation = validateCard(format(formatId), facilityCode, cardNumber);
    QCOMPARE(validation.issues.size(), 1);
    const CardIssue &issue = validation.issues.constFirst();
    QCOMPARE(issue.field, field);
    QCOMPARE(issue.problem, problem);
    QCOMPARE(issue.value, value);
    QCOMPARE(issue.message(), message);
    QCOMPARE(issue.index, -1);
    QVERIFY(validation.cardNumber.isEmpty());
    QVERIFY(validation.facilityCode.isEmpty());
}

void TestCardValidation::excelDamage_data()
{
    QTest::addColumn<QString>("formatId");
    QTest::addColumn<CardField>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<CardProblem>("problem");
    QTest::addColumn<QString>("message");

    const QString scientificAction = u"Copy the number from the card or the original file, and format the "
                                     "column as Text before opening the file in Excel."_s;
    const QString thousandsAction = u"Remove the separators, and format the column as Text in Excel."_s;
    const QString decimalAction = u"Remove the decimal part and check that no leading zeros were dropped. "
                                  "Format the column as Text in Excel."_s;

    QTest::newRow("scientific")
        << u"h10302"_s << CardField::CardNumber << u"1.23457E+09"_s << CardProblem::ExcelScientific
        << QString(u"Card number 1.23457E+09 is in scientific notation, which Excel shows for long "
                   "numbers, so its last digits are lost. "_s +
                   scientificAction);
    QTest::newRow("scientific, decimal comma")
        << u"h10302"_s << CardField::CardNumber << u"1,23457E+10"_s << CardProblem::ExcelScientific
        << QString(u"Card number 1,23457E+10 is in scientific notation, which Excel shows for long "
                   "numbers, so its last digits are lost. "_s +
                   scientificAction);
    QTest::newRow("scientific, no sign")
        << u"h10301"_s << CardField::CardNumber << u"1E5"_s << CardProblem::ExcelScientific
        << QString(u"Card number 1E5 is in scientific notation, which Excel shows for long numbers, so its "
                   "last digits are lost. "_s +
                   scientificAction);
    QTest::newRow("scientific serial")
        << u"mifare-csn4"_s << CardField::CardNumber << u"3.53640E+09"_s << CardProblem::ExcelScientific
        << QString(u"Card number 3.53640E+09 is in scientific notation, which Excel shows for long "
                   "numbers, so its last digits are lost. "_s +
                   scientificAction);
    QTest::newRow("scientific raw")
        << u"raw"_s << CardField::CardNumber << u"1.23457E+09"_s << CardProblem::ExcelScientific
        << QString(u"Card number 1.23457E+09 is in scientific notation, which Excel shows for long "
                   "numbers, so its last digits are lost. "_s +
                   scientificAction);
    QTest::newRow("trailing .0")
        << u"h10301"_s << CardField::CardNumber << u"1091.0"_s << CardProblem::ExcelDecimal
        << QString(u"Card number 1091.0 has a decimal part, which Excel adds when it stores the value as a "
                   "number. "_s +
                   decimalAction);
    QTest::newRow("FC trailing .0")
        << u"h10301"_s << CardField::FacilityCode << u"202.0"_s << CardProblem::ExcelDecimal
        << QString(u"Facility code 202.0 has a decimal part, which Excel adds when it stores the value as "
                   "a number. "_s +
                   decimalAction);
    QTest::newRow("serial trailing .0")
        << u"mifare-csn4"_s << CardField::CardNumber << u"3536403172.0"_s << CardProblem::ExcelDecimal
        << QString(u"Card number 3536403172.0 has a decimal part, which Excel adds when it stores the "
                   "value as a number. "_s +
                   decimalAction);
    QTest::newRow("thousands comma")
        << u"h10301"_s << CardField::CardNumber << u"1,091"_s << CardProblem::ExcelThousands
        << QString(u"Card number 1,091 contains thousands separators, which Excel adds when it formats the "
                   "column as a number. "_s +
                   thousandsAction);
    QTest::newRow("thousands period")
        << u"h10302"_s << CardField::CardNumber << u"123.456.789"_s << CardProblem::ExcelThousands
        << QString(u"Card number 123.456.789 contains thousands separators, which Excel adds when it "
                   "formats the column as a number. "_s +
                   thousandsAction);
    QTest::newRow("thousands space")
        << u"h10301"_s << CardField::CardNumber << u"1 091"_s << CardProblem::ExcelThousands
        << QString(u"Card number 1 091 contains thousands separators, which Excel adds when it formats the "
                   "column as a number. "_s +
                   thousandsAction);
    QTest::newRow("thousands no-break space")
        << u"h10301"_s << CardField::CardNumber << u"1\u00A0091"_s << CardProblem::ExcelThousands
        << QString(u"Card number 1\u00A0091 contains thousands separators, which Excel adds when it formats "
                   "the column as a number. "_s +
                   thousandsAction);
    QTest::newRow("thousands apostrophe")
        << u"h10301"_s << CardField::CardNumber << u"1'091"_s << CardProblem::ExcelThousands
        << QString(u"Card number 1'091 contains thousands separators, which Excel adds when it formats the "
                   "column as a number. "_s +
                   thousandsAction);
    QTest::newRow("FC thousands")
        << u"c1k48"_s << CardField::FacilityCode << u"4,194,303"_s << CardProblem::ExcelThousands
        << QString(u"Facility code 4,194,303 contains thousands separators, which Excel adds when it "
                   "formats the column as a number. "_s +
                   thousandsAction);
    QTest::newRow("serial thousands")
        << u"mifare-csn4"_s << CardField::CardNumber << u"3,536,403,172"_s << CardProblem::ExcelThousands
        << QString(u"Card number 3,536,403,172 contains thousands separators, which Excel adds when it "
                   "formats the column as a number. "_s +
                   thousandsAction);
}

void TestCardValidation::excelDamage()
{
    QFETCH(QString, formatId);
    QFETCH(CardField, field);
    QFETCH(QString, value);
    QFETCH(CardProblem, problem);
    QFETCH(QString, message);

    const CardFormat &cardFormat = format(formatId);
    const FieldValidation validation = field == CardField::CardNumber
                                           ? validateCardNumber(cardFormat, value)
                                           : validateFacilityCode(cardFormat, value);
    QVERIFY(!validation.ok());
    QCOMPARE(validation.issue->field, field);
    QCOMPARE(validation.issue->problem, problem);
    QCOMPARE(validation.issue->value, value);
    QCOMPARE(validation.issue->message(), message);
    QVERIFY(validation.normalised.isEmpty());
}

void TestCardValidation::bothFieldsReported()
{
    const CardValidation validation = validateCard(format(u"h10301"_s), u"300"_s, u"70000"_s);
    QCOMPARE(validation.issues.size(), 2);
    QCOMPARE(validation.issues.at(0).field, CardField::FacilityCode);
    QCOMPARE(validation.issues.at(1).field, CardField::CardNumber);
}

void TestCardValidation::makeCredentialBuildsNormalisedCredential()
{
    const CredentialBuild build = makeCredential(format(u"h10301"_s), u" 202"_s, u"01091 "_s, true, {});
    QVERIFY(build.ok());
    const Credential &credential = build.credential;
    QCOMPARE(credential.formatId, u"h10301"_s);
    QCOMPARE(credential.credentialType, u"HID Prox"_s);
    QCOMPARE(credential.facilityCode, u"202"_s);
    QCOMPARE(credential.cardNumber, u"01091"_s);
    QCOMPARE(credential.scanData, QStringList{u"202:01091"_s});
    QVERIFY(credential.active);

    const CredentialBuild serial = makeCredential(format(u"mifare-csn4"_s), {}, u"e4 3a c9 d2"_s, false, {});
    QVERIFY(serial.ok());
    QCOMPARE(serial.credential.formatId, u"mifare-csn4"_s);
    QCOMPARE(serial.credential.credentialType, u"Mifare"_s);
    QCOMPARE(serial.credential.cardNumber, u"E43AC9D2"_s);
    QVERIFY(serial.credential.facilityCode.isEmpty());
    QCOMPARE(serial.credential.scanData, QStringList{u"E43AC9D2"_s});
    QVERIFY(!serial.credential.active);

    const CredentialBuild noFacility = makeCredential(format(u"h10302"_s), {}, u"123456789"_s, true, {});
    QVERIFY(noFacility.ok());
    QCOMPARE(noFacility.credential.scanData, QStringList{u"123456789"_s});
}

void TestCardValidation::makeCredentialUsesTypeOverride()
{
    CredentialTypeMap typeMap;
    typeMap.setOverride(u"iclass-h10301"_s, u"HID iCLASS"_s);
    const CredentialBuild build = makeCredential(format(u"iclass-h10301"_s), u"1"_s, u"2"_s, true, typeMap);
    QVERIFY(build.ok());
    QCOMPARE(build.credential.credentialType, u"HID iCLASS"_s);
    QCOMPARE(build.credential.scanData, QStringList{u"1:2"_s});
}

void TestCardValidation::makeCredentialRejectsInvalidInput()
{
    const CredentialBuild build = makeCredential(format(u"h10301"_s), u"202"_s, u"70000"_s, true, {});
    QVERIFY(!build.ok());
    QCOMPARE(build.issues.size(), 1);
    QCOMPARE(build.issues.constFirst().problem, CardProblem::OutOfRange);
    QCOMPARE(build.credential, Credential{});
}

void TestCardValidation::duplicateCardInSet()
{
    const QList<Credential> credentials{
        card(u"h10301"_s, u"202"_s, u"1091"_s),
        card(u"h10301"_s, u"1"_s, u"1"_s),
        card(u"iclass-h10301"_s, u"202"_s, u"01091"_s, false),
        card(u"mifare-csn4"_s, {}, u"E43AC9D2"_s),
        card(u"mifare-csn4"_s, {}, u"e4:3a:c9:d2"_s),
    };
    const QList<CardIssue> issues = findDuplicateCards(credentials);
    QCOMPARE(issues.size(), 2);

    QCOMPARE(issues.at(0).problem, CardProblem::DuplicateInSet);
    QCOMPARE(issues.at(0).field, CardField::CardNumber);
    QCOMPARE(issues.at(0).index, 2);
    QCOMPARE(issues.at(0).value, u"202:01091"_s);
    QCOMPARE(issues.at(0).message(),
             u"Card 202:01091 is listed twice for this user (cards 1 and 3). Remove one of them."_s);

    QCOMPARE(issues.at(1).index, 4);
    QCOMPARE(issues.at(1).message(),
             u"Card E43AC9D2 is listed twice for this user (cards 4 and 5). Remove one of them."_s);
}

void TestCardValidation::noDuplicateForDifferentFacilityCode()
{
    const QList<Credential> credentials{
        card(u"h10301"_s, u"202"_s, u"1091"_s),
        card(u"h10301"_s, u"203"_s, u"1091"_s),
        card(u"h10302"_s, {}, u"2021091"_s),
    };
    QVERIFY(findDuplicateCards(credentials).isEmpty());
}

void TestCardValidation::cardHeldByOtherUser()
{
    QList<QPair<QString, QString>> lookedUp;
    const CardHolderLookup lookup = [&lookedUp](const QString &cardNumber, const QString &facilityCode) {
        lookedUp.append({cardNumber, facilityCode});
        if (cardNumber == u"1091"_s && facilityCode == u"202"_s) {
            return QList<CardHolder>{
                {u"user-1"_s, u"Grace Hopper"_s}, {u"user-2"_s, u"Ada Lovelace"_s}, {u"user-3"_s, QString()}};
        }
        return QList<CardHolder>{};
    };

    const QList<Credential> credentials{
        card(u"h10301"_s, u"1"_s, u"1"_s),
        card(u"h10301"_s, u"202"_s, u"1091"_s),
    };
    const QList<CardIssue> issues = findCardsHeldByOthers(u"user-1"_s, credentials, lookup);
    QCOMPARE(lookedUp.size(), 2);
    QCOMPARE(lookedUp.at(1), qMakePair(u"1091"_s, u"202"_s));
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.at(0).problem, CardProblem::HeldByOtherUser);
    QCOMPARE(issues.at(0).index, 1);
    QCOMPARE(issues.at(0).value, u"202:1091"_s);
    QCOMPARE(issues.at(0).message(),
             u"Card 202:1091 is already active for Ada Lovelace, user-3. Deactivate it there first, or "
             "check the number."_s);
}

void TestCardValidation::cardHeldOnlyBySameUser()
{
    const CardHolderLookup lookup = [](const QString &, const QString &) {
        return QList<CardHolder>{{u"user-1"_s, u"Grace Hopper"_s}};
    };
    const QList<Credential> credentials{card(u"h10301"_s, u"202"_s, u"1091"_s)};
    QVERIFY(findCardsHeldByOthers(u"user-1"_s, credentials, lookup).isEmpty());
}

void TestCardValidation::inactiveCardNotLookedUp()
{
    int calls = 0;
    const CardHolderLookup lookup = [&calls](const QString &, const QString &) {
        ++calls;
        return QList<CardHolder>{{u"user-2"_s, u"Ada Lovelace"_s}};
    };
    const QList<Credential> credentials{card(u"h10301"_s, u"202"_s, u"1091"_s, false)};
    QVERIFY(findCardsHeldByOthers(u"user-1"_s, credentials, lookup).isEmpty());
    QCOMPARE(calls, 0);
}

void TestCardValidation::setValidationWithoutLookup()
{
    const QList<Credential> credentials{card(u"h10301"_s, u"202"_s, u"1091"_s)};
    QVERIFY(validateCardSet(u"user-1"_s, credentials).isEmpty());
    QVERIFY(findCardsHeldByOthers(u"user-1"_s, credentials, {}).isEmpty());
}

void TestCardValidation::setValidationReportsEveryIssue()
{
    Credential unknownFormat = card(u"h10301"_s, u"5"_s, u"5"_s);
    unknownFormat.formatId = u"h99999"_s;
    Credential noFormat = card(u"h10301"_s, u"6"_s, u"6"_s);
    noFormat.formatId.clear();
    Credential noType = card(u"h10301"_s, u"7"_s, u"7"_s);
    noType.credentialType = u" "_s;
    Credential outOfRange = card(u"h10301"_s, u"8"_s, u"8"_s);
    outOfRange.cardNumber = u"70000"_s;

    const QList<Credential> credentials{
        card(u"h10301"_s, u"202"_s, u"1091"_s), unknownFormat, noFormat, noType, outOfRange,
        card(u"h10301"_s, u"202"_s, u"1091"_s),
    };
    const CardHolderLookup lookup = [](const QString &cardNumber, const QString &) {
        return cardNumber == u"7"_s ? QList<CardHolder>{{u"user-9"_s, u"Alan Turing"_s}}
                                    : QList<CardHolder>{};
    };

    const QList<CardIssue> issues = validateCardSet(u"user-1"_s, credentials, lookup);
    QCOMPARE(issues.size(), 6);

    QCOMPARE(issues.at(0).index, 1);
    QCOMPARE(issues.at(0).field, CardField::Format);
    QCOMPARE(issues.at(0).problem, CardProblem::UnknownFormat);
    QCOMPARE(issues.at(0).value, u"h99999"_s);
    QCOMPARE(issues.at(0).message(),
             u"Card 5:5 has the card format \"h99999\", which this version of CardDesk does not know. Edit "
             "the card and choose its format from the list."_s);

    QCOMPARE(issues.at(1).index, 2);
    QCOMPARE(issues.at(1).message(),
             u"Card 6:6 has no card format. Edit the card and choose its format from the list."_s);

    QCOMPARE(issues.at(2).index, 3);
    QCOMPARE(issues.at(2).field, CardField::CredentialType);
    QCOMPARE(issues.at(2).problem, CardProblem::Missing);
    QCOMPARE(issues.at(2).message(),
             u"Card 7:7 has no credential type. Set the credential type for its card format in the "
             "settings, then edit the card again."_s);

    QCOMPARE(issues.at(3).index, 4);
    QCOMPARE(issues.at(3).problem, CardProblem::OutOfRange);

    QCOMPARE(issues.at(4).index, 5);
    QCOMPARE(issues.at(4).problem, CardProblem::DuplicateInSet);

    QCOMPARE(issues.at(5).index, 3);
    QCOMPARE(issues.at(5).problem, CardProblem::HeldByOtherUser);
}

QTEST_GUILESS_MAIN(TestCardValidation)
#include "tst_cardvalidation.moc"
