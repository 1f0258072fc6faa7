// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "core/sendinglimits.h"
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

// The maximum length of --reason and --note, in characters. The text goes into an audit record and into every
// listing of it, where a page of text would hide the records around it.
constexpr qsizetype MaxNoteLength = 1000;

// Returns why the text of option is too long, or an empty string.
QString checkNoteLength(const QString &option, const QString &text)
{
    if (text.size() <= MaxNoteLength)
        return {};
    return tr("--%1 is %2 characters long, and the audit log takes at most %3. Shorten it.")
        .arg(option)
        .arg(text.size())
        .arg(MaxNoteLength);
}

constexpr int MaxTimeoutSeconds = 3600;
// A day, to catch a mistyped value. Calven may ask for a longer Retry-After than this.
constexpr int MaxWaitTimeoutSeconds = 24 * 3600;

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
const QString ActiveOption = u"active"_s;
const QString NewCardNumberOption = u"new-card-number"_s;
const QString NewFacilityCodeOption = u"new-facility-code"_s;
const QString ReasonOption = u"reason"_s;
const QString NoteOption = u"note"_s;
const QString UserOption = u"user"_s;
const QString ActionOption = u"action"_s;
const QString SinceOption = u"since"_s;
const QString UntilOption = u"until"_s;
const QString ResultOption = u"result"_s;
const QString TextOption = u"text"_s;
const QString OutputOption = u"output"_s;
const QString BatchSizeOption = u"batch-size"_s;
const QString MaxInFlightOption = u"max-in-flight"_s;
const QString MaxAttemptsOption = u"max-attempts"_s;
const QString NoWaitOption = u"no-wait"_s;
const QString WaitTimeoutOption = u"wait-timeout"_s;

// The descriptions are in helpText(), so the parser only gets names and whether a value follows.
QList<QCommandLineOption> commandLineOptions()
{
    return {
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
        QCommandLineOption(ActiveOption),
        QCommandLineOption(NewCardNumberOption, {}, u"number"_s),
        QCommandLineOption(NewFacilityCodeOption, {}, u"code"_s),
        QCommandLineOption(ReasonOption, {}, u"text"_s),
        QCommandLineOption(NoteOption, {}, u"text"_s),
        QCommandLineOption(UserOption, {}, u"text"_s),
        QCommandLineOption(ActionOption, {}, u"action"_s),
        QCommandLineOption(SinceOption, {}, u"date"_s),
        QCommandLineOption(UntilOption, {}, u"date"_s),
        QCommandLineOption(ResultOption, {}, u"result"_s),
        QCommandLineOption(TextOption, {}, u"text"_s),
        QCommandLineOption(OutputOption, {}, u"file"_s),
        QCommandLineOption(BatchSizeOption, {}, u"n"_s),
        QCommandLineOption(MaxInFlightOption, {}, u"n"_s),
        QCommandLineOption(MaxAttemptsOption, {}, u"n"_s),
        QCommandLineOption(NoWaitOption),
        QCommandLineOption(WaitTimeoutOption, {}, u"seconds"_s),
    };
}

void addOptions(QCommandLineParser &parser)
{
    parser.addOptions(commandLineOptions());
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
    if (group == u"audit"_s)
        return expectWords(Command::Audit, 1);
    if (group == u"diagnostics"_s)
        return expectWords(Command::Diagnostics, 1);
    if (group == u"profiles"_s && (action.isEmpty() || action == u"list"_s))
        return expectWords(Command::ProfilesList, words.size() == 1 ? 1 : 2);
    if (group == u"profiles"_s && action == u"add"_s)
        return expectWords(Command::ProfilesAdd, 3);
    if (group == u"profiles"_s && action == u"remove"_s)
        return expectWords(Command::ProfilesRemove, 3);
    if (group == u"resolve"_s) {
        if (!expectWords(Command::Resolve, 2))
            return false;
        invocation->review.updateIds = {words.at(1)};
        return true;
    }
    if (group == u"retry"_s) {
        invocation->command = Command::Retry;
        invocation->review.updateIds = words.mid(1);
        if (invocation->review.updateIds.isEmpty()) {
            *error = tr("\"retry\" needs one or more updateIds. Run \"carddesk-cli failures\" to list them.");
            return false;
        }
        return true;
    }
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
    if (group == u"cards"_s && action == u"edit"_s)
        return expectWords(Command::CardsEdit, 3);
    if (group == u"cards"_s && action == u"replace"_s)
        return expectWords(Command::CardsReplace, 3);
    if (group == u"cards"_s && action == u"formats"_s)
        return expectWords(Command::CardsFormats, 2);

    if (group == u"users"_s || group == u"cards"_s || group == u"profiles"_s) {
        const QString choices = group == u"users"_s   ? u"refresh, search"_s
                                : group == u"cards"_s ? u"show, add, edit, replace, deactivate, formats"_s
                                                      : u"list, add, remove"_s;
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
    const Command command = invocation->command;
    const bool add = command == Command::CardsAdd;
    const bool deactivate = command == Command::CardsDeactivate;
    const bool edit = command == Command::CardsEdit;
    const bool replace = command == Command::CardsReplace;
    const bool anyCardChange = add || deactivate || edit || replace;
    const struct
    {
        const QString &name;
        bool allowed;
        const char *users;
    } rules[] = {
        {TypeOption, add || edit || replace,
         QT_TRANSLATE_NOOP("CardDesk::Cli::CommandLine",
                           "\"cards add\", \"cards edit\" and \"cards replace\"")},
        {InactiveOption, add || edit,
         QT_TRANSLATE_NOOP("CardDesk::Cli::CommandLine", "\"cards add\" and \"cards edit\"")},
        {ActiveOption, edit, QT_TRANSLATE_NOOP("CardDesk::Cli::CommandLine", "\"cards edit\"")},
        {CardNumberOption, anyCardChange,
         QT_TRANSLATE_NOOP("CardDesk::Cli::CommandLine", "the cards commands that change a card set")},
        {FacilityCodeOption, anyCardChange,
         QT_TRANSLATE_NOOP("CardDesk::Cli::CommandLine", "the cards commands that change a card set")},
        {NewCardNumberOption, edit || replace,
         QT_TRANSLATE_NOOP("CardDesk::Cli::CommandLine", "\"cards edit\" and \"cards replace\"")},
        {NewFacilityCodeOption, edit || replace,
         QT_TRANSLATE_NOOP("CardDesk::Cli::CommandLine", "\"cards edit\" and \"cards replace\"")},
        {ReasonOption, anyCardChange,
         QT_TRANSLATE_NOOP("CardDesk::Cli::CommandLine", "the cards commands that change a card set")},
    };
    for (const auto &rule : rules) {
        if (parser.isSet(rule.name) && !rule.allowed) {
            *error = tr("--%1 is used only by %2, not by \"%3\".")
                         .arg(rule.name, tr(rule.users), commandName(command));
            return false;
        }
    }
    QString required;
    if (add && (!parser.isSet(TypeOption) || !parser.isSet(CardNumberOption)))
        required = u"--type FORMAT --card-number NUMBER"_s;
    else if ((deactivate || edit) && !parser.isSet(CardNumberOption))
        required = u"--card-number NUMBER"_s;
    else if (replace &&
             (!parser.isSet(CardNumberOption) || !parser.isSet(TypeOption) ||
              !parser.isSet(NewCardNumberOption) || parser.value(ReasonOption).trimmed().isEmpty()))
        required = u"--card-number OLD --type FORMAT --new-card-number NEW --reason TEXT"_s;
    if (!required.isEmpty()) {
        *error = tr("\"%1\" needs %2. Run \"carddesk-cli cards formats\" for the format ids.")
                     .arg(commandName(command), required);
        return false;
    }
    if (parser.isSet(ActiveOption) && parser.isSet(InactiveOption)) {
        *error = tr("--active and --inactive contradict each other. Give one of them.");
        return false;
    }
    CardOptions &card = invocation->card;
    card.formatId = parser.value(TypeOption).trimmed();
    card.cardNumber = parser.value(CardNumberOption);
    card.facilityCode = parser.value(FacilityCodeOption);
    card.inactive = parser.isSet(InactiveOption);
    card.active = parser.isSet(ActiveOption);
    card.newCardNumber = parser.value(NewCardNumberOption);
    card.newFacilityCode = parser.value(NewFacilityCodeOption);
    card.newFacilityCodeSet = parser.isSet(NewFacilityCodeOption);
    card.reason = parser.value(ReasonOption).trimmed();
    *error = checkNoteLength(ReasonOption, card.reason);
    return error->isEmpty();
}

// Reads --since as a local date (midnight) or a date and time with an optional offset.
std::optional<QDateTime> parseSince(const QString &text)
{
    const QString trimmed = text.trimmed();
    // QDate's ISO parser also accepts the date part of a date and time, so only a bare date goes to it.
    const QDate date = trimmed.size() == 10 ? QDate::fromString(trimmed, Qt::ISODate) : QDate();
    if (date.isValid())
        return date.startOfDay().toUTC();
    const QDateTime time = QDateTime::fromString(trimmed, Qt::ISODate);
    if (time.isValid())
        return time.toUTC();
    return std::nullopt;
}

// Reads --until as the end of a local date (the next midnight) or as a date and time with an
// optional offset. The bound is exclusive.
std::optional<QDateTime> parseUntil(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QDate date = trimmed.size() == 10 ? QDate::fromString(trimmed, Qt::ISODate) : QDate();
    if (date.isValid())
        return date.addDays(1).startOfDay().toUTC();
    const QDateTime time = QDateTime::fromString(trimmed, Qt::ISODate);
    if (time.isValid())
        return time.toUTC();
    return std::nullopt;
}

// Reads the options of retry, resolve and audit, and rejects them on every other command.
bool readReviewOptions(const QCommandLineParser &parser, Invocation *invocation, QString *error)
{
    const Command command = invocation->command;
    const bool audit = command == Command::Audit;
    for (const QString &name :
         {UserOption, ActionOption, SinceOption, UntilOption, ResultOption, TextOption}) {
        if (parser.isSet(name) && !audit) {
            *error = tr("--%1 is used only by \"audit\", not by \"%2\".").arg(name, commandName(command));
            return false;
        }
    }
    if (parser.isSet(OutputOption) != (command == Command::Diagnostics)) {
        *error =
            command == Command::Diagnostics
                ? tr("\"diagnostics\" needs --output FILE, the file to write.")
                : tr("--output is used only by \"diagnostics\", not by \"%1\".").arg(commandName(command));
        return false;
    }
    invocation->outputPath = parser.value(OutputOption).trimmed();
    if (command == Command::Diagnostics && invocation->outputPath.isEmpty()) {
        *error = tr("--output is empty. Give the file to write, such as carddesk-diagnostics.txt.");
        return false;
    }
    if (parser.isSet(NoteOption) && command != Command::Resolve) {
        *error = tr("--note is used only by \"resolve\", not by \"%1\".").arg(commandName(command));
        return false;
    }
    if (command == Command::Resolve) {
        invocation->review.note = parser.value(NoteOption).trimmed();
        if (invocation->review.note.isEmpty()) {
            *error = tr("\"resolve\" needs --note TEXT saying why the failure is closed, such as "
                        "\"card fixed in Calven by hand\".");
            return false;
        }
        *error = checkNoteLength(NoteOption, invocation->review.note);
        if (!error->isEmpty())
            return false;
    }
    if (!audit)
        return true;
    invocation->review.userText = parser.value(UserOption).trimmed();
    invocation->review.action = parser.value(ActionOption).trimmed();
    if (parser.isSet(SinceOption)) {
        const auto since = parseSince(parser.value(SinceOption));
        if (!since) {
            *error = tr("--since \"%1\" is not a date. Give YYYY-MM-DD (local midnight) or an ISO 8601 "
                        "date and time such as 2026-03-01T08:00:00Z.")
                         .arg(parser.value(SinceOption));
            return false;
        }
        invocation->review.sinceUtc = *since;
    }
    if (parser.isSet(UntilOption)) {
        const auto until = parseUntil(parser.value(UntilOption));
        if (!until) {
            *error = tr("--until \"%1\" is not a date. Give YYYY-MM-DD (up to the end of that local day) or "
                        "an ISO 8601 date and time such as 2026-03-01T18:00:00Z.")
                         .arg(parser.value(UntilOption));
            return false;
        }
        invocation->review.untilUtc = *until;
    }
    invocation->review.result = parser.value(ResultOption).trimmed();
    invocation->review.text = parser.value(TextOption).trimmed();
    return true;
}

// Reads a whole number from minimum to maximum. Leaves value unchanged when the option is not given.
bool readBoundedNumber(const QCommandLineParser &parser, const QString &name, int minimum, int maximum,
                       int *value, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int number = parser.value(name).trimmed().toInt(&ok);
    if (!ok || number < minimum || number > maximum) {
        *error = tr("--%1 \"%2\" is not a whole number from %3 to %4. Give a value in that range, or "
                    "leave the option out for the default.")
                     .arg(name, parser.value(name), QString::number(minimum), QString::number(maximum));
        return false;
    }
    *value = number;
    return true;
}

bool readLimitedNumber(const QCommandLineParser &parser, const QString &name, const Core::SendingLimit &limit,
                       int *value, QString *error)
{
    return readBoundedNumber(parser, name, limit.minimum, limit.maximum, value, error);
}

// Reads the sending options of push, and rejects them on every other command.
bool readPushOptions(const QCommandLineParser &parser, Invocation *invocation, QString *error)
{
    const Command command = invocation->command;
    for (const QString &name :
         {BatchSizeOption, MaxInFlightOption, MaxAttemptsOption, NoWaitOption, WaitTimeoutOption}) {
        if (parser.isSet(name) && command != Command::Push) {
            *error = tr("--%1 is used only by \"push\", not by \"%2\".").arg(name, commandName(command));
            return false;
        }
    }
    if (command != Command::Push)
        return true;
    PushOptions &push = invocation->push;
    push.sender.batchSize = Core::BatchSizeLimit.defaultValue;
    push.sender.maxInFlight = Core::MaxInFlightLimit.defaultValue;
    push.sender.maxAttempts = Core::MaxAttemptsLimit.defaultValue;
    if (!readLimitedNumber(parser, BatchSizeOption, Core::BatchSizeLimit, &push.sender.batchSize, error) ||
        !readLimitedNumber(parser, MaxInFlightOption, Core::MaxInFlightLimit, &push.sender.maxInFlight,
                           error) ||
        !readLimitedNumber(parser, MaxAttemptsOption, Core::MaxAttemptsLimit, &push.sender.maxAttempts,
                           error) ||
        !readBoundedNumber(parser, WaitTimeoutOption, 1, MaxWaitTimeoutSeconds, &push.waitTimeoutSeconds,
                           error))
        return false;
    push.noWait = parser.isSet(NoWaitOption);
    if (push.noWait && parser.isSet(WaitTimeoutOption)) {
        *error = tr("--no-wait and --wait-timeout contradict each other: --no-wait does not wait for "
                    "retries at all. Give one of them.");
        return false;
    }
    return true;
}

} // namespace

QStringList optionNames()
{
    QStringList names;
    for (const QCommandLineOption &option : commandLineOptions())
        names.append(option.names());
    return names;
}

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
    case Command::CardsEdit:
        return u"cards edit"_s;
    case Command::CardsReplace:
        return u"cards replace"_s;
    case Command::CardsFormats:
        return u"cards formats"_s;
    case Command::Push:
        return u"push"_s;
    case Command::Failures:
        return u"failures"_s;
    case Command::Retry:
        return u"retry"_s;
    case Command::Resolve:
        return u"resolve"_s;
    case Command::Audit:
        return u"audit"_s;
    case Command::ProfilesList:
        return u"profiles"_s;
    case Command::ProfilesAdd:
        return u"profiles add"_s;
    case Command::ProfilesRemove:
        return u"profiles remove"_s;
    case Command::Diagnostics:
        return u"diagnostics"_s;
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
        !readCardOptions(parser, &invocation, &parsed.error) ||
        !readReviewOptions(parser, &invocation, &parsed.error) ||
        !readPushOptions(parser, &invocation, &parsed.error))
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
