// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directorytable.h"
#include "models/similarusers.h"
#include "ui/failurenextstep.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk;
using Core::ResultCode;
using Ui::FailureNextStep;

namespace {

Core::DirectoryUser directoryUser(const QString &userId, const QString &email)
{
    Core::DirectoryUser user;
    user.userId = userId;
    user.email = email;
    return user;
}

Core::OutboxEntry failure(ResultCode code, const QString &message)
{
    Core::OutboxEntry entry;
    entry.updateId = u"9f1c2d3e-0000-4000-8000-000000000001"_s;
    entry.userId = u"u-kim"_s;
    entry.username = u"kim@example.com"_s;
    Core::Credential card;
    card.credentialType = u"HID Prox"_s;
    card.facilityCode = u"7"_s;
    card.cardNumber = u"1001"_s;
    entry.credentials = {card};
    entry.state = Core::UpdateState::Failed;
    entry.result.code = code;
    entry.result.rawResult = Core::resultCodeToWire(code);
    entry.result.message = message;
    return entry;
}

} // namespace

// The suggestions of the failure detail pane, and the email similarity behind them.
class TestFailureNextStep : public QObject
{
    Q_OBJECT

private slots:
    void editDistance_data();
    void editDistance();
    void similarEmailsRankTyposFirst();
    void userNotFoundWithoutSimilarUsers();
    void heldCardNamesHolder();
    void ownCardIsNotHeldElsewhere();
    void invalidCardOffersDecoder();
    void invalidMessages_data();
    void invalidMessages();
    void adviceByResult_data();
    void adviceByResult();
};

void TestFailureNextStep::editDistance_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");
    QTest::newRow("same") << u"kim@example.com"_s << u"kim@example.com"_s << 0;
    QTest::newRow("case only") << u"Kim@Example.com"_s << u"kim@example.com"_s << 0;
    QTest::newRow("one substitution") << u"kim@example.com"_s << u"kin@example.com"_s << 1;
    QTest::newRow("swapped letters") << u"jon.smtih@x.io"_s << u"jon.smith@x.io"_s << 2;
    QTest::newRow("missing dot") << u"jonsmith@x.io"_s << u"jon.smith@x.io"_s << 1;
    QTest::newRow("beyond the limit") << u"zed.quinn@example.org"_s << u"jon.smtih@example.com"_s << 3;
    QTest::newRow("length gap") << u"a@x.io"_s << u"abcdef@x.io"_s << 3;
    QTest::newRow("empty") << QString() << u"ab"_s << 2;
}

void TestFailureNextStep::editDistance()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    QCOMPARE(Models::boundedEditDistance(a, b, 2), expected);
    QCOMPARE(Models::boundedEditDistance(b, a, 2), expected);
}

void TestFailureNextStep::similarEmailsRankTyposFirst()
{
    Core::DirectoryTableBuilder builder({});
    for (const auto &[id, email] : {std::pair{u"u-1"_s, u"jon.smith@example.com"_s},
                                    std::pair{u"u-2"_s, u"jon.smtih@example.org"_s},
                                    std::pair{u"u-3"_s, u"jon.smtih@example.com"_s},
                                    std::pair{u"u-4"_s, u"zed.quinn@example.com"_s},
                                    std::pair{u"u-5"_s, u"jon.smtih@other.net"_s}}) {
        builder.addUser(directoryUser(id, email));
    }
    const std::shared_ptr<const Core::DirectoryTable> table = builder.finish();
    const Core::DirectoryTable &users = *table;
    const QList<Core::DirectoryUser> similar = Models::similarEmailUsers(u"jon.smtih@example.com"_s, users, 5);
    QStringList ids;
    for (const Core::DirectoryUser &user : similar)
        ids.append(user.userId);
    // u-3 is the address Calven did not find. Two edits come before the same mailbox elsewhere,
    // and ties go by email.
    QCOMPARE(ids, (QStringList{u"u-1"_s, u"u-2"_s, u"u-5"_s}));
    QCOMPARE(Models::similarEmailUsers(u"jon.smtih@example.com"_s, users, 1).size(), 1);
    QVERIFY(Models::similarEmailUsers(QString(), users).isEmpty());
}

void TestFailureNextStep::userNotFoundWithoutSimilarUsers()
{
    const FailureNextStep step = Ui::suggestNextStep(failure(ResultCode::UserNotFound, u"User not found"_s), {});
    QVERIFY2(step.text.contains(u"no user with a similar email"_s), qPrintable(step.text));
    QVERIFY(step.buttons.isEmpty());
}

void TestFailureNextStep::heldCardNamesHolder()
{
    const Core::OutboxEntry entry = failure(ResultCode::CardUpdateFailed, u"Card already assigned"_s);
    Ui::FailureContext context;
    context.holders.append({entry.credentials.constFirst(), {u"u-hana"_s, u"Hana Holder"_s}});
    const FailureNextStep step = Ui::suggestNextStep(entry, context);
    QVERIFY2(step.text.contains(u"Card 7:1001 is held by Hana Holder (u-hana)."_s), qPrintable(step.text));
    QCOMPARE(step.buttons.size(), 2);
    QCOMPARE(step.buttons.at(0).action, FailureNextStep::Action::OpenUser);
    QCOMPARE(step.buttons.at(0).userId, u"u-hana"_s);
    QCOMPARE(step.buttons.at(1).action, FailureNextStep::Action::EditAndRetry);
    QCOMPARE(step.buttons.at(1).userId, u"u-kim"_s);
}

void TestFailureNextStep::ownCardIsNotHeldElsewhere()
{
    const Core::OutboxEntry entry = failure(ResultCode::CardUpdateFailed, u"Rejected"_s);
    Ui::FailureContext context;
    context.holders.append({entry.credentials.constFirst(), {u"u-kim"_s, u"Kim"_s}});
    const FailureNextStep step = Ui::suggestNextStep(entry, context);
    QVERIFY2(!step.text.contains(u"held by"_s), qPrintable(step.text));
    QVERIFY2(step.text.contains(u"did not apply the cards"_s), qPrintable(step.text));
}

void TestFailureNextStep::invalidCardOffersDecoder()
{
    Core::OutboxEntry entry = failure(ResultCode::PartialUpdate, u"1 of 2 cards failed"_s);
    entry.result.cards = {{u"1001"_s, u"7"_s, u"CARD_UPDATE_FAILED"_s, ResultCode::CardUpdateFailed,
                           u"Card number out of range for the format"_s},
                          {u"1002"_s, u"7"_s, u"OK"_s, ResultCode::Ok, QString()}};
    const FailureNextStep step = Ui::suggestNextStep(entry, {});
    QVERIFY2(step.text.contains(u"rejected card 7:1001 as invalid"_s), qPrintable(step.text));
    QCOMPARE(step.buttons.size(), 1);
    QCOMPARE(step.buttons.at(0).action, FailureNextStep::Action::OpenDecoder);
    // The decoder gets the card as it was sent, with its type.
    QCOMPARE(step.buttons.at(0).card.credentialType, u"HID Prox"_s);
    QCOMPARE(step.buttons.at(0).card.cardNumber, u"1001"_s);
}

void TestFailureNextStep::invalidMessages_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("invalid");
    QTest::newRow("invalid") << u"Card number is invalid for format H10301"_s << true;
    QTest::newRow("not valid") << u"Facility code not valid"_s << true;
    QTest::newRow("out of range") << u"Card number out of range"_s << true;
    QTest::newRow("unknown format") << u"Unknown card format"_s << true;
    QTest::newRow("malformed") << u"Malformed card number"_s << true;
    QTest::newRow("assigned") << u"Card 7:1001 is already assigned to another user"_s << false;
    QTest::newRow("word inside another") << u"Invalidated by an operator"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestFailureNextStep::invalidMessages()
{
    QFETCH(QString, message);
    QFETCH(bool, invalid);
    QCOMPARE(Ui::isInvalidCardMessage(message), invalid);
}

void TestFailureNextStep::adviceByResult_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("expected");
    QTest::newRow("partial") << int(ResultCode::PartialUpdate) << u"Some cards were applied"_s;
    QTest::newRow("card update failed") << int(ResultCode::CardUpdateFailed) << u"did not apply the cards"_s;
    QTest::newRow("unrecognised") << int(ResultCode::UnrecognisedValue) << u"does not know"_s;
    QTest::newRow("unknown") << int(ResultCode::Unknown) << u"may or may not have applied"_s;
}

void TestFailureNextStep::adviceByResult()
{
    QFETCH(int, code);
    QFETCH(QString, expected);
    const FailureNextStep step = Ui::suggestNextStep(failure(ResultCode(code), u"Rejected"_s), {});
    QVERIFY2(step.text.contains(expected), qPrintable(step.text));
    QCOMPARE(step.buttons.size(), 1);
    QCOMPARE(step.buttons.at(0).action, FailureNextStep::Action::EditAndRetry);
}

QTEST_GUILESS_MAIN(TestFailureNextStep)
#include "tst_failurenextstep.moc"
