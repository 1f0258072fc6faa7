// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardformat.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <array>
#include <limits>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCardFormat, "carddesk.core.cardformat")

namespace CardDesk::Core {

namespace {

// Wiegand layouts. Positions and parity coverage follow HID's published layouts as tabulated in
// the pack/unpack routines of RfidResearchGroup/proxmark3 (client/src/wiegand_formats.c).

// Bit 1 even over 2–13, FC 2–9, CN 10–25, bit 26 odd over 14–25.
constexpr WiegandLayout h10301Layout{u"h10301", u"H10301 26-bit",
                                     26,        {2, 8},
                                     {10, 16},  {{{1, Parity::Even, 2, 13}, {26, Parity::Odd, 14, 25}}},
                                     2};

// Bit 1 even over 2–17, FC 2–17, CN 18–33, bit 34 odd over 18–33.
constexpr WiegandLayout h10306Layout{u"h10306", u"H10306 34-bit",
                                     34,        {2, 16},
                                     {18, 16},  {{{1, Parity::Even, 2, 17}, {34, Parity::Odd, 18, 33}}},
                                     2};

// Company ID 3–14, card ID 15–34. Bit 2 is even over 3–34 without 5, 8, … and bit 35 is odd
// over 2–33 without 4, 7, …. Bit 1 is odd over 2–35, so it is computed last.
constexpr WiegandLayout corporate1000Bits35Layout{
    u"c1k35", u"Corporate 1000 35-bit",
    35,       {3, 12},
    {15, 20}, {{{2, Parity::Even, 3, 34, 5}, {35, Parity::Odd, 2, 33, 4}, {1, Parity::Odd, 2, 35}}},
    3};

// Company ID 3–24, card ID 25–47. Bit 2 is even over 3–47 without 3, 6, … and bit 48 is odd
// over 3–46 without 5, 8, …. Bit 1 is odd over 2–48.
// NOTE: these parity masks follow proxmark3 only. No frame from a real 48-bit card was checked.
constexpr WiegandLayout corporate1000Bits48Layout{
    u"c1k48", u"Corporate 1000 48-bit",
    48,       {3, 22},
    {25, 23}, {{{2, Parity::Even, 3, 47, 3}, {48, Parity::Odd, 3, 46, 5}, {1, Parity::Odd, 2, 48}}},
    3};

// No facility code: CN 2–36. Bit 1 even over 2–19, bit 37 odd over 19–36.
constexpr WiegandLayout h10302Layout{
    u"h10302", u"H10302 37-bit", 37, {}, {2, 35}, {{{1, Parity::Even, 2, 19}, {37, Parity::Odd, 19, 36}}}, 2};

// FC 2–17, CN 18–36, with the same parity positions as H10302.
constexpr WiegandLayout h10304Layout{u"h10304", u"H10304 37-bit",
                                     37,        {2, 16},
                                     {18, 19},  {{{1, Parity::Even, 2, 19}, {37, Parity::Odd, 19, 36}}},
                                     2};

constexpr std::array layouts{
    &h10301Layout, &h10306Layout, &corporate1000Bits35Layout, &corporate1000Bits48Layout,
    &h10302Layout, &h10304Layout,
};

constexpr NumberRange noRange{0, 0};

constexpr NumberRange fieldRange(const BitField field)
{
    return NumberRange{0, field.isPresent() ? (quint64(1) << field.width) - 1 : 0};
}

// One catalogue entry for a Wiegand layout carried by a given technology.
constexpr CardFormat wiegandFormat(QStringView id, const char *name, CardTechnology technology,
                                   const WiegandLayout &layout, QStringView credentialType)
{
    const bool hasFacilityCode = layout.facilityCode.isPresent();
    return CardFormat{
        id,
        name,
        technology,
        layout.length,
        &layout,
        hasFacilityCode ? FacilityCodeUse::Required : FacilityCodeUse::None,
        fieldRange(layout.facilityCode),
        NumberBase::Decimal,
        fieldRange(layout.cardNumber),
        0,
        hasFacilityCode ? ScanDataForm::FacilityColonNumber : ScanDataForm::NumberOnly,
        credentialType,
    };
}

// One catalogue entry for a chip serial written in hex. The serial alone identifies the card.
constexpr CardFormat serialFormat(QStringView id, const char *name, CardTechnology technology, int bytes,
                                  QStringView credentialType)
{
    return CardFormat{
        id,
        name,
        technology,
        bytes * 8,
        nullptr,
        FacilityCodeUse::None,
        noRange,
        NumberBase::Hex,
        noRange,
        bytes,
        ScanDataForm::NumberOnly,
        credentialType,
    };
}

// Default credentialType values are CardDesk's choice, because Calven documents only the example
// "Mifare".
constexpr QStringView hidProxType = u"HID Prox";
constexpr QStringView iclassType = u"iCLASS";

// Display names are translated through the "CardDesk::Core::CardFormat" context.
constexpr std::array formats{
    wiegandFormat(u"h10301", QT_TRANSLATE_NOOP("CardDesk::Core::CardFormat", "HID H10301 26-bit"),
                  CardTechnology::HidProx, h10301Layout, hidProxType),
    wiegandFormat(u"h10306", QT_TRANSLATE_NOOP("CardDesk::Core::CardFormat", "HID H10306 34-bit"),
                  CardTechnology::HidProx, h10306Layout, hidProxType),
    wiegandFormat(u"c1k35", QT_TRANSLATE_NOOP("CardDesk::Core::CardFormat", "HID Corporate 1000 35-bit"),
                  CardTechnology::HidProx, corporate1000Bits35Layout, hidProxType),
    wiegandFormat(u"c1k48", QT_TRANSLATE_NOOP("CardDesk::Core::CardFormat", "HID Corporate 1000 48-bit"),
                  CardTechnology::HidProx, corporate1000Bits48Layout, hidProxType),
    wiegandFormat(u"h10302",
                  QT_TRANSLATE_NOOP("CardDesk::Core::CardFormat", "HID H10302 37-bit (no facility code)"),
                  CardTechnology::HidProx, h10302Layout, hidProxType),
    wiegandFormat(u"h10304",
                  QT_TRANSLATE_NOOP("CardDesk::Core::CardFormat", "HID H10304 37-bit (with facility code)"),
                  CardTechnology::HidProx, h10304Layout, hidProxType),

    // iCLASS cards carry an ordinary Wiegand layout in their access-control block.
    wiegandFormat(u"iclass-h10301",
                  QT_TRANSLATE_NOOP("CardDesk::Core::CardFormat", "HID iCLASS, H10301 26-bit"),
                  CardTechnology::HidIclass, h10301Layout, iclassType),
    wiegandFormat(u"iclass-h10306",
                  QT_TRANSLATE_NOOP("CardDesk::Core::CardFormat", "HID iCLASS, H10306 34-bit"),
                  CardTechnology::HidIclass, h10306Layout, iclassType),
    wiegandFormat(u"iclass-c1k35",
                  QT_TRANSLATE_NOOP("CardDesk::Core::CardFormat", "HID iCLASS, Corporate 1000 35-bit"),
                  CardTechnology::HidIclass, corporate1000Bits35Layout, iclassType),
    wiegandFormat(u"iclass-c1k48",
                  QT_TRANSLATE_NOOP("CardDesk::Core::CardFormat", "HID iCLASS, Corporate 1000 48-bit"),
                  CardTechnology::HidIclass, corporate1000Bits48Layout, iclassType),
    wiegandFormat(u"iclass-h10302",
                  QT_TRANSLATE_NOOP("CardDesk::Core::CardFormat", "HID iCLASS, H10302 37-bit"),
                  CardTechnology::HidIclass, h10302Layout, iclassType),
    wiegandFormat(u"iclass-h10304",
                  QT_TRANSLATE_NOOP("CardDesk::Core::CardFormat", "HID iCLASS, H10304 37-bit"),
                  CardTechnology::HidIclass, h10304Layout, iclassType),
    serialFormat(u"iclass-csn", QT_TRANSLATE_NOOP("CardDesk::Core::CardFormat", "HID iCLASS CSN, 8-byte"),
                 CardTechnology::HidIclass, 8, iclassType),

    serialFormat(u"mifare-csn4",
                 QT_TRANSLATE_NOOP("CardDesk::Core::CardFormat", "MIFARE Classic CSN, 4-byte"),
                 CardTechnology::MifareClassic, 4, u"Mifare"),
    serialFormat(u"mifare-csn7",
                 QT_TRANSLATE_NOOP("CardDesk::Core::CardFormat", "MIFARE Classic CSN, 7-byte"),
                 CardTechnology::MifareClassic, 7, u"Mifare"),
    serialFormat(u"desfire-csn7",
                 QT_TRANSLATE_NOOP("CardDesk::Core::CardFormat", "MIFARE DESFire CSN, 7-byte"),
                 CardTechnology::Desfire, 7, u"DESFire"),
    // The 40-bit EM4100 ID: 8-bit version or customer ID followed by 32 data bits.
    serialFormat(u"em4100", QT_TRANSLATE_NOOP("CardDesk::Core::CardFormat", "EM4100 40-bit"),
                 CardTechnology::Em4100, 5, u"EM4100"),

    // Raw card data for formats the catalogue lacks. The facility code, when given, may be any
    // whole number that fits 64 bits.
    CardFormat{u"raw", QT_TRANSLATE_NOOP("CardDesk::Core::CardFormat", "Raw card data (other format)"),
               CardTechnology::Other, 0, nullptr, FacilityCodeUse::Optional,
               NumberRange{0, std::numeric_limits<quint64>::max()}, NumberBase::Text, noRange, 0,
               ScanDataForm::FacilityColonNumber, u"Other"},
};

} // namespace

QString CardFormat::displayName() const
{
    return QCoreApplication::translate("CardDesk::Core::CardFormat", sourceName);
}

QString CardFormat::scanData(const QString &facilityCode, const QString &cardNumber) const
{
    if (scanDataForm == ScanDataForm::NumberOnly || facilityCode.isEmpty())
        return cardNumber;
    return facilityCode + u':' + cardNumber;
}

std::span<const CardFormat> cardFormats()
{
    return formats;
}

const CardFormat *findCardFormat(QStringView id)
{
    for (const CardFormat &format : formats) {
        if (format.id == id)
            return &format;
    }
    return nullptr;
}

std::span<const WiegandLayout *const> wiegandLayouts()
{
    return layouts;
}

const WiegandLayout *findWiegandLayout(QStringView id)
{
    for (const WiegandLayout *layout : layouts) {
        if (layout->id == id)
            return layout;
    }
    return nullptr;
}

QString CredentialTypeMap::credentialType(const CardFormat &format) const
{
    const QString key = format.id.toString();
    const auto found = m_overrides.constFind(key);
    return found != m_overrides.constEnd() ? *found : format.defaultCredentialType.toString();
}

QString CredentialTypeMap::credentialType(QStringView formatId) const
{
    const auto found = m_overrides.constFind(formatId.toString());
    if (found != m_overrides.constEnd())
        return *found;
    const CardFormat *format = findCardFormat(formatId);
    return format ? format->defaultCredentialType.toString() : QString();
}

void CredentialTypeMap::setOverride(const QString &formatId, const QString &credentialType)
{
    const QString value = credentialType.trimmed();
    if (value.isEmpty())
        m_overrides.remove(formatId);
    else
        m_overrides.insert(formatId, value);
}

void CredentialTypeMap::removeOverride(const QString &formatId)
{
    m_overrides.remove(formatId);
}

QVariantMap CredentialTypeMap::toVariantMap() const
{
    QVariantMap map;
    for (auto it = m_overrides.constBegin(); it != m_overrides.constEnd(); ++it)
        map.insert(it.key(), it.value());
    return map;
}

CredentialTypeMap CredentialTypeMap::fromVariantMap(const QVariantMap &map)
{
    CredentialTypeMap typeMap;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QString value =
            it.value().typeId() == QMetaType::QString ? it.value().toString().trimmed() : QString();
        if (value.isEmpty()) {
            qCWarning(lcCardFormat) << "Skipping the credentialType override for format" << it.key()
                                    << "because its value is not text or is blank";
            continue;
        }
        if (!findCardFormat(it.key()))
            qCInfo(lcCardFormat) << "Keeping a credentialType override for unknown format" << it.key();
        typeMap.m_overrides.insert(it.key(), value);
    }
    return typeMap;
}

} // namespace CardDesk::Core
