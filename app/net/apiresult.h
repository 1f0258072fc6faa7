// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace CardDesk::Net {

/// Category of a failed call.
enum class ErrorKind
{
    None,
    Network,        ///< No usable HTTP response: refused, reset, DNS, proxy, refused redirect.
    Timeout,        ///< No complete response within the transfer timeout.
    Http,           ///< An HTTP error status other than an authentication or role failure.
    Auth,           ///< Sign-in failed, a token was rejected twice, or the key lacks the role (401/403).
    Tls,            ///< The TLS handshake failed; never ignored.
    Cancelled,      ///< The caller aborted the call.
    InvalidRequest, ///< The client refused to send it (for example 0 or more than 100 updates).
};

/// Returns a stable lower-case name for logs and the CLI.
QString errorKindName(ErrorKind kind);

/// Whether the request body may have reached the server. A push whose delivery is Unknown must be
/// treated as neither sent nor failed: its outcome has to be found out before it counts either way.
/// NOTE: Qt's HTTP stack (seen with Qt 6.4) itself resends a request, POST included, once when the
/// server closes the connection before responding. One call can therefore deliver the same body
/// twice while ApiResult::attempts says 1. Each update carries the user's complete card set, so
/// applying it twice leaves the same state.
enum class Delivery
{
    NotSent,  ///< Certainly not processed: it failed before any byte of the request left.
    Unknown,  ///< It may have been received and processed; no response says so either way.
    Received, ///< An HTTP response came back, so the server read the request.
};

/// The outcome of one API call.
struct ApiResult
{
    QString requestId; ///< Also sent as the correlationId header and logged with every line.
    QByteArray method;
    QUrl url;
    int httpStatus = 0; ///< 0 when no HTTP response came back.
    QByteArray body;    ///< The raw response body, as received.
    ErrorKind error = ErrorKind::None;
    QString errorText; ///< Translated; names the URL or status and says what to do next.
    Delivery delivery = Delivery::NotSent;
    QStringList tlsErrors; ///< One line per TLS error, with the certificate's subject and fingerprint.
    int attempts = 0;      ///< HTTP requests made for this call (2 after a 401 and a renewal).
    /// Seconds the server asked the client to wait, from a Retry-After header in either the
    /// delta-seconds or the HTTP-date form; -1 when the header is missing or unreadable.
    int retryAfterSeconds = -1;

    bool ok() const { return error == ErrorKind::None; }
    bool mayHaveReachedServer() const { return delivery != Delivery::NotSent; }
};

} // namespace CardDesk::Net
