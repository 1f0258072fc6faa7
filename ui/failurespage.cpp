// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "failurespage.h"

#include "failurecharts.h"
#include "failuredetailview.h"
#include "icons.h"
#include "models/failurefiltermodel.h"
#include "models/failuretablemodel.h"
#include "models/roles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CardDesk::Ui {

Q_LOGGING_CATEGORY(lcFailuresPage, "carddesk.ui.failurespage")

namespace {

std::optional<QString> askForNote(QWidget *parent, int count)
{
    QString label = count == 1
                        ? FailuresPage::tr("Why is this failure resolved? The note goes to the audit log.")
                        : FailuresPage::tr("Why are these %1 failures resolved? The note goes to the "
                                           "audit log.")
                              .arg(count);
    QString note;
    while (true) {
        bool ok = false;
        note = QInputDialog::getMultiLineText(parent, FailuresPage::tr("Resolve failures"), label, note, &ok);
        if (!ok)
            return std::nullopt;
        if (!note.trimmed().isEmpty())
            return note.trimmed();
        label = FailuresPage::tr("The note is empty. Write what was done, for example \"Card replaced "
                                 "in Calven by hand\", or press Cancel.");
    }
}

} // namespace

FailuresPage::FailuresPage(QWidget *parent)
    : QWidget(parent)
    , m_failures(new Models::FailureTableModel(this))
    , m_filter(new Models::FailureFilterModel(this))
    , m_noteEditor(&askForNote)
{
    setObjectName(u"failuresPageWidget"_s);
    m_filter->setSourceModel(m_failures);

    m_table = new QTableView(this);
    m_table->setObjectName(u"failuresTableView"_s);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Models::FailureTableModel::TimeColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(Models::FailureTableModel::MessageColumn,
                                                      QHeaderView::Stretch);
    const int charWidth = m_table->fontMetrics().averageCharWidth();
    m_table->horizontalHeader()->resizeSection(Models::FailureTableModel::TimeColumn, charWidth * 18);
    m_table->horizontalHeader()->resizeSection(Models::FailureTableModel::UserColumn, charWidth * 28);
    m_table->horizontalHeader()->resizeSection(Models::FailureTableModel::CardsColumn, charWidth * 18);
    m_table->horizontalHeader()->resizeSection(Models::FailureTableModel::ResultColumn, charWidth * 18);
    m_table->horizontalHeader()->resizeSection(Models::FailureTableModel::AttemptsColumn, charWidth * 9);
    // Wide enough for the longest state, "Retried (needs attention)".
    m_table->horizontalHeader()->resizeSection(Models::FailureTableModel::StateColumn, charWidth * 26);
    m_table->setAccessibleName(tr("Failures"));
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FailuresPage::onSelectionChanged);

    m_detail = new FailureDetailView(this);
    connect(m_detail, &FailureDetailView::openUserRequested, this, &FailuresPage::openUserRequested);
    connect(m_detail, &FailureDetailView::decoderRequested, this, &FailuresPage::decoderRequested);
    connect(m_detail, &FailureDetailView::editAndRetryRequested, this, &FailuresPage::editAndRetryRequested);
    connect(m_failures, &Models::FailureTableModel::moreRowsRequested, this, &FailuresPage::moreRowsRequested);
    m_charts = new FailureCharts(this);
    connect(m_charts, &FailureCharts::reasonClicked, this,
            [this](Core::ResultCode reason) { setResultFilter(reason); });
    connect(m_charts, &FailureCharts::barClicked, this, [this](const QDate &day, Core::ResultCode reason) {
        setDayRange(day, day);
        setResultFilter(reason);
    });

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"failuresSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_charts);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({230, 330, 260});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(createFilterBar());
    layout->addWidget(createRangeBar());
    layout->addWidget(splitter, 1);
    layout->addWidget(createButtonBar());
    createShortcuts();
    applyFilters();
}

FailuresPage::~FailuresPage() = default;

QWidget *FailuresPage::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);

    m_resultCombo = new QComboBox(bar);
    m_resultCombo->setObjectName(u"resultFilterComboBox"_s);
    m_resultCombo->setAccessibleName(tr("Result filter"));
    m_resultCombo->addItem(tr("All results"), -1);
    for (const Core::ResultCode code :
         {Core::ResultCode::PartialUpdate, Core::ResultCode::CardUpdateFailed, Core::ResultCode::UserNotFound,
          Core::ResultCode::UnrecognisedValue, Core::ResultCode::Unknown, Core::ResultCode::Ok}) {
        m_resultCombo->addItem(Core::resultCodeLabel(code), static_cast<int>(code));
    }
    connect(m_resultCombo, &QComboBox::currentIndexChanged, this, &FailuresPage::applyFilters);

    m_profileCombo = new QComboBox(bar);
    m_profileCombo->setObjectName(u"profileFilterComboBox"_s);
    m_profileCombo->setAccessibleName(tr("Profile filter"));
    m_profileCombo->addItem(tr("All profiles"), QString());
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, &FailuresPage::applyFilters);

    m_filterEdit = new QLineEdit(bar);
    m_filterEdit->setObjectName(u"failureSearchLineEdit"_s);
    m_filterEdit->setPlaceholderText(tr("Filter by user, card, update id or message  (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter failures"));
    connect(m_filterEdit, &QLineEdit::textChanged, this, &FailuresPage::applyFilters);

    auto *resultLabel = new QLabel(tr("&Result:"), bar);
    resultLabel->setBuddy(m_resultCombo);
    layout->addWidget(resultLabel);
    layout->addWidget(m_resultCombo);
    layout->addWidget(m_profileCombo);
    layout->addSpacing(8);
    layout->addWidget(m_filterEdit, 1);
    return bar;
}

QWidget *FailuresPage::createButtonBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);

    m_countLabel = new QLabel(bar);
    m_countLabel->setObjectName(u"failureCountLabel"_s);
    m_countLabel->setEnabled(false);

    m_retryButton = new QPushButton(themedIcon(u"view-refresh"_s, u"retry"_s), tr("Re&try"), bar);
    m_retryButton->setObjectName(u"retryButton"_s);
    m_retryButton->setToolTip(tr("Send the selected updates again with their current card sets (Ctrl+R)"));
    m_resolveButton = new QPushButton(themedIcon(u"dialog-ok-apply"_s, u"resolve"_s), tr("Re&solve…"), bar);
    m_resolveButton->setObjectName(u"resolveButton"_s);
    m_resolveButton->setToolTip(
        tr("Close the selected failures with a note, without sending anything (Ctrl+D)"));
    m_editRetryButton =
        new QPushButton(themedIcon(u"document-edit"_s, u"edit"_s), tr("&Edit and retry"), bar);
    m_editRetryButton->setObjectName(u"editRetryButton"_s);
    m_editRetryButton->setToolTip(tr("Open the user on the Users page to correct the cards (Ctrl+E)"));
    auto *csvButton = new QPushButton(tr("Export &CSV…"), bar);
    csvButton->setObjectName(u"exportCsvButton"_s);
    auto *pdfButton = new QPushButton(tr("Export &PDF…"), bar);
    pdfButton->setObjectName(u"exportPdfButton"_s);
    connect(m_editRetryButton, &QPushButton::clicked, this, &FailuresPage::editAndRetrySelected);
    connect(csvButton, &QPushButton::clicked, this, &FailuresPage::exportCsvInteractive);
    connect(pdfButton, &QPushButton::clicked, this, &FailuresPage::exportPdfInteractive);
    connect(m_retryButton, &QPushButton::clicked, this, &FailuresPage::retrySelected);
    connect(m_resolveButton, &QPushButton::clicked, this, &FailuresPage::resolveSelected);

    layout->addWidget(m_countLabel, 1);
    layout->addWidget(csvButton);
    layout->addWidget(pdfButton);
    layout->addSpacing(12);
    layout->addWidget(m_retryButton);
    layout->addWidget(m_editRetryButton);
    layout->addWidget(m_resolveButton);
    return bar;
}

void FailuresPage::setEntries(const QList<Core::OutboxEntry> &entries)
{
    const QStringList selected = selectedUpdateIds();
    const int before = m_failures->rowCount();
    m_failures->setEntries(entries);
    m_detailUpdateId.clear();
    fitDayRange();
    updateProfiles();
    updateReasonCounts();
    updateCharts();
    selectUpdates(selected);
    onSelectionChanged();
    if (m_openTotal < 0 && before != m_failures->rowCount())
        emit openFailureCountChanged(m_failures->rowCount());
}

void FailuresPage::setNoteEditor(NoteEditor editor)
{
    m_noteEditor = std::move(editor);
}

int FailuresPage::openFailureCount() const
{
    return m_openTotal >= 0 ? m_openTotal : int(m_failures->rowCount());
}

void FailuresPage::setOpenFailureTotal(int total)
{
    if (total == m_openTotal)
        return;
    m_openTotal = total;
    onSelectionChanged();
    emit openFailureCountChanged(openFailureCount());
}

QStringList FailuresPage::selectedUpdateIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids.append(row.data(Models::UpdateIdRole).toString());
    return ids;
}

void FailuresPage::focusSearch()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void FailuresPage::applyFilters()
{
    if (m_queryDriven) {
        emitQueryIfChanged();
        onSelectionChanged();
        return;
    }
    const int code = m_resultCombo->currentData().toInt();
    m_filter->setResultFilter(code < 0 ? std::nullopt : std::optional(static_cast<Core::ResultCode>(code)));
    m_filter->setSearchText(m_filterEdit->text());
    m_filter->setProfileFilter(m_profileCombo->currentData().toString());
    m_filter->setDayRange(m_firstDayEdit->date(), m_lastDayEdit->date());
    updateCharts();
    onSelectionChanged();
}

void FailuresPage::retrySelected()
{
    const QStringList ids = selectedUpdateIds();
    if (ids.isEmpty())
        return;
    qCInfo(lcFailuresPage) << "retry requested for" << ids.size() << "updates:" << ids.join(u", "_s);
    emit retryRequested(ids);
}

void FailuresPage::resolveSelected()
{
    const QStringList ids = selectedUpdateIds();
    if (ids.isEmpty() || !m_noteEditor)
        return;
    const std::optional<QString> note = m_noteEditor(this, int(ids.size()));
    if (!note)
        return;
    qCInfo(lcFailuresPage) << "resolve requested for" << ids.size() << "updates:" << ids.join(u", "_s);
    emit resolveRequested(ids, *note);
}

void FailuresPage::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_retryButton->setEnabled(!rows.isEmpty());
    m_editRetryButton->setEnabled(rows.size() == 1);
    m_resolveButton->setEnabled(!rows.isEmpty() && m_noteEditor);
    if (rows.size() == 1) {
        const Core::OutboxEntry &entry = m_failures->entryAt(m_filter->mapToSource(rows.first()).row());
        // The provider reads the store and the directory, so it runs once per newly selected entry.
        if (entry.updateId != m_detailUpdateId) {
            m_detailUpdateId = entry.updateId;
            m_detail->setEntry(entry, m_detailProvider ? m_detailProvider(entry) : FailureContext{});
        }
    } else {
        m_detailUpdateId.clear();
        if (rows.isEmpty()) {
            m_detail->showHint(m_filter->rowCount() == 0 ? tr("No failures to show.")
                                                         : tr("Select a failure to see its details."));
        } else {
            m_detail->showHint(tr("%1 failures selected.").arg(rows.size()));
        }
    }
    updateCountLabel();
}

void FailuresPage::refreshDetail()
{
    m_detailUpdateId.clear();
    onSelectionChanged();
}

void FailuresPage::updateCountLabel()
{
    const int loaded = m_filter->rowCount();
    const int shown = m_queryDriven && m_matchTotal >= 0 ? m_matchTotal : loaded;
    const int total = openFailureCount();
    QString text;
    if (m_queryDriven && m_resolvedCheck->isChecked())
        text = shown == 1 ? tr("1 failure including resolved ones, %1 open").arg(total)
                          : tr("%1 failures including resolved ones, %2 open").arg(shown).arg(total);
    else if (shown != total)
        text = tr("%1 of %2 open failures").arg(shown).arg(total);
    else
        text = total == 1 ? tr("1 open failure") : tr("%1 open failures").arg(total);
    if (loaded < shown)
        text += tr(" (%1 loaded, scroll for more)").arg(loaded);
    m_countLabel->setText(text);
}

void FailuresPage::selectUpdates(const QStringList &updateIds)
{
    QItemSelection selection;
    for (const QString &updateId : updateIds) {
        const int sourceRow = m_failures->rowOfUpdate(updateId);
        const QModelIndex index = m_filter->mapFromSource(m_failures->index(sourceRow, 0));
        if (index.isValid())
            selection.select(index, index);
    }
    m_table->selectionModel()->select(selection,
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace CardDesk::Ui
