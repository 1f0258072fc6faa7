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
    return slot == Ui::KeySlot::Write ? tr("Write key %1 (%2)").arg(key.keyId, Net::authModeLabel(key.authMode))
                                      : tr("Read key %1 (%2)").arg(key.keyId, Net::authModeLabel(key.authMode));
}

void ConnectionTester::start(const Net::Profile &profile, const Ui::ProfileSecrets &typedSecrets)
{
    const QList<Ui::KeySlot> keySlots = keySlotsOf(profile);
    m_pending = int(keySlots.size());
    for (const Ui::KeySlot slot : keySlots) {
        const QString typed = slot == Ui::KeySlot::Write ? typedSecrets.write : typedSecrets.read;
        if (!typed.isEmpty()) {
            testKey(profile, slot, typed);
            continue;
        }
        const Net::SecretKey key = Net::SecretKey::forProfile(profile, keyUseOf(slot));
        m_secrets->read(key, this, [this, profile, slot, key](const Net::SecretResult &result) {
            if (result.ok()) {
                testKey(profile, slot, result.secret);
                return;
            }
            const QString explanation = result.status == Net::SecretStatus::NotFound
                                            ? tr("Enter the secret of key %1 to test it.").arg(key.keyId)
                                            : keychainErrorText(result.message, key.keyId);
            report({slot, keyTitle(profile, slot), {{Item::State::NotChecked, tr("Not tested")}}, explanation});
        });
    }
}

Net::Profile ConnectionTester::singleKeyProfile(const Net::Profile &profile, Ui::KeySlot slot)
{
    Net::Profile single = profile;
    single.key = profile.keyFor(keyUseOf(slot));
    single.readKey.reset();
    return single;
}

void ConnectionTester::testKey(const Net::Profile &profile, Ui::KeySlot slot, const QString &secret)
{
    // Each key signs in on its own client, so one key's failure cannot hide the other's result.
    const Net::Profile single = singleKeyProfile(profile, slot);
    auto client = std::make_unique<Net::ApiClient>(m_network, single, Net::ProfileSecrets{secret, {}, {}});
    emit clientStarted(client.get());
    Net::ConnectionCheck *check = client->checkConnection();
    m_clients.push_back(std::move(client));
    const bool separate = hasSeparateKeys(profile);
    const QString title = keyTitle(profile, slot);
    connect(check, &Net::ConnectionCheck::finished, this, [this, check, slot, title, separate, single] {
        report(resultOf(*check, single, slot, separate, title));
    });
}

Ui::KeyTestResult ConnectionTester::resultOf(const Net::ConnectionCheck &check, const Net::Profile &single,
                                             Ui::KeySlot slot, bool separate, const QString &title)
{
    Ui::KeyTestResult result{slot, title, {}, {}};
    const Net::ApiResult &last = check.result();
    const bool basic = single.key.authMode == Net::AuthMode::Basic;
    const bool unreachable = last.error == Net::ErrorKind::Tls || last.error == Net::ErrorKind::Network ||
                             last.error == Net::ErrorKind::Timeout;
    const bool signInFailed = !check.ok() && !unreachable && last.url.path().contains(u"/v1/auth"_s);
    const QString roles = Net::ErrorText::rolesFor(Net::KeyUse::Write);

    if (unreachable)
        result.items.append({Item::State::Failed, tr("Calven not reached")});
    else if (basic)
        result.items.append({Item::State::NotChecked, tr("Basic authentication needs no sign-in")});
    else if (signInFailed)
        result.items.append({Item::State::Failed, tr("Sign-in failed")});
    else
        result.items.append({Item::State::Passed, tr("Signed in")});

    const bool reached = !unreachable && !signInFailed && last.httpStatus != 0;
    if (check.ok())
        result.items.append({Item::State::Passed, tr("Can read the directory (%n location(s))", nullptr,
                                                     check.locationCount())});
    else if (reached && last.httpStatus == 403 && separate && slot == Ui::KeySlot::Write)
        result.items.append({Item::State::NotChecked, tr("Cannot read the directory, which the read key does")});
    else if (reached)
        result.items.append({Item::State::Failed, tr("Cannot read the directory")});
    else
        result.items.append({Item::State::NotChecked, tr("Reading the directory not checked")});

    if (basic)
        result.items.append({Item::State::Failed, tr("Cannot send card updates: Basic authentication only reads")});
    else if (!separate || slot == Ui::KeySlot::Write)
        // NOTE: the check sends no card update, so the write role stays unconfirmed.
        result.items.append({Item::State::NotChecked,
                             tr("Sending card updates not checked: it needs the %1 role").arg(roles)});

    const bool writeKeyWithoutReadRole = reached && last.httpStatus == 403 && separate && slot == Ui::KeySlot::Write;
    if (!check.ok() && !writeKeyWithoutReadRole)
        result.explanation = check.summary();
    return result;
}

void ConnectionTester::report(const Ui::KeyTestResult &result)
{
    qCInfo(lcConnectionTester) << "connection test of" << result.title << "finished";
    emit keyFinished(result);
    if (--m_pending == 0)
        emit finished();
}

} // namespace CardDesk::Gui
