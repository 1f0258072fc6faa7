// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QDateTime>

#include <optional>

namespace CardDesk::Net {

/// Parses an HTTP Date header in the preferred IMF-fixdate form, "Sun, 06 Nov 1994 08:49:37 GMT"
/// (RFC 9110, section 5.6.7). Returns a UTC time, or nullopt for anything else.
std::optional<QDateTime> parseHttpDate(QByteArrayView value);

} // namespace CardDesk::Net
