// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "updateresult.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace CardDesk::Core {

ResultCode resultCodeFromWire(QStringView value, QStringView message)
{
    if (value == u"OK")
        return ResultCode::Ok;
    if (value == u"PARTIAL_UPDATE")
        return ResultCode::PartialUpdate;
    if (value == u"USER_NOT_FOUND")
        return ResultCode::UserNotFound;
    if (value == u"CARD_UPDATE_FAILED") {
        return message.trimmed().compare(u"User not found", Qt::CaseInsensitive) == 0
                   ? ResultCode::UserNotFound
                   : ResultCode::CardUpdateFailed;
    }
    return value.isEmpty() ? ResultCode::Unknown : ResultCode::UnrecognisedValue;
}

QString resultCodeToWire(ResultCode code)
{
    switch (code) {
    case ResultCode::Ok:
        return u"OK"_s;
    case ResultCode::PartialUpdate:
        return u"PARTIAL_UPDATE"_s;
    case ResultCode::CardUpdateFailed:
        return u"CARD_UPDATE_FAILED"_s;
    case ResultCode::UserNotFound:
        return u"USER_NOT_FOUND"_s;
    case ResultCode::UnrecognisedValue:
    case ResultCode::Unknown:
        break;
    }
    return {};
}

QString resultCodeLabel(ResultCode code)
{
    switch (code) {
    case ResultCode::Ok:
        return QCoreApplication::translate("CardDesk::Core", "OK");
    case ResultCode::PartialUpdate:
        return QCoreApplication::translate("CardDesk::Core", "Partial update");
    case ResultCode::CardUpdateFailed:
        return QCoreApplication::translate("CardDesk::Core", "Card update failed");
    case ResultCode::UserNotFound:
        return QCoreApplication::translate("CardDesk::Core", "User not found");
    case ResultCode::UnrecognisedValue:
        return QCoreApplication::translate("CardDesk::Core", "Unrecognised result");
    case ResultCode::Unknown:
        return QCoreApplication::translate("CardDesk::Core", "Unknown");
    }
    return {};
}

bool isSuccess(ResultCode code)
{
    return code == ResultCode::Ok;
}

} // namespace CardDesk::Core
