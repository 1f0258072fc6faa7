// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/credential.h"
#include "core/directoryuser.h"
#include "core/outboxentry.h"

#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QStackedLayout;
class QTableView;

namespace CardDesk::Models {
class CredentialListModel;
}

namespace CardDesk::Ui {

/// The card editor for one user: header, card table, pending-change summary and last push.
///
/// Passive: the owner fills it through setters and acts on its signals. Edits change only the
/// shown set and are reported with cardsEdited(); nothing is stored or sent from here.
///
/// Setters: setUser(), setCardSets(), setLastPush(), showSendError(), setCardEditor().
/// Signals: cardsEdited(userId, complete set) after every add, edit, (de)activation or undo;
/// sendRequested(userId) when the operator presses Send.
class UserPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserPanel)

public:
    /// Asks the operator for a card: existing is std::nullopt to add one, else the card to edit.
    /// Returns std::nullopt when the operator cancels. The default opens CardDialog; tests and the
    /// owner can replace it (for example to preset the format list or the credentialType map).
    using CardEditor = std::function<std::optional<Core::Credential>(
        QWidget *parent, const std::optional<Core::Credential> &existing)>;

    explicit UserPanel(QWidget *parent = nullptr);
    ~UserPanel() override;

    void setCardEditor(CardEditor editor);

    /// Shows the user's header. Clears the card sets and the last push, which belong to the user.
    void setUser(const Core::DirectoryUser &user, const QString &locationName);
    /// Shows the placeholder that prompts the operator to select a user.
    void clearUser();
    QString userId() const { return m_user ? m_user->userId : QString(); }

    /// Shows the confirmed set and the edited set (pass the confirmed set twice when there is no
    /// draft). Does not emit cardsEdited().
    void setCardSets(const QList<Core::Credential> &confirmed, const QList<Core::Credential> &edited);
    /// Returns the complete set to send, with removed confirmed cards as inactive.
    QList<Core::Credential> credentials() const;

    /// Shows the state and result of the user's latest outbox entry.
    void setLastPush(const Core::OutboxEntry &entry);
    void clearLastPush();
    /// Disables Send while the owner is sending this user's update, and enables it again.
    void setSending(bool sending);
    /// Shows why the set could not be queued (for example a card another user holds) until the
    /// next edit, user or push result. An empty message hides it.
    void showSendError(const QString &message);
    QString sendErrorText() const;

    QString pendingSummary() const;
    QString lastPushText() const;
    /// Moves keyboard focus to the card table.
    void focusCards();

signals:
    void cardsEdited(const QString &userId, const QList<Core::Credential> &credentials);
    void sendRequested(const QString &userId);

private:
    QWidget *createHeader();
    QWidget *createCardArea();
    QWidget *createFooter();
    void addCard();
    void editCard();
    void toggleCardActive();
    void undoChanges();
    void applyEdit(const QList<Core::Credential> &edited);
    int currentCardRow() const;
    void updateActions();

    Models::CredentialListModel *m_cards = nullptr;
    CardEditor m_cardEditor;
    std::optional<Core::DirectoryUser> m_user;
    bool m_sending = false;

    QStackedLayout *m_stack = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_detailLabel = nullptr;
    QTableView *m_cardView = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_lastPushLabel = nullptr;
    QLabel *m_sendErrorLabel = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deactivateButton = nullptr;
    QPushButton *m_undoButton = nullptr;
    QPushButton *m_sendButton = nullptr;
};

} // namespace CardDesk::Ui
