// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The numbered schema migrations. Not part of the public store API.
namespace CardDesk::Store::Schema {

/// Value of PRAGMA application_id in every CardDesk database ("CDsk" in ASCII). A SQLite file with
/// another value, or with tables but no value, belongs to some other program.
inline constexpr int ApplicationId = 0x4344736B;

/// One migration: the statements that take the schema from version - 1 to version.
struct Migration
{
    int version = 0;
    QStringList statements;
};

/// Returns the condition that the outbox's partial failure indexes share: the states of open
/// failures, and with includeResolved also "resolved", as "column = 'state'" comparisons joined by
/// OR, in parentheses. SQLite uses a partial index only for a query that contains its condition
/// word for word, so the failure queries build their condition with this function too.
QString failureStateCondition(bool includeResolved, const QString &column);

/// Returns every migration in ascending version order, starting at version 1.
const QList<Migration> &migrations();
/// Returns the version the newest migration produces.
int latestVersion();

} // namespace CardDesk::Store::Schema
