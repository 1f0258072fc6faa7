// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The commands that only read the local database: users search, cards show, cards formats and
// failures, plus the lookups every command shares.
#include "commandcontext.h"

#include "exitcode.h"
#include "output.h"
#include "pendingupdates.h"
#include "presentation.h"

#include "core/cardformat.h"
#include "store/credentialregister.h"
#include "store/outbox.h"
#include "sync/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace CardDesk::Cli {

namespace {

class CommandText
{
    Q_DECLARE_TR_FUNCTIONS(CardDesk::Cli::Commands)
};

QString tr(const char *text)
{
    return CommandText::tr(text);
}

QString userSearchLine(const Core::DirectoryUser &user, const UserDirectory &directory)
{
    const QString location = directory.locationName(user.primaryLocationId);
    return QString(user.userId + u"  "_s + Presentation::userLabel(user) + u"  "_s +
                   (location.isEmpty() ? u"-"_s : location) + u"  "_s +
                   (user.status.isEmpty() ? u"-"_s : user.status));
}

void printCards(Output &output, const QList<Core::Credential> &cards)
{
    if (cards.isEmpty())
        output.line(tr("  (no cards)"));
    for (const Core::Credential &card : cards)
        output.line(u"  "_s + Presentation::cardLine(card));
}

void printRegisterRecord(Output &output, const std::optional<Store::RegisterRecord> &record)
{
    if (!record) {
        output.line(
            tr("Intended card set: none. CardDesk has not queued or sent cards for this user, and Calven "
               "has no API to read them."));
        return;
    }
    output.line(tr("Intended card set (set %1):").arg(Presentation::localTime(record->intendedAt)));
    printCards(output, record->intended);
    if (!record->hasConfirmed) {
        output.line(tr("Confirmed by Calven: no set yet."));
        return;
    }
    output.line(tr("Confirmed by Calven (%1, update %2):")
                    .arg(Presentation::localTime(record->confirmedAt), record->confirmedUpdateId));
    printCards(output, record->confirmed);
}

void setRegisterFields(Output &output, const std::optional<Store::RegisterRecord> &record)
{
    const bool confirmed = record && record->hasConfirmed;
    output.setField(u"intended"_s,
                    record ? QJsonValue(Presentation::cardsJson(record->intended)) : QJsonValue());
    output.setField(u"intendedAt"_s, record ? Presentation::isoTime(record->intendedAt) : QJsonValue());
    output.setField(u"confirmed"_s,
                    confirmed ? QJsonValue(Presentation::cardsJson(record->confirmed)) : QJsonValue());
    output.setField(u"confirmedAt"_s, confirmed ? Presentation::isoTime(record->confirmedAt) : QJsonValue());
    output.setField(u"confirmedUpdateId"_s, confirmed ? QJsonValue(record->confirmedUpdateId) : QJsonValue());
    output.setField(u"inSync"_s, confirmed && record->intended == record->confirmed);
}

void printUserUpdates(Output &output, const QList<Core::OutboxEntry> &pending,
                      const QList<Core::OutboxEntry> &failures)
{
    QJsonArray pendingJson;
    if (!pending.isEmpty())
        output.line(tr("Pending updates (run push to send them):"));
    for (const Core::OutboxEntry &entry : pending) {
        output.line(u"  "_s + Presentation::updateLine(entry));
        pendingJson.append(Presentation::entryJson(entry));
    }
    QJsonArray failuresJson;
    if (!failures.isEmpty())
        output.line(tr("Open failures:"));
    for (const Core::OutboxEntry &entry : failures) {
        output.line(u"  "_s + Presentation::failureLine(entry));
        failuresJson.append(Presentation::entryJson(entry));
    }
    output.setField(u"pending"_s, pendingJson);
    output.setField(u"failures"_s, failuresJson);
}

QString facilityCodeUseName(Core::FacilityCodeUse use)
{
    switch (use) {
    case Core::FacilityCodeUse::None:
        return u"none"_s;
    case Core::FacilityCodeUse::Required:
        return u"required"_s;
    case Core::FacilityCodeUse::Optional:
        return u"optional"_s;
    }
    return {};
}

QString numberDescription(const Core::CardFormat &format)
{
    switch (format.cardNumberBase) {
    case Core::NumberBase::Decimal:
        return tr("decimal %1 to %2").arg(format.cardNumberRange.min).arg(format.cardNumberRange.max);
    case Core::NumberBase::Hex:
        return tr("hex, %1 bytes").arg(format.serialBytes);
    case Core::NumberBase::Text:
        return tr("letters and digits");
    }
    return {};
}

QString facilityCodeDescription(const Core::CardFormat &format)
{
    if (!format.hasFacilityCode())
        return tr("no facility code");
    const QString range =
        QString::number(format.facilityCodeRange.min) + u'-' + QString::number(format.facilityCodeRange.max);
    return format.facilityCodeUse == Core::FacilityCodeUse::Required ? tr("facility code %1").arg(range)
                                                                     : tr("optional facility code");
}

} // namespace

std::optional<UserDirectory> loadUserDirectory(const CommandContext &context, int *exitCode)
{
    const Sync::DirectorySnapshot snapshot = context.workspace.loadDirectoryNow();
    if (!snapshot.error.isEmpty()) {
        context.output.error(snapshot.error);
        *exitCode = ExitLocalData;
        return std::nullopt;
    }
    return UserDirectory(snapshot.users, snapshot.locations, snapshot.refreshedAtUtc);
}

std::optional<Core::DirectoryUser> findUser(const CommandContext &context, const UserDirectory &directory,
                                            int *exitCode)
{
    const UserLookup lookup = directory.find(context.invocation.argument);
    if (lookup.user)
        return lookup.user;
    context.output.error(lookup.error);
    QJsonArray candidates;
    for (const Core::DirectoryUser &user : lookup.candidates)
        candidates.append(Presentation::userJson(user, directory.locationName(user.primaryLocationId)));
    context.output.setField(u"candidates"_s, candidates);
    *exitCode = ExitInvalidInput;
    return std::nullopt;
}

std::optional<Net::Profile> requireProfile(const CommandContext &context, int *exitCode)
{
    const GlobalOptions &options = context.invocation.global;
    if (options.keyId.isEmpty()) {
        context.output.error(tr("\"%1\" needs --key-id: updates are queued and sent per API key. Give the "
                                "same --base-url and --key-id here and to push.")
                                 .arg(commandName(context.invocation.command)));
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    const Net::Profile profile = profileFor(options);
    const QString problem = profile.validationError();
    if (!problem.isEmpty()) {
        context.output.error(problem);
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    context.output.setField(u"profileId"_s, profile.id);
    return profile;
}

QString profileFilter(const Invocation &invocation)
{
    if (invocation.global.keyId.isEmpty())
        return {};
    return profileIdFor(invocation.global.baseUrl, invocation.global.keyId);
}

int runUsersSearch(const CommandContext &context)
{
    int exitCode = ExitSuccess;
    const auto directory = loadUserDirectory(context, &exitCode);
    if (!directory)
        return exitCode;
    if (directory->isEmpty())
        context.output.warning(
            tr("The local user directory is empty. Run \"carddesk-cli users refresh\" first."));

    const QList<Core::DirectoryUser> matches = directory->search(context.invocation.argument);
    QJsonArray users;
    for (const Core::DirectoryUser &user : matches) {
        users.append(Presentation::userJson(user, directory->locationName(user.primaryLocationId)));
        context.output.line(userSearchLine(user, *directory));
    }
    if (matches.isEmpty())
        context.output.line(tr("No cached user matches \"%1\".").arg(context.invocation.argument));
    context.output.setField(u"query"_s, context.invocation.argument);
    context.output.setField(u"users"_s, users);
    context.output.setField(u"refreshedAt"_s, Presentation::isoTime(directory->refreshedAtUtc()));
    return ExitSuccess;
}

int runCardsShow(const CommandContext &context)
{
    int exitCode = ExitSuccess;
    const auto directory = loadUserDirectory(context, &exitCode);
    if (!directory)
        return exitCode;
    const auto user = findUser(context, *directory, &exitCode);
    if (!user)
        return exitCode;

    Store::CredentialRegister &credentialRegister = context.workspace.credentialRegister();
    const auto record = credentialRegister.record(user->userId);
    if (!credentialRegister.errorString().isEmpty()) {
        context.output.error(credentialRegister.errorString());
        return ExitLocalData;
    }
    QString error;
    const QString profileId = profileFilter(context.invocation);
    const auto pending = findPendingUpdates(context.workspace, profileId, user->userId, &error);
    if (!pending) {
        context.output.error(error);
        return ExitLocalData;
    }
    Store::FailureFilter filter;
    filter.profileId = profileId;
    filter.userId = user->userId;
    const auto failures = context.workspace.outbox().failures(filter);
    if (!failures) {
        context.output.error(context.workspace.outbox().errorString());
        return ExitLocalData;
    }

    const QString location = directory->locationName(user->primaryLocationId);
    context.output.line(tr("User: %1").arg(Presentation::userLabel(*user)));
    context.output.line(
        tr("  user id %1, user name %2, status %3, location %4")
            .arg(user->userId, user->userName, user->status, location.isEmpty() ? u"-"_s : location));
    printRegisterRecord(context.output, record);

    printUserUpdates(context.output, pending->entries, *failures);
    if (record && record->hasConfirmed && record->intended == record->confirmed && pending->entries.isEmpty())
        context.output.line(tr("Calven has confirmed the intended card set."));

    context.output.setField(u"user"_s, Presentation::userJson(*user, location));
    setRegisterFields(context.output, record);
    return ExitSuccess;
}

int runCardsFormats(Output &output)
{
    QJsonArray formats;
    for (const Core::CardFormat &format : Core::cardFormats()) {
        const QString id = format.id.toString();
        output.line(QString(id.leftJustified(15) + u' ' + format.displayName() + u"  ("_s +
                            facilityCodeDescription(format) + u"; card number "_s +
                            numberDescription(format) + u')'));
        formats.append(QJsonObject{
            {u"id"_s, id},
            {u"name"_s, format.displayName()},
            {u"credentialType"_s, format.defaultCredentialType.toString()},
            {u"facilityCode"_s, facilityCodeUseName(format.facilityCodeUse)},
            {u"facilityCodeMin"_s, QString::number(format.facilityCodeRange.min)},
            {u"facilityCodeMax"_s, QString::number(format.facilityCodeRange.max)},
            {u"cardNumber"_s, numberDescription(format)},
        });
    }
    output.setField(u"formats"_s, formats);
    return ExitSuccess;
}

int runFailures(const CommandContext &context)
{
    Store::FailureFilter filter;
    filter.profileId = profileFilter(context.invocation);
    const auto failures = context.workspace.outbox().failures(filter);
    if (!failures) {
        context.output.error(context.workspace.outbox().errorString());
        return ExitLocalData;
    }
    QJsonArray entries;
    for (const Core::OutboxEntry &entry : *failures) {
        context.output.line(Presentation::failureLine(entry));
        entries.append(Presentation::entryJson(entry));
    }
    if (failures->isEmpty())
        context.output.line(tr("No open failures."));
    context.output.setField(u"failures"_s, entries);
    return ExitSuccess;
}

} // namespace CardDesk::Cli
