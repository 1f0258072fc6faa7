// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fault.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace CardDesk::Sim {

namespace {

QString describeSelection(const Fault::UpdateSelection &selection)
{
    QString text =
        selection.every == 1 ? u"every update"_s : u"one update in every %1"_s.arg(selection.every);
    if (selection.limit >= 0)
        text += u", at most %1"_s.arg(selection.limit);
    return text;
}

} // namespace

Fault Fault::statusCode(int status, const QByteArray &body, const QByteArray &contentType)
{
    Fault fault;
    fault.kind = Kind::Status;
    fault.status = status;
    fault.body = body;
    fault.contentType = body.isEmpty() ? QByteArray() : contentType;
    return fault;
}

Fault Fault::tooManyRequests(int retryAfterSeconds)
{
    Fault fault = statusCode(429, R"({"statusCode":429,"message":"Too many requests"})"_ba);
    fault.headers.append({"Retry-After"_ba, QByteArray::number(retryAfterSeconds)});
    return fault;
}

Fault Fault::htmlPage(int status)
{
    const QByteArray page = "<!DOCTYPE html>\n<html><head><title>"_ba + QByteArray::number(status) +
                            " Error</title></head>\n<body><h1>"_ba + QByteArray::number(status) +
                            " Error</h1><p>The upstream server did not respond.</p></body></html>\n"_ba;
    return statusCode(status, page, "text/html; charset=utf-8"_ba);
}

Fault Fault::malformedJson()
{
    return statusCode(200, R"([{"updateId": "truncated", "result": "O)"_ba,
                      "application/json; charset=utf-8"_ba);
}

Fault Fault::hang()
{
    Fault fault;
    fault.kind = Kind::Hang;
    return fault;
}

Fault Fault::reset()
{
    Fault fault;
    fault.kind = Kind::Reset;
    return fault;
}

Fault Fault::delay(int milliseconds)
{
    Fault fault;
    fault.kind = Kind::Delay;
    fault.delayMs = milliseconds;
    fault.handleRequestFirst = true;
    return fault;
}

Fault Fault::redirect(const QByteArray &location, int status)
{
    Fault fault = statusCode(status, {}, {});
    fault.headers.append({"Location"_ba, location});
    return fault;
}

Fault Fault::redirectToSecondary(int status)
{
    Fault fault;
    fault.kind = Kind::RedirectToSecondary;
    fault.status = status;
    return fault;
}

Fault Fault::resultsMissing(UpdateSelection selection)
{
    Fault fault;
    fault.kind = Kind::ResultsMissing;
    fault.selection = selection;
    fault.handleRequestFirst = true;
    return fault;
}

Fault Fault::unknownResult(const QString &value, UpdateSelection selection)
{
    Fault fault;
    fault.kind = Kind::UnknownResult;
    fault.resultValue = value;
    fault.selection = selection;
    fault.handleRequestFirst = true;
    return fault;
}

Fault Fault::resetMidResponse(qsizetype bodyBytes)
{
    Fault fault;
    fault.kind = Kind::ResetMidResponse;
    fault.bodyBytesBeforeReset = bodyBytes;
    fault.handleRequestFirst = true;
    return fault;
}

bool UpdateSelection::selects(qsizetype index) const
{
    if (every < 1)
        return false;
    const qsizetype position = index + 1;
    if (position % every != 0)
        return false;
    return limit < 0 || position / every <= limit;
}

HttpResponse Fault::rewriteResults(const HttpResponse &response) const
{
    if ((kind != Kind::ResultsMissing && kind != Kind::UnknownResult) || response.status < 200 ||
        response.status > 299) {
        return response;
    }
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    if (!document.isArray() && !document.isObject())
        return response;
    // A single-object response carries the result of the first update only.
    const QJsonArray results = document.isArray() ? document.array() : QJsonArray{document.object()};
    QJsonArray rewritten;
    for (qsizetype i = 0; i < results.size(); ++i) {
        QJsonValue value = results.at(i);
        if (selection.selects(i)) {
            if (kind == Kind::ResultsMissing)
                continue;
            QJsonObject object = value.toObject();
            object.insert(u"result"_s, resultValue);
            value = object;
        }
        rewritten.append(value);
    }
    HttpResponse copy = response;
    if (document.isObject() && !rewritten.isEmpty())
        copy.body = QJsonDocument(rewritten.first().toObject()).toJson(QJsonDocument::Compact);
    else
        copy.body = QJsonDocument(rewritten).toJson(QJsonDocument::Compact);
    return copy;
}

Fault Fault::afterHandling() const
{
    Fault copy = *this;
    copy.handleRequestFirst = true;
    return copy;
}

QString Fault::describe() const
{
    QString text;
    switch (kind) {
    case Kind::Status:
        text = u"status %1"_s.arg(status);
        break;
    case Kind::Hang:
        text = u"hang"_s;
        break;
    case Kind::Reset:
        text = u"reset"_s;
        break;
    case Kind::Delay:
        text = u"delay %1 ms"_s.arg(delayMs);
        break;
    case Kind::RedirectToSecondary:
        text = u"redirect %1 to the second listener"_s.arg(status);
        break;
    case Kind::ResultsMissing:
        text = u"results missing for %1"_s.arg(describeSelection(selection));
        break;
    case Kind::UnknownResult:
        text = u"result %1 for %2"_s.arg(resultValue, describeSelection(selection));
        break;
    case Kind::ResetMidResponse:
        text = bodyBytesBeforeReset < 0 ? u"reset after half the response body"_s
                                        : u"reset after %1 response body bytes"_s.arg(bodyBytesBeforeReset);
        break;
    }
    // These kinds always handle the request first, which their description already implies.
    const bool alwaysHandles = kind == Kind::Delay || kind == Kind::ResultsMissing ||
                               kind == Kind::UnknownResult || kind == Kind::ResetMidResponse;
    if (handleRequestFirst && !alwaysHandles)
        text += u" after handling"_s;
    return text;
}

void FaultQueue::add(const QString &path, const Fault &fault, int count)
{
    QList<Fault> &queue = m_pending[path];
    for (int i = 0; i < count; ++i)
        queue.append(fault);
}

std::optional<Fault> FaultQueue::takeNext(const QString &path)
{
    auto found = m_pending.find(path);
    if (found == m_pending.end() || found->isEmpty())
        return std::nullopt;
    Fault fault = found->takeFirst();
    if (found->isEmpty())
        m_pending.erase(found);
    return fault;
}

int FaultQueue::pendingCount(const QString &path) const
{
    return int(m_pending.value(path).size());
}

void FaultQueue::clear()
{
    m_pending.clear();
}

} // namespace CardDesk::Sim
