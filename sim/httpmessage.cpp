// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpmessage.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace CardDesk::Sim {

HttpResponse jsonResponse(int status, const QJsonDocument &document)
{
    HttpResponse response;
    response.status = status;
    response.contentType = "application/json; charset=utf-8"_ba;
    response.body = document.toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse errorResponse(int status, const QString &message)
{
    const QJsonObject body{
        {u"statusCode"_s, status},
        {u"error"_s, QString::fromLatin1(reasonPhrase(status))},
        {u"message"_s, message},
    };
    return jsonResponse(status, QJsonDocument(body));
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK"_ba;
    case 201:
        return "Created"_ba;
    case 204:
        return "No Content"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 403:
        return "Forbidden"_ba;
    case 404:
        return "Not Found"_ba;
    case 405:
        return "Method Not Allowed"_ba;
    case 408:
        return "Request Timeout"_ba;
    case 413:
        return "Payload Too Large"_ba;
    case 415:
        return "Unsupported Media Type"_ba;
    case 429:
        return "Too Many Requests"_ba;
    case 500:
        return "Internal Server Error"_ba;
    case 502:
        return "Bad Gateway"_ba;
    case 503:
        return "Service Unavailable"_ba;
    case 504:
        return "Gateway Timeout"_ba;
    default:
        return "Unknown Status"_ba;
    }
}

QByteArray httpDate(const QDateTime &time)
{
    // The C locale gives the English day and month names that HTTP requires.
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

bool isJsonContentType(const QByteArray &contentType)
{
    const QByteArray mediaType = contentType.split(';').constFirst().trimmed().toLower();
    return mediaType == "application/json";
}

std::optional<HttpResponse> rejectUnlessJsonContentType(const HttpRequest &request)
{
    const QByteArray contentType = request.header("content-type"_ba);
    if (contentType.isEmpty()) {
        return errorResponse(400,
                             QCoreApplication::translate("CardDesk::Sim::HttpMessage",
                                                         "The Content-Type header is missing. Send "
                                                         "Content-Type: application/json with a JSON body."));
    }
    if (!isJsonContentType(contentType)) {
        return errorResponse(400,
                             QCoreApplication::translate("CardDesk::Sim::HttpMessage",
                                                         "Content-Type \"%1\" is not supported. Send "
                                                         "Content-Type: application/json with a JSON body.")
                                 .arg(QString::fromLatin1(contentType)));
    }
    return std::nullopt;
}

} // namespace CardDesk::Sim
