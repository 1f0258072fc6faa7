// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decoderinput.h"

#include "core/cardserial.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <bit>

using namespace Qt::StringLiterals;

namespace CardDesk::Ui {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("CardDesk::Ui::DecoderInput", text);
}

/// One numeric reading of the typed value.
struct RawValue
{
    RawNotation notation = RawNotation::Hex;
    quint64 value = 0;
    int typedBits = 0; ///< Bits the typed digits can hold: 4 per hex digit, 1 per binary digit.
    QString hexText;   ///< Normalised hex digits, for chip serials; empty for other notations.
};

int naturalLength(quint64 value)
{
    return value == 0 ? 1 : int(std::bit_width(value));
}

bool fitsBits(quint64 value, int bits)
{
    return bits >= 64 || value < (quint64(1) << bits);
}

/// Splits a bit length written before or after the value off the text.
QString splitBitLength(const QString &text, int *bitLength)
{
    QString rest = text;
    rest.replace(u'(', u' ').replace(u')', u' ');
    rest = rest.trimmed();
    static const QRegularExpression prefix(u"^(\\d{1,2})\\s*-?\\s*bits?\\s*[:,]?\\s*(.+)$"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression suffix(
        u"^(.+?)\\s*(?:/\\s*(\\d{1,2})|[,;]?\\s*(\\d{1,2})\\s*-?\\s*bits?)\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (const auto match = prefix.match(rest); match.hasMatch()) {
        *bitLength = match.captured(1).toInt();
        return match.captured(2).trimmed();
    }
    if (const auto match = suffix.match(rest); match.hasMatch()) {
        const QString length = match.captured(2).isEmpty() ? match.captured(3) : match.captured(2);
        *bitLength = length.toInt();
        return match.captured(1).trimmed();
    }
    return rest;
}

bool isBinaryDigits(QStringView text)
{
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return c == u'0' || c == u'1'; });
}

bool isDecimalDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

std::optional<RawValue> readBinary(QStringView digits)
{
    if (!isBinaryDigits(digits) || digits.size() > 64)
        return std::nullopt;
    bool ok = false;
    const quint64 value = digits.toULongLong(&ok, 2);
    if (!ok)
        return std::nullopt;
    return RawValue{RawNotation::Binary, value, int(digits.size()), {}};
}

std::optional<RawValue> readHex(const QString &hex)
{
    if (!Core::isUpperHex(hex) || hex.size() > 16)
        return std::nullopt;
    bool ok = false;
    const quint64 value = hex.toULongLong(&ok, 16);
    if (!ok)
        return std::nullopt;
    return RawValue{RawNotation::Hex, value, int(hex.size()) * 4, hex};
}

/// Returns every notation the value can be read in.
QList<RawValue> readValues(const QString &text)
{
    QList<RawValue> values;
    if (text.startsWith(u"0b"_s, Qt::CaseInsensitive)) {
        if (const auto binary = readBinary(QStringView(text).mid(2)))
            values.append(*binary);
        return values;
    }
    static const QRegularExpression hexMarks(u"^0x|[a-fA-F\\s:-]"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    if (!isDecimalDigits(text) || text.contains(hexMarks)) {
        if (const auto hex = readHex(Core::normaliseHexText(text)))
            values.append(*hex);
        return values;
    }
    bool ok = false;
    const quint64 decimal = text.toULongLong(&ok, 10);
    if (ok)
        values.append(RawValue{RawNotation::Decimal, decimal, naturalLength(decimal), {}});
    if (const auto hex = readHex(text))
        values.append(*hex);
    // Only 0s and 1s of a plausible frame length can also be a bit string.
    if (text.size() >= 8) {
        if (const auto binary = readBinary(text))
            values.append(*binary);
    }
    return values;
}

QList<int> layoutLengths()
{
    QList<int> lengths;
    for (const Core::WiegandLayout *layout : Core::wiegandLayouts()) {
        if (!lengths.contains(layout->length))
            lengths.append(layout->length);
    }
    std::sort(lengths.begin(), lengths.end());
    return lengths;
}

void appendWiegandCandidates(QList<DecoderCandidate> *candidates, const RawValue &raw,
                             const Core::WiegandFrame &frame, bool onlyParityOk, const QString &reading)
{
    for (const Core::WiegandReading &wiegand : Core::readWiegandCandidates(frame)) {
        if (onlyParityOk && !wiegand.fields.parityOk)
            continue;
        for (const Core::CardFormat &format : Core::cardFormats()) {
            if (format.wiegand != wiegand.layout)
                continue;
            DecoderCandidate candidate;
            candidate.format = &format;
            if (format.hasFacilityCode())
                candidate.facilityCode = QString::number(wiegand.fields.facilityCode);
            candidate.cardNumber = QString::number(wiegand.fields.cardNumber);
            candidate.parity = wiegand.fields.parityOk ? ParityStatus::Ok : ParityStatus::Failed;
            candidate.notation = raw.notation;
            candidate.reading = reading;
            candidates->append(candidate);
        }
    }
}

QString bitsReading(int length, bool afterSentinel)
{
    return afterSentinel
               ? translated(QT_TRANSLATE_NOOP("CardDesk::Ui::DecoderInput", "%1 bits after a start sentinel"))
                     .arg(length)
               : translated(QT_TRANSLATE_NOOP("CardDesk::Ui::DecoderInput", "%1 bits")).arg(length);
}

void appendWiegandReadings(QList<DecoderCandidate> *candidates, const RawValue &raw, int bitLength)
{
    const int knownLength =
        bitLength > 0 ? bitLength : (raw.notation == RawNotation::Binary ? raw.typedBits : 0);
    const QList<int> lengths = layoutLengths();
    const auto sentinelFrame = Core::removeStartSentinel(raw.value);
    const bool sentinelFits = sentinelFrame && lengths.contains(sentinelFrame->length);

    if (knownLength > 0) {
        if (fitsBits(raw.value, knownLength))
            appendWiegandCandidates(candidates, raw, {raw.value, knownLength}, false,
                                    bitsReading(knownLength, false));
        else if (sentinelFits && sentinelFrame->length == knownLength)
            appendWiegandCandidates(candidates, raw, *sentinelFrame, false, bitsReading(knownLength, true));
        return;
    }
    const int natural = naturalLength(raw.value);
    for (const int length : lengths) {
        if (length < natural)
            continue;
        // A length the typed digits account for is listed whatever its parity. A longer one needs
        // leading zeros that were not typed, so it is shown only when its parity matches.
        const bool typedLength = length == natural || (raw.notation == RawNotation::Hex &&
                                                       length > raw.typedBits - 4 && length <= raw.typedBits);
        appendWiegandCandidates(candidates, raw, {raw.value, length}, !typedLength,
                                bitsReading(length, false));
    }
    if (sentinelFits)
        appendWiegandCandidates(candidates, raw, *sentinelFrame, false,
                                bitsReading(sentinelFrame->length, true));
}

void appendSerialCandidate(QList<DecoderCandidate> *candidates, const Core::CardFormat &format,
                           const RawValue &raw, const QString &hex, const char *reading)
{
    DecoderCandidate candidate;
    candidate.format = &format;
    candidate.cardNumber = hex;
    candidate.notation = raw.notation;
    candidate.reading = translated(reading);
    candidates->append(candidate);
}

void appendSerialReadings(QList<DecoderCandidate> *candidates, const RawValue &raw)
{
    if (raw.notation == RawNotation::Hex && raw.hexText.size() % 2 == 0) {
        const QString reversed = Core::reverseSerialBytes(raw.hexText);
        for (const Core::CardFormat &format : Core::cardFormats()) {
            if (format.serialBytes * 2 != raw.hexText.size())
                continue;
            appendSerialCandidate(candidates, format, raw, raw.hexText,
                                  QT_TRANSLATE_NOOP("CardDesk::Ui::DecoderInput", "serial as typed"));
            if (reversed != raw.hexText)
                appendSerialCandidate(
                    candidates, format, raw, reversed,
                    QT_TRANSLATE_NOOP("CardDesk::Ui::DecoderInput", "serial, bytes reversed"));
        }
        return;
    }
    if (raw.notation != RawNotation::Decimal)
        return;
    // A decimal serial is taken to be as short as the smallest catalogue serial it fits.
    QList<int> sizes;
    for (const Core::CardFormat &format : Core::cardFormats()) {
        if (format.serialBytes > 0 && !sizes.contains(format.serialBytes))
            sizes.append(format.serialBytes);
    }
    std::sort(sizes.begin(), sizes.end());
    const auto size = std::find_if(sizes.cbegin(), sizes.cend(),
                                   [&raw](int bytes) { return fitsBits(raw.value, bytes * 8); });
    if (size == sizes.cend())
        return;
    const QString bigEndian = QString::number(raw.value, 16).toUpper().rightJustified(*size * 2, u'0');
    const QString littleEndian = Core::reverseSerialBytes(bigEndian);
    for (const Core::CardFormat &format : Core::cardFormats()) {
        if (format.serialBytes != *size)
            continue;
        appendSerialCandidate(candidates, format, raw, littleEndian,
                              QT_TRANSLATE_NOOP("CardDesk::Ui::DecoderInput", "serial read little-endian"));
        if (littleEndian != bigEndian)
            appendSerialCandidate(candidates, format, raw, bigEndian,
                                  QT_TRANSLATE_NOOP("CardDesk::Ui::DecoderInput", "serial read big-endian"));
    }
}

} // namespace

DecodedRead decodeRawRead(const QString &text, int bitLength)
{
    DecodedRead result;
    int writtenLength = 0;
    const QString value = splitBitLength(text, &writtenLength);
    result.bitLength = bitLength > 0 ? bitLength : writtenLength;
    if (value.isEmpty()) {
        result.error = translated(
            QT_TRANSLATE_NOOP("CardDesk::Ui::DecoderInput",
                              "Paste a raw read: hex (0x1940887), binary (0b…) or decimal digits."));
        return result;
    }
    const QList<RawValue> values = readValues(value);
    if (values.isEmpty()) {
        result.error =
            translated(QT_TRANSLATE_NOOP("CardDesk::Ui::DecoderInput",
                                         "\"%1\" is not hex, binary or decimal of at most 64 bits. "
                                         "Check the read and paste it again."))
                .arg(value);
        return result;
    }
    for (const RawValue &raw : values) {
        appendWiegandReadings(&result.candidates, raw, result.bitLength);
        appendSerialReadings(&result.candidates, raw);
        if (!raw.hexText.isEmpty() && raw.hexText.size() % 2 == 0 && raw.notation == RawNotation::Hex &&
            values.size() == 1) {
            result.serial = SerialReadings{raw.hexText, Core::reverseSerialBytes(raw.hexText),
                                           Core::serialDecimalLittleEndian(raw.hexText),
                                           Core::serialDecimalBigEndian(raw.hexText)};
        }
    }
    if (result.candidates.isEmpty() && result.error.isEmpty()) {
        result.error =
            translated(QT_TRANSLATE_NOOP("CardDesk::Ui::DecoderInput",
                                         "No catalogue format matches \"%1\". Check the bit length, "
                                         "or enter the card as raw card data."))
                .arg(value);
    }
    return result;
}

QString rawNotationLabel(RawNotation notation)
{
    switch (notation) {
    case RawNotation::Hex:
        return translated(QT_TRANSLATE_NOOP("CardDesk::Ui::DecoderInput", "hex"));
    case RawNotation::Decimal:
        return translated(QT_TRANSLATE_NOOP("CardDesk::Ui::DecoderInput", "decimal"));
    case RawNotation::Binary:
        return translated(QT_TRANSLATE_NOOP("CardDesk::Ui::DecoderInput", "binary"));
    }
    return {};
}

QString parityStatusLabel(ParityStatus status)
{
    switch (status) {
    case ParityStatus::Ok:
        return translated(QT_TRANSLATE_NOOP("CardDesk::Ui::DecoderInput", "OK"));
    case ParityStatus::Failed:
        return translated(QT_TRANSLATE_NOOP("CardDesk::Ui::DecoderInput", "failed"));
    case ParityStatus::NotApplicable:
        return translated(QT_TRANSLATE_NOOP("CardDesk::Ui::DecoderInput", "none (serial)"));
    }
    return {};
}

} // namespace CardDesk::Ui
