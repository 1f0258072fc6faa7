// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsfailure.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace CardDesk::Gui {

Ui::CertificateEntry certificateEntry(const QSslCertificate &certificate)
{
    Ui::CertificateEntry entry;
    entry.subject = certificate.subjectDisplayName();
    entry.issuer = certificate.issuerDisplayName();
    entry.validFrom = certificate.effectiveDate();
    entry.validUntil = certificate.expiryDate();
    entry.sha256Fingerprint =
        QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    return entry;
}

Ui::TlsFailureEntry tlsFailureEntry(const QUrl &url, const QString &profileName,
                                    const QList<QSslError> &errors, const QList<QSslCertificate> &chain)
{
    Ui::TlsFailureEntry failure;
    failure.host = url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
    failure.profileName = profileName;
    for (const QSslError &error : errors) {
        if (!failure.errors.contains(error.errorString()))
            failure.errors.append(error.errorString());
    }
    QList<QSslCertificate> certificates = chain;
    // Some errors name a certificate the chain lacks, for example when the server sent none.
    for (const QSslError &error : errors) {
        if (!error.certificate().isNull() && !certificates.contains(error.certificate()))
            certificates.append(error.certificate());
    }
    for (const QSslCertificate &certificate : std::as_const(certificates))
        failure.chain.append(certificateEntry(certificate));
    return failure;
}

} // namespace CardDesk::Gui
