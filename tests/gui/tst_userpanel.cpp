// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampledata.h"
#include "ui/carddialog.h"
#include "ui/userpanel.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using CardDesk::Ui::CardReplacement;
using CardDesk::Ui::ReplacementReason;
using CardDesk::Ui::UserPanel;
namespace Core = CardDesk::Core;
namespace Tests = CardDesk::Tests;
using CardList = QList<Core::Credential>;

class TestUserPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void placeholderWithoutUser();
    void addCardEmitsCompleteSet();
    void cancelledEditorChangesNothing();
    void deactivateAndUndo();
    void removeCardAddedInDraft();
    void removeUnconfirmedCardSendsInactive();
    void heldCardMissingFromSetShown();
    void undoReturnsToIntendedSet();
    void editPassesExistingCard();
    void sendEmitsUserId();
    void lastPushShowsResultAndMessage();
    void sendErrorShownUntilNextEdit();
    void replaceWithReason();
    void replaceNotOfferedForNewOrInactiveCards();
    void replaceInRealDialog();
    void decoderAssignsCard();
    void sendShowsDiffBeforeRequest();
    void sendCancelledAtConfirmation();
    void keyboardReachesEveryAction();

private:
    QPushButton *button(const QString &name) const { return m_panel->findChild<QPushButton *>(name); }
    void selectCard(int row);

    UserPanel *m_panel = nullptr;
    Core::Credential m_confirmed = Tests::sampleCard(u"202"_s, u"1091"_s);
    std::optional<Core::Credential> m_nextCard;
    std::optional<CardReplacement> m_nextReplacement;
    std::optional<Core::Credential> m_replacerReceived;
    std::optional<Core::Credential> m_nextDecoded;
    int m_decoderCalls = 0;
    bool m_confirmSend = true;
    QString m_confirmedSummary;
    QStringList m_confirmedChanges;
    int m_confirmCalls = 0;
    std::optional<Core::Credential> m_editorReceived;
    int m_editorCalls = 0;
};

void TestUserPanel::init()
{
    m_panel = new UserPanel;
    m_nextCard.reset();
    m_editorReceived.reset();
    m_editorCalls = 0;
    m_panel->setCardEditor([this](QWidget *, const std::optional<Core::Credential> &existing) {
        ++m_editorCalls;
        m_editorReceived = existing;
        return m_nextCard;
    });
    m_nextReplacement.reset();
    m_replacerReceived.reset();
    m_nextDecoded.reset();
    m_decoderCalls = 0;
    m_confirmSend = true;
    m_confirmCalls = 0;
    m_confirmedSummary.clear();
    m_confirmedChanges.clear();
    m_panel->setCardReplacer([this](QWidget *, const Core::Credential &old) {
        m_replacerReceived = old;
        return m_nextReplacement;
    });
    m_panel->setCardDecoder([this](QWidget *) {
        ++m_decoderCalls;
        return m_nextDecoded;
    });
    m_panel->setSendConfirmer([this](QWidget *, const QString &summary, const QStringList &changes) {
        ++m_confirmCalls;
        m_confirmedSummary = summary;
        m_confirmedChanges = changes;
        return m_confirmSend;
    });
    m_panel->resize(900, 500);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void TestUserPanel::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
}

void TestUserPanel::selectCard(int row)
{
    auto *view = m_panel->findChild<QTableView *>(u"cardsTableView"_s);
    view->setCurrentIndex(view->model()->index(row, 0));
}

void TestUserPanel::placeholderWithoutUser()
{
    QVERIFY(m_panel->findChild<QLabel *>(u"userPlaceholderLabel"_s)->isVisible());
    QVERIFY(!button(u"addCardButton"_s)->isEnabled());
    QVERIFY(!button(u"sendButton"_s)->isEnabled());
    m_panel->setUser(Tests::sampleUsers().first(), u"Berlin Mitte"_s);
    QVERIFY(!m_panel->findChild<QLabel *>(u"userPlaceholderLabel"_s)->isVisible());
    QVERIFY(button(u"addCardButton"_s)->isEnabled());
}

void TestUserPanel::addCardEmitsCompleteSet()
{
    m_panel->setUser(Tests::sampleUsers().first(), u"Berlin Mitte"_s);
    m_panel->setCardSets({m_confirmed}, {m_confirmed});
    QCOMPARE(m_panel->pendingSummary(), u"No pending changes"_s);
    QVERIFY(!button(u"sendButton"_s)->isEnabled());

    QSignalSpy edited(m_panel, &UserPanel::cardsEdited);
    const Core::Credential added = Tests::sampleCard(u"202"_s, u"1092"_s);
    m_nextCard = added;
    QTest::mouseClick(button(u"addCardButton"_s), Qt::LeftButton);
    QCOMPARE(m_editorCalls, 1);
    QVERIFY(!m_editorReceived.has_value());
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.at(0).at(0).toString(), u"u-1001"_s);
    QCOMPARE(edited.at(0).at(1).value<CardList>(), (CardList{m_confirmed, added}));
    QCOMPARE(m_panel->pendingSummary(), u"1 card added"_s);
    QVERIFY(button(u"sendButton"_s)->isEnabled());
    QVERIFY(button(u"undoChangesButton"_s)->isEnabled());
}

void TestUserPanel::cancelledEditorChangesNothing()
{
    m_panel->setUser(Tests::sampleUsers().first(), {});
    m_panel->setCardSets({m_confirmed}, {m_confirmed});
    QSignalSpy edited(m_panel, &UserPanel::cardsEdited);
    QTest::mouseClick(button(u"addCardButton"_s), Qt::LeftButton);
    QCOMPARE(m_editorCalls, 1);
    QCOMPARE(edited.count(), 0);
    QCOMPARE(m_panel->credentials(), CardList{m_confirmed});
}

void TestUserPanel::deactivateAndUndo()
{
    m_panel->setUser(Tests::sampleUsers().first(), {});
    const Core::Credential second = Tests::sampleCard(u"202"_s, u"2000"_s);
    m_panel->setCardSets({m_confirmed, second}, {m_confirmed, second});
    m_nextCard = Tests::sampleCard(u"7"_s, u"77"_s);
    QTest::mouseClick(button(u"addCardButton"_s), Qt::LeftButton);

    QSignalSpy edited(m_panel, &UserPanel::cardsEdited);
    selectCard(0);
    QCOMPARE(button(u"deactivateCardButton"_s)->text(), u"&Deactivate"_s);
    QTest::mouseClick(button(u"deactivateCardButton"_s), Qt::LeftButton);
    QCOMPARE(edited.count(), 1);
    const CardList sent = edited.at(0).at(1).value<CardList>();
    QCOMPARE(sent.size(), 3);
    QCOMPARE(sent.at(0).cardNumber, u"1091"_s);
    QCOMPARE(sent.at(0).active, false);
    QCOMPARE(sent.at(1), second);
    QCOMPARE(m_panel->pendingSummary(), u"1 card added, 1 deactivated"_s);
    QCOMPARE(button(u"deactivateCardButton"_s)->text(), u"Re&activate"_s);

    QTest::mouseClick(button(u"undoChangesButton"_s), Qt::LeftButton);
    QCOMPARE(edited.count(), 2);
    QCOMPARE(edited.at(1).at(1).value<CardList>(), (CardList{m_confirmed, second}));
    QCOMPARE(m_panel->pendingSummary(), u"No pending changes"_s);
    QVERIFY(!button(u"sendButton"_s)->isEnabled());
}

void TestUserPanel::removeCardAddedInDraft()
{
    m_panel->setUser(Tests::sampleUsers().first(), {});
    m_panel->setCardSets({m_confirmed}, {m_confirmed, Tests::sampleCard(u"1"_s, u"5"_s)});
    QCOMPARE(m_panel->pendingSummary(), u"1 card added"_s);
    selectCard(1);
    QCOMPARE(button(u"deactivateCardButton"_s)->text(), u"&Remove"_s);
    QSignalSpy edited(m_panel, &UserPanel::cardsEdited);
    QTest::mouseClick(button(u"deactivateCardButton"_s), Qt::LeftButton);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.at(0).at(1).value<CardList>(), CardList{m_confirmed});
}

void TestUserPanel::removeUnconfirmedCardSendsInactive()
{
    // The card was queued (or is in flight, or its outcome is unknown), so Calven may hold it.
    m_panel->setUser(Tests::sampleUsers().first(), {});
    const Core::Credential queued = Tests::sampleCard(u"202"_s, u"3000"_s);
    m_panel->setCardSets({m_confirmed}, {m_confirmed, queued}, {m_confirmed, queued}, {queued});
    QCOMPARE(m_panel->pendingSummary(), u"1 card added"_s);
    selectCard(1);
    QCOMPARE(button(u"deactivateCardButton"_s)->text(), u"&Deactivate"_s);
    QVERIFY(button(u"replaceCardButton"_s)->isEnabled());

    QSignalSpy edited(m_panel, &UserPanel::cardsEdited);
    QTest::mouseClick(button(u"deactivateCardButton"_s), Qt::LeftButton);
    QCOMPARE(edited.count(), 1);
    const CardList sent = edited.at(0).at(1).value<CardList>();
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(0), m_confirmed);
    QCOMPARE(sent.at(1).cardNumber, queued.cardNumber);
    QCOMPARE(sent.at(1).active, false);
    QCOMPARE(m_panel->credentials(), sent);
    QCOMPARE(m_panel->pendingSummary(), u"1 card deactivated"_s);
    QVERIFY2(m_panel->pendingChanges().join(u'\n').contains(u"Deactivated: "_s),
             qPrintable(m_panel->pendingChanges().join(u'\n')));
    QCOMPARE(button(u"deactivateCardButton"_s)->text(), u"Re&activate"_s);
}

void TestUserPanel::heldCardMissingFromSetShown()
{
    // An update with an unknown outcome carried a card that the intended set lacks. Calven may
    // hold it active, so the set to send lists it as inactive and the difference shows it.
    m_panel->setUser(Tests::sampleUsers().first(), {});
    const Core::Credential unknown = Tests::sampleCard(u"202"_s, u"4000"_s);
    m_panel->setCardSets({m_confirmed}, {m_confirmed}, {m_confirmed}, {m_confirmed, unknown});
    const CardList cards = m_panel->credentials();
    QCOMPARE(cards.size(), 2);
    QCOMPARE(cards.at(1).cardNumber, unknown.cardNumber);
    QCOMPARE(cards.at(1).active, false);
    QCOMPARE(m_panel->pendingSummary(), u"1 card deactivated"_s);
    QVERIFY(button(u"sendButton"_s)->isEnabled());

    // Reactivating it is possible, but it can never be dropped from the set.
    selectCard(1);
    QCOMPARE(button(u"deactivateCardButton"_s)->text(), u"Re&activate"_s);
    QTest::mouseClick(button(u"deactivateCardButton"_s), Qt::LeftButton);
    QCOMPARE(m_panel->credentials().size(), 2);
    QCOMPARE(m_panel->credentials().at(1).active, true);
    QCOMPARE(m_panel->pendingSummary(), u"1 card added"_s);
    selectCard(1);
    QCOMPARE(button(u"deactivateCardButton"_s)->text(), u"&Deactivate"_s);
    QTest::mouseClick(button(u"deactivateCardButton"_s), Qt::LeftButton);
    QCOMPARE(m_panel->credentials().size(), 2);
    QCOMPARE(m_panel->credentials().at(1).active, false);
}

void TestUserPanel::undoReturnsToIntendedSet()
{
    m_panel->setUser(Tests::sampleUsers().first(), {});
    const Core::Credential queued = Tests::sampleCard(u"202"_s, u"3000"_s);
    const CardList intended{m_confirmed, queued};
    m_panel->setCardSets({m_confirmed}, intended, intended, intended);
    QVERIFY2(!button(u"undoChangesButton"_s)->isEnabled(), "nothing differs from the queued set");

    m_nextCard = Tests::sampleCard(u"7"_s, u"77"_s);
    QTest::mouseClick(button(u"addCardButton"_s), Qt::LeftButton);
    selectCard(0);
    QTest::mouseClick(button(u"deactivateCardButton"_s), Qt::LeftButton);
    QCOMPARE(m_panel->pendingSummary(), u"2 cards added, 1 deactivated"_s);
    QVERIFY(button(u"undoChangesButton"_s)->isEnabled());

    QSignalSpy edited(m_panel, &UserPanel::cardsEdited);
    QTest::mouseClick(button(u"undoChangesButton"_s), Qt::LeftButton);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.at(0).at(1).value<CardList>(), intended);
    // The confirmed set stays the baseline: the queued card is still not confirmed.
    QCOMPARE(m_panel->pendingSummary(), u"1 card added"_s);
    QVERIFY(!button(u"undoChangesButton"_s)->isEnabled());
    selectCard(1);
    QCOMPARE(button(u"deactivateCardButton"_s)->text(), u"&Deactivate"_s);
}

void TestUserPanel::editPassesExistingCard()
{
    m_panel->setUser(Tests::sampleUsers().first(), {});
    m_panel->setCardSets({m_confirmed}, {m_confirmed});
    Core::Credential retyped = m_confirmed;
    retyped.credentialType = u"iCLASS"_s;
    m_nextCard = retyped;
    QSignalSpy edited(m_panel, &UserPanel::cardsEdited);
    selectCard(0);
    QTest::mouseClick(button(u"editCardButton"_s), Qt::LeftButton);
    QCOMPARE(m_editorReceived, std::optional(m_confirmed));
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.at(0).at(1).value<CardList>(), CardList{retyped});
    QCOMPARE(m_panel->pendingSummary(), u"1 card changed"_s);
}

void TestUserPanel::sendEmitsUserId()
{
    m_panel->setUser(Tests::sampleUsers().at(2), {});
    m_panel->setCardSets({}, {m_confirmed});
    QSignalSpy send(m_panel, &UserPanel::sendRequested);
    QTest::mouseClick(button(u"sendButton"_s), Qt::LeftButton);
    QCOMPARE(send.count(), 1);
    QCOMPARE(send.at(0).at(0).toString(), u"u-1003"_s);
    m_panel->setSending(true);
    QVERIFY(!button(u"sendButton"_s)->isEnabled());
    QTest::mouseClick(button(u"sendButton"_s), Qt::LeftButton);
    QCOMPARE(send.count(), 1);
}

void TestUserPanel::lastPushShowsResultAndMessage()
{
    m_panel->setUser(Tests::sampleUsers().first(), {});
    QCOMPARE(m_panel->lastPushText(), u"Not pushed from CardDesk yet."_s);
    m_panel->setLastPush(Tests::sampleFailures().first());
    QVERIFY(m_panel->lastPushText().contains(u"Failed (Partial update): 1 of 2 cards failed"_s));
    m_panel->setUser(Tests::sampleUsers().at(1), {});
    QCOMPARE(m_panel->lastPushText(), u"Not pushed from CardDesk yet."_s);
}

void TestUserPanel::sendErrorShownUntilNextEdit()
{
    m_panel->setUser(Tests::sampleUsers().first(), {});
    m_panel->setCardSets({}, {m_confirmed});
    auto *label = m_panel->findChild<QLabel *>(u"sendErrorLabel"_s);
    QVERIFY(!label->isVisible());
    const QString message = u"Card 202:1091 is held by Grace Hopper. Deactivate it there first."_s;
    m_panel->showSendError(message);
    QVERIFY(label->isVisible());
    QCOMPARE(m_panel->sendErrorText(), message);
    m_nextCard = Tests::sampleCard(u"1"_s, u"2"_s);
    QTest::mouseClick(button(u"addCardButton"_s), Qt::LeftButton);
    QVERIFY(!label->isVisible());
    QCOMPARE(m_panel->sendErrorText(), QString());
}

void TestUserPanel::replaceWithReason()
{
    m_panel->setUser(Tests::sampleUsers().first(), {});
    m_panel->setCardSets({m_confirmed}, {m_confirmed});
    const Core::Credential replacement = Tests::sampleCard(u"202"_s, u"2000"_s);
    m_nextReplacement = CardReplacement{replacement, ReplacementReason::Stolen, {}};
    QSignalSpy edited(m_panel, &UserPanel::cardsEdited);
    selectCard(0);
    QVERIFY(button(u"replaceCardButton"_s)->isEnabled());
    QTest::mouseClick(button(u"replaceCardButton"_s), Qt::LeftButton);

    QCOMPARE(m_replacerReceived, std::optional(m_confirmed));
    QCOMPARE(edited.count(), 1);
    Core::Credential deactivated = m_confirmed;
    deactivated.active = false;
    QCOMPARE(edited.at(0).at(1).value<CardList>(), (CardList{deactivated, replacement}));
    QCOMPARE(m_panel->pendingSummary(), u"1 card added, 1 deactivated"_s);
    QCOMPARE(m_panel->changeReasons(), QStringList{u"Replaced 202:1091 with 202:2000: stolen"_s});

    QTest::mouseClick(button(u"undoChangesButton"_s), Qt::LeftButton);
    QCOMPARE(m_panel->credentials(), CardList{m_confirmed});
    QVERIFY(m_panel->changeReasons().isEmpty());
}

void TestUserPanel::replaceNotOfferedForNewOrInactiveCards()
{
    m_panel->setUser(Tests::sampleUsers().first(), {});
    const Core::Credential inactive = Tests::sampleCard(u"5"_s, u"500"_s, false);
    m_panel->setCardSets({m_confirmed, inactive}, {m_confirmed, inactive, Tests::sampleCard(u"1"_s, u"5"_s)});
    selectCard(1);
    QVERIFY(!button(u"replaceCardButton"_s)->isEnabled());
    selectCard(2);
    QVERIFY(!button(u"replaceCardButton"_s)->isEnabled());
    selectCard(0);
    QVERIFY(button(u"replaceCardButton"_s)->isEnabled());
}

void TestUserPanel::replaceInRealDialog()
{
    // The default replacer opens CardDialog; fill it as an operator would once it is modal.
    m_panel->setCardReplacer(UserPanel::CardReplacer());
    auto *fresh = new UserPanel;
    delete m_panel;
    m_panel = fresh;
    m_panel->setSendConfirmer({});
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    m_panel->setUser(Tests::sampleUsers().first(), {});
    m_panel->setCardSets({m_confirmed}, {m_confirmed});
    selectCard(0);

    bool dialogSeen = false;
    QTimer::singleShot(0, this, [&dialogSeen] {
        auto *dialog = qobject_cast<CardDesk::Ui::CardDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialogSeen = true;
        auto *number = dialog->findChild<QLineEdit *>(u"cardNumberLineEdit"_s);
        auto *facility = dialog->findChild<QLineEdit *>(u"facilityCodeLineEdit"_s);
        QCOMPARE(dialog->findChild<QComboBox *>(u"formatComboBox"_s)->currentData().toString(), u"h10301"_s);
        facility->setText(u"202"_s);
        number->setText(u"1091"_s);
        // The card being replaced cannot be its own replacement.
        QVERIFY(!dialog->replacement().has_value());
        number->setText(u"3003"_s);
        dialog->setReplacementReason(ReplacementReason::Other, QString());
        QVERIFY(!dialog->replacement().has_value());
        dialog->setReplacementReason(ReplacementReason::Other, u"left in a taxi"_s);
        QVERIFY(dialog->replacement().has_value());
        dialog->accept();
    });
    QTest::mouseClick(button(u"replaceCardButton"_s), Qt::LeftButton);
    QVERIFY(dialogSeen);
    const CardList cards = m_panel->credentials();
    QCOMPARE(cards.size(), 2);
    QVERIFY(!cards.at(0).active);
    QCOMPARE(cards.at(1).displayNumber(), u"202:3003"_s);
    QCOMPARE(m_panel->changeReasons(),
             QStringList{u"Replaced 202:1091 with 202:3003: other, left in a taxi"_s});
}

void TestUserPanel::decoderAssignsCard()
{
    m_panel->setUser(Tests::sampleUsers().first(), {});
    m_panel->setCardSets({m_confirmed}, {m_confirmed});
    QSignalSpy edited(m_panel, &UserPanel::cardsEdited);
    QTest::mouseClick(button(u"decodeCardButton"_s), Qt::LeftButton);
    QCOMPARE(m_decoderCalls, 1);
    QCOMPARE(edited.count(), 0);

    const Core::Credential decoded = Tests::sampleCard(u"12"_s, u"3456"_s);
    m_nextDecoded = decoded;
    QTest::mouseClick(button(u"decodeCardButton"_s), Qt::LeftButton);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.at(0).at(1).value<CardList>(), (CardList{m_confirmed, decoded}));
    QCOMPARE(m_panel->pendingSummary(), u"1 card added"_s);
}

void TestUserPanel::sendShowsDiffBeforeRequest()
{
    m_panel->setUser(Tests::sampleUsers().first(), {});
    const Core::Credential second = Tests::sampleCard(u"202"_s, u"2000"_s);
    const Core::Credential third = Tests::sampleCard(u"202"_s, u"3000"_s);
    Core::Credential retyped = second;
    retyped.credentialType = u"iCLASS"_s;
    Core::Credential deactivated = third;
    deactivated.active = false;
    const Core::Credential added = Tests::sampleCard(u"7"_s, u"77"_s);
    m_panel->setCardSets({m_confirmed, second, third}, {m_confirmed, retyped, deactivated, added});

    const QStringList expected = {
        u"Changed: HID H10301 26-bit 202:2000 (credentialType HID Prox → iCLASS)"_s,
        u"Deactivated: HID H10301 26-bit 202:3000"_s,
        u"Added: HID H10301 26-bit 7:77"_s,
    };
    QCOMPARE(m_panel->pendingChanges(), expected);
    auto *changesLabel = m_panel->findChild<QLabel *>(u"pendingChangesLabel"_s);
    QVERIFY(changesLabel->isVisible());
    QCOMPARE(changesLabel->text(), expected.join(u'\n'));

    QSignalSpy send(m_panel, &UserPanel::sendRequested);
    QTest::mouseClick(button(u"sendButton"_s), Qt::LeftButton);
    QCOMPARE(m_confirmCalls, 1);
    QCOMPARE(m_confirmedSummary, u"1 card added, 1 changed, 1 deactivated"_s);
    QCOMPARE(m_confirmedChanges, expected);
    QCOMPARE(send.count(), 1);
}

void TestUserPanel::sendCancelledAtConfirmation()
{
    m_panel->setUser(Tests::sampleUsers().first(), {});
    m_panel->setCardSets({}, {m_confirmed});
    m_confirmSend = false;
    QSignalSpy send(m_panel, &UserPanel::sendRequested);
    QTest::mouseClick(button(u"sendButton"_s), Qt::LeftButton);
    QCOMPARE(m_confirmCalls, 1);
    QCOMPARE(send.count(), 0);
    QCOMPARE(m_panel->credentials(), CardList{m_confirmed});
}

void TestUserPanel::keyboardReachesEveryAction()
{
    m_panel->setUser(Tests::sampleUsers().first(), {});
    m_panel->setCardSets({m_confirmed}, {m_confirmed});
    m_panel->activateWindow();
    m_panel->focusCards();
    auto *view = m_panel->findChild<QTableView *>(u"cardsTableView"_s);
    QTRY_VERIFY(view->hasFocus());

    m_nextCard = Tests::sampleCard(u"9"_s, u"99"_s);
    QTest::keyClick(view, Qt::Key_Insert);
    QCOMPARE(m_editorCalls, 1);
    QCOMPARE(m_panel->credentials().size(), 2);

    m_nextCard.reset();
    selectCard(0);
    QTest::keyClick(view, Qt::Key_F2);
    QCOMPARE(m_editorCalls, 2);
    QCOMPARE(m_editorReceived, std::optional(m_confirmed));

    m_nextReplacement = CardReplacement{Tests::sampleCard(u"202"_s, u"4000"_s), ReplacementReason::Lost, {}};
    selectCard(0);
    QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(m_replacerReceived, std::optional(m_confirmed));
    QCOMPARE(m_panel->changeReasons().size(), 1);

    QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(m_decoderCalls, 1);

    selectCard(1);
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(m_panel->credentials().size(), 2);

    QSignalSpy send(m_panel, &UserPanel::sendRequested);
    QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(send.count(), 1);

    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_panel->credentials(), CardList{m_confirmed});
    QVERIFY(m_panel->changeReasons().isEmpty());
}

QTEST_MAIN(TestUserPanel)
#include "tst_userpanel.moc"
