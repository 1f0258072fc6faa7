// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sender.h"

#include "core/accesscredentialsjson.h"
#include "net/apiclient.h"
#include "net/apireply.h"
#include "store/outbox.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcSender, "carddesk.sync.sender", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace CardDesk::Sync {

namespace {

bool isRetryableStatus(int status)
{
    return status == 408 || status == 429 || status >= 500;
}

// Returns the server's own error text from a JSON error body, else the start of the body.
QString serverMessage(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    for (const auto key : {"message"_L1, "error"_L1, "detail"_L1}) {
        const QString text = object.value(key).toString();
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(body.left(200)).simplified();
}

// Returns text as a sentence that another can follow: with a full stop unless it already ends
// with one, an ellipsis, "!" or "?".
QString asSentence(const QString &text)
{
    static const QString sentenceEnds = u".!?\u2026"_s;
    if (text.isEmpty() || sentenceEnds.contains(text.back()))
        return text;
    return text + u'.';
}

SenderOptions clamped(SenderOptions options)
{
    const SenderOptions requested = options;
    options.batchSize = std::clamp(options.batchSize, 1, Core::AccessCredentialsJson::MaxUpdatesPerRequest);
    options.maxInFlight = std::max(options.maxInFlight, 1);
    options.maxAttempts = std::max(options.maxAttempts, 1);
    options.initialBackoffMs = std::max(options.initialBackoffMs, 0);
    options.maxBackoffMs = std::max(options.maxBackoffMs, 0);
    if (options.batchSize != requested.batchSize || options.maxInFlight != requested.maxInFlight ||
        options.maxAttempts != requested.maxAttempts ||
        options.initialBackoffMs != requested.initialBackoffMs ||
        options.maxBackoffMs != requested.maxBackoffMs) {
        qCWarning(lcSender) << "Sender options out of range were clamped: batch size" << requested.batchSize
                            << "->" << options.batchSize << ", in flight" << requested.maxInFlight << "->"
                            << options.maxInFlight << ", attempts" << requested.maxAttempts << "->"
                            << options.maxAttempts << ", backoff" << requested.initialBackoffMs << "->"
                            << options.initialBackoffMs << "ms, max backoff" << requested.maxBackoffMs << "->"
                            << options.maxBackoffMs << "ms";
    }
    return options;
}

} // namespace

Sender::Sender(Store::Outbox &outbox, Net::ApiClient *client, const QString &profileId,
               const SenderOptions &options, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_client(client)
    , m_profileId(profileId)
    , m_options(clamped(options))
{
    m_wakeUpTimer.setSingleShot(true);
    // A stopped sender stays stopped until its owner calls sendPending(), so a wake-up sends nothing then.
    connect(&m_wakeUpTimer, &QTimer::timeout, this, [this] {
        if (!m_stopped)
            sendPending();
    });
    m_deferredWorkTimer.setSingleShot(true);
    connect(&m_deferredWorkTimer, &QTimer::timeout, this, &Sender::runDeferredWork);
}

Sender::~Sender()
{
    stop();
    // Responses that arrived but wait for recordResponses() are stored now, so their updates do
    // not go out again after a restart.
    for (const Response &response : std::exchange(m_unrecorded, {}))
        recordResponse(response.batch, response.result);
}

void Sender::sendPending()
{
    m_stopped = false;
    if (!m_client) {
        setWaitReason(tr("Not signed in: updates wait until a profile is connected."));
        return;
    }
    fillFreeSlots();
    if (!isBusy()) {
        scheduleNextRetry();
        Q_EMIT idle();
    }
}

void Sender::scheduleNextRetry()
{
    // The wake-up timer runs on the monotonic clock and retry times are wall-clock times, so a
    // wake-up can come before an entry is due, such as after the system clock was set back. The
    // earliest later retry is then armed again, so no queued update waits without a timer.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto next = m_outbox.nextAttemptAfter(m_profileId, now);
    if (!next) {
        qCWarning(lcSender) << "Cannot read the outbox:" << m_outbox.errorString();
        Q_EMIT storeFailed(m_outbox.errorString());
        return;
    }
    if (next->isValid())
        scheduleWakeUp(*next);
}

void Sender::fillFreeSlots()
{
    while (m_inFlight.size() < m_options.maxInFlight) {
        if (!sendNextBatch())
            break;
    }
}

void Sender::stop()
{
    m_stopped = true;
    m_wakeUpTimer.stop();
    returnPrepared();
    const QList<Batch> batches = m_inFlight;
    for (const Batch &batch : batches) {
        if (batch.reply)
            batch.reply->abort();
    }
}

bool Sender::sendNextBatch()
{
    Batch batch;
    if (!m_prepared.isEmpty())
        batch = m_prepared.takeFirst();
    else if (!takeBatch(&batch))
        return false;
    startRequest(std::move(batch));
    return true;
}

// Takes the next due entries from the outbox, which marks them Sending, and encodes their request
// body. Returns false when none is due or the outbox failed.
bool Sender::takeBatch(Batch *batch)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto entries = m_outbox.takeDueBatch(m_profileId, m_options.batchSize, now);
    if (!entries) {
        qCWarning(lcSender) << "Cannot read the outbox:" << m_outbox.errorString();
        Q_EMIT storeFailed(m_outbox.errorString());
        return false;
    }
    if (entries->isEmpty())
        return false;

    QList<Core::CredentialUpdate> updates;
    updates.reserve(entries->size());
    for (const Core::OutboxEntry &entry : *entries) {
        updates.append(Core::CredentialUpdate{entry.updateId, entry.username, entry.credentials});
        batch->updateIds.append(entry.updateId);
        batch->attempts.append(entry.attempts);
        batch->cards.append(entry.credentials);
    }
    batch->requestBody = Core::AccessCredentialsJson::encodeRequest(updates);
    Q_EMIT outboxChanged();
    return true;
}

void Sender::startRequest(Batch batch)
{
    batch.reply = m_client->pushCredentials(batch.requestBody, batch.updateIds.size());
    qCInfo(lcSender) << "Sending" << batch.updateIds.size() << "updates in request"
                     << batch.reply->requestId();

    Net::ApiReply *reply = batch.reply;
    m_inFlight.append(std::move(batch));
    connect(reply, &Net::ApiReply::requestSent, this, [this, reply] {
        for (Batch &inFlight : m_inFlight) {
            if (inFlight.reply == reply)
                inFlight.sent = true;
        }
        scheduleDeferredWork();
    });
    connect(reply, &Net::ApiReply::finished, this, [this, reply] { onReplyFinished(reply); });
}

// Fills m_prepared with up to maxInFlight batches, so that the slots a round of responses frees
// get their requests without waiting for the outbox and the JSON encoding.
void Sender::prepareBatches()
{
    while (canPrepareBatch()) {
        Batch batch;
        if (!takeBatch(&batch))
            break;
        m_prepared.append(std::move(batch));
    }
}

bool Sender::canPrepareBatch() const
{
    // A free slot means that nothing was due when it was last filled. A request that is not on the
    // network yet still needs this thread, and taking a batch now would hold it back.
    return !m_stopped && m_client && m_inFlight.size() >= m_options.maxInFlight &&
           m_prepared.size() < m_options.maxInFlight && allRequestsSent();
}

bool Sender::allRequestsSent() const
{
    return std::all_of(m_inFlight.cbegin(), m_inFlight.cend(), [](const Batch &batch) { return batch.sent; });
}

void Sender::returnPrepared()
{
    if (m_prepared.isEmpty())
        return;
    QStringList updateIds;
    for (const Batch &batch : std::exchange(m_prepared, {}))
        updateIds.append(batch.updateIds);
    if (!m_outbox.returnUnsent(updateIds)) {
        qCWarning(lcSender) << "Cannot return unsent updates to the queue:" << m_outbox.errorString();
        Q_EMIT storeFailed(m_outbox.errorString());
        return;
    }
    qCInfo(lcSender) << "Returned" << updateIds.size() << "updates taken ahead to the queue";
    Q_EMIT outboxChanged();
}

void Sender::onReplyFinished(Net::ApiReply *reply)
{
    const auto found = std::find_if(m_inFlight.begin(), m_inFlight.end(),
                                    [reply](const Batch &batch) { return batch.reply == reply; });
    if (found == m_inFlight.end())
        return;
    const Batch batch = *found;
    m_inFlight.erase(found);
    const Net::ApiResult result = reply->result();
    reply->deleteLater();
    if (result.mayHaveReachedServer())
        m_offlineFailures = 0;

    if (result.error == Net::ErrorKind::None) {
        // The next request starts before this response is recorded, see scheduleDeferredWork().
        // Until then the entries of this response stay in Sending, which keeps later entries of
        // the same users out of the next batch.
        m_unrecorded.append(Response{batch, result});
        if (!m_stopped)
            fillFreeSlots();
        scheduleDeferredWork();
        return;
    }
    scheduleDeferredWork();

    bool keepSending = true;
    switch (result.error) {
    case Net::ErrorKind::None:
        break;
    case Net::ErrorKind::Http:
        if (isRetryableStatus(result.httpStatus))
            retryLater(batch, result);
        else
            recordRejection(batch, result);
        break;
    case Net::ErrorKind::Network:
    case Net::ErrorKind::Timeout:
        retryLater(batch, result);
        keepSending = false;
        break;
    case Net::ErrorKind::Cancelled:
        // A request aborted before it left, such as during sign-in, uses up no attempt.
        m_outbox.requeue(batch.updateIds, result.errorText, QDateTime::currentDateTimeUtc(),
                         result.mayHaveReachedServer());
        keepSending = false;
        break;
    case Net::ErrorKind::Auth:
    case Net::ErrorKind::Tls:
        // Neither fixes itself: keep the updates queued and wait for the operator.
        m_outbox.requeue(batch.updateIds, result.errorText, QDateTime::currentDateTimeUtc(),
                         result.mayHaveReachedServer());
        setWaitReason(result.errorText);
        keepSending = false;
        break;
    case Net::ErrorKind::InvalidRequest:
        for (const QString &updateId : batch.updateIds)
            m_outbox.markNeedsAttention(updateId, result.errorText);
        break;
    }
    Q_EMIT outboxChanged();

    // Sending waits, so the batches taken ahead go back to the queue instead of staying in
    // Sending until the wait ends.
    if (!keepSending)
        returnPrepared();
    if (keepSending && !m_stopped)
        sendPending();
    else if (!isBusy())
        Q_EMIT idle();
}

void Sender::scheduleDeferredWork()
{
    // Qt writes a request from the event loop, in several steps on this thread and its network
    // thread, so recording a response or taking a batch right away would hold the new request back
    // for as long as that takes. Both run once every request in flight is on the network. A
    // response is recorded after MaxRecordDelayMs at the latest when a request still waits, such as
    // for a sign-in.
    constexpr int MaxRecordDelayMs = 100;
    if (allRequestsSent()) {
        if (m_unrecorded.isEmpty() && !canPrepareBatch())
            return;
        m_deferredWorkTimer.stop();
        if (!m_deferredWorkQueued) {
            m_deferredWorkQueued = true;
            QMetaObject::invokeMethod(this, &Sender::runDeferredWork, Qt::QueuedConnection);
        }
    } else if (!m_unrecorded.isEmpty() && !m_deferredWorkTimer.isActive()) {
        m_deferredWorkTimer.start(MaxRecordDelayMs);
    }
}

void Sender::runDeferredWork()
{
    m_deferredWorkQueued = false;
    recordResponses();
    prepareBatches();
}

void Sender::recordResponses()
{
    if (m_unrecorded.isEmpty())
        return;
    for (const Response &response : std::exchange(m_unrecorded, {}))
        recordResponse(response.batch, response.result);
    setWaitReason({});
    Q_EMIT outboxChanged();
    if (!m_stopped)
        sendPending();
    else if (!isBusy())
        Q_EMIT idle();
}

void Sender::recordResponse(const Batch &batch, const Net::ApiResult &result)
{
    const auto parse = Core::AccessCredentialsJson::parseResponse(result.body, batch.updateIds, batch.cards);
    if (!parse.error.isEmpty()) {
        qCWarning(lcSender) << "Request" << result.requestId << "returned HTTP" << result.httpStatus
                            << "with a body that cannot be read:" << parse.error;
    }
    if (!m_outbox.recordResults(parse.results, batch.requestBody, result.body, result.httpStatus)) {
        qCWarning(lcSender) << "Cannot store the results of request" << result.requestId << ":"
                            << m_outbox.errorString();
        Q_EMIT storeFailed(m_outbox.errorString());
    }
}

void Sender::recordRejection(const Batch &batch, const Net::ApiResult &result)
{
    // Calven read the request and rejected all of it, so resending it unchanged cannot help.
    const QString message = tr("Calven rejected the request with HTTP %1: %2")
                                .arg(result.httpStatus)
                                .arg(serverMessage(result.body));
    QList<Core::UpdateResult> results;
    for (const QString &updateId : batch.updateIds)
        results.append(Core::UpdateResult{updateId, {}, Core::ResultCode::CardUpdateFailed, message, {}});
    qCWarning(lcSender) << "Request" << result.requestId << "rejected with HTTP" << result.httpStatus;
    if (!m_outbox.recordResults(results, batch.requestBody, result.body, result.httpStatus))
        Q_EMIT storeFailed(m_outbox.errorString());
}

void Sender::retryLater(const Batch &batch, const Net::ApiResult &result)
{
    // A request that never left cannot have been applied, so an offline spell uses up no
    // attempts and the updates wait for as long as the network is down. The delay still grows
    // with each failure in a row, so a long outage does not mean a connection attempt every
    // initialBackoffMs.
    const bool offline = !result.mayHaveReachedServer();
    if (offline)
        m_offlineFailures = std::min(m_offlineFailures + 1, 1000);
    QStringList retry;
    QDateTime nextAttempt;
    bool retryAfterCapped = false;
    for (qsizetype i = 0; i < batch.updateIds.size(); ++i) {
        const QString &updateId = batch.updateIds.at(i);
        const int attempts = batch.attempts.at(i);
        if (!offline && attempts >= m_options.maxAttempts) {
            const QString error =
                tr("Gave up after attempt %1. Last error: %2").arg(attempts).arg(asSentence(result.errorText));
            m_outbox.markNeedsAttention(updateId, error);
            qCWarning(lcSender) << "Update" << updateId << "needs attention after" << attempts << "attempts";
            continue;
        }
        retry.append(updateId);
        const int delay = offline ? backoffMs(m_options, m_offlineFailures)
                                  : retryDelayMs(result, attempts, &retryAfterCapped);
        const QDateTime at = QDateTime::currentDateTimeUtc().addMSecs(delay);
        if (!nextAttempt.isValid() || at > nextAttempt)
            nextAttempt = at;
    }
    if (retry.isEmpty())
        return;

    qCInfo(lcSender) << "Request" << result.requestId << "failed (" << Net::errorKindName(result.error)
                     << result.httpStatus << "); retrying" << retry.size() << "updates at" << nextAttempt;
    if (!m_outbox.requeue(retry, result.errorText, nextAttempt, !offline)) {
        Q_EMIT storeFailed(m_outbox.errorString());
        return;
    }
    const QString time = QLocale().toString(nextAttempt.toLocalTime().time(), QLocale::ShortFormat);
    const auto counts = m_outbox.counts(m_profileId);
    const int waiting = counts ? counts->pending() : int(retry.size());
    QString reason;
    if (offline) {
        reason = tr("Offline, updates waiting: %1. %2 Trying again at %3.")
                     .arg(QString::number(waiting), asSentence(result.errorText), time);
    } else {
        reason = tr("Updates waiting: %1. %2 Retrying at %3.")
                     .arg(QString::number(waiting), asSentence(result.errorText), time);
    }
    if (retryAfterCapped) {
        reason += u' ' + tr("The server asked to wait %1 seconds (Retry-After). CardDesk waits at most %2 "
                            "minutes.")
                             .arg(result.retryAfterSeconds)
                             .arg(MaxRetryAfterMs / 60000);
    }
    setWaitReason(reason);
    scheduleWakeUp(nextAttempt);
}

void Sender::scheduleWakeUp(const QDateTime &atUtc)
{
    if (m_stopped)
        return;
    const qint64 delay = std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(atUtc));
    if (!m_wakeUpTimer.isActive() || m_wakeUpTimer.remainingTime() > delay)
        m_wakeUpTimer.start(int(std::min<qint64>(delay + 50, std::numeric_limits<int>::max())));
}

void Sender::setWaitReason(const QString &reason)
{
    if (reason == m_waitReason)
        return;
    m_waitReason = reason;
    Q_EMIT waitReasonChanged(reason);
}

int Sender::retryDelayMs(const Net::ApiResult &result, int attempt, bool *retryAfterCapped) const
{
    // Calven documents no Retry-After, but when a response carries one, such as from a proxy or a
    // rate limiter in front of Calven, the server's wait replaces the client's own guess, even when
    // it is longer than maxBackoffMs.
    if (result.retryAfterSeconds >= 0) {
        const qint64 requested = qint64(result.retryAfterSeconds) * 1000;
        if (requested > MaxRetryAfterMs) {
            *retryAfterCapped = true;
            return MaxRetryAfterMs;
        }
        return int(requested);
    }
    return backoffMs(m_options, attempt);
}

int Sender::backoffMs(const SenderOptions &options, int failures)
{
    const int exponent = std::clamp(failures - 1, 0, 20);
    const qint64 base = std::min<qint64>(qint64(options.initialBackoffMs) << exponent, options.maxBackoffMs);
    // Up to 25 % jitter either way, so many clients that failed together do not retry together.
    const qint64 jitter = base / 4;
    const qint64 offset = jitter > 0 ? QRandomGenerator::global()->bounded(2 * jitter + 1) - jitter : 0;
    return int(std::max<qint64>(0, base + offset));
}

} // namespace CardDesk::Sync
