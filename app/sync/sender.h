// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/credential.h"
#include "net/apiresult.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace CardDesk::Net {
class ApiClient;
class ApiReply;
} // namespace CardDesk::Net

namespace CardDesk::Store {
class Outbox;
} // namespace CardDesk::Store

namespace CardDesk::Sync {

/// Settings of a Sender. The Sender clamps batchSize to 1..100 (Calven accepts at most 100),
/// maxInFlight and maxAttempts to at least 1, and the delays to at least 0.
struct SenderOptions
{
    int batchSize = 100; ///< User updates per request.
    int maxInFlight = 2; ///< Requests sent at the same time.
    /// Attempts that may have reached Calven before an update needs an operator's attention.
    /// Attempts that failed before any byte left (offline) do not count.
    int maxAttempts = 6;
    /// Delay before the first retry. It doubles per counted attempt, and per consecutive offline
    /// failure while no request reaches the server.
    int initialBackoffMs = 2000;
    /// Upper bound on the sender's own retry delay. A Retry-After header may ask for longer.
    int maxBackoffMs = 5 * 60 * 1000;
};

/// Upper bound on the wait a Retry-After header can impose, so that a wrong or hostile value
/// cannot hold the updates for days.
inline constexpr int MaxRetryAfterMs = 60 * 60 * 1000;

/// Sends due outbox entries of one profile to POST /v1/access-credentials and records what came
/// back. Transport failures, timeouts, 5xx and 429 are retried with the same updateId after an
/// exponential backoff with jitter, or after the wait a Retry-After header requests, up to
/// MaxRetryAfterMs. While no request leaves (offline), the delay grows with each consecutive
/// failure, although those failures use up no attempts. A 2xx response that cannot be read records the
/// updates as Unknown, never as confirmed. Runs on the thread that owns the Outbox.
///
/// While every request slot is busy and its request is on the network, the sender takes the next
/// batches from the outbox and encodes them ahead, so a slot that a response frees gets its next
/// request at once. A batch taken ahead is in Sending like one in flight. stop(), the destructor
/// and an error that stops sending return it to the queue with its updateId and without the
/// attempt, because it never left.
/// NOTE: after a kill, Outbox::recoverInterrupted() returns such a batch to the queue with the
/// attempt still counted, as it does for a request that had not left yet.
class Sender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sender)

public:
    Sender(Store::Outbox &outbox, Net::ApiClient *client, const QString &profileId,
           const SenderOptions &options = {}, QObject *parent = nullptr);
    ~Sender() override;

    /// Starts sending every due entry; returns at once. Safe to call while sending.
    void sendPending();
    /// Puts the batches taken ahead back in the queue and aborts the requests in flight. The
    /// entries of those requests stay in the outbox. Nothing more is sent, and no retry is armed,
    /// until sendPending() is called again.
    void stop();

    /// Whether a request is in flight, a batch is taken ahead or a received response is not
    /// stored yet.
    bool isBusy() const { return !m_inFlight.isEmpty() || !m_prepared.isEmpty() || !m_unrecorded.isEmpty(); }
    /// Why entries wait, such as "Offline, updates waiting: 3. <error> Trying again at 14:02.", or
    /// empty while nothing blocks them.
    QString waitReason() const { return m_waitReason; }
    /// Returns the options in effect, after clamping.
    const SenderOptions &options() const { return m_options; }
    /// Returns the delay before retry number failures (1 for the first retry): initialBackoffMs
    /// doubled per earlier failure, at most maxBackoffMs, with up to 25 % jitter either way.
    static int backoffMs(const SenderOptions &options, int failures);

Q_SIGNALS:
    /// Entry states changed in the outbox (sent, recorded, requeued).
    void outboxChanged();
    /// Nothing is in flight and no entry is due now.
    void idle();
    /// The outbox could not be read or written; sending stops until sendPending() is called again.
    void storeFailed(const QString &message);
    void waitReasonChanged(const QString &reason);

private:
    struct Batch
    {
        QPointer<Net::ApiReply> reply; ///< Null while the batch is taken ahead and not yet sent.
        QStringList updateIds;
        QList<int> attempts;
        QList<QList<Core::Credential>> cards; ///< The cards of each update, to match card results.
        QByteArray requestBody;
        bool sent = false; ///< The reply reported requestSent().
    };

    // A 2xx response that recordResponses() stores once the requests in flight are on the network.
    struct Response
    {
        Batch batch;
        Net::ApiResult result;
    };

    void fillFreeSlots();
    bool sendNextBatch();
    bool takeBatch(Batch *batch);
    void startRequest(Batch batch);
    void prepareBatches();
    bool canPrepareBatch() const;
    bool allRequestsSent() const;
    void returnPrepared();
    void onReplyFinished(Net::ApiReply *reply);
    void scheduleDeferredWork();
    void runDeferredWork();
    void recordResponses();
    void recordResponse(const Batch &batch, const Net::ApiResult &result);
    void recordRejection(const Batch &batch, const Net::ApiResult &result);
    void retryLater(const Batch &batch, const Net::ApiResult &result);
    void scheduleNextRetry();
    void scheduleWakeUp(const QDateTime &atUtc);
    void setWaitReason(const QString &reason);
    int retryDelayMs(const Net::ApiResult &result, int attempt, bool *retryAfterCapped) const;

    Store::Outbox &m_outbox;
    QPointer<Net::ApiClient> m_client;
    QString m_profileId;
    SenderOptions m_options;
    QList<Batch> m_inFlight;
    QList<Batch> m_prepared; ///< Taken from the outbox and encoded, oldest first; no request yet.
    QList<Response> m_unrecorded;
    QTimer m_wakeUpTimer;
    QTimer m_deferredWorkTimer;
    bool m_deferredWorkQueued = false;
    QString m_waitReason;
    bool m_stopped = false;
    /// Requests in a row that failed before any byte left. Reset by any request that may have
    /// reached the server.
    int m_offlineFailures = 0;

public:
    /// Whether the most recent failed request never left this computer (offline, DNS, refused
    /// connection), with no request since then that may have reached the server.
    bool lastFailureWasOffline() const { return m_offlineFailures > 0; }
};

} // namespace CardDesk::Sync
