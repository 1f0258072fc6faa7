// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profileentry.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace CardDesk::Ui {

/// File → Profiles…: the list of connection profiles with the active one marked, and buttons to
/// add, edit, duplicate, remove and activate. Passive: each button emits a request with the
/// selected profile's id, and the owner updates the list through setProfiles().
class ProfilesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesDialog)

public:
    explicit ProfilesDialog(QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    /// Shows the profiles in the given order and keeps the selection on the same id if it remains.
    void setProfiles(const QList<ProfileSummary> &profiles, const QString &activeId);
    QString selectedId() const;
    bool selectProfile(const QString &id);
    /// Shows a progress or result line under the list; error colours it as a failure.
    void setStatus(const QString &text, bool error = false);

signals:
    void addRequested();
    void editRequested(const QString &id);
    void duplicateRequested(const QString &id);
    void removeRequested(const QString &id);
    void activateRequested(const QString &id);

private:
    void updateButtons();
    QPushButton *addButton(const QString &text, const QString &name);

    QListWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_activate = nullptr;
    QString m_activeId;
    QList<QPushButton *> m_buttons;
};

} // namespace CardDesk::Ui
