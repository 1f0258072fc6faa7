// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "failuredetailview.h"

#include "elidedlabel.h"
#include "models/failuretablemodel.h"
#include "net/redaction.h"

#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CardDesk::Ui {

namespace {

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString shortUpdateId(const QString &updateId)
{
    return updateId.left(8);
}

} // namespace

FailureDetailView::FailureDetailView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"failureDetailWidget"_s);
    // Names and messages come from the directory and from Calven, so every label shows plain text.
    m_titleLabel = new QLabel(this);
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setObjectName(u"failureTitleLabel"_s);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_titleLabel->setWordWrap(true);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setObjectName(u"failureMessageLabel"_s);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_cardResults = createList(u"cardResultsTreeWidget"_s, {tr("Card"), tr("Result"), tr("Message")});
    m_timeline = createList(u"timelineTreeWidget"_s, {tr("Time"), tr("Event"), tr("Detail")});
    m_currentCards = createList(u"currentCardsTreeWidget"_s, {tr("Card"), tr("Type"), tr("State")});
    m_requestView = createBodyView(u"requestPlainTextEdit"_s);
    m_responseView = createBodyView(u"responsePlainTextEdit"_s);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"failureDetailTabWidget"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_cardResults, tr("Card results"));
    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_tabs->addTab(m_currentCards, tr("Current cards"));
    m_tabs->addTab(m_requestView, tr("Request"));
    m_tabs->addTab(m_responseView, tr("Response"));

    auto *summary = new QVBoxLayout;
    summary->setSpacing(6);
    summary->addWidget(m_titleLabel);
    summary->addWidget(m_messageLabel);
    summary->addWidget(createNextStepBox());
    summary->addStretch(1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(summary, 2);
    layout->addWidget(m_tabs, 3);
    showHint(tr("Select a failure to see its details."));
}

FailureDetailView::~FailureDetailView() = default;

QPlainTextEdit *FailureDetailView::createBodyView(const QString &objectName)
{
    auto *view = new QPlainTextEdit(this);
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

QTreeWidget *FailureDetailView::createList(const QString &objectName, const QStringList &headers)
{
    auto *list = new QTreeWidget(this);
    list->setObjectName(objectName);
    list->setRootIsDecorated(false);
    list->setHeaderLabels(headers);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(true);
    return list;
}

QWidget *FailureDetailView::createNextStepBox()
{
    m_nextStepBox = new QFrame(this);
    m_nextStepBox->setObjectName(u"nextStepFrame"_s);
    m_nextStepBox->setFrameShape(QFrame::StyledPanel);
    auto *heading = new QLabel(tr("Next step"), m_nextStepBox);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    m_nextStepLabel = new QLabel(m_nextStepBox);
    m_nextStepLabel->setTextFormat(Qt::PlainText);
    m_nextStepLabel->setObjectName(u"nextStepLabel"_s);
    m_nextStepLabel->setWordWrap(true);
    m_nextStepLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_nextStepButtons = new QHBoxLayout;
    m_nextStepButtons->setSpacing(6);

    auto *layout = new QVBoxLayout(m_nextStepBox);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->addWidget(heading);
    layout->addWidget(m_nextStepLabel);
    layout->addLayout(m_nextStepButtons);
    return m_nextStepBox;
}

void FailureDetailView::setEntry(const Core::OutboxEntry &shown, const FailureContext &context)
{
    const Core::OutboxEntry &entry = context.detailed ? *context.detailed : shown;
    m_entry = entry;
    m_tabs->show();
    m_nextStepBox->show();
    const QString attempts = entry.attempts == 1 ? tr("1 attempt") : tr("%1 attempts").arg(entry.attempts);
    m_titleLabel->setText(QStringList{entry.username.isEmpty() ? entry.userId : entry.username,
                                      Models::reviewStateLabel(entry), attempts, localTime(entry.updatedAt)}
                              .join(u"  ·  "_s));
    QString message = Models::failureMessage(entry);
    if (message.isEmpty())
        message = tr("Calven returned no message.");
    QString result = Core::resultCodeLabel(entry.result.code);
    if (entry.result.code == Core::ResultCode::UnrecognisedValue)
        result += u" \""_s + entry.result.rawResult + u'"';
    if (entry.httpStatus > 0)
        result += u", HTTP "_s + QString::number(entry.httpStatus);
    m_messageLabel->setText(tr("%1: %2\nUpdate %3").arg(result, message, entry.updateId));
    fillCardResults(entry);
    fillTimeline(entry, context.retryChain);
    fillCurrentCards(entry, context.currentCards);
    fillNextStep(suggestNextStep(entry, context));
    m_requestView->setPlainText(prettyBody(entry.requestJson));
    m_responseView->setPlainText(prettyBody(entry.responseJson));
}

void FailureDetailView::fillCardResults(const Core::OutboxEntry &entry)
{
    m_cardResults->clear();
    for (const Core::CardResult &card : entry.result.cards) {
        const QString number = card.facilityCode.isEmpty()
                                   ? card.cardNumber
                                   : QString(card.facilityCode + u':' + card.cardNumber);
        auto *item =
            new QTreeWidgetItem(m_cardResults, {number, Core::resultCodeLabel(card.code), card.message});
        item->setToolTip(2, plainToolTip(card.message));
    }
    if (entry.result.cards.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_cardResults, {tr("No per-card results were returned.")});
        item->setFirstColumnSpanned(true);
        item->setDisabled(true);
    }
}

// Lists when each update of the retry chain was queued, how its attempts ended and how it was
// closed. The outbox keeps one outcome per update, so attempts of one update show as a count.
void FailureDetailView::fillTimeline(const Core::OutboxEntry &entry, const QList<Core::OutboxEntry> &chain)
{
    m_timeline->clear();
    const QList<Core::OutboxEntry> updates = chain.isEmpty() ? QList<Core::OutboxEntry>{entry} : chain;
    for (const Core::OutboxEntry &update : updates) {
        const bool current = update.updateId == entry.updateId;
        const QString queued =
            update.previousUpdateId.isEmpty()
                ? tr("Queued %1").arg(shortUpdateId(update.updateId))
                : tr("Queued %1 as a retry of %2")
                      .arg(shortUpdateId(update.updateId), shortUpdateId(update.previousUpdateId));
        auto *first = new QTreeWidgetItem(m_timeline, {localTime(update.createdAt), queued, QString()});
        const QString attempts =
            update.attempts == 1 ? tr("after 1 attempt") : tr("after %1 attempts").arg(update.attempts);
        const QString outcome = update.state == Core::UpdateState::Resolved
                                    ? tr("Resolved")
                                    : tr("%1 %2").arg(Core::updateStateLabel(update.state), attempts);
        QString detail = update.state == Core::UpdateState::Resolved ? update.resolutionNote
                                                                     : Models::failureMessage(update);
        if (update.state != Core::UpdateState::Resolved && update.result.code != Core::ResultCode::Unknown)
            detail = Core::resultCodeLabel(update.result.code) + u": "_s + detail;
        auto *last = new QTreeWidgetItem(m_timeline, {localTime(update.updatedAt), outcome, detail});
        last->setToolTip(2, plainToolTip(detail));
        if (current) {
            QFont bold = last->font(1);
            bold.setBold(true);
            for (QTreeWidgetItem *item : {first, last}) {
                item->setFont(1, bold);
            }
        }
    }
}

void FailureDetailView::fillCurrentCards(const Core::OutboxEntry &entry,
                                         const std::optional<QList<Core::Credential>> &cards)
{
    m_currentCards->clear();
    if (!cards || cards->isEmpty()) {
        auto *item = new QTreeWidgetItem(m_currentCards,
                                         {cards ? tr("%1 has no cards in CardDesk now.").arg(entry.username)
                                                : tr("CardDesk holds no card set for this user.")});
        item->setFirstColumnSpanned(true);
        item->setDisabled(true);
        return;
    }
    for (const Core::Credential &card : *cards) {
        const bool sent =
            std::any_of(entry.credentials.cbegin(), entry.credentials.cend(),
                        [&card](const Core::Credential &other) { return other.isSameCard(card); });
        QString state = card.active ? tr("Active") : tr("Inactive");
        if (!sent)
            state += tr(", not in this update");
        new QTreeWidgetItem(m_currentCards, {card.displayNumber(), card.credentialType, state});
    }
}

void FailureDetailView::fillNextStep(const FailureNextStep &step)
{
    m_step = step;
    m_nextStepLabel->setText(step.text);
    while (QLayoutItem *item = m_nextStepButtons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < step.buttons.size(); ++i) {
        auto *button = new QPushButton(step.buttons.at(i).label, m_nextStepBox);
        button->setObjectName(u"nextStepButton%1"_s.arg(i));
        connect(button, &QPushButton::clicked, this, [this, i] { triggerNextStep(i); });
        m_nextStepButtons->addWidget(button);
    }
    m_nextStepButtons->addStretch(1);
}

void FailureDetailView::triggerNextStep(int index)
{
    if (index < 0 || index >= m_step.buttons.size())
        return;
    const FailureNextStep::Button button = m_step.buttons.at(index);
    switch (button.action) {
    case FailureNextStep::Action::OpenUser:
        emit openUserRequested(button.userId);
        break;
    case FailureNextStep::Action::OpenDecoder:
        emit decoderRequested(m_entry, button.card);
        break;
    case FailureNextStep::Action::EditAndRetry:
        emit editAndRetryRequested(button.userId);
        break;
    }
}

void FailureDetailView::showHint(const QString &text)
{
    m_titleLabel->setText(text);
    m_messageLabel->clear();
    m_cardResults->clear();
    m_timeline->clear();
    m_currentCards->clear();
    m_requestView->clear();
    m_responseView->clear();
    fillNextStep({});
    m_step = {};
    m_entry = {};
    m_tabs->hide();
    m_nextStepBox->hide();
}

QString FailureDetailView::messageText() const
{
    return m_messageLabel->text();
}

QString FailureDetailView::requestText() const
{
    return m_requestView->toPlainText();
}

QString FailureDetailView::responseText() const
{
    return m_responseView->toPlainText();
}

QString FailureDetailView::nextStepText() const
{
    return m_step.text;
}

QStringList FailureDetailView::nextStepActions() const
{
    QStringList labels;
    for (const FailureNextStep::Button &button : m_step.buttons)
        labels.append(button.label);
    return labels;
}

QString FailureDetailView::prettyBody(const QByteArray &body)
{
    if (body.isEmpty())
        return tr("(empty)");
    // A stored request can contain a token or secret in a field; the pane shows the masked copy.
    const QByteArray masked = Net::Redaction::redactBody(body);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(masked, &error);
    if (error.error == QJsonParseError::NoError)
        return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
    // Not JSON (an HTML error page, a truncated body): show it as received, masked by pattern.
    return QString::fromUtf8(masked);
}

} // namespace CardDesk::Ui
