// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QUrl>

namespace CardDesk::Net {

/// A TLS handshake that was rejected because the server's certificate is not trusted, expired, for
/// another host, or similar. The request was not sent. CardDesk never ignores these errors: the way
/// to trust a certificate authority is a CA bundle file in the profile's network settings.
struct TlsFailure
{
    QString profileId;
    QString requestId;
    QUrl url;
    /// The peer certificate chain as the server sent it, leaf first. Empty when the handshake failed
    /// before the server sent a certificate.
    QList<QSslCertificate> peerCertificateChain;
    QList<QSslError> errors;
    /// The profile's CA bundle file, or empty when only the system CAs were used.
    QString caBundlePath;
    /// Translated text with each error, the certificate subject, issuer and SHA-256 fingerprint.
    QString message;
};

/// A proxy asked for credentials that CardDesk does not have, or rejected the ones it sent. The request
/// failed with ErrorKind::Network and Delivery::NotSent. Answer with ApiClient::setProxyCredentials()
/// and retry the request; Sender retries on its own.
struct ProxyCredentialsRequest
{
    QString profileId;
    QString proxyHost;
    quint16 proxyPort = 0;
    QString userName;              ///< From the profile, or empty when it has none.
    bool previousRejected = false; ///< Credentials were sent and the proxy rejected them.
};

} // namespace CardDesk::Net

Q_DECLARE_METATYPE(CardDesk::Net::TlsFailure)
Q_DECLARE_METATYPE(CardDesk::Net::ProxyCredentialsRequest)
