// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/credentialregister.h"

#include <QSqlDatabase>

// Register writes that run inside a transaction the caller holds, so the outbox can change an
// entry and the register in one commit. Not part of the public store API.
namespace CardDesk::Store::RegisterWrites {

struct Change
{
    QString userId;
    QString username;
    QList<Core::Credential> cards;
    QString updateId;
    QDateTime nowUtc;
};

bool writeIntended(const QSqlDatabase &db, const Change &change, RegisterAction action, QString *error);
bool writeConfirmed(const QSqlDatabase &db, const Change &change, QString *error);
/// Reads the intended set. *found is false when the user has no register row.
bool readIntended(const QSqlDatabase &db, const QString &userId, QList<Core::Credential> *cards, bool *found,
                  QString *error);

} // namespace CardDesk::Store::RegisterWrites
