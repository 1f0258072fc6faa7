// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace CardDesk::Net::LogFile {

inline constexpr qint64 DefaultMaxBytes = 2 * 1024 * 1024;
inline constexpr int DefaultKeptFiles = 4;

/// Installs a Qt message handler that appends every log message to carddesk.log in directory and
/// then passes it to the handler that was installed before. Each line goes through the redaction
/// choke point: Authorization values, tokens, hashes and secrets in JSON or text are masked, and
/// so is every value given to addSecretValue(). When a line would take the file past maxBytes, the file is
/// renamed to carddesk.log.1 (older ones shift up to keptFiles) and a new file starts.
bool install(const QString &directory, QString *error, qint64 maxBytes = DefaultMaxBytes,
             int keptFiles = DefaultKeptFiles);
/// Restores the previous message handler and closes the file.
void uninstall();
/// Adds a value, such as the API secret, that is replaced by the mask wherever it appears.
void addSecretValue(const QByteArray &value);
/// Returns the path of the current log file, or an empty string when none is installed.
QString path();
/// Returns up to count of the newest lines of the current file, already redacted.
QStringList recentLines(int count);

} // namespace CardDesk::Net::LogFile
