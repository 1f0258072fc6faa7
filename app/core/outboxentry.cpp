// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboxentry.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace CardDesk::Core {

namespace {

struct StateName
{
    UpdateState state;
    QStringView name;
    const char *label;
};

constexpr StateName stateNames[] = {
    {UpdateState::Queued, u"queued", QT_TRANSLATE_NOOP("CardDesk::Core", "Queued")},
    {UpdateState::Sending, u"sending", QT_TRANSLATE_NOOP("CardDesk::Core", "Sending")},
    {UpdateState::Confirmed, u"confirmed", QT_TRANSLATE_NOOP("CardDesk::Core", "Confirmed")},
    {UpdateState::Failed, u"failed", QT_TRANSLATE_NOOP("CardDesk::Core", "Failed")},
    {UpdateState::Unknown, u"unknown", QT_TRANSLATE_NOOP("CardDesk::Core", "Unknown")},
    {UpdateState::NeedsAttention, u"needs-attention", QT_TRANSLATE_NOOP("CardDesk::Core", "Needs attention")},
    {UpdateState::Superseded, u"superseded", QT_TRANSLATE_NOOP("CardDesk::Core", "Superseded")},
    {UpdateState::Resolved, u"resolved", QT_TRANSLATE_NOOP("CardDesk::Core", "Resolved")},
};

} // namespace

QString updateStateName(UpdateState state)
{
    for (const StateName &entry : stateNames) {
        if (entry.state == state)
            return entry.name.toString();
    }
    return u"unknown"_s;
}

UpdateState updateStateFromName(QStringView name)
{
    for (const StateName &entry : stateNames) {
        if (entry.name == name)
            return entry.state;
    }
    return UpdateState::Unknown;
}

QString updateStateLabel(UpdateState state)
{
    for (const StateName &entry : stateNames) {
        if (entry.state == state)
            return QCoreApplication::translate("CardDesk::Core", entry.label);
    }
    return {};
}

} // namespace CardDesk::Core
