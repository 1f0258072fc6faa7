// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCoreApplication>
#include <QUrl>

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

std::optional<int> readFaultNumber(const QString &text, int minimum, int maximum)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

// Reads "EVERY[,LIMIT]" from parts, starting at first. An absent EVERY selects every update.
std::optional<Fault::UpdateSelection> readSelection(const QStringList &parts, qsizetype first)
{
    Fault::UpdateSelection selection;
    if (parts.size() > first + 2)
        return std::nullopt;
    if (parts.size() > first) {
        const std::optional<int> every = readFaultNumber(parts.at(first), 1, 100);
        if (!every)
            return std::nullopt;
        selection.every = *every;
    }
    if (parts.size() > first + 1) {
        const std::optional<int> limit = readFaultNumber(parts.at(first + 1), 1, 100);
        if (!limit)
            return std::nullopt;
        selection.limit = *limit;
    }
    return selection;
}

std::optional<Fault> readFaultKind(const QString &kind, const QString &argument)
{
    if (kind == u"results-missing"_s) {
        const auto selection = readSelection(argument.isEmpty() ? QStringList() : argument.split(u','), 0);
        return selection ? std::optional<Fault>(Fault::resultsMissing(*selection)) : std::nullopt;
    }
    if (kind == u"unknown-result"_s) {
        const QStringList parts = argument.split(u',');
        if (parts.constFirst().trimmed().isEmpty())
            return std::nullopt;
        const auto selection = readSelection(parts, 1);
        return selection ? std::optional<Fault>(Fault::unknownResult(parts.constFirst(), *selection))
                         : std::nullopt;
    }
    if (kind == u"reset-mid-response"_s) {
        if (argument.isEmpty())
            return Fault::resetMidResponse();
        const std::optional<int> bytes = readFaultNumber(argument, 0, 100'000'000);
        return bytes ? std::optional<Fault>(Fault::resetMidResponse(*bytes)) : std::nullopt;
    }
    if (kind == u"hang"_s && argument.isEmpty())
        return Fault::hang();
    if (kind == u"reset"_s && argument.isEmpty())
        return Fault::reset();
    if (kind == u"malformed-json"_s && argument.isEmpty())
        return Fault::malformedJson();
    if (kind == u"redirect-second"_s && argument.isEmpty())
        return Fault::redirectToSecondary();
    if (kind == u"redirect"_s) {
        const QUrl target(argument, QUrl::StrictMode);
        if (!target.isValid() || target.scheme().isEmpty() || target.host().isEmpty())
            return std::nullopt;
        return Fault::redirect(target.toEncoded());
    }
    if (kind == u"delay"_s) {
        const std::optional<int> milliseconds = readFaultNumber(argument, 0, 3'600'000);
        return milliseconds ? std::optional<Fault>(Fault::delay(*milliseconds)) : std::nullopt;
    }
    if (kind == u"too-many"_s) {
        const std::optional<int> seconds = readFaultNumber(argument, 0, 86'400);
        return seconds ? std::optional<Fault>(Fault::tooManyRequests(*seconds)) : std::nullopt;
    }
    if (kind == u"status"_s || kind == u"status-after"_s || kind == u"html"_s) {
        const std::optional<int> status = readFaultNumber(argument, 200, 599);
        if (!status)
            return std::nullopt;
        if (kind == u"html"_s)
            return Fault::htmlPage(*status);
        const QByteArray body = R"({"statusCode":)" + QByteArray::number(*status) +
                                R"(,"message":"Fault injected by calven-sim"})";
        const Fault fault = Fault::statusCode(*status, body);
        return kind == u"status-after"_s ? fault.afterHandling() : fault;
    }
    return std::nullopt;
}

std::optional<SimulatorKey> readExtraKey(const QString &text, QString *error)
{
    const QStringList parts = text.split(u':');
    const QString role = parts.value(2);
    SimulatorKey key{parts.value(0), parts.value(1), KeyRole::AllPermissions};
    if (role == u"submitting-events"_s)
        key.role = KeyRole::SubmittingEvents;
    else if (role == u"data-warehouse"_s)
        key.role = KeyRole::DataWarehouse;
    if (parts.size() != 3 || key.keyId.isEmpty() || key.secret.isEmpty() ||
        (role != u"all"_s && key.role == KeyRole::AllPermissions)) {
        *error = tr("--extra-key \"%1\" must have the form ID:SECRET:ROLE with ROLE all, submitting-events "
                    "or data-warehouse.")
                     .arg(parts.value(0));
        return std::nullopt;
    }
    return key;
}

} // namespace

std::optional<FaultOption> parseFaultOption(const QString &text, QString *error)
{
    const qsizetype equals = text.indexOf(u'=');
    FaultOption option;
    option.path = text.left(equals).trimmed();
    QString spec = equals < 0 ? QString() : text.mid(equals + 1).trimmed();
    if (const qsizetype star = spec.lastIndexOf(u'*'); star >= 0) {
        const std::optional<int> count = readFaultNumber(spec.mid(star + 1), 1, 100'000);
        if (!count) {
            *error =
                tr("--fault \"%1\": the count after '*' must be a whole number from 1 to 100000.").arg(text);
            return std::nullopt;
        }
        option.count = *count;
        spec.truncate(star);
    }
    if (equals < 0 || !option.path.startsWith(u'/')) {
        *error =
            tr("--fault \"%1\" must have the form PATH=KIND, for example /v1/auth=status:503.").arg(text);
        return std::nullopt;
    }
    while (option.path.size() > 1 && option.path.endsWith(u'/'))
        option.path.chop(1);
    const qsizetype colon = spec.indexOf(u':');
    const QString kind = colon < 0 ? spec : spec.left(colon);
    const QString argument = colon < 0 ? QString() : spec.mid(colon + 1);
    const std::optional<Fault> fault = readFaultKind(kind, argument);
    if (!fault) {
        *error = tr("--fault \"%1\": \"%2\" is not a fault. Use status:CODE, status-after:CODE, html:CODE, "
                    "too-many:SECONDS, malformed-json, hang, reset, reset-mid-response[:BYTES], "
                    "delay:MILLISECONDS, redirect:URL, redirect-second, results-missing[:EVERY[,LIMIT]] or "
                    "unknown-result:VALUE[,EVERY[,LIMIT]], with EVERY and LIMIT from 1 to 100.")
                     .arg(text, spec);
        return std::nullopt;
    }
    option.fault = *fault;
    return option;
}

void addCommandLineOptions(QCommandLineParser *parser)
{
    parser->setApplicationDescription(
        tr("Serves the documented Calven API on this computer for tests and training. Prints "
           "\"listening on URL\" as its first line, then runs until interrupted.\n\n"
           "GET /_sim/update-arrivals, from this computer only and without authentication, returns how "
           "many times each updateId arrived in a POST /v1/access-credentials body, counted before "
           "validation and faults, as {\"arrivals\": {\"UPDATE_ID\": COUNT}}."));
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
        QCommandLineOption(u"arrivals-file"_s,
                           tr("Write how many times each updateId arrived to this file, as on GET "
                              "/_sim/update-arrivals. The file is written at start and replaced after every "
                              "POST /v1/access-credentials, so it stays readable after the simulator is "
                              "killed."),
                           tr("file")),
        QCommandLineOption(u"extra-key"_s,
                           tr("Accept one more API key, repeatable. ROLE is all, submitting-events (may not "
                              "read /v1/analytics) or data-warehouse (may not send updates)."),
                           tr("id:secret:role")),
        QCommandLineOption(u"tls-cert"_s,
                           tr("Serve HTTPS with this PEM certificate (chain) file; needs --tls-key."),
                           tr("file")),
        QCommandLineOption(u"tls-key"_s, tr("Unencrypted PEM private key (RSA or EC) of --tls-cert."),
                           tr("file")),
        QCommandLineOption(u"second-listen"_s,
                           tr("Also start a second listener, another origin that answers 200 to everything "
                              "and logs whether an Authorization header arrived. It is the target of "
                              "redirect-second faults. Prints \"second listener on URL\" as the second "
                              "line."),
                           tr("address:port")),
        QCommandLineOption(
            u"fault"_s,
            tr("Apply a fault to the next requests to a path: PATH=KIND[*COUNT], repeatable. KIND is "
               "status:CODE (for example 401 or 503), status-after:CODE (handle the request, then answer "
               "CODE), html:CODE (an HTML error page), too-many:SECONDS (429 with Retry-After), "
               "malformed-json, hang (never answer), reset (TCP reset before any byte), "
               "reset-mid-response[:BYTES] (handle the request, send the status line, the headers and BYTES "
               "of the body, by default half of it, then a TCP reset), delay:MILLISECONDS (a slow answer), "
               "redirect:URL, redirect-second (to the --second-listen origin), "
               "results-missing[:EVERY[,LIMIT]] (store the updates, then leave the results of every EVERY-th "
               "update, at most LIMIT of them, out of the response; by default all) or "
               "unknown-result:VALUE[,EVERY[,LIMIT]] (store the updates, then report the selected ones with "
               "the result VALUE, such as CARD_QUARANTINED). COUNT is the number of requests affected, 1 by "
               "default."),
            tr("fault")),
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
    commandLine.arrivalsPath = parser.value(u"arrivals-file"_s);
    options.tlsCertificatePath = parser.value(u"tls-cert"_s);
    options.tlsPrivateKeyPath = parser.value(u"tls-key"_s);
    if (options.tlsCertificatePath.isEmpty() != options.tlsPrivateKeyPath.isEmpty()) {
        *error = tr("--tls-cert and --tls-key must be given together.");
        return std::nullopt;
    }
    if (parser.isSet(u"second-listen"_s)) {
        QHostAddress address;
        quint16 port = 0;
        const QString text = parser.value(u"second-listen"_s);
        if (!parseListenAddress(text, &address, &port)) {
            *error = tr("--second-listen must be an IP address and port such as 127.0.0.1:0, not \"%1\".")
                         .arg(text);
            return std::nullopt;
        }
        commandLine.secondaryListen = std::pair{address, port};
    }
    const QStringList extraKeys = parser.values(u"extra-key"_s);
    for (const QString &text : extraKeys) {
        std::optional<SimulatorKey> key = readExtraKey(text, error);
        if (!key)
            return std::nullopt;
        options.extraKeys.append(*key);
    }
    const QStringList faults = parser.values(u"fault"_s);
    for (const QString &text : faults) {
        std::optional<FaultOption> fault = parseFaultOption(text, error);
        if (!fault)
            return std::nullopt;
        commandLine.faults.append(*fault);
    }
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
