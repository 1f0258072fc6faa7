// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/registerwrites.h"

#include "store/sqlsupport.h"
#include "store/storedjson.h"

#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace CardDesk::Store::RegisterWrites {

namespace {

QDateTime timeOrNow(const QDateTime &nowUtc)
{
    return nowUtc.isValid() ? nowUtc.toUTC() : QDateTime::currentDateTimeUtc();
}

// Reads one stored card-set column. *found is false without a register row, and a NULL column
// gives an empty set.
bool readCardColumn(const QSqlDatabase &db, const QString &column, const QString &userId,
                    QList<Core::Credential> *cards, bool *found, QString *error)
{
    cards->clear();
    *found = false;
    QSqlQuery query(db);
    if (!Sql::prepare(query, u"SELECT %1 FROM credential_register WHERE user_id = ?"_s.arg(column), error))
        return false;
    query.bindValue(0, Sql::text(userId));
    if (!Sql::exec(query, error))
        return false;
    if (!query.next())
        return true;
    *found = true;
    if (query.value(0).isNull())
        return true;
    if (!StoredJson::decodeCards(query.value(0).toString(), cards)) {
        *error = u"the stored %1 card set of user %2 is not valid JSON"_s.arg(column, userId);
        return false;
    }
    return true;
}

bool appendHistory(const QSqlDatabase &db, const Change &change, RegisterAction action,
                   const QList<Core::Credential> &before, QString *error)
{
    QSqlQuery query(db);
    if (!Sql::prepare(query,
                      u"INSERT INTO credential_history (user_id, username, changed_at, action, before_json,"
                      " after_json, update_id) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                      error)) {
        return false;
    }
    query.bindValue(0, Sql::text(change.userId));
    query.bindValue(1, Sql::text(change.username));
    query.bindValue(2, Sql::toDbTime(timeOrNow(change.nowUtc)));
    query.bindValue(3, Sql::text(registerActionName(action)));
    query.bindValue(4, Sql::text(StoredJson::encodeCards(before)));
    query.bindValue(5, Sql::text(StoredJson::encodeCards(change.cards)));
    query.bindValue(6, Sql::text(change.updateId));
    return Sql::exec(query, error);
}

// Rewrites the index of the user's active intended cards that holdersOf() reads.
bool writeActiveCards(const QSqlDatabase &db, const Change &change, QString *error)
{
    QSqlQuery clear(db);
    if (!Sql::prepare(clear, u"DELETE FROM credential_register_card WHERE user_id = ?"_s, error))
        return false;
    clear.bindValue(0, Sql::text(change.userId));
    if (!Sql::exec(clear, error))
        return false;

    QSqlQuery insert(db);
    if (!Sql::prepare(insert,
                      u"INSERT OR IGNORE INTO credential_register_card (user_id, card_number, facility_code)"
                      " VALUES (?, ?, ?)"_s,
                      error)) {
        return false;
    }
    for (const Core::Credential &card : change.cards) {
        if (!card.active)
            continue;
        insert.bindValue(0, Sql::text(change.userId));
        insert.bindValue(1, Sql::text(card.cardNumber));
        insert.bindValue(2, Sql::text(card.facilityCode));
        if (!Sql::exec(insert, error))
            return false;
    }
    return true;
}

// Inserts or updates the user's row with cards as the intended set, and its card index.
bool storeIntended(const QSqlDatabase &db, const Change &change, bool rowExists, QString *error)
{
    QSqlQuery query(db);
    const QString sql = rowExists ? u"UPDATE credential_register SET username = ?, intended_json = ?,"
                                    " intended_at = ? WHERE user_id = ?"_s
                                  : u"INSERT INTO credential_register (username, intended_json, intended_at,"
                                    " user_id) VALUES (?, ?, ?, ?)"_s;
    if (!Sql::prepare(query, sql, error))
        return false;
    query.bindValue(0, Sql::text(change.username));
    query.bindValue(1, Sql::text(StoredJson::encodeCards(change.cards)));
    query.bindValue(2, Sql::toDbTime(timeOrNow(change.nowUtc)));
    query.bindValue(3, Sql::text(change.userId));
    return Sql::exec(query, error) && writeActiveCards(db, change, error);
}

} // namespace

bool readIntended(const QSqlDatabase &db, const QString &userId, QList<Core::Credential> *cards, bool *found,
                  QString *error)
{
    return readCardColumn(db, u"intended_json"_s, userId, cards, found, error);
}

bool writeIntended(const QSqlDatabase &db, const Change &change, RegisterAction action, QString *error)
{
    QList<Core::Credential> before;
    bool found = false;
    return readIntended(db, change.userId, &before, &found, error) &&
           storeIntended(db, change, found, error) && appendHistory(db, change, action, before, error);
}

bool writeConfirmed(const QSqlDatabase &db, const Change &change, QString *error)
{
    QList<Core::Credential> before;
    bool found = false;
    if (!readCardColumn(db, u"confirmed_json"_s, change.userId, &before, &found, error))
        return false;
    // A confirmation without a register row makes the confirmed set the intended one too, so
    // the register never lacks a user that Calven confirmed cards for.
    if (!found && !storeIntended(db, change, false, error))
        return false;

    QSqlQuery query(db);
    if (!Sql::prepare(query,
                      u"UPDATE credential_register SET username = ?, confirmed_json = ?, confirmed_at = ?,"
                      " confirmed_update_id = ? WHERE user_id = ?"_s,
                      error)) {
        return false;
    }
    query.bindValue(0, Sql::text(change.username));
    query.bindValue(1, Sql::text(StoredJson::encodeCards(change.cards)));
    query.bindValue(2, Sql::toDbTime(timeOrNow(change.nowUtc)));
    query.bindValue(3, Sql::text(change.updateId));
    query.bindValue(4, Sql::text(change.userId));
    return Sql::exec(query, error) && appendHistory(db, change, RegisterAction::Confirm, before, error);
}

} // namespace CardDesk::Store::RegisterWrites
