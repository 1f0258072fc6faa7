// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace CardDesk::Core {

/// Outcome of one user update or one card. The first four are Calven's documented values;
/// UnrecognisedValue keeps a result string Calven did not document, and Unknown means no
/// result could be read, which is never treated as success.
enum class ResultCode {
    Ok,
    PartialUpdate,
    CardUpdateFailed,
    UserNotFound,
    UnrecognisedValue,
    Unknown,
};

/// Maps a wire value to a code. CARD_UPDATE_FAILED with the message "User not found" is
/// Calven's documented way of reporting an unknown user, so it maps to UserNotFound.
ResultCode resultCodeFromWire(QStringView value, QStringView message = {});
/// Returns the documented wire value, or an empty string for the two local codes.
QString resultCodeToWire(ResultCode code);
/// Returns a short translated label for tables and the CLI.
QString resultCodeLabel(ResultCode code);
bool isSuccess(ResultCode code);

struct CardResult
{
    QString cardNumber;
    QString facilityCode;
    QString rawResult;
    ResultCode code = ResultCode::Unknown;
    QString message;

    friend bool operator==(const CardResult &, const CardResult &) = default;
};

struct UpdateResult
{
    QString updateId;
    QString rawResult;
    ResultCode code = ResultCode::Unknown;
    QString message;
    QList<CardResult> cards;

    friend bool operator==(const UpdateResult &, const UpdateResult &) = default;
};

} // namespace CardDesk::Core
