// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace CardDesk::Core {

/// A range of whole numbers that an operator may set, with the value used when none is set.
struct SendingLimit
{
    int minimum;
    int maximum;
    int defaultValue;

    constexpr bool contains(int value) const { return value >= minimum && value <= maximum; }
};

/// User updates per POST /v1/access-credentials request. Calven accepts at most 100.
inline constexpr SendingLimit BatchSizeLimit{1, 100, 100};
/// Requests to Calven in flight at the same time.
inline constexpr SendingLimit MaxInFlightLimit{1, 8, 2};
/// Attempts that may have reached Calven before an update needs an operator's attention.
inline constexpr SendingLimit MaxAttemptsLimit{1, 50, 6};

} // namespace CardDesk::Core
