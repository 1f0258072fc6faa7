// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "failurenextstep.h"
#include "models/failurequery.h"
#include "models/failurestatistics.h"

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
/// The page works in one of two ways. Given a complete list with setEntries() it filters, groups
/// and counts in memory. After setQueryDriven(true) every filter change emits queryChanged(), and
/// the caller answers with setFirstPage(), appendPage() for each moreRowsRequested(), and
/// setSummary() with the counts over every matching entry, which feed the charts and the counts.
/// The selection is kept by updateId in both.
///
/// Setters: setEntries(), setOpenFailureTotal() when the store holds more open failures than it
/// gave the page, setDetailProvider() for the detail pane's context, setExportSource() for the
/// entries an export writes in query-driven mode.
/// Signals: retryRequested(updateIds), editAndRetryRequested(userId) and
/// resolveRequested(updateIds, note) for the selected rows; openFailureCountChanged(count)
/// whenever the number of open failures changes; openUserRequested(userId) and
/// decoderRequested(entry, card) from the detail pane's next step.
/// Keys: Ctrl+R retry, Ctrl+E edit and retry, Ctrl+D resolve. The main window's Find key calls
/// focusSearch().
class FailuresPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailuresPage)

public:
    /// Asks for the note that closes count failures; std::nullopt when the operator cancels.
    /// The default opens a text dialog that insists on a non-empty note.
    using NoteEditor = std::function<std::optional<QString>(QWidget *parent, int count)>;

    /// Returns what the detail pane shows beside a selected entry.
    using DetailProvider = std::function<FailureContext(const Core::OutboxEntry &entry)>;
    /// Returns every entry that matches query, for an export; std::nullopt with *error on failure.
    using ExportSource =
        std::function<std::optional<QList<Core::OutboxEntry>>(const Models::FailureQuery &query, QString *error)>;

    explicit FailuresPage(QWidget *parent = nullptr);
    ~FailuresPage() override;

    void setEntries(const QList<Core::OutboxEntry> &entries);
    void setQueryDriven(bool queryDriven);
    bool isQueryDriven() const { return m_queryDriven; }
    /// Returns the filters as they are set now.
    Models::FailureQuery query() const;
    /// Replaces the rows with the first page of the current query; atEnd: no more pages.
    void setFirstPage(const QList<Core::OutboxEntry> &entries, bool atEnd);
    /// Appends the page that answers the last moreRowsRequested().
    void appendPage(const QList<Core::OutboxEntry> &entries, bool atEnd);
    /// Sets the counts over every entry that matches the current query, for the charts, the
    /// result filter's counts and the count line. total is the number of matching entries.
    void setSummary(const Models::FailureStatistics &statistics, int total);
    void setDetailProvider(DetailProvider provider);
    void setExportSource(ExportSource source);
    /// Shows the detail pane for the selection again, for example after the store changed.
    void refreshDetail();
    FailureDetailView *detailView() const { return m_detail; }
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
    void queryChanged(const CardDesk::Models::FailureQuery &query);
    void moreRowsRequested(const CardDesk::Core::OutboxEntry &last);
    void openUserRequested(const QString &userId);
    void decoderRequested(const CardDesk::Core::OutboxEntry &entry, const CardDesk::Core::Credential &card);

private:
    void emitQueryIfChanged();
    void updateCountLabel();
    QList<Core::OutboxEntry> exportEntries(QString *error) const;
    Models::FailureStatistics exportStatistics(const QList<Core::OutboxEntry> &entries) const;
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
    DetailProvider m_detailProvider;
    ExportSource m_exportSource;
    bool m_queryDriven = false;
    std::optional<Models::FailureQuery> m_emittedQuery;
    Models::FailureStatistics m_summary; ///< Query-driven: the counts of the current query.
    int m_matchTotal = -1;               ///< Query-driven: entries that match; -1 until known.
    QStringList m_knownProfiles;
    QString m_detailUpdateId; ///< The entry the detail pane shows with its context.

    FailureCharts *m_charts = nullptr;
    QComboBox *m_resultCombo = nullptr;
    QComboBox *m_profileCombo = nullptr;
    QDateEdit *m_firstDayEdit = nullptr;
    QDateEdit *m_lastDayEdit = nullptr;
    QCheckBox *m_groupCheck = nullptr;
    QCheckBox *m_resolvedCheck = nullptr;
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
