// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardwiegand.h"

#include "cardformat.h"

#include <QtAlgorithms>

using namespace Qt::StringLiterals;

namespace CardDesk::Core {

namespace {

// Frames need one spare bit above them for a start sentinel, so 63 bits is the longest frame.
constexpr int MaxFrameLength = 63;

quint64 positionBit(int frameLength, int position)
{
    return quint64(1) << (frameLength - position);
}

quint64 lowBits(int width)
{
    return width >= 64 ? ~quint64(0) : (quint64(1) << width) - 1;
}

quint64 readField(const WiegandFrame &frame, BitField field)
{
    if (!field.isPresent())
        return 0;
    return (frame.bits >> (frame.length - field.last())) & lowBits(field.width);
}

void writeField(WiegandFrame *frame, BitField field, quint64 value)
{
    if (field.isPresent())
        frame->bits |= (value & lowBits(field.width)) << (frame->length - field.last());
}

// Returns the value the parity bit must have for the bits it covers.
bool expectedParityBit(const ParityBit &parityBit, const WiegandFrame &frame)
{
    const bool coveredOnesOdd = qPopulationCount(frame.bits & parityBit.mask(frame.length)) % 2 == 1;
    return parityBit.parity == Parity::Even ? coveredOnesOdd : !coveredOnesOdd;
}

bool isValidLength(int length)
{
    return length > 0 && length <= MaxFrameLength;
}

} // namespace

quint64 ParityBit::mask(int frameLength) const
{
    quint64 result = 0;
    for (int position = coverFirst; position <= coverLast; ++position) {
        const bool skipped = skipFrom > 0 && position >= skipFrom && (position - skipFrom) % 3 == 0;
        if (!skipped)
            result |= positionBit(frameLength, position);
    }
    return result;
}

std::optional<WiegandFrame> encodeWiegand(const WiegandLayout &layout, quint64 facilityCode,
                                          quint64 cardNumber)
{
    if (!isValidLength(layout.length) || facilityCode > layout.facilityCodeMax() ||
        cardNumber > layout.cardNumberMax()) {
        return std::nullopt;
    }

    WiegandFrame frame{0, layout.length};
    writeField(&frame, layout.facilityCode, facilityCode);
    writeField(&frame, layout.cardNumber, cardNumber);
    for (int i = 0; i < layout.parityBitCount; ++i) {
        const ParityBit &parityBit = layout.parityBits.at(i);
        if (expectedParityBit(parityBit, frame))
            frame.bits |= positionBit(frame.length, parityBit.position);
    }
    return frame;
}

std::optional<WiegandFields> decodeWiegand(const WiegandLayout &layout, const WiegandFrame &frame)
{
    if (frame.length != layout.length || !isValidLength(frame.length))
        return std::nullopt;

    WiegandFields fields;
    fields.facilityCode = readField(frame, layout.facilityCode);
    fields.cardNumber = readField(frame, layout.cardNumber);
    // Each parity bit is checked against the received frame as a whole, so a bit covered by a
    // later parity bit counts with its received value, exactly as the encoder set it.
    for (int i = 0; i < layout.parityBitCount; ++i) {
        const ParityBit &parityBit = layout.parityBits.at(i);
        const bool received = (frame.bits & positionBit(frame.length, parityBit.position)) != 0;
        if (received != expectedParityBit(parityBit, frame))
            fields.failedParityPositions.append(parityBit.position);
    }
    fields.parityOk = fields.failedParityPositions.isEmpty();
    return fields;
}

QList<WiegandReading> readWiegandCandidates(const WiegandFrame &frame)
{
    QList<WiegandReading> readings;
    for (const WiegandLayout *layout : wiegandLayouts()) {
        if (const auto fields = decodeWiegand(*layout, frame))
            readings.append(WiegandReading{layout, *fields});
    }
    return readings;
}

quint64 addStartSentinel(const WiegandFrame &frame)
{
    Q_ASSERT(isValidLength(frame.length));
    return frame.bits | positionBit(frame.length, 0);
}

std::optional<WiegandFrame> removeStartSentinel(quint64 value)
{
    if (value <= 1)
        return std::nullopt;
    const int length = 63 - qCountLeadingZeroBits(value);
    return WiegandFrame{value & lowBits(length), length};
}

QString wiegandFrameToHex(const WiegandFrame &frame)
{
    const int digits = qMax(1, (frame.length + 3) / 4);
    return u"%1"_s.arg(frame.bits, digits, 16, QChar(u'0')).toUpper();
}

QString wiegandFrameToBinary(const WiegandFrame &frame)
{
    QString binary;
    binary.reserve(frame.length);
    for (int position = 1; position <= frame.length; ++position)
        binary.append((frame.bits & positionBit(frame.length, position)) ? u'1' : u'0');
    return binary;
}

} // namespace CardDesk::Core
