// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "core/cardformat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace CardDesk::Cli {

namespace {

class HelpText
{
    Q_DECLARE_TR_FUNCTIONS(CardDesk::Cli::HelpText)
};

QString formatIdList()
{
    QStringList ids;
    for (const Core::CardFormat &format : Core::cardFormats())
        ids.append(format.id.toString());
    // Wrapped by hand so the list stays readable in an 80-column terminal.
    QString text;
    QString line = u"   "_s;
    for (const QString &id : std::as_const(ids)) {
        if (line.size() + id.size() + 2 > 78) {
            text += line + u'\n';
            line = u"   "_s;
        }
        line += u' ' + id;
    }
    return text + line + u'\n';
}

} // namespace

QString helpText()
{
    return HelpText::tr("Usage: carddesk-cli [options] <command> [arguments]\n"
                        "\n"
                        "Reads the Calven user directory and fixes employees' access cards with\n"
                        "POST /v1/access-credentials, through the same local outbox as the CardDesk app.\n"
                        "\n"
                        "Commands:\n"
                        "  users refresh          Download users and locations into the local cache.\n"
                        "                         Needs the secret.\n"
                        "  users search TEXT      List cached users that match every word of TEXT in their\n"
                        "                         name, email, user name, user id or location (any case).\n"
                        "  cards show USER        Show the user's intended and confirmed card sets and\n"
                        "                         any pending or failed update.\n"
                        "  cards add USER --type FORMAT --card-number NUMBER [--facility-code CODE]\n"
                        "            [--inactive] Queue the user's card set with this card added.\n"
                        "  cards edit USER --card-number NUMBER [--facility-code CODE] [--type FORMAT]\n"
                        "            [--new-card-number NUMBER] [--new-facility-code CODE]\n"
                        "            [--active | --inactive]\n"
                        "                         Queue the user's card set with this card changed. A new\n"
                        "                         number adds the corrected card and sends the old one as\n"
                        "                         inactive. Format and values not given stay as they are.\n"
                        "  cards replace USER --card-number OLD [--facility-code CODE] --type FORMAT\n"
                        "            --new-card-number NEW [--new-facility-code CODE] --reason TEXT\n"
                        "                         Queue the user's card set with the old card inactive and\n"
                        "                         the new card active, for a lost or broken card.\n"
                        "  cards deactivate USER --card-number NUMBER [--facility-code CODE]\n"
                        "                         Queue the user's card set with this card inactive.\n"
                        "  cards formats          List the card format ids for --type.\n"
                        "  push [--no-wait | --wait-timeout SECONDS] [--batch-size N]\n"
                        "       [--max-in-flight N] [--max-attempts N]\n"
                        "                         Send every queued update of the profile to Calven,\n"
                        "                         wait for its retries until each update is confirmed,\n"
                        "                         failed, unknown or needs attention, and print each\n"
                        "                         result. Stops waiting when Calven cannot be reached.\n"
                        "                         Ctrl+C stops sending and keeps the rest queued.\n"
                        "                         Needs the secret.\n"
                        "  failures               List open failures: failed, unknown and given-up updates.\n"
                        "  retry UPDATEID...      Queue the card set of each open failure again under a\n"
                        "                         new updateId linked to the old one. Push sends it.\n"
                        "  resolve UPDATEID --note TEXT\n"
                        "                         Close an open failure without sending, with the reason.\n"
                        "  audit [--user TEXT] [--action ACTION] [--result RESULT] [--text TEXT]\n"
                        "        [--since DATE] [--until DATE]\n"
                        "                         List audit records, newest first, in local time:\n"
                        "                         operator actions and how each update ended.\n"
                        "                         ACTION: cards.submitted, update.retried,\n"
                        "                         update.resolved, update.result, update.superseded,\n"
                        "                         directory.refreshed.\n"
                        "                         RESULT: queued, resolved, superseded, confirmed,\n"
                        "                         partial, failed, unknown, needs-attention, ok.\n"
                        "                         --text matches words in the machine, update id,\n"
                        "                         cards, result or detail.\n"
                        "                         --until DATE includes that whole local day.\n"
                        "  profiles [list]        List the profiles shared with the CardDesk app.\n"
                        "  profiles add NAME --base-url URL --key-id ID [--auth MODE] [--region REGION]\n"
                        "                         Save a profile and put its API secret in the keychain.\n"
                        "                         The secret is the first line of standard input, or is\n"
                        "                         typed at a prompt without echo on a terminal.\n"
                        "  profiles remove PROFILE\n"
                        "                         Remove a profile (id or name) and its keychain secret.\n"
                        "  diagnostics --output FILE\n"
                        "                         Write one text file for support: versions, TLS backend,\n"
                        "                         profile and network settings (key ids, never secrets),\n"
                        "                         outbox counts and recent log lines, redacted again.\n"
                        "  help                   Show this help.\n"
                        "\n"
                        "USER is an email, user name or user id from the local cache. The cards commands\n"
                        "only queue updates; push sends them. Only users refresh and push use the network.\n"
                        "\n"
                        "Options (before or after the command):\n"
                        "  --base-url URL         Calven API base URL (default https://api.calven.com).\n"
                        "                         Plain http is accepted only for loopback addresses.\n"
                        "  --auth MODE            hmac (default), client-secret or basic. Basic can read\n"
                        "                         the directory but cannot send card updates.\n"
                        "  --key-id ID            API key id. Needed by users refresh, push and the cards\n"
                        "                         commands that change a card set. With it, cards show,\n"
                        "                         failures and audit list only this key's updates.\n"
                        "  --region REGION        usce1 (United States, default) or ause1 (Australia).\n"
                        "  --data-dir DIR         Folder of the local database carddesk.sqlite\n"
                        "                         (default %1).\n"
                        "  --json                 Print one JSON document on stdout instead of text.\n"
                        "  --timeout SECONDS      Seconds each request to Calven may take (1 to 3600,\n"
                        "                         default 30).\n"
                        "  --verbose              Also print CardDesk's log messages on stderr.\n"
                        "  --type FORMAT          cards add, edit, replace: the card format id, one of\n"
                        "                         the ids listed below.\n"
                        "  --card-number NUMBER   cards add, edit, replace, deactivate: the card number\n"
                        "                         (edit, replace, deactivate: of the existing card).\n"
                        "  --facility-code CODE   cards add, edit, replace, deactivate: the facility code\n"
                        "                         of that card, for formats that have one.\n"
                        "  --inactive             cards add, edit: queue the card as inactive.\n"
                        "  --active               cards edit: queue the card as active again.\n"
                        "  --new-card-number NUMBER\n"
                        "                         cards edit, replace: the card's new number.\n"
                        "  --new-facility-code CODE\n"
                        "                         cards edit, replace: the card's new facility code.\n"
                        "  --reason TEXT          cards add, edit, replace, deactivate: why the card set\n"
                        "                         changes, kept in the audit log (required by replace).\n"
                        "  --note TEXT            resolve: why the failure is closed (required).\n"
                        "  --user TEXT            audit: only records whose user name, user id or\n"
                        "                         operating-system user contains TEXT (any case).\n"
                        "  --action ACTION        audit: only this action, such as cards.submitted,\n"
                        "                         update.retried or update.resolved.\n"
                        "  --since DATE           audit: only records from DATE on: YYYY-MM-DD (local\n"
                        "                         midnight) or ISO 8601 such as 2026-03-01T08:00:00Z.\n"
                        "  --output FILE          diagnostics: the file to write (replaced if it exists).\n"
                        "  --no-wait              push: report after the first round of requests instead\n"
                        "                         of waiting for scheduled retries.\n"
                        "  --wait-timeout SECONDS push: the longest time to send and wait for retries,\n"
                        "                         1 to 86400 (default: no limit). Updates still waiting\n"
                        "                         then stay queued.\n"
                        "  --batch-size N         push: user updates per request, 1 to 100 (default 100).\n"
                        "  --max-in-flight N      push: requests sent at the same time, 1 to 8\n"
                        "                         (default 2).\n"
                        "  --max-attempts N       push: attempts that may reach Calven before an update\n"
                        "                         needs attention, 1 to 50 (default 6). Attempts that\n"
                        "                         never left this computer do not count.\n"
                        "  -h, --help             Show this help.\n"
                        "  --version              Show the version.\n"
                        "\n"
                        "Updates are queued per API key: the cards commands queue for the\n"
                        "--base-url and --key-id given, and push sends what was queued for the same two.\n"
                        "\n"
                        "Environment:\n"
                        "  %2    The API secret. carddesk-cli never accepts a secret as an\n"
                        "                         argument, because other users can read arguments.\n"
                        "                         When it is not set, users refresh and push use the\n"
                        "                         secret that profiles add stored for --base-url and\n"
                        "                         --key-id.\n"
                        "\n"
                        "Card format ids for --type:\n"
                        "%3"
                        "\n"
                        "Exit codes:\n"
                        "  0  Everything asked for succeeded.\n"
                        "  1  An update failed, has an unknown outcome, needs attention after its\n"
                        "     attempts, or still waits for a retry (after --no-wait or --wait-timeout).\n"
                        "  2  Usage error: unknown command or option, missing or bad argument,\n"
                        "     such as an audit --since, --action or --result value that is not valid.\n"
                        "  3  Invalid input: a card value failed validation, the user was not found\n"
                        "     or is ambiguous, or an updateId of retry or resolve is unknown or not an\n"
                        "     open failure.\n"
                        "  4  Sign-in or network error: the secret is missing or rejected, or Calven\n"
                        "     could not be reached: no request of a push left this computer, such as\n"
                        "     when offline or the connection is refused. A push that Calven answered\n"
                        "     with an HTTP error such as 503 ends with 1 instead.\n"
                        "  5  Local data error: the database could not be opened, read or written, or\n"
                        "     the keychain could not store or remove a secret. Also when another\n"
                        "     CardDesk program (the desktop app or a push) uses the data folder and\n"
                        "     the command changes data; commands that only read run meanwhile.\n"
                        "  6  users refresh reached Calven, but Calven answered with an HTTP error\n"
                        "     such as 503, or with a response that is not the expected JSON.\n"
                        "  130  push was interrupted with Ctrl+C or SIGTERM. Updates without an\n"
                        "       outcome stay queued with their updateIds.\n")
        .arg(defaultDataDir(), SecretVariable, formatIdList());
}

} // namespace CardDesk::Cli
