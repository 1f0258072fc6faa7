// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator.h"

#include "core/accesscredentialsjson.h"
#include "core/directoryjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSimulator, "carddesk.sim.server", QtInfoMsg)

namespace CardDesk::Sim {

namespace {

const QString CredentialsPath = u"/v1/access-credentials"_s;
const QString UpdateArrivalsPath = u"/_sim/update-arrivals"_s;

} // namespace

Simulator::Simulator(const SimulatorOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clock{options.clockOffsetSeconds * 1000}
    , m_directory(generateDirectory(options.userCount, options.seed))
    , m_auth(options, m_clock)
    , m_credentials(options.semantics, options.unknownUserStyle)
    , m_recorder(options.apiSecret)
{
    for (const SimulatorKey &key : options.extraKeys)
        m_recorder.addSecret(key.secret);
    rebuildUserIndex();
    m_frontend =
        new HttpFrontend([this](const HttpExchangePtr &exchange) { handleExchange(exchange); }, this);
}

Simulator::~Simulator() = default;

bool Simulator::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (!m_options.allowRemote && !address.isLoopback()) {
        if (error) {
            *error = tr("Refusing to listen on %1 because it is not a loopback address. The simulator "
                        "accepts a fixed API key and is meant for tests on this computer; allow remote "
                        "connections explicitly to listen there.")
                         .arg(address.toString());
        }
        return false;
    }
    if (!m_options.recordPath.isEmpty() && !m_recorder.isOpen() &&
        !m_recorder.open(m_options.recordPath, error)) {
        return false;
    }
    if (!m_options.tlsCertificatePath.isEmpty() && !m_frontend->isTls() &&
        !m_frontend->setTlsFiles(m_options.tlsCertificatePath, m_options.tlsPrivateKeyPath, error)) {
        return false;
    }
    return m_frontend->listenOn(address, port, error);
}

bool Simulator::listenSecondary(const QHostAddress &address, quint16 port, QString *error)
{
    if (!m_options.allowRemote && !address.isLoopback()) {
        if (error)
            *error =
                tr("Refusing to listen on %1 because it is not a loopback address.").arg(address.toString());
        return false;
    }
    if (m_secondary) {
        if (error)
            *error =
                tr("The second listener is already running at %1.").arg(m_secondary->baseUrl().toString());
        return false;
    }
    auto *secondary = new SecondaryListener(this);
    if (!m_options.tlsCertificatePath.isEmpty() &&
        !secondary->setTlsFiles(m_options.tlsCertificatePath, m_options.tlsPrivateKeyPath, error)) {
        delete secondary;
        return false;
    }
    if (!secondary->listen(address, port, error)) {
        delete secondary;
        return false;
    }
    m_secondary = secondary;
    return true;
}

QUrl Simulator::baseUrl() const
{
    if (m_frontend->serverPort() == 0)
        return {};
    QHostAddress host = m_frontend->serverAddress();
    // A wildcard address accepts connections but cannot be connected to on every platform.
    if (host == QHostAddress::AnyIPv6)
        host = QHostAddress(QHostAddress::LocalHostIPv6);
    else if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress(QHostAddress::LocalHost);
    QUrl url;
    url.setScheme(m_frontend->isTls() ? u"https"_s : u"http"_s);
    url.setHost(host.toString());
    url.setPort(m_frontend->serverPort());
    return url;
}

void Simulator::setDirectory(const Directory &directory)
{
    QSet<QString> remainingIds;
    for (const Core::DirectoryUser &user : directory.users)
        remainingIds.insert(user.userId);
    for (const Core::DirectoryUser &user : std::as_const(m_directory.users)) {
        if (!remainingIds.contains(user.userId))
            m_credentials.removeUser(user.userId);
    }
    m_directory = directory;
    rebuildUserIndex();
}

void Simulator::addUser(const Core::DirectoryUser &user)
{
    const auto same =
        std::find_if(m_directory.users.begin(), m_directory.users.end(),
                     [&user](const Core::DirectoryUser &held) { return held.userId == user.userId; });
    if (same != m_directory.users.end())
        *same = user;
    else
        m_directory.users.append(user);
    rebuildUserIndex();
}

bool Simulator::removeUser(const QString &userId)
{
    const qsizetype removed = m_directory.users.removeIf(
        [&userId](const Core::DirectoryUser &user) { return user.userId == userId; });
    if (removed == 0)
        return false;
    m_credentials.removeUser(userId);
    rebuildUserIndex();
    return true;
}

QString Simulator::findUserId(const QString &username) const
{
    return m_userIdByMatchKey.value(userMatchKey(username));
}

QList<Core::Credential> Simulator::credentialsOf(const QString &username) const
{
    const QString userId = findUserId(username);
    return userId.isEmpty() ? QList<Core::Credential>() : m_credentials.cards(userId);
}

bool Simulator::setCredentials(const QString &username, const QList<Core::Credential> &cards)
{
    const QString userId = findUserId(username);
    if (userId.isEmpty())
        return false;
    m_credentials.setCards(userId, cards);
    return true;
}

int Simulator::requestCount(const QString &path) const
{
    return m_requestCounts.value(path);
}

void Simulator::injectFault(const QString &path, const Fault &fault, int count)
{
    qCInfo(lcSimulator).noquote() << "queued fault" << fault.describe() << "for the next" << count
                                  << "requests to" << path;
    m_faults.add(path, fault, count);
}

int Simulator::pendingFaultCount(const QString &path) const
{
    return m_faults.pendingCount(path);
}

void Simulator::clearFaults()
{
    m_faults.clear();
}

void Simulator::revokeTokens()
{
    m_auth.revokeTokens();
}

const QHash<QString, Simulator::Route> &Simulator::routes()
{
    static const QHash<QString, Route> table{
        {u"/v1/auth"_s, {"POST"_ba, AuthScheme::None, &Simulator::signInWithHmac}},
        {u"/v1/auth/token"_s, {"POST"_ba, AuthScheme::None, &Simulator::signInWithClientSecret}},
        {u"/v1/analytics/users"_s, {"GET"_ba, AuthScheme::Bearer, &Simulator::listUsers}},
        {u"/v1/analytics/users/basic"_s, {"GET"_ba, AuthScheme::Basic, &Simulator::listUsers}},
        {u"/v1/analytics/locations"_s, {"GET"_ba, AuthScheme::Bearer, &Simulator::listLocations}},
        {u"/v1/analytics/locations/basic"_s, {"GET"_ba, AuthScheme::Basic, &Simulator::listLocations}},
        {CredentialsPath, {"POST"_ba, AuthScheme::Bearer, &Simulator::submitCredentials}},
    };
    return table;
}

void Simulator::handleExchange(const HttpExchangePtr &exchange)
{
    const HttpRequest &request = exchange->request();
    if (request.path == UpdateArrivalsPath) {
        finish(exchange, updateArrivalsResponse(request), {});
        return;
    }
    ++m_requestCounts[request.path];
    countUpdateIdArrivals(request);
    if (const std::optional<Fault> fault = m_faults.takeNext(request.path))
        applyFault(exchange, *fault);
    else
        finish(exchange, dispatch(request), {});
}

void Simulator::applyFault(const HttpExchangePtr &exchange, const Fault &fault)
{
    // With handleRequestFirst the request is handled before the fault applies, so its changes
    // (a new token, stored cards) take effect even though the client never sees them.
    std::optional<HttpResponse> handled;
    if (fault.handleRequestFirst || fault.kind == Fault::Kind::Delay ||
        fault.kind == Fault::Kind::ResultsMissing || fault.kind == Fault::Kind::UnknownResult ||
        fault.kind == Fault::Kind::ResetMidResponse) {
        handled = dispatch(exchange->request());
    }

    const QString description = fault.describe();
    switch (fault.kind) {
    case Fault::Kind::Status:
        finish(exchange, HttpResponse{fault.status, fault.contentType, fault.body, fault.headers},
               description);
        break;
    case Fault::Kind::Hang:
        m_frontend->holdOpen(exchange);
        finishWithoutResponse(exchange, description);
        break;
    case Fault::Kind::Reset:
        exchange->reset();
        finishWithoutResponse(exchange, description);
        break;
    case Fault::Kind::Delay:
        QTimer::singleShot(fault.delayMs, this,
                           [this, exchange, response = handled.value_or(HttpResponse{}), description] {
                               finish(exchange, response, description);
                           });
        break;
    case Fault::Kind::RedirectToSecondary:
        finish(exchange, redirectToSecondary(exchange->request(), fault.status), description);
        break;
    case Fault::Kind::ResultsMissing:
    case Fault::Kind::UnknownResult:
        finish(exchange, fault.rewriteResults(*handled), description);
        break;
    case Fault::Kind::ResetMidResponse:
        finishPartly(exchange, *handled, fault.bodyBytesBeforeReset, description);
        break;
    }
}

void Simulator::finishPartly(const HttpExchangePtr &exchange, const HttpResponse &response,
                             qsizetype bodyBytes, const QString &fault)
{
    const HttpRequest &request = exchange->request();
    const qsizetype sent = exchange->respondPartlyThenReset(response, m_clock.now(), bodyBytes);
    if (sent < 0) {
        finishWithoutResponse(exchange, fault);
        return;
    }
    m_recorder.record(request, response.status, fault, response.body.left(sent));
    logOutcome(request, response.status, fault);
    Q_EMIT requestHandled(request.method, request.path, response.status);
}

HttpResponse Simulator::updateArrivalsResponse(const HttpRequest &request) const
{
    // The counts reveal updateIds only, but this endpoint is for the test on this computer alone.
    if (!request.remoteAddress.isLoopback())
        return errorResponse(403, tr("%1 answers clients on this computer only.").arg(request.path));
    if (request.method != "GET") {
        HttpResponse response = errorResponse(
            405,
            tr("%1 does not accept %2. Use GET.").arg(request.path, QString::fromLatin1(request.method)));
        response.headers.append({"Allow"_ba, "GET"_ba});
        return response;
    }
    HttpResponse response;
    response.contentType = "application/json"_ba;
    response.body = updateArrivalsJson();
    return response;
}

QByteArray Simulator::updateArrivalsJson() const
{
    QJsonObject arrivals;
    for (auto it = m_updateIdArrivals.cbegin(); it != m_updateIdArrivals.cend(); ++it)
        arrivals.insert(it.key(), it.value());
    return QJsonDocument(QJsonObject{{u"arrivals"_s, arrivals}}).toJson(QJsonDocument::Compact);
}

HttpResponse Simulator::redirectToSecondary(const HttpRequest &request, int status) const
{
    if (!m_secondary)
        return errorResponse(500, u"A redirect to the second listener was queued, but it is not running."_s);
    QUrl target = m_secondary->baseUrl();
    target.setPath(request.path);
    target.setQuery(request.query);
    return HttpResponse{status, {}, {}, {{"Location"_ba, target.toEncoded()}}};
}

void Simulator::finish(const HttpExchangePtr &exchange, const HttpResponse &response, const QString &fault)
{
    const HttpRequest &request = exchange->request();
    exchange->respond(response, m_clock.now());
    m_recorder.record(request, response.status, fault, response.body);
    logOutcome(request, response.status, fault);
    Q_EMIT requestHandled(request.method, request.path, response.status);
}

void Simulator::finishWithoutResponse(const HttpExchangePtr &exchange, const QString &fault)
{
    const HttpRequest &request = exchange->request();
    m_recorder.record(request, 0, fault, {});
    logOutcome(request, 0, fault);
    Q_EMIT requestHandled(request.method, request.path, 0);
}

void Simulator::logOutcome(const HttpRequest &request, int status, const QString &fault) const
{
    QString line = u"request %1 %2 %3 -> %4"_s.arg(request.id)
                       .arg(QString::fromLatin1(request.method), request.path)
                       .arg(status == 0 ? u"no response"_s : QString::number(status));
    if (!fault.isEmpty())
        line += u" (fault: %1)"_s.arg(fault);
    const QByteArray correlationId = request.header("correlationid"_ba);
    if (!correlationId.isEmpty())
        line += u" correlationId %1"_s.arg(QString::fromLatin1(correlationId));
    // Rejections and faults are logged by default, successful requests only at debug level.
    if (status == 0 || status >= 400)
        qCInfo(lcSimulator).noquote() << line;
    else
        qCDebug(lcSimulator).noquote() << line;
}

HttpResponse Simulator::dispatch(const HttpRequest &request)
{
    const auto found = routes().constFind(request.path);
    if (found == routes().constEnd())
        return errorResponse(404, tr("There is no endpoint at %1.").arg(request.path));
    const Route &route = *found;
    if (request.method != route.method) {
        HttpResponse response = errorResponse(405, tr("%1 does not accept %2. Use %3.")
                                                       .arg(request.path, QString::fromLatin1(request.method),
                                                            QString::fromLatin1(route.method)));
        response.headers.append({"Allow"_ba, route.method});
        return response;
    }
    std::optional<HttpResponse> rejection;
    QString keyId;
    if (route.auth == AuthScheme::Bearer)
        rejection = m_auth.rejectUnlessBearer(request, &keyId);
    else if (route.auth == AuthScheme::Basic)
        rejection = m_auth.rejectUnlessBasic(request, &keyId);
    if (rejection)
        return *rejection;
    if (route.auth != AuthScheme::None) {
        if (std::optional<HttpResponse> forbidden = rejectUnlessRoleAllows(request, keyId))
            return *forbidden;
    }
    return (this->*route.handle)(request);
}

std::optional<HttpResponse> Simulator::rejectUnlessRoleAllows(const HttpRequest &request,
                                                              const QString &keyId) const
{
    const KeyRole role = m_auth.roleOf(keyId).value_or(KeyRole::AllPermissions);
    const bool reads = request.path.startsWith(u"/v1/analytics/"_s);
    if ((reads && role == KeyRole::SubmittingEvents) || (!reads && role == KeyRole::DataWarehouse)) {
        const QString roleName =
            role == KeyRole::SubmittingEvents ? u"Submitting Events"_s : u"Data Warehouse"_s;
        qCInfo(lcSimulator).noquote()
            << "request" << request.id << "rejected: key" << keyId << "has the" << roleName << "role";
        return errorResponse(403,
                             tr("API key \"%1\" has the %2 role, which may not call %3 %4.")
                                 .arg(keyId, roleName, QString::fromLatin1(request.method), request.path));
    }
    return std::nullopt;
}

void Simulator::countUpdateIdArrivals(const HttpRequest &request)
{
    if (request.path != CredentialsPath || request.method != "POST")
        return;
    const QJsonArray updates = QJsonDocument::fromJson(request.body).object().value(u"data"_s).toArray();
    for (const QJsonValue &update : updates) {
        const QJsonValue updateId = update.toObject().value(u"updateId"_s);
        if (updateId.isString())
            ++m_updateIdArrivals[updateId.toString()];
    }
}

HttpResponse Simulator::signInWithHmac(const HttpRequest &request)
{
    return m_auth.signInWithHmac(request);
}

HttpResponse Simulator::signInWithClientSecret(const HttpRequest &request)
{
    return m_auth.signInWithClientSecret(request);
}

HttpResponse Simulator::listUsers(const HttpRequest &request)
{
    Q_UNUSED(request)
    if (m_usersJson.isEmpty()) {
        // Joining per-user documents is faster than one QJsonArray holding every user, and gives
        // the same bytes.
        m_usersJson.reserve(m_directory.users.size() * 330);
        m_usersJson.append('[');
        for (const Core::DirectoryUser &user : std::as_const(m_directory.users)) {
            if (m_usersJson.size() > 1)
                m_usersJson.append(',');
            m_usersJson.append(
                QJsonDocument(Core::DirectoryJson::userToJson(user)).toJson(QJsonDocument::Compact));
        }
        m_usersJson.append(']');
    }
    HttpResponse response;
    response.contentType = "application/json; charset=utf-8"_ba;
    response.body = m_usersJson;
    return response;
}

HttpResponse Simulator::listLocations(const HttpRequest &request)
{
    Q_UNUSED(request)
    // NOTE: Calven does not document the locations schema. The simulator sends locationId, name,
    // timeZone and countryCode, the fields CardDesk reads. The real payload may differ.
    QJsonArray locations;
    for (const Core::Location &location : std::as_const(m_directory.locations))
        locations.append(Core::DirectoryJson::locationToJson(location));
    return jsonResponse(200, QJsonDocument(locations));
}

HttpResponse Simulator::submitCredentials(const HttpRequest &request)
{
    if (auto rejection = rejectUnlessJsonContentType(request))
        return *rejection;
    const Core::AccessCredentialsJson::RequestParse parse =
        Core::AccessCredentialsJson::parseRequest(request.body);
    if (!parse.ok())
        return errorResponse(400, parse.error);

    QJsonArray results;
    for (const Core::CredentialUpdate &update : parse.updates) {
        const Core::UpdateResult result = m_credentials.apply(update, findUserId(update.username));
        results.append(Core::AccessCredentialsJson::resultToJson(result));
    }
    if (m_options.batchResponse == BatchResponseStyle::SingleObject)
        return jsonResponse(200, QJsonDocument(results.first().toObject()));
    return jsonResponse(200, QJsonDocument(results));
}

QString Simulator::userMatchKey(const QString &username) const
{
    return m_options.usernameMatching == UsernameMatching::CaseInsensitive ? username.toCaseFolded()
                                                                           : username;
}

void Simulator::rebuildUserIndex()
{
    m_usersJson.clear();
    m_userIdByMatchKey.clear();
    m_userIdByMatchKey.reserve(m_directory.users.size() * 2);
    for (const Core::DirectoryUser &user : std::as_const(m_directory.users)) {
        if (!user.email.isEmpty())
            m_userIdByMatchKey.insert(userMatchKey(user.email), user.userId);
    }
    // User names come second so an email always wins when a user name equals another's email.
    for (const Core::DirectoryUser &user : std::as_const(m_directory.users)) {
        const QString key = userMatchKey(user.userName);
        if (!user.userName.isEmpty() && !m_userIdByMatchKey.contains(key))
            m_userIdByMatchKey.insert(key, user.userId);
    }
}

} // namespace CardDesk::Sim
