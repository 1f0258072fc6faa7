// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/credential.h"
#include "sim/authservice.h"
#include "sim/credentialstore.h"
#include "sim/directorygenerator.h"
#include "sim/fault.h"
#include "sim/httpfrontend.h"
#include "sim/requestrecorder.h"
#include "sim/secondarylistener.h"
#include "sim/serverclock.h"
#include "sim/simulatoroptions.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QUrl>

namespace CardDesk::Sim {

/// A Calven API server on loopback for tests and training mode.
///
/// It serves POST /v1/auth, POST /v1/auth/token, GET /v1/analytics/users and
/// /v1/analytics/locations (each also as a /basic path with Basic authentication) and
/// POST /v1/access-credentials, keeps the tenant's card sets between requests, and can apply
/// queued faults per path. Paths are compared without a trailing slash.
///
/// GET /_sim/update-arrivals returns to a client on loopback how many times each updateId
/// arrived, as {"arrivals": {"<updateId>": count}}. It needs no authentication, is not counted
/// in requestCount() and takes no faults.
class Simulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Simulator)

public:
    /// Creates the simulator and generates its directory from options.userCount and options.seed.
    explicit Simulator(const SimulatorOptions &options, QObject *parent = nullptr);
    ~Simulator() override;

    /// Starts listening and opens the request record, if one is configured. Rejects addresses
    /// other than loopback unless options.allowRemote is set. On failure returns false and sets error.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0,
                QString *error = nullptr);
    /// Returns the URL clients use, such as http://127.0.0.1:40123 (https with a TLS certificate), or
    /// an empty URL before listen().
    QUrl baseUrl() const;
    /// Starts the secondary listener, another origin that Fault::redirectToSecondary() points at. It
    /// uses the same TLS certificate. On failure returns false and sets error.
    bool listenSecondary(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0,
                         QString *error = nullptr);
    /// Returns the secondary listener, or null before listenSecondary().
    const SecondaryListener *secondary() const { return m_secondary; }
    const SimulatorOptions &options() const { return m_options; }

    const Directory &directory() const { return m_directory; }
    /// Replaces the directory. Card sets of users that are no longer present are dropped.
    void setDirectory(const Directory &directory);
    /// Adds a user, or replaces the user with the same userId.
    void addUser(const Core::DirectoryUser &user);
    /// Removes a user and the user's cards. Returns false when no user has that userId.
    bool removeUser(const QString &userId);
    /// Returns the userId whose email or userName matches username, or an empty string.
    QString findUserId(const QString &username) const;

    /// Returns the card set the server stores for a username, as a later request would see it.
    QList<Core::Credential> credentialsOf(const QString &username) const;
    /// Replaces a user's card set without checks, to seed a scenario. Returns false for an
    /// unknown username.
    bool setCredentials(const QString &username, const QList<Core::Credential> &cards);

    /// Returns how many requests arrived for a path, such as "/v1/auth", whatever their outcome.
    int requestCount(const QString &path) const;
    /// Returns how many times each updateId arrived in a POST /v1/access-credentials body,
    /// counted on arrival, before validation and faults.
    QHash<QString, int> updateIdArrivals() const { return m_updateIdArrivals; }
    /// Returns updateIdArrivals() as the JSON document {"arrivals": {"<updateId>": count}}, the body
    /// of GET /_sim/update-arrivals.
    QByteArray updateArrivalsJson() const;

    /// Queues a fault for the next count requests to path.
    void injectFault(const QString &path, const Fault &fault, int count = 1);
    int pendingFaultCount(const QString &path) const;
    void clearFaults();

    /// Makes every issued bearer token invalid, as if all had expired.
    void revokeTokens();
    /// Returns the tokens issued and still remembered (expired ones are kept for an hour).
    QStringList issuedTokens() const { return m_auth.issuedTokens(); }

Q_SIGNALS:
    /// Emitted once per request after its response or fault. status is 0 when no response was
    /// sent (hang or reset); after a reset mid-response it is the status that was sent.
    void requestHandled(const QByteArray &method, const QString &path, int status);

private:
    enum class AuthScheme
    {
        None,
        Bearer,
        Basic
    };
    struct Route
    {
        QByteArray method;
        AuthScheme auth;
        HttpResponse (Simulator::*handle)(const HttpRequest &);
    };
    static const QHash<QString, Route> &routes();

    void handleExchange(const HttpExchangePtr &exchange);
    void applyFault(const HttpExchangePtr &exchange, const Fault &fault);
    void finish(const HttpExchangePtr &exchange, const HttpResponse &response, const QString &fault);
    HttpResponse redirectToSecondary(const HttpRequest &request, int status) const;
    void finishWithoutResponse(const HttpExchangePtr &exchange, const QString &fault);
    void finishPartly(const HttpExchangePtr &exchange, const HttpResponse &response, qsizetype bodyBytes,
                      const QString &fault);
    HttpResponse updateArrivalsResponse(const HttpRequest &request) const;
    void logOutcome(const HttpRequest &request, int status, const QString &fault) const;
    HttpResponse dispatch(const HttpRequest &request);
    std::optional<HttpResponse> rejectUnlessRoleAllows(const HttpRequest &request,
                                                       const QString &keyId) const;
    void countUpdateIdArrivals(const HttpRequest &request);

    HttpResponse signInWithHmac(const HttpRequest &request);
    HttpResponse signInWithClientSecret(const HttpRequest &request);
    HttpResponse listUsers(const HttpRequest &request);
    HttpResponse listLocations(const HttpRequest &request);
    HttpResponse submitCredentials(const HttpRequest &request);

    QString userMatchKey(const QString &username) const;
    void rebuildUserIndex();

    SimulatorOptions m_options;
    ServerClock m_clock;
    Directory m_directory;
    QHash<QString, QString> m_userIdByMatchKey; ///< Email and userName, as matched, to userId.
    QByteArray m_usersJson;                     ///< Cached GET users body, empty when stale.
    AuthService m_auth;
    CredentialStore m_credentials;
    FaultQueue m_faults;
    RequestRecorder m_recorder;
    QHash<QString, int> m_requestCounts;
    QHash<QString, int> m_updateIdArrivals;
    HttpFrontend *m_frontend = nullptr;
    SecondaryListener *m_secondary = nullptr;
};

} // namespace CardDesk::Sim
