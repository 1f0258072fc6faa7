// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cardformat.h"
#include "credential.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace CardDesk::Core {

enum class CardField
{
    Format,
    FacilityCode,
    CardNumber,
    CredentialType,
};

enum class CardProblem
{
    UnknownFormat,     ///< The format id is empty or not in the catalogue.
    Missing,           ///< A required value is empty.
    NotAllowed,        ///< A facility code was entered for a format that has none.
    TooLong,           ///< Longer than MaxCardTextLength characters.
    NotDecimal,        ///< A decimal field holds something other than 0–9.
    NotHex,            ///< A hex serial holds something other than 0–9 and A–F.
    OddHexLength,      ///< A hex serial is not whole bytes.
    WrongByteCount,    ///< A hex serial has a different byte count than the format.
    InvalidCharacters, ///< Raw card data holds something other than ASCII letters and digits.
    OutOfRange,        ///< A decimal value is outside the format's range.
    ExcelScientific,   ///< Excel turned a long number into scientific notation, such as 1.23457E+09.
    ExcelDecimal,      ///< Excel stored the value as a decimal number, such as 1091.0.
    ExcelThousands,    ///< Excel added thousands separators, such as 1,091.
    DuplicateInSet,    ///< The same card appears twice in one user's set.
    HeldByOtherUser,   ///< Another user already holds the card active.
};

/// Maximum length, in characters, of a card number or facility code.
inline constexpr qsizetype MaxCardTextLength = 64;

/// One problem with operator input, worded for the operator.
struct CardIssue
{
    CardField field = CardField::CardNumber;
    CardProblem problem = CardProblem::Missing;
    QString value;  ///< The offending value as entered (trimmed).
    QString reason; ///< What is wrong, naming the value and the format.
    QString action; ///< What to do next.
    int index = -1; ///< Position of the card in its set (0-based) for set checks; -1 otherwise.

    /// Returns the reason followed by the action, as one text for a message line.
    QString message() const { return reason + u' ' + action; }
};

/// The normalised text of one field, or the issue that prevents it.
struct FieldValidation
{
    QString normalised; ///< Empty when there is an issue or the optional field was left empty.
    std::optional<CardIssue> issue;

    bool ok() const { return !issue.has_value(); }
};

/// Validates a card number. Surrounding white space is removed in every base. Decimal numbers keep
/// their leading zeros. Hex serials lose "0x" and byte separators and are upper-cased. Raw card
/// data is kept as typed.
FieldValidation validateCardNumber(const CardFormat &format, const QString &text);
/// Validates a facility code, which must be decimal digits in the format's range. The format
/// decides whether it is required, optional or not allowed. Leading zeros are kept.
FieldValidation validateFacilityCode(const CardFormat &format, const QString &text);

/// Both fields of one card, normalised, with at most one issue per field.
struct CardValidation
{
    QString facilityCode;
    QString cardNumber;
    QList<CardIssue> issues; ///< Facility code issue first.

    bool ok() const { return issues.isEmpty(); }
};
CardValidation validateCard(const CardFormat &format, const QString &facilityCode, const QString &cardNumber);

/// A credential built from operator input, or the issues that prevent it.
struct CredentialBuild
{
    Credential credential; ///< Default-constructed unless ok().
    QList<CardIssue> issues;

    bool ok() const { return issues.isEmpty(); }
};

/// Validates the input and builds the credential Calven receives: the format id, the
/// credentialType from typeMap, the normalised card number and facility code, and scanData
/// derived as the format describes it.
CredentialBuild makeCredential(const CardFormat &format, const QString &facilityCode,
                               const QString &cardNumber, bool active, const CredentialTypeMap &typeMap);

/// Returns a card number or facility code in upper case and, when it is all digits, without
/// leading zeros, so that "04711" and "4711", or "ab12" and "AB12", give the same text.
QString comparableCardText(const QString &text);
/// Returns one text for a card's facility code and number, built from comparableCardText().
/// Two cards with the same key are the same card for findDuplicateCards().
QString comparableCardKey(const QString &cardNumber, const QString &facilityCode);
/// Returns true when findDuplicateCards() treats both as the same card.
bool isEquivalentCard(const Credential &first, const Credential &second);

/// Returns an issue for every card that repeats an earlier card of the same set. Cards match on
/// facility code and card number regardless of format or active state, because Calven's per-card
/// results carry only those two values. Leading zeros and letter case are ignored when comparing.
QList<CardIssue> findDuplicateCards(const QList<Credential> &credentials);

/// A user whose intended card set contains a given card as active.
struct CardHolder
{
    QString userId;
    QString displayName;
};

/// Returns the users whose intended card set contains this card as active. The store layer provides it.
using CardHolderLookup =
    std::function<QList<CardHolder>(const QString &cardNumber, const QString &facilityCode)>;

/// Returns an issue for each active card of userId's set that another user already holds.
/// The lookup receives the card number and facility code exactly as stored in the credential.
QList<CardIssue> findCardsHeldByOthers(const QString &userId, const QList<Credential> &credentials,
                                       const CardHolderLookup &lookup);

/// Checks a whole card set before it is queued. Each card is checked against its format and for a
/// non-empty credentialType, then the set for repeated cards and, when a lookup is given, for
/// cards another user holds. Values are only checked, never rewritten, because makeCredential()
/// is what normalises them.
QList<CardIssue> validateCardSet(const QString &userId, const QList<Credential> &credentials,
                                 const CardHolderLookup &lookup = {});

} // namespace CardDesk::Core
