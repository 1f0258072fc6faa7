// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "failurenextstep.h"

#include <QWidget>

class QFrame;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;

namespace CardDesk::Ui {

/// Read-only details of one outbox entry: message, a suggested next step, per-card results, the
/// timeline of attempts and retries, the user's current card set, and the request and response
/// bodies pretty-printed with secrets masked.
///
/// Signals: the next step's buttons emit openUserRequested(userId), decoderRequested(entry, card)
/// and editAndRetryRequested(userId).
class FailureDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailureDetailView)

public:
    explicit FailureDetailView(QWidget *parent = nullptr);
    ~FailureDetailView() override;

    /// Shows entry, or context.detailed when it is set, with the rest of context.
    void setEntry(const Core::OutboxEntry &entry, const FailureContext &context = {});
    /// Shows a hint instead of details, for no selection or several selected entries.
    void showHint(const QString &text);

    QString messageText() const;
    QString requestText() const;
    QString responseText() const;
    QString nextStepText() const;
    /// Returns the labels of the next step's buttons, in order.
    QStringList nextStepActions() const;
    /// Presses the next step's button at index, as a click does.
    void triggerNextStep(int index);

    /// Returns body with secrets masked, indented when it is JSON, else the raw text; an empty
    /// body gives a note.
    static QString prettyBody(const QByteArray &body);

signals:
    void openUserRequested(const QString &userId);
    void decoderRequested(const CardDesk::Core::OutboxEntry &entry, const CardDesk::Core::Credential &card);
    void editAndRetryRequested(const QString &userId);

private:
    QPlainTextEdit *createBodyView(const QString &objectName);
    QTreeWidget *createList(const QString &objectName, const QStringList &headers);
    QWidget *createNextStepBox();
    void fillCardResults(const Core::OutboxEntry &entry);
    void fillTimeline(const Core::OutboxEntry &entry, const QList<Core::OutboxEntry> &chain);
    void fillCurrentCards(const Core::OutboxEntry &entry, const std::optional<QList<Core::Credential>> &cards);
    void fillNextStep(const FailureNextStep &step);

    QLabel *m_titleLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_cardResults = nullptr;
    QTreeWidget *m_timeline = nullptr;
    QTreeWidget *m_currentCards = nullptr;
    QFrame *m_nextStepBox = nullptr;
    QLabel *m_nextStepLabel = nullptr;
    QHBoxLayout *m_nextStepButtons = nullptr;
    Core::OutboxEntry m_entry;
    FailureNextStep m_step;
    QPlainTextEdit *m_requestView = nullptr;
    QPlainTextEdit *m_responseView = nullptr;
};

} // namespace CardDesk::Ui
