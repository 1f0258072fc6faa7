// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/failurestatistics.h"

#include <QImage>

namespace CardDesk::Ui {

/// Content of the PDF failure report: a summary by reason, the chart and one table row per entry.
struct FailureReport
{
    QString title;
    Models::FailureStatistics statistics;
    QImage chart; ///< Drawn full width under the summary; a null image leaves the chart out.
    QList<Core::OutboxEntry> entries;
};

/// Writes the report as an A4 PDF file at path, with as many pages as the table needs. Returns
/// false when the file cannot be written, with the path and the fix in *error.
bool writeFailureReportPdf(const QString &path, const FailureReport &report, QString *error);

} // namespace CardDesk::Ui
