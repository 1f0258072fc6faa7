// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainsecretstore.h"

#include "net/secretserviceprobe.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

Q_LOGGING_CATEGORY(lcKeychain, "carddesk.net.keychain", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace CardDesk::Net {

namespace {

class KeychainText
{
    Q_DECLARE_TR_FUNCTIONS(CardDesk::Net::KeychainSecretStore)
};

// State one operation shares between the job's finished signal and the timeout timer. Whichever
// comes first reports; the other finds reported set and does nothing.
struct PendingOperation
{
    QString account;
    QString operationName;
    SecretCallback callback;
    bool reported = false;

    void report(const SecretResult &result)
    {
        if (reported)
            return;
        reported = true;
        qCInfo(lcKeychain).noquote() << operationName << account << "->" << secretStatusName(result.status);
        callback(result);
    }
};

QString noKeychainMessage(const QString &detail)
{
    return KeychainText::tr("No keychain service is available (%1). CardDesk keeps API secrets only in the "
                            "system keychain. On Linux, start a Secret Service such as GNOME Keyring or "
                            "KWallet and sign in again.")
        .arg(detail);
}

QString deniedMessage(const QString &account, const QString &detail)
{
    return KeychainText::tr("The keychain denied access to the secret \"%1\" (%2). Unlock the keychain or "
                            "allow CardDesk access, then try again.")
        .arg(account, detail);
}

QString failedMessage(const QString &account, const QString &detail)
{
    return KeychainText::tr("The keychain reported an error for the secret \"%1\": %2").arg(account, detail);
}

// Maps the errors whose meaning is clear without asking D-Bus. Returns nullopt for the generic ones.
std::optional<SecretResult> mapClearError(QKeychain::Job *job, bool isRead, bool isRemove,
                                          const QString &account)
{
    switch (job->error()) {
    case QKeychain::NoError:
        return SecretResult{SecretStatus::Ok, {}, {}};
    case QKeychain::EntryNotFound:
        if (isRemove)
            return SecretResult{SecretStatus::Ok, {}, {}};
        if (isRead)
            return SecretResult{SecretStatus::NotFound, {}, {}};
        return SecretResult{SecretStatus::Failed, {}, failedMessage(account, job->errorString())};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretResult{SecretStatus::Denied, {}, deniedMessage(account, job->errorString())};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretResult{SecretStatus::NoKeychain, {}, noKeychainMessage(job->errorString())};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return std::nullopt;
}

// Reports Failed for a key without base URL or key id. Returns true when it did.
bool rejectInvalidKey(const SecretKey &key, QObject *context, SecretCallback &callback)
{
    if (key.isValid())
        return false;
    postSecretResult(context, std::move(callback),
                     {SecretStatus::Failed,
                      {},
                      KeychainText::tr("The profile has no valid base URL or key id, so CardDesk cannot look "
                                       "up its secret. Complete the profile and try again.")});
    return true;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service)
    : m_service(service)
{}

void KeychainSecretStore::read(const SecretKey &key, QObject *context, SecretCallback callback)
{
    if (rejectInvalidKey(key, context, callback))
        return;
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    start(job, Operation::Read, key, context, std::move(callback));
}

void KeychainSecretStore::write(const SecretKey &key, const QString &secret, QObject *context,
                                SecretCallback callback)
{
    if (rejectInvalidKey(key, context, callback))
        return;
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(secret);
    start(job, Operation::Write, key, context, std::move(callback));
}

void KeychainSecretStore::remove(const SecretKey &key, QObject *context, SecretCallback callback)
{
    if (rejectInvalidKey(key, context, callback))
        return;
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    start(job, Operation::Remove, key, context, std::move(callback));
}

void KeychainSecretStore::start(QKeychain::Job *job, Operation operation, const SecretKey &key,
                                QObject *context, SecretCallback callback)
{
    Q_ASSERT(context);
    const QString account = key.account();
    job->setKey(account);
    job->setInsecureFallback(false);
    // The job has no parent and deletes itself after finished, even when the store, the context or
    // the timeout are long gone.
    job->setAutoDelete(true);

    auto pending = std::make_shared<PendingOperation>();
    pending->account = account;
    pending->operationName = operation == Operation::Read    ? u"read"_s
                             : operation == Operation::Write ? u"write"_s
                                                             : u"remove"_s;
    pending->callback = std::move(callback);

    const bool isRead = operation == Operation::Read;
    const bool isRemove = operation == Operation::Remove;
    // Qt drops this connection when context is destroyed, so the handler may use context freely.
    QObject::connect(
        job, &QKeychain::Job::finished, context,
        [pending, isRead, isRemove, context](QKeychain::Job *finished) {
            std::optional<SecretResult> result = mapClearError(finished, isRead, isRemove, pending->account);
            if (result) {
                if (result->ok() && isRead)
                    result->secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                pending->report(*result);
                return;
            }
            const QString detail = finished->errorString();
            qCInfo(lcKeychain).noquote() << pending->operationName << pending->account
                                         << "failed, checking for a Secret Service:" << detail;
            probeSecretService(context, [pending, detail](bool reachable) {
                if (reachable)
                    pending->report({SecretStatus::Failed, {}, failedMessage(pending->account, detail)});
                else
                    pending->report({SecretStatus::NoKeychain, {}, noKeychainMessage(detail)});
            });
        });

    const auto timeout = m_timeout;
    QTimer::singleShot(timeout, context, [pending, timeout] {
        if (pending->reported)
            return;
        qCWarning(lcKeychain).noquote() << pending->operationName << pending->account << "timed out after"
                                        << timeout.count() << "ms; the job keeps running";
        pending->report({SecretStatus::TimedOut,
                         {},
                         KeychainText::tr("The keychain did not answer within %1 seconds. If it shows an "
                                          "unlock prompt, answer it and try again.")
                             .arg(double(timeout.count()) / 1000.0)});
    });

    qCDebug(lcKeychain).noquote() << pending->operationName << account << "started";
    job->start();
}

} // namespace CardDesk::Net
