// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/credential.h"
#include "core/updateresult.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The JSON forms the store writes into text columns. Unlike the Calven wire form, a stored card
// keeps its local format id. Not part of the public store API.
namespace CardDesk::Store::StoredJson {

QString encodeCards(const QList<Core::Credential> &cards);
/// Reads a card set written by encodeCards(). Returns false and an empty list when the text is
/// not such a set.
bool decodeCards(const QString &text, QList<Core::Credential> *cards);

QString encodeCardResults(const QList<Core::CardResult> &results);
QList<Core::CardResult> decodeCardResults(const QString &text);

/// Stable lower-case name of a result code for storage, such as "user-not-found".
QString resultCodeName(Core::ResultCode code);
/// Reverses resultCodeName(), mapping unknown names to Unknown.
Core::ResultCode resultCodeFromName(QStringView name);

} // namespace CardDesk::Store::StoredJson
