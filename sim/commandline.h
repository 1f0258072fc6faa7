// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/fault.h"
#include "sim/simulatoroptions.h"

#include <QCommandLineParser>
#include <QHostAddress>

#include <optional>

namespace CardDesk::Sim {

/// Settings read from calven-sim's command line.
/// One --fault option: the fault, the path it applies to and how many requests it affects.
struct FaultOption
{
    QString path;
    Fault fault;
    int count = 1;
};

struct CommandLine
{
    SimulatorOptions options;
    QHostAddress address{QHostAddress::LocalHost};
    quint16 port = 0;
    /// Address of the secondary listener, the target of redirect-second faults; unset for none.
    std::optional<std::pair<QHostAddress, quint16>> secondaryListen;
    QList<FaultOption> faults;
    /// File that receives the arrival count of each updateId after every credentials request;
    /// empty for none.
    QString arrivalsPath;
};

/// Reads "PATH=KIND[*COUNT]", for example "/v1/auth=status:503*2" or "/v1/analytics/users=hang". KIND is
/// status:CODE, status-after:CODE, html:CODE, too-many:SECONDS, malformed-json, hang, reset,
/// reset-mid-response[:BYTES], delay:MILLISECONDS, redirect:URL, redirect-second,
/// results-missing[:EVERY[,LIMIT]] or unknown-result:VALUE[,EVERY[,LIMIT]]. On failure returns
/// nullopt and sets error.
std::optional<FaultOption> parseFaultOption(const QString &text, QString *error);

/// Adds calven-sim's options, --help and --version to a parser.
void addCommandLineOptions(QCommandLineParser *parser);

/// Reads the options from a parser that has processed the arguments. Returns nothing and sets
/// error when a value is invalid, or when the listen address is not loopback and --allow-remote
/// is missing. The secret comes from --api-secret, else from CALVEN_SIM_API_SECRET.
std::optional<CommandLine> readCommandLine(const QCommandLineParser &parser, QString *error);

/// Splits "127.0.0.1:8080", "[::1]:0" or "localhost:0" into address and port.
bool parseListenAddress(const QString &text, QHostAddress *address, quint16 *port);

} // namespace CardDesk::Sim
