// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cardformat.h"

#include <QList>
#include <QString>
#include <optional>

namespace CardDesk::Ui {

/// The notation a raw read was taken in. Input of digits only is read both ways, as decimal
/// and as hex, because readers print either.
enum class RawNotation
{
    Hex,
    Decimal,
    Binary,
};

enum class ParityStatus
{
    Ok,
    Failed,
    NotApplicable, ///< Chip serials carry no parity.
};

/// One way to read a raw read as a card of one catalogue format.
struct DecoderCandidate
{
    const Core::CardFormat *format = nullptr;
    QString facilityCode; ///< Decimal text; empty when the format has none.
    QString cardNumber;   ///< Decimal text, or the chip serial as hex in reading order.
    ParityStatus parity = ParityStatus::NotApplicable;
    RawNotation notation = RawNotation::Hex;
    /// Description of the reading for the operator: bit length, start sentinel or byte order.
    QString reading;
};

/// The readings of a chip serial typed as whole bytes of hex, up to 8 bytes.
struct SerialReadings
{
    QString hex;         ///< Normalised, in the order typed.
    QString reversedHex; ///< Bytes in reverse order.
    QString decimalLittleEndian;
    QString decimalBigEndian;
};

/// Everything one raw read can be.
struct DecodedRead
{
    QList<DecoderCandidate> candidates;
    std::optional<SerialReadings> serial;
    int bitLength = 0; ///< The bit length given with the read or explicitly, 0 when unknown.
    QString error;     ///< Why nothing could be read, for the operator; empty otherwise.
};

/// Reads a raw card read such as "0x1940887", "1940887/26", "26 bits: 0x1940887", "0b0110…",
/// "E4 3A C9 D2" or "3536403172". A bit length written with the value (e.g. "/26", "26-bit") or
/// passed as bitLength (0 = unknown) limits the Wiegand readings to that length and lists them
/// whatever their parity. Without a length, a Wiegand reading is listed when its parity matches,
/// or when the value's own length (or its length after a start sentinel) matches the layout.
DecodedRead decodeRawRead(const QString &text, int bitLength = 0);

/// Returns the translated name of a notation, such as "hex".
QString rawNotationLabel(RawNotation notation);
/// Returns the translated parity status, such as "OK" or "failed".
QString parityStatusLabel(ParityStatus status);

} // namespace CardDesk::Ui
