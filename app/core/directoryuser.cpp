// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "directoryuser.h"

using namespace Qt::StringLiterals;

namespace CardDesk::Core {

QString DirectoryUser::displayName() const
{
    const QString name = QString(firstName + u' ' + lastName).trimmed();
    return name.isEmpty() ? email : name;
}

QString DirectoryUser::credentialUsername() const
{
    return email.isEmpty() ? userName : email;
}

bool DirectoryUser::isActive() const
{
    return status.compare(u"active"_s, Qt::CaseInsensitive) == 0;
}

} // namespace CardDesk::Core
