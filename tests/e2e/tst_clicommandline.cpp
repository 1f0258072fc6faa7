// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The carddesk_cli library without a process: command-line parsing, profile ids and user lookup.

#include "cli/commandline.h"
#include "cli/userdirectory.h"

#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace CardDesk;
using Cli::Command;

namespace {

Core::DirectoryUser user(const QString &userId, const QString &email, const QString &userName,
                         const QString &firstName, const QString &lastName, const QString &locationId = {})
{
    Core::DirectoryUser result;
    result.userId = userId;
    result.email = email;
    result.userName = userName;
    result.firstName = firstName;
    result.lastName = lastName;
    result.primaryLocationId = locationId;
    result.status = u"active"_s;
    return result;
}

Cli::UserDirectory sampleDirectory()
{
    return Cli::UserDirectory(
        {
            user(u"u-1"_s, u"jane.smith@example.com"_s, u"jane.smith@example.com"_s, u"Jane"_s, u"Smith"_s,
                 u"lon"_s),
            user(u"u-2"_s, u"john.smithers@example.com"_s, u"jsmithers"_s, u"John"_s, u"Smithers"_s,
                 u"nyc"_s),
            user(u"u-3"_s, u"Zoë.Kowalski@example.com"_s, u"zoe.kowalski@example.com"_s, u"Zoë"_s,
                 u"Kowalski"_s, u"lon"_s),
            // Shares its user name with u-1's email, so that text is ambiguous.
            user(u"u-4"_s, u"j.smith@example.com"_s, u"jane.smith@example.com"_s, u"Jan"_s, u"Smith"_s),
        },
        {Core::Location{u"lon"_s, u"London"_s, {}, {}}, Core::Location{u"nyc"_s, u"New York"_s, {}, {}}},
        QDateTime::currentDateTimeUtc());
}

QStringList ids(const QList<Core::DirectoryUser> &users)
{
    QStringList result;
    for (const Core::DirectoryUser &entry : users)
        result.append(entry.userId);
    result.sort();
    return result;
}

} // namespace

class TestCliCommandLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesCommands_data();
    void parsesCommands();
    void parsesOptionsAnywhere();
    void parsesCardOptions();
    void parsesReviewCommands();
    void parsesSince_data();
    void parsesSince();
    void rejectsUsage_data();
    void rejectsUsage();
    void parsesPushOptions();
    void helpListsEveryCommandAndOption();
    void rejectsSecretWithoutEchoingIt_data();
    void rejectsSecretWithoutEchoingIt();
    void noticesJsonEvenOnError();
    void profileIdIsStable();
    void searchNeedsEveryWord_data();
    void searchNeedsEveryWord();
    void findsExactUser_data();
    void findsExactUser();
    void ambiguousUserListsCandidates();
    void missingUserSuggestsSimilar();
};

void TestCliCommandLine::parsesCommands_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("command");
    QTest::addColumn<QString>("argument");
    QTest::newRow("users refresh") << QStringList{u"users"_s, u"refresh"_s} << int(Command::UsersRefresh)
                                   << QString();
    QTest::newRow("users search joins words") << QStringList{u"users"_s, u"search"_s, u"jane"_s, u"london"_s}
                                              << int(Command::UsersSearch) << u"jane london"_s;
    QTest::newRow("cards show") << QStringList{u"cards"_s, u"show"_s, u"a@example.com"_s}
                                << int(Command::CardsShow) << u"a@example.com"_s;
    QTest::newRow("cards formats") << QStringList{u"cards"_s, u"formats"_s} << int(Command::CardsFormats)
                                   << QString();
    QTest::newRow("push") << QStringList{u"push"_s} << int(Command::Push) << QString();
    QTest::newRow("failures") << QStringList{u"failures"_s} << int(Command::Failures) << QString();
    QTest::newRow("help word") << QStringList{u"help"_s} << int(Command::Help) << QString();
    QTest::newRow("help option") << QStringList{u"push"_s, u"-h"_s} << int(Command::Help) << QString();
    QTest::newRow("version") << QStringList{u"--version"_s} << int(Command::Version) << QString();
}

void TestCliCommandLine::parsesCommands()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, command);
    QFETCH(QString, argument);
    const Cli::ParsedCommandLine parsed = Cli::parseCommandLine(QStringList{u"carddesk-cli"_s} + arguments);
    QVERIFY2(parsed.invocation.has_value(), qPrintable(parsed.error));
    QCOMPARE(int(parsed.invocation->command), command);
    QCOMPARE(parsed.invocation->argument, argument);
}

void TestCliCommandLine::parsesOptionsAnywhere()
{
    const Cli::ParsedCommandLine parsed = Cli::parseCommandLine(
        {u"carddesk-cli"_s, u"--base-url"_s, u"https://calven.example.com/"_s, u"push"_s, u"--key-id"_s,
         u"k1"_s, u"--auth"_s, u"client-secret"_s, u"--region"_s, u"ause1"_s, u"--data-dir"_s, u"/tmp/x"_s,
         u"--json"_s, u"--timeout"_s, u"7"_s});
    QVERIFY2(parsed.invocation.has_value(), qPrintable(parsed.error));
    const Cli::GlobalOptions &options = parsed.invocation->global;
    QCOMPARE(options.baseUrl, QUrl(u"https://calven.example.com/"_s));
    QCOMPARE(options.keyId, u"k1"_s);
    QCOMPARE(options.authMode, Net::AuthMode::ClientSecret);
    QCOMPARE(options.region, Net::Region::Ause1);
    QCOMPARE(options.dataDir, u"/tmp/x"_s);
    QVERIFY(options.json);
    QCOMPARE(options.timeoutSeconds, 7);

    const Cli::ParsedCommandLine defaults = Cli::parseCommandLine({u"carddesk-cli"_s, u"failures"_s});
    QVERIFY(defaults.invocation.has_value());
    QCOMPARE(defaults.invocation->global.baseUrl, Net::defaultCalvenBaseUrl());
    QCOMPARE(defaults.invocation->global.authMode, Net::AuthMode::HmacToken);
    QCOMPARE(defaults.invocation->global.region, Net::Region::Usce1);
    QCOMPARE(defaults.invocation->global.dataDir, Cli::defaultDataDir());
    QCOMPARE(defaults.invocation->global.timeoutSeconds, 30);
    QVERIFY(!defaults.invocation->global.json);
}

void TestCliCommandLine::parsesCardOptions()
{
    const Cli::ParsedCommandLine parsed = Cli::parseCommandLine(
        {u"carddesk-cli"_s, u"cards"_s, u"add"_s, u"a@example.com"_s, u"--type"_s, u"h10301"_s,
         u"--card-number"_s, u"04711"_s, u"--facility-code"_s, u"012"_s, u"--inactive"_s});
    QVERIFY2(parsed.invocation.has_value(), qPrintable(parsed.error));
    const Cli::CardOptions &card = parsed.invocation->card;
    QCOMPARE(card.formatId, u"h10301"_s);
    QCOMPARE(card.cardNumber, u"04711"_s);
    QCOMPARE(card.facilityCode, u"012"_s);
    QVERIFY(card.inactive);
}

void TestCliCommandLine::parsesReviewCommands()
{
    const Cli::ParsedCommandLine retry =
        Cli::parseCommandLine({u"carddesk-cli"_s, u"retry"_s, u"id-1"_s, u"id-2"_s});
    QVERIFY2(retry.invocation.has_value(), qPrintable(retry.error));
    QCOMPARE(retry.invocation->command, Command::Retry);
    QCOMPARE(retry.invocation->review.updateIds, (QStringList{u"id-1"_s, u"id-2"_s}));

    const Cli::ParsedCommandLine resolve = Cli::parseCommandLine(
        {u"carddesk-cli"_s, u"resolve"_s, u"id-1"_s, u"--note"_s, u" Fixed by hand "_s});
    QVERIFY2(resolve.invocation.has_value(), qPrintable(resolve.error));
    QCOMPARE(resolve.invocation->command, Command::Resolve);
    QCOMPARE(resolve.invocation->review.updateIds, QStringList{u"id-1"_s});
    QCOMPARE(resolve.invocation->review.note, u"Fixed by hand"_s);

    const Cli::ParsedCommandLine audit = Cli::parseCommandLine(
        {u"carddesk-cli"_s, u"audit"_s, u"--user"_s, u"kim"_s, u"--action"_s, u"cards.submitted"_s});
    QVERIFY2(audit.invocation.has_value(), qPrintable(audit.error));
    QCOMPARE(audit.invocation->command, Command::Audit);
    QCOMPARE(audit.invocation->review.userText, u"kim"_s);
    QCOMPARE(audit.invocation->review.action, u"cards.submitted"_s);
    QVERIFY(!audit.invocation->review.sinceUtc.isValid());
    QVERIFY(!audit.invocation->review.untilUtc.isValid());

    const Cli::ParsedCommandLine outcomes =
        Cli::parseCommandLine({u"carddesk-cli"_s, u"audit"_s, u"--result"_s, u"needs-attention"_s,
                               u"--text"_s, u" 202:1093 "_s, u"--until"_s, u"2026-03-01"_s});
    QVERIFY2(outcomes.invocation.has_value(), qPrintable(outcomes.error));
    QCOMPARE(outcomes.invocation->review.result, u"needs-attention"_s);
    QCOMPARE(outcomes.invocation->review.text, u"202:1093"_s);
    // A bare --until date includes that whole local day.
    QCOMPARE(outcomes.invocation->review.untilUtc, QDate(2026, 3, 2).startOfDay().toUTC());

    const Cli::ParsedCommandLine replace =
        Cli::parseCommandLine({u"carddesk-cli"_s, u"cards"_s, u"replace"_s, u"a@example.com"_s,
                               u"--card-number"_s, u"1"_s, u"--type"_s, u"h10301"_s, u"--new-card-number"_s,
                               u"2"_s, u"--new-facility-code"_s, u""_s, u"--reason"_s, u"Lost card"_s});
    QVERIFY2(replace.invocation.has_value(), qPrintable(replace.error));
    QCOMPARE(replace.invocation->command, Command::CardsReplace);
    QCOMPARE(replace.invocation->card.newCardNumber, u"2"_s);
    QVERIFY(replace.invocation->card.newFacilityCodeSet);
    QVERIFY(replace.invocation->card.newFacilityCode.isEmpty());
    QCOMPARE(replace.invocation->card.reason, u"Lost card"_s);
}

void TestCliCommandLine::parsesSince_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QDateTime>("expectedUtc");
    QTest::newRow("date is local midnight") << u"2026-03-01"_s << QDate(2026, 3, 1).startOfDay().toUTC();
    QTest::newRow("UTC time") << u"2026-03-01T08:30:00Z"_s
                              << QDateTime(QDate(2026, 3, 1), QTime(8, 30), QTimeZone::utc());
    QTest::newRow("offset") << u"2026-03-01T10:30:00+02:00"_s
                            << QDateTime(QDate(2026, 3, 1), QTime(8, 30), QTimeZone::utc());
}

void TestCliCommandLine::parsesSince()
{
    QFETCH(QString, value);
    QFETCH(QDateTime, expectedUtc);
    const Cli::ParsedCommandLine parsed =
        Cli::parseCommandLine({u"carddesk-cli"_s, u"audit"_s, u"--since"_s, value});
    QVERIFY2(parsed.invocation.has_value(), qPrintable(parsed.error));
    QCOMPARE(parsed.invocation->review.sinceUtc, expectedUtc);
}

void TestCliCommandLine::rejectsUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("nothing") << QStringList() << u"Missing command"_s;
    QTest::newRow("until not a date")
        << QStringList{u"audit"_s, u"--until"_s, u"tomorrow"_s} << u"tomorrow"_s;
    QTest::newRow("result on failures")
        << QStringList{u"failures"_s, u"--result"_s, u"failed"_s} << u"--result"_s;
    QTest::newRow("unknown group") << QStringList{u"badges"_s} << u"badges"_s;
    QTest::newRow("users without subcommand") << QStringList{u"users"_s} << u"refresh, search"_s;
    QTest::newRow("search without text") << QStringList{u"users"_s, u"search"_s} << u"users search"_s;
    QTest::newRow("show two users") << QStringList{u"cards"_s, u"show"_s, u"a"_s, u"b"_s} << u"\"b\""_s;
    QTest::newRow("deactivate without number")
        << QStringList{u"cards"_s, u"deactivate"_s, u"a"_s} << u"--card-number"_s;
    QTest::newRow("inactive on deactivate")
        << QStringList{u"cards"_s, u"deactivate"_s, u"a"_s, u"--card-number"_s, u"1"_s, u"--inactive"_s}
        << u"--inactive"_s;
    QTest::newRow("type on search") << QStringList{u"users"_s, u"search"_s, u"a"_s, u"--type"_s, u"raw"_s}
                                    << u"--type"_s;
    QTest::newRow("missing option value") << QStringList{u"push"_s, u"--key-id"_s} << u"key-id"_s;
    QTest::newRow("timeout not a number") << QStringList{u"push"_s, u"--timeout"_s, u"soon"_s} << u"soon"_s;
    QTest::newRow("timeout too long") << QStringList{u"push"_s, u"--timeout"_s, u"3601"_s} << u"3600"_s;
    QTest::newRow("reason too long") << QStringList{u"cards"_s,          u"add"_s,    u"a"_s, u"--type"_s,
                                                    u"h10301"_s,         u"--card-number"_s, u"1"_s,
                                                    u"--reason"_s,       QString(1001, u'x')}
                                     << u"--reason is 1001 characters long"_s;
    QTest::newRow("note too long") << QStringList{u"resolve"_s, u"u-1"_s, u"--note"_s, QString(1001, u'x')}
                                   << u"--note is 1001 characters long"_s;
    QTest::newRow("base url without host")
        << QStringList{u"push"_s, u"--base-url"_s, u"calven"_s} << u"calven"_s;
    QTest::newRow("empty data dir") << QStringList{u"push"_s, u"--data-dir"_s, u" "_s} << u"--data-dir"_s;
    QTest::newRow("batch size zero") << QStringList{u"push"_s, u"--batch-size"_s, u"0"_s}
                                     << u"--batch-size \"0\" is not a whole number from 1 to 100"_s;
    QTest::newRow("batch size over Calven's limit") << QStringList{u"push"_s, u"--batch-size"_s, u"101"_s}
                                                    << u"\"101\" is not a whole number from 1 to 100"_s;
    QTest::newRow("in flight too many") << QStringList{u"push"_s, u"--max-in-flight"_s, u"9"_s}
                                        << u"--max-in-flight \"9\" is not a whole number from 1 to 8"_s;
    QTest::newRow("attempts not a number") << QStringList{u"push"_s, u"--max-attempts"_s, u"many"_s}
                                           << u"--max-attempts \"many\" is not a whole number from 1 to 50"_s;
    QTest::newRow("attempts too many")
        << QStringList{u"push"_s, u"--max-attempts"_s, u"51"_s} << u"from 1 to 50"_s;
    QTest::newRow("wait timeout zero") << QStringList{u"push"_s, u"--wait-timeout"_s, u"0"_s}
                                       << u"--wait-timeout \"0\" is not a whole number from 1 to 86400"_s;
    QTest::newRow("no wait with wait timeout")
        << QStringList{u"push"_s, u"--no-wait"_s, u"--wait-timeout"_s, u"5"_s} << u"contradict"_s;
    QTest::newRow("batch size on cards add")
        << QStringList{u"cards"_s, u"add"_s,          u"a"_s, u"--type"_s, u"h10301"_s, u"--card-number"_s,
                       u"1"_s,     u"--batch-size"_s, u"5"_s}
        << u"--batch-size is used only by \"push\""_s;
    QTest::newRow("no wait on refresh")
        << QStringList{u"users"_s, u"refresh"_s, u"--no-wait"_s} << u"--no-wait is used only by \"push\""_s;
}

void TestCliCommandLine::rejectsUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, messagePart);
    const Cli::ParsedCommandLine parsed = Cli::parseCommandLine(QStringList{u"carddesk-cli"_s} + arguments);
    QVERIFY(!parsed.invocation.has_value());
    QVERIFY2(parsed.error.contains(messagePart), qPrintable(parsed.error));
}

void TestCliCommandLine::parsesPushOptions()
{
    const Cli::ParsedCommandLine defaults = Cli::parseCommandLine({u"carddesk-cli"_s, u"push"_s});
    QVERIFY2(defaults.invocation.has_value(), qPrintable(defaults.error));
    const Cli::PushOptions &standard = defaults.invocation->push;
    QCOMPARE(standard.sender.batchSize, Sync::SenderOptions().batchSize);
    QCOMPARE(standard.sender.maxInFlight, Sync::SenderOptions().maxInFlight);
    QCOMPARE(standard.sender.maxAttempts, Sync::SenderOptions().maxAttempts);
    QCOMPARE(standard.noWait, false);
    QCOMPARE(standard.waitTimeoutSeconds, 0);

    const Cli::ParsedCommandLine parsed =
        Cli::parseCommandLine({u"carddesk-cli"_s, u"--batch-size"_s, u"25"_s, u"push"_s, u"--max-in-flight"_s,
                               u"8"_s, u"--max-attempts=1"_s, u"--wait-timeout"_s, u"90"_s});
    QVERIFY2(parsed.invocation.has_value(), qPrintable(parsed.error));
    const Cli::PushOptions &push = parsed.invocation->push;
    QCOMPARE(push.sender.batchSize, 25);
    QCOMPARE(push.sender.maxInFlight, 8);
    QCOMPARE(push.sender.maxAttempts, 1);
    QCOMPARE(push.waitTimeoutSeconds, 90);
    QCOMPARE(push.noWait, false);

    const Cli::ParsedCommandLine noWait =
        Cli::parseCommandLine({u"carddesk-cli"_s, u"push"_s, u"--no-wait"_s});
    QVERIFY2(noWait.invocation.has_value(), qPrintable(noWait.error));
    QCOMPARE(noWait.invocation->push.noWait, true);
}

void TestCliCommandLine::helpListsEveryCommandAndOption()
{
    const QString help = Cli::helpText();
    const QStringList options = Cli::optionNames();
    QVERIFY(options.contains(u"max-attempts"_s));
    for (const QString &name : options) {
        const QString typed = name.size() == 1 ? u"-"_s + name : u"--"_s + name;
        QVERIFY2(help.contains(typed + u' ') || help.contains(typed + u','), qPrintable(typed));
    }
    // Command has no gaps: Help is the first value and Diagnostics the last.
    for (int value = int(Command::Help); value <= int(Command::Diagnostics); ++value) {
        const QString name = Cli::commandName(Command(value));
        QVERIFY2(help.contains(u"\n  "_s + name + u' '), qPrintable(name));
    }
}

void TestCliCommandLine::rejectsSecretWithoutEchoingIt_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("optionName");
    QTest::newRow("--secret") << QStringList{u"--secret"_s, u"hunter22"_s, u"push"_s} << u"--secret"_s;
    QTest::newRow("--secret=") << QStringList{u"push"_s, u"--secret=hunter22"_s} << u"--secret"_s;
    QTest::newRow("-secret") << QStringList{u"push"_s, u"-secret"_s, u"hunter22"_s} << u"-secret"_s;
    QTest::newRow("--API-SECRET") << QStringList{u"push"_s, u"--API-SECRET"_s, u"hunter22"_s}
                                  << u"--API-SECRET"_s;
    QTest::newRow("--password") << QStringList{u"push"_s, u"--password=hunter22"_s} << u"--password"_s;
    QTest::newRow("--token") << QStringList{u"push"_s, u"--token"_s, u"hunter22"_s} << u"--token"_s;
}

void TestCliCommandLine::rejectsSecretWithoutEchoingIt()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, optionName);
    const Cli::ParsedCommandLine parsed = Cli::parseCommandLine(QStringList{u"carddesk-cli"_s} + arguments);
    QVERIFY(!parsed.invocation.has_value());
    QVERIFY2(parsed.error.contains(optionName), qPrintable(parsed.error));
    QVERIFY2(parsed.error.contains(Cli::SecretVariable), qPrintable(parsed.error));
    QVERIFY2(!parsed.error.contains(u"hunter22"_s), qPrintable(parsed.error));

    // Values are not options: the client-secret auth mode and a search for "secret" stay allowed.
    QVERIFY(
        Cli::parseCommandLine({u"carddesk-cli"_s, u"--auth"_s, u"client-secret"_s, u"push"_s}).invocation);
    QVERIFY(Cli::parseCommandLine({u"carddesk-cli"_s, u"users"_s, u"search"_s, u"secret"_s}).invocation);
    QVERIFY(Cli::parseCommandLine({u"carddesk-cli"_s, u"users"_s, u"search"_s, u"--"_s, u"--secret"_s})
                .invocation);
}

void TestCliCommandLine::noticesJsonEvenOnError()
{
    const Cli::ParsedCommandLine parsed = Cli::parseCommandLine({u"carddesk-cli"_s, u"--json"_s, u"frob"_s});
    QVERIFY(!parsed.invocation.has_value());
    QVERIFY(parsed.json);
    QVERIFY(!Cli::parseCommandLine({u"carddesk-cli"_s, u"frob"_s}).json);
}

void TestCliCommandLine::profileIdIsStable()
{
    const QString id = Cli::profileIdFor(QUrl(u"https://api.calven.com"_s), u"key-1"_s);
    QVERIFY(!QUuid::fromString(id).isNull());
    QCOMPARE(Cli::profileIdFor(QUrl(u"https://API.Calven.com/"_s), u"key-1"_s), id);
    QVERIFY(Cli::profileIdFor(QUrl(u"https://api.calven.com"_s), u"key-2"_s) != id);
    QVERIFY(Cli::profileIdFor(QUrl(u"https://other.example.com"_s), u"key-1"_s) != id);

    Cli::GlobalOptions options;
    options.baseUrl = QUrl(u"https://api.calven.com/"_s);
    options.keyId = u"key-1"_s;
    const Net::Profile profile = Cli::profileFor(options);
    QCOMPARE(profile.id, id);
    QVERIFY2(profile.validationError().isEmpty(), qPrintable(profile.validationError()));
}

void TestCliCommandLine::searchNeedsEveryWord_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("last name part") << u"smith"_s << QStringList{u"u-1"_s, u"u-2"_s, u"u-4"_s};
    QTest::newRow("two words") << u"SMITH jane"_s << QStringList{u"u-1"_s, u"u-4"_s};
    QTest::newRow("location") << u"smi london"_s << QStringList{u"u-1"_s};
    QTest::newRow("user name") << u"jsmithers"_s << QStringList{u"u-2"_s};
    QTest::newRow("user id") << u"u-3"_s << QStringList{u"u-3"_s};
    QTest::newRow("accented name any case") << u"ZOË"_s << QStringList{u"u-3"_s};
    // "Zoe" followed by U+0308 COMBINING DIAERESIS: folded, it is "zoe", as the stored "Zoë" is.
    QTest::newRow("combining accent") << u"Zoe\u0308 Kowalski London"_s << QStringList{u"u-3"_s};
    QTest::newRow("accent left out") << u"zoe kowalski lon"_s << QStringList{u"u-3"_s};
    QTest::newRow("one word misses") << u"jane york"_s << QStringList();
    QTest::newRow("blank") << u"   "_s << QStringList();
}

void TestCliCommandLine::searchNeedsEveryWord()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(ids(sampleDirectory().search(text)), expected);
}

void TestCliCommandLine::findsExactUser_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("userId");
    QTest::newRow("email") << u"john.smithers@example.com"_s << u"u-2"_s;
    QTest::newRow("email any case") << u"zoë.KOWALSKI@example.com"_s << u"u-3"_s;
    QTest::newRow("user name") << u"jsmithers"_s << u"u-2"_s;
    QTest::newRow("user id") << u"U-4"_s << u"u-4"_s;
    QTest::newRow("surrounding space") << u"  jsmithers "_s << u"u-2"_s;
}

void TestCliCommandLine::findsExactUser()
{
    QFETCH(QString, text);
    QFETCH(QString, userId);
    const Cli::UserLookup lookup = sampleDirectory().find(text);
    QVERIFY2(lookup.user.has_value(), qPrintable(lookup.error));
    QCOMPARE(lookup.user->userId, userId);
    QVERIFY(lookup.error.isEmpty());
}

void TestCliCommandLine::ambiguousUserListsCandidates()
{
    const Cli::UserLookup lookup = sampleDirectory().find(u"jane.smith@example.com"_s);
    QVERIFY(!lookup.user.has_value());
    QCOMPARE(ids(lookup.candidates), (QStringList{u"u-1"_s, u"u-4"_s}));
    QVERIFY2(lookup.error.contains(u"ambiguous"_s), qPrintable(lookup.error));
    QVERIFY2(lookup.error.contains(u"u-1"_s) && lookup.error.contains(u"u-4"_s), qPrintable(lookup.error));
}

void TestCliCommandLine::missingUserSuggestsSimilar()
{
    const Cli::UserLookup lookup = sampleDirectory().find(u"smithers"_s);
    QVERIFY(!lookup.user.has_value());
    QCOMPARE(ids(lookup.candidates), QStringList{u"u-2"_s});
    QVERIFY2(lookup.error.contains(u"\"smithers\" was not found"_s), qPrintable(lookup.error));
    QVERIFY2(lookup.error.contains(u"john.smithers@example.com"_s), qPrintable(lookup.error));

    const Cli::UserLookup empty = Cli::UserDirectory({}, {}, {}).find(u"a@example.com"_s);
    QVERIFY(!empty.user.has_value());
    QVERIFY2(empty.error.contains(u"users refresh"_s), qPrintable(empty.error));
}

QTEST_GUILESS_MAIN(TestCliCommandLine)
#include "tst_clicommandline.moc"
