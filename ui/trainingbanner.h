// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace CardDesk::Ui {

/// Strip across the top of the main window stating that changes go to the built-in simulator and
/// not to Calven. The main window shows it only in training mode.
class TrainingBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingBanner)

public:
    explicit TrainingBanner(QWidget *parent = nullptr);
    ~TrainingBanner() override;

    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QLabel *m_iconLabel = nullptr;
    QLabel *m_textLabel = nullptr;
};

} // namespace CardDesk::Ui
