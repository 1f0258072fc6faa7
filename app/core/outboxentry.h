// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credential.h"
#include "updateresult.h"

#include <QByteArray>
#include <QDateTime>

namespace CardDesk::Core {

/// Life cycle of one user update in the outbox.
enum class UpdateState {
    Queued,         ///< Stored, waiting to be sent (also after a retryable transport error).
    Sending,        ///< In a request whose outcome has not been read yet.
    Confirmed,      ///< Calven returned OK.
    Failed,         ///< Calven returned PARTIAL_UPDATE, CARD_UPDATE_FAILED, USER_NOT_FOUND or an unrecognised value.
    Unknown,        ///< Sent, but no result could be read; never counted as success.
    NeedsAttention, ///< Retries were used up without a result.
    Superseded,     ///< Replaced by a newer edit for the same user before it was sent.
    Resolved,       ///< An operator closed a failure with a note.
};

QString updateStateName(UpdateState state);          ///< Stable lower-case name for storage.
UpdateState updateStateFromName(QStringView name);   ///< Unknown names map to Unknown.
QString updateStateLabel(UpdateState state);         ///< Translated label for display.

/// One user update as the outbox stores it: what was sent, how often, and what came back.
struct OutboxEntry
{
    qint64 id = 0;
    QString updateId;
    QString previousUpdateId; ///< Set when an operator's retry replaced an earlier update.
    QString profileId;
    QString userId;
    QString username;
    QList<Credential> credentials;
    UpdateState state = UpdateState::Queued;
    int attempts = 0;
    QDateTime createdAt; ///< UTC.
    QDateTime updatedAt; ///< UTC.
    QDateTime nextAttemptAt; ///< UTC; null means as soon as possible.
    QString lastError;
    UpdateResult result;
    QByteArray requestJson;  ///< The last request body that carried this update.
    QByteArray responseJson; ///< The raw response body, as received.
    int httpStatus = 0;
    QString resolutionNote;
};

} // namespace CardDesk::Core
