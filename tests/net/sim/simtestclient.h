// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

namespace CardDesk::Sim::Testing {

/// What came back for one request.
struct TestReply
{
    bool finished = false; ///< False when the reply did not finish within the wait.
    int status = 0;        ///< HTTP status, 0 when no response arrived.
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; ///< Lower-case names.

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QString message() const;
};

/// A plain QNetworkAccessManager client for loopback tests of the simulator. It computes
/// Calven's HMAC and Basic values itself, so the tests do not depend on the simulator's code.
class TestClient
{
public:
    explicit TestClient(const QUrl &baseUrl);

    TestReply get(const QString &path, const QByteArray &authorization = {}, int waitMs = 10000);
    TestReply post(const QString &path, const QByteArray &body, const QByteArray &authorization = {},
                   const QByteArray &contentType = "application/json", int waitMs = 10000);

    /// Sends hand-written request bytes over a new connection, for requests QNetworkAccessManager
    /// cannot make, such as a POST without Content-Type.
    TestReply sendRaw(const QByteArray &requestBytes, int waitMs = 10000);

    /// Signs in with HMAC at the given Unix time and returns the token, or an empty string.
    QString hmacToken(const QString &apiKey, const QString &secret, qint64 timestamp);
    /// Signs in with HMAC at the current time and returns the token, or an empty string.
    QString hmacToken(const QString &apiKey, const QString &secret);

    static QByteArray hmacBody(const QString &apiKey, const QString &secret, qint64 timestamp);
    static QByteArray bearer(const QString &token);
    static QByteArray basic(const QString &keyId, const QString &secret);

private:
    TestReply send(QNetworkReply *reply, int waitMs);

    QUrl m_baseUrl;
    QNetworkAccessManager m_manager;
};

} // namespace CardDesk::Sim::Testing
