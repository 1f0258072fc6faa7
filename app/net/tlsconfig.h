// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

/// TLS settings of a profile: the optional CA bundle and the TLS backend in use.
namespace CardDesk::Net::TlsConfig {

/// The certificates of a PEM CA bundle file, or the reason it cannot be used.
struct CaBundle
{
    QString path;
    QList<QSslCertificate> certificates;
    QString error; ///< Translated; names the file and what to do. Empty when certificates were read.

    bool ok() const { return error.isEmpty(); }
};

/// Reads a PEM file with one or more CA certificates. Reports a file that is missing, unreadable, not
/// PEM, or without any certificate as an error naming the file.
CaBundle loadCaBundle(const QString &path);

/// Returns the default TLS configuration with the system CAs plus the bundle's certificates, so the
/// bundle adds trust for this configuration only and never replaces the system CAs.
QSslConfiguration configurationWith(const QList<QSslCertificate> &extraCaCertificates);

/// Returns the TLS backend and library in use, such as "openssl (OpenSSL 3.0.11 19 Sep 2023)", or a
/// note that this Qt build has no TLS support.
QString backendDescription();

/// Logs backendDescription() the first time it is called in the process and does nothing afterwards.
void logBackendOnce();

} // namespace CardDesk::Net::TlsConfig
