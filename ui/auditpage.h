// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/audittablemodel.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace CardDesk::Ui {

/// The audit log screen: operator actions with filters by local day range, action and user text,
/// and CSV export of what is shown.
///
/// Passive: the owner reads firstDay(), lastDay(), action() and userText() when
/// filtersChanged() fires, queries the store and calls setRows(). The signal fires when a filter
/// changes (text edits are debounced) and when the page is shown, so the owner can skip queries
/// while the page is hidden.
class AuditPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    explicit AuditPage(QWidget *parent = nullptr);
    ~AuditPage() override;

    /// Shows rows, newest first. Set truncated when the store held more matching records than it returned.
    void setRows(const QList<Models::AuditRow> &rows, bool truncated = false);
    /// Sets the action names offered in the action filter.
    void setActions(const QStringList &actions);

    QDate firstDay() const;
    QDate lastDay() const;
    void setDayRange(const QDate &first, const QDate &last);
    /// Returns the chosen action, or an empty string for every action.
    QString action() const;
    QString userText() const;
    void focusSearch();

    Models::AuditTableModel *model() const { return m_model; }
    /// Writes the shown rows as CSV; false with the reason in *error when writing fails.
    bool exportCsv(const QString &path, QString *error) const;

signals:
    void filtersChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createFilterBar();
    void exportCsvInteractive();

    Models::AuditTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorter = nullptr;
    QDateEdit *m_firstDayEdit = nullptr;
    QDateEdit *m_lastDayEdit = nullptr;
    QComboBox *m_actionCombo = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_countLabel = nullptr;
    QTimer *m_textTimer = nullptr;
};

} // namespace CardDesk::Ui
