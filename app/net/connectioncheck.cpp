// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectioncheck.h"

#include "core/directoryjson.h"
#include "net/apiclient.h"
#include "net/errortext.h"
#include "net/redaction.h"
#include "net/tokensession.h"

#include <QLoggingCategory>
#include <QMetaObject>

Q_LOGGING_CATEGORY(lcConnectionCheck, "carddesk.net.connectioncheck", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace CardDesk::Net {

namespace {

// Names the key for people: "key", "write key" or "read key", followed by its id.
QString keyLabel(const KeyCheckResult &key)
{
    if (key.uses.size() > 1)
        return ConnectionCheck::tr("key \"%1\"").arg(key.keyId);
    return key.uses.value(0) == KeyUse::Read ? ConnectionCheck::tr("read key \"%1\"").arg(key.keyId)
                                             : ConnectionCheck::tr("write key \"%1\"").arg(key.keyId);
}

QString readRoleMissing(const KeyCheckResult &key, bool separateKeys)
{
    const QString advice =
        separateKeys ? ConnectionCheck::tr("Ask Calven support (support@calven.com) for a key with "
                                           "the \"Data Warehouse\" role and enter it as the read key.")
                     : ConnectionCheck::tr("Ask Calven support (support@calven.com) for an \"All "
                                           "permissions\" key, or for a \"Data Warehouse\" key to add "
                                           "as a separate read key.");
    return ConnectionCheck::tr(
               "Sign-in worked with %1, but it may not read the directory (HTTP 403): reading "
               "users and locations needs the %2 role. A \"Submitting Events\" key can send "
               "card updates but cannot read. %3")
        .arg(keyLabel(key), ErrorText::rolesFor(KeyUse::Read), advice);
}

} // namespace

ConnectionCheck::ConnectionCheck(ApiClient *client)
    : QObject(client)
    , m_client(client)
{}

void ConnectionCheck::start()
{
    qCInfo(lcConnectionCheck) << "checking the connection of profile" << m_client->profile().id;
    m_pendingUses = m_client->profile().distinctKeyUses();
    checkNextKey();
}

void ConnectionCheck::checkNextKey()
{
    if (m_pendingUses.isEmpty()) {
        finish();
        return;
    }
    const Profile &profile = m_client->profile();
    const KeyUse use = m_pendingUses.takeFirst();
    m_current = KeyCheckResult{};
    m_current.uses = profile.readKey ? QList<KeyUse>{use} : QList<KeyUse>{KeyUse::Write, KeyUse::Read};
    m_current.keyId = profile.keyFor(use).keyId;
    m_current.authMode = profile.keyFor(use).authMode;

    TokenSession *session = m_client->sessionFor(use);
    if (!session) {
        if (m_current.uses.contains(KeyUse::Read)) {
            readLocations();
            return;
        }
        finishKey(
            KeyCheckResult::Status::NotApplicable,
            tr("The %1 uses Basic authentication, which cannot send card updates.").arg(keyLabel(m_current)),
            {});
        return;
    }
    // An explicit check always signs in again, even after an earlier rejection.
    session->retrySignIn();
    session->renewNow(this, [this](const TokenOutcome &outcome) { onSignedIn(outcome); });
}

void ConnectionCheck::onSignedIn(const TokenOutcome &outcome)
{
    if (!outcome.ok()) {
        finishKey(KeyCheckResult::Status::Failed, outcome.result.errorText, outcome.result);
        return;
    }
    m_current.signedIn = true;
    if (m_current.uses.contains(KeyUse::Read)) {
        readLocations();
        return;
    }
    finishKey(KeyCheckResult::Status::Passed,
              tr("The %1 (%2) signed in at %3. Sending card updates needs the %4 role. Calven has no request "
                 "that confirms that role without sending an update, so the first update will show it.")
                  .arg(keyLabel(m_current), authModeLabel(m_current.authMode),
                       Redaction::redactUrl(m_client->profile().baseUrl).toDisplayString(),
                       ErrorText::rolesFor(KeyUse::Write)),
              outcome.result);
}

void ConnectionCheck::readLocations()
{
    ApiReply *reply = m_client->fetchLocations();
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        onLocationsRead(reply->result());
    });
}

void ConnectionCheck::onLocationsRead(const ApiResult &result)
{
    const Profile &profile = m_client->profile();
    const bool basic = m_current.authMode == AuthMode::Basic;
    if (result.httpStatus == 403) {
        finishKey(KeyCheckResult::Status::Failed, readRoleMissing(m_current, profile.hasSeparateReadKey()),
                  result);
        return;
    }
    if (!result.ok()) {
        const QString prefix =
            basic ? tr("Reading locations with the %1 failed.").arg(keyLabel(m_current))
                  : tr("Sign-in worked with the %1, but reading locations failed.").arg(keyLabel(m_current));
        finishKey(KeyCheckResult::Status::Failed, QString(prefix + u' ' + result.errorText), result);
        return;
    }
    const Core::DirectoryJson::LocationsParse parsed = Core::DirectoryJson::parseLocations(result.body);
    if (!parsed.ok()) {
        finishKey(KeyCheckResult::Status::Failed,
                  tr("%1 answered, but not with a list of locations (%2). Check the base URL in the profile.")
                      .arg(Redaction::redactUrl(result.url).toDisplayString(), parsed.error),
                  result);
        return;
    }
    m_current.readChecked = true;
    m_current.locationCount = int(parsed.locations.size());
    m_locationCount = m_current.locationCount;
    QString text =
        tr("Connected to %1 with %2 (%3) and read %n location(s).", nullptr, m_current.locationCount)
            .arg(Redaction::redactUrl(profile.baseUrl).toDisplayString(), keyLabel(m_current),
                 authModeLabel(m_current.authMode));
    if (m_current.uses.contains(KeyUse::Write)) {
        text += u' ';
        text += basic ? tr("A Basic key cannot send card updates; use an HMAC token or client secret key "
                           "with the %1 role for that.")
                            .arg(ErrorText::rolesFor(KeyUse::Write))
                      : tr("Sending card updates needs the %1 role, which this check cannot confirm without "
                           "sending an update.")
                            .arg(ErrorText::rolesFor(KeyUse::Write));
    }
    finishKey(KeyCheckResult::Status::Passed, text, result);
}

void ConnectionCheck::finishKey(KeyCheckResult::Status status, const QString &summary,
                                const ApiResult &result)
{
    m_current.status = status;
    m_current.summary = summary;
    m_current.result = result;
    qCInfo(lcConnectionCheck).noquote() << "profile" << m_client->profile().id << "key" << m_current.keyId
                                        << (m_current.ok() ? "passed" : "failed") << "request"
                                        << result.requestId << "HTTP" << result.httpStatus;
    m_keyResults.append(m_current);
    checkNextKey();
}

void ConnectionCheck::finish()
{
    m_finished = true;
    m_ok = true;
    QStringList summaries;
    for (const KeyCheckResult &key : std::as_const(m_keyResults)) {
        summaries.append(key.summary);
        if (!key.ok() && m_ok) {
            m_ok = false;
            m_result = key.result;
        }
    }
    if (m_ok && !m_keyResults.isEmpty())
        m_result = m_keyResults.constLast().result;
    m_summary = summaries.join(u'\n');
    qCInfo(lcConnectionCheck).noquote()
        << "profile" << m_client->profile().id << "connection check" << (m_ok ? "passed" : "failed");
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT finished(); }, Qt::QueuedConnection);
}

} // namespace CardDesk::Net
