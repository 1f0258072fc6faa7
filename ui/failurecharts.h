// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/failurestatistics.h"

#include <QWidget>

class QChart;
class QChartView;
class QColor;

namespace CardDesk::Ui {

/// The two failure charts above the inbox: failures per day stacked by reason, and the breakdown
/// by reason as a pie. Clicking a bar segment emits barClicked(day, reason); clicking a slice
/// emits reasonClicked(reason). The widget only draws what setStatistics() gives it.
class FailureCharts final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailureCharts)

public:
    explicit FailureCharts(QWidget *parent = nullptr);
    ~FailureCharts() override;

    void setStatistics(const Models::FailureStatistics &statistics);
    const Models::FailureStatistics &statistics() const { return m_statistics; }

    QChart *dailyChart() const { return m_dailyChart; }
    QChart *reasonChart() const { return m_reasonChart; }

    /// Returns the colour a reason has in both charts and in the PDF report.
    static QColor reasonColor(Core::ResultCode reason);

signals:
    void barClicked(const QDate &day, Core::ResultCode reason);
    void reasonClicked(Core::ResultCode reason);

private:
    void fillDailyChart();
    void fillReasonChart();

    Models::FailureStatistics m_statistics;
    QChart *m_dailyChart = nullptr;
    QChart *m_reasonChart = nullptr;
    QChartView *m_dailyView = nullptr;
    QChartView *m_reasonView = nullptr;
};

} // namespace CardDesk::Ui
