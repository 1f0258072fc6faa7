// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditreader.h"

#include "io/csvwriter.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcAuditReader, "carddesk.gui.auditreader", QtInfoMsg)

namespace CardDesk::Gui::AuditReader {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CardDesk::Gui::AuditReader", text);
}

QString profileLabel(const QString &profileId, const ProfileNames &profileNames)
{
    if (profileId.isEmpty())
        return {};
    const QString name = profileNames.value(profileId);
    if (!name.isEmpty())
        return name;
    return tr("Removed profile %1").arg(profileId.left(8));
}

} // namespace

Models::AuditRow toRow(const Store::AuditRecord &record, const ProfileNames &profileNames)
{
    Models::AuditRow row;
    row.id = record.id;
    row.timeUtc = record.timeUtc;
    row.osUser = record.osUser;
    row.machine = record.machine;
    row.profileId = record.profileId;
    row.profileName = profileLabel(record.profileId, profileNames);
    row.action = record.action;
    row.actionLabel = Store::AuditLog::actionLabel(record.action);
    row.targetUserId = record.targetUserId;
    row.targetUsername = record.targetUsername;
    row.cardsBefore = record.cardsBefore;
    row.cardsAfter = record.cardsAfter;
    row.updateId = record.updateId;
    row.result = record.result;
    row.resultLabel = Store::AuditLog::resultLabel(record.result);
    row.detail = record.detail;
    return row;
}

Rows readRows(const QString &databasePath, Store::AuditFilter filter, int limit,
              const ProfileNames &profileNames)
{
    Rows result;
    Store::Database database;
    if (!database.open(databasePath)) {
        result.error = database.errorString();
        return result;
    }
    Store::AuditLog log(database);
    filter.limit = limit;
    const bool ok = log.forEach(filter, [&](const Store::AuditRecord &record) {
        result.rows.append(toRow(record, profileNames));
        return true;
    });
    if (!ok) {
        result.error = log.errorString();
        return result;
    }
    // Counting is needed only when the limit cut the list.
    if (limit > 0 && result.rows.size() >= limit) {
        const auto count = log.count(filter);
        if (!count) {
            result.error = log.errorString();
            return result;
        }
        result.totalCount = *count;
    } else {
        result.totalCount = result.rows.size();
    }
    return result;
}

ExportResult exportCsv(const QString &databasePath, Store::AuditFilter filter,
                       const ProfileNames &profileNames, const QString &path, const std::atomic_bool *cancel)
{
    ExportResult result;
    result.path = path;
    const QString shownPath = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error =
            tr("Cannot write %1: %2. Choose a folder you can write to.").arg(shownPath, file.errorString());
        return result;
    }
    Store::Database database;
    if (!database.open(databasePath)) {
        result.error = database.errorString();
        return result;
    }
    Store::AuditLog log(database);
    Io::CsvWriter writer(&file, Io::CsvWriter::Option::Utf8Bom);
    writer.setTextColumns(Models::AuditTableModel::exportCardColumns());
    bool written = writer.writeRow(Models::AuditTableModel::exportHeaders());
    bool cancelled = false;
    filter.limit = 0;
    const bool read = written && log.forEach(filter, [&](const Store::AuditRecord &record) {
        if (cancel && cancel->load()) {
            cancelled = true;
            return false;
        }
        written = writer.writeRow(Models::AuditTableModel::exportCells(toRow(record, profileNames)));
        if (written)
            ++result.records;
        return written;
    });
    if (!written) {
        result.error = tr("Cannot finish %1: %2. Check the free disk space and try again.")
                           .arg(shownPath, writer.errorString());
    } else if (!read) {
        result.error = log.errorString();
    } else if (cancelled) {
        result.error = tr("The export to %1 was cancelled.").arg(shownPath);
    } else if (!file.commit()) {
        result.error = tr("Cannot finish %1: %2. Check the free disk space and try again.")
                           .arg(shownPath, file.errorString());
    } else {
        result.ok = true;
        qCInfo(lcAuditReader).noquote() << "Exported" << result.records << "audit records to" << path;
        return result;
    }
    file.cancelWriting();
    qCWarning(lcAuditReader).noquote() << result.error;
    return result;
}

} // namespace CardDesk::Gui::AuditReader
