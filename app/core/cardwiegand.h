// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace CardDesk::Core {

// Frame positions are 1-based. Position 1 is the first bit sent on the Wiegand line and the most
// significant bit of the frame value, so position p of an n-bit frame is bit (n - p) of the value.

/// A run of frame positions holding one number, most significant bit first.
struct BitField
{
    int first = 0; ///< Position of the most significant bit; 0 when the layout has no such field.
    int width = 0;

    constexpr bool isPresent() const { return width > 0; }
    constexpr int last() const { return first + width - 1; }
};

enum class Parity
{
    Even, ///< The bit makes the count of 1s over itself and its covered bits even.
    Odd,  ///< The bit makes that count odd.
};

/// One parity bit and the frame positions it covers.
struct ParityBit
{
    int position = 0;
    Parity parity = Parity::Even;
    int coverFirst = 0; ///< First covered position.
    int coverLast = 0;  ///< Last covered position, inclusive.
    /// When non-zero, positions skipFrom, skipFrom + 3, skipFrom + 6, … inside the covered range
    /// are left out. HID Corporate 1000 covers two bits in every three this way.
    int skipFrom = 0;

    /// Returns the covered positions as a mask in frame-value bit order for a frame of frameLength bits.
    quint64 mask(int frameLength) const;
};

inline constexpr int MaxParityBits = 3;

/// The bit layout of one Wiegand format. Parity bits are listed in the order they are computed,
/// because a later parity bit may cover an earlier one (HID Corporate 1000 bit 1 covers bit 2).
struct WiegandLayout
{
    QStringView id;
    QStringView name; ///< Short technical name such as "H10301 26-bit"; not translated.
    int length = 0;   ///< Frame length in bits, at most 63 so that a start sentinel still fits.
    BitField facilityCode;
    BitField cardNumber;
    std::array<ParityBit, MaxParityBits> parityBits{};
    int parityBitCount = 0;

    constexpr quint64 facilityCodeMax() const { return fieldMax(facilityCode); }
    constexpr quint64 cardNumberMax() const { return fieldMax(cardNumber); }

private:
    static constexpr quint64 fieldMax(BitField field)
    {
        return field.isPresent() ? (quint64(1) << field.width) - 1 : 0;
    }
};

/// A Wiegand frame as read from or written to the line. Position 1 is the most significant bit of bits.
struct WiegandFrame
{
    quint64 bits = 0;
    int length = 0;

    friend bool operator==(const WiegandFrame &, const WiegandFrame &) = default;
};

/// The numbers read out of a frame and whether every parity bit matched.
struct WiegandFields
{
    quint64 facilityCode = 0; ///< 0 when the layout has no facility code.
    quint64 cardNumber = 0;
    bool parityOk = false;
    QList<int> failedParityPositions; ///< Positions of the parity bits that did not match.
};

/// One reading of a frame under one layout of the same length.
struct WiegandReading
{
    const WiegandLayout *layout = nullptr;
    WiegandFields fields;
};

/// Encodes the numbers into a frame with every parity bit set. Returns nothing when a number
/// does not fit its field, or when a facility code other than 0 is given for a layout without one.
std::optional<WiegandFrame> encodeWiegand(const WiegandLayout &layout, quint64 facilityCode,
                                          quint64 cardNumber);

/// Reads the numbers out of a frame and checks every parity bit. Returns nothing when the frame
/// length differs from the layout's length.
std::optional<WiegandFields> decodeWiegand(const WiegandLayout &layout, const WiegandFrame &frame);

/// Reads a frame under every catalogue layout of the same length, in catalogue order, including
/// readings whose parity fails. The length alone rarely identifies the format, because H10302 and
/// H10304 share length and parity positions, so both come back for any valid 37-bit frame.
QList<WiegandReading> readWiegandCandidates(const WiegandFrame &frame);

/// Returns the frame value with the leading 1 that HID iCLASS and many readers store in front of
/// the frame, so 0x1940887 (26 bits) becomes 0x5940887.
quint64 addStartSentinel(const WiegandFrame &frame);
/// Reads a value that starts with a sentinel 1. The highest set bit is taken as the sentinel and
/// the bits below it as the frame. Returns nothing for 0 and 1, which contain no frame bits.
std::optional<WiegandFrame> removeStartSentinel(quint64 value);

/// Returns the frame as upper-case hex without "0x", with enough digits for its length.
QString wiegandFrameToHex(const WiegandFrame &frame);
/// Returns the frame as a string of 0 and 1, position 1 first.
QString wiegandFrameToBinary(const WiegandFrame &frame);

} // namespace CardDesk::Core
