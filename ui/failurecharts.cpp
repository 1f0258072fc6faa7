// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "failurecharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLoggingCategory>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace CardDesk::Ui {

Q_LOGGING_CATEGORY(lcFailureCharts, "carddesk.ui.failurecharts")

namespace {

QChart *createChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QChartView *createView(QChart *chart, const QString &objectName, QWidget *parent)
{
    auto *view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(180);
    return view;
}

} // namespace

FailureCharts::FailureCharts(QWidget *parent)
    : QWidget(parent)
    , m_dailyChart(createChart(tr("Failures per day")))
    , m_reasonChart(createChart(tr("Failures by reason")))
{
    setObjectName(u"failureChartsWidget"_s);
    m_dailyView = createView(m_dailyChart, u"dailyChartView"_s, this);
    m_reasonView = createView(m_reasonChart, u"reasonChartView"_s, this);
    m_dailyView->setAccessibleName(tr("Failures per day, stacked by reason"));
    m_reasonView->setAccessibleName(tr("Failures by reason"));
    m_dailyChart->legend()->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_dailyView, 3);
    layout->addWidget(m_reasonView, 2);
}

FailureCharts::~FailureCharts() = default;

QColor FailureCharts::reasonColor(Core::ResultCode reason)
{
    switch (reason) {
    case Core::ResultCode::CardUpdateFailed:
        return QColor(0xc0, 0x39, 0x2b);
    case Core::ResultCode::UserNotFound:
        return QColor(0xe6, 0x7e, 0x22);
    case Core::ResultCode::PartialUpdate:
        return QColor(0xf1, 0xc4, 0x0f);
    case Core::ResultCode::UnrecognisedValue:
        return QColor(0x8e, 0x44, 0xad);
    case Core::ResultCode::Unknown:
        return QColor(0x7f, 0x8c, 0x8d);
    case Core::ResultCode::Ok:
        break;
    }
    return QColor(0x27, 0xae, 0x60);
}

void FailureCharts::setStatistics(const Models::FailureStatistics &statistics)
{
    m_statistics = statistics;
    fillDailyChart();
    fillReasonChart();
}

void FailureCharts::fillDailyChart()
{
    m_dailyChart->removeAllSeries();
    const QList<QAbstractAxis *> oldAxes = m_dailyChart->axes();
    for (QAbstractAxis *axis : oldAxes) {
        m_dailyChart->removeAxis(axis);
        delete axis;
    }
    if (!m_statistics.firstDay.isValid() || m_statistics.lastDay < m_statistics.firstDay)
        return;

    QStringList categories;
    QList<QDate> days;
    for (QDate day = m_statistics.firstDay; day <= m_statistics.lastDay; day = day.addDays(1)) {
        days.append(day);
        categories.append(QLocale().toString(day, u"d MMM"_s));
    }

    auto *series = new QStackedBarSeries;
    int highest = 0;
    for (const QDate &day : days) {
        int sum = 0;
        for (const int count : m_statistics.perDay.value(day))
            sum += count;
        highest = qMax(highest, sum);
    }
    for (const Core::ResultCode reason : m_statistics.reasons()) {
        auto *set = new QBarSet(Core::resultCodeLabel(reason));
        set->setColor(reasonColor(reason));
        set->setBorderColor(reasonColor(reason));
        for (const QDate &day : days)
            set->append(m_statistics.perDay.value(day).value(reason));
        connect(set, &QBarSet::clicked, this, [this, days, reason](int index) {
            if (index < 0 || index >= days.size())
                return;
            qCDebug(lcFailureCharts) << "bar clicked:" << days.at(index) << Core::resultCodeLabel(reason);
            emit barClicked(days.at(index), reason);
        });
        series->append(set);
    }
    series->setBarWidth(0.8);
    m_dailyChart->addSeries(series);

    auto *dayAxis = new QBarCategoryAxis;
    dayAxis->append(categories);
    dayAxis->setLabelsAngle(days.size() > 10 ? -60 : 0);
    auto *countAxis = new QValueAxis;
    countAxis->setLabelFormat(u"%d"_s);
    if (highest <= 4) {
        countAxis->setRange(0, qMax(1, highest));
        countAxis->setTickCount(qMax(1, highest) + 1);
    } else {
        // Round the top up so the tallest bar is not cut off and the ticks fall on whole numbers.
        countAxis->setRange(0, highest);
        countAxis->applyNiceNumbers();
    }
    m_dailyChart->addAxis(dayAxis, Qt::AlignBottom);
    m_dailyChart->addAxis(countAxis, Qt::AlignLeft);
    series->attachAxis(dayAxis);
    series->attachAxis(countAxis);
}

void FailureCharts::fillReasonChart()
{
    m_reasonChart->removeAllSeries();
    auto *series = new QPieSeries;
    series->setHoleSize(0.35);
    for (auto it = m_statistics.perReason.cbegin(); it != m_statistics.perReason.cend(); ++it) {
        const Core::ResultCode reason = it.key();
        QPieSlice *slice = series->append(
            QString(Core::resultCodeLabel(reason) + u" (" + QString::number(it.value()) + u')'), it.value());
        slice->setColor(reasonColor(reason));
        slice->setBorderColor(palette().color(QPalette::Base));
        connect(slice, &QPieSlice::clicked, this, [this, reason] {
            qCDebug(lcFailureCharts) << "slice clicked:" << Core::resultCodeLabel(reason);
            emit reasonClicked(reason);
        });
    }
    m_reasonChart->addSeries(series);
}

} // namespace CardDesk::Ui
