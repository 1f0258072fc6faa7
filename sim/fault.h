// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace CardDesk::Sim {

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
    };

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
