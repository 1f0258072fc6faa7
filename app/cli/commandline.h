// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/profile.h"
#include "sync/sender.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace CardDesk::Cli {

/// Name of the environment variable that contains the API secret. The secret is never accepted as an
/// argument, because other users can read arguments from the process list.
inline constexpr QLatin1StringView SecretVariable{"CARDDESK_API_SECRET"};

enum class Command
{
    Help,
    Version,
    UsersRefresh,
    UsersSearch,
    CardsShow,
    CardsAdd,
    CardsDeactivate,
    CardsEdit,
    CardsReplace,
    CardsFormats,
    Push,
    Failures,
    Retry,
    Resolve,
    Audit,
    ProfilesList,
    ProfilesAdd,
    ProfilesRemove,
    Diagnostics,
};

/// Returns the command as typed, such as "cards add".
QString commandName(Command command);

/// Options every command accepts.
struct GlobalOptions
{
    QUrl baseUrl; ///< As given, or Calven's production host.
    Net::AuthMode authMode = Net::AuthMode::HmacToken;
    QString keyId; ///< Empty when --key-id was not given.
    Net::Region region = Net::Region::Usce1;
    QString dataDir; ///< As given, or defaultDataDir().
    bool json = false;
    int timeoutSeconds = 30; ///< Transfer timeout of each request to Calven.
    bool verbose = false;    ///< Also print CardDesk's log messages on stderr.
};

/// Options of the "cards" commands that change a card set.
struct CardOptions
{
    QString formatId;
    QString cardNumber;   ///< The card to add, or the existing card to change.
    QString facilityCode; ///< Of cardNumber.
    bool inactive = false;
    bool active = false;     ///< --active of "cards edit".
    QString newCardNumber;   ///< "cards edit" and "cards replace": the card's new number.
    QString newFacilityCode; ///< "cards edit" and "cards replace": the card's new facility code.
    bool newFacilityCodeSet = false;
    QString reason; ///< Stored in the audit record, such as "Lost card replaced".
};

/// Options of "retry", "resolve" and "audit".
struct ReviewOptions
{
    QStringList updateIds; ///< UPDATEID arguments of "retry" and "resolve".
    QString note;          ///< --note of "resolve": why the failure is closed.
    QString userText;      ///< --user of "audit": part of a username, user id or OS user.
    QString action;        ///< --action of "audit": an exact action name such as cards.submitted.
    QDateTime sinceUtc;    ///< --since of "audit"; null when not given.
    QDateTime untilUtc;    ///< --until of "audit", exclusive; null when not given.
    QString result;        ///< --result of "audit": an exact result name such as confirmed.
    QString text;          ///< --text of "audit": words in machine, update id, cards, result or detail.
};

/// Options of "push", the command that sends.
struct PushOptions
{
    /// --batch-size, --max-in-flight and --max-attempts; the sender's defaults when not given.
    Sync::SenderOptions sender;
    bool noWait = false;        ///< --no-wait: report after the first round instead of waiting for retries.
    int waitTimeoutSeconds = 0; ///< --wait-timeout: the longest push waits in all; 0 means no limit.
};

/// One parsed carddesk-cli command line.
struct Invocation
{
    Command command = Command::Help;
    /// USER of the cards commands, TEXT of "users search", NAME of "profiles add" or PROFILE of
    /// "profiles remove", else empty.
    QString argument;
    GlobalOptions global;
    CardOptions card;
    ReviewOptions review;
    PushOptions push;
    QString outputPath; ///< --output of "diagnostics".
};

/// The parsed command line, or the usage error that prevents it.
struct ParsedCommandLine
{
    std::optional<Invocation> invocation;
    QString error;     ///< Names the option or argument and what to do. Empty on success.
    bool json = false; ///< Whether --json was given, so even a usage error is reported as JSON.
};

/// Parses the arguments, program name first. Rejects any option that looks like a secret
/// (such as --secret or --api-secret=...) without repeating its value.
ParsedCommandLine parseCommandLine(const QStringList &arguments);

/// Returns the name of every option the parser accepts, without the leading dashes, such as
/// "base-url".
QStringList optionNames();

/// Returns the complete --help text: commands, options, environment, card formats and exit codes.
QString helpText();

/// Returns the data folder used without --data-dir.
QString defaultDataDir();

/// Returns the profile id for a base URL and key id: a name-based UUID, so every run with the same
/// two values queues and sends under the same id.
QString profileIdFor(const QUrl &baseUrl, const QString &keyId);

/// Returns the profile the options describe, with the id from profileIdFor().
Net::Profile profileFor(const GlobalOptions &options);

} // namespace CardDesk::Cli
