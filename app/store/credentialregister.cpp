// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/credentialregister.h"

#include "core/cardvalidation.h"

#include "store/database.h"
#include "store/registerwrites.h"
#include "store/sqlsupport.h"
#include "store/storedjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRegister, "carddesk.store.register")

namespace CardDesk::Store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CardDesk::Store::CredentialRegister", text);
}

struct ActionName
{
    RegisterAction action;
    QStringView name;
};

constexpr ActionName actionNames[] = {
    {RegisterAction::Edit, u"edit"},
    {RegisterAction::Import, u"import"},
    {RegisterAction::Confirm, u"confirm"},
};

QList<Core::Credential> cardsFrom(const QVariant &value, const QString &userId)
{
    QList<Core::Credential> cards;
    if (!value.isNull() && !StoredJson::decodeCards(value.toString(), &cards))
        qCWarning(lcRegister).noquote()
            << "A stored card set of user" << userId << "is not valid JSON; it reads as empty";
    return cards;
}

} // namespace

QString registerActionName(RegisterAction action)
{
    for (const ActionName &entry : actionNames) {
        if (entry.action == action)
            return entry.name.toString();
    }
    return {};
}

std::optional<RegisterAction> registerActionFromName(QStringView name)
{
    for (const ActionName &entry : actionNames) {
        if (entry.name == name)
            return entry.action;
    }
    return std::nullopt;
}

CredentialRegister::CredentialRegister(Database &database)
    : m_database(database)
{}

bool CredentialRegister::failWith(const QString &message) const
{
    m_error = message;
    qCWarning(lcRegister).noquote() << message;
    return false;
}

bool CredentialRegister::setIntended(const QString &userId, const QString &username,
                                     const QList<Core::Credential> &cards, RegisterAction action,
                                     const QString &updateId, const QDateTime &nowUtc)
{
    m_error.clear();
    if (userId.isEmpty())
        return failWith(tr("Cannot store a card set for user \"%1\" without a user id.").arg(username));

    QString error;
    Sql::WriteTransaction transaction(m_database.connection());
    const RegisterWrites::Change change{userId, username, cards, updateId, nowUtc, {}};
    if (!transaction.begin(&error) ||
        !RegisterWrites::writeIntended(m_database.connection(), change, action, &error) ||
        !transaction.commit(&error)) {
        transaction.rollback();
        return failWith(tr("Cannot save the card set of user %1 in %2: %3. Nothing was changed; check free "
                           "disk space and try again.")
                            .arg(username, QDir::toNativeSeparators(m_database.path()), error));
    }
    qCInfo(lcRegister).noquote() << "Stored the intended card set of user" << userId << "with" << cards.size()
                                 << "cards, action" << registerActionName(action);
    return true;
}

bool CredentialRegister::setConfirmed(const QString &userId, const QString &username,
                                      const QList<Core::Credential> &cards, const QString &updateId,
                                      const QDateTime &nowUtc)
{
    m_error.clear();
    if (userId.isEmpty())
        return failWith(
            tr("Cannot store a confirmed card set for user \"%1\" without a user id.").arg(username));

    QString error;
    Sql::WriteTransaction transaction(m_database.connection());
    const RegisterWrites::Change change{userId, username, cards, updateId, nowUtc, {}};
    if (!transaction.begin(&error) ||
        !RegisterWrites::writeConfirmed(m_database.connection(), change, &error) ||
        !transaction.commit(&error)) {
        transaction.rollback();
        return failWith(tr("Cannot save the confirmed card set of user %1 in %2: %3.")
                            .arg(username, QDir::toNativeSeparators(m_database.path()), error));
    }
    qCInfo(lcRegister).noquote() << "Stored the confirmed card set of user" << userId << "from update"
                                 << updateId;
    return true;
}

std::optional<RegisterRecord> CredentialRegister::record(const QString &userId) const
{
    m_error.clear();
    QSqlQuery query(m_database.connection());
    QString error;
    const bool ok =
        Sql::prepare(query,
                     u"SELECT user_id, username, intended_json, intended_at, confirmed_json,"
                     " confirmed_at, confirmed_update_id FROM credential_register WHERE user_id = ?"_s,
                     &error);
    query.bindValue(0, Sql::text(userId));
    if (!ok || !Sql::exec(query, &error)) {
        failWith(tr("Cannot read the card set of user %1: %2.").arg(userId, error));
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;

    RegisterRecord record;
    record.userId = query.value(0).toString();
    record.username = query.value(1).toString();
    record.intended = cardsFrom(query.value(2), record.userId);
    record.intendedAt = Sql::fromDbTime(query.value(3));
    record.hasConfirmed = !query.value(4).isNull();
    record.confirmed = cardsFrom(query.value(4), record.userId);
    record.confirmedAt = Sql::fromDbTime(query.value(5));
    record.confirmedUpdateId = query.value(6).toString();
    return record;
}

std::optional<QList<RegisterHistoryEntry>> CredentialRegister::history(const QString &userId) const
{
    m_error.clear();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QString error;
    const bool ok = Sql::prepare(query,
                                 u"SELECT id, user_id, username, changed_at, action, before_json, after_json,"
                                 " update_id FROM credential_history WHERE user_id = ? ORDER BY id DESC"_s,
                                 &error);
    query.bindValue(0, Sql::text(userId));
    if (!ok || !Sql::exec(query, &error)) {
        failWith(tr("Cannot read the card history of user %1: %2.").arg(userId, error));
        return std::nullopt;
    }
    QList<RegisterHistoryEntry> entries;
    while (query.next()) {
        RegisterHistoryEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.userId = query.value(1).toString();
        entry.username = query.value(2).toString();
        entry.changedAt = Sql::fromDbTime(query.value(3));
        entry.action = registerActionFromName(query.value(4).toString()).value_or(RegisterAction::Edit);
        entry.before = cardsFrom(query.value(5), entry.userId);
        entry.after = cardsFrom(query.value(6), entry.userId);
        entry.updateId = query.value(7).toString();
        entries.append(entry);
    }
    return entries;
}

std::optional<QList<CardHolder>> CredentialRegister::holdersOf(const QString &cardNumber,
                                                               const QString &facilityCode) const
{
    m_error.clear();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QString error;
    const bool ok = Sql::prepare(query,
                                 u"SELECT r.user_id, r.username FROM credential_register_card c"
                                 " JOIN credential_register r ON r.user_id = c.user_id"
                                 " WHERE c.card_key = ? ORDER BY r.username, r.user_id"_s,
                                 &error);
    query.bindValue(0, Core::comparableCardKey(cardNumber, facilityCode));
    if (!ok || !Sql::exec(query, &error)) {
        failWith(tr("Cannot look up the holders of card %1: %2.")
                     .arg(facilityCode.isEmpty() ? cardNumber : facilityCode + u':' + cardNumber, error));
        return std::nullopt;
    }
    QList<CardHolder> holders;
    while (query.next())
        holders.append(CardHolder{query.value(0).toString(), query.value(1).toString()});
    return holders;
}

std::optional<QHash<QString, int>> CredentialRegister::activeCardCounts() const
{
    m_error.clear();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT user_id, count(*) FROM credential_register_card GROUP BY user_id"_s)) {
        failWith(tr("Cannot count the cards in the register: %1.").arg(Sql::errorText(query)));
        return std::nullopt;
    }
    QHash<QString, int> counts;
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    return counts;
}

std::optional<QHash<QString, QStringList>> CredentialRegister::activeCardNumbers() const
{
    m_error.clear();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT user_id, card_number FROM credential_register_card ORDER BY user_id, card_number"_s)) {
        failWith(tr("Cannot read the card numbers in the register: %1.").arg(Sql::errorText(query)));
        return std::nullopt;
    }
    QHash<QString, QStringList> numbers;
    while (query.next())
        numbers[query.value(0).toString()].append(query.value(1).toString());
    return numbers;
}

} // namespace CardDesk::Store
