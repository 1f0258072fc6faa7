// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardserial.h"

#include <QByteArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CardDesk::Core {

namespace {

constexpr qsizetype MaxBytesInValue = 8;

bool isByteSeparator(QChar c)
{
    return c == u' ' || c == u':' || c == u'-' || c.isSpace();
}

// Returns the serial's bytes in reading order, or nothing when the text is not whole bytes of hex.
std::optional<QByteArray> serialBytes(QStringView hex)
{
    const QString normalised = normaliseHexText(hex);
    if (!isUpperHex(normalised) || normalised.size() % 2 != 0)
        return std::nullopt;
    return QByteArray::fromHex(normalised.toLatin1());
}

std::optional<quint64> serialValue(QStringView hex, bool littleEndian)
{
    const std::optional<QByteArray> bytes = serialBytes(hex);
    if (!bytes || bytes->size() > MaxBytesInValue)
        return std::nullopt;

    quint64 value = 0;
    for (qsizetype i = 0; i < bytes->size(); ++i) {
        const qsizetype index = littleEndian ? bytes->size() - 1 - i : i;
        value = (value << 8) | quint8(bytes->at(index));
    }
    return value;
}

} // namespace

QString normaliseHexText(QStringView text)
{
    QStringView rest = text.trimmed();
    if (rest.startsWith(u"0x", Qt::CaseInsensitive))
        rest = rest.mid(2);

    QString normalised;
    normalised.reserve(rest.size());
    for (const QChar c : rest) {
        if (!isByteSeparator(c))
            normalised.append(c.toUpper());
    }
    return normalised;
}

bool isUpperHex(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        const bool digit = c >= u'0' && c <= u'9';
        const bool letter = c >= u'A' && c <= u'F';
        if (!digit && !letter)
            return false;
    }
    return true;
}

QString reverseSerialBytes(QStringView hex)
{
    const std::optional<QByteArray> bytes = serialBytes(hex);
    if (!bytes)
        return {};
    QByteArray reversed = *bytes;
    std::reverse(reversed.begin(), reversed.end());
    return QString::fromLatin1(reversed.toHex()).toUpper();
}

std::optional<quint64> serialValueLittleEndian(QStringView hex)
{
    return serialValue(hex, true);
}

std::optional<quint64> serialValueBigEndian(QStringView hex)
{
    return serialValue(hex, false);
}

QString serialDecimalLittleEndian(QStringView hex)
{
    const std::optional<quint64> value = serialValueLittleEndian(hex);
    return value ? QString::number(*value) : QString();
}

QString serialDecimalBigEndian(QStringView hex)
{
    const std::optional<quint64> value = serialValueBigEndian(hex);
    return value ? QString::number(*value) : QString();
}

} // namespace CardDesk::Core
