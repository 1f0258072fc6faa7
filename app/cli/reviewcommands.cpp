// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The commands that review what happened: retry and resolve failed updates, and read the audit log.
// They change only the local database, and push sends what retry queues.
#include "commandcontext.h"

#include "exitcode.h"
#include "output.h"
#include "presentation.h"
#include "profilecommands.h"

#include "net/profilestore.h"
#include "store/auditlog.h"
#include "store/outbox.h"
#include "sync/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace CardDesk::Cli {

namespace {

class ReviewText
{
    Q_DECLARE_TR_FUNCTIONS(CardDesk::Cli::Commands)
};

QString tr(const char *text)
{
    return ReviewText::tr(text);
}

// Returns the entry that an operator's retry of old queued, found among the user's pending entries.
std::optional<Core::OutboxEntry> findRetryOf(Store::Outbox &outbox, const Core::OutboxEntry &old)
{
    const auto pending = outbox.pending(old.profileId, old.userId);
    if (!pending)
        return std::nullopt;
    for (const Core::OutboxEntry &entry : *pending) {
        if (entry.previousUpdateId == old.updateId)
            return entry;
    }
    return std::nullopt;
}

// Returns the updateId of the entry that an earlier retry of old queued, or an empty string.
QString retriedAs(Store::Outbox &outbox, const Core::OutboxEntry &old)
{
    if (old.state != Core::UpdateState::Resolved)
        return {};
    const auto chain = outbox.retryChain(old.updateId);
    if (!chain)
        return {};
    for (const Core::OutboxEntry &entry : *chain) {
        if (entry.previousUpdateId == old.updateId)
            return entry.updateId;
    }
    return {};
}

bool isOpenFailure(Core::UpdateState state)
{
    return state == Core::UpdateState::Failed || state == Core::UpdateState::Unknown ||
           state == Core::UpdateState::NeedsAttention;
}

enum class Review
{
    Retry,
    Resolve,
};

// Returns why update old cannot be retried or resolved, in the CLI's words, or an empty string
// when the outbox decides. The outbox's own messages address the desktop app's failure list.
QString closedFailureReason(Store::Outbox &outbox, const Core::OutboxEntry &old, Review review)
{
    if (isOpenFailure(old.state))
        return {};
    if (const QString newer = retriedAs(outbox, old); !newer.isEmpty()) {
        return tr("Update %1 was already retried as %2. Run \"carddesk-cli cards show %3\" for its state.")
            .arg(old.updateId, newer, old.username);
    }
    const QString state = Core::updateStateLabel(old.state);
    if (review == Review::Retry) {
        return tr("Update %1 has the state \"%2\", so it cannot be retried: only failed, unknown and "
                  "needs-attention updates can. Run \"carddesk-cli failures\" for the open failures.")
            .arg(old.updateId, state);
    }
    return tr("Update %1 has the state \"%2\", so it cannot be resolved: only failed, unknown and "
              "needs-attention updates can. Run \"carddesk-cli failures\" for the open failures.")
        .arg(old.updateId, state);
}

QString cardsText(const QList<Core::Credential> &cards)
{
    if (cards.isEmpty())
        return u"-"_s;
    QStringList parts;
    for (const Core::Credential &card : cards) {
        parts.append(card.active ? card.displayNumber() : QString(card.displayNumber() + u" (inactive)"_s));
    }
    return parts.join(u", "_s);
}

// Returns the display name of each stored profile by id.
QHash<QString, QString> profileNames()
{
    QHash<QString, QString> names;
    const auto settings = sharedSettings();
    const Net::ProfileStore store(settings.get());
    for (const Net::Profile &profile : store.profiles())
        names.insert(profile.id, profile.displayName);
    return names;
}

QString profileName(const QString &profileId, const QHash<QString, QString> &names)
{
    if (profileId.isEmpty())
        return {};
    const QString name = names.value(profileId);
    return name.isEmpty() ? tr("removed profile %1").arg(profileId.left(8)) : name;
}

QJsonObject auditJson(const Store::AuditRecord &record, const QHash<QString, QString> &names)
{
    return QJsonObject{
        {u"id"_s, record.id},
        {u"time"_s, Presentation::isoTime(record.timeUtc)},
        {u"osUser"_s, record.osUser},
        {u"machine"_s, record.machine},
        {u"profileId"_s, record.profileId},
        {u"profileName"_s, profileName(record.profileId, names)},
        {u"action"_s, record.action},
        {u"actionLabel"_s, Store::AuditLog::actionLabel(record.action)},
        {u"userId"_s, record.targetUserId},
        {u"username"_s, record.targetUsername},
        {u"cardsBefore"_s, Presentation::cardsJson(record.cardsBefore)},
        {u"cardsAfter"_s, Presentation::cardsJson(record.cardsAfter)},
        {u"updateId"_s, record.updateId},
        {u"result"_s, record.result},
        {u"resultLabel"_s, Store::AuditLog::resultLabel(record.result)},
        {u"detail"_s, record.detail},
    };
}

// Returns text with each line break, tab and other control character written as an escape, so
// that a value from a record, such as a reason with a line break, cannot start a line that reads
// like another record.
QString oneLine(const QString &text)
{
    QString line;
    line.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\n')
            line += u"\\n"_s;
        else if (c == u'\r')
            line += u"\\r"_s;
        else if (c == u'\t')
            line += u"\\t"_s;
        else if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
                 c == QChar::ParagraphSeparator)
            line += u"\\u%1"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0'));
        else
            line += c;
    }
    return line;
}

QString auditLine(const Store::AuditRecord &record, const QHash<QString, QString> &names)
{
    const auto orDash = [](const QString &text) {
        return text.isEmpty() ? u"-"_s : text;
    };
    const QString result = record.result.isEmpty() ? QString() : Store::AuditLog::resultLabel(record.result);
    return oneLine(Presentation::localTime(record.timeUtc) + u"  "_s + record.osUser + u'@' + record.machine +
                   u"  "_s + orDash(profileName(record.profileId, names)) + u"  "_s +
                   Store::AuditLog::actionLabel(record.action) + u"  "_s + orDash(record.targetUsername) +
                   u"  "_s + orDash(record.updateId) + u"  "_s + orDash(result) + u"  "_s +
                   cardsText(record.cardsBefore) + u" -> "_s + cardsText(record.cardsAfter) +
                   (record.detail.isEmpty() ? QString() : QString(u"  "_s + record.detail)));
}

// Returns why name is not one of known, naming them, or an empty string.
QString checkName(const QString &option, const QString &name, const QStringList &known)
{
    if (name.isEmpty() || known.contains(name))
        return {};
    return tr("--%1 \"%2\" is not recorded in the audit log. Give one of: %3.")
        .arg(option, name, known.join(u", "_s));
}

} // namespace

int runRetry(const CommandContext &context)
{
    Store::Outbox &outbox = context.workspace.outbox();
    QJsonArray retried;
    QJsonArray rejected;
    bool databaseFailed = false;
    for (const QString &updateId : context.invocation.review.updateIds) {
        const auto old = outbox.entry(updateId);
        if (!old) {
            const QString message = outbox.errorString().isEmpty()
                                        ? tr("No update has the updateId %1. Run \"carddesk-cli failures\" "
                                             "for the open failures.")
                                              .arg(updateId)
                                        : outbox.errorString();
            databaseFailed = databaseFailed || !outbox.errorString().isEmpty();
            context.output.error(message);
            rejected.append(QJsonObject{{u"updateId"_s, updateId}, {u"error"_s, message}});
            continue;
        }
        if (const QString message = closedFailureReason(outbox, *old, Review::Retry); !message.isEmpty()) {
            context.output.error(message);
            rejected.append(QJsonObject{{u"updateId"_s, updateId}, {u"error"_s, message}});
            continue;
        }
        QString error;
        if (context.workspace.retry({updateId}, &error) != 1) {
            context.output.error(error);
            rejected.append(QJsonObject{{u"updateId"_s, updateId}, {u"error"_s, error}});
            continue;
        }
        const auto queued = findRetryOf(outbox, *old);
        const QString newUpdateId = queued ? queued->updateId : QString();
        context.output.line(tr("%1  %2  queued again as %3").arg(updateId, old->username, newUpdateId));
        retried.append(QJsonObject{{u"updateId"_s, updateId},
                                   {u"newUpdateId"_s, newUpdateId},
                                   {u"username"_s, old->username},
                                   {u"cards"_s, Presentation::cardsJson(old->credentials)}});
    }
    context.output.setField(u"retried"_s, retried);
    context.output.setField(u"rejected"_s, rejected);
    if (!retried.isEmpty())
        context.output.line(tr("Run \"carddesk-cli push\" to send the queued updates."));
    if (databaseFailed)
        return ExitLocalData;
    return rejected.isEmpty() ? ExitSuccess : ExitInvalidInput;
}

int runResolve(const CommandContext &context)
{
    const QString updateId = context.invocation.review.updateIds.value(0);
    const QString note = context.invocation.review.note;
    Store::Outbox &outbox = context.workspace.outbox();
    if (const auto old = outbox.entry(updateId)) {
        if (const QString message = closedFailureReason(outbox, *old, Review::Resolve); !message.isEmpty()) {
            context.output.error(message);
            return ExitInvalidInput;
        }
    }
    QString error;
    if (context.workspace.resolve({updateId}, note, &error) != 1) {
        context.output.error(error.isEmpty() ? tr("The update %1 could not be resolved.").arg(updateId)
                                             : error);
        return ExitInvalidInput;
    }
    const auto entry = context.workspace.outbox().entry(updateId);
    if (entry)
        context.output.setField(u"update"_s, Presentation::entryJson(*entry));
    context.output.line(tr("%1  resolved: %2").arg(updateId, note));
    return ExitSuccess;
}

int runAudit(const CommandContext &context)
{
    const ReviewOptions &options = context.invocation.review;
    for (const QString &problem : {checkName(u"action"_s, options.action, Store::AuditLog::knownActions()),
                                   checkName(u"result"_s, options.result, Store::AuditLog::knownResults())}) {
        if (!problem.isEmpty()) {
            context.output.error(problem);
            return ExitUsage;
        }
    }
    Store::AuditFilter filter;
    filter.userText = options.userText;
    filter.action = options.action;
    filter.result = options.result;
    filter.text = options.text;
    filter.fromUtc = options.sinceUtc;
    filter.toUtc = options.untilUtc;
    filter.profileId = profileFilter(context.invocation);
    Store::AuditLog &audit = context.workspace.auditLog();
    const auto records = audit.query(filter);
    if (!records) {
        context.output.error(audit.errorString());
        return ExitLocalData;
    }
    QHash<QString, QString> names = profileNames();
    // The profile of --base-url and --key-id is not stored, so it is named by its key and host.
    const QString adHocProfile = profileFilter(context.invocation);
    if (!adHocProfile.isEmpty() && !names.contains(adHocProfile)) {
        const GlobalOptions &global = context.invocation.global;
        names.insert(adHocProfile, global.keyId + u'@' + global.baseUrl.host());
    }
    QJsonArray array;
    for (const Store::AuditRecord &record : *records) {
        context.output.line(auditLine(record, names));
        array.append(auditJson(record, names));
    }
    if (array.isEmpty())
        context.output.line(tr("No audit records match."));
    context.output.setField(u"records"_s, array);
    return ExitSuccess;
}

} // namespace CardDesk::Cli
