// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cardwiegand.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVariantMap>

#include <span>

namespace CardDesk::Core {

/// The radio technology of a card, which decides the default credentialType.
enum class CardTechnology
{
    HidProx,       ///< 125 kHz HID proximity, a Wiegand frame.
    HidIclass,     ///< 13.56 MHz HID iCLASS, carrying a Wiegand frame or identified by its CSN.
    MifareClassic, ///< NXP MIFARE Classic, identified by its UID (CSN).
    Desfire,       ///< NXP MIFARE DESFire, identified by its UID (CSN).
    Em4100,        ///< 125 kHz EM Microelectronic EM4100 read-only ID.
    Other,         ///< Anything else, entered as raw card data.
};

enum class FacilityCodeUse
{
    None,     ///< The format has no facility code; the field must stay empty.
    Required, ///< The format has one and the card number alone does not identify the card.
    Optional, ///< Raw data only: a facility code may be given.
};

/// Notation of the card number text.
enum class NumberBase
{
    Decimal, ///< Digits 0–9; leading zeros are kept as typed.
    Hex,     ///< A chip serial as upper-case hex, two digits per byte, in reading order.
    Text,    ///< Raw card data: ASCII letters and digits, kept as typed.
};

/// Rule that derives scanData from the normalised facility code and card number. Neither form
/// adds or removes zero padding. scanData repeats the text of the cardNumber and facilityCode
/// fields, so what Calven stores in both places matches, including leading zeros.
enum class ScanDataForm
{
    FacilityColonNumber, ///< "FC:CN", or "CN" alone when the facility code is empty.
    NumberOnly,          ///< "CN".
};

struct NumberRange
{
    quint64 min = 0;
    quint64 max = 0;
};

/// One entry of the card format catalogue.
struct CardFormat
{
    QStringView id;         ///< Stable id stored in settings and the register, such as "h10301".
    const char *sourceName; ///< Untranslated display name; show displayName() instead.
    CardTechnology technology;
    int bitLength;                ///< Wiegand frame or chip serial length in bits; 0 for raw data.
    const WiegandLayout *wiegand; ///< Null for chip serials and raw data.
    FacilityCodeUse facilityCodeUse;
    NumberRange facilityCodeRange; ///< Meaningful unless facilityCodeUse is None.
    NumberBase cardNumberBase;
    NumberRange cardNumberRange; ///< Meaningful for decimal card numbers.
    int serialBytes;             ///< Byte count of a hex chip serial; 0 otherwise.
    ScanDataForm scanDataForm;
    QStringView defaultCredentialType;

    QString displayName() const;
    bool hasFacilityCode() const { return facilityCodeUse != FacilityCodeUse::None; }
    /// Returns the scanData entry for already normalised values.
    QString scanData(const QString &facilityCode, const QString &cardNumber) const;
};

/// Returns the whole catalogue in display order. The entries live for the whole program.
std::span<const CardFormat> cardFormats();
/// Returns the entry with this id, or nullptr when the id is unknown.
const CardFormat *findCardFormat(QStringView id);

/// Returns each distinct Wiegand layout once, in catalogue order.
std::span<const WiegandLayout *const> wiegandLayouts();
const WiegandLayout *findWiegandLayout(QStringView id);

/// The credentialType sent for each card format, which is the catalogue default unless the
/// operator set an override. Calven does not document the allowed values, so sites may need their own.
class CredentialTypeMap
{
public:
    /// Returns the override for the format, or its default credentialType.
    QString credentialType(const CardFormat &format) const;
    /// Returns the override or default for a format id, or an empty string for an unknown id
    /// that has no override.
    QString credentialType(QStringView formatId) const;

    /// Sets the value sent for the format. A blank value removes the override.
    void setOverride(const QString &formatId, const QString &credentialType);
    void removeOverride(const QString &formatId);
    QHash<QString, QString> overrides() const { return m_overrides; }

    /// Returns the overrides as format id → credentialType, for QSettings.
    QVariantMap toVariantMap() const;
    /// Reads overrides written by toVariantMap(). Values that are not text, or blank, are skipped.
    /// Unknown format ids are kept, so settings written by a newer CardDesk survive a round trip.
    static CredentialTypeMap fromVariantMap(const QVariantMap &map);

    friend bool operator==(const CredentialTypeMap &, const CredentialTypeMap &) = default;

private:
    QHash<QString, QString> m_overrides;
};

} // namespace CardDesk::Core
