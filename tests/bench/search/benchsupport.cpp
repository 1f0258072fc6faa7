// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchsupport.h"

#include "core/directoryjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace CardDesk::Bench {

Summary summarize(QList<double> samples)
{
    if (samples.isEmpty())
        return {};
    std::sort(samples.begin(), samples.end());
    const auto rank = [&samples](double fraction) {
        const auto index = qsizetype(std::ceil(fraction * double(samples.size()))) - 1;
        return samples.at(std::clamp<qsizetype>(index, 0, samples.size() - 1));
    };
    return Summary{rank(0.5), rank(0.95), samples.last()};
}

double residentMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

QByteArray usersJson(const QList<Core::DirectoryUser> &users)
{
    QByteArray json;
    json.reserve(users.size() * 330);
    json.append('[');
    for (const Core::DirectoryUser &user : users) {
        if (json.size() > 1)
            json.append(',');
        json.append(QJsonDocument(Core::DirectoryJson::userToJson(user)).toJson(QJsonDocument::Compact));
    }
    json.append(']');
    return json;
}

QByteArray locationsJson(const QList<Core::Location> &locations)
{
    QJsonArray array;
    for (const Core::Location &location : locations)
        array.append(Core::DirectoryJson::locationToJson(location));
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

StallProbe::StallProbe(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(1);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StallProbe::onTimeout);
}

void StallProbe::start()
{
    m_maxGapNs = 0;
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

double StallProbe::stop()
{
    onTimeout();
    m_timer.stop();
    return double(m_maxGapNs) / 1e6;
}

void StallProbe::onTimeout()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_maxGapNs = std::max(m_maxGapNs, now - m_lastNs);
    m_lastNs = now;
}

} // namespace CardDesk::Bench
