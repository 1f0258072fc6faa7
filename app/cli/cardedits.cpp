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

    context.output.line(tr("Queued update %1 for %2 with this card set. Run push to send it.")
                            .arg(entry->updateId, Presentation::userLabel(base.user)));
    for (const Core::Credential &card : cards)
        context.output.line(u"  "_s + Presentation::cardLine(card));
    context.output.setField(u"update"_s, Presentation::entryJson(*entry));
    // The update is queued, but a missing audit record is a local data error the operator must see.
    for (const QString &problem : std::as_const(storeProblems))
        context.output.error(problem);
    return storeProblems.isEmpty() ? ExitSuccess : ExitLocalData;
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
    const QString cardNumber = options.cardNumber.trimmed();
    const QString facilityCode = options.facilityCode.trimmed();
    QList<Core::Credential> cards = base->cards;
    const qsizetype index = findCard(cards, cardNumber, facilityCode);
    if (index < 0) {
        reportMissingCard(context, *base, cardNumber, facilityCode, index);
        return ExitInvalidInput;
    }
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
    const Core::CredentialBuild build = Core::makeCredential(
        *format, options.facilityCode, options.cardNumber, !options.inactive, operatorCredentialTypes());
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

    const CardOptions &options = context.invocation.card;
    const QString cardNumber = options.cardNumber.trimmed();
    const QString facilityCode = options.facilityCode.trimmed();
    QList<Core::Credential> cards = base->cards;
    const qsizetype index = findCard(cards, cardNumber, facilityCode);
    if (index < 0) {
        reportMissingCard(context, *base, cardNumber, facilityCode, index);
        return ExitInvalidInput;
    }
    if (!cards.at(index).active) {
        context.output.line(tr("Card %1 of %2 is already inactive; nothing was queued.")
                                .arg(cards.at(index).displayNumber(), Presentation::userLabel(base->user)));
        return ExitSuccess;
    }
    cards[index].active = false;
    return queueCardSet(context, *base, cards, context.invocation.card.reason);
}

} // namespace CardDesk::Cli
