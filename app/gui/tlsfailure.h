// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/certificatedialog.h"

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

namespace CardDesk::Gui {

/// Returns the subject, issuer, validity and SHA-256 fingerprint of a certificate as text.
Ui::CertificateEntry certificateEntry(const QSslCertificate &certificate);

/// Returns what the certificate dialog shows for a failed handshake with url: each distinct error in
/// Qt's words, and the chain as the server sent it (server certificate first). A certificate that an
/// error names but the chain lacks is added at the end.
Ui::TlsFailureEntry tlsFailureEntry(const QUrl &url, const QString &profileName,
                                    const QList<QSslError> &errors, const QList<QSslCertificate> &chain);

} // namespace CardDesk::Gui
