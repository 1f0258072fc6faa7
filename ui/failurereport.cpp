// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "failurereport.h"

#include "models/failuretablemodel.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace CardDesk::Ui {

Q_LOGGING_CATEGORY(lcFailureReport, "carddesk.ui.failurereport")

namespace {

// Gives the free functions below the translation context CardDesk::Ui::FailureReport, at run time and for
// lupdate, which files unqualified Text::tr() calls in a namespace under the namespace instead.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(CardDesk::Ui::FailureReport)
};

// Lays out text top to bottom on the pages of one PDF, starting a new page when one is full.
class PageCursor
{
public:
    PageCursor(QPdfWriter &writer, QPainter &painter)
        : m_writer(writer)
        , m_painter(painter)
        , m_width(painter.viewport().width())
        , m_height(painter.viewport().height())
    {}

    int width() const { return m_width; }
    int y() const { return m_y; }

    void ensureSpace(int height)
    {
        if (m_y + height <= m_height)
            return;
        m_writer.newPage();
        m_y = 0;
    }
    void line(const QString &text, const QFont &font)
    {
        m_painter.setFont(font);
        const int height = m_painter.fontMetrics().height();
        ensureSpace(height);
        m_painter.drawText(QRect(0, m_y, m_width, height), Qt::AlignLeft | Qt::AlignVCenter, text);
        m_y += height;
    }
    void row(const QStringList &cells, const QList<int> &widths, const QFont &font)
    {
        m_painter.setFont(font);
        const int height = m_painter.fontMetrics().height() + 4;
        ensureSpace(height);
        int x = 0;
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i) {
            const int cellWidth = m_width * widths.at(i) / 100;
            const QString text =
                m_painter.fontMetrics().elidedText(cells.at(i), Qt::ElideRight, cellWidth - 40);
            m_painter.drawText(QRect(x, m_y, cellWidth, height), Qt::AlignLeft | Qt::AlignVCenter, text);
            x += cellWidth;
        }
        m_y += height;
    }
    void image(const QImage &image)
    {
        const int height = image.height() * m_width / qMax(1, image.width());
        ensureSpace(height);
        m_painter.drawImage(QRect(0, m_y, m_width, height), image);
        m_y += height;
    }
    void skip(int height) { m_y += height; }

private:
    QPdfWriter &m_writer;
    QPainter &m_painter;
    int m_width;
    int m_height;
    int m_y = 0;
};

void writeSummary(PageCursor &cursor, const FailureReport &report, const QFont &body, const QFont &heading)
{
    const Models::FailureStatistics &statistics = report.statistics;
    const QLocale locale;
    const QString firstDay = locale.toString(statistics.firstDay, QLocale::LongFormat);
    const QString lastDay = locale.toString(statistics.lastDay, QLocale::LongFormat);
    const QString summary =
        statistics.total() == 1
            ? Text::tr("1 failure from %1 to %2").arg(firstDay, lastDay)
            : Text::tr("%1 failures from %2 to %3").arg(statistics.total()).arg(firstDay, lastDay);
    cursor.line(summary, body);
    cursor.skip(100);
    cursor.line(Text::tr("By reason"), heading);
    for (auto it = statistics.perReason.cbegin(); it != statistics.perReason.cend(); ++it)
        cursor.row({Core::resultCodeLabel(it.key()), QString::number(it.value())}, {50, 20}, body);
}

void writeTable(PageCursor &cursor, const FailureReport &report, const QFont &body, const QFont &heading)
{
    const QList<int> widths{17, 25, 13, 15, 30};
    cursor.line(Text::tr("Failures"), heading);
    QFont bold = body;
    bold.setBold(true);
    cursor.row(
        {Text::tr("Time"), Text::tr("User"), Text::tr("Cards"), Text::tr("Result"), Text::tr("Message")},
        widths, bold);
    const QLocale locale;
    for (const Core::OutboxEntry &entry : report.entries) {
        cursor.row({locale.toString(entry.updatedAt.toLocalTime(), QLocale::ShortFormat), entry.username,
                    Models::cardNumbersText(entry), Core::resultCodeLabel(entry.result.code),
                    Models::failureMessage(entry)},
                   widths, body);
    }
}

} // namespace

bool writeFailureReportPdf(const QString &path, const FailureReport &report, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error) {
            *error = Text::tr("Cannot write the report to %1: %2. Choose a folder you can write to.")
                         .arg(QFileInfo(path).absoluteFilePath(), file.errorString());
        }
        return false;
    }
    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(report.title);
    writer.setCreator(u"CardDesk"_s);

    QPainter painter(&writer);
    QFont body(u"Sans Serif"_s, 9);
    QFont heading = body;
    heading.setPointSize(12);
    heading.setBold(true);
    QFont title = heading;
    title.setPointSize(16);

    PageCursor cursor(writer, painter);
    cursor.line(report.title, title);
    cursor.line(
        Text::tr("Created %1").arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat)),
        body);
    cursor.skip(80);
    writeSummary(cursor, report, body, heading);
    cursor.skip(80);
    if (!report.chart.isNull()) {
        cursor.image(report.chart);
        cursor.skip(80);
    }
    writeTable(cursor, report, body, heading);
    painter.end();
    file.close();
    if (file.error() != QFileDevice::NoError) {
        if (error) {
            *error = Text::tr("Cannot finish the report %1: %2. Check the free disk space and try again.")
                         .arg(QFileInfo(path).absoluteFilePath(), file.errorString());
        }
        return false;
    }
    qCInfo(lcFailureReport).noquote()
        << "Wrote failure report" << path << "with" << report.entries.size() << "entries";
    return true;
}

} // namespace CardDesk::Ui
