// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace CardDesk::Core {

// Helpers for chip serials (CSN, UID) such as MIFARE and DESFire UIDs. NXP gives no rule for
// turning UID bytes into a decimal number, so readers differ. Many read a 4-byte UID
// little-endian (E4 3A C9 D2 → 0xD2C93AE4 → 3536403172), others big-endian, and some reverse the
// bytes of the hex text. These helpers give each reading so an operator can match a reader's output.

/// Strips surrounding white space, one leading "0x" or "0X", and the spaces, colons and hyphens
/// often written between bytes, then upper-cases the rest. The digits themselves are not checked.
QString normaliseHexText(QStringView text);

/// Returns true when text is non-empty and contains only the digits 0–9 and A–F (upper case).
bool isUpperHex(QStringView text);

/// Returns the serial with its bytes in reverse order ("E43AC9D2" → "D2C93AE4"), normalised.
/// Returns an empty string when the text is not whole bytes of hex.
QString reverseSerialBytes(QStringView hex);

/// Returns the serial read as one number with the first byte least significant.
/// Returns nothing when the text is not whole bytes of hex or is longer than 8 bytes.
std::optional<quint64> serialValueLittleEndian(QStringView hex);
/// Returns the serial read as one number with the first byte most significant.
/// Returns nothing when the text is not whole bytes of hex or is longer than 8 bytes.
std::optional<quint64> serialValueBigEndian(QStringView hex);

/// Returns the little-endian reading in decimal, without zero padding, or an empty string.
QString serialDecimalLittleEndian(QStringView hex);
/// Returns the big-endian reading in decimal, without zero padding, or an empty string.
QString serialDecimalBigEndian(QStringView hex);

} // namespace CardDesk::Core
