// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outboxentry.h"

#include <QWidget>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace CardDesk::Models {
class FailureFilterModel;
class FailureTableModel;
} // namespace CardDesk::Models

namespace CardDesk::Ui {

class FailureCharts;
class FailureDetailView;

/// The failure inbox: outbox entries that need an operator. It filters by result, local day range,
/// profile and text, and groups by reason. Charts show failures per day and per reason, and a
/// click on a chart filters the table. It has a detail pane, actions for the selected entries, and
/// CSV and PDF export.
///
/// Setters: setEntries() with the open failures (the selection is kept by updateId), and
/// setOpenFailureTotal() when the store holds more open failures than it gave the page.
/// Signals: retryRequested(updateIds), editAndRetryRequested(userId) and
/// resolveRequested(updateIds, note) for the selected rows; openFailureCountChanged(count)
/// whenever the number of open failures changes.
/// Keys: Ctrl+R retry, Ctrl+E edit and retry, Ctrl+D resolve.
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

    /// Sets the number of open failures in the store, which can exceed the entries shown.
    void setOpenFailureTotal(int total);
    /// Shows failures whose last change falls on a local day from first to last, inclusive. Until
    /// this is called or the operator picks days, the range covers the last 14 days and every entry.
    void setDayRange(const QDate &first, const QDate &last);
    /// Shows only this result; std::nullopt shows every result.
    void setResultFilter(std::optional<Core::ResultCode> code);
    std::optional<Core::ResultCode> resultFilter() const;
    void setGroupedByReason(bool grouped);
    /// Returns the entries the table shows, in table order.
    QList<Core::OutboxEntry> visibleEntries() const;
    FailureCharts *charts() const { return m_charts; }

    /// Writes the shown entries as CSV; false with the reason in *error when writing fails.
    bool exportCsv(const QString &path, QString *error) const;
    /// Writes a PDF report of the shown entries with a summary and the charts.
    bool exportPdf(const QString &path, QString *error) const;

signals:
    void retryRequested(const QStringList &updateIds);
    void resolveRequested(const QStringList &updateIds, const QString &note);
    void editAndRetryRequested(const QString &userId);
    void openFailureCountChanged(int count);

private:
    QWidget *createFilterBar();
    QWidget *createButtonBar();
    void applyFilters();
    QWidget *createRangeBar();
    void createShortcuts();
    void retrySelected();
    void editAndRetrySelected();
    void exportCsvInteractive();
    void exportPdfInteractive();
    void fitDayRange();
    void updateProfiles();
    void updateCharts();
    void updateReasonCounts();
    void resolveSelected();
    void onSelectionChanged();
    void selectUpdates(const QStringList &updateIds);

    Models::FailureTableModel *m_failures = nullptr;
    Models::FailureFilterModel *m_filter = nullptr;
    NoteEditor m_noteEditor;

    FailureCharts *m_charts = nullptr;
    QComboBox *m_resultCombo = nullptr;
    QComboBox *m_profileCombo = nullptr;
    QDateEdit *m_firstDayEdit = nullptr;
    QDateEdit *m_lastDayEdit = nullptr;
    QCheckBox *m_groupCheck = nullptr;
    int m_openTotal = -1;
    bool m_rangeChosen = false; ///< The operator or a chart click chose the day range.
    QLineEdit *m_filterEdit = nullptr;
    QTableView *m_table = nullptr;
    FailureDetailView *m_detail = nullptr;
    QLabel *m_countLabel = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_resolveButton = nullptr;
    QPushButton *m_editRetryButton = nullptr;
};

} // namespace CardDesk::Ui
