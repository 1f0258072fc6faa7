// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/profile.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// The diagnostics file a person sends to support: versions, TLS backend, profile settings, outbox
/// counts and recent log lines, in one plain-text file without secrets or tokens.
namespace CardDesk::Net::Diagnostics {

/// Outbox entry counts of one profile, or of all profiles when profileId is empty.
struct OutboxSummary
{
    QString profileId;
    int queued = 0;
    int sending = 0;
    int openFailures = 0; ///< Failed, Unknown and NeedsAttention entries.
    QString error;        ///< Set when the counts could not be read; the numbers are then 0.
};

struct Input
{
    QList<Profile> profiles;
    QString currentProfileId;
    QString settingsPath; ///< The QSettings file or registry path the profiles came from.
    QString dataDir;
    QList<OutboxSummary> outbox;
    /// Recent log lines. They were redacted when written and are redacted again here.
    QStringList logLines;
    /// Further values to mask wherever they appear, such as a secret from the environment.
    QList<QByteArray> secretValues;
};

/// Returns the diagnostics text with the sections "Versions", "TLS", "Profiles", "Outbox" and
/// "Recent log lines". Profiles carry key ids but no secrets, and every line passes through
/// Redaction again.
QString format(const Input &input);

/// Writes format(input) to path, replacing the file atomically, readable by the owner only. Returns
/// false and sets error, naming the file, when it cannot be written.
bool write(const QString &path, const Input &input, QString *error);

/// Returns up to maxLines of the newest lines of a log file, or an empty list when it cannot be read.
QStringList readLogTail(const QString &logFilePath, int maxLines);

/// Default number of log lines in the file.
inline constexpr int DefaultLogLines = 400;

} // namespace CardDesk::Net::Diagnostics
