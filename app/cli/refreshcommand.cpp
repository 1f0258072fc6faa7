// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "refreshcommand.h"

#include "exitcode.h"
#include "output.h"
#include "presentation.h"

#include "net/apiclient.h"
#include "sync/workspace.h"

#include <QJsonArray>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace CardDesk::Cli {

namespace {

// Text output names at most this many users per kind of change, while JSON output lists all of them.
constexpr qsizetype MaxListedChanges = 10;
// Bytes of a failed response's body that an error message quotes.
constexpr qint64 MaxBodyStart = 80;

QJsonObject changeSetJson(const Store::ChangeSet &changes, int count)
{
    return QJsonObject{
        {u"count"_s, count},
        {u"added"_s, QJsonArray::fromStringList(changes.added)},
        {u"changed"_s, QJsonArray::fromStringList(changes.changed)},
        {u"removed"_s, QJsonArray::fromStringList(changes.removed)},
    };
}

QHash<QString, Core::DirectoryUser> usersById(const QList<Core::DirectoryUser> &users)
{
    QHash<QString, Core::DirectoryUser> byId;
    for (const Core::DirectoryUser &user : users)
        byId.insert(user.userId, user);
    return byId;
}

} // namespace

RefreshCommand::RefreshCommand(const CommandContext &context, QNetworkAccessManager *networkAccessManager,
                               const std::optional<QString> &secret, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_networkAccessManager(networkAccessManager)
    , m_secret(secret)
{}

void RefreshCommand::start()
{
    int exitCode = ExitSuccess;
    const auto profile = requireProfile(m_context, &exitCode);
    if (!profile) {
        Q_EMIT finished(exitCode);
        return;
    }
    if (!m_secret || m_secret->isEmpty()) {
        m_context.output.error(
            tr("The API secret is missing: users refresh signs in to Calven with the secret "
               "from the environment variable %1, which is not set or empty. Set it and run "
               "the command again.")
                .arg(SecretVariable));
        Q_EMIT finished(ExitNetwork);
        return;
    }
    const Sync::DirectorySnapshot before = m_context.workspace.loadDirectoryNow();
    if (!before.error.isEmpty()) {
        m_context.output.error(before.error);
        Q_EMIT finished(ExitLocalData);
        return;
    }
    m_usersBefore = usersById(before.users);

    Sync::Workspace &workspace = m_context.workspace;
    workspace.setAutoSend(false);
    workspace.connectProfile(m_networkAccessManager, *profile, *m_secret);
    workspace.client()->setTransferTimeout(m_context.invocation.global.timeoutSeconds * 1000);
    connect(&workspace, &Sync::Workspace::signInNeeded, this,
            [this](const QString &message) { m_signInError = message; });
    connect(&workspace, &Sync::Workspace::directoryRefreshProgress, this,
            [this](qint64 received, qint64 total) {
                const QLocale locale;
                m_context.output.progress(
                    total > 0 ? tr("Downloading users: %1 of %2")
                                    .arg(locale.formattedDataSize(received), locale.formattedDataSize(total))
                              : tr("Downloading users and locations..."));
            });
    // The refresh outcome carries only a message, so the recorded responses separate a failed
    // HTTP response (exit code 6) from a request that got none (exit code 4).
    connect(m_networkAccessManager, &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (reply->url().path().contains(u"/auth"_s))
            return;
        if (!status.isValid()) {
            // No HTTP response: the request failed on the network or timed out.
            m_unanswered = true;
            return;
        }
        Response response;
        response.path = reply->url().path();
        response.httpStatus = status.toInt();
        // peek() leaves the body for the ApiClient, which reads it after this signal.
        response.bodyStart = reply->peek(MaxBodyStart);
        const QByteArray trimmed = response.bodyStart.trimmed();
        response.looksLikeJson =
            reply->header(QNetworkRequest::ContentTypeHeader).toString().contains(u"json"_s) &&
            (trimmed.startsWith('[') || trimmed.startsWith('{'));
        m_responses.append(response);
    });
    connect(&workspace, &Sync::Workspace::directoryRefreshed, this, &RefreshCommand::onRefreshed);
    workspace.refreshDirectory();
}

void RefreshCommand::onRefreshed(const Sync::RefreshOutcome &outcome)
{
    if (!outcome.ok) {
        m_context.output.error(outcome.error);
        // The failed response is the first with an error status or a body that is not JSON. When
        // every response looks right, outcome.error describes what was wrong with the content,
        // and naming one of the responses would point at a request that did nothing wrong.
        std::optional<Response> failed;
        for (const Response &response : std::as_const(m_responses)) {
            if (response.httpStatus >= 300 || !response.looksLikeJson) {
                failed = response;
                break;
            }
        }
        if (m_signInError.isEmpty() && failed) {
            const QString body = QString::fromUtf8(failed->bodyStart).simplified();
            m_context.output.error(
                tr("Calven answered, but the refresh failed: GET %1 returned HTTP status %2 "
                   "with a body that begins \"%3\". The cached directory was not changed.")
                    .arg(failed->path)
                    .arg(failed->httpStatus)
                    .arg(body));
            m_context.output.setField(u"httpStatus"_s, failed->httpStatus);
            Q_EMIT finished(ExitServerResponse);
            return;
        }
        // NOTE: RefreshOutcome carries only a message, so a failure to store the downloaded directory
        // after good responses also ends with ExitServerResponse.
        if (m_signInError.isEmpty() && !m_unanswered && !m_responses.isEmpty()) {
            Q_EMIT finished(ExitServerResponse);
            return;
        }
        Q_EMIT finished(ExitNetwork);
        return;
    }
    reportChanges(outcome);
    Q_EMIT finished(ExitSuccess);
}

void RefreshCommand::reportChanges(const Sync::RefreshOutcome &outcome)
{
    const Store::DirectoryChanges &changes = outcome.changes;
    m_context.output.line(
        // The URL is inserted last, so a "%" in it is never taken for a placeholder.
        tr("Refreshed the user directory from %9: %1 users (%2 added, %3 changed, %4 removed) "
           "and %5 locations (%6 added, %7 changed, %8 removed).")
            .arg(outcome.userCount)
            .arg(changes.users.added.size())
            .arg(changes.users.changed.size())
            .arg(changes.users.removed.size())
            .arg(outcome.locationCount)
            .arg(changes.locations.added.size())
            .arg(changes.locations.changed.size())
            .arg(changes.locations.removed.size())
            .arg(m_context.workspace.profile().baseUrl.toDisplayString()));

    QHash<QString, Core::DirectoryUser> after;
    const Sync::DirectorySnapshot snapshot = m_context.workspace.loadDirectoryNow();
    if (snapshot.error.isEmpty())
        after = usersById(snapshot.users);
    const struct
    {
        const QStringList &ids;
        QString label;
        bool removed;
    } kinds[] = {
        {changes.users.added, tr("added"), false},
        {changes.users.changed, tr("changed"), false},
        {changes.users.removed, tr("removed"), true},
    };
    for (const auto &kind : kinds) {
        for (qsizetype i = 0; i < std::min(kind.ids.size(), MaxListedChanges); ++i) {
            const QString &id = kind.ids.at(i);
            const auto &names = kind.removed ? m_usersBefore : after;
            const QString label = names.contains(id) ? Presentation::userLabel(names.value(id)) : QString();
            m_context.output.line(
                QString(u"  "_s + kind.label.leftJustified(8) + u' ' + id + u"  "_s + label));
        }
        if (kind.ids.size() > MaxListedChanges)
            m_context.output.line(tr("  ... and %1 more %2")
                                      .arg(QString::number(kind.ids.size() - MaxListedChanges), kind.label));
    }

    m_context.output.setField(u"users"_s, changeSetJson(changes.users, outcome.userCount));
    m_context.output.setField(u"locations"_s, changeSetJson(changes.locations, outcome.locationCount));
    m_context.output.setField(u"refreshedAt"_s, Presentation::isoTime(outcome.fetchedAtUtc));
}

} // namespace CardDesk::Cli
