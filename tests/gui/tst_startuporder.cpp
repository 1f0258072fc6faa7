// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The desktop start-up order, offscreen with the real window, controllers, SQLite file and the
// simulator over loopback: the cached directory is on screen before any keychain read or request.

#include "gui/appcontroller.h"
#include "gui/profilecontroller.h"
#include "models/usertablemodel.h"
#include "net/profilestore.h"
#include "net/secretstore.h"
#include "sim/simulator.h"
#include "store/directorycache.h"
#include "sync/workspace.h"
#include "ui/mainwindow.h"
#include "ui/userspage.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk;

namespace {

constexpr int CachedUserCount = 20000;

// What the window showed when the keychain was first read.
struct FirstRead
{
    bool windowVisible = false;
    int shownUsers = -1;
    int requestsSent = -1;
};

// A secret store that returns one secret for every read and records the window's state at the
// first read.
class RecordingSecretStore final : public Net::SecretStore
{
public:
    RecordingSecretStore(QString secret, std::function<FirstRead()> observe)
        : m_secret(std::move(secret))
        , m_observe(std::move(observe))
    {}

    void read(const Net::SecretKey &, QObject *context, Net::SecretCallback callback) override
    {
        if (m_reads++ == 0)
            m_firstRead = m_observe();
        Net::postSecretResult(context, std::move(callback), {Net::SecretStatus::Ok, m_secret, {}});
    }
    void write(const Net::SecretKey &, const QString &, QObject *context,
               Net::SecretCallback callback) override
    {
        Net::postSecretResult(context, std::move(callback), {Net::SecretStatus::Ok, {}, {}});
    }
    void remove(const Net::SecretKey &, QObject *context, Net::SecretCallback callback) override
    {
        Net::postSecretResult(context, std::move(callback), {Net::SecretStatus::Ok, {}, {}});
    }

    int reads() const { return m_reads; }
    FirstRead firstRead() const { return m_firstRead; }

private:
    QString m_secret;
    std::function<FirstRead()> m_observe;
    int m_reads = 0;
    FirstRead m_firstRead;
};

Core::DirectoryUser cachedUser(int index)
{
    Core::DirectoryUser user;
    user.userId = u"cached-%1"_s.arg(index, 6, 10, QChar(u'0'));
    user.email = user.userId + u"@example.com"_s;
    user.firstName = u"Cached"_s;
    user.lastName = u"User %1"_s.arg(index);
    user.status = u"active"_s;
    return user;
}

} // namespace

class TestStartupOrder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void cachedDirectoryBeforeKeychain();
    void emptyCacheSignsInAtOnce();

private:
    void createApp();
    int requestsSent() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Sim::Simulator> m_simulator;
    std::unique_ptr<Sync::Workspace> m_workspace;
    std::unique_ptr<Ui::MainWindow> m_window;
    std::unique_ptr<Gui::AppController> m_app;
    std::unique_ptr<RecordingSecretStore> m_secrets;
    std::unique_ptr<Gui::ProfileController> m_profiles;
    QNetworkAccessManager m_network;
};

void TestStartupOrder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);

    Sim::SimulatorOptions options;
    options.userCount = 50;
    m_simulator = std::make_unique<Sim::Simulator>(options);
    QString error;
    QVERIFY2(m_simulator->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));

    Net::Profile profile = Net::Profile::create(u"Simulator"_s);
    profile.baseUrl = m_simulator->baseUrl();
    profile.key.keyId = m_simulator->options().apiKeyId;
    Net::ProfileStore store(m_settings.get());
    const QString invalid = store.save(profile);
    QVERIFY2(invalid.isEmpty(), qPrintable(invalid));
    store.setCurrentProfileId(profile.id);

    m_workspace = std::make_unique<Sync::Workspace>();
    QVERIFY2(m_workspace->open(m_dir->filePath(u"data"_s), &error), qPrintable(error));
}

void TestStartupOrder::cleanup()
{
    m_profiles.reset();
    m_app.reset();
    m_window.reset();
    m_workspace.reset();
    m_secrets.reset();
    m_simulator.reset();
    m_settings.reset();
    m_dir.reset();
}

int TestStartupOrder::requestsSent() const
{
    return m_simulator->requestCount(u"/v1/auth"_s) + m_simulator->requestCount(u"/v1/analytics/users"_s) +
           m_simulator->requestCount(u"/v1/analytics/locations"_s);
}

void TestStartupOrder::createApp()
{
    m_window = std::make_unique<Ui::MainWindow>();
    m_app = std::make_unique<Gui::AppController>(m_window.get(), m_workspace.get());
    m_secrets = std::make_unique<RecordingSecretStore>(m_simulator->options().apiSecret, [this] {
        return FirstRead{m_window->isVisible(), m_window->usersPage()->userModel()->rowCount(),
                         requestsSent()};
    });
    m_profiles = std::make_unique<Gui::ProfileController>(m_window.get(), m_workspace.get(), m_app.get(),
                                                          &m_network, m_secrets.get(), m_settings.get());
}

void TestStartupOrder::cachedDirectoryBeforeKeychain()
{
    QList<Core::DirectoryUser> users;
    for (int i = 0; i < CachedUserCount; ++i)
        users.append(cachedUser(i));
    QVERIFY2(m_workspace->directoryCache().replace(users, {}, QDateTime::currentDateTimeUtc()),
             qPrintable(m_workspace->directoryCache().errorString()));
    createApp();

    QSignalSpy shown(m_app.get(), &Gui::AppController::directoryShown);
    QSignalSpy signedIn(m_profiles.get(), &Gui::ProfileController::signedIn);
    m_window->show();
    m_app->start([this] { m_profiles->signInCurrentProfile(); });
    // The load runs on a worker thread, and sign-in waits for it.
    QVERIFY(m_workspace->isLoadingDirectory());
    QCOMPARE(m_secrets->reads(), 0);

    QVERIFY(shown.wait(10000));
    QCOMPARE(shown.constFirst().constFirst().toInt(), CachedUserCount);
    QCOMPARE(m_secrets->reads(), 1);
    const FirstRead first = m_secrets->firstRead();
    QVERIFY(first.windowVisible);
    QCOMPARE(first.shownUsers, CachedUserCount);
    QCOMPARE(first.requestsSent, 0);

    // Sign-in then refreshes the directory from the simulator.
    QSignalSpy refreshed(m_workspace.get(), &Sync::Workspace::directoryRefreshed);
    QVERIFY(signedIn.wait(10000));
    QVERIFY(refreshed.wait(10000));
    QVERIFY(refreshed.constFirst().constFirst().value<Sync::RefreshOutcome>().ok);
    QCOMPARE(m_secrets->reads(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->usersPage()->userModel()->rowCount(),
                              int(m_simulator->directory().users.size()), 10000);
}

void TestStartupOrder::emptyCacheSignsInAtOnce()
{
    createApp();
    QSignalSpy signedIn(m_profiles.get(), &Gui::ProfileController::signedIn);
    m_window->show();
    m_app->start([this] { m_profiles->signInCurrentProfile(); });
    // A cache that was never refreshed has nothing to show, so the keychain is read at once.
    QCOMPARE(m_secrets->reads(), 1);
    QVERIFY(m_secrets->firstRead().windowVisible);
    QCOMPARE(m_secrets->firstRead().shownUsers, 0);
    QVERIFY(signedIn.wait(10000));
}

QTEST_MAIN(TestStartupOrder)
#include "tst_startuporder.moc"
