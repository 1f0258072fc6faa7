// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// "cards add", "cards edit", "cards replace" and "cards deactivate": each builds the user's complete
// new card set, checks it as the desktop app does, and queues it in the outbox without sending it.
#include "commandcontext.h"

#include "exitcode.h"
#include "output.h"
#include "presentation.h"

#include "core/cardvalidation.h"
#include "store/credentialregister.h"
#include "sync/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSettings>

Q_LOGGING_CATEGORY(lcCardEdits, "carddesk.cli.cardedits", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace CardDesk::Cli {

namespace {

// Returns the credentialType values the operator set in the desktop app's settings, so both
// programs send the same type for a format.
Core::CredentialTypeMap operatorCredentialTypes()
{
    const QSettings settings(QSettings::NativeFormat, QSettings::UserScope, u"CardDesk"_s, u"CardDesk"_s);
    return Core::CredentialTypeMap::fromVariantMap(settings.value(u"cards/credentialTypes"_s).toMap());
}

class CardEditText
{
    Q_DECLARE_TR_FUNCTIONS(CardDesk::Cli::CardEdits)
};

QString tr(const char *text)
{
    return CardEditText::tr(text);
}

// The user, profile and current intended set that an edit starts from.
struct EditBase
{
    Net::Profile profile;
    Core::DirectoryUser user;
    QList<Core::Credential> cards;
};

std::optional<EditBase> loadEditBase(const CommandContext &context, int *exitCode)
{
    const auto profile = requireProfile(context, exitCode);
    if (!profile)
        return std::nullopt;
    const auto directory = loadUserDirectory(context, exitCode);
    if (!directory)
        return std::nullopt;
    const auto user = findUser(context, *directory, exitCode);
    if (!user)
        return std::nullopt;

    Store::CredentialRegister &credentialRegister = context.workspace.credentialRegister();
    const auto record = credentialRegister.record(user->userId);
    if (!record && !credentialRegister.errorString().isEmpty()) {
        context.output.error(credentialRegister.errorString());
        *exitCode = ExitLocalData;
        return std::nullopt;
    }
    context.output.setField(u"user"_s,
                            Presentation::userJson(*user, directory->locationName(user->primaryLocationId)));
    return EditBase{*profile, *user, record ? record->intended : QList<Core::Credential>()};
}

void reportIssues(const CommandContext &context, const QList<Core::CardIssue> &issues)
{
    QJsonArray messages;
    for (const Core::CardIssue &issue : issues) {
        context.output.error(issue.message());
        messages.append(issue.message());
    }
    context.output.setField(u"issues"_s, messages);
}

// Checks the whole set as Workspace::submitCards() does, so that a problem in the input is exit
// code 3 and only a failure to store the checked set is exit code 5.
bool checkCardSet(const CommandContext &context, const EditBase &base, const QList<Core::Credential> &cards,
                  int *exitCode)
{
    Store::CredentialRegister &credentialRegister = context.workspace.credentialRegister();
    QString lookupError;
    const Core::CardHolderLookup lookup = [&](const QString &cardNumber, const QString &facilityCode) {
        QList<Core::CardHolder> holders;
        const auto found = credentialRegister.holdersOf(cardNumber, facilityCode);
        if (!found) {
            lookupError = credentialRegister.errorString();
            return holders;
        }
        for (const Store::CardHolder &holder : *found)
            holders.append(Core::CardHolder{holder.userId, holder.username});
        return holders;
    };
    const QList<Core::CardIssue> issues = Core::validateCardSet(base.user.userId, cards, lookup);
    if (!lookupError.isEmpty()) {
        context.output.error(lookupError);
        *exitCode = ExitLocalData;
        return false;
    }
    if (!issues.isEmpty()) {
        reportIssues(context, issues);
        *exitCode = ExitInvalidInput;
        return false;
    }
    return true;
}

int queueCardSet(const CommandContext &context, const EditBase &base, const QList<Core::Credential> &cards,
                 const QString &reason = {})
{
    int exitCode = ExitSuccess;
    if (!checkCardSet(context, base, cards, &exitCode))
        return exitCode;

    Sync::Workspace &workspace = context.workspace;
    // The new entry supersedes the user's Queued entries; one in Sending is left alone.
    QStringList replaceable;
    if (const auto pending = workspace.outbox().pending(base.profile.id, base.user.userId)) {
        for (const Core::OutboxEntry &entry : *pending) {
            if (entry.state == Core::UpdateState::Queued)
                replaceable.append(entry.updateId);
        }
    }
    QStringList storeProblems;
    const QMetaObject::Connection storeFailed =
        QObject::connect(&workspace, &Sync::Workspace::storeFailed, &workspace,
                         [&storeProblems](const QString &message) { storeProblems.append(message); });
    workspace.setAutoSend(false);
    workspace.useProfile(base.profile);
    QString error;
    const auto entry = workspace.submitCards(base.user, cards, &error, reason);
    QObject::disconnect(storeFailed);
    if (!entry) {
        context.output.error(error);
        return ExitLocalData;
    }
    qCInfo(lcCardEdits) << "Queued update" << entry->updateId << "for user" << base.user.userId;

    QStringList superseded;
    for (const QString &updateId : std::as_const(replaceable)) {
        const auto old = workspace.outbox().entry(updateId);
        if (old && old->state == Core::UpdateState::Superseded)
            superseded.append(updateId);
    }
    if (superseded.isEmpty()) {
        context.output.line(tr("Queued update %1 for %2 with this card set. Run push to send it.")
                                .arg(entry->updateId, Presentation::userLabel(base.user)));
    } else {
        context.output.line(
            tr("Queued update %1 for %2 with this card set; it replaces queued update %3, "
               "which will not be sent. Run push to send it.")
                .arg(entry->updateId, Presentation::userLabel(base.user), superseded.join(u", "_s)));
    }
    for (const Core::Credential &card : cards)
        context.output.line(u"  "_s + Presentation::cardLine(card));
    context.output.setField(u"update"_s, Presentation::entryJson(*entry));
    context.output.setField(u"supersededUpdateIds"_s, QJsonArray::fromStringList(superseded));
    // The update is queued, but a missing audit record is a local data error the operator must see.
    for (const QString &problem : std::as_const(storeProblems))
        context.output.error(problem);
    return storeProblems.isEmpty() ? ExitSuccess : ExitLocalData;
}

// The card that --card-number and --facility-code name.
struct CardKey
{
    QString cardNumber;
    QString facilityCode;
};

// Returns the facility code and number of a --card-number in the "FC:NUMBER" form that "cards show"
// prints, such as "12:4711", or nullopt for any other value, such as a serial "04:a1:b2:c3".
std::optional<CardKey> splitFacilityCode(const QString &cardNumber)
{
    static const QRegularExpression pattern(u"^\\s*(\\d+)\\s*:\\s*(\\d+)\\s*$"_s);
    const QRegularExpressionMatch match = pattern.match(cardNumber);
    if (!match.hasMatch())
        return std::nullopt;
    return CardKey{match.captured(2), match.captured(1)};
}

void reportCombinedCardNumber(const CommandContext &context, const CardKey &split)
{
    context.output.error(tr("--card-number \"%1\" contains a facility code. Give the two separately: use "
                            "--facility-code %2 --card-number %3.")
                             .arg(context.invocation.card.cardNumber, split.facilityCode, split.cardNumber));
}

// Returns the card numbers compared the way the core's duplicate check compares them: without
// leading zeros and ignoring letter case.
QString looseKey(const QString &value)
{
    QString key = value.trimmed().toUpper();
    while (key.size() > 1 && key.startsWith(u'0'))
        key.remove(0, 1);
    return key;
}

// Returns the index of the card in the set, or -1 when it is missing, or -2 when the loose
// comparison matches more than one card.
qsizetype findCard(const QList<Core::Credential> &cards, const QString &cardNumber,
                   const QString &facilityCode)
{
    for (qsizetype i = 0; i < cards.size(); ++i) {
        if (cards.at(i).cardNumber == cardNumber && cards.at(i).facilityCode == facilityCode)
            return i;
    }
    qsizetype found = -1;
    for (qsizetype i = 0; i < cards.size(); ++i) {
        if (looseKey(cards.at(i).cardNumber) == looseKey(cardNumber) &&
            looseKey(cards.at(i).facilityCode) == looseKey(facilityCode))
            found = found == -1 ? i : -2;
    }
    return found;
}

QString cardNumberText(const QString &cardNumber, const QString &facilityCode)
{
    return facilityCode.isEmpty() ? cardNumber : QString(facilityCode + u':' + cardNumber);
}

// Reports that findCard() returned index (-1: no such card, -2: more than one) for the options.
void reportMissingCard(const CommandContext &context, const EditBase &base, const QString &cardNumber,
                       const QString &facilityCode, qsizetype index)
{
    QStringList cardNumbers;
    for (const Core::Credential &card : base.cards)
        cardNumbers.append(card.displayNumber());
    const QString requestedCard = cardNumberText(cardNumber, facilityCode);
    const QString known = cardNumbers.isEmpty()
                              ? tr("CardDesk has no cards for this user.")
                              : tr("The user's cards are: %1.").arg(cardNumbers.join(u", "_s));
    context.output.error(
        index == -1 ? tr("Card %1 is not in the card set of %2. %3 Give the card number and facility "
                         "code exactly as listed by \"cards show\".")
                          .arg(requestedCard, Presentation::userLabel(base.user), known)
                    : tr("Card %1 matches more than one card of %2. %3 Give the card number and "
                         "facility code exactly as listed.")
                          .arg(requestedCard, Presentation::userLabel(base.user), known));
}

// Returns the index in base.cards of the card that --card-number and --facility-code name, or -1
// after reporting the error. Without --facility-code, a --card-number such as "12:4711" that
// matches no card as given is read as facility code 12 and number 4711.
qsizetype locateCard(const CommandContext &context, const EditBase &base)
{
    const CardOptions &options = context.invocation.card;
    CardKey key{options.cardNumber.trimmed(), options.facilityCode.trimmed()};
    qsizetype index = findCard(base.cards, key.cardNumber, key.facilityCode);
    if (index == -1) {
        if (const auto split = splitFacilityCode(key.cardNumber)) {
            if (!key.facilityCode.isEmpty()) {
                reportCombinedCardNumber(context, *split);
                return -1;
            }
            key = *split;
            index = findCard(base.cards, key.cardNumber, key.facilityCode);
        }
    }
    if (index < 0) {
        reportMissingCard(context, base, key.cardNumber, key.facilityCode, index);
        return -1;
    }
    return index;
}

// Builds the changed card of "cards edit" or "cards replace" from the options and the old card.
std::optional<Core::Credential> buildChangedCard(const CommandContext &context, const Core::Credential &old,
                                                 bool replace)
{
    const CardOptions &options = context.invocation.card;
    const QString formatId = options.formatId.isEmpty() ? old.formatId : options.formatId;
    const Core::CardFormat *format = Core::findCardFormat(formatId);
    if (!format) {
        context.output.error(
            formatId.isEmpty()
                ? tr("The format of card %1 is not known. Give it with --type; run \"carddesk-cli cards "
                     "formats\" for the format ids.")
                      .arg(old.displayNumber())
                : tr("--type \"%1\" is not a known card format. Run \"carddesk-cli cards formats\" for the "
                     "format ids, such as h10301.")
                      .arg(formatId));
        return std::nullopt;
    }
    const QString cardNumber = options.newCardNumber.isEmpty() ? old.cardNumber : options.newCardNumber;
    const QString facilityCode = options.newFacilityCodeSet ? options.newFacilityCode : old.facilityCode;
    bool active = old.active;
    if (replace || options.active)
        active = true;
    else if (options.inactive)
        active = false;
    const Core::CredentialBuild build =
        Core::makeCredential(*format, facilityCode, cardNumber, active, operatorCredentialTypes());
    if (!build.ok()) {
        reportIssues(context, build.issues);
        return std::nullopt;
    }
    return build.credential;
}

// "cards edit" changes a card's format, number or state; "cards replace" swaps it for a new card.
int changeCard(const CommandContext &context, bool replace)
{
    int exitCode = ExitSuccess;
    const auto base = loadEditBase(context, &exitCode);
    if (!base)
        return exitCode;
    const CardOptions &options = context.invocation.card;
    QList<Core::Credential> cards = base->cards;
    const qsizetype index = locateCard(context, *base);
    if (index < 0)
        return ExitInvalidInput;
    const Core::Credential old = cards.at(index);
    const auto changed = buildChangedCard(context, old, replace);
    if (!changed)
        return ExitInvalidInput;

    if (changed->isSameCard(old)) {
        if (replace) {
            context.output.error(
                tr("The new card %1 is the card it replaces. Give the new card's number with "
                   "--new-card-number and, if it differs, --new-facility-code.")
                    .arg(old.displayNumber()));
            return ExitInvalidInput;
        }
        if (*changed == old) {
            context.output.line(tr("Card %1 of %2 already has these values; nothing was queued.")
                                    .arg(old.displayNumber(), Presentation::userLabel(base->user)));
            return ExitSuccess;
        }
        cards[index] = *changed;
    } else {
        // A card left out of the set may stay valid in Calven, so the old card is sent as inactive.
        cards[index].active = false;
        cards.append(*changed);
    }
    return queueCardSet(context, *base, cards, options.reason);
}

} // namespace

int runCardsEdit(const CommandContext &context)
{
    return changeCard(context, false);
}

int runCardsReplace(const CommandContext &context)
{
    return changeCard(context, true);
}

int runCardsAdd(const CommandContext &context)
{
    const CardOptions &options = context.invocation.card;
    const Core::CardFormat *format = Core::findCardFormat(options.formatId);
    if (!format) {
        context.output.error(
            tr("--type \"%1\" is not a known card format. Run \"carddesk-cli cards formats\" "
               "for the format ids, such as h10301.")
                .arg(options.formatId));
        return ExitInvalidInput;
    }
    CardKey key{options.cardNumber, options.facilityCode};
    const auto split = splitFacilityCode(options.cardNumber);
    if (split && format->facilityCodeUse != Core::FacilityCodeUse::None) {
        if (!options.facilityCode.trimmed().isEmpty()) {
            reportCombinedCardNumber(context, *split);
            return ExitInvalidInput;
        }
        key = *split;
    }
    const Core::CredentialBuild build = Core::makeCredential(*format, key.facilityCode, key.cardNumber,
                                                             !options.inactive, operatorCredentialTypes());
    if (!build.ok()) {
        reportIssues(context, build.issues);
        return ExitInvalidInput;
    }

    int exitCode = ExitSuccess;
    const auto base = loadEditBase(context, &exitCode);
    if (!base)
        return exitCode;
    QList<Core::Credential> cards = base->cards;
    const auto same = std::find_if(cards.begin(), cards.end(), [&build](const Core::Credential &card) {
        return card.isSameCard(build.credential);
    });
    if (same != cards.end() && *same == build.credential) {
        context.output.line(tr("Card %1 is already in the card set of %2 as given; nothing was queued.")
                                .arg(build.credential.displayNumber(), Presentation::userLabel(base->user)));
        return ExitSuccess;
    }
    // The same card in another spelling (leading zeros, letter case) or another format would be
    // a duplicate, which the user's card set cannot hold.
    if (same == cards.end()) {
        const qsizetype index = findCard(cards, build.credential.cardNumber, build.credential.facilityCode);
        if (index != -1) {
            const Core::Credential &existing = cards.at(std::max<qsizetype>(index, 0));
            context.output.error(tr("User %1 already has card %2 (%3). Use \"carddesk-cli cards edit\" to "
                                    "change it.")
                                     .arg(Presentation::userLabel(base->user), existing.displayNumber(),
                                          existing.active ? tr("active") : tr("inactive")));
            return ExitInvalidInput;
        }
    }
    // The same card with other values (such as inactive before) is replaced, not added twice.
    if (same != cards.end())
        *same = build.credential;
    else
        cards.append(build.credential);
    return queueCardSet(context, *base, cards, context.invocation.card.reason);
}

int runCardsDeactivate(const CommandContext &context)
{
    int exitCode = ExitSuccess;
    const auto base = loadEditBase(context, &exitCode);
    if (!base)
        return exitCode;

    QList<Core::Credential> cards = base->cards;
    const qsizetype index = locateCard(context, *base);
    if (index < 0)
        return ExitInvalidInput;
    if (!cards.at(index).active) {
        context.output.line(tr("Card %1 of %2 is already inactive; nothing was queued.")
                                .arg(cards.at(index).displayNumber(), Presentation::userLabel(base->user)));
        return ExitSuccess;
    }
    cards[index].active = false;
    return queueCardSet(context, *base, cards, context.invocation.card.reason);
}

} // namespace CardDesk::Cli
