// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardvalidation.h"

#include "cardserial.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace CardDesk::Core {

namespace {

// Gives the functions below the context CardDesk::Core::CardValidation at run time and in lupdate, which
// files an unqualified tr() call in a namespace under the namespace.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(CardDesk::Core::CardValidation)
};

// Messages contain the en dash as a literal character, because lupdate 6.4 reads "0\u20139" as one
// escape with five hex digits, so the .ts would file the message under a text tr() never looks up.

// Maximum number of decimal digits in a quint64 (18446744073709551615).
constexpr qsizetype MaxUnsigned64Digits = 20;

CardIssue makeIssue(CardField field, CardProblem problem, const QString &value, const QString &reason,
                    const QString &action)
{
    return CardIssue{field, problem, value, reason, action, -1};
}

// Field names open a sentence, so they are capitalised.
QString fieldLabel(CardField field)
{
    switch (field) {
    case CardField::Format:
        return Text::tr("Card format");
    case CardField::FacilityCode:
        return Text::tr("Facility code");
    case CardField::CardNumber:
        return Text::tr("Card number");
    case CardField::CredentialType:
        return Text::tr("Credential type");
    }
    return {};
}

QString rangeText(NumberRange range)
{
    return u"%1\u2013%2"_s.arg(range.min).arg(range.max);
}

bool isAsciiDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool isAsciiLettersAndDigits(QStringView text)
{
    for (const QChar c : text) {
        const bool digit = c >= u'0' && c <= u'9';
        const bool letter = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
        if (!digit && !letter)
            return false;
    }
    return true;
}

// Reads decimal digits with any leading zeros. Returns nothing when the value exceeds 64 bits.
std::optional<quint64> parseDecimal(QStringView digits)
{
    qsizetype start = 0;
    while (start < digits.size() - 1 && digits.at(start) == u'0')
        ++start;
    const QStringView significant = digits.mid(start);
    if (significant.size() > MaxUnsigned64Digits)
        return std::nullopt;
    bool ok = false;
    const quint64 value = significant.toULongLong(&ok, 10);
    return ok ? std::optional<quint64>(value) : std::nullopt;
}

// Selection of the Excel damage patterns to check. Hex serials may contain the letter E and are
// often written with spaces between bytes, so those two patterns apply to decimal text only.
struct ExcelPatterns
{
    bool exponentWithoutSign = true;
    bool spaceGrouping = true;
};

std::optional<CardProblem> detectExcelDamage(const QString &text, ExcelPatterns patterns)
{
    static const QRegularExpression signedExponent(u"^[0-9]+([.,][0-9]+)?[eE][+-][0-9]+$"_s);
    static const QRegularExpression unsignedExponent(u"^[0-9]+([.,][0-9]+)?[eE][0-9]+$"_s);
    static const QRegularExpression punctuationGrouping(u"^[0-9]{1,3}([,.'\u2019][0-9]{3})+$"_s);
    static const QRegularExpression spaceGroupingPattern(u"^[0-9]{1,3}([ \u00A0\u202F][0-9]{3})+$"_s);
    // Only zeros after the point: "1091.5" was never a card number, so it is not reported as damage.
    static const QRegularExpression zeroDecimalPart(u"^[0-9]+[.,]0+$"_s);

    if (signedExponent.match(text).hasMatch())
        return CardProblem::ExcelScientific;
    if (patterns.exponentWithoutSign && unsignedExponent.match(text).hasMatch())
        return CardProblem::ExcelScientific;
    if (punctuationGrouping.match(text).hasMatch())
        return CardProblem::ExcelThousands;
    if (patterns.spaceGrouping && spaceGroupingPattern.match(text).hasMatch())
        return CardProblem::ExcelThousands;
    if (zeroDecimalPart.match(text).hasMatch())
        return CardProblem::ExcelDecimal;
    return std::nullopt;
}

CardIssue excelIssue(CardField field, CardProblem problem, const QString &value)
{
    const QString label = fieldLabel(field);
    switch (problem) {
    case CardProblem::ExcelScientific:
        return makeIssue(field, problem, value,
                         Text::tr("%1 %2 is in scientific notation, which Excel shows for long numbers, so "
                                  "its last digits are lost.")
                             .arg(label, value),
                         Text::tr("Copy the number from the card or the original file, and format the "
                                  "column as Text before opening the file in Excel."));
    case CardProblem::ExcelThousands:
        return makeIssue(field, problem, value,
                         Text::tr("%1 %2 contains thousands separators, which Excel adds when it formats "
                                  "the column as a number.")
                             .arg(label, value),
                         Text::tr("Remove the separators, and format the column as Text in Excel."));
    default:
        return makeIssue(field, problem, value,
                         Text::tr("%1 %2 has a decimal part, which Excel adds when it stores the value as "
                                  "a number.")
                             .arg(label, value),
                         Text::tr("Remove the decimal part and check that no leading zeros were dropped. "
                                  "Format the column as Text in Excel."));
    }
}

FieldValidation rejected(CardIssue issue)
{
    return FieldValidation{{}, std::move(issue)};
}

FieldValidation accepted(const QString &normalised)
{
    return FieldValidation{normalised, std::nullopt};
}

// Checks the length and then the Excel damage patterns, which every field shares.
std::optional<CardIssue> checkTextShape(CardField field, const QString &value, ExcelPatterns patterns)
{
    if (value.size() > MaxCardTextLength) {
        // A whole pasted document would bury the message, so the message quotes only its start.
        constexpr qsizetype MaxQuoted = 80;
        constexpr qsizetype QuotedStart = 32;
        const QString quoted = value.size() > MaxQuoted ? value.left(QuotedStart) + u'\u2026' : value;
        return makeIssue(field, CardProblem::TooLong, value,
                         Text::tr("%1 %2 is longer than %3 characters.")
                             .arg(fieldLabel(field), quoted, QString::number(MaxCardTextLength)),
                         Text::tr("Check that only one value was pasted into the field."));
    }
    if (const auto damage = detectExcelDamage(value, patterns))
        return excelIssue(field, *damage, value);
    return std::nullopt;
}

FieldValidation validateDecimal(const CardFormat &format, CardField field, const QString &value,
                                NumberRange range)
{
    if (auto issue = checkTextShape(field, value, ExcelPatterns{}))
        return rejected(std::move(*issue));

    if (!isAsciiDigits(value)) {
        const QString action = field == CardField::CardNumber
                                   ? Text::tr("Remove the other characters, or choose a format whose card "
                                              "numbers are hex serials.")
                                   : Text::tr("Remove the other characters.");
        return rejected(makeIssue(field, CardProblem::NotDecimal, value,
                                  Text::tr("%1 %2 must contain only the digits 0–9 for %3.")
                                      .arg(fieldLabel(field), value, format.displayName()),
                                  action));
    }

    const std::optional<quint64> number = parseDecimal(value);
    if (!number || *number < range.min || *number > range.max) {
        return rejected(makeIssue(field, CardProblem::OutOfRange, value,
                                  Text::tr("%1 %2 is out of range for %3 (%4).")
                                      .arg(fieldLabel(field), value, format.displayName(), rangeText(range)),
                                  Text::tr("Check the format or the number.")));
    }
    return accepted(value);
}

// Returns advice for a serial of the wrong size, which is often a reading in another form.
QString wrongSizeAction(const CardFormat &format, const QString &value, const QString &normalised)
{
    const bool randomId = normalised.size() == 8 && normalised.startsWith(u"08"_s);
    if (randomId && format.serialBytes != 4) {
        return Text::tr(
            "A 4-byte serial that starts with 08 is a random ID that changes on every read. "
            "Use the card's fixed UID instead, which the system that issued the card can provide.");
    }
    if (isAsciiDigits(value)) {
        return Text::tr("If this is a decimal reading from a reader, convert it to hex first, or check "
                        "the number.");
    }
    return Text::tr("Check for a missing or extra digit, or choose the format with the matching serial "
                    "length.");
}

FieldValidation validateHexSerial(const CardFormat &format, const QString &value)
{
    const ExcelPatterns hexPatterns{false, false};
    if (auto issue = checkTextShape(CardField::CardNumber, value, hexPatterns))
        return rejected(std::move(*issue));

    const QString normalised = normaliseHexText(value);
    const int expectedDigits = format.serialBytes * 2;
    if (!isUpperHex(normalised)) {
        return rejected(
            makeIssue(CardField::CardNumber, CardProblem::NotHex, value,
                      Text::tr("Card number %1 is not valid hex. %2 serials use only the digits 0–9 and "
                               "the letters A–F.")
                          .arg(value, format.displayName()),
                      Text::tr("Check the number, or choose a format whose card numbers are decimal.")));
    }
    if (normalised.size() % 2 != 0) {
        return rejected(makeIssue(CardField::CardNumber, CardProblem::OddHexLength, value,
                                  Text::tr("Card number %1 has an odd number of hex digits, but %2 serials "
                                           "are %3 whole bytes (%4 hex digits).")
                                      .arg(value, format.displayName(), QString::number(format.serialBytes),
                                           QString::number(expectedDigits)),
                                  wrongSizeAction(format, value, normalised)));
    }
    if (normalised.size() != expectedDigits) {
        return rejected(
            makeIssue(CardField::CardNumber, CardProblem::WrongByteCount, value,
                      Text::tr("Card number %1 has %2 bytes, but %3 serials have %4 bytes (%5 "
                               "hex digits).")
                          .arg(value, QString::number(normalised.size() / 2), format.displayName(),
                               QString::number(format.serialBytes), QString::number(expectedDigits)),
                      wrongSizeAction(format, value, normalised)));
    }
    return accepted(normalised);
}

FieldValidation validateRawText(const CardFormat &format, const QString &value)
{
    const ExcelPatterns rawPatterns{false, true};
    if (auto issue = checkTextShape(CardField::CardNumber, value, rawPatterns))
        return rejected(std::move(*issue));

    if (!isAsciiLettersAndDigits(value)) {
        return rejected(makeIssue(CardField::CardNumber, CardProblem::InvalidCharacters, value,
                                  Text::tr("Card number %1 contains characters other than the letters "
                                           "A–Z and the digits 0–9, which %2 does not accept.")
                                      .arg(value, format.displayName()),
                                  Text::tr("Remove spaces, punctuation and other characters.")));
    }
    return accepted(value);
}

QString holderNames(const QList<CardHolder> &holders)
{
    QStringList names;
    for (const CardHolder &holder : holders)
        names.append(holder.displayName.isEmpty() ? holder.userId : holder.displayName);
    return names.join(u", "_s);
}

CardIssue unknownFormatIssue(const Credential &credential)
{
    if (credential.formatId.isEmpty()) {
        return makeIssue(CardField::Format, CardProblem::UnknownFormat, credential.formatId,
                         Text::tr("Card %1 has no card format.").arg(credential.displayNumber()),
                         Text::tr("Edit the card and choose its format from the list."));
    }
    return makeIssue(CardField::Format, CardProblem::UnknownFormat, credential.formatId,
                     Text::tr("Card %1 has the card format \"%2\", which this version of CardDesk does not "
                              "know.")
                         .arg(credential.displayNumber(), credential.formatId),
                     Text::tr("Edit the card and choose its format from the list."));
}

} // namespace

QString comparableCardText(const QString &text)
{
    const QString trimmed = text.trimmed().toUpper();
    if (!isAsciiDigits(trimmed))
        return trimmed;
    qsizetype start = 0;
    while (start < trimmed.size() - 1 && trimmed.at(start) == u'0')
        ++start;
    return trimmed.mid(start);
}

QString comparableCardKey(const QString &cardNumber, const QString &facilityCode)
{
    // A colon never occurs in a valid value, so it keeps the two parts apart.
    return comparableCardText(facilityCode) + u':' + comparableCardText(cardNumber);
}

bool isEquivalentCard(const Credential &first, const Credential &second)
{
    return comparableCardKey(first.cardNumber, first.facilityCode) ==
           comparableCardKey(second.cardNumber, second.facilityCode);
}

FieldValidation validateCardNumber(const CardFormat &format, const QString &text)
{
    const QString value = text.trimmed();
    if (value.isEmpty()) {
        return rejected(makeIssue(CardField::CardNumber, CardProblem::Missing, value,
                                  Text::tr("The card number is missing for %1.").arg(format.displayName()),
                                  Text::tr("Enter the number from the card or from the reader.")));
    }
    switch (format.cardNumberBase) {
    case NumberBase::Decimal:
        return validateDecimal(format, CardField::CardNumber, value, format.cardNumberRange);
    case NumberBase::Hex:
        return validateHexSerial(format, value);
    case NumberBase::Text:
        return validateRawText(format, value);
    }
    return validateRawText(format, value);
}

FieldValidation validateFacilityCode(const CardFormat &format, const QString &text)
{
    const QString value = text.trimmed();
    if (format.facilityCodeUse == FacilityCodeUse::None) {
        if (value.isEmpty())
            return accepted({});
        return rejected(makeIssue(
            CardField::FacilityCode, CardProblem::NotAllowed, value,
            Text::tr("%1 has no facility code, but %2 was entered.").arg(format.displayName(), value),
            Text::tr("Leave the facility code empty, or choose a format with a "
                     "facility code.")));
    }
    if (value.isEmpty()) {
        if (format.facilityCodeUse == FacilityCodeUse::Optional)
            return accepted({});
        return rejected(
            makeIssue(CardField::FacilityCode, CardProblem::Missing, value,
                      Text::tr("The facility code is missing for %1.").arg(format.displayName()),
                      Text::tr("Enter the facility code (%1).").arg(rangeText(format.facilityCodeRange))));
    }
    return validateDecimal(format, CardField::FacilityCode, value, format.facilityCodeRange);
}

CardValidation validateCard(const CardFormat &format, const QString &facilityCode, const QString &cardNumber)
{
    CardValidation validation;
    const FieldValidation facility = validateFacilityCode(format, facilityCode);
    const FieldValidation number = validateCardNumber(format, cardNumber);
    if (facility.issue)
        validation.issues.append(*facility.issue);
    if (number.issue)
        validation.issues.append(*number.issue);
    if (validation.ok()) {
        validation.facilityCode = facility.normalised;
        validation.cardNumber = number.normalised;
    }
    return validation;
}

CredentialBuild makeCredential(const CardFormat &format, const QString &facilityCode,
                               const QString &cardNumber, bool active, const CredentialTypeMap &typeMap)
{
    CredentialBuild build;
    const CardValidation validation = validateCard(format, facilityCode, cardNumber);
    if (!validation.ok()) {
        build.issues = validation.issues;
        return build;
    }

    Credential &credential = build.credential;
    credential.formatId = format.id.toString();
    credential.credentialType = typeMap.credentialType(format);
    credential.cardNumber = validation.cardNumber;
    credential.facilityCode = validation.facilityCode;
    credential.scanData = QStringList{format.scanData(validation.facilityCode, validation.cardNumber)};
    credential.active = active;
    return build;
}

QList<CardIssue> findDuplicateCards(const QList<Credential> &credentials)
{
    QList<CardIssue> issues;
    QHash<QString, qsizetype> firstIndexByCard;
    for (qsizetype i = 0; i < credentials.size(); ++i) {
        const Credential &credential = credentials.at(i);
        const QString key = comparableCardKey(credential.cardNumber, credential.facilityCode);
        const auto found = firstIndexByCard.constFind(key);
        if (found == firstIndexByCard.constEnd()) {
            firstIndexByCard.insert(key, i);
            continue;
        }
        CardIssue issue = makeIssue(
            CardField::CardNumber, CardProblem::DuplicateInSet, credential.displayNumber(),
            Text::tr("Card %1 is listed twice for this user (cards %2 and %3).")
                .arg(credential.displayNumber(), QString::number(*found + 1), QString::number(i + 1)),
            Text::tr("Remove one of them."));
        issue.index = int(i);
        issues.append(issue);
    }
    return issues;
}

QList<CardIssue> findCardsHeldByOthers(const QString &userId, const QList<Credential> &credentials,
                                       const CardHolderLookup &lookup)
{
    QList<CardIssue> issues;
    if (!lookup)
        return issues;
    for (qsizetype i = 0; i < credentials.size(); ++i) {
        const Credential &credential = credentials.at(i);
        if (!credential.active || credential.cardNumber.isEmpty())
            continue;
        QList<CardHolder> others = lookup(credential.cardNumber, credential.facilityCode);
        others.removeIf([&userId](const CardHolder &holder) { return holder.userId == userId; });
        if (others.isEmpty())
            continue;
        CardIssue issue =
            makeIssue(CardField::CardNumber, CardProblem::HeldByOtherUser, credential.displayNumber(),
                      Text::tr("Card %1 is already active for %2.")
                          .arg(credential.displayNumber(), holderNames(others)),
                      Text::tr("Deactivate it there first, or check the number."));
        issue.index = int(i);
        issues.append(issue);
    }
    return issues;
}

QList<CardIssue> validateCardSet(const QString &userId, const QList<Credential> &credentials,
                                 const CardHolderLookup &lookup)
{
    QList<CardIssue> issues;
    for (qsizetype i = 0; i < credentials.size(); ++i) {
        const Credential &credential = credentials.at(i);
        QList<CardIssue> cardIssues;
        if (const CardFormat *format = findCardFormat(credential.formatId))
            cardIssues = validateCard(*format, credential.facilityCode, credential.cardNumber).issues;
        else
            cardIssues.append(unknownFormatIssue(credential));
        if (credential.credentialType.trimmed().isEmpty()) {
            cardIssues.append(
                makeIssue(CardField::CredentialType, CardProblem::Missing, {},
                          Text::tr("Card %1 has no credential type.").arg(credential.displayNumber()),
                          Text::tr("Set the credential type for its card format in the settings, "
                                   "then edit the card again.")));
        }
        for (CardIssue &issue : cardIssues)
            issue.index = int(i);
        issues.append(cardIssues);
    }
    issues.append(findDuplicateCards(credentials));
    issues.append(findCardsHeldByOthers(userId, credentials, lookup));
    return issues;
}

} // namespace CardDesk::Core
