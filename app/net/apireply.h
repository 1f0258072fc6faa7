// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/apiresult.h"
#include "net/profile.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <utility>

class QNetworkReply;

namespace CardDesk::Net {

class ApiClient;

/// One pending API call. The ApiClient that made it is its parent; call deleteLater() once
/// finished() has been handled, or leave it to the client. finished() is emitted exactly once, always
/// from the event loop (never from inside the call that created the reply or from abort()).
class ApiReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiReply)

public:
    ~ApiReply() override;

    QString requestId() const { return m_result.requestId; }
    bool isFinished() const { return m_finished; }
    /// The request body as sent, such as the JSON of a card update batch.
    QByteArray requestBody() const { return m_request.body; }
    /// Returns the outcome; complete only once isFinished() is true.
    const ApiResult &result() const { return m_result; }
    /// Moves the outcome out and leaves an empty one, so a large body can go to another thread
    /// without staying shared with this reply.
    ApiResult takeResult() { return std::exchange(m_result, ApiResult{}); }

    /// Cancels the call. If no byte has left yet, the result is Cancelled with Delivery::NotSent;
    /// otherwise Cancelled with Delivery::Unknown, because the server may already have the body.
    void abort();

Q_SIGNALS:
    /// Qt handed the whole request, body included, to the network. It may come more than once
    /// (after a 401 the request is sent again) or never (when it fails before sending).
    void requestSent();
    /// Bytes of the response body received so far; total is -1 when the response has no
    /// Content-Length. After a 401 the retried request reports from 0 again.
    void downloadProgress(qint64 received, qint64 total);
    void finished();

private:
    friend class ApiClient;

    // The request as ApiClient sends it, kept for the one retry after a 401.
    struct Request
    {
        QByteArray method;
        QString path;      ///< Bearer path, such as /v1/analytics/users.
        QString basicPath; ///< The /basic variant, or empty when there is none.
        QByteArray body;
        KeyUse use = KeyUse::Read;
        QString action; ///< Translated phrase for messages, such as "reading users".
    };

    ApiReply(const QString &requestId, Request request, QObject *parent);

    void finish(ApiResult result);

    Request m_request;
    ApiResult m_result;
    QPointer<QNetworkReply> m_networkReply;
    QString m_tokenUsed;
    bool m_abortRequested = false;
    bool m_finished = false;
};

} // namespace CardDesk::Net
