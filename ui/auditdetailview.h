// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/audittablemodel.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace CardDesk::Ui {

class ElidedLabel;

/// Read-only view of every field of one audit record. It shows the local time with its UTC offset,
/// action, result, target user and user id, profile, operating-system user, machine and the update
/// id as selectable text. The card changes between the sets before and after and the full detail
/// wrap, and single-line values elide, so no record widens the window.
///
/// Signals: updateRecordsRequested(updateId) when the operator asks for every record of the
/// shown update.
class AuditDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditDetailView)

public:
    explicit AuditDetailView(QWidget *parent = nullptr);
    ~AuditDetailView() override;

    void setRow(const Models::AuditRow &row);
    /// Shows a short hint instead of a record, for no selection or several selected records.
    void showHint(const QString &text);

    /// Returns the id of the shown record, or 0 while a hint is shown.
    qint64 recordId() const { return m_recordId; }

signals:
    void updateRecordsRequested(const QString &updateId);

private:
    QWidget *createFieldsColumn();
    QWidget *createChangesColumn();
    QLabel *createValueLabel(const QString &objectName);
    static QLabel *createHeading(const QString &text, QWidget *parent);

    QStackedWidget *m_stack = nullptr;
    QLabel *m_hintLabel = nullptr;
    ElidedLabel *m_titleLabel = nullptr;
    QLabel *m_timeLabel = nullptr;
    QLabel *m_actionLabel = nullptr;
    QLabel *m_resultLabel = nullptr;
    ElidedLabel *m_userLabel = nullptr;
    ElidedLabel *m_profileLabel = nullptr;
    ElidedLabel *m_osUserLabel = nullptr;
    ElidedLabel *m_machineLabel = nullptr;
    QLabel *m_updateIdLabel = nullptr;
    QPushButton *m_updateRecordsButton = nullptr;
    QLabel *m_cardsLabel = nullptr;
    QLabel *m_detailLabel = nullptr;
    QString m_updateId;
    qint64 m_recordId = 0;
};

} // namespace CardDesk::Ui
