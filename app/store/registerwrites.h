// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/credentialregister.h"

#include <QSqlDatabase>

namespace CardDesk::Store::Sql {
class StatementCache;
} // namespace CardDesk::Store::Sql

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
    /// cards as StoredJson::encodeCards() writes them, when the caller already has that text, so
    /// it is not encoded again. Empty: encode cards.
    QString cardsJson;
};

/// A user's register row as far as writeConfirmed() needs it.
struct ConfirmedRow
{
    bool exists = false;
    /// The confirmed set's stored text, empty without a row or without a confirmed set.
    QString confirmedJson;
};

// The overloads on a StatementCache reuse its prepared statements, for loops over many users.

bool writeIntended(const QSqlDatabase &db, const Change &change, RegisterAction action, QString *error);
/// Also stores the intended set the user had before in *before (empty without a register row).
bool writeIntended(Sql::StatementCache &statements, const Change &change, RegisterAction action,
                   QList<Core::Credential> *before, QString *error);
bool writeConfirmed(const QSqlDatabase &db, const Change &change, QString *error);
/// Also stores the confirmed set the user had before, in StoredJson form, in *beforeJson when it is
/// not null (empty without one).
bool writeConfirmed(Sql::StatementCache &statements, const Change &change, QString *error,
                    QString *beforeJson = nullptr);
/// As writeConfirmed() above, for a caller that read the user's row in the same transaction with
/// readConfirmedRow() or a query of its own, so it is not read again.
bool writeConfirmed(Sql::StatementCache &statements, const Change &change, const ConfirmedRow &row,
                    QString *error);
/// Reads whether the user has a register row and the confirmed set's stored text, without
/// decoding it.
bool readConfirmedRow(Sql::StatementCache &statements, const QString &userId, ConfirmedRow *row,
                      QString *error);
/// Reads the intended set. *found is false when the user has no register row.
bool readIntended(const QSqlDatabase &db, const QString &userId, QList<Core::Credential> *cards, bool *found,
                  QString *error);
bool readIntended(Sql::StatementCache &statements, const QString &userId, QList<Core::Credential> *cards,
                  bool *found, QString *error);
/// Reads the confirmed set. *found is false when the user has no register row.
bool readConfirmed(Sql::StatementCache &statements, const QString &userId, QList<Core::Credential> *cards,
                   bool *found, QString *error);
/// Reads the confirmed set's stored text without decoding it, so that an audit record can copy
/// it even when it is not valid JSON (logged as a warning). *json is empty when the user has no
/// register row or no confirmed set.
bool readConfirmedJson(Sql::StatementCache &statements, const QString &userId, QString *json, QString *error);

} // namespace CardDesk::Store::RegisterWrites
