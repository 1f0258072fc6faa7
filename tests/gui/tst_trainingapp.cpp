// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The whole desktop application in training mode, offscreen: the real window, controller,
// workspace, SQLite file and the simulator over loopback HTTP.

#include "core/cardvalidation.h"
#include "gui/appcontroller.h"
#include "models/roles.h"
#include "models/usertablemodel.h"
#include "sim/simulator.h"
#include "store/directorycache.h"
#include "store/outbox.h"
#include "sync/workspace.h"
#include "training/trainingenvironment.h"
#include "ui/failurespage.h"
#include "ui/mainwindow.h"
#include "ui/userpanel.h"
#include "ui/userspage.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk;

namespace {

constexpr int UserCount = 400;
constexpr int SeededFailureCount = 3;

} // namespace

class TestTrainingApp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void startShowsDirectoryAndFailures();
    void changedCardReachesSimulator();
    void sendUpdatesUsersTable();
    void conflictShownOnPanel();
    void resolveClosesFailure();
    void retryQueuesNewUpdate();

private:
    Core::DirectoryUser unseededUser(int index) const;
    void addCardThroughPanel(const QString &facilityCode, const QString &cardNumber);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Training::TrainingEnvironment> m_training;
    std::unique_ptr<Sync::Workspace> m_workspace;
    std::unique_ptr<Ui::MainWindow> m_window;
    std::unique_ptr<Gui::AppController> m_controller;
    QNetworkAccessManager m_network;
};

void TestTrainingApp::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_training = std::make_unique<Training::TrainingEnvironment>();
    Training::TrainingOptions options;
    options.userCount = UserCount;
    options.dataDir = m_dir->path();
    QString error;
    QVERIFY2(m_training->start(options, &error), qPrintable(error));

    m_workspace = std::make_unique<Sync::Workspace>();
    QVERIFY2(m_workspace->open(m_training->dataDir(), &error), qPrintable(error));
    m_window = std::make_unique<Ui::MainWindow>();
    m_controller = std::make_unique<Gui::AppController>(m_window.get(), m_workspace.get());
    m_controller->attachTraining(m_training.get());

    QSignalSpy seeded(m_controller.get(), &Gui::AppController::trainingSeeded);
    // As the program's main() starts training mode.
    m_window->show();
    m_controller->start([this] {
        m_workspace->connectProfile(&m_network, m_training->profile(),
                                    Training::TrainingEnvironment::secret());
        m_controller->profileConnected(m_training->profile().displayName);
        m_workspace->refreshDirectory();
    });
    QVERIFY(seeded.wait(15000));
    QVERIFY2(seeded.constFirst().at(0).toBool(), qPrintable(seeded.constFirst().at(1).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->userCount(), UserCount, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->failuresPage()->openFailureCount(), SeededFailureCount, 10000);
}

void TestTrainingApp::cleanup()
{
    m_controller.reset();
    m_window.reset();
    m_workspace.reset();
    m_training.reset();
    m_dir.reset();
}

Core::DirectoryUser TestTrainingApp::unseededUser(int index) const
{
    // Training gives the first active users cards and uses the next three for failures.
    int seen = 0;
    for (const Core::DirectoryUser &user : m_training->simulator()->directory().users) {
        if (user.isActive() && !user.email.isEmpty() && seen++ == 60 + index)
            return user;
    }
    return {};
}

void TestTrainingApp::addCardThroughPanel(const QString &facilityCode, const QString &cardNumber)
{
    Ui::UserPanel *panel = m_window->usersPage()->userPanel();
    panel->setCardEditor([facilityCode, cardNumber](QWidget *, const std::optional<Core::Credential> &) {
        const Core::CardFormat *format = Core::findCardFormat(u"h10301");
        return std::optional(Core::makeCredential(*format, facilityCode, cardNumber, true, {}).credential);
    });
    auto *addButton = panel->findChild<QPushButton *>(u"addCardButton"_s);
    QVERIFY(addButton);
    QVERIFY(addButton->isEnabled());
    QTest::mouseClick(addButton, Qt::LeftButton);
}

void TestTrainingApp::startShowsDirectoryAndFailures()
{
    auto *table = m_window->usersPage()->findChild<QTableView *>(u"usersTableView"_s);
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), UserCount);
    QVERIFY(m_window->isTrainingMode());
    QVERIFY2(m_window->connectionStatusText().contains(u"Training"_s),
             qPrintable(m_window->connectionStatusText()));
    // The first refresh added every user, and the reload after it shows its time.
    const auto *refreshLabel = m_window->usersPage()->findChild<QLabel *>(u"refreshLabel"_s);
    QVERIFY(refreshLabel);
    const QDateTime refreshedAt = m_workspace->directoryCache().lastRefreshed();
    QVERIFY(refreshedAt.isValid());
    const QString expectedRefresh =
        u"Directory refreshed %1. Last refresh: %2 added, 0 changed, 0 removed."_s.arg(
            QLocale().toString(refreshedAt.toLocalTime(), QLocale::ShortFormat),
            QLocale().toString(UserCount));
    QCOMPARE(refreshLabel->text(), expectedRefresh);
    QVERIFY(!m_window->usersPage()->isRefreshing());

    const QList<Core::OutboxEntry> failures = *m_workspace->outbox().failures();
    QCOMPARE(failures.size(), SeededFailureCount);
    QList<Core::ResultCode> codes;
    for (const Core::OutboxEntry &entry : failures)
        codes.append(entry.result.code);
    QVERIFY(codes.contains(Core::ResultCode::UserNotFound));
    QVERIFY(codes.contains(Core::ResultCode::CardUpdateFailed));
    QVERIFY(codes.contains(Core::ResultCode::PartialUpdate));
}

void TestTrainingApp::changedCardReachesSimulator()
{
    const Core::DirectoryUser user = unseededUser(0);
    QVERIFY(m_window->usersPage()->selectUser(user.userId));
    Ui::UserPanel *panel = m_window->usersPage()->userPanel();
    QCOMPARE(panel->userId(), user.userId);

    addCardThroughPanel(u"77"_s, u"07777"_s);
    QCOMPARE(panel->pendingSummary(), u"1 card added"_s);

    auto *sendButton = panel->findChild<QPushButton *>(u"sendButton"_s);
    QVERIFY(sendButton && sendButton->isEnabled());
    QTest::mouseClick(sendButton, Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(m_training->simulator()->credentialsOf(user.email).size(), 1, 10000);
    const Core::Credential onServer = m_training->simulator()->credentialsOf(user.email).constFirst();
    QCOMPARE(onServer.cardNumber, u"07777"_s);
    QCOMPARE(onServer.facilityCode, u"77"_s);
    QTRY_VERIFY_WITH_TIMEOUT(panel->lastPushText().contains(u"Confirmed"_s), 10000);
    QVERIFY2(panel->pendingSummary().isEmpty() || panel->pendingSummary().contains(u"No"_s),
             qPrintable(panel->pendingSummary()));
}

// The table's Cards and Last push columns come from a worker thread after the outbox changes, so
// they change after the send returns, once the read is applied.
void TestTrainingApp::sendUpdatesUsersTable()
{
    const Core::DirectoryUser user = unseededUser(1);
    QVERIFY(m_window->usersPage()->selectUser(user.userId));
    const Models::UserTableModel *users = m_window->usersPage()->userModel();
    const int row = users->rowOfUser(user.userId);
    QVERIFY(row >= 0);
    QCOMPARE(users->cardCountAt(row), -1);
    QVERIFY(!users->lastResultAt(row).has_value());

    addCardThroughPanel(u"78"_s, u"07878"_s);
    auto *sendButton = m_window->usersPage()->userPanel()->findChild<QPushButton *>(u"sendButton"_s);
    QVERIFY(sendButton && sendButton->isEnabled());
    QTest::mouseClick(sendButton, Qt::LeftButton);
    QCOMPARE(users->cardCountAt(row), -1);

    QTRY_COMPARE_WITH_TIMEOUT(users->cardCountAt(row), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(users->lastResultAt(row), std::optional(Core::ResultCode::Ok), 10000);
    const QModelIndex cards = users->index(row, Models::UserTableModel::CardsColumn);
    QCOMPARE(cards.data().toInt(), 1);
    const QModelIndex lastPush = users->index(row, Models::UserTableModel::LastPushColumn);
    QCOMPARE(lastPush.data(Models::ResultCodeRole).toInt(), int(Core::ResultCode::Ok));
}

void TestTrainingApp::conflictShownOnPanel()
{
    const Core::DirectoryUser first = unseededUser(1);
    const Core::DirectoryUser second = unseededUser(2);
    Ui::UserPanel *panel = m_window->usersPage()->userPanel();
    auto *sendButton = panel->findChild<QPushButton *>(u"sendButton"_s);

    QVERIFY(m_window->usersPage()->selectUser(first.userId));
    addCardThroughPanel(u"88"_s, u"8800"_s);
    QTest::mouseClick(sendButton, Qt::LeftButton);

    QVERIFY(m_window->usersPage()->selectUser(second.userId));
    addCardThroughPanel(u"88"_s, u"8800"_s);
    QTest::mouseClick(sendButton, Qt::LeftButton);

    QVERIFY2(panel->sendErrorText().contains(first.email), qPrintable(panel->sendErrorText()));
    QVERIFY(m_training->simulator()->credentialsOf(second.email).isEmpty());
}

void TestTrainingApp::resolveClosesFailure()
{
    Ui::FailuresPage *page = m_window->failuresPage();
    page->setNoteEditor(
        [](QWidget *, int) { return std::optional<QString>(u"Left the company; HR confirmed."_s); });
    m_window->setCurrentPage(Ui::MainWindow::Page::Failures);
    auto *table = page->findChild<QTableView *>(u"failuresTableView"_s);
    QVERIFY(table);
    // The inbox reads its rows on a worker thread, so they arrive after the page is shown.
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 5000);
    table->selectRow(0);
    const QStringList selected = page->selectedUpdateIds();
    QCOMPARE(selected.size(), 1);

    QTest::mouseClick(page->findChild<QPushButton *>(u"resolveButton"_s), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(page->openFailureCount(), SeededFailureCount - 1, 5000);
    const auto entry = m_workspace->outbox().entry(selected.constFirst());
    QCOMPARE(entry->state, Core::UpdateState::Resolved);
    QCOMPARE(entry->resolutionNote, u"Left the company; HR confirmed."_s);
}

void TestTrainingApp::retryQueuesNewUpdate()
{
    Ui::FailuresPage *page = m_window->failuresPage();
    m_window->setCurrentPage(Ui::MainWindow::Page::Failures);
    auto *table = page->findChild<QTableView *>(u"failuresTableView"_s);
    QVERIFY(table);
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 5000);
    table->selectRow(0);
    const QString oldUpdateId = page->selectedUpdateIds().value(0);
    QVERIFY(!oldUpdateId.isEmpty());
    const int arrivalsBefore = int(m_training->simulator()->updateIdArrivals().size());

    QTest::mouseClick(page->findChild<QPushButton *>(u"retryButton"_s), Qt::LeftButton);

    // The retry is a new update with a new updateId; the simulator rejects it again for the same reason.
    QTRY_COMPARE_WITH_TIMEOUT(int(m_training->simulator()->updateIdArrivals().size()), arrivalsBefore + 1,
                              10000);
    const auto retriedFailure = [&] {
        const QList<Core::OutboxEntry> failures =
            m_workspace->outbox().failures().value_or(QList<Core::OutboxEntry>());
        for (const Core::OutboxEntry &entry : failures) {
            if (entry.previousUpdateId == oldUpdateId)
                return entry.state == Core::UpdateState::Failed;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(retriedFailure(), 10000);
    QCOMPARE(m_workspace->outbox().entry(oldUpdateId)->state, Core::UpdateState::Resolved);

    // The inbox lists the new failure in place of the old one.
    const auto listedIds = [table] {
        QStringList ids;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            ids.append(table->model()->index(row, 0).data(Models::UpdateIdRole).toString());
        return ids;
    };
    QTRY_COMPARE_WITH_TIMEOUT(page->openFailureCount(), SeededFailureCount, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!listedIds().contains(oldUpdateId), 5000);
}

QTEST_MAIN(TestTrainingApp)
#include "tst_trainingapp.moc"
