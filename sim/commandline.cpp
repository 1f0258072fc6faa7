// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace CardDesk::Sim {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CardDesk::Sim::CommandLine", text);
}

constexpr char SecretVariable[] = "CALVEN_SIM_API_SECRET";

// Reads a whole number option within [minimum, maximum]. Otherwise sets error, naming the option.
std::optional<qint64> readNumber(const QCommandLineParser &parser, const QString &name, qint64 minimum,
                                 qint64 maximum, QString *error)
{
    bool ok = false;
    const QString text = parser.value(name);
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < minimum || value > maximum) {
        *error = tr("--%1 must be a whole number from %2 to %3, not \"%4\".")
                     .arg(name)
                     .arg(minimum)
                     .arg(maximum)
                     .arg(text);
        return std::nullopt;
    }
    return value;
}

// Maps an option value to an enum through a table of accepted names.
template<typename Enum>
std::optional<Enum> readChoice(const QCommandLineParser &parser, const QString &name,
                               std::initializer_list<std::pair<QLatin1StringView, Enum>> choices,
                               QString *error)
{
    const QString text = parser.value(name);
    QStringList names;
    for (const auto &[choiceName, value] : choices) {
        if (text == choiceName)
            return value;
        names.append(choiceName);
    }
    *error = tr("--%1 must be one of %2, not \"%3\".").arg(name, names.join(u", "_s), text);
    return std::nullopt;
}

bool readEnums(const QCommandLineParser &parser, SimulatorOptions *options, QString *error)
{
    const auto unknownUser = readChoice<UnknownUserStyle>(
        parser, u"unknown-user"_s,
        {{"result"_L1, UnknownUserStyle::ResultValue}, {"message"_L1, UnknownUserStyle::MessageOnly}}, error);
    if (!unknownUser)
        return false;
    const auto batch = readChoice<BatchResponseStyle>(
        parser, u"batch-response"_s,
        {{"array"_L1, BatchResponseStyle::Array}, {"single"_L1, BatchResponseStyle::SingleObject}}, error);
    if (!batch)
        return false;
    const auto semantics = readChoice<CredentialSemantics>(
        parser, u"semantics"_s,
        {{"replace"_L1, CredentialSemantics::Replace}, {"merge"_L1, CredentialSemantics::Merge}}, error);
    if (!semantics)
        return false;
    const auto matching =
        readChoice<UsernameMatching>(parser, u"username-match"_s,
                                     {{"exact"_L1, UsernameMatching::CaseSensitive},
                                      {"ignore-case"_L1, UsernameMatching::CaseInsensitive}},
                                     error);
    if (!matching)
        return false;
    options->unknownUserStyle = *unknownUser;
    options->batchResponse = *batch;
    options->semantics = *semantics;
    options->usernameMatching = *matching;
    return true;
}

bool readNumbers(const QCommandLineParser &parser, SimulatorOptions *options, QString *error)
{
    const auto users = readNumber(parser, u"users"_s, 0, 10'000'000, error);
    if (!users)
        return false;
    const auto seed = readNumber(parser, u"seed"_s, 0, 0xffffffffLL, error);
    if (!seed)
        return false;
    const auto lifetime = readNumber(parser, u"token-lifetime"_s, 1, 31'536'000, error);
    if (!lifetime)
        return false;
    const auto skew = readNumber(parser, u"clock-skew"_s, 0, 31'536'000, error);
    if (!skew)
        return false;
    const auto offset = readNumber(parser, u"clock-offset"_s, -3'153'600'000LL, 3'153'600'000LL, error);
    if (!offset)
        return false;
    options->userCount = int(*users);
    options->seed = quint32(*seed);
    options->tokenLifetimeSeconds = *lifetime;
    options->allowedClockSkewSeconds = *skew;
    options->clockOffsetSeconds = *offset;
    return true;
}

} // namespace

void addCommandLineOptions(QCommandLineParser *parser)
{
    parser->setApplicationDescription(
        tr("Serves the documented Calven API on this computer for tests and training. Prints "
           "\"listening on URL\" as its first line, then runs until interrupted."));
    parser->addHelpOption();
    parser->addVersionOption();

    // QCommandLineParser does not print defaults, so each description ends with its default.
    const auto option = [](const QString &name, const QString &description, const QString &valueName,
                           const QString &defaultValue) {
        return QCommandLineOption(name, tr("%1 Default: %2.").arg(description, defaultValue), valueName,
                                  defaultValue);
    };
    const SimulatorOptions defaults;
    parser->addOptions({
        option(u"listen"_s, tr("Address and port to listen on; port 0 picks a free port."),
               tr("address:port"), u"127.0.0.1:0"_s),
        QCommandLineOption(u"allow-remote"_s, tr("Allow listening on an address other than loopback.")),
        option(u"users"_s, tr("Number of generated directory users."), tr("count"),
               QString::number(defaults.userCount)),
        option(u"seed"_s, tr("Seed of the generated directory; the same seed gives the same users."),
               tr("number"), QString::number(defaults.seed)),
        option(u"api-key"_s, tr("The API key ID the server accepts."), tr("id"), defaults.apiKeyId),
        QCommandLineOption(u"api-secret"_s,
                           tr("The API secret the server accepts. Without this option the value of %1 is "
                              "used, else \"%2\".")
                               .arg(QLatin1StringView(SecretVariable), defaults.apiSecret),
                           tr("secret")),
        option(u"token-lifetime"_s, tr("Lifetime of issued tokens, in seconds."), tr("seconds"),
               QString::number(defaults.tokenLifetimeSeconds)),
        option(u"clock-skew"_s,
               tr("Largest accepted difference between an HMAC timestamp and the server clock, in seconds."),
               tr("seconds"), QString::number(defaults.allowedClockSkewSeconds)),
        option(u"clock-offset"_s,
               tr("Seconds the server clock runs ahead of this computer's clock (negative: behind)."),
               tr("seconds"), QString::number(defaults.clockOffsetSeconds)),
        QCommandLineOption(
            u"record"_s, tr("Append one JSON line per request to this file, with secrets and tokens masked."),
            tr("file")),
        option(u"unknown-user"_s,
               tr("How an unknown username is reported: \"result\" (USER_NOT_FOUND) or \"message\" "
                  "(CARD_UPDATE_FAILED with \"User not found\")."),
               tr("style"), u"result"_s),
        option(u"batch-response"_s,
               tr("Shape of the access-credentials response: \"array\" (one result per update) or "
                  "\"single\" (the first result object only)."),
               tr("style"), u"array"_s),
        option(u"semantics"_s,
               tr("Effect of an update's cards on the stored set: \"replace\" the set or \"merge\" by card."),
               tr("mode"), u"replace"_s),
        option(u"username-match"_s, tr("Comparison of usernames with emails: \"exact\" or \"ignore-case\"."),
               tr("mode"), u"exact"_s),
    });
}

std::optional<CommandLine> readCommandLine(const QCommandLineParser &parser, QString *error)
{
    CommandLine commandLine;
    SimulatorOptions &options = commandLine.options;
    const QString listen = parser.value(u"listen"_s);
    if (!parseListenAddress(listen, &commandLine.address, &commandLine.port)) {
        *error = tr("--listen must be an IP address and port such as 127.0.0.1:0 or [::1]:8080, not \"%1\".")
                     .arg(listen);
        return std::nullopt;
    }
    options.allowRemote = parser.isSet(u"allow-remote"_s);
    if (!options.allowRemote && !commandLine.address.isLoopback()) {
        *error = tr("Refusing to listen on %1 because it is not a loopback address. The simulator accepts "
                    "a fixed API key and is meant for tests on this computer. Pass --allow-remote to "
                    "listen there anyway.")
                     .arg(commandLine.address.toString());
        return std::nullopt;
    }
    if (!readNumbers(parser, &options, error) || !readEnums(parser, &options, error))
        return std::nullopt;

    options.apiKeyId = parser.value(u"api-key"_s);
    if (parser.isSet(u"api-secret"_s))
        options.apiSecret = parser.value(u"api-secret"_s);
    else if (qEnvironmentVariableIsSet(SecretVariable))
        options.apiSecret = qEnvironmentVariable(SecretVariable);
    if (options.apiKeyId.isEmpty() || options.apiSecret.isEmpty()) {
        *error = tr("The API key ID and secret must not be empty.");
        return std::nullopt;
    }
    options.recordPath = parser.value(u"record"_s);
    return commandLine;
}

bool parseListenAddress(const QString &text, QHostAddress *address, quint16 *port)
{
    QString host;
    QString portText;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u"]:"_s);
        if (close < 0)
            return false;
        host = text.mid(1, close - 1);
        portText = text.mid(close + 2);
    } else {
        const qsizetype colon = text.lastIndexOf(u':');
        if (colon < 0 || text.indexOf(u':') != colon)
            return false;
        host = text.left(colon);
        portText = text.mid(colon + 1);
    }
    bool ok = false;
    const uint number = portText.toUInt(&ok);
    if (!ok || number > 65535)
        return false;
    QHostAddress parsed;
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        parsed = QHostAddress(QHostAddress::LocalHost);
    else if (!parsed.setAddress(host))
        return false;
    *address = parsed;
    *port = quint16(number);
    return true;
}

} // namespace CardDesk::Sim
