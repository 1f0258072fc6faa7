// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directorytable.h"
#include "gui/failureinboxcontroller.h"
#include "models/failuretablemodel.h"
#include "models/roles.h"
#include "store/credentialregister.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/sqlsupport.h"
#include "ui/failurecharts.h"
#include "ui/failuredetailview.h"
#include "ui/failurespage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <ctime>
#include <memory>

using namespace Qt::StringLiterals;
using namespace CardDesk;
using Core::ResultCode;

namespace {

const QString Profile = u"profile-eu"_s;
// Bulk failures, more than FailureInboxReader::PageSize so that the table needs several pages.
constexpr int BulkFailures = 450;
constexpr int BulkConfirmed = 1000;
const QString BulkCodes[] = {u"card-update-failed"_s, u"user-not-found"_s, u"partial-update"_s};

Core::Credential card(const QString &facilityCode, const QString &number)
{
    Core::Credential credential;
    credential.credentialType = u"HID Prox"_s;
    credential.facilityCode = facilityCode;
    credential.cardNumber = number;
    return credential;
}

} // namespace

// The failure inbox as the desktop app runs it: FailuresPage query-driven by a
// FailureInboxController, which reads a real SQLite outbox on the reader's worker thread.
class TestFailureInboxStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void firstPageAndStoreCounts();
    void scrollingFetchesEveryPage();
    void resultFilterQueriesStore();
    void textFilterQueriesStore();
    void dayRangeQueriesLocalDays();
    void groupingOrdersEveryPage();
    void retryAndResolveLeaveInbox();
    void pieClickFiltersReason();
    void suggestsSimilarEmails();
    void namesHolderOfCard();
    void invalidCardOpensDecoder();
    void masksSecretsAndShowsTimeline();
    void csvExportWritesEveryMatch();
    void pdfReportCountsEveryMatch();
    void storeFilterCoversLocalDays_data();
    void storeFilterCoversLocalDays();

private:
    QTableView *table() const { return m_page->findChild<QTableView *>(u"failuresTableView"_s); }
    QAbstractItemModel *rows() const { return table()->model(); }
    void bulkInsert();
    // Queues cards for userId, sends them and records wireResult with the given card results.
    std::optional<Core::OutboxEntry> addFailure(const QString &userId, const QString &username,
                                                const QList<Core::Credential> &cards, const QString &wireResult,
                                                const QString &message, const QList<Core::CardResult> &cardResults = {},
                                                const QByteArray &requestBody = "{}");
    void waitForSummary();
    void updateOpenTotal();
    int selectUpdate(const QString &updateId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store::Database> m_database;
    std::unique_ptr<Store::Outbox> m_outbox;
    std::unique_ptr<Store::CredentialRegister> m_register;
    std::shared_ptr<const Core::DirectoryTable> m_directory;
    std::unique_ptr<Ui::FailuresPage> m_page;
    std::unique_ptr<Gui::FailureInboxController> m_controller;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestFailureInboxStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Store::Database>();
    QVERIFY2(m_database->open(m_dir->filePath(u"carddesk.sqlite"_s)), qPrintable(m_database->errorString()));
    m_outbox = std::make_unique<Store::Outbox>(*m_database);
    m_register = std::make_unique<Store::CredentialRegister>(*m_database);
    bulkInsert();

    Core::DirectoryTableBuilder directory({});
    Core::DirectoryUser similar;
    similar.userId = u"u-jon"_s;
    similar.email = u"jon.smith@example.com"_s;
    similar.firstName = u"Jon"_s;
    similar.lastName = u"Smith"_s;
    directory.addUser(similar);
    Core::DirectoryUser unrelated;
    unrelated.userId = u"u-zed"_s;
    unrelated.email = u"zed.quinn@example.org"_s;
    directory.addUser(unrelated);
    Core::DirectoryUser holder;
    holder.userId = u"u-holder"_s;
    holder.email = u"hana.holder@example.com"_s;
    holder.firstName = u"Hana"_s;
    holder.lastName = u"Holder"_s;
    directory.addUser(holder);
    m_directory = directory.finish();

    m_page = std::make_unique<Ui::FailuresPage>();
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        rows(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_controller = std::make_unique<Gui::FailureInboxController>(
        m_page.get(), *m_database, *m_outbox, *m_register,
        [this] { return m_directory; });
    QVERIFY(m_page->isQueryDriven());
    updateOpenTotal();
}

// Gives the page the store's number of open failures, as the application does after each change.
void TestFailureInboxStore::updateOpenTotal()
{
    const auto counts = m_outbox->counts();
    QVERIFY2(counts, qPrintable(m_outbox->errorString()));
    m_page->setOpenFailureTotal(counts->openFailures);
}

void TestFailureInboxStore::cleanup()
{
    m_controller.reset();
    m_tester.reset();
    m_page.reset();
    m_register.reset();
    m_outbox.reset();
    m_database.reset();
    m_dir.reset();
    m_directory.reset();
}

// Inserts BulkFailures open failures, one every 90 minutes back from now, and BulkConfirmed
// confirmed entries, with the raw SQL the benchmark uses.
void TestFailureInboxStore::bulkInsert()
{
    const QSqlDatabase db = m_database->connection();
    Store::Sql::WriteTransaction transaction(db);
    QString error;
    QVERIFY2(transaction.begin(&error), qPrintable(error));
    Store::Sql::BatchInsert insert(db,
                                   u"INSERT INTO outbox (update_id, profile_id, user_id, username,"
                                   " credentials_json, state, attempts, created_at, updated_at, result_code,"
                                   " raw_result, result_message)"_s,
                                   12);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < BulkFailures + BulkConfirmed; ++i) {
        const bool failure = i < BulkFailures;
        const QDateTime when = now.addSecs(-qint64(i) * 90 * 60 - 60);
        const QString code = failure ? BulkCodes[i % 3] : u"ok"_s;
        const QString user = u"u-%1"_s.arg(i, 4, 10, QChar(u'0'));
        insert.bind(0, u"bulk-%1"_s.arg(i, 5, 10, QChar(u'0')));
        insert.bind(1, Profile);
        insert.bind(2, user);
        insert.bind(3, QString(user + u"@example.com"));
        insert.bind(4, u"[{\"cardNumber\":\"%1\",\"facilityCode\":\"7\",\"active\":true}]"_s.arg(50000 + i));
        insert.bind(5, failure ? u"failed"_s : u"confirmed"_s);
        insert.bind(6, 1);
        insert.bind(7, Store::Sql::toDbTime(when.addSecs(-2)));
        insert.bind(8, Store::Sql::toDbTime(when));
        insert.bind(9, code);
        insert.bind(10, code.toUpper().replace(u'-', u'_'));
        insert.bind(11, Store::Sql::text(failure ? u"Bulk failure %1"_s.arg(i) : QString()));
        QVERIFY2(insert.endRow(&error), qPrintable(error));
    }
    QVERIFY2(insert.finish(&error), qPrintable(error));
    QVERIFY2(transaction.commit(&error), qPrintable(error));
}

std::optional<Core::OutboxEntry> TestFailureInboxStore::addFailure(const QString &userId, const QString &username,
                                                                   const QList<Core::Credential> &cards,
                                                                   const QString &wireResult, const QString &message,
                                                                   const QList<Core::CardResult> &cardResults,
                                                                   const QByteArray &requestBody)
{
    const auto queued = m_outbox->enqueue(Profile, userId, username, cards);
    if (!queued)
        return std::nullopt;
    const auto batch = m_outbox->takeDueBatch(Profile, 10, QDateTime::currentDateTimeUtc());
    if (!batch || batch->size() != 1)
        return std::nullopt;
    Core::UpdateResult result;
    result.updateId = queued->updateId;
    result.rawResult = wireResult;
    result.code = Core::resultCodeFromWire(wireResult, message);
    result.message = message;
    result.cards = cardResults;
    if (!m_outbox->recordResults({result}, requestBody, "[]", 200))
        return std::nullopt;
    return m_outbox->entry(queued->updateId);
}

void TestFailureInboxStore::waitForSummary()
{
    QTRY_VERIFY(m_page->findChild<QLabel *>(u"failureCountLabel"_s)->text().contains(u"open failure"_s));
}

int TestFailureInboxStore::selectUpdate(const QString &updateId)
{
    for (int row = 0; row < rows()->rowCount(); ++row) {
        if (rows()->index(row, 0).data(Models::UpdateIdRole).toString() == updateId) {
            table()->selectRow(row);
            return row;
        }
    }
    return -1;
}

void TestFailureInboxStore::firstPageAndStoreCounts()
{
    // The model tester asks for one more page after the first, as a view does.
    QTRY_VERIFY(rows()->rowCount() >= Store::FailureInboxReader::PageSize);
    QVERIFY(rows()->rowCount() <= 2 * Store::FailureInboxReader::PageSize);
    QVERIFY(rows()->rowCount() < BulkFailures);
    // The charts count every open failure in the store, not only the loaded page.
    QTRY_COMPARE(m_page->charts()->statistics().total(), BulkFailures);
    QCOMPARE(m_page->charts()->statistics().perReason.value(ResultCode::UserNotFound), BulkFailures / 3);
    QTRY_VERIFY2(m_page->findChild<QLabel *>(u"failureCountLabel"_s)->text().contains(u"450"_s),
                 qPrintable(m_page->findChild<QLabel *>(u"failureCountLabel"_s)->text()));
    const auto *combo = m_page->findChild<QComboBox *>(u"resultFilterComboBox"_s);
    QCOMPARE(combo->itemText(0), u"All results (450)"_s);
    // Newest first, as the store orders them.
    QCOMPARE(rows()->index(0, 0).data(Models::UpdateIdRole).toString(), u"bulk-00000"_s);
    QCOMPARE(rows()->index(1, 0).data(Models::UpdateIdRole).toString(), u"bulk-00001"_s);
}

void TestFailureInboxStore::scrollingFetchesEveryPage()
{
    QTRY_VERIFY(rows()->rowCount() >= Store::FailureInboxReader::PageSize);
    for (int round = 0; round < 10 && rows()->rowCount() < BulkFailures; ++round) {
        const int before = rows()->rowCount();
        table()->scrollToBottom();
        QTRY_VERIFY(rows()->rowCount() > before);
    }
    QCOMPARE(rows()->rowCount(), BulkFailures);
    QSet<QString> seen;
    for (int row = 0; row < rows()->rowCount(); ++row) {
        const QString updateId = rows()->index(row, 0).data(Models::UpdateIdRole).toString();
        QCOMPARE(updateId, u"bulk-%1"_s.arg(row, 5, 10, QChar(u'0')));
        seen.insert(updateId);
    }
    QCOMPARE(seen.size(), BulkFailures);
}

void TestFailureInboxStore::resultFilterQueriesStore()
{
    waitForSummary();
    m_page->setResultFilter(ResultCode::UserNotFound);
    QTRY_COMPARE(m_page->charts()->statistics().perDay.isEmpty(), false);
    QTRY_VERIFY(rows()->rowCount() > 0 &&
                rows()->index(0, 0).data(Models::ResultCodeRole).toInt() == int(ResultCode::UserNotFound));
    for (int row = 0; row < rows()->rowCount(); ++row)
        QCOMPARE(rows()->index(row, 0).data(Models::ResultCodeRole).toInt(), int(ResultCode::UserNotFound));
    QTRY_VERIFY2(m_page->findChild<QLabel *>(u"failureCountLabel"_s)->text().startsWith(u"150 of 450"_s),
                 qPrintable(m_page->findChild<QLabel *>(u"failureCountLabel"_s)->text()));
    // The bars count the filtered failures, the pie keeps every reason clickable.
    int barTotal = 0;
    for (const auto &day : m_page->charts()->statistics().perDay) {
        for (auto it = day.cbegin(); it != day.cend(); ++it)
            barTotal += it.value();
    }
    QCOMPARE(barTotal, BulkFailures / 3);
    QCOMPARE(m_page->charts()->statistics().perReason.size(), 3);
}

void TestFailureInboxStore::textFilterQueriesStore()
{
    waitForSummary();
    // u-0421 is beyond the first page, so only a store query can find it.
    m_page->findChild<QLineEdit *>(u"failureSearchLineEdit"_s)->setText(u"U-0421"_s);
    QTRY_COMPARE(rows()->rowCount(), 1);
    QCOMPARE(rows()->index(0, 0).data(Models::UpdateIdRole).toString(), u"bulk-00421"_s);
    m_page->findChild<QLineEdit *>(u"failureSearchLineEdit"_s)->setText(u"bulk failure 42"_s);
    // Every word must occur somewhere: "42" is in the ids, names, cards and messages of failures
    // 42, 142, 242, 342, 442 and 420 to 429.
    QTRY_COMPARE(rows()->rowCount(), 15);
}

void TestFailureInboxStore::dayRangeQueriesLocalDays()
{
    waitForSummary();
    const QDate day = QDate::currentDate().addDays(-10);
    m_page->setDayRange(day, day);
    int expected = 0;
    const auto all = m_outbox->failures();
    QVERIFY(all);
    for (const Core::OutboxEntry &entry : *all)
        expected += entry.updatedAt.toLocalTime().date() == day ? 1 : 0;
    QVERIFY(expected > 0);
    QTRY_COMPARE(rows()->rowCount(), expected);
    for (int row = 0; row < rows()->rowCount(); ++row) {
        const QDateTime when =
            rows()->index(row, Models::FailureTableModel::TimeColumn).data(Models::RawValueRole).toDateTime();
        QCOMPARE(when.toLocalTime().date(), day);
    }
    QTRY_COMPARE(m_page->charts()->statistics().total(), expected);
}

void TestFailureInboxStore::groupingOrdersEveryPage()
{
    waitForSummary();
    m_page->setGroupedByReason(true);
    // Grouped by the stored result name: card-update-failed, then partial-update, then user-not-found.
    QTRY_COMPARE(rows()->index(0, 0).data(Models::ResultCodeRole).toInt(), int(ResultCode::CardUpdateFailed));
    for (int round = 0; round < 10 && rows()->rowCount() < BulkFailures; ++round) {
        const int before = rows()->rowCount();
        table()->scrollToBottom();
        QTRY_VERIFY(rows()->rowCount() > before);
    }
    QCOMPARE(rows()->rowCount(), BulkFailures);
    const QList<ResultCode> order{ResultCode::CardUpdateFailed, ResultCode::PartialUpdate, ResultCode::UserNotFound};
    for (int row = 0; row < rows()->rowCount(); ++row) {
        QCOMPARE(rows()->index(row, 0).data(Models::ResultCodeRole).toInt(), int(order.at(row / 150)));
        if (row % 150 > 0) {
            const QDateTime previous = rows()
                                           ->index(row - 1, Models::FailureTableModel::TimeColumn)
                                           .data(Models::RawValueRole)
                                           .toDateTime();
            const QDateTime current =
                rows()->index(row, Models::FailureTableModel::TimeColumn).data(Models::RawValueRole).toDateTime();
            QVERIFY(previous > current);
        }
    }
}

void TestFailureInboxStore::retryAndResolveLeaveInbox()
{
    connect(m_page.get(), &Ui::FailuresPage::retryRequested, this, [this](const QStringList &ids) {
        for (const QString &id : ids)
            QVERIFY2(m_outbox->retry(id), qPrintable(m_outbox->errorString()));
        updateOpenTotal();
        m_controller->reload();
    });
    connect(m_page.get(), &Ui::FailuresPage::resolveRequested, this,
            [this](const QStringList &ids, const QString &note) {
                for (const QString &id : ids)
                    QVERIFY2(m_outbox->resolve(id, note), qPrintable(m_outbox->errorString()));
                updateOpenTotal();
                m_controller->reload();
            });
    m_page->setNoteEditor([](QWidget *, int) { return std::optional<QString>(u"Card replaced by hand"_s); });
    QTRY_VERIFY(rows()->rowCount() >= Store::FailureInboxReader::PageSize);

    QCOMPARE(selectUpdate(u"bulk-00000"_s), 0);
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_R, Qt::ControlModifier);
    QTRY_COMPARE(rows()->index(0, 0).data(Models::UpdateIdRole).toString(), u"bulk-00001"_s);

    table()->selectionModel()->select(QItemSelection(rows()->index(0, 0), rows()->index(1, 0)),
                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTest::keyClick(table(), Qt::Key_D, Qt::ControlModifier);
    QTRY_COMPARE(rows()->index(0, 0).data(Models::UpdateIdRole).toString(), u"bulk-00003"_s);
    QTRY_VERIFY2(m_page->findChild<QLabel *>(u"failureCountLabel"_s)->text().contains(u"447"_s),
                 qPrintable(m_page->findChild<QLabel *>(u"failureCountLabel"_s)->text()));

    auto *resolved = m_page->findChild<QCheckBox *>(u"showResolvedCheckBox"_s);
    QVERIFY(resolved->isVisible());
    resolved->setChecked(true);
    // Closing a failure keeps its time, so the three closed ones return to their places.
    QTRY_COMPARE(rows()->index(0, 0).data(Models::UpdateIdRole).toString(), u"bulk-00000"_s);
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(rows()->index(row, 0).data(Models::UpdateIdRole).toString(), u"bulk-%1"_s.arg(row, 5, 10, QChar(u'0')));
        QCOMPARE(rows()->index(row, Models::FailureTableModel::StateColumn).data().toString(), u"Resolved"_s);
    }
    QCOMPARE(rows()->index(3, Models::FailureTableModel::StateColumn).data().toString(), u"New"_s);
}

void TestFailureInboxStore::pieClickFiltersReason()
{
    waitForSummary();
    emit m_page->charts()->reasonClicked(ResultCode::PartialUpdate);
    QCOMPARE(m_page->query().result, std::optional(ResultCode::PartialUpdate));
    QTRY_VERIFY(rows()->rowCount() > 0 &&
                rows()->index(0, 0).data(Models::ResultCodeRole).toInt() == int(ResultCode::PartialUpdate));
}

void TestFailureInboxStore::suggestsSimilarEmails()
{
    const auto failure =
        addFailure(u"u-typo"_s, u"jon.smtih@example.com"_s, {card(u"7"_s, u"1001"_s)}, u"USER_NOT_FOUND"_s,
                   u"User not found"_s);
    QVERIFY2(failure, qPrintable(m_outbox->errorString()));
    m_controller->reload();
    QTRY_VERIFY(selectUpdate(failure->updateId) >= 0);
    Ui::FailureDetailView *detail = m_page->detailView();
    QTRY_VERIFY2(detail->nextStepText().contains(u"similar emails"_s), qPrintable(detail->nextStepText()));
    QVERIFY2(detail->nextStepActions() == QStringList{u"jon.smith@example.com (Jon Smith)"_s},
             qPrintable(detail->nextStepActions().join(u" | "_s)));
    QSignalSpy opened(m_page.get(), &Ui::FailuresPage::openUserRequested);
    detail->triggerNextStep(0);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), u"u-jon"_s);
}

void TestFailureInboxStore::namesHolderOfCard()
{
    QVERIFY(m_outbox->enqueue(Profile, u"u-holder"_s, u"hana.holder@example.com"_s, {card(u"7"_s, u"4242"_s)}));
    QVERIFY(m_outbox->takeDueBatch(Profile, 10, QDateTime::currentDateTimeUtc()));
    // The holder's update is still in Sending; recordResults for the failing user needs their own batch.
    const auto failure = [&] {
        const auto queued = m_outbox->enqueue(Profile, u"u-kim"_s, u"kim@example.com"_s, {card(u"7"_s, u"4242"_s)});
        const auto batch = m_outbox->takeDueBatch(Profile, 10, QDateTime::currentDateTimeUtc());
        Core::UpdateResult result;
        result.updateId = queued->updateId;
        result.rawResult = u"CARD_UPDATE_FAILED"_s;
        result.code = ResultCode::CardUpdateFailed;
        result.message = u"Card 7:4242 is already assigned to another user"_s;
        return batch && m_outbox->recordResults({result}, "{}", "[]", 200) ? m_outbox->entry(queued->updateId)
                                                                            : std::nullopt;
    }();
    QVERIFY2(failure, qPrintable(m_outbox->errorString()));
    m_controller->reload();
    QTRY_VERIFY(selectUpdate(failure->updateId) >= 0);
    Ui::FailureDetailView *detail = m_page->detailView();
    QTRY_VERIFY2(detail->nextStepText().contains(u"Card 7:4242 is held by Hana Holder (u-holder)"_s),
                 qPrintable(detail->nextStepText()));
    QCOMPARE(detail->nextStepActions(), (QStringList{u"Open Hana Holder"_s, u"Edit and retry"_s}));
    QSignalSpy opened(m_page.get(), &Ui::FailuresPage::openUserRequested);
    detail->triggerNextStep(0);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), u"u-holder"_s);
}

void TestFailureInboxStore::invalidCardOpensDecoder()
{
    const QList<Core::CardResult> cardResults{
        {u"99999"_s, u"7"_s, u"CARD_UPDATE_FAILED"_s, ResultCode::CardUpdateFailed,
         u"Card number is invalid for format H10301"_s},
        {u"1002"_s, u"7"_s, u"OK"_s, ResultCode::Ok, QString()},
    };
    const auto failure =
        addFailure(u"u-ivy"_s, u"ivy@example.com"_s, {card(u"7"_s, u"99999"_s), card(u"7"_s, u"1002"_s)},
                   u"PARTIAL_UPDATE"_s, u"1 of 2 cards failed"_s, cardResults);
    QVERIFY2(failure, qPrintable(m_outbox->errorString()));
    m_controller->reload();
    QTRY_VERIFY(selectUpdate(failure->updateId) >= 0);
    Ui::FailureDetailView *detail = m_page->detailView();
    QTRY_VERIFY2(detail->nextStepText().contains(u"rejected card 7:99999 as invalid"_s),
                 qPrintable(detail->nextStepText()));
    QCOMPARE(detail->nextStepActions(), QStringList{u"Decode 7:99999"_s});
    QSignalSpy decoder(m_page.get(), &Ui::FailuresPage::decoderRequested);
    auto *button = detail->findChild<QPushButton *>(u"nextStepButton0"_s);
    QVERIFY(button);
    button->click();
    QCOMPARE(decoder.size(), 1);
    QCOMPARE(decoder.at(0).at(0).value<Core::OutboxEntry>().updateId, failure->updateId);
    const auto decoded = decoder.at(0).at(1).value<Core::Credential>();
    QCOMPARE(decoded.cardNumber, u"99999"_s);
    QCOMPARE(decoded.credentialType, u"HID Prox"_s);
}

void TestFailureInboxStore::masksSecretsAndShowsTimeline()
{
    const QByteArray request =
        R"({"data":[{"username":"max@example.com"}],"access_token":"tok-5f2a9c","clientSecret":"s3cr3t-value"})";
    const auto first = addFailure(u"u-max"_s, u"max@example.com"_s, {card(u"7"_s, u"1003"_s)},
                                  u"CARD_UPDATE_FAILED"_s, u"Rejected"_s, {}, request);
    QVERIFY2(first, qPrintable(m_outbox->errorString()));
    const auto second = m_outbox->retry(first->updateId);
    QVERIFY2(second, qPrintable(m_outbox->errorString()));
    QVERIFY(m_outbox->takeDueBatch(Profile, 10, QDateTime::currentDateTimeUtc()));
    Core::UpdateResult result;
    result.updateId = second->updateId;
    result.rawResult = u"CARD_UPDATE_FAILED"_s;
    result.code = ResultCode::CardUpdateFailed;
    result.message = u"Rejected again"_s;
    QVERIFY(m_outbox->recordResults({result}, request, "[]", 200));
    m_controller->reload();

    QTRY_VERIFY(selectUpdate(second->updateId) >= 0);
    Ui::FailureDetailView *detail = m_page->detailView();
    QTRY_VERIFY(detail->requestText().contains(u"max@example.com"_s));
    QVERIFY2(!detail->requestText().contains(u"tok-5f2a9c"_s), qPrintable(detail->requestText()));
    QVERIFY2(!detail->requestText().contains(u"s3cr3t-value"_s), qPrintable(detail->requestText()));
    QVERIFY2(detail->requestText().contains(u"\"access_token\""_s), qPrintable(detail->requestText()));
    // Pretty-printed: one field per line.
    QVERIFY(detail->requestText().count(u'\n') >= 4);

    auto *timeline = detail->findChild<QTreeWidget *>(u"timelineTreeWidget"_s);
    QVERIFY(timeline);
    QCOMPARE(timeline->topLevelItemCount(), 4);
    QVERIFY2(timeline->topLevelItem(2)->text(1).contains(u"as a retry of"_s),
             qPrintable(timeline->topLevelItem(2)->text(1)));
    QCOMPARE(timeline->topLevelItem(1)->text(1), u"Resolved"_s);
    QVERIFY2(timeline->topLevelItem(3)->text(2).contains(u"Rejected again"_s),
             qPrintable(timeline->topLevelItem(3)->text(2)));
    QCOMPARE(rows()->index(0, Models::FailureTableModel::StateColumn).data().toString(), u"Retried"_s);

    auto *cards = detail->findChild<QTreeWidget *>(u"currentCardsTreeWidget"_s);
    QVERIFY(cards);
    QCOMPARE(cards->topLevelItemCount(), 1);
    QCOMPARE(cards->topLevelItem(0)->text(0), u"7:1003"_s);
}

void TestFailureInboxStore::csvExportWritesEveryMatch()
{
    QTRY_VERIFY(rows()->rowCount() >= Store::FailureInboxReader::PageSize);
    m_page->setResultFilter(ResultCode::UserNotFound);
    QTRY_VERIFY(rows()->rowCount() > 0 &&
                rows()->index(0, 0).data(Models::ResultCodeRole).toInt() == int(ResultCode::UserNotFound));
    const QString path = m_dir->filePath(u"failures.csv"_s);
    QString error;
    QVERIFY2(m_page->exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    // A header and every user-not-found failure, also those beyond the loaded page.
    QCOMPARE(lines.size(), 1 + BulkFailures / 3);
    QVERIFY(lines.at(1).contains(u"u-0001@example.com"_s));
    // Card numbers stay text in a spreadsheet.
    QVERIFY2(lines.at(1).contains(u",'7:50001,"_s) || lines.at(1).contains(u"7:50001"_s), qPrintable(lines.at(1)));
}

void TestFailureInboxStore::pdfReportCountsEveryMatch()
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed, so the PDF text cannot be checked");
    waitForSummary();
    m_page->setResultFilter(ResultCode::PartialUpdate);
    QTRY_VERIFY(rows()->rowCount() > 0 &&
                rows()->index(0, 0).data(Models::ResultCodeRole).toInt() == int(ResultCode::PartialUpdate));
    const QString path = m_dir->filePath(u"report.pdf"_s);
    QString error;
    QVERIFY2(m_page->exportPdf(path, &error), qPrintable(error));
    QProcess process;
    process.start(pdftotext, {u"-layout"_s, path, u"-"_s});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(text.contains(u"150 failures from"_s), qPrintable(text.left(2000)));
    QVERIFY2(text.contains(u"u-0449@example.com"_s) || text.contains(u"u-0446@example.com"_s),
             qPrintable(text.right(2000)));
}

void TestFailureInboxStore::storeFilterCoversLocalDays_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("fromUtc");
    QTest::addColumn<QString>("toUtc");
    // Berlin: 29 March 2026 has 23 hours (CET to CEST), 25 October has 25 (CEST to CET).
    QTest::newRow("spring forward") << QDate(2026, 3, 29) << u"2026-03-28T23:00:00Z"_s << u"2026-03-29T22:00:00Z"_s;
    QTest::newRow("fall back") << QDate(2026, 10, 25) << u"2026-10-24T22:00:00Z"_s << u"2026-10-25T23:00:00Z"_s;
    QTest::newRow("summer day") << QDate(2026, 7, 1) << u"2026-06-30T22:00:00Z"_s << u"2026-07-01T22:00:00Z"_s;
}

void TestFailureInboxStore::storeFilterCoversLocalDays()
{
    QFETCH(QDate, day);
    QFETCH(QString, fromUtc);
    QFETCH(QString, toUtc);
    Models::FailureQuery query;
    query.firstDay = day;
    query.lastDay = day;
    query.text = u"kim"_s;
    query.result = ResultCode::UserNotFound;
    query.includeResolved = true;
    const Store::FailureFilter filter = Gui::FailureInboxController::storeFilter(query);
    QCOMPARE(filter.fromUtc, QDateTime::fromString(fromUtc, Qt::ISODate));
    QCOMPARE(filter.toUtc, QDateTime::fromString(toUtc, Qt::ISODate));
    QCOMPARE(filter.text, u"kim"_s);
    QCOMPARE(filter.result, std::optional(ResultCode::UserNotFound));
    QVERIFY(filter.includeResolved);
    QVERIFY(!Gui::FailureInboxController::storeFilter({}).fromUtc.isValid());
}

int main(int argc, char **argv)
{
    qputenv("TZ", "Europe/Berlin");
    tzset();
    QApplication app(argc, argv);
    if (QDateTime(QDate(2026, 7, 1), QTime(12, 0)).offsetFromUtc() != 7200) {
        qWarning("The Europe/Berlin time zone is not available, so the day-boundary cases cannot run");
        return 1;
    }
    TestFailureInboxStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_failureinboxstore.moc"
