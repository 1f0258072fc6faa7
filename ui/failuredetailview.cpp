// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "failuredetailview.h"

#include "models/failuretablemodel.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CardDesk::Ui {

FailureDetailView::FailureDetailView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"failureDetailWidget"_s);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(u"failureTitleLabel"_s);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_titleLabel->setWordWrap(true);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(u"failureMessageLabel"_s);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_cardResults = new QTreeWidget(this);
    m_cardResults->setObjectName(u"cardResultsTreeWidget"_s);
    m_cardResults->setRootIsDecorated(false);
    m_cardResults->setHeaderLabels({tr("Card"), tr("Result"), tr("Message")});
    m_cardResults->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_cardResults->header()->setStretchLastSection(true);

    m_requestView = createBodyView(u"requestPlainTextEdit"_s);
    m_responseView = createBodyView(u"responsePlainTextEdit"_s);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"failureDetailTabWidget"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_cardResults, tr("Card results"));
    m_tabs->addTab(m_requestView, tr("Request"));
    m_tabs->addTab(m_responseView, tr("Response"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_tabs, 1);
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

void FailureDetailView::setEntry(const Core::OutboxEntry &entry)
{
    m_tabs->show();
    const QString when = QLocale().toString(entry.updatedAt.toLocalTime(), QLocale::ShortFormat);
    const QString attempts = entry.attempts == 1 ? tr("1 attempt") : tr("%1 attempts").arg(entry.attempts);
    m_titleLabel->setText(QStringList{entry.username.isEmpty() ? entry.userId : entry.username,
                                      Core::updateStateLabel(entry.state), attempts, when}
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
        item->setToolTip(2, card.message);
    }
    if (entry.result.cards.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_cardResults, {tr("No per-card results were returned.")});
        item->setFirstColumnSpanned(true);
        item->setDisabled(true);
    }
}

void FailureDetailView::showHint(const QString &text)
{
    m_titleLabel->setText(text);
    m_messageLabel->clear();
    m_cardResults->clear();
    m_requestView->clear();
    m_responseView->clear();
    m_tabs->hide();
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

QString FailureDetailView::prettyBody(const QByteArray &body)
{
    if (body.isEmpty())
        return tr("(empty)");
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError)
        return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
    // Not JSON (an HTML error page, a truncated body): show it as received.
    return QString::fromUtf8(body);
}

} // namespace CardDesk::Ui
