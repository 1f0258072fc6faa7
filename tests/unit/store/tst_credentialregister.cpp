// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/credentialregister.h"
#include "store/database.h"
#include "storetestsupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace CardDesk;
using namespace CardDesk::Store;
using CardDesk::Store::TestSupport::card;

using Cards = QList<Core::Credential>;

namespace {

const QDateTime EditTime = QDateTime(QDate(2026, 4, 1), QTime(9, 30, 0, 125), QTimeZone::utc());

QStringList holderIds(const QList<CardHolder> &holders)
{
    QStringList ids;
    for (const CardHolder &holder : holders)
        ids.append(holder.userId);
    return ids;
}

} // namespace

class TestCredentialRegister : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void unknownUserHasNoRecord();
    void intendedSetStoredExactly();
    void confirmedSetKeptApart();
    void confirmationWithoutIntendedSet();
    void historyNewestFirst();
    void registerSurvivesReopen();
    void emptyUserIdRejected();
    void holdersOf_data();
    void holdersOf();
    void holdersFollowIntendedSet();
    void activeCardCounts();
    void activeCardNumbers();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CredentialRegister> m_register;
};

void TestCredentialRegister::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>();
    QVERIFY2(m_database->open(m_dir->filePath(u"carddesk.sqlite"_s)), qPrintable(m_database->errorString()));
    m_register = std::make_unique<CredentialRegister>(*m_database);
}

void TestCredentialRegister::cleanup()
{
    m_register.reset();
    m_database.reset();
    m_dir.reset();
}

void TestCredentialRegister::unknownUserHasNoRecord()
{
    QVERIFY(!m_register->record(u"u-nobody"_s));
    QVERIFY(m_register->errorString().isEmpty());
    const auto history = m_register->history(u"u-nobody"_s);
    QVERIFY(history);
    QVERIFY(history->isEmpty());
}

void TestCredentialRegister::intendedSetStoredExactly()
{
    Core::Credential withoutFacility = card(u"000123"_s);
    withoutFacility.scanData = {u"0x1F"_s, u"second"_s};
    const Cards cards{card(u"0042"_s, u"007"_s), withoutFacility, card(u"99"_s, u"1"_s, false)};
    QVERIFY2(m_register->setIntended(u"u-alice"_s, u"alice@example.com"_s, cards, RegisterAction::Import, {},
                                     EditTime),
             qPrintable(m_register->errorString()));

    const auto record = m_register->record(u"u-alice"_s);
    QVERIFY(record);
    QCOMPARE(record->userId, u"u-alice"_s);
    QCOMPARE(record->username, u"alice@example.com"_s);
    QCOMPARE(record->intended, cards);
    QCOMPARE(record->intendedAt, EditTime);
    QVERIFY(!record->hasConfirmed);
    QVERIFY(record->confirmed.isEmpty());
    QVERIFY(!record->confirmedAt.isValid());
}

void TestCredentialRegister::confirmedSetKeptApart()
{
    const Cards first{card(u"100"_s, u"5"_s)};
    const Cards second{card(u"100"_s, u"5"_s, false), card(u"200"_s, u"5"_s)};
    QVERIFY(
        m_register->setIntended(u"u-bob"_s, u"bob@example.com"_s, first, RegisterAction::Edit, u"upd-1"_s));
    QVERIFY(m_register->setConfirmed(u"u-bob"_s, u"bob@example.com"_s, first, u"upd-1"_s, EditTime));
    QVERIFY(
        m_register->setIntended(u"u-bob"_s, u"bob@example.com"_s, second, RegisterAction::Edit, u"upd-2"_s));

    const auto record = m_register->record(u"u-bob"_s);
    QVERIFY(record);
    QCOMPARE(record->intended, second);
    QVERIFY(record->hasConfirmed);
    QCOMPARE(record->confirmed, first);
    QCOMPARE(record->confirmedAt, EditTime);
    QCOMPARE(record->confirmedUpdateId, u"upd-1"_s);
}

void TestCredentialRegister::confirmationWithoutIntendedSet()
{
    const Cards cards{card(u"300"_s)};
    QVERIFY2(m_register->setConfirmed(u"u-chen"_s, u"chen@example.com"_s, cards, u"upd-9"_s),
             qPrintable(m_register->errorString()));
    const auto record = m_register->record(u"u-chen"_s);
    QVERIFY(record);
    QCOMPARE(record->intended, cards);
    QCOMPARE(record->confirmed, cards);
    const auto history = m_register->history(u"u-chen"_s);
    QVERIFY(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->at(0).action, RegisterAction::Confirm);
}

void TestCredentialRegister::historyNewestFirst()
{
    const Cards first{card(u"1"_s)};
    const Cards second{card(u"1"_s, {}, false), card(u"2"_s)};
    QVERIFY(m_register->setIntended(u"u-dana"_s, u"dana@example.com"_s, first, RegisterAction::Import, {},
                                    EditTime));
    QVERIFY(m_register->setIntended(u"u-dana"_s, u"dana@example.com"_s, second, RegisterAction::Edit,
                                    u"upd-2"_s, EditTime.addSecs(60)));
    QVERIFY(m_register->setConfirmed(u"u-dana"_s, u"dana@example.com"_s, second, u"upd-2"_s,
                                     EditTime.addSecs(90)));

    const auto history = m_register->history(u"u-dana"_s);
    QVERIFY(history);
    QCOMPARE(history->size(), 3);

    const RegisterHistoryEntry &confirm = history->at(0);
    QCOMPARE(confirm.action, RegisterAction::Confirm);
    QCOMPARE(confirm.before, Cards());
    QCOMPARE(confirm.after, second);
    QCOMPARE(confirm.updateId, u"upd-2"_s);
    QCOMPARE(confirm.changedAt, EditTime.addSecs(90));

    const RegisterHistoryEntry &edit = history->at(1);
    QCOMPARE(edit.action, RegisterAction::Edit);
    QCOMPARE(edit.before, first);
    QCOMPARE(edit.after, second);
    QCOMPARE(edit.updateId, u"upd-2"_s);

    const RegisterHistoryEntry &import = history->at(2);
    QCOMPARE(import.action, RegisterAction::Import);
    QCOMPARE(import.before, Cards());
    QCOMPARE(import.after, first);
    QCOMPARE(import.updateId, QString());
    QCOMPARE(import.username, u"dana@example.com"_s);
}

void TestCredentialRegister::registerSurvivesReopen()
{
    const Cards cards{card(u"0000777"_s, u"12"_s)};
    QVERIFY(
        m_register->setIntended(u"u-eve"_s, u"eve@example.com"_s, cards, RegisterAction::Edit, u"upd-1"_s));
    const QString path = m_database->path();
    m_register.reset();
    m_database.reset();

    Database reopened;
    QVERIFY2(reopened.open(path), qPrintable(reopened.errorString()));
    CredentialRegister cardRegister(reopened);
    const auto record = cardRegister.record(u"u-eve"_s);
    QVERIFY(record);
    QCOMPARE(record->intended, cards);
    const auto holders = cardRegister.holdersOf(u"0000777"_s, u"12"_s);
    QVERIFY(holders);
    QCOMPARE(holderIds(*holders), QStringList{u"u-eve"_s});
}

void TestCredentialRegister::emptyUserIdRejected()
{
    QVERIFY(
        !m_register->setIntended(QString(), u"ghost@example.com"_s, {card(u"1"_s)}, RegisterAction::Edit));
    QVERIFY2(m_register->errorString().contains(u"ghost@example.com"_s),
             qPrintable(m_register->errorString()));
    QVERIFY(!m_register->setConfirmed(QString(), u"ghost@example.com"_s, {card(u"1"_s)}, u"upd"_s));
}

void TestCredentialRegister::holdersOf_data()
{
    QTest::addColumn<QString>("cardNumber");
    QTest::addColumn<QString>("facilityCode");
    QTest::addColumn<QStringList>("expectedHolders");

    QTest::newRow("active card, one holder") << u"5000"_s << u"10"_s << QStringList{u"u-alice"_s};
    QTest::newRow("shared card, ordered by username")
        << u"6000"_s << u"10"_s << QStringList{u"u-alice"_s, u"u-bob"_s};
    QTest::newRow("inactive card") << u"7000"_s << u"10"_s << QStringList();
    QTest::newRow("other facility code") << u"5000"_s << u"11"_s << QStringList();
    QTest::newRow("missing facility code") << u"5000"_s << QString() << QStringList();
    QTest::newRow("card without facility code") << u"00123"_s << QString() << QStringList{u"u-bob"_s};
    QTest::newRow("leading zeros in the number") << u"123"_s << QString() << QStringList{u"u-bob"_s};
    QTest::newRow("leading zeros in the facility code")
        << u"05000"_s << u"010"_s << QStringList{u"u-alice"_s};
    QTest::newRow("nobody") << u"999999"_s << u"10"_s << QStringList();
}

void TestCredentialRegister::holdersOf()
{
    QFETCH(QString, cardNumber);
    QFETCH(QString, facilityCode);
    QFETCH(QStringList, expectedHolders);

    QVERIFY(m_register->setIntended(u"u-alice"_s, u"alice@example.com"_s,
                                    {card(u"5000"_s, u"10"_s), card(u"6000"_s, u"10"_s)},
                                    RegisterAction::Edit));
    QVERIFY(m_register->setIntended(
        u"u-bob"_s, u"bob@example.com"_s,
        {card(u"6000"_s, u"10"_s), card(u"7000"_s, u"10"_s, false), card(u"00123"_s)}, RegisterAction::Edit));

    const auto holders = m_register->holdersOf(cardNumber, facilityCode);
    QVERIFY2(holders, qPrintable(m_register->errorString()));
    QCOMPARE(holderIds(*holders), expectedHolders);
}

void TestCredentialRegister::holdersFollowIntendedSet()
{
    QVERIFY(m_register->setIntended(u"u-alice"_s, u"alice@example.com"_s, {card(u"5000"_s, u"10"_s)},
                                    RegisterAction::Edit));
    QCOMPARE(holderIds(*m_register->holdersOf(u"5000"_s, u"10"_s)), QStringList{u"u-alice"_s});

    // Removing a card keeps it in the set as inactive, so the next request deactivates it in Calven.
    QVERIFY(m_register->setIntended(u"u-alice"_s, u"alice@example.com"_s,
                                    {card(u"5000"_s, u"10"_s, false), card(u"5001"_s, u"10"_s)},
                                    RegisterAction::Edit));
    QCOMPARE(holderIds(*m_register->holdersOf(u"5000"_s, u"10"_s)), QStringList());
    QCOMPARE(holderIds(*m_register->holdersOf(u"5001"_s, u"10"_s)), QStringList{u"u-alice"_s});

    const auto holders = m_register->holdersOf(u"5001"_s, u"10"_s);
    QCOMPARE(holders->at(0).username, u"alice@example.com"_s);
}

void TestCredentialRegister::activeCardCounts()
{
    QVERIFY(m_register->setIntended(u"u-alice"_s, u"alice@example.com"_s,
                                    {card(u"1"_s), card(u"2"_s), card(u"3"_s, {}, false)},
                                    RegisterAction::Edit));
    QVERIFY(m_register->setIntended(u"u-bob"_s, u"bob@example.com"_s, {card(u"4"_s)}, RegisterAction::Edit));
    QVERIFY(m_register->setIntended(u"u-chen"_s, u"chen@example.com"_s, {card(u"5"_s, {}, false)},
                                    RegisterAction::Edit));

    const auto counts = m_register->activeCardCounts();
    QVERIFY(counts);
    QCOMPARE(counts->value(u"u-alice"_s), 2);
    QCOMPARE(counts->value(u"u-bob"_s), 1);
    QVERIFY(!counts->contains(u"u-chen"_s));
}

void TestCredentialRegister::activeCardNumbers()
{
    QVERIFY(m_register->setIntended(u"u-alice"_s, u"alice@example.com"_s,
                                    {card(u"5001"_s, u"10"_s), card(u"0042"_s), card(u"777"_s, {}, false)},
                                    RegisterAction::Edit));
    QVERIFY(m_register->setIntended(u"u-chen"_s, u"chen@example.com"_s, {card(u"5"_s, {}, false)},
                                    RegisterAction::Edit));

    const auto numbers = m_register->activeCardNumbers();
    QVERIFY(numbers);
    // Leading zeros survive, and inactive cards are not searchable.
    QCOMPARE(numbers->value(u"u-alice"_s), (QStringList{u"0042"_s, u"5001"_s}));
    QVERIFY(!numbers->contains(u"u-chen"_s));
}

QTEST_GUILESS_MAIN(TestCredentialRegister)
#include "tst_credentialregister.moc"
