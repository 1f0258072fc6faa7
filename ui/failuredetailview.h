// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outboxentry.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;

namespace CardDesk::Ui {

/// Read-only details of one outbox entry: message, per-card results, and the request and
/// response bodies pretty-printed when they are JSON.
class FailureDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailureDetailView)

public:
    explicit FailureDetailView(QWidget *parent = nullptr);
    ~FailureDetailView() override;

    void setEntry(const Core::OutboxEntry &entry);
    /// Shows a hint instead of details, for no selection or several selected entries.
    void showHint(const QString &text);

    QString messageText() const;
    QString requestText() const;
    QString responseText() const;

    /// Returns body indented when it is JSON, else the raw text; an empty body gives a note.
    static QString prettyBody(const QByteArray &body);

private:
    QPlainTextEdit *createBodyView(const QString &objectName);
    void fillCardResults(const Core::OutboxEntry &entry);

    QLabel *m_titleLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_cardResults = nullptr;
    QPlainTextEdit *m_requestView = nullptr;
    QPlainTextEdit *m_responseView = nullptr;
};

} // namespace CardDesk::Ui
