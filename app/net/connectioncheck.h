// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/apiresult.h"
#include "net/profile.h"

#include <QList>
#include <QObject>

namespace CardDesk::Net {

class ApiClient;
class TokenSession;
struct TokenOutcome;

/// Outcome of checking one API key of a profile.
struct KeyCheckResult
{
    enum class Status
    {
        Passed,        ///< Every check this key needs succeeded.
        Failed,        ///< A check failed; summary says why and what to do.
        NotApplicable, ///< The key cannot be used for this (a Basic key cannot send updates).
    };

    QList<KeyUse> uses; ///< {Read, Write} for a profile's only key, else the one use of this key.
    QString keyId;
    AuthMode authMode = AuthMode::HmacToken;
    Status status = Status::Failed;
    bool signedIn = false;    ///< A token was issued (always false for Basic keys).
    bool readChecked = false; ///< GET /v1/analytics/locations succeeded with this key.
    /// Sending card updates can only be confirmed by sending one, which a check never does, so a
    /// write key that signs in is reported as Passed with writeConfirmed false.
    bool writeConfirmed = false;
    int locationCount = 0; ///< Set when readChecked.
    QString summary;       ///< Translated, names the roles a failure points to.
    ApiResult result;      ///< The key's last request: the failing one, or the last that worked.

    bool ok() const { return status != Status::Failed; }
};

/// "Test connection" for a profile. For each key it signs in afresh (Basic keys have no sign-in) and,
/// for the key that reads, reads the locations. Failures are explained in terms of Calven's key
/// roles ("Submitting Events", "Data Warehouse", "All permissions"). The write key is checked by
/// signing in only: Calven offers no request that proves the Submitting Events role without
/// sending an update. Created by ApiClient::checkConnection().
class ConnectionCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionCheck)

public:
    bool isFinished() const { return m_finished; }
    /// Returns true when no key check failed.
    bool ok() const { return m_ok; }
    /// Returns the key summaries as one translated text for the person who asked.
    QString summary() const { return m_summary; }
    /// Returns the last request's result: the first failing one, or the locations read.
    const ApiResult &result() const { return m_result; }
    int locationCount() const { return m_locationCount; }
    /// Returns one result per distinct key, the write key (or the only key) first.
    const QList<KeyCheckResult> &keyResults() const { return m_keyResults; }

Q_SIGNALS:
    void finished();

private:
    friend class ApiClient;

    explicit ConnectionCheck(ApiClient *client);
    void start();
    void checkNextKey();
    void onSignedIn(const TokenOutcome &outcome);
    void readLocations();
    void onLocationsRead(const ApiResult &result);
    void finishKey(KeyCheckResult::Status status, const QString &summary, const ApiResult &result);
    void finish();

    ApiClient *m_client;
    QList<KeyUse> m_pendingUses;
    KeyCheckResult m_current;
    QList<KeyCheckResult> m_keyResults;
    ApiResult m_result;
    QString m_summary;
    int m_locationCount = 0;
    bool m_ok = false;
    bool m_finished = false;
};

} // namespace CardDesk::Net
