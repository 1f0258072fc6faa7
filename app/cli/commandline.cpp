// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "sync/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace CardDesk::Cli {

namespace {

class CommandLineText
{
    Q_DECLARE_TR_FUNCTIONS(CardDesk::Cli::CommandLine)
};

QString tr(const char *text)
{
    return CommandLineText::tr(text);
}

constexpr int MaxTimeoutSeconds = 3600;

const QString HelpOption = u"help"_s;
const QString VersionOption = u"version"_s;
const QString BaseUrlOption = u"base-url"_s;
const QString AuthOption = u"auth"_s;
const QString KeyIdOption = u"key-id"_s;
const QString RegionOption = u"region"_s;
const QString DataDirOption = u"data-dir"_s;
const QString JsonOption = u"json"_s;
const QString TimeoutOption = u"timeout"_s;
const QString VerboseOption = u"verbose"_s;
const QString TypeOption = u"type"_s;
const QString CardNumberOption = u"card-number"_s;
const QString FacilityCodeOption = u"facility-code"_s;
const QString InactiveOption = u"inactive"_s;

// The descriptions are in helpText(), so the parser only gets names and whether a value follows.
void addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        QCommandLineOption(QStringList{u"h"_s, HelpOption}),
        QCommandLineOption(VersionOption),
        QCommandLineOption(BaseUrlOption, {}, u"url"_s),
        QCommandLineOption(AuthOption, {}, u"mode"_s),
        QCommandLineOption(KeyIdOption, {}, u"id"_s),
        QCommandLineOption(RegionOption, {}, u"region"_s),
        QCommandLineOption(DataDirOption, {}, u"dir"_s),
        QCommandLineOption(JsonOption),
        QCommandLineOption(TimeoutOption, {}, u"seconds"_s),
        QCommandLineOption(VerboseOption),
        QCommandLineOption(TypeOption, {}, u"format"_s),
        QCommandLineOption(CardNumberOption, {}, u"number"_s),
        QCommandLineOption(FacilityCodeOption, {}, u"code"_s),
        QCommandLineOption(InactiveOption),
    });
}

// Returns the option as typed (without any "=value") when its name suggests a secret.
std::optional<QString> findSecretOption(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--"_s)
            break;
        if (!argument.startsWith(u'-'))
            continue;
        const QString typed = argument.section(u'=', 0, 0);
        QString name = typed;
        while (name.startsWith(u'-'))
            name.remove(0, 1);
        name = name.toLower();
        if (name.contains(u"secret"_s) || name.contains(u"password"_s) || name.contains(u"token"_s))
            return typed;
    }
    return std::nullopt;
}

bool hasJsonOption(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--"_s)
            break;
        if (arguments.at(i) == u"--json"_s)
            return true;
    }
    return false;
}

QString seeHelp()
{
    return tr("Run \"carddesk-cli --help\" for the commands and options.");
}

// Maps the positional words to a command and its one argument.
bool readCommand(const QStringList &words, Invocation *invocation, QString *error)
{
    if (words.isEmpty()) {
        *error = tr("Missing command.") + u' ' + seeHelp();
        return false;
    }
    const QString group = words.first();
    const QString action = words.value(1);
    const auto expectWords = [&](Command command, qsizetype count) {
        invocation->command = command;
        if (words.size() < count) {
            *error = tr("\"%1\" needs a value after it.").arg(commandName(command)) + u' ' + seeHelp();
            return false;
        }
        if (words.size() > count) {
            *error = tr("Unexpected argument \"%1\" after \"%2\". Quote values that contain spaces.")
                         .arg(words.at(count), commandName(command));
            return false;
        }
        if (count == 3)
            invocation->argument = words.at(2);
        return true;
    };

    if (group == u"help"_s)
        return expectWords(Command::Help, 1);
    if (group == u"push"_s)
        return expectWords(Command::Push, 1);
    if (group == u"failures"_s)
        return expectWords(Command::Failures, 1);
    if (group == u"users"_s && action == u"refresh"_s)
        return expectWords(Command::UsersRefresh, 2);
    if (group == u"users"_s && action == u"search"_s) {
        // Unquoted words are joined, so "users search jane london" works as expected.
        invocation->command = Command::UsersSearch;
        invocation->argument = words.mid(2).join(u' ').trimmed();
        if (invocation->argument.isEmpty()) {
            *error = tr("\"users search\" needs the text to search for, such as a name or email.");
            return false;
        }
        return true;
    }
    if (group == u"cards"_s && action == u"show"_s)
        return expectWords(Command::CardsShow, 3);
    if (group == u"cards"_s && action == u"add"_s)
        return expectWords(Command::CardsAdd, 3);
    if (group == u"cards"_s && action == u"deactivate"_s)
        return expectWords(Command::CardsDeactivate, 3);
    if (group == u"cards"_s && action == u"formats"_s)
        return expectWords(Command::CardsFormats, 2);

    if (group == u"users"_s || group == u"cards"_s) {
        const QString choices =
            group == u"users"_s ? u"refresh, search"_s : u"show, add, deactivate, formats"_s;
        *error = action.isEmpty()
                     ? tr("\"%1\" needs a subcommand: %2.").arg(group, choices)
                     : tr("Unknown subcommand \"%1 %2\". Use one of: %3.").arg(group, action, choices);
        return false;
    }
    *error = tr("Unknown command \"%1\".").arg(group) + u' ' + seeHelp();
    return false;
}

bool readGlobalOptions(const QCommandLineParser &parser, GlobalOptions *options, QString *error)
{
    if (parser.isSet(BaseUrlOption)) {
        options->baseUrl = QUrl(parser.value(BaseUrlOption).trimmed(), QUrl::StrictMode);
        if (!options->baseUrl.isValid() || options->baseUrl.host().isEmpty()) {
            *error = tr("--base-url \"%1\" is not a valid URL. Give a URL such as https://api.calven.com.")
                         .arg(parser.value(BaseUrlOption));
            return false;
        }
    } else {
        options->baseUrl = Net::defaultCalvenBaseUrl();
    }
    if (parser.isSet(AuthOption)) {
        const auto mode = Net::authModeFromName(parser.value(AuthOption));
        if (!mode) {
            *error = tr("--auth \"%1\" is not a known mode. Use hmac, client-secret or basic.")
                         .arg(parser.value(AuthOption));
            return false;
        }
        options->authMode = *mode;
    }
    options->keyId = parser.value(KeyIdOption).trimmed();
    if (parser.isSet(RegionOption)) {
        const auto region = Net::regionFromWire(parser.value(RegionOption));
        if (!region) {
            *error =
                tr("--region \"%1\" is not a known region. Use usce1 (United States) or ause1 (Australia).")
                    .arg(parser.value(RegionOption));
            return false;
        }
        options->region = *region;
    }
    options->dataDir = parser.isSet(DataDirOption) ? parser.value(DataDirOption) : defaultDataDir();
    if (options->dataDir.trimmed().isEmpty()) {
        *error = tr("--data-dir is empty. Give the folder that holds carddesk.sqlite.");
        return false;
    }
    if (parser.isSet(TimeoutOption)) {
        bool ok = false;
        const int seconds = parser.value(TimeoutOption).toInt(&ok);
        if (!ok || seconds < 1 || seconds > MaxTimeoutSeconds) {
            *error = tr("--timeout \"%1\" is not a whole number of seconds from 1 to %2.")
                         .arg(parser.value(TimeoutOption), QString::number(MaxTimeoutSeconds));
            return false;
        }
        options->timeoutSeconds = seconds;
    }
    options->json = parser.isSet(JsonOption);
    options->verbose = parser.isSet(VerboseOption);
    return true;
}

// Rejects card options on commands that would silently ignore them.
bool readCardOptions(const QCommandLineParser &parser, Invocation *invocation, QString *error)
{
    const bool add = invocation->command == Command::CardsAdd;
    const bool deactivate = invocation->command == Command::CardsDeactivate;
    const struct
    {
        const QString &name;
        bool allowed;
        const char *users;
    } rules[] = {
        {TypeOption, add, QT_TRANSLATE_NOOP("CardDesk::Cli::CommandLine", "\"cards add\"")},
        {InactiveOption, add, QT_TRANSLATE_NOOP("CardDesk::Cli::CommandLine", "\"cards add\"")},
        {CardNumberOption, add || deactivate,
         QT_TRANSLATE_NOOP("CardDesk::Cli::CommandLine", "\"cards add\" and \"cards deactivate\"")},
        {FacilityCodeOption, add || deactivate,
         QT_TRANSLATE_NOOP("CardDesk::Cli::CommandLine", "\"cards add\" and \"cards deactivate\"")},
    };
    for (const auto &rule : rules) {
        if (parser.isSet(rule.name) && !rule.allowed) {
            *error = tr("--%1 is used only by %2, not by \"%3\".")
                         .arg(rule.name, tr(rule.users), commandName(invocation->command));
            return false;
        }
    }
    if ((add && !parser.isSet(TypeOption)) || ((add || deactivate) && !parser.isSet(CardNumberOption))) {
        *error = tr("\"%1\" needs %2. Run \"carddesk-cli cards formats\" for the format ids.")
                     .arg(commandName(invocation->command),
                          add ? u"--type FORMAT --card-number NUMBER"_s : u"--card-number NUMBER"_s);
        return false;
    }
    invocation->card.formatId = parser.value(TypeOption).trimmed();
    invocation->card.cardNumber = parser.value(CardNumberOption);
    invocation->card.facilityCode = parser.value(FacilityCodeOption);
    invocation->card.inactive = parser.isSet(InactiveOption);
    return true;
}

} // namespace

QString commandName(Command command)
{
    switch (command) {
    case Command::Help:
        return u"help"_s;
    case Command::Version:
        return u"--version"_s;
    case Command::UsersRefresh:
        return u"users refresh"_s;
    case Command::UsersSearch:
        return u"users search"_s;
    case Command::CardsShow:
        return u"cards show"_s;
    case Command::CardsAdd:
        return u"cards add"_s;
    case Command::CardsDeactivate:
        return u"cards deactivate"_s;
    case Command::CardsFormats:
        return u"cards formats"_s;
    case Command::Push:
        return u"push"_s;
    case Command::Failures:
        return u"failures"_s;
    }
    return {};
}

ParsedCommandLine parseCommandLine(const QStringList &arguments)
{
    ParsedCommandLine parsed;
    parsed.json = hasJsonOption(arguments);
    if (const auto secretOption = findSecretOption(arguments)) {
        parsed.error = tr("The option %1 is not accepted: a secret on the command line can be read by other "
                          "users from the process list and stays in the shell history. Put the secret in the "
                          "environment variable %2 instead.")
                           .arg(*secretOption, SecretVariable);
        return parsed;
    }

    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments)) {
        parsed.error = parser.errorText() + u' ' + seeHelp();
        return parsed;
    }

    Invocation invocation;
    if (parser.isSet(HelpOption)) {
        invocation.command = Command::Help;
        parsed.invocation = invocation;
        return parsed;
    }
    if (parser.isSet(VersionOption)) {
        invocation.command = Command::Version;
        parsed.invocation = invocation;
        return parsed;
    }
    if (!readCommand(parser.positionalArguments(), &invocation, &parsed.error) ||
        !readGlobalOptions(parser, &invocation.global, &parsed.error) ||
        !readCardOptions(parser, &invocation, &parsed.error))
        return parsed;
    parsed.invocation = invocation;
    return parsed;
}

QString defaultDataDir()
{
    return Sync::Workspace::defaultDataDir();
}

QString profileIdFor(const QUrl &baseUrl, const QString &keyId)
{
    return Net::stableProfileId(baseUrl, keyId);
}

Net::Profile profileFor(const GlobalOptions &options)
{
    Net::Profile profile;
    profile.baseUrl = Net::normalizedBaseUrl(options.baseUrl);
    profile.region = options.region;
    profile.key.authMode = options.authMode;
    profile.key.keyId = options.keyId;
    profile.id = profileIdFor(profile.baseUrl, options.keyId);
    profile.displayName = tr("%1 at %2").arg(options.keyId, profile.baseUrl.host());
    return profile;
}

} // namespace CardDesk::Cli
