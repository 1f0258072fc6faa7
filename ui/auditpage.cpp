// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditpage.h"

#include "io/csvwriter.h"
#include "models/roles.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CardDesk::Ui {

Q_LOGGING_CATEGORY(lcAuditPage, "carddesk.ui.auditpage")

namespace {

// The day range a fresh audit screen shows: the last 30 days, today included.
constexpr int DefaultRangeDays = 30;
// Typing in the user filter waits this long before asking for a new query.
constexpr int TextDebounceMs = 250;

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

    m_table = new QTableView(this);
    m_table->setObjectName(u"auditTableView"_s);
    m_table->setModel(m_sorter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Models::AuditTableModel::TimeColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Audit log"));

    m_textTimer->setSingleShot(true);
    m_textTimer->setInterval(TextDebounceMs);
    connect(m_textTimer, &QTimer::timeout, this, &AuditPage::filtersChanged);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"auditCountLabel"_s);
    m_countLabel->setEnabled(false);
    auto *exportButton = new QPushButton(tr("Export &CSV…"), this);
    exportButton->setObjectName(u"auditExportButton"_s);
    connect(exportButton, &QPushButton::clicked, this, &AuditPage::exportCsvInteractive);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_countLabel, 1);
    buttons->addWidget(exportButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(createFilterBar());
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    setRows({});
}

AuditPage::~AuditPage() = default;

QWidget *AuditPage::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);

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
    connect(m_actionCombo, &QComboBox::currentIndexChanged, this, &AuditPage::filtersChanged);

    m_userEdit = new QLineEdit(bar);
    m_userEdit->setObjectName(u"auditUserLineEdit"_s);
    m_userEdit->setPlaceholderText(tr("Filter by target user or operating-system user  (Ctrl+F)"));
    m_userEdit->setClearButtonEnabled(true);
    connect(m_userEdit, &QLineEdit::textChanged, m_textTimer, qOverload<>(&QTimer::start));

    auto *fromLabel = new QLabel(tr("Fro&m:"), bar);
    fromLabel->setBuddy(m_firstDayEdit);
    auto *toLabel = new QLabel(tr("T&o:"), bar);
    toLabel->setBuddy(m_lastDayEdit);
    auto *actionLabel = new QLabel(tr("&Action:"), bar);
    actionLabel->setBuddy(m_actionCombo);
    layout->addWidget(fromLabel);
    layout->addWidget(m_firstDayEdit);
    layout->addWidget(toLabel);
    layout->addWidget(m_lastDayEdit);
    layout->addSpacing(8);
    layout->addWidget(actionLabel);
    layout->addWidget(m_actionCombo);
    layout->addSpacing(8);
    layout->addWidget(m_userEdit, 1);
    return bar;
}

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    emit filtersChanged();
}

void AuditPage::setRows(const QList<Models::AuditRow> &rows, bool truncated)
{
    m_model->setRows(rows);
    if (truncated)
        m_countLabel->setText(
            tr("The newest %1 records; narrow the filters to see older ones").arg(rows.size()));
    else
        m_countLabel->setText(rows.size() == 1 ? tr("1 record") : tr("%1 records").arg(rows.size()));
}

void AuditPage::setActions(const QStringList &actions)
{
    const QString current = action();
    const QSignalBlocker blocker(m_actionCombo);
    while (m_actionCombo->count() > 1)
        m_actionCombo->removeItem(1);
    for (const QString &name : actions)
        m_actionCombo->addItem(name, name);
    m_actionCombo->setCurrentIndex(qMax(0, m_actionCombo->findData(current)));
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

QString AuditPage::userText() const
{
    return m_userEdit->text().trimmed();
}

void AuditPage::focusSearch()
{
    m_userEdit->setFocus(Qt::ShortcutFocusReason);
    m_userEdit->selectAll();
}

bool AuditPage::exportCsv(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = tr("Cannot write %1: %2. Choose a folder you can write to.")
                     .arg(QFileInfo(path).absoluteFilePath(), file.errorString());
        return false;
    }
    Io::CsvWriter writer(&file, Io::CsvWriter::Option::Utf8Bom);
    writer.setTextColumns(
        {Models::AuditTableModel::CardsBeforeColumn, Models::AuditTableModel::CardsAfterColumn});
    bool ok = writer.writeRow(Models::AuditTableModel::headers());
    for (int row = 0; ok && row < m_sorter->rowCount(); ++row) {
        const int sourceRow = m_sorter->mapToSource(m_sorter->index(row, 0)).row();
        ok = writer.writeRow(Models::AuditTableModel::cells(m_model->rows().at(sourceRow)));
    }
    file.close();
    if (!ok || file.error() != QFileDevice::NoError) {
        *error = tr("Cannot finish %1: %2. Check the free disk space and try again.")
                     .arg(QFileInfo(path).absoluteFilePath(), ok ? file.errorString() : writer.errorString());
        return false;
    }
    qCInfo(lcAuditPage).noquote() << "Exported" << m_sorter->rowCount() << "audit records to" << path;
    return true;
}

void AuditPage::exportCsvInteractive()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export audit log as CSV"),
                                                      u"carddesk-audit.csv"_s, tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export CSV"), error);
}

} // namespace CardDesk::Ui
