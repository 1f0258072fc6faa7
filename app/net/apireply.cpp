// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apireply.h"

#include "net/errortext.h"

#include <QMetaObject>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace CardDesk::Net {

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return u"none"_s;
    case ErrorKind::Network:
        return u"network"_s;
    case ErrorKind::Timeout:
        return u"timeout"_s;
    case ErrorKind::Http:
        return u"http"_s;
    case ErrorKind::Auth:
        return u"auth"_s;
    case ErrorKind::Tls:
        return u"tls"_s;
    case ErrorKind::Cancelled:
        return u"cancelled"_s;
    case ErrorKind::InvalidRequest:
        return u"invalid-request"_s;
    }
    return u"none"_s;
}

ApiReply::ApiReply(const QString &requestId, Request request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{
    m_result.requestId = requestId;
    m_result.method = m_request.method;
}

ApiReply::~ApiReply()
{
    // A reply deleted while its request runs aborts the request, because no caller could read the
    // response. Disconnecting first keeps the abort from calling back into this half-destroyed object.
    if (m_networkReply) {
        m_networkReply->disconnect(this);
        m_networkReply->abort();
        m_networkReply->deleteLater();
    }
}

void ApiReply::abort()
{
    if (m_finished)
        return;
    m_abortRequested = true;
    if (m_networkReply) {
        // The network reply finishes at once, and its handler in ApiClient records the cancellation.
        m_networkReply->abort();
        return;
    }
    ApiResult result = m_result;
    result.error = ErrorKind::Cancelled;
    result.delivery = Delivery::NotSent;
    result.errorText = ErrorText::cancelled(result.method, result.url, Delivery::NotSent);
    finish(std::move(result));
}

void ApiReply::finish(ApiResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = std::move(result);
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT finished(); }, Qt::QueuedConnection);
}

} // namespace CardDesk::Net
