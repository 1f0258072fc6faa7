// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "carddialog.h"
#include "core/cardformat.h"
#include "core/cardvalidation.h"
#include "core/credential.h"
#include "core/directoryuser.h"
#include "core/outboxentry.h"

#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QSettings;
class QStackedLayout;
class QTableView;

namespace CardDesk::Models {
class CredentialListModel;
}

namespace CardDesk::Ui {

class ElidedLabel;

/// The card editor for one user: header, card table, pending-change summary and last push.
///
/// Passive: the owner fills it through setters and acts on its signals. Edits change only the
/// shown set and are reported with cardsEdited(); nothing is stored or sent from here.
///
/// Setters: setUser(), setCardSets(), setLastPush(), showSendError(), setSettings(),
/// setCredentialTypeMap(), setHolderLookup(), and the dialog hooks setCardEditor(),
/// setCardReplacer(), setCardDecoder(), setSendConfirmer().
/// Signals: cardsEdited(userId, complete set) after every add, edit, replacement,
/// (de)activation, decoder assignment or undo. sendRequested(userId) when the operator presses
/// Send, once the send confirmer (if set) accepts the listed changes.
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

    /// Asks for the card that replaces old and the reason. The default opens CardDialog in
    /// replace mode.
    using CardReplacer =
        std::function<std::optional<CardReplacement>(QWidget *parent, const Core::Credential &old)>;
    /// Asks for a card decoded from a raw read. The default opens DecoderDialog with the holder
    /// lookup and credentialType map of this panel.
    using CardDecoder = std::function<std::optional<Core::Credential>(QWidget *parent)>;
    /// Shows the changes about to be sent and returns true when the operator confirms. The default
    /// is no confirmer, because the panel itself lists every added, changed and deactivated card.
    using SendConfirmer =
        std::function<bool(QWidget *parent, const QString &summary, const QStringList &changes)>;

    explicit UserPanel(QWidget *parent = nullptr);
    ~UserPanel() override;

    void setCardEditor(CardEditor editor);
    void setCardReplacer(CardReplacer replacer);
    void setCardDecoder(CardDecoder decoder);
    void setSendConfirmer(SendConfirmer confirmer);
    /// Settings the default dialogs use to remember the last card format; not owned, may be null.
    void setSettings(QSettings *settings);
    /// Sets the credentialType map the default dialogs use for new cards.
    void setCredentialTypeMap(const Core::CredentialTypeMap &typeMap);
    /// Sets the lookup the default decoder uses to name the users already holding a card.
    void setHolderLookup(Core::CardHolderLookup lookup);

    /// Shows the user's header. Clears the card sets and the last push, which belong to the user.
    void setUser(const Core::DirectoryUser &user, const QString &locationName);
    /// Shows the placeholder that prompts the operator to select a user.
    void clearUser();
    QString userId() const { return m_user ? m_user->userId : QString(); }

    /// Shows the confirmed set and the edited set (pass the confirmed set twice when there is no
    /// draft). Undo returns to the confirmed set. Does not emit cardsEdited().
    void setCardSets(const QList<Core::Credential> &confirmed, const QList<Core::Credential> &edited);
    /// Shows the edited set against the confirmed set, which stays the baseline of the difference.
    /// intended is the set last queued, which undo returns to. mayHold lists every card Calven may
    /// hold without having confirmed it (the intended set and the cards of updates that may have
    /// reached Calven). Removing such a card sends it as inactive; only a card that exists solely
    /// in the draft is dropped. Does not emit cardsEdited().
    void setCardSets(const QList<Core::Credential> &confirmed, const QList<Core::Credential> &intended,
                     const QList<Core::Credential> &edited, const QList<Core::Credential> &mayHold);
    /// Returns the complete set to send, with removed cards that Calven may hold as inactive.
    QList<Core::Credential> credentials() const;
    /// Returns the untranslated audit lines of the draft, one per replacement, such as
    /// "Replaced 202:1091 with 202:2000: lost". Undo clears them.
    QStringList changeReasons() const { return m_reasons; }
    /// Restores the reasons of a draft shown again with setCardSets().
    void setChangeReasons(const QStringList &reasons) { m_reasons = reasons; }
    /// Returns one line per added, changed or deactivated card, as Send lists them.
    QStringList pendingChanges() const;

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
    void replaceCard();
    void decodeCard();
    void requestSend();
    void toggleCardActive();
    void undoChanges();
    void applyEdit(const QList<Core::Credential> &edited);
    bool isDraftOnly(int row) const;
    bool differsFromIntended() const;
    int currentCardRow() const;
    void updateActions();

    Models::CredentialListModel *m_cards = nullptr;
    CardEditor m_cardEditor;
    CardReplacer m_cardReplacer;
    CardDecoder m_cardDecoder;
    SendConfirmer m_sendConfirmer;
    QSettings *m_settings = nullptr;
    Core::CredentialTypeMap m_typeMap;
    Core::CardHolderLookup m_holderLookup;
    QStringList m_reasons;
    QList<Core::Credential> m_intended; ///< The set last queued, which undo returns to.
    std::optional<Core::DirectoryUser> m_user;
    bool m_sending = false;

    QStackedLayout *m_stack = nullptr;
    ElidedLabel *m_nameLabel = nullptr;
    ElidedLabel *m_detailLabel = nullptr;
    QTableView *m_cardView = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_lastPushLabel = nullptr;
    QLabel *m_sendErrorLabel = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deactivateButton = nullptr;
    QPushButton *m_replaceButton = nullptr;
    QPushButton *m_decodeButton = nullptr;
    QLabel *m_changesLabel = nullptr;
    QPushButton *m_undoButton = nullptr;
    QPushButton *m_sendButton = nullptr;
};

} // namespace CardDesk::Ui
