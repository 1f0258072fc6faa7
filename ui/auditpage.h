// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/audittablemodel.h"

#include <QDate>
#include <QWidget>

#include <utility>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSettings;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace CardDesk::Ui {

class AuditDetailView;

/// QSettings key of the audit table columns the operator hid, as AuditTableModel::Column key
/// names such as "MachineColumn". Without the key the secondary columns start hidden.
inline constexpr QStringView AuditHiddenColumnsSettingsKey = u"audit/hiddenColumns";

/// The audit log screen: operator actions and update outcomes with filters by local day range,
/// action, result, profile, user and free text, and CSV export of every matching record. A pane
/// below the table shows every field of the selected record. The secondary columns (cards before,
/// profile, OS user, machine and update id) start hidden so the table fits without scrolling, and
/// the header's context menu or the Columns button shows them again.
///
/// Passive: the owner reads the filter getters when filtersChanged() fires, queries the store and
/// calls setRows(). The signal fires when a filter changes (text edits are debounced) and when the
/// page is shown, so the owner can skip queries while the page is hidden. exportRequested() requests
/// that the owner write the file, and setExportRunning() and setExportFinished() report on it.
class AuditPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    /// A value of a filter list and its translated label.
    using Choice = std::pair<QString, QString>;

    explicit AuditPage(QWidget *parent = nullptr);
    ~AuditPage() override;

    /// Shows rows, newest first. totalCount is the number of matching records in the store, which
    /// is larger than rows.size() when the owner loaded only the newest ones.
    void setRows(const QList<Models::AuditRow> &rows, qint64 totalCount = -1);
    /// Shows that the rows are being read, or why they could not be read.
    void setLoading();
    void setLoadError(const QString &message);
    /// Sets the actions, results and profiles offered in the filters, as (value, label) pairs. The
    /// chosen value stays selected when it is still offered.
    void setActions(const QList<Choice> &actions);
    void setResults(const QList<Choice> &results);
    void setProfiles(const QList<Choice> &profiles);

    QDate firstDay() const;
    QDate lastDay() const;
    void setDayRange(const QDate &first, const QDate &last);
    /// Returns the chosen action name, or an empty string for every action.
    QString action() const;
    /// Returns the chosen result name, or an empty string for every result.
    QString result() const;
    /// Returns the chosen profile id, or an empty string for every profile.
    QString profileId() const;
    QString userText() const;
    QString freeText() const;
    void focusSearch();

    Models::AuditTableModel *model() const { return m_model; }

    /// Restores the hidden columns from settings and stores later changes there. settings may be
    /// null, which keeps the defaults and stores nothing.
    void setSettings(QSettings *settings);
    bool isColumnShown(Models::AuditTableModel::Column column) const;
    /// Shows or hides a column and stores the choice, as the column menu does. The time column is
    /// always shown.
    void setColumnShown(Models::AuditTableModel::Column column, bool shown);

    /// Disables the export button and shows progress while the owner writes an export.
    void setExportRunning(const QString &path);
    /// Shows the outcome of an export: the number of records written, or the error.
    void setExportFinished(bool ok, qint64 records, const QString &path, const QString &error);

signals:
    void filtersChanged();
    /// The operator chose a file for the CSV export of every record that matches the filters.
    void exportRequested(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createTable();
    QWidget *createFilterBar();
    QWidget *createEmptyState();
    void createColumnMenu();
    void applyColumnShown(Models::AuditTableModel::Column column, bool shown);
    void restoreHiddenColumns();
    void saveHiddenColumns() const;
    void exportCsvInteractive();
    void fitColumns();
    void updateDetail();
    void selectRecord(qint64 recordId);
    void showUpdateRecords(const QString &updateId);
    static void setChoices(QComboBox *combo, const QList<Choice> &choices);

    Models::AuditTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorter = nullptr;
    QDateEdit *m_firstDayEdit = nullptr;
    QDateEdit *m_lastDayEdit = nullptr;
    QComboBox *m_actionCombo = nullptr;
    QComboBox *m_resultCombo = nullptr;
    QComboBox *m_profileCombo = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QLineEdit *m_textEdit = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    AuditDetailView *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QMenu *m_columnMenu = nullptr;
    QPushButton *m_columnsButton = nullptr;
    QSettings *m_settings = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_exportLabel = nullptr;
    QPushButton *m_exportButton = nullptr;
    QTimer *m_textTimer = nullptr;
    bool m_columnsFitted = false;
};

} // namespace CardDesk::Ui
