// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <optional>
#include <utility>

namespace CardDesk::Sim {

/// One HTTP request, copied out of QHttpServerRequest so handlers can keep it after Qt's own
/// object is destroyed.
struct HttpRequest
{
    quint64 id = 0;    ///< Arrival number, counted from 1 per server.
    QByteArray method; ///< Upper case, such as "GET" or "POST".
    QString path;      ///< Decoded path without query, with any trailing slash removed.
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; ///< Lower-case names. Repeated headers are joined by ", ".
    QByteArray body;
    QHostAddress remoteAddress; ///< The client's address.

    /// Returns the value of a header, looked up by its lower-case name.
    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
};

/// One HTTP response. Content-Length and Date are added when it is written.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
};

/// Returns a response with a compact JSON body.
HttpResponse jsonResponse(int status, const QJsonDocument &document);

/// Returns an error response. Calven does not document its error body, so the simulator sends
/// {"statusCode": N, "error": reason phrase, "message": text}, and clients must not rely on it.
HttpResponse errorResponse(int status, const QString &message);

/// Returns the standard reason phrase for a status code, or "Unknown Status".
QByteArray reasonPhrase(int status);

/// Formats a time as an HTTP date (RFC 9110 IMF-fixdate), such as "Sun, 06 Nov 1994 08:49:37 GMT".
QByteArray httpDate(const QDateTime &time);

/// Returns true when the Content-Type value names application/json, with or without parameters.
bool isJsonContentType(const QByteArray &contentType);

/// Returns a 400 response unless the request declares a JSON body with Content-Type.
std::optional<HttpResponse> rejectUnlessJsonContentType(const HttpRequest &request);

} // namespace CardDesk::Sim
