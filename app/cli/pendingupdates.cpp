// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pendingupdates.h"

#include "store/auditlog.h"
#include "store/outbox.h"
#include "sync/workspace.h"

#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

Q_LOGGING_CATEGORY(lcPendingUpdates, "carddesk.cli.pendingupdates", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace CardDesk::Cli {

namespace {

// The Workspace writes one of these audit actions, with the new updateId, for every queued entry.
const QStringList QueueingActions{u"cards.submitted"_s, u"update.retried"_s};

bool isPending(const Core::OutboxEntry &entry)
{
    return entry.state == Core::UpdateState::Queued || entry.state == Core::UpdateState::Sending;
}

// Returns the queueing records, newest first.
std::optional<QList<Store::AuditRecord>> queueingRecords(Store::AuditLog &audit, const QString &userId,
                                                         QString *error)
{
    QList<Store::AuditRecord> records;
    for (const QString &action : QueueingActions) {
        Store::AuditFilter filter;
        filter.action = action;
        filter.userText = userId;
        const auto found = audit.query(filter);
        if (!found) {
            *error = audit.errorString();
            return std::nullopt;
        }
        records += *found;
    }
    std::sort(records.begin(), records.end(),
              [](const Store::AuditRecord &a, const Store::AuditRecord &b) { return a.id > b.id; });
    return records;
}

} // namespace

std::optional<PendingUpdates> findPendingUpdates(Sync::Workspace &workspace, const QString &profileId,
                                                 const QString &userId, QString *error)
{
    Store::Outbox &outbox = workspace.outbox();
    const auto counts = outbox.counts(profileId);
    if (!counts) {
        *error = outbox.errorString();
        return std::nullopt;
    }
    const auto records = queueingRecords(workspace.auditLog(), userId, error);
    if (!records)
        return std::nullopt;

    PendingUpdates pending;
    QSet<QString> seen;
    for (const Store::AuditRecord &record : *records) {
        // Without a user filter the scan can stop once every pending entry the outbox counts is found.
        if (userId.isEmpty() && pending.entries.size() >= counts->pending())
            break;
        if ((!profileId.isEmpty() && record.profileId != profileId) ||
            (!userId.isEmpty() && record.targetUserId != userId) || record.updateId.isEmpty() ||
            seen.contains(record.updateId))
            continue;
        seen.insert(record.updateId);
        const auto entry = outbox.entry(record.updateId);
        if (!entry) {
            if (!outbox.errorString().isEmpty()) {
                *error = outbox.errorString();
                return std::nullopt;
            }
            continue;
        }
        if (isPending(*entry))
            pending.entries.append(*entry);
    }
    std::sort(pending.entries.begin(), pending.entries.end(),
              [](const Core::OutboxEntry &a, const Core::OutboxEntry &b) { return a.id < b.id; });
    if (userId.isEmpty() && pending.entries.size() < counts->pending()) {
        pending.unlisted = counts->pending() - int(pending.entries.size());
        qCWarning(lcPendingUpdates) << pending.unlisted << "pending updates of profile" << profileId
                                    << "have no audit record";
    }
    return pending;
}

} // namespace CardDesk::Cli
