// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/registerwrites.h"

#include "core/cardvalidation.h"

#include "store/sqlsupport.h"
#include "store/storedjson.h"

#include <QLoggingCategory>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace CardDesk::Store::RegisterWrites {

namespace {

Q_LOGGING_CATEGORY(lcRegisterWrites, "carddesk.store.registerwrites")

QDateTime timeOrNow(const QDateTime &nowUtc)
{
    return nowUtc.isValid() ? nowUtc.toUTC() : QDateTime::currentDateTimeUtc();
}

QString cardsText(const Change &change)
{
    return change.cardsJson.isEmpty() ? StoredJson::encodeCards(change.cards) : change.cardsJson;
}

// Reads the text of one stored card-set column without decoding it. *found is false without a
// register row, and a NULL column gives an empty text.
bool readColumnText(Sql::StatementCache &statements, const QString &column, const QString &userId,
                    QString *json, bool *found, QString *error)
{
    json->clear();
    *found = false;
    QSqlQuery *query =
        statements.prepare(u"SELECT %1 FROM credential_register WHERE user_id = ?"_s.arg(column), error);
    if (!query)
        return false;
    query->bindValue(0, Sql::text(userId));
    if (!Sql::exec(*query, error))
        return false;
    if (!query->next())
        return true;
    *found = true;
    const QVariant value = query->value(0);
    query->finish();
    if (!value.isNull())
        *json = value.toString();
    return true;
}

// Reads one stored card-set column, and its text into *json. *found is false without a register
// row, and a NULL column gives an empty set and an empty text.
bool readCardColumn(Sql::StatementCache &statements, const QString &column, const QString &userId,
                    QList<Core::Credential> *cards, QString *json, bool *found, QString *error)
{
    cards->clear();
    if (!readColumnText(statements, column, userId, json, found, error))
        return false;
    if (json->isEmpty())
        return true;
    if (!StoredJson::decodeCards(*json, cards)) {
        *error = u"the stored %1 card set of user %2 is not valid JSON"_s.arg(column, userId);
        return false;
    }
    return true;
}

// Appends a history row. beforeJson is the stored text of the set before, or empty for none.
bool appendHistory(Sql::StatementCache &statements, const Change &change, RegisterAction action,
                   const QString &beforeJson, QString *error)
{
    QSqlQuery *query = statements.prepare(
        u"INSERT INTO credential_history (user_id, username, changed_at, action, before_json,"
        " after_json, update_id) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        error);
    if (!query)
        return false;
    QSqlQuery &insert = *query;
    insert.bindValue(0, Sql::text(change.userId));
    insert.bindValue(1, Sql::text(change.username));
    insert.bindValue(2, Sql::toDbTime(timeOrNow(change.nowUtc)));
    insert.bindValue(3, Sql::text(registerActionName(action)));
    insert.bindValue(4, Sql::text(beforeJson.isEmpty() ? StoredJson::encodeCards({}) : beforeJson));
    insert.bindValue(5, Sql::text(cardsText(change)));
    insert.bindValue(6, Sql::text(change.updateId));
    return Sql::exec(insert, error);
}

// Rewrites the index of the user's active intended cards that holdersOf() reads.
bool writeActiveCards(Sql::StatementCache &statements, const Change &change, QString *error)
{
    QSqlQuery *clear = statements.prepare(u"DELETE FROM credential_register_card WHERE user_id = ?"_s, error);
    if (!clear)
        return false;
    clear->bindValue(0, Sql::text(change.userId));
    if (!Sql::exec(*clear, error))
        return false;

    QSqlQuery *insert = statements.prepare(
        u"INSERT OR IGNORE INTO credential_register_card (user_id, card_number, facility_code, card_key)"
        " VALUES (?, ?, ?, ?)"_s,
        error);
    if (!insert)
        return false;
    for (const Core::Credential &card : change.cards) {
        if (!card.active)
            continue;
        insert->bindValue(0, Sql::text(change.userId));
        insert->bindValue(1, Sql::text(card.cardNumber));
        insert->bindValue(2, Sql::text(card.facilityCode));
        insert->bindValue(3, Core::comparableCardKey(card.cardNumber, card.facilityCode));
        if (!Sql::exec(*insert, error))
            return false;
    }
    return true;
}

// Inserts or updates the user's row with cards as the intended set, and its card index.
bool storeIntended(Sql::StatementCache &statements, const Change &change, bool rowExists, QString *error)
{
    const QString sql = rowExists ? u"UPDATE credential_register SET username = ?, intended_json = ?,"
                                    " intended_at = ? WHERE user_id = ?"_s
                                  : u"INSERT INTO credential_register (username, intended_json, intended_at,"
                                    " user_id) VALUES (?, ?, ?, ?)"_s;
    QSqlQuery *query = statements.prepare(sql, error);
    if (!query)
        return false;
    query->bindValue(0, Sql::text(change.username));
    query->bindValue(1, Sql::text(cardsText(change)));
    query->bindValue(2, Sql::toDbTime(timeOrNow(change.nowUtc)));
    query->bindValue(3, Sql::text(change.userId));
    return Sql::exec(*query, error) && writeActiveCards(statements, change, error);
}

} // namespace

bool readIntended(Sql::StatementCache &statements, const QString &userId, QList<Core::Credential> *cards,
                  bool *found, QString *error)
{
    QString json;
    return readCardColumn(statements, u"intended_json"_s, userId, cards, &json, found, error);
}

bool readConfirmed(Sql::StatementCache &statements, const QString &userId, QList<Core::Credential> *cards,
                   bool *found, QString *error)
{
    QString json;
    return readCardColumn(statements, u"confirmed_json"_s, userId, cards, &json, found, error);
}

bool readConfirmedJson(Sql::StatementCache &statements, const QString &userId, QString *json, QString *error)
{
    bool found = false;
    if (!readColumnText(statements, u"confirmed_json"_s, userId, json, &found, error))
        return false;
    QList<Core::Credential> cards;
    if (!json->isEmpty() && !StoredJson::decodeCards(*json, &cards)) {
        qCWarning(lcRegisterWrites).noquote()
            << "The stored confirmed card set of user" << userId << "is not valid JSON; it is copied as text";
    }
    return true;
}

bool readIntended(const QSqlDatabase &db, const QString &userId, QList<Core::Credential> *cards, bool *found,
                  QString *error)
{
    Sql::StatementCache statements(db);
    return readIntended(statements, userId, cards, found, error);
}

bool writeIntended(Sql::StatementCache &statements, const Change &change, RegisterAction action,
                   QList<Core::Credential> *before, QString *error)
{
    bool found = false;
    QString beforeJson;
    return readCardColumn(statements, u"intended_json"_s, change.userId, before, &beforeJson, &found,
                          error) &&
           storeIntended(statements, change, found, error) &&
           appendHistory(statements, change, action, beforeJson, error);
}

bool writeIntended(const QSqlDatabase &db, const Change &change, RegisterAction action, QString *error)
{
    Sql::StatementCache statements(db);
    QList<Core::Credential> before;
    return writeIntended(statements, change, action, &before, error);
}

bool readConfirmedRow(Sql::StatementCache &statements, const QString &userId, ConfirmedRow *row,
                      QString *error)
{
    return readColumnText(statements, u"confirmed_json"_s, userId, &row->confirmedJson, &row->exists, error);
}

bool writeConfirmed(Sql::StatementCache &statements, const Change &change, QString *error,
                    QString *previousJson)
{
    // Only the text of the set before is needed, so an invalid stored set is replaced, not an error.
    ConfirmedRow row;
    if (!readConfirmedRow(statements, change.userId, &row, error))
        return false;
    if (previousJson)
        *previousJson = row.confirmedJson;
    return writeConfirmed(statements, change, row, error);
}

bool writeConfirmed(Sql::StatementCache &statements, const Change &change, const ConfirmedRow &row,
                    QString *error)
{
    // A confirmation without a register row makes the confirmed set the intended one too, so
    // the register never lacks a user that Calven confirmed cards for.
    if (!row.exists && !storeIntended(statements, change, false, error))
        return false;

    QSqlQuery *query = statements.prepare(
        u"UPDATE credential_register SET username = ?, confirmed_json = ?, confirmed_at = ?,"
        " confirmed_update_id = ? WHERE user_id = ?"_s,
        error);
    if (!query)
        return false;
    query->bindValue(0, Sql::text(change.username));
    query->bindValue(1, Sql::text(cardsText(change)));
    query->bindValue(2, Sql::toDbTime(timeOrNow(change.nowUtc)));
    query->bindValue(3, Sql::text(change.updateId));
    query->bindValue(4, Sql::text(change.userId));
    return Sql::exec(*query, error) &&
           appendHistory(statements, change, RegisterAction::Confirm, row.confirmedJson, error);
}

bool writeConfirmed(const QSqlDatabase &db, const Change &change, QString *error)
{
    Sql::StatementCache statements(db);
    return writeConfirmed(statements, change, error);
}

} // namespace CardDesk::Store::RegisterWrites
