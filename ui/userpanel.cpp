// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "userpanel.h"

#include "carddialog.h"
#include "decoderdialog.h"
#include "elidedlabel.h"
#include "icons.h"
#include "models/credentiallistmodel.h"
#include "models/failuretablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QShortcut>
#include <QStackedLayout>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CardDesk::Ui {

Q_LOGGING_CATEGORY(lcUserPanel, "carddesk.ui.userpanel")

namespace {

QPushButton *makeButton(const QString &text, const QIcon &icon, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(icon, text, parent);
    button->setObjectName(objectName);
    return button;
}

QString stateColourName(Core::UpdateState state)
{
    switch (state) {
    case Core::UpdateState::Confirmed:
        return u"#1d7a3a"_s;
    case Core::UpdateState::Queued:
    case Core::UpdateState::Sending:
    case Core::UpdateState::Superseded:
    case Core::UpdateState::Resolved:
        return {};
    case Core::UpdateState::Failed:
    case Core::UpdateState::Unknown:
    case Core::UpdateState::NeedsAttention:
        break;
    }
    return u"#a15c00"_s;
}

} // namespace

UserPanel::UserPanel(QWidget *parent)
    : QWidget(parent)
    , m_cards(new Models::CredentialListModel(this))
{
    setObjectName(u"userPanelWidget"_s);
    m_cardEditor = [this](QWidget *dialogParent, const std::optional<Core::Credential> &existing) {
        return CardDialog::editCard(dialogParent, existing, m_settings, m_typeMap);
    };
    m_cardReplacer = [this](QWidget *dialogParent, const Core::Credential &old) {
        return CardDialog::replaceCard(dialogParent, old, m_settings, m_typeMap);
    };
    m_cardDecoder = [this](QWidget *dialogParent) -> std::optional<Core::Credential> {
        DecoderDialog dialog(dialogParent);
        dialog.setCredentialTypeMap(m_typeMap);
        dialog.setHolderLookup(m_holderLookup);
        if (m_user)
            dialog.setTargetUser(m_user->userId, m_user->displayName());
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.chosenCredential();
    };

    auto *placeholder = new QLabel(tr("Select a user to see and edit their cards."), this);
    placeholder->setObjectName(u"userPlaceholderLabel"_s);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setEnabled(false);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->setSpacing(10);
    layout->addWidget(createHeader());
    layout->addWidget(createCardArea(), 1);
    layout->addWidget(createFooter());

    m_stack = new QStackedLayout(this);
    m_stack->addWidget(placeholder);
    m_stack->addWidget(content);
    updateActions();
}

UserPanel::~UserPanel() = default;

QWidget *UserPanel::createHeader()
{
    auto *header = new QWidget(this);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    // Directory text is shown as plain text on one elided line each, so markup in a name stays
    // literal and a very long name or email cannot widen the panel.
    m_nameLabel = new ElidedLabel(header);
    m_nameLabel->setObjectName(u"userNameLabel"_s);
    QFont nameFont = m_nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.35);
    nameFont.setBold(true);
    m_nameLabel->setFont(nameFont);
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_detailLabel = new ElidedLabel(header);
    m_detailLabel->setObjectName(u"userDetailLabel"_s);
    m_detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    layout->addWidget(m_nameLabel);
    layout->addWidget(m_detailLabel);
    return header;
}

QWidget *UserPanel::createCardArea()
{
    auto *area = new QWidget(this);
    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_cardView = new QTableView(area);
    m_cardView->setObjectName(u"cardsTableView"_s);
    m_cardView->setModel(m_cards);
    m_cardView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cardView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_cardView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cardView->setAlternatingRowColors(true);
    m_cardView->verticalHeader()->hide();
    m_cardView->setWordWrap(false);
    m_cardView->setTextElideMode(Qt::ElideRight);
    // The short columns fit their contents and the format name takes the rest, elided when the
    // panel is narrow, so the Change column stays in view without horizontal scrolling.
    QHeaderView *cardHeader = m_cardView->horizontalHeader();
    cardHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    cardHeader->setSectionResizeMode(Models::CredentialListModel::FormatColumn, QHeaderView::Stretch);
    cardHeader->setStretchLastSection(false);
    m_cardView->setAccessibleName(tr("Cards"));
    connect(m_cardView, &QTableView::doubleClicked, this, &UserPanel::editCard);
    connect(m_cards, &QAbstractItemModel::modelReset, this, &UserPanel::updateActions);
    connect(m_cardView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UserPanel::updateActions);

    // Keys that act on the selected card while the table has focus.
    const auto addKey = [this](QKeySequence key, void (UserPanel::*slot)()) {
        auto *shortcut = new QShortcut(key, m_cardView, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    addKey(QKeySequence(Qt::Key_Insert), &UserPanel::addCard);
    addKey(QKeySequence(Qt::Key_F2), &UserPanel::editCard);
    addKey(QKeySequence(Qt::Key_Return), &UserPanel::editCard);
    addKey(QKeySequence(Qt::Key_Enter), &UserPanel::editCard);
    addKey(QKeySequence(QKeySequence::Delete), &UserPanel::toggleCardActive);
    addKey(QKeySequence(Qt::CTRL | Qt::Key_R), &UserPanel::replaceCard);
    auto *decodeShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), this, nullptr, nullptr,
                                         Qt::WidgetWithChildrenShortcut);
    connect(decodeShortcut, &QShortcut::activated, this, &UserPanel::decodeCard);
    auto *undoShortcut =
        new QShortcut(QKeySequence::Undo, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(undoShortcut, &QShortcut::activated, this, &UserPanel::undoChanges);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    m_addButton = makeButton(tr("&Add card…"), themedIcon(u"list-add"_s, u"add"_s), u"addCardButton"_s, area);
    m_editButton =
        makeButton(tr("&Edit…"), themedIcon(u"document-edit"_s, u"edit"_s), u"editCardButton"_s, area);
    m_deactivateButton = makeButton(tr("&Deactivate"), themedIcon(u"dialog-cancel"_s, u"deactivate"_s),
                                    u"deactivateCardButton"_s, area);
    m_replaceButton = makeButton(tr("Re&place lost or stolen…"), themedIcon(u"view-refresh"_s, u"refresh"_s),
                                 u"replaceCardButton"_s, area);
    m_decodeButton =
        makeButton(tr("De&code a read…"), themedIcon(u"edit-find"_s, u"edit"_s), u"decodeCardButton"_s, area);
    m_undoButton =
        makeButton(tr("&Undo changes"), themedIcon(u"edit-undo"_s, u"undo"_s), u"undoChangesButton"_s, area);
    m_replaceButton->setToolTip(
        tr("Deactivate the selected card and add its replacement in one step, with a reason (Ctrl+R)"));
    m_decodeButton->setToolTip(tr("Decode a raw reader value and assign the card it shows (Ctrl+D)"));
    m_addButton->setToolTip(tr("Add a card to this user's set (Insert)"));
    m_editButton->setToolTip(tr("Edit the selected card (F2)"));
    m_deactivateButton->setToolTip(tr("Deactivate the selected card, or reactivate it (Delete)"));
    m_undoButton->setToolTip(tr("Return to the card set last queued for Calven (Ctrl+Z)"));
    connect(m_addButton, &QPushButton::clicked, this, &UserPanel::addCard);
    connect(m_editButton, &QPushButton::clicked, this, &UserPanel::editCard);
    connect(m_deactivateButton, &QPushButton::clicked, this, &UserPanel::toggleCardActive);
    connect(m_undoButton, &QPushButton::clicked, this, &UserPanel::undoChanges);
    connect(m_replaceButton, &QPushButton::clicked, this, &UserPanel::replaceCard);
    connect(m_decodeButton, &QPushButton::clicked, this, &UserPanel::decodeCard);
    // Two rows, so the panel stays narrow enough to leave the Users table most of the window.
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_deactivateButton);
    buttons->addStretch(1);
    buttons->addWidget(m_undoButton);
    auto *moreButtons = new QHBoxLayout;
    moreButtons->setSpacing(6);
    moreButtons->addWidget(m_replaceButton);
    moreButtons->addWidget(m_decodeButton);
    moreButtons->addStretch(1);

    layout->addWidget(m_cardView, 1);
    layout->addLayout(buttons);
    layout->addLayout(moreButtons);
    return area;
}

QWidget *UserPanel::createFooter()
{
    auto *footer = new QFrame(this);
    footer->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(footer);
    layout->setContentsMargins(10, 8, 10, 8);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    m_summaryLabel = new QLabel(footer);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setObjectName(u"pendingSummaryLabel"_s);
    QFont summaryFont = m_summaryLabel->font();
    summaryFont.setBold(true);
    m_summaryLabel->setFont(summaryFont);
    m_changesLabel = new QLabel(footer);
    m_changesLabel->setTextFormat(Qt::PlainText);
    m_changesLabel->setObjectName(u"pendingChangesLabel"_s);
    m_changesLabel->setWordWrap(true);
    m_changesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lastPushLabel = new QLabel(footer);
    m_lastPushLabel->setTextFormat(Qt::PlainText);
    m_lastPushLabel->setObjectName(u"lastPushLabel"_s);
    m_lastPushLabel->setWordWrap(true);
    m_lastPushLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sendErrorLabel = new QLabel(footer);
    m_sendErrorLabel->setTextFormat(Qt::PlainText);
    m_sendErrorLabel->setObjectName(u"sendErrorLabel"_s);
    m_sendErrorLabel->setWordWrap(true);
    m_sendErrorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sendErrorLabel->setStyleSheet(u"color: #b3261e;"_s);
    m_sendErrorLabel->hide();
    texts->addWidget(m_summaryLabel);
    texts->addWidget(m_changesLabel);
    texts->addWidget(m_sendErrorLabel);
    texts->addWidget(m_lastPushLabel);

    // Alt+S opens the Send menu, so the button takes Alt+N.
    m_sendButton = makeButton(tr("Se&nd"), themedIcon(u"mail-send"_s, u"send"_s), u"sendButton"_s, footer);
    m_sendButton->setToolTip(tr("Send this user's complete card set to Calven (Ctrl+Return)"));
    m_sendButton->setDefault(true);
    auto *sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, nullptr, nullptr,
                                       Qt::WidgetWithChildrenShortcut);
    connect(sendShortcut, &QShortcut::activated, m_sendButton, &QPushButton::animateClick);
    connect(m_sendButton, &QPushButton::clicked, this, &UserPanel::requestSend);

    layout->addLayout(texts, 1);
    layout->addWidget(m_sendButton, 0, Qt::AlignVCenter);
    return footer;
}

void UserPanel::setCardEditor(CardEditor editor)
{
    m_cardEditor = std::move(editor);
    updateActions();
}

void UserPanel::setCardReplacer(CardReplacer replacer)
{
    m_cardReplacer = std::move(replacer);
    updateActions();
}

void UserPanel::setCardDecoder(CardDecoder decoder)
{
    m_cardDecoder = std::move(decoder);
    updateActions();
}

void UserPanel::setSendConfirmer(SendConfirmer confirmer)
{
    m_sendConfirmer = std::move(confirmer);
}

void UserPanel::setSettings(QSettings *settings)
{
    m_settings = settings;
}

void UserPanel::setCredentialTypeMap(const Core::CredentialTypeMap &typeMap)
{
    m_typeMap = typeMap;
}

void UserPanel::setHolderLookup(Core::CardHolderLookup lookup)
{
    m_holderLookup = std::move(lookup);
}

void UserPanel::setUser(const Core::DirectoryUser &user, const QString &locationName)
{
    m_user = user;
    const QString name = user.displayName();
    m_nameLabel->setFullText(name.isEmpty() ? tr("No name or email (user %1)").arg(user.userId) : name);
    QStringList details;
    if (!user.email.isEmpty())
        details.append(user.email);
    details.append(user.isActive()
                       ? tr("Active")
                       : tr("Status: %1").arg(user.status.isEmpty() ? tr("unknown") : user.status));
    details.append(locationName.isEmpty() ? tr("No location") : locationName);
    m_detailLabel->setFullText(details.join(u"  ·  "_s));
    m_cards->clear();
    m_reasons.clear();
    m_sending = false;
    showSendError({});
    clearLastPush();
    m_stack->setCurrentIndex(1);
    updateActions();
}

void UserPanel::clearUser()
{
    m_user.reset();
    m_cards->clear();
    m_reasons.clear();
    clearLastPush();
    m_stack->setCurrentIndex(0);
    updateActions();
}

void UserPanel::setCardSets(const QList<Core::Credential> &confirmed, const QList<Core::Credential> &edited)
{
    setCardSets(confirmed, confirmed, edited, {});
}

void UserPanel::setCardSets(const QList<Core::Credential> &confirmed, const QList<Core::Credential> &intended,
                            const QList<Core::Credential> &edited, const QList<Core::Credential> &mayHold)
{
    m_intended = intended;
    QList<Core::Credential> held = intended;
    for (const Core::Credential &card : mayHold) {
        if (!Models::containsSameCard(held, card) || card.active)
            held.append(card);
    }
    m_cards->setCardSets(confirmed, edited, held);
    updateActions();
}

QList<Core::Credential> UserPanel::credentials() const
{
    return m_cards->credentials();
}

void UserPanel::setLastPush(const Core::OutboxEntry &entry)
{
    QString details = Core::updateStateLabel(entry.state);
    if (entry.state != Core::UpdateState::Queued && entry.state != Core::UpdateState::Sending)
        details += u" ("_s + Core::resultCodeLabel(entry.result.code) + u')';
    const QString message = Models::failureMessage(entry);
    if (!message.isEmpty())
        details += u": "_s + message;
    const QDateTime when = entry.updatedAt.isValid() ? entry.updatedAt : entry.createdAt;
    m_lastPushLabel->setText(
        tr("Last push %1: %2").arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat), details));
    showSendError({});
    const QString colour = stateColourName(entry.state);
    m_lastPushLabel->setStyleSheet(colour.isEmpty() ? QString() : QString(u"color: "_s + colour + u';'));
}

void UserPanel::clearLastPush()
{
    m_lastPushLabel->setText(tr("Not pushed from CardDesk yet."));
    m_lastPushLabel->setStyleSheet({});
}

void UserPanel::showSendError(const QString &message)
{
    m_sendErrorLabel->setText(message);
    m_sendErrorLabel->setVisible(!message.isEmpty());
}

QString UserPanel::sendErrorText() const
{
    return m_sendErrorLabel->text();
}

void UserPanel::setSending(bool sending)
{
    m_sending = sending;
    updateActions();
}

QString UserPanel::pendingSummary() const
{
    return m_summaryLabel->text();
}

QStringList UserPanel::pendingChanges() const
{
    return Models::describeChanges(m_cards->confirmedCredentials(), m_cards->changes());
}

QString UserPanel::lastPushText() const
{
    return m_lastPushLabel->text();
}

void UserPanel::focusCards()
{
    m_cardView->setFocus(Qt::OtherFocusReason);
    if (!m_cardView->currentIndex().isValid() && m_cards->rowCount() > 0)
        m_cardView->setCurrentIndex(m_cards->index(0, 0));
}

int UserPanel::currentCardRow() const
{
    const QModelIndex current = m_cardView->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void UserPanel::addCard()
{
    if (!m_user || !m_cardEditor)
        return;
    const std::optional<Core::Credential> card = m_cardEditor(this, std::nullopt);
    if (!card)
        return;
    QList<Core::Credential> edited = m_cards->credentials();
    edited.append(*card);
    applyEdit(edited);
    m_cardView->setCurrentIndex(m_cards->index(int(edited.size()) - 1, 0));
}

void UserPanel::editCard()
{
    const int row = currentCardRow();
    if (!m_user || !m_cardEditor || row < 0)
        return;
    const std::optional<Core::Credential> card = m_cardEditor(this, m_cards->credentialAt(row));
    if (!card)
        return;
    QList<Core::Credential> edited = m_cards->credentials();
    edited[row] = *card;
    applyEdit(edited);
    m_cardView->setCurrentIndex(m_cards->index(row, 0));
}

void UserPanel::replaceCard()
{
    const int row = currentCardRow();
    if (!m_user || !m_cardReplacer || row < 0)
        return;
    const Core::Credential old = m_cards->credentialAt(row);
    if (!old.active || isDraftOnly(row))
        return;
    const std::optional<CardReplacement> replacement = m_cardReplacer(this, old);
    if (!replacement)
        return;
    QList<Core::Credential> edited = m_cards->credentials();
    edited[row].active = false;
    edited.append(replacement->card);
    m_reasons.append(replacement->auditText(old));
    applyEdit(edited);
    m_cardView->setCurrentIndex(m_cards->index(int(edited.size()) - 1, 0));
}

void UserPanel::decodeCard()
{
    if (!m_user || !m_cardDecoder)
        return;
    const std::optional<Core::Credential> card = m_cardDecoder(this);
    if (!card)
        return;
    QList<Core::Credential> edited = m_cards->credentials();
    edited.append(*card);
    applyEdit(edited);
    m_cardView->setCurrentIndex(m_cards->index(int(edited.size()) - 1, 0));
}

void UserPanel::requestSend()
{
    if (!m_user || !m_sendButton->isEnabled())
        return;
    // The operator sees exactly which cards change before anything is queued.
    if (m_sendConfirmer && !m_sendConfirmer(this, pendingSummary(), pendingChanges()))
        return;
    emit sendRequested(m_user->userId);
}

void UserPanel::toggleCardActive()
{
    const int row = currentCardRow();
    if (!m_user || row < 0)
        return;
    QList<Core::Credential> edited = m_cards->credentials();
    // Only a card that exists solely in this draft is taken out. Calven may hold any other card,
    // also one that is queued, in flight or of unknown outcome, so it goes out inactive: under
    // merge semantics a card left out of the set would stay active.
    if (isDraftOnly(row)) {
        edited.removeAt(row);
    } else {
        edited[row].active = !edited[row].active;
    }
    applyEdit(edited);
    if (m_cards->rowCount() > 0)
        m_cardView->setCurrentIndex(m_cards->index(qMin(row, m_cards->rowCount() - 1), 0));
}

void UserPanel::undoChanges()
{
    if (!m_user)
        return;
    m_reasons.clear();
    applyEdit(m_intended);
}

void UserPanel::applyEdit(const QList<Core::Credential> &edited)
{
    m_cards->setCardSets(m_cards->confirmedCredentials(), edited, m_cards->mayHoldCredentials());
    showSendError({});
    qCDebug(lcUserPanel) << "cards edited for user" << m_user->userId << "pending:" << pendingSummary();
    emit cardsEdited(m_user->userId, m_cards->credentials());
}

bool UserPanel::isDraftOnly(int row) const
{
    return m_cards->changeStateAt(row) == Models::ChangeState::Added && !m_cards->mayBeHeldByCalven(row);
}

bool UserPanel::differsFromIntended() const
{
    const QList<Models::CardChange> intended =
        Models::compareCardSets(m_cards->confirmedCredentials(), m_intended, m_cards->mayHoldCredentials());
    if (intended.size() != m_cards->changes().size())
        return true;
    for (qsizetype i = 0; i < intended.size(); ++i) {
        if (!(intended.at(i).credential == m_cards->changes().at(i).credential))
            return true;
    }
    return false;
}

void UserPanel::updateActions()
{
    const Models::ChangeCounts counts = m_cards->changeCounts();
    m_summaryLabel->setText(Models::changeSummary(counts));
    const QStringList changes = pendingChanges();
    m_changesLabel->setText(changes.join(u'\n'));
    m_changesLabel->setVisible(!changes.isEmpty());

    const int row = currentCardRow();
    const bool hasUser = m_user.has_value();
    m_addButton->setEnabled(hasUser && m_cardEditor);
    m_editButton->setEnabled(hasUser && m_cardEditor && row >= 0);
    m_deactivateButton->setEnabled(hasUser && row >= 0);
    m_replaceButton->setEnabled(hasUser && m_cardReplacer && row >= 0 && m_cards->credentialAt(row).active &&
                                !isDraftOnly(row));
    m_decodeButton->setEnabled(hasUser && m_cardDecoder);
    m_undoButton->setEnabled(hasUser && differsFromIntended());
    m_sendButton->setEnabled(hasUser && !counts.isEmpty() && !m_sending);

    if (row >= 0 && isDraftOnly(row))
        m_deactivateButton->setText(tr("&Remove"));
    else if (row >= 0 && !m_cards->credentialAt(row).active)
        m_deactivateButton->setText(tr("Re&activate"));
    else
        m_deactivateButton->setText(tr("&Deactivate"));
}

} // namespace CardDesk::Ui
