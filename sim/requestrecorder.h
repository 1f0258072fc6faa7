// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/httpmessage.h"

#include <QFile>
#include <QJsonValue>
#include <QString>

namespace CardDesk::Sim {

/// Writes one JSON line per request to a file:
/// {"time", "id", "method", "path", "status", "fault", "body", "response"}, where body and
/// response are the request and response bodies (JSON when they parse, else text). A body over
/// 256 KiB is replaced by its size.
///
/// Headers are never written, so Authorization never reaches the file. The values of "hash",
/// "client_secret", "token", "access_token" and other secret-like keys become "***", and so
/// does any text that contains the API secret or a simulator token.
class RequestRecorder
{
public:
    explicit RequestRecorder(QString apiSecret);
    /// Masks one more secret, such as that of an extra key.
    void addSecret(const QString &secret);
    Q_DISABLE_COPY_MOVE(RequestRecorder)

    /// Opens the file for appending. On failure returns false and sets error.
    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_file.isOpen(); }

    /// Appends one line and flushes it. status is 0 when no response was sent, and fault is the
    /// applied fault's description or empty.
    void record(const HttpRequest &request, int status, const QString &fault, const QByteArray &responseBody);

    /// Returns a copy of a body with every secret masked, as written to the file.
    QJsonValue maskedBody(const QByteArray &body) const;

private:
    QJsonValue maskValue(const QJsonValue &value) const;
    QString maskText(const QString &text) const;

    QString m_apiSecret;
    QStringList m_extraSecrets;
    QFile m_file;
};

} // namespace CardDesk::Sim
