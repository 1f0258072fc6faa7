// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/apiresult.h"
#include "net/profile.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

/// Translated error messages for people. Each names the request or value, what went wrong and
/// what to do next. URLs pass through Redaction before they appear.
namespace CardDesk::Net::ErrorText {

/// Sets the sentence that ends errors about a rejected key id or secret. It names where this
/// program changes them, such as the profile editor or the carddesk-cli options, and what to do
/// next. Call it before the first request, because reads are not guarded for other threads.
/// Without it the errors name only the API key.
void setKeySettingsHint(const QString &sentence);

QString network(const QByteArray &method, const QUrl &url, const QString &qtError);
QString refusedRedirect(const QByteArray &method, const QUrl &url, const QString &qtError);
/// delivery adds a sentence on whether a POST may have been applied; nullopt leaves it out.
QString timeout(const QByteArray &method, const QUrl &url, int timeoutMs, std::optional<Delivery> delivery);
QString cancelled(const QByteArray &method, const QUrl &url, std::optional<Delivery> delivery);
/// caBundlePath is the profile's CA bundle, or empty when only the system CAs are trusted.
QString tls(const QUrl &url, const QStringList &tlsErrors, const QString &qtError,
            const QString &caBundlePath = {});
/// The proxy asked for credentials that are missing or were rejected. userName may be empty.
QString proxyAuthenticationRequired(const QByteArray &method, const QUrl &url, const QString &userName);

/// An HTTP error status on a data call. bodyExcerpt is already redacted.
QString http(const QByteArray &method, const QUrl &url, int status, const QString &reason,
             const QString &bodyExcerpt);
/// A 401 on a data call even after a fresh token.
QString tokenRejected(const QByteArray &method, const QUrl &url);
/// A 401 on a /basic call.
QString basicRejected(const QUrl &url, const QString &keyId);
/// A 403: the key is valid but lacks the role for this use.
QString roleMissing(const QByteArray &method, const QUrl &url, KeyUse use);
/// Names the roles that allow a use, such as "Data Warehouse" or "All permissions".
QString rolesFor(KeyUse use);

/// A failed POST /v1/auth or /v1/auth/token. clockSkewSeconds is the measured difference between
/// Calven's clock and the PC's (positive when the PC is behind), if it exceeds the tolerance.
QString signInFailed(AuthMode mode, const QUrl &url, const QString &keyId, int status,
                     const QString &serverMessage, std::optional<qint64> clockSkewSeconds);
/// The PC clock differs from Calven's; HMAC sign-in depends on it.
QString clockSkew(qint64 clockSkewSeconds);

QString basicCannotWrite(const QString &action);
/// A data call that was not sent because the sign-in before it failed.
QString notSentSignInFailed(const QString &action, const QString &signInError);
QString invalidBatch(qsizetype count, int maximum);

/// Returns a redacted excerpt of a response body (Calven's "message" field when present), at most
/// about 200 characters, for error texts.
QString bodyExcerpt(const QByteArray &body);

} // namespace CardDesk::Net::ErrorText
