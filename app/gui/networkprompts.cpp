// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkprompts.h"

#include "net/apiclient.h"
#include "net/secretstore.h"
#include "profileeditor.h"
#include "tlsfailure.h"
#include "ui/certificatedialog.h"
#include "ui/proxyauthdialog.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QMessageBox>

Q_LOGGING_CATEGORY(lcNetworkPrompts, "carddesk.gui.networkprompts", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace CardDesk::Gui {

namespace {

QString proxyAddress(const QString &host, quint16 port)
{
    return u"%1:%2"_s.arg(host.trimmed().toLower()).arg(port);
}

} // namespace

NetworkPrompts::NetworkPrompts(QWidget *window, Net::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_secrets(secrets)
{}

NetworkPrompts::~NetworkPrompts() = default;

Ui::CertificateDialog *NetworkPrompts::certificateDialog() const
{
    return m_certificateDialog;
}

Ui::ProxyAuthDialog *NetworkPrompts::proxyDialog() const
{
    return m_proxyDialog;
}

void NetworkPrompts::watch(Net::ApiClient *client, const QString &profileName, QWidget *dialogParent,
                           bool alwaysShowTls)
{
    const Net::ProxySettings &proxy = client->profile().network.proxy;
    const auto known = m_proxyCredentials.constFind(proxyAddress(proxy.host, proxy.port));
    if (proxy.mode == Net::ProxyMode::Explicit && known != m_proxyCredentials.constEnd())
        client->setProxyCredentials(known->first, known->second);

    const QPointer<QWidget> parent(dialogParent);
    connect(client, &Net::ApiClient::tlsErrorsOccurred, this,
            [this, profileName, parent, alwaysShowTls](const Net::TlsFailure &failure) {
                const QByteArray leaf =
                    failure.peerCertificateChain.isEmpty()
                        ? QByteArray()
                        : failure.peerCertificateChain.first().digest(QCryptographicHash::Sha256);
                const QString seen = failure.profileId + u'/' + QString::fromLatin1(leaf.toHex());
                if (!alwaysShowTls && m_shownCertificates.contains(seen))
                    return;
                m_shownCertificates.insert(seen);
                showTlsFailure(failure, profileName, parent ? parent.data() : m_window.data());
            });
    connect(client, &Net::ApiClient::proxyCredentialsNeeded, this,
            [this, client, parent](const Net::ProxyCredentialsRequest &request) {
                askProxyCredentials(client, request, parent ? parent.data() : m_window.data());
            });
}

void NetworkPrompts::showTlsFailure(const Net::TlsFailure &failure, const QString &profileName,
                                    QWidget *parent)
{
    qCWarning(lcNetworkPrompts) << "showing the untrusted certificate of" << failure.url.host()
                                << "for request" << failure.requestId;
    if (m_certificateDialog) {
        // One dialog at a time, because the open one already explains the same kind of failure.
        m_certificateDialog->raise();
        return;
    }
    m_certificateDialog = new Ui::CertificateDialog(parent);
    m_certificateDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_certificateDialog->setWindowModality(Qt::WindowModal);
    m_certificateDialog->setFailure(
        tlsFailureEntry(failure.url, profileName, failure.errors, failure.peerCertificateChain));
    connect(m_certificateDialog, &Ui::CertificateDialog::addCaBundleRequested, this,
            [this, profileId = failure.profileId] { emit addCaBundleRequested(profileId); });
    m_certificateDialog->open();
}

void NetworkPrompts::askProxyCredentials(Net::ApiClient *client, const Net::ProxyCredentialsRequest &request,
                                         QWidget *parent)
{
    if (m_proxyDialog)
        return;
    qCInfo(lcNetworkPrompts) << "proxy" << request.proxyHost << request.proxyPort << "requests credentials"
                             << (request.previousRejected ? "again" : "");
    m_proxyDialog = new Ui::ProxyAuthDialog(parent);
    m_proxyDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_proxyDialog->setWindowModality(Qt::WindowModal);
    m_proxyDialog->setRequest(proxyAddress(request.proxyHost, request.proxyPort), {}, request.userName);
    m_proxyDialog->setPreviousAttemptFailed(request.previousRejected);
    const QPointer<Net::ApiClient> target(client);
    const QPointer<Ui::ProxyAuthDialog> dialog(m_proxyDialog);
    connect(m_proxyDialog, &QDialog::accepted, this, [this, target, dialog, request] {
        if (!dialog)
            return;
        const QString user = dialog->user();
        const QString password = dialog->password();
        m_proxyCredentials.insert(proxyAddress(request.proxyHost, request.proxyPort), {user, password});
        if (target)
            target->setProxyCredentials(user, password);
        if (dialog->rememberPassword())
            storeProxyPassword(request, user, password);
        emit proxyCredentialsAnswered(request.profileId);
    });
    m_proxyDialog->open();
}

void NetworkPrompts::storeProxyPassword(const Net::ProxyCredentialsRequest &request, const QString &user,
                                        const QString &password)
{
    Net::ProxySettings proxy;
    proxy.mode = Net::ProxyMode::Explicit;
    proxy.host = request.proxyHost;
    proxy.port = request.proxyPort;
    proxy.userName = user;
    const Net::SecretKey key = Net::SecretKey::forProxy(proxy);
    m_secrets->write(key, password, this, [this, request, user](const Net::SecretResult &result) {
        if (!result.ok()) {
            qCWarning(lcNetworkPrompts)
                << "storing the proxy password failed:" << Net::secretStatusName(result.status);
            QMessageBox::warning(m_window, tr("Keychain"),
                                 tr("The proxy password was used but not stored, so CardDesk will ask for it "
                                    "again next time. %1")
                                     .arg(result.message.isEmpty()
                                              ? tr("The system keychain gave no reason.")
                                              : result.message));
            return;
        }
        emit proxyPasswordStored(request.profileId, user);
    });
}

} // namespace CardDesk::Gui
