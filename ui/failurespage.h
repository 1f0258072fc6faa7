// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outboxentry.h"

#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace CardDesk::Models {
class FailureFilterModel;
class FailureTableModel;
} // namespace CardDesk::Models

namespace CardDesk::Ui {

class FailureDetailView;

/// The failure inbox: outbox entries that need an operator, with a result filter, a text filter,
/// a detail pane, and Retry and Resolve buttons for the selected entries.
///
/// Setter: setEntries() with the open failures (the selection is kept by updateId).
/// Signals: retryRequested(updateIds) and resolveRequested(updateIds, note) for the selected
/// rows; openFailureCountChanged(count) whenever the number of entries changes.
class FailuresPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailuresPage)

public:
    /// Asks for the note that closes count failures; std::nullopt when the operator cancels.
    /// The default opens a text dialog that insists on a non-empty note.
    using NoteEditor = std::function<std::optional<QString>(QWidget *parent, int count)>;

    explicit FailuresPage(QWidget *parent = nullptr);
    ~FailuresPage() override;

    void setEntries(const QList<Core::OutboxEntry> &entries);
    void setNoteEditor(NoteEditor editor);

    int openFailureCount() const;
    QStringList selectedUpdateIds() const;
    /// Focuses the text filter and selects its text.
    void focusSearch();

signals:
    void retryRequested(const QStringList &updateIds);
    void resolveRequested(const QStringList &updateIds, const QString &note);
    void openFailureCountChanged(int count);

private:
    QWidget *createFilterBar();
    QWidget *createButtonBar();
    void applyFilters();
    void retrySelected();
    void resolveSelected();
    void onSelectionChanged();
    void selectUpdates(const QStringList &updateIds);

    Models::FailureTableModel *m_failures = nullptr;
    Models::FailureFilterModel *m_filter = nullptr;
    NoteEditor m_noteEditor;

    QComboBox *m_resultCombo = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QTableView *m_table = nullptr;
    FailureDetailView *m_detail = nullptr;
    QLabel *m_countLabel = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_resolveButton = nullptr;
};

} // namespace CardDesk::Ui
