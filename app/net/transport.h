// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/apiresult.h"
#include "net/networkevents.h"
#include "net/profile.h"

#include <QHash>
#include <QObject>
#include <QSslConfiguration>

#include <functional>
#include <optional>

class QAuthenticator;
class QNetworkAccessManager;
class QNetworkProxy;
class QNetworkReply;

namespace CardDesk::Net {

/// Sends every HTTP request of one ApiClient with the same safe defaults, logs it through Redaction,
/// and turns the QNetworkReply into an ApiResult. Defaults on every request: x-calven-region, a
/// correlationId header with the request id, a transfer timeout, redirects only within the same
/// origin, and TLS errors recorded with certificate details and never ignored.
///
/// The profile's network settings apply to its requests only: the CA bundle through a per-request
/// QSslConfiguration, HTTP/2 through Http2AllowedAttribute, and a proxy mode other than System
/// through a QNetworkAccessManager of the Transport's own. A CA bundle that cannot be read fails every
/// request before anything is sent, with an error naming the file.
class Transport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Transport)

public:
    /// Returns the current Unix time in seconds. Replaceable so tests can simulate a wrong PC clock.
    using Clock = std::function<qint64()>;

    static constexpr int DefaultTransferTimeoutMs = 30'000;
    /// Larger differences between the server's Date header and the PC clock raise a warning.
    static constexpr qint64 ClockSkewToleranceSeconds = 60;

    /// networkAccessManager is used for the System proxy mode and is not owned. It must outlive the
    /// Transport.
    Transport(QNetworkAccessManager *networkAccessManager, const Profile &profile, QObject *parent = nullptr);
    ~Transport() override;

    static QString newRequestId();
    QUrl urlFor(const QString &path) const;

    /// Starts one request. authorization is the full header value, or empty for none.
    QNetworkReply *send(const QByteArray &method, const QString &path, const QByteArray &body,
                        const QByteArray &authorization, const QString &requestId, int attempt);

    /// Returns the result of a finished reply. Statuses 401 and 403 come back as ErrorKind::Http;
    /// the caller knows whether they mean a failed sign-in or a missing role. With describeDelivery,
    /// timeout and cancellation texts of a POST state whether it may have been applied; sign-in
    /// requests leave that out because they change nothing on the server.
    ApiResult resultFor(QNetworkReply *reply, ApiResult base, bool abortRequested,
                        bool describeDelivery = true) const;

    void setTransferTimeout(int milliseconds) { m_transferTimeoutMs = milliseconds; }
    int transferTimeout() const { return m_transferTimeoutMs; }

    void setClock(Clock clock) { m_clock = std::move(clock); }
    qint64 nowSeconds() const;
    /// Returns the server's Date from the reply in Unix seconds, or the PC clock when it has none.
    qint64 serverNowSeconds(QNetworkReply *reply) const;
    /// Returns the last measured difference (server minus PC) when it exceeds the tolerance.
    std::optional<qint64> clockSkewSeconds() const { return m_clockSkew; }

    /// Sets the values that must never reach a log line: the secret and encodings of it.
    void setSecretValues(const QList<QByteArray> &values);
    /// Adds a token that must never reach a log line; the most recent few are kept.
    void addTokenValue(const QString &token);
    /// Sets the credentials given to the proxy when it asks for authentication.
    void setProxyCredentials(const QString &userName, const QString &password);

    /// Returns the error that fails every request, such as an unreadable CA bundle, or an empty string.
    QString configurationError() const { return m_configurationError; }
    /// Returns the network access manager the requests go through.
    QNetworkAccessManager *networkAccessManager() const { return m_networkAccessManager; }

Q_SIGNALS:
    /// The server's clock differs from the PC's by more than the tolerance; positive when the PC is
    /// behind. Emitted once per change, not for every response.
    void clockSkewDetected(qint64 seconds);
    /// A request failed its TLS handshake; see ApiClient::tlsErrorsOccurred().
    void tlsErrorsOccurred(const CardDesk::Net::TlsFailure &failure);
    /// The proxy asked for credentials that are missing or were rejected. Queued.
    void proxyCredentialsNeeded(const CardDesk::Net::ProxyCredentialsRequest &request);

private:
    void applyNetworkSettings(QNetworkAccessManager *shared, const NetworkSettings &network);
    void onProxyAuthenticationRequired(const QNetworkProxy &proxy, QAuthenticator *authenticator);
    void recordTlsErrors(QNetworkReply *reply, const QList<QSslError> &errors);
    void reportTlsFailure(QNetworkReply *reply, const QString &requestId);
    void observeFinished(QNetworkReply *reply, const QString &requestId, qint64 elapsedMs);
    void checkClockSkew(QNetworkReply *reply);
    QString scrub(const QString &text) const;

    QNetworkAccessManager *m_networkAccessManager = nullptr;
    QString m_profileId;
    QUrl m_baseUrl;
    QString m_caBundlePath;
    std::optional<QSslConfiguration> m_sslConfiguration; ///< Set when the profile has a CA bundle.
    QString m_configurationError;
    bool m_http2Enabled = true;
    QHash<QNetworkReply *, TlsFailure> m_tlsFailures;
    QByteArray m_region;
    int m_transferTimeoutMs = DefaultTransferTimeoutMs;
    Clock m_clock;
    std::optional<qint64> m_clockSkew;
    std::optional<qint64> m_reportedClockSkew;
    QList<QByteArray> m_secretValues;
    QList<QByteArray> m_tokenValues;
    QString m_proxyUserName;
    QString m_proxyPassword;
    bool m_proxyCredentialsTried = false;
    bool m_proxyRequestPending = false;
};

} // namespace CardDesk::Net
