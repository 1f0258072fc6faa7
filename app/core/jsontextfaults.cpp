// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontextfaults.h"

namespace CardDesk::Core::JsonText {

namespace {

bool isContinuation(uchar byte)
{
    return (byte & 0xc0) == 0x80;
}

// Returns the length of the valid UTF-8 sequence that starts at text[i], or 0 when it is invalid.
qsizetype sequenceLength(QByteArrayView text, qsizetype i)
{
    const auto lead = uchar(text[i]);
    if (lead < 0x80)
        return 1;
    qsizetype length = 0;
    uchar minSecond = 0x80;
    uchar maxSecond = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        if (lead == 0xe0)
            minSecond = 0xa0; // Overlong below U+0800.
        else if (lead == 0xed)
            maxSecond = 0x9f; // Surrogates U+D800 to U+DFFF.
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        if (lead == 0xf0)
            minSecond = 0x90; // Overlong below U+10000.
        else if (lead == 0xf4)
            maxSecond = 0x8f; // Above U+10FFFF.
    } else {
        return 0;
    }
    if (i + length > text.size())
        return 0;
    const auto second = uchar(text[i + 1]);
    if (second < minSecond || second > maxSecond)
        return 0;
    for (qsizetype k = 2; k < length; ++k) {
        if (!isContinuation(uchar(text[i + k])))
            return 0;
    }
    return length;
}

} // namespace

qsizetype firstInvalidUtf8(QByteArrayView text)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype length = sequenceLength(text, i);
        if (length == 0)
            return i;
        i += length;
    }
    return -1;
}

qsizetype firstStringFault(QByteArrayView text)
{
    qsizetype stringStart = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto byte = uchar(text[i]);
        if (stringStart < 0) {
            if (byte == '"')
                stringStart = i;
            continue;
        }
        if (byte == '\\')
            ++i; // The escaped character cannot end the string.
        else if (byte == '"')
            stringStart = -1;
        else if (byte < 0x20)
            return i;
    }
    return stringStart;
}

} // namespace CardDesk::Core::JsonText
