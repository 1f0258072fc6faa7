// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

// Locates faults in raw JSON text that simdjson's first pass reports without a position.
namespace CardDesk::Core::JsonText {

/// Returns the offset of the first byte that does not belong to a valid UTF-8 sequence (RFC 3629:
/// no overlong forms, no surrogates, nothing above U+10FFFF), or -1 when the text is valid.
qsizetype firstInvalidUtf8(QByteArrayView text);

/// Returns the offset of the first unescaped control character (below U+0020) inside a string,
/// or of the opening quote of a string that is never closed, or -1 when there is neither.
qsizetype firstStringFault(QByteArrayView text);

} // namespace CardDesk::Core::JsonText
