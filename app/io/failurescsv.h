// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/outboxentry.h"
#include "io/csvwriter.h"

namespace CardDesk::Io {

/// Column order of the failures export.
enum class FailureColumn
{
    Time,
    User,
    Cards,
    Result,
    Message,
    Attempts,
    State,
    Count
};

/// Returns the translated header of each column, in FailureColumn order.
QStringList failureCsvHeader();
/// Returns one entry as CSV cells, in FailureColumn order, before CSV encoding. Time is the
/// entry's last change in local time. Cards are "FC:CN" or "CN", separated by "; ", with
/// inactive ones marked.
QStringList failureCsvCells(const Core::OutboxEntry &entry);

/// Writes a header and one record per entry. Returns false when writing fails, and then stores
/// the reason and the fix in *error when it is given.
bool exportFailuresCsv(QIODevice *device, const QList<Core::OutboxEntry> &entries,
                       CsvWriter::Options options = CsvWriter::Option::Utf8Bom, QString *error = nullptr);

} // namespace CardDesk::Io
