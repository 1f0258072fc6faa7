// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pushcommand.h"

#include "exitcode.h"
#include "output.h"
#include "pendingupdates.h"
#include "presentation.h"

#include "net/apiclient.h"
#include "store/outbox.h"
#include "sync/workspace.h"

#include <QJsonArray>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <utility>

Q_LOGGING_CATEGORY(lcPush, "carddesk.cli.push", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace CardDesk::Cli {

PushCommand::PushCommand(const CommandContext &context, QNetworkAccessManager *networkAccessManager,
                         const std::optional<QString> &secret, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_networkAccessManager(networkAccessManager)
    , m_secret(secret)
{
    m_waitTimeout.setSingleShot(true);
    connect(&m_waitTimeout, &QTimer::timeout, this, [this] { stopSending(Stop::TimedOut); });
}

void PushCommand::start()
{
    int exitCode = ExitSuccess;
    const auto profile = requireProfile(m_context, &exitCode);
    if (!profile) {
        Q_EMIT finished(exitCode);
        return;
    }
    m_profileId = profile->id;
    if (profile->key.authMode == Net::AuthMode::Basic) {
        m_context.output.error(tr("--auth basic cannot send card updates: Calven accepts POST "
                                  "/v1/access-credentials only with a token. Use --auth hmac or --auth "
                                  "client-secret."));
        Q_EMIT finished(ExitUsage);
        return;
    }
    if (!m_secret || m_secret->isEmpty()) {
        m_context.output.error(
            tr("The API secret is missing: push signs in to Calven with the secret from the "
               "environment variable %1, which is not set or empty. Set it, for example "
               "from your password manager, and run push again.")
                .arg(SecretVariable));
        Q_EMIT finished(ExitNetwork);
        return;
    }

    QString error;
    const auto pending = findPendingUpdates(m_context.workspace, m_profileId, {}, &error);
    if (!pending) {
        m_context.output.error(error);
        Q_EMIT finished(ExitLocalData);
        return;
    }
    m_tracked = pending->entries;
    if (m_tracked.isEmpty()) {
        m_context.output.line(tr("Nothing to send: no update is queued for key %1 at %2.")
                                  .arg(profile->key.keyId, profile->baseUrl.toDisplayString()));
        m_context.output.setField(u"updates"_s, QJsonArray());
        Q_EMIT finished(ExitSuccess);
        return;
    }
    connectProfile(*profile);
    const PushOptions &options = m_context.invocation.push;
    qCInfo(lcPush) << "Sending" << m_tracked.size() << "queued updates of profile" << m_profileId
                   << "in batches of up to" << options.sender.batchSize << "with up to"
                   << options.sender.maxInFlight << "requests in flight and" << options.sender.maxAttempts
                   << "attempts";
    if (options.waitTimeoutSeconds > 0)
        m_waitTimeout.start(options.waitTimeoutSeconds * 1000);
    m_started = true;
    showProgress();
    m_context.workspace.sendPending();
}

void PushCommand::interrupt()
{
    if (m_finished)
        return;
    if (!m_started) {
        // Nothing was sent and nothing is in flight, so there is nothing to report.
        m_finished = true;
        m_context.output.clearProgress();
        m_context.output.error(tr("Interrupted before sending."));
        Q_EMIT finished(ExitInterrupted);
        return;
    }
    stopSending(Stop::Interrupted);
}

void PushCommand::connectProfile(const Net::Profile &profile)
{
    Sync::Workspace &workspace = m_context.workspace;
    workspace.setAutoSend(false);
    workspace.connectProfile(m_networkAccessManager, profile, *m_secret, m_context.invocation.push.sender);
    workspace.client()->setTransferTimeout(m_context.invocation.global.timeoutSeconds * 1000);

    connect(&workspace, &Sync::Workspace::signInNeeded, this,
            [this](const QString &message) { m_signInError = message; });
    connect(&workspace, &Sync::Workspace::storeFailed, this,
            [this](const QString &message) { m_storeErrors.append(message); });
    connect(&workspace, &Sync::Workspace::clockSkewDetected, this, [this](qint64 seconds) {
        if (std::exchange(m_clockSkewReported, true))
            return;
        m_context.output.warning(tr("This computer's clock differs from Calven's by %1 seconds. HMAC sign-in "
                                    "fails when the difference is too large: synchronise the clock.")
                                     .arg(seconds));
    });
    connect(&workspace, &Sync::Workspace::outboxChanged, this, &PushCommand::showProgress);
    // Queued, because the sender reports idle from inside sendPending() when nothing is due.
    connect(workspace.sender(), &Sync::Sender::idle, this, &PushCommand::onIdle, Qt::QueuedConnection);
}

void PushCommand::showProgress()
{
    const auto counts = m_context.workspace.outbox().counts(m_profileId);
    if (!counts)
        return;
    const int total = int(m_tracked.size());
    const int done = std::max(0, total - counts->pending());
    // A request in flight ends the wait that m_waitingText describes.
    if (counts->sending > 0)
        m_waitingText.clear();
    if (!m_waitingText.isEmpty()) {
        m_context.output.progress(tr("%1 of %2 done. %3").arg(done).arg(total).arg(m_waitingText));
        return;
    }
    m_context.output.progress(tr("Sending: %1 of %2 updates done").arg(done).arg(total));
}

// Runs at the end of every round: each time no request is in flight and nothing is due.
void PushCommand::onIdle()
{
    if (m_finished)
        return;
    if (m_stop != Stop::None) {
        finish();
        return;
    }
    const bool signInFailed = !m_signInError.isEmpty() ||
                              (m_context.workspace.client() && m_context.workspace.client()->needsSignIn());
    if (signInFailed || !m_storeErrors.isEmpty() || m_context.invocation.push.noWait) {
        finish();
        return;
    }
    const auto waiting = readWaiting();
    if (!waiting || waiting->count == 0) {
        finish();
        return;
    }
    const Sync::Sender *sender = m_context.workspace.sender();
    if (sender && sender->lastFailureWasOffline()) {
        // Calven was not reached, and an attempt that never left does not count towards
        // --max-attempts, so waiting could last as long as the network is down. Rows cannot
        // show this: a batch taken ahead and returned after a timeout looks the same.
        qCInfo(lcPush) << waiting->count << "updates could not be sent; not waiting for the network";
        finish();
        return;
    }
    if (!waiting->nextAttempt.isValid()) {
        // Due now but not taken, such as after an error that stops sending: no retry will come.
        finish();
        return;
    }
    showWaiting(*waiting);
}

std::optional<PushCommand::Waiting> PushCommand::readWaiting()
{
    Store::Outbox &outbox = m_context.workspace.outbox();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Waiting waiting;
    QDateTime lastUpdate;
    for (const Core::OutboxEntry &tracked : std::as_const(m_tracked)) {
        const auto entry = outbox.entry(tracked.updateId);
        if (!entry) {
            m_storeErrors.append(outbox.errorString().isEmpty()
                                     ? tr("Update %1 disappeared from the outbox.").arg(tracked.updateId)
                                     : outbox.errorString());
            return std::nullopt;
        }
        if (entry->state != Core::UpdateState::Queued && entry->state != Core::UpdateState::Sending)
            continue;
        ++waiting.count;
        if (entry->nextAttemptAt.isValid() && entry->nextAttemptAt > now &&
            (!waiting.nextAttempt.isValid() || entry->nextAttemptAt < waiting.nextAttempt))
            waiting.nextAttempt = entry->nextAttemptAt;
        if (!entry->lastError.isEmpty() && (!lastUpdate.isValid() || entry->updatedAt > lastUpdate)) {
            lastUpdate = entry->updatedAt;
            waiting.lastError = entry->lastError;
        }
    }
    return waiting;
}

namespace {

// Returns the part of an outbox error that fits a progress line, such as "HTTP 503 Service
// Unavailable", or its first sentence.
QString shortError(const QString &error)
{
    static const QRegularExpression httpStatus(u"HTTP \\d{3}[^.:;]*"_s);
    const QRegularExpressionMatch match = httpStatus.match(error);
    if (match.hasMatch())
        return match.captured().trimmed();
    const QString sentence = error.simplified().section(u". "_s, 0, 0);
    constexpr qsizetype MaxLength = 60;
    return sentence.size() <= MaxLength ? sentence : sentence.left(MaxLength - 1) + u'…';
}

} // namespace

void PushCommand::showWaiting(const Waiting &waiting)
{
    const QString time = QLocale().toString(waiting.nextAttempt.toLocalTime().time(), u"HH:mm:ss"_s);
    m_waitingText = waiting.lastError.isEmpty()
                        ? tr("Retrying %n update(s) at %1.", nullptr, waiting.count).arg(time)
                        : tr("Retrying %n update(s) at %1: %2", nullptr, waiting.count)
                              .arg(time, shortError(waiting.lastError));
    qCInfo(lcPush).noquote() << tr("Retrying %n update(s) at %1: %2", nullptr, waiting.count)
                                    .arg(time, waiting.lastError.simplified());
    showProgress();
}

void PushCommand::stopSending(Stop reason)
{
    if (m_finished || m_stop != Stop::None)
        return;
    m_stop = reason;
    qCInfo(lcPush) << (reason == Stop::Interrupted ? "Interrupted" : "Wait timeout reached")
                   << "; stopping the sender";
    Sync::Sender *sender = m_context.workspace.sender();
    if (!sender) {
        finish();
        return;
    }
    // Aborted requests keep their updates queued with the same updateIds; the sender reports
    // idle once the last of them has finished.
    sender->stop();
    if (!sender->isBusy())
        finish();
}

void PushCommand::finish()
{
    if (std::exchange(m_finished, true))
        return;
    m_waitTimeout.stop();
    m_context.output.clearProgress();
    Q_EMIT finished(report());
}

int PushCommand::report()
{
    Store::Outbox &outbox = m_context.workspace.outbox();
    Tally tally;
    int needsAttention = 0;
    QJsonArray updates;
    for (const Core::OutboxEntry &before : std::as_const(m_tracked)) {
        const auto entry = outbox.entry(before.updateId);
        if (!entry) {
            m_storeErrors.append(outbox.errorString().isEmpty()
                                     ? tr("Update %1 disappeared from the outbox.").arg(before.updateId)
                                     : outbox.errorString());
            continue;
        }
        // A request that never left takes its attempt back, but it still moves updatedAt.
        tally.attempted =
            tally.attempted || entry->attempts > before.attempts || entry->updatedAt > before.updatedAt;
        tally.reached = tally.reached || entry->attempts > before.attempts;
        switch (entry->state) {
        case Core::UpdateState::Confirmed:
            ++tally.confirmed;
            break;
        case Core::UpdateState::NeedsAttention:
            ++needsAttention;
            ++tally.failed;
            break;
        case Core::UpdateState::Failed:
            ++tally.failed;
            break;
        case Core::UpdateState::Unknown:
            ++tally.unknown;
            break;
        default:
            ++tally.waiting;
            break;
        }
        m_context.output.line(Presentation::updateLine(*entry));
        updates.append(Presentation::entryJson(*entry));
    }
    m_context.output.line(summaryLine(int(m_tracked.size()), tally));

    m_context.output.setField(u"updates"_s, updates);
    m_context.output.setField(u"summary"_s, QJsonObject{
                                                {u"updates"_s, int(m_tracked.size())},
                                                {u"confirmed"_s, tally.confirmed},
                                                {u"failed"_s, tally.failed},
                                                {u"needsAttention"_s, needsAttention},
                                                {u"unknown"_s, tally.unknown},
                                                {u"waiting"_s, tally.waiting},
                                            });
    if (needsAttention > 0)
        m_context.output.line(tr("Of the failed updates, %1 used up their %2 attempts (--max-attempts).")
                                  .arg(needsAttention)
                                  .arg(m_context.invocation.push.sender.maxAttempts));
    return exitCodeFor(tally);
}

// Counts what happened to the updates of this push, such as "Updates: 13 (confirmed 10, waiting
// 3).". Updates counted as waiting may never have left this computer, so the line never calls
// them sent.
QString PushCommand::summaryLine(int total, const Tally &tally)
{
    QStringList parts;
    if (tally.confirmed > 0)
        parts.append(tr("confirmed %1").arg(tally.confirmed));
    if (tally.failed > 0)
        parts.append(tr("failed %1").arg(tally.failed));
    if (tally.unknown > 0)
        parts.append(tr("unknown outcome %1").arg(tally.unknown));
    if (tally.waiting > 0)
        parts.append(tr("waiting %1").arg(tally.waiting));
    return tr("Updates: %1 (%2).").arg(total).arg(parts.join(u", "_s));
}

int PushCommand::exitCodeFor(const Tally &tally)
{
    Sync::Workspace &workspace = m_context.workspace;
    if (m_stop == Stop::Interrupted) {
        for (const QString &message : std::as_const(m_storeErrors))
            m_context.output.error(message);
        m_context.output.error(tr("Interrupted. Updates without an outcome: %1. They stay queued with their "
                                  "updateIds; run push again to send them.")
                                   .arg(tally.waiting));
        return ExitInterrupted;
    }
    if (m_stop == Stop::TimedOut)
        m_context.output.error(tr("Stopped waiting after %1 seconds (--wait-timeout).")
                                   .arg(m_context.invocation.push.waitTimeoutSeconds));
    if (!m_storeErrors.isEmpty()) {
        for (const QString &message : std::as_const(m_storeErrors))
            m_context.output.error(message);
        return ExitLocalData;
    }
    if (!m_signInError.isEmpty() || (workspace.client() && workspace.client()->needsSignIn())) {
        const QString reason = !m_signInError.isEmpty() ? m_signInError : workspace.waitReason();
        m_context.output.error(!reason.isEmpty()
                                   ? reason
                                   : tr("Calven rejected the sign-in. Check --key-id, --auth and "
                                        "the secret in %1.")
                                         .arg(SecretVariable));
        return ExitNetwork;
    }
    // An attempt counts once a request may have reached Calven: any HTTP response, even a 503,
    // and a timeout after the request was sent. Only requests that never left leave none.
    if (tally.waiting > 0 && tally.answered() == 0 && tally.attempted && !tally.reached) {
        const QString reason = workspace.waitReason();
        m_context.output.error(tr("No update reached Calven. %1 The updates stay queued; run push again when "
                                  "the problem is fixed.")
                                   .arg(reason.isEmpty() ? tr("The requests failed.") : reason));
        return ExitNetwork;
    }
    const auto counts = workspace.outbox().counts(m_profileId);
    const int waiting = std::max(tally.waiting, counts ? counts->pending() : 0);
    if (tally.failed == 0 && tally.unknown == 0 && waiting == 0)
        return ExitSuccess;
    if (tally.failed > 0 || tally.unknown > 0)
        m_context.output.error(
            tr("Failed updates: %1. Updates with an unknown outcome: %2. Run \"carddesk-cli "
               "failures\" for the details, and check the user of an unknown update in Calven "
               "before sending the cards again.")
                .arg(tally.failed)
                .arg(tally.unknown));
    if (waiting > 0) {
        // The sender's reason already starts with the count, such as "Updates waiting: 1.".
        const QString reason = workspace.waitReason().simplified();
        m_context.output.error(
            (reason.isEmpty() ? tr("Updates waiting for their next attempt: %1.").arg(waiting) : reason) +
            u' ' + tr("Run push again later."));
    }
    return ExitUpdateFailed;
}

} // namespace CardDesk::Cli
