// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/networkevents.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class QWidget;

namespace CardDesk::Net {
class ApiClient;
class SecretStore;
} // namespace CardDesk::Net

namespace CardDesk::Ui {
class CertificateDialog;
class ProxyAuthDialog;
} // namespace CardDesk::Ui

namespace CardDesk::Gui {

/// Handles the API client's signals that need a person: an untrusted certificate opens the
/// certificate dialog, and a proxy's request for credentials opens the proxy sign-in dialog, whose
/// answer goes back to the client and, when the person asks, its password to the keychain. Both
/// dialogs are window-modal and open without a nested event loop; while one is open, further
/// requests of the same kind wait for it instead of opening a second one. Proxy credentials typed
/// once are kept in memory for the session and handed to every later client of the same proxy.
class NetworkPrompts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkPrompts)

public:
    NetworkPrompts(QWidget *window, Net::SecretStore *secrets, QObject *parent = nullptr);
    ~NetworkPrompts() override;

    /// Handles client's TLS and proxy signals until it is destroyed. profileName labels the dialogs.
    /// With alwaysShowTls the certificate dialog opens for every failure, as after "Test connection";
    /// otherwise once per profile and server certificate, so background retries do not repeat it.
    void watch(Net::ApiClient *client, const QString &profileName, QWidget *dialogParent,
               bool alwaysShowTls = false);

    void showTlsFailure(const Net::TlsFailure &failure, const QString &profileName, QWidget *parent);
    void askProxyCredentials(Net::ApiClient *client, const Net::ProxyCredentialsRequest &request,
                             QWidget *parent);

    Ui::CertificateDialog *certificateDialog() const;
    Ui::ProxyAuthDialog *proxyDialog() const;

Q_SIGNALS:
    /// The person chose "Add a CA bundle to this profile…" in the certificate dialog.
    void addCaBundleRequested(const QString &profileId);
    /// The proxy password of userName was stored in the keychain for the profile.
    void proxyPasswordStored(const QString &profileId, const QString &userName);
    /// The proxy credentials were handed to the client; failed requests can be sent again.
    void proxyCredentialsAnswered(const QString &profileId);

private:
    void storeProxyPassword(const Net::ProxyCredentialsRequest &request, const QString &user,
                            const QString &password);

    QPointer<QWidget> m_window;
    Net::SecretStore *m_secrets;
    QPointer<Ui::CertificateDialog> m_certificateDialog;
    QPointer<Ui::ProxyAuthDialog> m_proxyDialog;
    QSet<QString> m_shownCertificates;
    /// User name and password per proxy "host:port", in memory only.
    QHash<QString, std::pair<QString, QString>> m_proxyCredentials;
};

} // namespace CardDesk::Gui
