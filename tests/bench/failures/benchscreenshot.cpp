// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchscreenshot.h"

#include "core/accesscredentialsjson.h"
#include "core/directorytable.h"
#include "gui/failureinboxcontroller.h"
#include "models/roles.h"
#include "sampledata.h"
#include "store/credentialregister.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/sqlsupport.h"
#include "ui/failurespage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace CardDesk::Bench {

namespace {

const QString Profile = u"eu-production"_s;

struct Reason
{
    Core::ResultCode code;
    const char16_t *message;
};

// Reasons and messages as Calven and the transport report them, weighted by repetition.
const Reason Reasons[] = {
    {Core::ResultCode::CardUpdateFailed, u"Card 7:%1 is already assigned to another user"},
    {Core::ResultCode::UserNotFound, u"User not found"},
    {Core::ResultCode::PartialUpdate, u"1 of 2 cards failed; the other cards were applied."},
    {Core::ResultCode::CardUpdateFailed, u"Card 7:%1 is already assigned to another user"},
    {Core::ResultCode::Unknown, u"Response body is not JSON (HTTP 502)"},
    {Core::ResultCode::UnrecognisedValue, u"Calven returned the result CARD_QUARANTINED"},
    {Core::ResultCode::CardUpdateFailed, u"Card number %1 is invalid for format H10301"},
};

QByteArray responseFor(const Core::UpdateResult &result)
{
    QJsonArray cards;
    for (const Core::CardResult &card : result.cards) {
        cards.append(QJsonObject{{u"cardNumber"_s, card.cardNumber},
                                 {u"facilityCode"_s, card.facilityCode},
                                 {u"result"_s, card.rawResult},
                                 {u"message"_s, card.message}});
    }
    const QJsonObject body{{u"updateId"_s, result.updateId},
                           {u"result"_s, result.rawResult},
                           {u"message"_s, result.message},
                           {u"credentials"_s, cards}};
    return QJsonDocument(QJsonArray{body}).toJson(QJsonDocument::Compact);
}

// Sends one user's cards through the outbox and records the reason's outcome, with the request and
// response bodies as the sender stores them. Returns the update id.
QString recordFailure(Store::Outbox &outbox, const Core::DirectoryUser &user, const QList<Core::Credential> &cards,
                      const Reason &reason)
{
    const auto queued = outbox.enqueue(Profile, user.userId, user.credentialUsername(), cards);
    if (!queued || !outbox.takeDueBatch(Profile, 10, QDateTime::currentDateTimeUtc()))
        qFatal("Cannot queue the screenshot failures: %s", qPrintable(outbox.errorString()));
    const QByteArray request =
        Core::AccessCredentialsJson::encodeRequest({{queued->updateId, user.credentialUsername(), cards}});
    const QString number = cards.constFirst().cardNumber;
    if (reason.code == Core::ResultCode::Unknown) {
        outbox.markNeedsAttention(queued->updateId, QString::fromUtf16(reason.message));
        return queued->updateId;
    }
    Core::UpdateResult result;
    result.updateId = queued->updateId;
    result.code = reason.code;
    result.rawResult = reason.code == Core::ResultCode::UnrecognisedValue ? u"CARD_QUARANTINED"_s
                                                                          : Core::resultCodeToWire(reason.code);
    result.message = QString::fromUtf16(reason.message).replace(u"%1"_s, number);
    for (const Core::Credential &card : cards) {
        const bool failed = reason.code != Core::ResultCode::PartialUpdate || card.cardNumber == number;
        result.cards.append({card.cardNumber, card.facilityCode, failed ? u"CARD_UPDATE_FAILED"_s : u"OK"_s,
                             failed ? Core::ResultCode::CardUpdateFailed : Core::ResultCode::Ok,
                             failed ? result.message : QString()});
    }
    if (!outbox.recordResults({result}, request, responseFor(result), reason.code == Core::ResultCode::Unknown ? 502 : 200))
        qFatal("Cannot record the screenshot failures: %s", qPrintable(outbox.errorString()));
    return queued->updateId;
}

void moveOutcome(Store::Database &database, const QString &updateId, const QDateTime &whenUtc)
{
    QSqlQuery query(database.connection());
    query.prepare(u"UPDATE outbox SET updated_at = ?, created_at = ? WHERE update_id = ?"_s);
    query.addBindValue(Store::Sql::toDbTime(whenUtc));
    query.addBindValue(Store::Sql::toDbTime(whenUtc.addSecs(-4)));
    query.addBindValue(updateId);
    if (!query.exec())
        qFatal("Cannot move the screenshot failures in time");
}

} // namespace

int saveFailureInboxScreenshot(const QString &path)
{
    QTemporaryDir dir;
    Store::Database database;
    if (!dir.isValid() || !database.open(dir.filePath(u"screenshot.sqlite"_s))) {
        QTextStream(stdout) << "Cannot create the screenshot database: " << database.errorString() << '\n';
        return 1;
    }
    Store::Outbox outbox(database);
    Store::CredentialRegister credentials(database);
    Core::DirectoryTableBuilder builder({});
    const QList<Core::DirectoryUser> users = Tests::generatedUsers(400);
    for (const Core::DirectoryUser &user : users)
        builder.addUser(user);
    const std::shared_ptr<const Core::DirectoryTable> directory = builder.finish();

    // The first user holds card 7:24680, which the selected failure tries to give someone else.
    const Core::DirectoryUser &holder = users.at(0);
    const Core::DirectoryUser &selectedUser = users.at(1);
    outbox.enqueue(Profile, holder.userId, holder.credentialUsername(), {Tests::sampleCard(u"7"_s, u"24680"_s)});
    outbox.takeDueBatch(Profile, 10, QDateTime::currentDateTimeUtc());

    QRandomGenerator random(7);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int count = 0;
    for (int day = 13; day >= 0; --day) {
        const QDateTime dayStart = now.addDays(-day);
        const int weekday = dayStart.toLocalTime().date().dayOfWeek();
        const int failures = weekday >= 6 ? 2 + int(random.bounded(3)) : 8 + int(random.bounded(14));
        for (int i = 0; i < failures; ++i) {
            const Reason &reason = Reasons[random.bounded(int(std::size(Reasons)))];
            const Core::DirectoryUser &user = users.at(2 + int(random.bounded(int(users.size()) - 2)));
            QList<Core::Credential> cards{Tests::sampleCard(u"7"_s, QString::number(20000 + random.bounded(30000)))};
            if (reason.code == Core::ResultCode::PartialUpdate)
                cards.append(Tests::sampleCard(u"7"_s, QString::number(20000 + random.bounded(30000))));
            const QString updateId = recordFailure(outbox, user, cards, reason);
            moveOutcome(database, updateId, dayStart.addSecs(-qint64(random.bounded(9 * 3600)) - 600));
            ++count;
        }
    }
    // The newest failure: a retry that failed again because the card belongs to the holder.
    const Reason held{Core::ResultCode::CardUpdateFailed, u"Card 7:%1 is already assigned to another user"};
    const QList<Core::Credential> heldCards{Tests::sampleCard(u"7"_s, u"24680"_s)};
    const QString first = recordFailure(outbox, selectedUser, heldCards, held);
    moveOutcome(database, first, now.addSecs(-400));
    const auto retry = outbox.retry(first);
    if (!retry || !outbox.takeDueBatch(Profile, 10, QDateTime::currentDateTimeUtc()))
        qFatal("Cannot retry the screenshot failure: %s", qPrintable(outbox.errorString()));
    Core::UpdateResult again{retry->updateId, u"CARD_UPDATE_FAILED"_s, Core::ResultCode::CardUpdateFailed,
                             u"Card 7:24680 is already assigned to another user"_s, {}};
    again.cards.append({u"24680"_s, u"7"_s, u"CARD_UPDATE_FAILED"_s, Core::ResultCode::CardUpdateFailed,
                        again.message});
    const QByteArray request =
        Core::AccessCredentialsJson::encodeRequest({{retry->updateId, selectedUser.credentialUsername(), heldCards}});
    outbox.recordResults({again}, request, responseFor(again), 200);
    count += 2;

    Ui::FailuresPage page;
    page.resize(1500, 1000);
    Gui::FailureInboxController controller(&page, database, outbox, credentials,
                                           [directory] { return directory; });
    page.setOpenFailureTotal(outbox.counts()->openFailures);
    bool shown = false;
    QObject::connect(&controller, &Gui::FailureInboxController::summaryShown, &page, [&shown] { shown = true; });
    page.show();
    QElapsedTimer timer;
    timer.start();
    while (!shown && timer.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    auto *table = page.findChild<QTableView *>(u"failuresTableView"_s);
    table->selectRow(0);
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!page.grab().save(path)) {
        QTextStream(stdout) << "Cannot save the screenshot to " << path << '\n';
        return 1;
    }
    QTextStream(stdout) << "Saved " << path << " with " << count << " failures\n";
    return 0;
}

} // namespace CardDesk::Bench
