// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringView>
#include <QUrl>

/// The one place that masks secrets before anything about a request reaches a log, a stored record
/// or a support bundle. It masks the Authorization header, secrets, HMAC hashes and tokens, keeping
/// the field or header name so the reader still sees what was there.
namespace CardDesk::Net::Redaction {

/// The text that replaces a masked value.
QString mask();

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

/// Returns true for header names whose values are credentials (Authorization, cookies, and any name
/// that contains "token", "secret", "password" or "api-key").
bool isSensitiveHeader(QByteArrayView name);
/// Returns true for JSON field and query names whose values are credentials: hash, token,
/// access_token, client_secret, password, signature, and any name containing "token", "secret" or
/// "password". Compared case-insensitively, ignoring '_' and '-'. apiKey and client_id are key ids,
/// not secrets, and stay visible.
bool isSensitiveField(QStringView name);

/// Returns the value to log for one header. For Authorization the scheme stays ("Bearer [redacted]").
QByteArray redactHeaderValue(QByteArrayView name, const QByteArray &value);
HeaderList redactHeaders(const HeaderList &headers);
/// Returns "Name: value; Name: value" with sensitive values masked.
QString formatHeaders(const HeaderList &headers);

/// Masks sensitive fields at any depth of a JSON document. A body that is not JSON is masked by
/// pattern instead (see redactText). The result of a JSON body is re-serialised compactly.
QByteArray redactBody(const QByteArray &body);
/// Returns redactBody(body) cut to at most maxBytes, with a note of the original size, for logs.
QByteArray redactBodyForLog(const QByteArray &body, qsizetype maxBytes = 2048);

/// Masks credentials in free text: "Bearer x" and "Basic x", "name":"value" and name=value pairs
/// whose name isSensitiveField.
QString redactText(const QString &text);
/// Returns the URL with the password and sensitive query values masked.
QUrl redactUrl(const QUrl &url);

/// Replaces every occurrence of each known secret value (at least 4 bytes long) with the mask. The
/// API client passes its secret and current token here as a last line of defence.
QByteArray scrubValues(QByteArray text, const QList<QByteArray> &secrets);

} // namespace CardDesk::Net::Redaction
