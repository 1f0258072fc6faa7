// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTextStream>

namespace CardDesk::Bench {

/// Measures the directory refresh for userCount generated users and prints the figures to out.
/// The baseline is the QJsonDocument parse with the previous QSqlQuery store, and the refresher
/// is the simdjson parse with DirectoryCache::replace, each into an empty cache. Also measured:
/// the refresher with the QtSql user writes, a second, unchanged refresh, the peak memory of each, and the
/// GUI-thread stall while a worker thread refreshes. Leaves the refreshed directory in cachePath. Returns the
/// size of the users payload in bytes.
qint64 runRefresh(int userCount, quint32 seed, const QString &cachePath, QTextStream &out);

} // namespace CardDesk::Bench
