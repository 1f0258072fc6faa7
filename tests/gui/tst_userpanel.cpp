// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampledata.h"
#include "ui/userpanel.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
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
    void editPassesExistingCard();
    void sendEmitsUserId();
    void lastPushShowsResultAndMessage();
    void sendErrorShownUntilNextEdit();

private:
    QPushButton *button(const QString &name) const { return m_panel->findChild<QPushButton *>(name); }
    void selectCard(int row);

    UserPanel *m_panel = nullptr;
    Core::Credential m_confirmed = Tests::sampleCard(u"202"_s, u"1091"_s);
    std::optional<Core::Credential> m_nextCard;
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
    m_panel->resize(700, 500);
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

QTEST_MAIN(TestUserPanel)
#include "tst_userpanel.moc"
