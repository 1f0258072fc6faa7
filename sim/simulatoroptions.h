// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace CardDesk::Sim {

/// Reporting style for an update whose username matches no directory user. Calven's SDK
/// defines USER_NOT_FOUND, while the example in Calven's documentation sends
/// CARD_UPDATE_FAILED with the message "User not found", so clients must handle both.
enum class UnknownUserStyle
{
    ResultValue, ///< result USER_NOT_FOUND
    MessageOnly, ///< result CARD_UPDATE_FAILED, message "User not found"
};

/// Shape of the POST /v1/access-credentials response. Calven documents a single result
/// object although a request carries up to 100 updates.
enum class BatchResponseStyle
{
    Array,        ///< One result object per update, in request order.
    SingleObject, ///< Only the result object of the first update.
};

/// Effect of an update's credentials list on the user's stored card set. Calven does not
/// document whether the list replaces the set or is merged into it.
enum class CredentialSemantics
{
    Replace, ///< The accepted cards become the user's whole set, so omitted cards are removed.
    Merge,   ///< Accepted cards are added or updated by card number and facility code.
};

/// Comparison of an update's username with the directory's emails and user names. Calven
/// documents presence emails as case-sensitive and does not document it for credentials.
enum class UsernameMatching
{
    CaseSensitive,
    CaseInsensitive,
};

/// Role of a simulated API key, which decides the endpoints it may call.
enum class KeyRole
{
    AllPermissions,   ///< Every endpoint.
    SubmittingEvents, ///< POST endpoints only; GET /v1/analytics/* answers 403.
    DataWarehouse,    ///< GET /v1/analytics/* only; POST /v1/access-credentials answers 403.
};

/// An API key the simulator accepts in addition to apiKeyId.
struct SimulatorKey
{
    QString keyId;
    QString secret;
    KeyRole role = KeyRole::AllPermissions;
};

/// Settings of one simulated Calven tenant.
struct SimulatorOptions
{
    int userCount = 5000;
    quint32 seed = 1;
    /// The one API key the server accepts. It has the "All permissions" role and may use HMAC,
    /// client-secret and Basic authentication.
    QString apiKeyId = QStringLiteral("calven-sim-key");
    QString apiSecret = QStringLiteral("calven-sim-secret");
    /// Further keys, for example a Submitting Events write key and a Data Warehouse read key.
    QList<SimulatorKey> extraKeys;
    qint64 tokenLifetimeSeconds = 3600;
    /// Largest accepted difference between an HMAC timestamp and the server clock, in seconds.
    qint64 allowedClockSkewSeconds = 300;
    /// Seconds the simulated server clock runs ahead of this computer's clock (negative: behind).
    /// It moves the Date header, the HMAC timestamp check and token expiry together.
    qint64 clockOffsetSeconds = 0;
    /// PEM certificate and unencrypted private key files. When both are set the simulator, and its
    /// secondary listener, serve HTTPS with them.
    QString tlsCertificatePath;
    QString tlsPrivateKeyPath;
    /// JSON-lines file that receives one masked line per request. Empty records nothing.
    QString recordPath;
    UnknownUserStyle unknownUserStyle = UnknownUserStyle::ResultValue;
    BatchResponseStyle batchResponse = BatchResponseStyle::Array;
    CredentialSemantics semantics = CredentialSemantics::Replace;
    UsernameMatching usernameMatching = UsernameMatching::CaseSensitive;
    /// Allows listen() on addresses other than loopback. The simulator accepts a fixed key and
    /// keeps no real data, so it is meant for the local machine only.
    bool allowRemote = false;
};

} // namespace CardDesk::Sim
