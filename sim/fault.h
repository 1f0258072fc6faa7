// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/httpmessage.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace CardDesk::Sim {

/// The updates of a batch that a result fault affects: positions every, 2 * every, 3 * every and
/// so on in request order, counted from 1, and at most limit of them (no limit when negative).
/// For example, every 1 selects all updates, and every 1 with limit 2 selects the first two.
struct UpdateSelection
{
    int every = 1;
    int limit = -1;

    /// Returns true when the update at zero-based position index is selected.
    bool selects(qsizetype index) const;
    friend bool operator==(const UpdateSelection &, const UpdateSelection &) = default;
};

/// A misbehaviour the simulator applies to one request instead of, or after, handling it.
struct Fault
{
    enum class Kind
    {
        Status, ///< Respond with the given status, headers and body.
        Hang,   ///< Keep the connection open and never respond.
        Reset,  ///< Close the connection with a TCP reset.
        Delay,  ///< Respond normally after delayMs milliseconds.
        /// Redirect with the given status to the same path and query on the secondary listener,
        /// another origin. Without a secondary listener the response is 500.
        RedirectToSecondary,
        /// Handle the request, then leave the results of the selected updates out of the
        /// POST /v1/access-credentials response.
        ResultsMissing,
        /// Handle the request, then replace the result value of the selected updates in the
        /// POST /v1/access-credentials response with resultValue.
        UnknownResult,
        /// Handle the request, send the status line, the headers and the first bodyBytesBeforeReset
        /// bytes of the response, then close the connection with a TCP reset.
        ResetMidResponse,
    };

    using UpdateSelection = Sim::UpdateSelection;

    Kind kind = Kind::Status;
    int status = 500;
    QByteArray contentType;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    int delayMs = 0;
    /// When true the request is first handled as usual, so its changes take effect on the
    /// server, and only the response is replaced. This is the "server did it, client never heard"
    /// case. Delay faults always handle the request.
    bool handleRequestFirst = false;
    /// The updates whose results ResultsMissing drops or UnknownResult changes.
    UpdateSelection selection;
    /// The result value UnknownResult writes, such as "CARD_QUARANTINED".
    QString resultValue;
    /// Body bytes ResetMidResponse sends before the reset. A negative value sends half the body.
    qsizetype bodyBytesBeforeReset = -1;

    /// Returns a fault that responds with a status and a body.
    static Fault statusCode(int status, const QByteArray &body = {},
                            const QByteArray &contentType = QByteArrayLiteral("application/json"));
    /// Returns a 429 fault with a Retry-After header in seconds.
    static Fault tooManyRequests(int retryAfterSeconds);
    /// Returns a fault that responds with an HTML error page, as a proxy or load balancer would.
    static Fault htmlPage(int status = 502);
    /// Returns a fault that responds 200 with a body that is not valid JSON.
    static Fault malformedJson();
    static Fault hang();
    static Fault reset();
    static Fault delay(int milliseconds);
    /// Returns a redirect (301, 302, 303, 307 or 308) to an absolute URL.
    static Fault redirect(const QByteArray &location, int status = 307);
    /// Returns a redirect to the same path on the secondary listener.
    static Fault redirectToSecondary(int status = 307);
    /// Returns a fault that stores the updates as usual and leaves the results of the selected ones
    /// out of the response, so the client cannot tell whether they were applied.
    static Fault resultsMissing(UpdateSelection selection);
    /// Returns a fault that stores the updates as usual and reports the selected ones with a result
    /// value Calven does not document, such as "CARD_QUARANTINED". Card results stay as they were.
    static Fault unknownResult(const QString &value, UpdateSelection selection = {});
    /// Returns a fault that handles the request and breaks the connection with a TCP reset after
    /// the headers and bodyBytes bytes of the body (half the body when negative).
    static Fault resetMidResponse(qsizetype bodyBytes = -1);

    /// Rewrites a POST /v1/access-credentials response for ResultsMissing and UnknownResult.
    /// Other kinds, and a response that is not a 2xx JSON array or object, are returned unchanged.
    HttpResponse rewriteResults(const HttpResponse &response) const;

    /// Returns a copy that applies after the request has been handled.
    Fault afterHandling() const;
    /// Returns a short name for logs and the request record, such as "status 503" or "hang".
    QString describe() const;
};

/// Faults waiting per path. Each request to a path takes the next fault queued for it.
class FaultQueue
{
public:
    void add(const QString &path, const Fault &fault, int count = 1);
    std::optional<Fault> takeNext(const QString &path);
    int pendingCount(const QString &path) const;
    void clear();

private:
    QHash<QString, QList<Fault>> m_pending;
};

} // namespace CardDesk::Sim
