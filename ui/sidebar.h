// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

namespace CardDesk::Ui {

/// The page list on the left of the main window. Each entry may carry a count badge (for example
/// open failures), drawn at the right edge and repeated in the entry's accessible text.
class Sidebar final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sidebar)

public:
    explicit Sidebar(QWidget *parent = nullptr);
    ~Sidebar() override;

    /// Appends an entry and returns its row.
    int addPage(const QIcon &icon, const QString &title);
    /// Shows count in a badge beside the entry; 0 hides the badge.
    void setBadgeCount(int row, int count, const QString &accessibleText);
    int badgeCount(int row) const;

    QSize sizeHint() const override;
};

} // namespace CardDesk::Ui
