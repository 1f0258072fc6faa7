// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiontester.h"

#include "net/apiclient.h"
#include "net/connectioncheck.h"
#include "net/errortext.h"
#include "net/secretstore.h"
#include "profileeditor.h"
#include "profilemapping.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcConnectionTester, "carddesk.gui.connectiontester", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace CardDesk::Gui {

namespace {

using Item = Ui::ConnectionCheckItem;

} // namespace

ConnectionTester::ConnectionTester(QNetworkAccessManager *network, Net::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_secrets(secrets)
{}

ConnectionTester::~ConnectionTester() = default;

QString ConnectionTester::keyTitle(const Net::Profile &profile, Ui::KeySlot slot)
{
    const Net::ApiKeyConfig &key = profile.keyFor(keyUseOf(slot));
    if (!hasSeparateKeys(profile))
        return tr("API key %1 (%2)").arg(key.keyId, Net::authModeLabel(key.authMode));
    return slot == Ui::KeySlot::Write
               ? tr("Write key %1 (%2)").arg(key.keyId, Net::authModeLabel(key.authMode))
               : tr("Read key %1 (%2)").arg(key.keyId, Net::authModeLabel(key.authMode));
}

void ConnectionTester::start(const Net::Profile &profile, const Ui::ProfileSecrets &typedSecrets)
{
    auto pending = std::make_shared<Pending>();
    pending->profile = profile;
    const QList<Ui::KeySlot> keySlots = keySlotsOf(profile);
    pending->remaining = int(keySlots.size());
    for (const Ui::KeySlot slot : keySlots) {
        const QString typed = slot == Ui::KeySlot::Write ? typedSecrets.write : typedSecrets.read;
        if (!typed.isEmpty()) {
            collect(pending, slot, typed, {});
            continue;
        }
        const Net::SecretKey key = Net::SecretKey::forProfile(profile, keyUseOf(slot));
        m_secrets->read(key, this, [this, pending, slot, key](const Net::SecretResult &result) {
            if (result.ok())
                collect(pending, slot, result.secret, {});
            else if (result.status == Net::SecretStatus::NotFound)
                collect(pending, slot, {}, tr("Enter the secret of key %1 to test it.").arg(key.keyId));
            else
                collect(pending, slot, {}, keychainErrorText(result.message, key.keyId));
        });
    }
}

void ConnectionTester::collect(const std::shared_ptr<Pending> &pending, Ui::KeySlot slot,
                               const QString &secret, const QString &problem)
{
    if (problem.isEmpty()) {
        (slot == Ui::KeySlot::Write ? pending->secrets.write : pending->secrets.read) = secret;
        pending->available.append(slot);
    } else {
        emit keyFinished(
            {slot, keyTitle(pending->profile, slot), {{Item::State::NotChecked, tr("Not tested")}}, problem});
    }
    if (--pending->remaining > 0)
        return;
    if (pending->available.isEmpty()) {
        emit finished();
        return;
    }
    run(*pending);
}

void ConnectionTester::run(const Pending &pending)
{
    Net::Profile tested = pending.profile;
    Net::ProfileSecrets secrets = pending.secrets;
    if (pending.available.size() == 1 && hasSeparateKeys(tested)) {
        // Only one of the two keys has a secret, so only that key is tested.
        const Ui::KeySlot slot = pending.available.first();
        tested.key = tested.keyFor(keyUseOf(slot));
        tested.readKey.reset();
        secrets.write = slot == Ui::KeySlot::Write ? secrets.write : secrets.read;
        secrets.read.clear();
    }
    m_client = std::make_unique<Net::ApiClient>(m_network, tested, secrets);
    emit clientStarted(m_client.get());
    Net::ConnectionCheck *check = m_client->checkConnection();
    const Net::Profile shown = pending.profile;
    connect(check, &Net::ConnectionCheck::finished, this, [this, check, shown] {
        for (const Net::KeyCheckResult &key : check->keyResults()) {
            const Ui::KeyTestResult result = resultOf(key, shown);
            qCInfo(lcConnectionTester)
                << "connection test of key" << key.keyId << (key.ok() ? "passed" : "failed");
            emit keyFinished(result);
        }
        emit finished();
    });
}

Ui::KeyTestResult ConnectionTester::resultOf(const Net::KeyCheckResult &check, const Net::Profile &profile)
{
    using Status = Net::KeyCheckResult::Status;
    const bool writes = check.uses.contains(Net::KeyUse::Write);
    const bool reads = check.uses.contains(Net::KeyUse::Read);
    const Ui::KeySlot slot = writes ? Ui::KeySlot::Write : Ui::KeySlot::Read;
    Ui::KeyTestResult result{slot, keyTitle(profile, slot), {}, {}};

    const Net::ErrorKind error = check.result.error;
    const bool unreachable =
        error == Net::ErrorKind::Tls || error == Net::ErrorKind::Network || error == Net::ErrorKind::Timeout;
    const bool basic = check.authMode == Net::AuthMode::Basic;
    if (unreachable)
        result.items.append({Item::State::Failed, tr("Calven not reached")});
    else if (basic)
        result.items.append({Item::State::NotChecked, tr("Basic authentication needs no sign-in")});
    else if (check.signedIn)
        result.items.append({Item::State::Passed, tr("Signed in")});
    else
        result.items.append({Item::State::Failed, tr("Sign-in failed")});

    const bool canTryRead = !unreachable && (basic || check.signedIn);
    if (reads && check.readChecked)
        result.items.append({Item::State::Passed,
                             tr("Can read the directory (%n location(s))", nullptr, check.locationCount)});
    else if (reads && canTryRead)
        result.items.append({Item::State::Failed, tr("Cannot read the directory")});
    else if (reads)
        result.items.append({Item::State::NotChecked, tr("Reading the directory not checked")});

    if (writes && basic)
        result.items.append(
            {Item::State::Failed, tr("Cannot send card updates: Basic authentication only reads")});
    else if (writes && check.signedIn)
        // The check sends no card update, so the write role stays unconfirmed.
        result.items.append({Item::State::NotChecked,
                             tr("Can submit credentials if the key has the %1 role; not checked without "
                                "sending an update")
                                 .arg(Net::ErrorText::rolesFor(Net::KeyUse::Write))});
    else if (writes)
        result.items.append({Item::State::NotChecked, tr("Sending card updates not checked")});

    if (check.status != Status::Passed)
        result.explanation = check.summary;
    return result;
}

} // namespace CardDesk::Gui
