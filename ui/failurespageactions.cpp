// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The failure inbox's day range, grouping, charts, shortcuts and exports.
#include "failurecharts.h"
#include "failurereport.h"
#include "failurespage.h"
#include "io/failurescsv.h"
#include "models/failurefiltermodel.h"
#include "models/failuretablemodel.h"
#include "models/roles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace CardDesk::Ui {

Q_LOGGING_CATEGORY(lcFailuresPageActions, "carddesk.ui.failurespageactions")

namespace {

// The day range a fresh inbox shows: the last two weeks, today included.
constexpr int DefaultRangeDays = 14;

QDateEdit *createDayEdit(const QString &objectName, const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    return edit;
}

} // namespace

QWidget *FailuresPage::createRangeBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);

    const QDate today = QDate::currentDate();
    m_firstDayEdit = createDayEdit(u"firstDayEdit"_s, today.addDays(1 - DefaultRangeDays), bar);
    m_lastDayEdit = createDayEdit(u"lastDayEdit"_s, today, bar);
    m_firstDayEdit->setAccessibleName(tr("First day"));
    m_lastDayEdit->setAccessibleName(tr("Last day"));
    for (QDateEdit *edit : {m_firstDayEdit, m_lastDayEdit}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            m_rangeChosen = true;
            applyFilters();
        });
    }

    m_groupCheck = new QCheckBox(tr("&Group by reason"), bar);
    m_groupCheck->setObjectName(u"groupByReasonCheckBox"_s);
    connect(m_groupCheck, &QCheckBox::toggled, this, &FailuresPage::setGroupedByReason);
    m_resolvedCheck = new QCheckBox(tr("Show reso&lved"), bar);
    m_resolvedCheck->setObjectName(u"showResolvedCheckBox"_s);
    m_resolvedCheck->setToolTip(tr("Also list failures that were resolved or retried"));
    m_resolvedCheck->setVisible(false);
    connect(m_resolvedCheck, &QCheckBox::toggled, this, &FailuresPage::applyFilters);

    auto *fromLabel = new QLabel(tr("Fro&m:"), bar);
    fromLabel->setBuddy(m_firstDayEdit);
    auto *toLabel = new QLabel(tr("T&o:"), bar);
    toLabel->setBuddy(m_lastDayEdit);
    layout->addWidget(fromLabel);
    layout->addWidget(m_firstDayEdit);
    layout->addWidget(toLabel);
    layout->addWidget(m_lastDayEdit);
    layout->addSpacing(12);
    layout->addWidget(m_groupCheck);
    layout->addWidget(m_resolvedCheck);
    layout->addStretch(1);
    return bar;
}

void FailuresPage::createShortcuts()
{
    const std::pair<QKeySequence, void (FailuresPage::*)()> keys[] = {
        {QKeySequence(Qt::CTRL | Qt::Key_R), &FailuresPage::retrySelected},
        {QKeySequence(Qt::CTRL | Qt::Key_E), &FailuresPage::editAndRetrySelected},
        {QKeySequence(Qt::CTRL | Qt::Key_D), &FailuresPage::resolveSelected},
    };
    for (const auto &[key, slot] : keys) {
        auto *shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    }
}

// Widens the default range so that no open failure is hidden before the operator picks days.
void FailuresPage::fitDayRange()
{
    if (m_rangeChosen || m_queryDriven)
        return;
    const QDate today = QDate::currentDate();
    QDate first = today.addDays(1 - DefaultRangeDays);
    QDate last = today;
    for (const Core::OutboxEntry &entry : m_failures->entries()) {
        const QDate day = entry.updatedAt.toLocalTime().date();
        first = qMin(first, day);
        last = qMax(last, day);
    }
    const QSignalBlocker blockFirst(m_firstDayEdit);
    const QSignalBlocker blockLast(m_lastDayEdit);
    m_firstDayEdit->setDate(first);
    m_lastDayEdit->setDate(last);
    m_filter->setDayRange(first, last);
}

void FailuresPage::setDayRange(const QDate &first, const QDate &last)
{
    m_rangeChosen = true;
    const QSignalBlocker blockFirst(m_firstDayEdit);
    const QSignalBlocker blockLast(m_lastDayEdit);
    m_firstDayEdit->setDate(first);
    m_lastDayEdit->setDate(last);
    applyFilters();
}

void FailuresPage::setResultFilter(std::optional<Core::ResultCode> code)
{
    const int index = m_resultCombo->findData(code ? static_cast<int>(*code) : -1);
    if (index >= 0)
        m_resultCombo->setCurrentIndex(index);
}

std::optional<Core::ResultCode> FailuresPage::resultFilter() const
{
    return m_filter->resultFilter();
}

void FailuresPage::setGroupedByReason(bool grouped)
{
    if (m_groupCheck->isChecked() != grouped)
        m_groupCheck->setChecked(grouped);
    if (m_queryDriven) {
        // The store orders the pages, so a sort here would reorder only the rows loaded so far.
        emitQueryIfChanged();
        return;
    }
    // Sorting is stable, so grouping by result keeps the newest first within each reason.
    m_table->sortByColumn(Models::FailureTableModel::TimeColumn, Qt::DescendingOrder);
    if (grouped)
        m_table->sortByColumn(Models::FailureTableModel::ResultColumn, Qt::AscendingOrder);
}

QList<Core::OutboxEntry> FailuresPage::visibleEntries() const
{
    QList<Core::OutboxEntry> entries;
    entries.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row)
        entries.append(m_failures->entryAt(m_filter->mapToSource(m_filter->index(row, 0)).row()));
    return entries;
}

void FailuresPage::editAndRetrySelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const QString userId = m_failures->entryAt(m_filter->mapToSource(rows.first()).row()).userId;
    qCInfo(lcFailuresPageActions).noquote() << "edit and retry requested for user" << userId;
    emit editAndRetryRequested(userId);
}

void FailuresPage::updateProfiles()
{
    // Query-driven, the rows are one page of many, so profiles seen once stay in the list.
    QSet<QString> profiles(m_knownProfiles.cbegin(), m_knownProfiles.cend());
    if (!m_queryDriven)
        profiles.clear();
    for (const Core::OutboxEntry &entry : m_failures->entries())
        profiles.insert(entry.profileId);
    const QString current = m_profileCombo->currentData().toString();
    const QSignalBlocker blocker(m_profileCombo);
    while (m_profileCombo->count() > 1)
        m_profileCombo->removeItem(1);
    QStringList sorted(profiles.cbegin(), profiles.cend());
    sorted.sort();
    if (m_queryDriven)
        m_knownProfiles = sorted;
    for (const QString &profile : sorted)
        m_profileCombo->addItem(profile, profile);
    m_profileCombo->setCurrentIndex(qMax(0, m_profileCombo->findData(current)));
    m_profileCombo->setVisible(sorted.size() > 1);
}

// Shows the number of entries per reason in the result filter, so grouping shows its counts.
void FailuresPage::updateReasonCounts()
{
    QMap<int, int> counts;
    int all = 0;
    if (m_queryDriven) {
        for (auto it = m_summary.perReason.cbegin(); it != m_summary.perReason.cend(); ++it) {
            counts[static_cast<int>(it.key())] += it.value();
            all += it.value();
        }
    } else {
        for (const Core::OutboxEntry &entry : m_failures->entries())
            ++counts[static_cast<int>(entry.result.code)];
        all = m_failures->rowCount();
    }
    for (int i = 1; i < m_resultCombo->count(); ++i) {
        const auto code = static_cast<Core::ResultCode>(m_resultCombo->itemData(i).toInt());
        m_resultCombo->setItemText(i, QString(Core::resultCodeLabel(code) + u" (" +
                                              QString::number(counts.value(int(code))) + u')'));
    }
    m_resultCombo->setItemText(0, tr("All results (%1)").arg(all));
}

void FailuresPage::updateCharts()
{
    // Query-driven, setSummary() gives the charts the store's counts over every matching entry.
    if (!m_charts || !m_firstDayEdit || m_queryDriven)
        return;
    // The charts ignore the result and text filters, so every reason stays visible and clickable.
    QList<Core::OutboxEntry> entries;
    const QString profile = m_profileCombo->currentData().toString();
    for (const Core::OutboxEntry &entry : m_failures->entries()) {
        if (profile.isEmpty() || entry.profileId == profile)
            entries.append(entry);
    }
    m_charts->setStatistics(
        Models::FailureStatistics::fromEntries(entries, m_firstDayEdit->date(), m_lastDayEdit->date()));
}

void FailuresPage::setQueryDriven(bool queryDriven)
{
    if (queryDriven == m_queryDriven)
        return;
    m_queryDriven = queryDriven;
    m_table->setSortingEnabled(!queryDriven);
    m_resolvedCheck->setVisible(queryDriven);
    if (queryDriven) {
        // The store filters and orders; the proxy passes every row through in the store's order.
        m_filter->sort(-1);
        m_filter->setResultFilter(std::nullopt);
        m_filter->setSearchText({});
        m_filter->setDayRange({}, {});
        m_filter->setProfileFilter({});
        m_emittedQuery.reset();
    }
    applyFilters();
}

Models::FailureQuery FailuresPage::query() const
{
    Models::FailureQuery query;
    const int code = m_resultCombo->currentData().toInt();
    if (code >= 0)
        query.result = static_cast<Core::ResultCode>(code);
    query.text = m_filterEdit->text().trimmed();
    query.profileId = m_profileCombo->currentData().toString();
    if (m_rangeChosen) {
        query.firstDay = m_firstDayEdit->date();
        query.lastDay = m_lastDayEdit->date();
    }
    query.groupByReason = m_groupCheck->isChecked();
    query.includeResolved = m_resolvedCheck->isChecked();
    return query;
}

void FailuresPage::emitQueryIfChanged()
{
    const Models::FailureQuery current = query();
    if (m_emittedQuery && *m_emittedQuery == current)
        return;
    m_emittedQuery = current;
    m_matchTotal = -1;
    qCDebug(lcFailuresPageActions) << "failure query changed";
    emit queryChanged(current);
}

void FailuresPage::setFirstPage(const QList<Core::OutboxEntry> &entries, bool atEnd)
{
    const QStringList selected = selectedUpdateIds();
    m_failures->setFirstPage(entries, atEnd);
    m_detailUpdateId.clear();
    updateProfiles();
    selectUpdates(selected);
    onSelectionChanged();
}

void FailuresPage::appendPage(const QList<Core::OutboxEntry> &entries, bool atEnd)
{
    m_failures->appendPage(entries, atEnd);
    updateProfiles();
    updateCountLabel();
}

void FailuresPage::setSummary(const Models::FailureStatistics &statistics, int total)
{
    m_summary = statistics;
    m_matchTotal = total;
    if (!m_rangeChosen) {
        // Until the operator picks days, the range covers the default days and every failure.
        const QDate today = QDate::currentDate();
        QDate first = today.addDays(1 - DefaultRangeDays);
        QDate last = today;
        if (!m_summary.perDay.isEmpty()) {
            first = qMin(first, m_summary.perDay.firstKey());
            last = qMax(last, m_summary.perDay.lastKey());
        }
        const QSignalBlocker blockFirst(m_firstDayEdit);
        const QSignalBlocker blockLast(m_lastDayEdit);
        m_firstDayEdit->setDate(first);
        m_lastDayEdit->setDate(last);
    }
    m_summary.firstDay = m_firstDayEdit->date();
    m_summary.lastDay = m_lastDayEdit->date();
    m_charts->setStatistics(m_summary);
    updateReasonCounts();
    updateCountLabel();
}

void FailuresPage::setDetailProvider(DetailProvider provider)
{
    m_detailProvider = std::move(provider);
    refreshDetail();
}

void FailuresPage::setExportSource(ExportSource source)
{
    m_exportSource = std::move(source);
}

QList<Core::OutboxEntry> FailuresPage::exportEntries(QString *error) const
{
    if (!m_queryDriven || !m_exportSource)
        return visibleEntries();
    const std::optional<QList<Core::OutboxEntry>> entries = m_exportSource(query(), error);
    return entries.value_or(QList<Core::OutboxEntry>());
}

Models::FailureStatistics FailuresPage::exportStatistics(const QList<Core::OutboxEntry> &entries) const
{
    // The export source returns every matching entry, so counting them matches the listed rows
    // also under a result filter, which the summary's counts by reason ignore.
    if (m_queryDriven && !m_exportSource)
        return m_summary;
    return Models::FailureStatistics::fromEntries(entries, m_firstDayEdit->date(), m_lastDayEdit->date());
}

bool FailuresPage::exportCsv(const QString &path, QString *error) const
{
    error->clear();
    const QList<Core::OutboxEntry> entries = exportEntries(error);
    if (!error->isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = tr("Cannot write %1: %2. Choose a folder you can write to.")
                     .arg(QFileInfo(path).absoluteFilePath(), file.errorString());
        return false;
    }
    return Io::exportFailuresCsv(&file, entries, Io::CsvWriter::Option::Utf8Bom, error);
}

bool FailuresPage::exportPdf(const QString &path, QString *error) const
{
    error->clear();
    FailureReport report;
    report.title = tr("CardDesk failure report");
    report.entries = exportEntries(error);
    if (!error->isEmpty())
        return false;
    report.statistics = exportStatistics(report.entries);
    FailureCharts charts;
    charts.resize(1600, 500);
    charts.setStatistics(report.statistics);
    report.chart = charts.grab().toImage();
    return writeFailureReportPdf(path, report, error);
}

void FailuresPage::exportCsvInteractive()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export failures as CSV"),
                                                      u"carddesk-failures.csv"_s, tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export CSV"), error);
}

void FailuresPage::exportPdfInteractive()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export failure report as PDF"),
                                                      u"carddesk-failures.pdf"_s, tr("PDF files (*.pdf)"));
    QString error;
    if (!path.isEmpty() && !exportPdf(path, &error))
        QMessageBox::warning(this, tr("Export PDF"), error);
}

} // namespace CardDesk::Ui
