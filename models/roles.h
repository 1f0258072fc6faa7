// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace CardDesk::Models {

/// Item data roles shared by every CardDesk model, so proxies and views ask for the same numbers.
enum Role
{
    /// Unformatted value for sorting and filtering (QString, int, QDateTime, bool), while
    /// Qt::DisplayRole contains the formatted text.
    RawValueRole = Qt::UserRole + 1,
    UserIdRole,      ///< Calven userId of the row's user (QString).
    UpdateIdRole,    ///< Outbox updateId of the row (QString).
    ResultCodeRole,  ///< Core::ResultCode as int.
    UpdateStateRole, ///< Core::UpdateState as int.
    ChangeStateRole, ///< Models::ChangeState as int.
    CredentialRole,  ///< The whole Core::Credential as QVariant.
    BadgeCountRole,  ///< A count to draw as a badge beside an item (int, 0 hides it).
};

} // namespace CardDesk::Models
