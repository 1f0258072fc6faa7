// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/audittablemodel.h"
#include "store/auditlog.h"

#include <QHash>

#include <atomic>

// Reads of the audit log for the Audit page. Each opens its own connection to the database file,
// so it can run on a worker thread while the GUI thread writes to the log.
namespace CardDesk::Gui::AuditReader {

/// Profile display names by profile id.
using ProfileNames = QHash<QString, QString>;

/// Returns the row that shows record, with translated labels and the profile's name. A profile
/// that is no longer stored shows as "Removed profile" with the start of its id.
Models::AuditRow toRow(const Store::AuditRecord &record, const ProfileNames &profileNames);

struct Rows
{
    QList<Models::AuditRow> rows; ///< The newest matching records, newest first.
    qint64 totalCount = 0;        ///< The number of matching records in the file.
    QString error;                ///< Empty on success.
};

/// Reads the newest limit records that match filter, and how many match in all.
Rows readRows(const QString &databasePath, Store::AuditFilter filter, int limit,
              const ProfileNames &profileNames);

struct ExportResult
{
    bool ok = false;
    qint64 records = 0; ///< Records written.
    QString path;
    QString error; ///< Names the file and what to do, when ok is false.
};

/// Writes every record that matches filter (its limit is ignored) to path as CSV that Excel opens
/// safely, newest first, with a UTF-8 byte order mark. Writes to a temporary file that replaces
/// path only when complete, so a failed export leaves no partial file. Stops with an error when
/// cancel becomes true.
ExportResult exportCsv(const QString &databasePath, Store::AuditFilter filter,
                       const ProfileNames &profileNames, const QString &path,
                       const std::atomic_bool *cancel = nullptr);

} // namespace CardDesk::Gui::AuditReader
