// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/simulatoroptions.h"

#include <QCommandLineParser>
#include <QHostAddress>

#include <optional>

namespace CardDesk::Sim {

/// Settings read from calven-sim's command line.
struct CommandLine
{
    SimulatorOptions options;
    QHostAddress address{QHostAddress::LocalHost};
    quint16 port = 0;
};

/// Adds calven-sim's options, --help and --version to a parser.
void addCommandLineOptions(QCommandLineParser *parser);

/// Reads the options from a parser that has processed the arguments. Returns nothing and sets
/// error when a value is invalid, or when the listen address is not loopback and --allow-remote
/// is missing. The secret comes from --api-secret, else from CALVEN_SIM_API_SECRET.
std::optional<CommandLine> readCommandLine(const QCommandLineParser &parser, QString *error);

/// Splits "127.0.0.1:8080", "[::1]:0" or "localhost:0" into address and port.
bool parseListenAddress(const QString &text, QHostAddress *address, quint16 *port);

} // namespace CardDesk::Sim
