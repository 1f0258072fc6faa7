// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QDialog>
#include <QStringList>

class QLabel;
class QListWidget;
class QTreeWidget;

namespace CardDesk::Ui {

/// One certificate of a server's chain, as text.
struct CertificateEntry
{
    QString subject;
    QString issuer;
    QDateTime validFrom;
    QDateTime validUntil;
    QString sha256Fingerprint; ///< Colon-separated upper-case hex.
};

/// A request that failed because the server's certificate is not trusted.
struct TlsFailureEntry
{
    QString host;
    QString profileName;
    QStringList errors;            ///< The TLS errors in words, such as "The certificate is self-signed".
    QList<CertificateEntry> chain; ///< Server certificate first.
};

/// Shows why CardDesk did not trust a server's certificate: the errors in words and the chain with
/// subject, issuer, validity and SHA-256 fingerprint. It offers only Close and "Add a CA bundle to
/// this profile…", which emits addCaBundleRequested(); there is deliberately no way to ignore the
/// errors.
class CertificateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateDialog)

public:
    explicit CertificateDialog(QWidget *parent = nullptr);
    ~CertificateDialog() override;

    void setFailure(const TlsFailureEntry &failure);
    /// Returns the details shown for the selected certificate, for tests and copying.
    QString detailsText() const;

signals:
    void addCaBundleRequested();

private:
    void showCertificate(int index);

    TlsFailureEntry m_failure;
    QLabel *m_heading = nullptr;
    QListWidget *m_errors = nullptr;
    QTreeWidget *m_chain = nullptr;
    QLabel *m_subject = nullptr;
    QLabel *m_issuer = nullptr;
    QLabel *m_validity = nullptr;
    QLabel *m_fingerprint = nullptr;
};

} // namespace CardDesk::Ui
