// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/credentialchanges.h"
#include "models/credentiallistmodel.h"
#include "models/roles.h"
#include "sampledata.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using CardDesk::Models::ChangeCounts;
using CardDesk::Models::ChangeState;
using CardDesk::Models::CredentialListModel;
namespace Core = CardDesk::Core;
namespace Models = CardDesk::Models;
using CardDesk::Tests::sampleCard;

using CardList = QList<Core::Credential>;
using StateList = QList<ChangeState>;

class TestCredentialListModel : public QObject
{
    Q_OBJECT

private slots:
    void compareCardSets_data();
    void compareCardSets();
    void cardSetHistory_data();
    void cardSetHistory();
    void summary_data();
    void summary();
    void passesModelTester();
    void showsCardFields();
    void missingConfirmedCardIsSentInactive();
};

void TestCredentialListModel::compareCardSets_data()
{
    QTest::addColumn<CardList>("confirmed");
    QTest::addColumn<CardList>("edited");
    QTest::addColumn<StateList>("states");

    const Core::Credential a = sampleCard(u"1"_s, u"100"_s);
    const Core::Credential b = sampleCard(u"1"_s, u"200"_s);
    Core::Credential aInactive = a;
    aInactive.active = false;
    Core::Credential aRetyped = a;
    aRetyped.credentialType = u"iCLASS"_s;
    Core::Credential aRetypedInactive = aRetyped;
    aRetypedInactive.active = false;
    const Core::Credential otherFacility = sampleCard(u"2"_s, u"100"_s);

    QTest::newRow("both empty") << CardList{} << CardList{} << StateList{};
    QTest::newRow("same set") << CardList{a, b} << CardList{a, b}
                              << StateList{ChangeState::Unchanged, ChangeState::Unchanged};
    QTest::newRow("added") << CardList{a} << CardList{a, b}
                           << StateList{ChangeState::Unchanged, ChangeState::Added};
    QTest::newRow("deactivated") << CardList{a} << CardList{aInactive} << StateList{ChangeState::Deactivated};
    QTest::newRow("reactivated") << CardList{aInactive} << CardList{a} << StateList{ChangeState::Changed};
    QTest::newRow("type changed") << CardList{a} << CardList{aRetyped} << StateList{ChangeState::Changed};
    QTest::newRow("changed and deactivated")
        << CardList{a} << CardList{aRetypedInactive} << StateList{ChangeState::Changed};
    QTest::newRow("other facility is another card")
        << CardList{a} << CardList{a, otherFacility} << StateList{ChangeState::Unchanged, ChangeState::Added};
    QTest::newRow("removed becomes deactivated")
        << CardList{a, b} << CardList{b} << StateList{ChangeState::Unchanged, ChangeState::Deactivated};
    QTest::newRow("removed inactive stays unchanged")
        << CardList{aInactive} << CardList{} << StateList{ChangeState::Unchanged};
}

void TestCredentialListModel::compareCardSets()
{
    QFETCH(CardList, confirmed);
    QFETCH(CardList, edited);
    QFETCH(StateList, states);
    const QList<Models::CardChange> changes = Models::compareCardSets(confirmed, edited);
    StateList actual;
    for (const Models::CardChange &change : changes)
        actual.append(change.state);
    QCOMPARE(actual, states);
}

void TestCredentialListModel::cardSetHistory_data()
{
    QTest::addColumn<CardList>("before");
    QTest::addColumn<CardList>("after");
    QTest::addColumn<QStringList>("lines");

    const Core::Credential a = sampleCard(u"1"_s, u"100"_s);
    const Core::Credential b = sampleCard(u"1"_s, u"200"_s);
    Core::Credential aInactive = a;
    aInactive.active = false;
    Core::Credential aRetyped = a;
    aRetyped.credentialType = u"iCLASS"_s;
    const QString cardA = u"HID H10301 26-bit 1:100"_s;
    const QString cardB = u"HID H10301 26-bit 1:200"_s;

    QTest::newRow("both empty") << CardList{} << CardList{} << QStringList{};
    QTest::newRow("added") << CardList{a} << CardList{a, b}
                           << QStringList{u"Added: "_s + cardB, u"Unchanged: "_s + cardA};
    QTest::newRow("removed") << CardList{a, b} << CardList{b}
                             << QStringList{u"Removed: "_s + cardA, u"Unchanged: "_s + cardB};
    QTest::newRow("removed inactive")
        << CardList{aInactive} << CardList{} << QStringList{u"Removed: "_s + cardA};
    QTest::newRow("deactivated") << CardList{a} << CardList{aInactive}
                                 << QStringList{u"Deactivated: "_s + cardA};
    QTest::newRow("reactivated") << CardList{aInactive} << CardList{a}
                                 << QStringList{u"Reactivated: "_s + cardA};
    QTest::newRow("type changed") << CardList{a} << CardList{aRetyped}
                                  << QStringList{u"Changed: "_s + cardA +
                                                 u" (credentialType HID Prox → iCLASS)"_s};
    QTest::newRow("retyped and reactivated")
        << CardList{aInactive} << CardList{aRetyped}
        << QStringList{u"Changed: "_s + cardA + u" (credentialType HID Prox → iCLASS; reactivated)"_s};
    QTest::newRow("unchanged inactive")
        << CardList{aInactive, b} << CardList{aInactive, b}
        << QStringList{u"Unchanged: "_s + cardA + u" (inactive)"_s, u"Unchanged: "_s + cardB};
}

void TestCredentialListModel::cardSetHistory()
{
    QFETCH(CardList, before);
    QFETCH(CardList, after);
    QFETCH(QStringList, lines);
    QCOMPARE(Models::describeCardSetHistory(before, after), lines);
}

void TestCredentialListModel::summary_data()
{
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("changed");
    QTest::addColumn<int>("deactivated");
    QTest::addColumn<QString>("text");

    QTest::newRow("nothing") << 0 << 0 << 0 << u"No pending changes"_s;
    QTest::newRow("one added") << 1 << 0 << 0 << u"1 card added"_s;
    QTest::newRow("two added") << 2 << 0 << 0 << u"2 cards added"_s;
    QTest::newRow("added and deactivated") << 1 << 0 << 1 << u"1 card added, 1 deactivated"_s;
    QTest::newRow("all kinds") << 2 << 1 << 3 << u"2 cards added, 1 changed, 3 deactivated"_s;
    QTest::newRow("one deactivated") << 0 << 0 << 1 << u"1 card deactivated"_s;
    QTest::newRow("changed and deactivated") << 0 << 3 << 2 << u"3 cards changed, 2 deactivated"_s;
}

void TestCredentialListModel::summary()
{
    QFETCH(int, added);
    QFETCH(int, changed);
    QFETCH(int, deactivated);
    QFETCH(QString, text);
    QCOMPARE(Models::changeSummary(ChangeCounts{added, changed, deactivated}), text);
}

void TestCredentialListModel::passesModelTester()
{
    CredentialListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCardSets({sampleCard(u"1"_s, u"100"_s)}, {sampleCard(u"1"_s, u"200"_s)});
    QCOMPARE(model.rowCount(), 2);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestCredentialListModel::showsCardFields()
{
    CredentialListModel model;
    const Core::Credential confirmed = sampleCard(u"202"_s, u"1091"_s);
    model.setCardSets({confirmed}, {confirmed, sampleCard(u"202"_s, u"0042"_s)});
    QCOMPARE(model.index(1, CredentialListModel::FormatColumn).data().toString(), u"HID H10301 26-bit"_s);
    QCOMPARE(model.index(1, CredentialListModel::FormatColumn).data(Models::RawValueRole).toString(),
             u"h10301"_s);
    QCOMPARE(model.index(1, CredentialListModel::FormatColumn).data(Qt::ToolTipRole).toString(),
             u"HID H10301 26-bit"_s);
    QVERIFY(model.index(1, CredentialListModel::CardNumberColumn).data(Qt::ToolTipRole).isNull());
    QCOMPARE(model.index(1, CredentialListModel::FacilityCodeColumn).data().toString(), u"202"_s);
    QCOMPARE(model.index(1, CredentialListModel::CardNumberColumn).data().toString(), u"0042"_s);
    QCOMPARE(model.index(1, CredentialListModel::TypeColumn).data().toString(), u"HID Prox"_s);
    QCOMPARE(model.index(1, CredentialListModel::ActiveColumn).data().toString(), u"Active"_s);
    QCOMPARE(model.index(1, CredentialListModel::ActiveColumn).data(Models::RawValueRole).toBool(), true);
    QCOMPARE(model.index(1, CredentialListModel::ChangeColumn).data().toString(), u"Added"_s);
    QCOMPARE(model.index(0, CredentialListModel::ChangeColumn).data().toString(), QString());
    QCOMPARE(model.index(1, 0).data(Models::ChangeStateRole).toInt(), int(ChangeState::Added));
    QCOMPARE(model.index(1, 0).data(Models::CredentialRole).value<Core::Credential>().cardNumber, u"0042"_s);
    QCOMPARE(model.changeCounts(), (ChangeCounts{1, 0, 0}));
}

void TestCredentialListModel::missingConfirmedCardIsSentInactive()
{
    CredentialListModel model;
    const Core::Credential kept = sampleCard(u"9"_s, u"1"_s);
    const Core::Credential dropped = sampleCard(u"9"_s, u"2"_s);
    model.setCardSets({kept, dropped}, {kept});
    const CardList toSend = model.credentials();
    QCOMPARE(toSend.size(), 2);
    QCOMPARE(toSend.at(1).cardNumber, u"2"_s);
    QCOMPARE(toSend.at(1).active, false);
    QCOMPARE(model.confirmedCredentials(), (CardList{kept, dropped}));
    QCOMPARE(Models::changeSummary(model.changeCounts()), u"1 card deactivated"_s);
}

QTEST_GUILESS_MAIN(TestCredentialListModel)
#include "tst_credentiallistmodel.moc"
