// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditpage.h"

#include "auditdetailview.h"
#include "models/roles.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QMetaEnum>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <climits>

using namespace Qt::StringLiterals;

namespace CardDesk::Ui {

Q_LOGGING_CATEGORY(lcAuditPage, "carddesk.ui.auditpage")

namespace {

// The day range a fresh audit screen shows: the last 30 days, today included.
constexpr int DefaultRangeDays = 30;
// Typing in a text filter waits this long before asking for a new query.
constexpr int TextDebounceMs = 250;
// The widest a column gets when the page fits the columns to their contents, so long card lists
// and details do not push the other columns out of view. The operator can widen it, and the
// detail pane shows the whole value.
constexpr int MaxFittedColumnWidth = 240;

using Model = Models::AuditTableModel;

// Hidden until the operator shows them, so the primary columns fit a 1280-pixel window.
constexpr std::array DefaultHiddenColumns{Model::CardsBeforeColumn, Model::ProfileColumn, Model::OsUserColumn,
                                          Model::MachineColumn, Model::UpdateIdColumn};

QString columnKey(int column)
{
    return QString::fromLatin1(QMetaEnum::fromType<Model::Column>().valueToKey(column));
}

} // namespace

AuditPage::AuditPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new Models::AuditTableModel(this))
    , m_sorter(new QSortFilterProxyModel(this))
    , m_textTimer(new QTimer(this))
{
    setObjectName(u"auditPageWidget"_s);
    m_sorter->setSourceModel(m_model);
    m_sorter->setSortRole(Models::RawValueRole);

    createTable();

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(createEmptyState());

    m_detail = new AuditDetailView(this);
    connect(m_detail, &AuditDetailView::updateRecordsRequested, this, &AuditPage::showUpdateRecords);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AuditPage::updateDetail);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"auditSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({380, 250});
    createColumnMenu();

    m_textTimer->setSingleShot(true);
    m_textTimer->setInterval(TextDebounceMs);
    connect(m_textTimer, &QTimer::timeout, this, &AuditPage::filtersChanged);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"auditCountLabel"_s);
    m_countLabel->setEnabled(false);
    m_exportLabel = new QLabel(this);
    m_exportLabel->setObjectName(u"auditExportLabel"_s);
    m_exportLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportButton = new QPushButton(tr("Export &CSV…"), this);
    m_exportButton->setObjectName(u"auditExportButton"_s);
    m_exportButton->setToolTip(tr("Writes every record that matches the filters, not only the ones shown."));
    connect(m_exportButton, &QPushButton::clicked, this, &AuditPage::exportCsvInteractive);
    m_columnsButton = new QPushButton(tr("Co&lumns"), this);
    m_columnsButton->setObjectName(u"auditColumnsButton"_s);
    m_columnsButton->setToolTip(tr("Shows or hides table columns. The export always writes every column."));
    m_columnsButton->setMenu(m_columnMenu);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_countLabel, 1);
    buttons->addWidget(m_exportLabel);
    buttons->addWidget(m_columnsButton);
    buttons->addWidget(m_exportButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(createFilterBar());
    layout->addWidget(m_splitter, 1);
    layout->addLayout(buttons);
    setRows({});
}

AuditPage::~AuditPage() = default;

void AuditPage::createTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(u"auditTableView"_s);
    m_table->setModel(m_sorter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Models::AuditTableModel::TimeColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setAccessibleName(tr("Audit log"));
    // What happened comes first on screen, then where it was done and the update id. The model
    // and the export keep the stored column order.
    const QList<int> shownOrder{Model::TimeColumn,    Model::ActionColumn,      Model::ResultColumn,
                                Model::UserColumn,    Model::CardsBeforeColumn, Model::CardsAfterColumn,
                                Model::DetailColumn,  Model::ProfileColumn,     Model::OsUserColumn,
                                Model::MachineColumn, Model::UpdateIdColumn};
    QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < shownOrder.size(); ++visual)
        header->moveSection(header->visualIndex(shownOrder.at(visual)), visual);
    // The last shown column takes the remaining width, so the table needs no horizontal scroll
    // bar while the secondary columns are hidden.
    header->setStretchLastSection(true);
    for (Model::Column column : DefaultHiddenColumns)
        m_table->setColumnHidden(column, true);
}

QWidget *AuditPage::createFilterBar()
{
    auto *bar = new QWidget(this);

    const QDate today = QDate::currentDate();
    m_firstDayEdit = new QDateEdit(today.addDays(1 - DefaultRangeDays), bar);
    m_lastDayEdit = new QDateEdit(today, bar);
    m_firstDayEdit->setObjectName(u"auditFirstDayEdit"_s);
    m_lastDayEdit->setObjectName(u"auditLastDayEdit"_s);
    for (QDateEdit *edit : {m_firstDayEdit, m_lastDayEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        connect(edit, &QDateEdit::dateChanged, this, &AuditPage::filtersChanged);
    }

    m_actionCombo = new QComboBox(bar);
    m_actionCombo->setObjectName(u"auditActionComboBox"_s);
    m_actionCombo->setAccessibleName(tr("Action filter"));
    m_actionCombo->addItem(tr("All actions"), QString());
    m_resultCombo = new QComboBox(bar);
    m_resultCombo->setObjectName(u"auditResultComboBox"_s);
    m_resultCombo->setAccessibleName(tr("Result filter"));
    m_resultCombo->addItem(tr("All results"), QString());
    m_profileCombo = new QComboBox(bar);
    m_profileCombo->setObjectName(u"auditProfileComboBox"_s);
    m_profileCombo->setAccessibleName(tr("Profile filter"));
    m_profileCombo->addItem(tr("All profiles"), QString());
    for (QComboBox *combo : {m_actionCombo, m_resultCombo, m_profileCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditPage::filtersChanged);
    }

    m_userEdit = new QLineEdit(bar);
    m_userEdit->setObjectName(u"auditUserLineEdit"_s);
    m_userEdit->setPlaceholderText(tr("Target user or operating-system user  (Ctrl+F)"));
    m_textEdit = new QLineEdit(bar);
    m_textEdit->setObjectName(u"auditTextLineEdit"_s);
    m_textEdit->setPlaceholderText(tr("Words in machine, update id, card numbers or detail"));
    for (QLineEdit *edit : {m_userEdit, m_textEdit}) {
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::textChanged, m_textTimer, qOverload<>(&QTimer::start));
    }

    const auto label = [bar](const QString &text, QWidget *buddy) {
        auto *result = new QLabel(text, bar);
        result->setBuddy(buddy);
        return result;
    };
    auto *firstRow = new QHBoxLayout;
    firstRow->addWidget(label(tr("Fro&m:"), m_firstDayEdit));
    firstRow->addWidget(m_firstDayEdit);
    firstRow->addWidget(label(tr("T&o:"), m_lastDayEdit));
    firstRow->addWidget(m_lastDayEdit);
    firstRow->addSpacing(12);
    firstRow->addWidget(label(tr("&Action:"), m_actionCombo));
    firstRow->addWidget(m_actionCombo);
    firstRow->addSpacing(12);
    firstRow->addWidget(label(tr("&Result:"), m_resultCombo));
    firstRow->addWidget(m_resultCombo);
    firstRow->addSpacing(12);
    firstRow->addWidget(label(tr("&Profile:"), m_profileCombo));
    firstRow->addWidget(m_profileCombo);
    firstRow->addStretch(1);

    auto *secondRow = new QHBoxLayout;
    secondRow->addWidget(label(tr("&User:"), m_userEdit));
    secondRow->addWidget(m_userEdit, 1);
    secondRow->addSpacing(12);
    secondRow->addWidget(label(tr("Te&xt:"), m_textEdit));
    secondRow->addWidget(m_textEdit, 1);

    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(firstRow);
    layout->addLayout(secondRow);
    return bar;
}

QWidget *AuditPage::createEmptyState()
{
    auto *empty = new QWidget(this);
    empty->setObjectName(u"auditEmptyState"_s);
    m_emptyLabel = new QLabel(empty);
    m_emptyLabel->setObjectName(u"auditEmptyLabel"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false);
    auto *layout = new QVBoxLayout(empty);
    layout->addStretch(1);
    layout->addWidget(m_emptyLabel);
    layout->addStretch(2);
    return empty;
}

void AuditPage::createColumnMenu()
{
    m_columnMenu = new QMenu(this);
    m_columnMenu->setObjectName(u"auditColumnsMenu"_s);
    QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < Model::ColumnCount; ++visual) {
        const auto column = Model::Column(header->logicalIndex(visual));
        QAction *action = m_columnMenu->addAction(Model::headers().at(column));
        action->setObjectName(columnKey(column));
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(column));
        action->setEnabled(column != Model::TimeColumn);
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { setColumnShown(column, shown); });
    }
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this, header](const QPoint &position) { m_columnMenu->popup(header->mapToGlobal(position)); });
}

void AuditPage::setSettings(QSettings *settings)
{
    m_settings = settings;
    restoreHiddenColumns();
}

bool AuditPage::isColumnShown(Models::AuditTableModel::Column column) const
{
    return !m_table->isColumnHidden(column);
}

void AuditPage::setColumnShown(Models::AuditTableModel::Column column, bool shown)
{
    applyColumnShown(column, shown);
    saveHiddenColumns();
}

void AuditPage::applyColumnShown(Models::AuditTableModel::Column column, bool shown)
{
    if (column == Model::TimeColumn)
        shown = true;
    m_table->setColumnHidden(column, !shown);
    if (QAction *action = m_columnMenu->findChild<QAction *>(columnKey(column))) {
        const QSignalBlocker blocker(action);
        action->setChecked(shown);
    }
}

void AuditPage::restoreHiddenColumns()
{
    QStringList hidden;
    if (m_settings && m_settings->contains(AuditHiddenColumnsSettingsKey.toString())) {
        hidden = m_settings->value(AuditHiddenColumnsSettingsKey.toString()).toStringList();
    } else {
        for (Model::Column column : DefaultHiddenColumns)
            hidden.append(columnKey(column));
    }
    for (int column = 0; column < Model::ColumnCount; ++column)
        applyColumnShown(Model::Column(column), !hidden.contains(columnKey(column)));
}

void AuditPage::saveHiddenColumns() const
{
    if (!m_settings)
        return;
    QStringList hidden;
    for (int column = 0; column < Model::ColumnCount; ++column) {
        if (m_table->isColumnHidden(column))
            hidden.append(columnKey(column));
    }
    m_settings->setValue(AuditHiddenColumnsSettingsKey.toString(), hidden);
}

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    emit filtersChanged();
}

void AuditPage::setRows(const QList<Models::AuditRow> &rows, qint64 totalCount)
{
    // A reset clears the selection without a signal, so the pane is updated here, and the record
    // the operator was reading stays selected when it still matches.
    const qint64 selectedId = m_detail->recordId();
    m_model->setRows(rows);
    selectRecord(selectedId);
    updateDetail();
    const qint64 total = std::max<qint64>(totalCount, rows.size());
    const QLocale locale;
    if (total > rows.size()) {
        m_countLabel->setText(tr("Showing the newest %1 of %2 matching records. Narrow the filters to see "
                                 "older ones here; the export writes all of them.")
                                  .arg(locale.toString(rows.size()), locale.toString(total)));
    } else {
        m_countLabel->setText(total == 1 ? tr("1 record") : tr("%1 records").arg(locale.toString(total)));
    }
    if (rows.isEmpty()) {
        m_emptyLabel->setText(
            tr("No audit records match these filters.\nWiden the day range or clear a filter."));
        m_stack->setCurrentIndex(1);
        return;
    }
    m_stack->setCurrentIndex(0);
    if (!m_columnsFitted) {
        fitColumns();
        m_columnsFitted = true;
    }
}

void AuditPage::setLoading()
{
    if (m_model->rowCount() == 0) {
        m_emptyLabel->setText(tr("Reading the audit log…"));
        m_stack->setCurrentIndex(1);
    }
}

void AuditPage::setLoadError(const QString &message)
{
    m_model->setRows({});
    updateDetail();
    m_countLabel->clear();
    m_emptyLabel->setText(message);
    m_stack->setCurrentIndex(1);
}

void AuditPage::fitColumns()
{
    m_table->resizeColumnsToContents();
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < Models::AuditTableModel::ColumnCount; ++column) {
        if (header->sectionSize(column) > MaxFittedColumnWidth)
            header->resizeSection(column, MaxFittedColumnWidth);
    }
    // An update id is a 36-character UUID. Its start distinguishes entries, and the tooltip and the
    // export contain all of it.
    header->resizeSection(Models::AuditTableModel::UpdateIdColumn,
                          std::min(header->sectionSize(Models::AuditTableModel::UpdateIdColumn),
                                   m_table->fontMetrics().horizontalAdvance(u"0000000000000"_s)));
}

void AuditPage::selectRecord(qint64 recordId)
{
    if (recordId == 0)
        return;
    const QList<Models::AuditRow> &rows = m_model->rows();
    for (int row = 0; row < rows.size(); ++row) {
        if (rows.at(row).id != recordId)
            continue;
        const QModelIndex index = m_sorter->mapFromSource(m_model->index(row, Model::TimeColumn));
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_table->scrollTo(index);
        return;
    }
}

void AuditPage::updateDetail()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.size() == 1) {
        m_detail->setRow(m_model->rows().at(m_sorter->mapToSource(selected.first()).row()));
    } else if (!selected.isEmpty()) {
        m_detail->showHint(
            tr("%Ln records selected. Select one to see all of its fields.", nullptr, int(selected.size())));
    } else if (m_model->rowCount() == 0) {
        m_detail->showHint(tr("No record to show."));
    } else {
        m_detail->showHint(tr("Select a record to see all of its fields."));
    }
}

// Lists every record of one update, such as its submission, its result and a resolution, by
// searching for the update id with the other filters cleared. The day range stays, so records
// outside it stay hidden.
void AuditPage::showUpdateRecords(const QString &updateId)
{
    for (QComboBox *combo : {m_actionCombo, m_resultCombo, m_profileCombo}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    for (QLineEdit *edit : {m_userEdit, m_textEdit}) {
        const QSignalBlocker blocker(edit);
        edit->setText(edit == m_textEdit ? updateId : QString());
    }
    m_textTimer->stop();
    emit filtersChanged();
}

void AuditPage::setChoices(QComboBox *combo, const QList<Choice> &choices)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const Choice &choice : choices)
        combo->addItem(choice.second, choice.first);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

void AuditPage::setActions(const QList<Choice> &actions)
{
    setChoices(m_actionCombo, actions);
}

void AuditPage::setResults(const QList<Choice> &results)
{
    setChoices(m_resultCombo, results);
}

void AuditPage::setProfiles(const QList<Choice> &profiles)
{
    setChoices(m_profileCombo, profiles);
}

QDate AuditPage::firstDay() const
{
    return m_firstDayEdit->date();
}

QDate AuditPage::lastDay() const
{
    return m_lastDayEdit->date();
}

void AuditPage::setDayRange(const QDate &first, const QDate &last)
{
    {
        const QSignalBlocker blockFirst(m_firstDayEdit);
        const QSignalBlocker blockLast(m_lastDayEdit);
        m_firstDayEdit->setDate(first);
        m_lastDayEdit->setDate(last);
    }
    emit filtersChanged();
}

QString AuditPage::action() const
{
    return m_actionCombo->currentData().toString();
}

QString AuditPage::result() const
{
    return m_resultCombo->currentData().toString();
}

QString AuditPage::profileId() const
{
    return m_profileCombo->currentData().toString();
}

QString AuditPage::userText() const
{
    return m_userEdit->text().trimmed();
}

QString AuditPage::freeText() const
{
    return m_textEdit->text().trimmed();
}

void AuditPage::focusSearch()
{
    m_userEdit->setFocus(Qt::ShortcutFocusReason);
    m_userEdit->selectAll();
}

void AuditPage::setExportRunning(const QString &path)
{
    m_exportButton->setEnabled(false);
    m_exportLabel->setText(tr("Exporting to %1…").arg(QFileInfo(path).fileName()));
}

void AuditPage::setExportFinished(bool ok, qint64 records, const QString &path, const QString &error)
{
    m_exportButton->setEnabled(true);
    if (ok) {
        m_exportLabel->setText(
            tr("Exported %Ln record(s) to %1.", nullptr, int(std::min<qint64>(records, INT_MAX)))
                .arg(QDir::toNativeSeparators(path)));
        qCInfo(lcAuditPage).noquote() << "Exported" << records << "audit records to" << path;
        return;
    }
    m_exportLabel->setText(tr("The export failed."));
    if (isVisible())
        QMessageBox::warning(this, tr("Export CSV"), error);
}

void AuditPage::exportCsvInteractive()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export audit log as CSV"),
                                                      u"carddesk-audit.csv"_s, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        emit exportRequested(path);
}

} // namespace CardDesk::Ui
