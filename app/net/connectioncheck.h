// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/apiresult.h"

#include <QObject>

namespace CardDesk::Net {

class ApiClient;
struct TokenOutcome;

/// "Test connection" for a profile: signs in afresh (skipped for Basic), then reads the locations.
/// The summary names what worked and, on failure, what to fix, in terms of Calven's key roles
/// ("Submitting Events", "Data Warehouse", "All permissions"). Created by ApiClient::checkConnection().
class ConnectionCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionCheck)

public:
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_ok; }
    /// Translated text for the person who asked.
    QString summary() const { return m_summary; }
    /// The last request's result: the failing one, or the locations read.
    const ApiResult &result() const { return m_result; }
    int locationCount() const { return m_locationCount; }

Q_SIGNALS:
    void finished();

private:
    friend class ApiClient;

    explicit ConnectionCheck(ApiClient *client);
    void start();
    void onSignedIn(const TokenOutcome &outcome);
    void readLocations();
    void finish(bool ok, const QString &summary, const ApiResult &result);

    ApiClient *m_client;
    ApiResult m_result;
    QString m_summary;
    int m_locationCount = 0;
    bool m_ok = false;
    bool m_finished = false;
};

} // namespace CardDesk::Net
