// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsconfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSslSocket>

#include <atomic>

Q_LOGGING_CATEGORY(lcTlsConfig, "carddesk.net.tlsconfig", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace CardDesk::Net::TlsConfig {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(CardDesk::Net::TlsConfig)
};

// A PEM file larger than this is not a CA bundle; the system bundle of a Linux distribution is
// about 200 KiB.
constexpr qint64 MaxBundleBytes = 16 * 1024 * 1024;

} // namespace

CaBundle loadCaBundle(const QString &path)
{
    CaBundle bundle;
    bundle.path = path;
    const QString displayPath = QFileInfo(path).absoluteFilePath();
    QFile file(path);
    if (!file.exists()) {
        bundle.error = Text::tr("The CA bundle file \"%1\" does not exist. Choose the PEM file your IT "
                                "department provided, or clear the CA bundle in the profile's network "
                                "settings.")
                           .arg(displayPath);
        return bundle;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        bundle.error = Text::tr("The CA bundle file \"%1\" cannot be read (%2). Check its permissions.")
                           .arg(displayPath, file.errorString());
        return bundle;
    }
    if (file.size() > MaxBundleBytes) {
        bundle.error = Text::tr("The CA bundle file \"%1\" is %2 bytes, too large for a CA bundle. Choose "
                                "the PEM file with the proxy's root certificate.")
                           .arg(displayPath)
                           .arg(file.size());
        return bundle;
    }
    const QByteArray content = file.readAll();
    bundle.certificates = QSslCertificate::fromData(content, QSsl::Pem);
    if (bundle.certificates.isEmpty()) {
        const bool looksLikeDer = !content.contains("-----BEGIN");
        bundle.error =
            looksLikeDer ? Text::tr("The CA bundle file \"%1\" contains no PEM certificate. It may be in "
                                    "DER (binary) form; convert it with \"openssl x509 -inform der -in "
                                    "FILE -out FILE.pem\" and choose the .pem file.")
                               .arg(displayPath)
                         : Text::tr("The CA bundle file \"%1\" contains no readable certificate. Check that "
                                    "it holds \"-----BEGIN CERTIFICATE-----\" blocks.")
                               .arg(displayPath);
        return bundle;
    }
    qCInfo(lcTlsConfig).noquote() << "CA bundle" << displayPath << "contains" << bundle.certificates.size()
                                  << "certificate(s)";
    return bundle;
}

QSslConfiguration configurationWith(const QList<QSslCertificate> &extraCaCertificates)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (extraCaCertificates.isEmpty())
        return configuration;
    // Setting the CA list turns off the on-demand loading of system roots, so the system CAs are
    // included explicitly.
    configuration.setCaCertificates(QSslConfiguration::systemCaCertificates() + extraCaCertificates);
    return configuration;
}

QString backendDescription()
{
    if (!QSslSocket::supportsSsl())
        return u"none (this Qt build cannot make TLS connections)"_s;
    return QString(QSslSocket::activeBackend() + u" ("_s + QSslSocket::sslLibraryVersionString() + u')');
}

void logBackendOnce()
{
    static std::atomic_bool logged = false;
    if (logged.exchange(true))
        return;
    qCInfo(lcTlsConfig).noquote() << "TLS backend:" << backendDescription() << "; built against"
                                  << QSslSocket::sslLibraryBuildVersionString();
}

} // namespace CardDesk::Net::TlsConfig
