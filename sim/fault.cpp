// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fault.h"

using namespace Qt::StringLiterals;

namespace CardDesk::Sim {

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
    }
    if (handleRequestFirst && kind != Kind::Delay)
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
