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

ConnectionCheck::ConnectionCheck(ApiClient *client)
    : QObject(client)
    , m_client(client)
{}

void ConnectionCheck::start()
{
    qCInfo(lcConnectionCheck) << "checking the connection of profile" << m_client->profile().id;
    TokenSession *session = m_client->sessionFor(KeyUse::Read);
    if (!session) {
        readLocations();
        return;
    }
    // An explicit check always signs in again, even after an earlier rejection.
    session->retrySignIn();
    session->renewNow(this, [this](const TokenOutcome &outcome) { onSignedIn(outcome); });
}

void ConnectionCheck::onSignedIn(const TokenOutcome &outcome)
{
    if (!outcome.ok()) {
        finish(false, outcome.result.errorText, outcome.result);
        return;
    }
    readLocations();
}

void ConnectionCheck::readLocations()
{
    ApiReply *reply = m_client->fetchLocations();
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        const ApiResult &result = reply->result();
        const Profile &profile = m_client->profile();
        const bool basic = profile.key.authMode == AuthMode::Basic;
        if (!result.ok()) {
            const QString prefix =
                basic ? tr("Reading locations failed.") : tr("Sign-in worked, but reading locations failed.");
            finish(false, QString(prefix + u' ' + result.errorText), result);
            return;
        }
        const Core::DirectoryJson::LocationsParse parsed = Core::DirectoryJson::parseLocations(result.body);
        if (!parsed.ok()) {
            finish(
                false,
                tr("%1 answered, but not with a list of locations (%2). Check the base URL in the profile.")
                    .arg(Redaction::redactUrl(result.url).toDisplayString(), parsed.error),
                result);
            return;
        }
        m_locationCount = int(parsed.locations.size());
        finish(true,
               tr("Connected to %1 with key \"%2\" (%3) and read %n location(s). Sending card updates "
                  "needs the %4 role, which this check cannot confirm without sending an update.",
                  nullptr, m_locationCount)
                   .arg(Redaction::redactUrl(profile.baseUrl).toDisplayString(), profile.key.keyId,
                        authModeLabel(profile.key.authMode), ErrorText::rolesFor(KeyUse::Write)),
               result);
    });
}

void ConnectionCheck::finish(bool ok, const QString &summary, const ApiResult &result)
{
    m_finished = true;
    m_ok = ok;
    m_summary = summary;
    m_result = result;
    qCInfo(lcConnectionCheck).noquote() << "profile" << m_client->profile().id << "connection check"
                                        << (ok ? "passed" : "failed") << "request" << result.requestId;
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT finished(); }, Qt::QueuedConnection);
}

} // namespace CardDesk::Net
