// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontroller.h"

#include "core/directorytable.h"
#include "failureinboxcontroller.h"
#include "models/usertablemodel.h"
#include "net/errortext.h"
#include "store/auditlog.h"
#include "store/credentialregister.h"
#include "store/directorycache.h"
#include "store/outbox.h"
#include "training/trainingenvironment.h"
#include "ui/auditpage.h"
#include "ui/credentialtypesettings.h"
#include "ui/decoderdialog.h"
#include "ui/failurespage.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"
#include "ui/userpanel.h"
#include "ui/userspage.h"
#include "useractivityreader.h"

#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcController, "carddesk.gui.controller", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace CardDesk::Gui {

namespace {

// Outbox changes arrive in bursts (one per batch and per user); the views are read again once.
constexpr int OutboxViewDelayMs = 100;
constexpr int ShownAuditLimit = 2000;

bool isInFlight(Core::UpdateState state)
{
    return state == Core::UpdateState::Queued || state == Core::UpdateState::Sending;
}

} // namespace

AppController::AppController(Ui::MainWindow *window, Sync::Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_workspace(workspace)
{
    // The profile editor is where the desktop app changes a key id or secret, also for errors
    // shown outside it, such as in the status bar.
    Net::ErrorText::setKeySettingsHint(
        tr("Check the key id and secret in the profile editor (File > Profiles…), then sign in again."));
    m_outboxViewTimer.setSingleShot(true);
    m_outboxViewTimer.setInterval(OutboxViewDelayMs);
    connect(&m_outboxViewTimer, &QTimer::timeout, this, &AppController::updateOutboxViews);
    connectWindow();
    connectWorkspace();
    connectCardTools();
}

AppController::~AppController()
{
    if (m_auditExportCancel)
        m_auditExportCancel->store(true);
    m_auditExportWatcher.waitForFinished();
    m_auditWatcher.waitForFinished();
}

void AppController::connectWindow()
{
    Ui::UsersPage *users = m_window->usersPage();
    connect(users, &Ui::UsersPage::currentUserChanged, this, &AppController::showUser);
    connect(users, &Ui::UsersPage::userOpened, this, [users] { users->userPanel()->focusCards(); });
    connect(users->userPanel(), &Ui::UserPanel::cardsEdited, this, &AppController::onCardsEdited);
    connect(users->userPanel(), &Ui::UserPanel::sendRequested, this, &AppController::onSendRequested);
    connect(users, &Ui::UsersPage::refreshCancelRequested, m_workspace, &Sync::Workspace::cancelRefresh);

    Ui::FailuresPage *failures = m_window->failuresPage();
    connect(failures, &Ui::FailuresPage::retryRequested, this, &AppController::onRetryRequested);
    connect(failures, &Ui::FailuresPage::resolveRequested, this, &AppController::onResolveRequested);
    connect(failures, &Ui::FailuresPage::editAndRetryRequested, this, &AppController::openUser);
    connect(failures, &Ui::FailuresPage::openUserRequested, this, &AppController::openUser);
    connect(failures, &Ui::FailuresPage::decoderRequested, this, &AppController::decodeFailedCard);
    m_window->auditPage()->setSettings(&m_settings);
    connect(m_window->auditPage(), &Ui::AuditPage::filtersChanged, this, &AppController::showAudit);
    connect(m_window->auditPage(), &Ui::AuditPage::exportRequested, this, &AppController::exportAudit);
    connect(&m_auditWatcher, &QFutureWatcher<AuditReader::Rows>::finished, this,
            &AppController::onAuditRowsRead);
    connect(&m_auditExportWatcher, &QFutureWatcher<AuditReader::ExportResult>::finished, this, [this] {
        const AuditReader::ExportResult result = m_auditExportWatcher.result();
        if (m_window)
            m_window->auditPage()->setExportFinished(result.ok, result.records, result.path, result.error);
    });

    connect(m_window, &Ui::MainWindow::refreshRequested, this, [this] {
        m_window->setConnectionState(Ui::MainWindow::ConnectionState::Connecting,
                                     tr("Refreshing the directory…"));
        m_workspace->refreshDirectory();
    });
    connect(m_window, &Ui::MainWindow::sendPendingRequested, m_workspace, &Sync::Workspace::sendPending);
}

void AppController::connectWorkspace()
{
    connect(m_workspace, &Sync::Workspace::directoryLoaded, this, &AppController::onDirectoryLoaded);
    connect(m_workspace, &Sync::Workspace::directoryRefreshed, this, &AppController::onDirectoryRefreshed);
    connect(m_workspace, &Sync::Workspace::directoryRefreshProgress, m_window->usersPage(),
            &Ui::UsersPage::setRefreshProgress);
    connect(m_workspace, &Sync::Workspace::outboxChanged, &m_outboxViewTimer, qOverload<>(&QTimer::start));
    connect(m_workspace, &Sync::Workspace::waitReasonChanged, &m_outboxViewTimer,
            qOverload<>(&QTimer::start));
    connect(m_workspace, &Sync::Workspace::storeFailed, this, &AppController::showStoreError);
    connect(m_workspace, &Sync::Workspace::signInNeeded, this, [this](const QString &message) {
        m_window->setConnectionState(Ui::MainWindow::ConnectionState::Error, message);
    });
    connect(m_workspace, &Sync::Workspace::clockSkewDetected, this, [this](qint64 seconds) {
        m_window->statusBar()->showMessage(
            tr("This PC's clock differs from Calven's by %1 seconds. Fix the clock: sign-in depends on it.")
                .arg(seconds));
    });
}

void AppController::connectCardTools()
{
    Ui::UserPanel *panel = m_window->usersPage()->userPanel();
    panel->setSettings(&m_settings);
    panel->setCredentialTypeMap(Ui::loadCredentialTypeMap(&m_settings));
    panel->setHolderLookup([this](const QString &cardNumber, const QString &facilityCode) {
        return holdersOf(cardNumber, facilityCode);
    });

    // MainWindow has no settings entry of its own yet, so the action goes into its File menu.
    auto *settings = new QAction(tr("&Settings…"), m_window);
    settings->setObjectName(u"settingsAction"_s);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &AppController::showSettings);
    QAction *quit = m_window->findChild<QAction *>(u"quitAction"_s);
    const QList<QAction *> menus = m_window->menuBar()->actions();
    const auto fileMenu = std::find_if(menus.cbegin(), menus.cend(), [quit](QAction *action) {
        return action->menu() && action->menu()->actions().contains(quit);
    });
    if (fileMenu != menus.cend())
        (*fileMenu)->menu()->insertAction(quit, settings);
    else
        m_window->addAction(settings);
}

void AppController::showSettings()
{
    Ui::SettingsDialog dialog(m_window);
    dialog.setCredentialTypeMap(Ui::loadCredentialTypeMap(&m_settings));
    dialog.setSendingSettings(Ui::loadSendingSettings(&m_settings));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Core::CredentialTypeMap typeMap = dialog.credentialTypeMap();
    Ui::saveCredentialTypeMap(&m_settings, typeMap);
    // The sender of the connected profile keeps its options; the next connection reads these.
    const Ui::SendingSettings sending = dialog.sendingSettings();
    Ui::saveSendingSettings(&m_settings, sending);
    qCInfo(lcController) << "Saved the sending options: batch size" << sending.batchSize
                         << "requests in flight" << sending.maxInFlight << "attempts" << sending.maxAttempts;
    m_window->usersPage()->userPanel()->setCredentialTypeMap(typeMap);
    qCInfo(lcController) << "Saved" << typeMap.overrides().size() << "credentialType overrides";
}

QList<Core::CardHolder> AppController::holdersOf(const QString &cardNumber, const QString &facilityCode) const
{
    QList<Core::CardHolder> holders;
    const auto stored = m_workspace->credentialRegister().holdersOf(cardNumber, facilityCode);
    if (!stored)
        return holders;
    for (const Store::CardHolder &holder : *stored) {
        const auto user = findUser(holder.userId);
        holders.append({holder.userId, user ? user->displayName() : holder.username});
    }
    return holders;
}

std::optional<Core::DirectoryUser> AppController::findUser(const QString &userId) const
{
    const int row = m_directory ? m_directory->rowOfUser(userId) : -1;
    if (row < 0)
        return std::nullopt;
    return m_directory->user(row);
}

int AppController::userCount() const
{
    return m_directory ? m_directory->userCount() : 0;
}

void AppController::start(std::function<void()> afterDirectory)
{
    m_afterStartupLoad = std::move(afterDirectory);
    m_workspace->loadDirectory();
    updateOutboxViews();
    // A cache that was never refreshed has no users to show first.
    if (!m_workspace->directoryCache().lastRefreshed().isValid()) {
        qCInfo(lcController) << "The directory cache is empty; signing in without waiting for its load";
        finishStartupLoad();
    }
}

void AppController::finishStartupLoad()
{
    if (const std::function<void()> next = std::exchange(m_afterStartupLoad, {}))
        next();
}

void AppController::attachTraining(Training::TrainingEnvironment *training)
{
    m_training = training;
    m_window->setTrainingMode(true);
}

void AppController::profileConnected(const QString &profileName)
{
    m_window->setConnectionState(Ui::MainWindow::ConnectionState::Connecting, profileName);
    m_outboxViewTimer.start();
}

void AppController::onDirectoryLoaded(const Sync::DirectorySnapshot &snapshot)
{
    if (!snapshot.error.isEmpty()) {
        // Signing in and refreshing can still replace a cache that cannot be read.
        finishStartupLoad();
        showStoreError(snapshot.error);
        return;
    }
    // The worker built the table, its search text and name order, so the GUI thread only swaps
    // it in.
    m_directory =
        snapshot.table ? snapshot.table : Core::makeDirectoryTable(snapshot.users, snapshot.locations);

    const QString selected = m_window->usersPage()->currentUserId();
    m_window->usersPage()->setTable(m_directory);
    m_window->setLastRefresh(snapshot.refreshedAtUtc.toLocalTime());
    m_window->usersPage()->setLastRefreshed(snapshot.refreshedAtUtc);
    updateOutboxViews();
    if (!selected.isEmpty())
        m_window->usersPage()->selectUser(selected);
    qCInfo(lcController) << "Showing" << m_directory->userCount() << "cached users";
    Q_EMIT directoryShown(m_directory->userCount());
    finishStartupLoad();
}

void AppController::onDirectoryRefreshed(const Sync::RefreshOutcome &outcome)
{
    if (!outcome.ok) {
        m_window->usersPage()->showRefreshError(outcome.error);
        m_window->setConnectionState(Ui::MainWindow::ConnectionState::Error, outcome.error);
        return;
    }
    m_window->usersPage()->showRefreshResult(int(outcome.changes.users.added.size()),
                                             int(outcome.changes.users.changed.size()),
                                             int(outcome.changes.users.removed.size()));
    m_window->setConnectionState(Ui::MainWindow::ConnectionState::Online, m_workspace->profile().displayName);
    m_window->statusBar()->showMessage(tr("Directory refreshed: %1 users, %2 added, %3 changed, %4 removed.")
                                           .arg(outcome.userCount)
                                           .arg(outcome.changes.users.added.size())
                                           .arg(outcome.changes.users.changed.size())
                                           .arg(outcome.changes.users.removed.size()),
                                       10000);
    m_workspace->loadDirectory();

    if (m_training && !m_trainingSeeded) {
        m_trainingSeeded = true;
        QString error;
        const bool ok = m_training->seed(*m_workspace, &error);
        if (!ok)
            showStoreError(error);
        Q_EMIT trainingSeeded(ok, error);
    }
}

void AppController::showUser(const QString &userId)
{
    Ui::UserPanel *panel = m_window->usersPage()->userPanel();
    const int row = m_directory ? m_directory->rowOfUser(userId) : -1;
    if (row < 0) {
        panel->clearUser();
        return;
    }
    panel->setUser(m_directory->user(row), m_directory->locationName(row));

    const auto record = m_workspace->credentialRegister().record(userId);
    const QList<Core::Credential> confirmed = record ? record->confirmed : QList<Core::Credential>();
    const QList<Core::Credential> intended = record ? record->intended : QList<Core::Credential>();
    QString error;
    const auto mayHold = m_workspace->cardsCalvenMayHold(userId, &error);
    if (!mayHold)
        showStoreError(error);
    // Without mayHold the intended set still keeps every queued card from being dropped.
    panel->setCardSets(confirmed, intended, m_drafts.value(userId, intended),
                       mayHold.value_or(QList<Core::Credential>()));
    panel->setChangeReasons(m_draftReasons.value(userId));

    const auto latest = m_workspace->outbox().latestEntry(userId);
    if (latest) {
        panel->setLastPush(*latest);
        panel->setSending(isInFlight(latest->state));
    } else {
        panel->clearLastPush();
        panel->setSending(false);
    }
}

void AppController::onCardsEdited(const QString &userId, const QList<Core::Credential> &cards)
{
    m_drafts.insert(userId, cards);
    const QStringList reasons = m_window->usersPage()->userPanel()->changeReasons();
    if (reasons.isEmpty())
        m_draftReasons.remove(userId);
    else
        m_draftReasons.insert(userId, reasons);
}

void AppController::onSendRequested(const QString &userId)
{
    Ui::UserPanel *panel = m_window->usersPage()->userPanel();
    const auto user = findUser(userId);
    if (!user)
        return;
    QString error;
    const QString reason = panel->changeReasons().join(u"; "_s);
    const auto entry = m_workspace->submitCards(*user, panel->credentials(), &error, reason);
    if (!entry) {
        panel->showSendError(error);
        return;
    }
    m_drafts.remove(userId);
    m_draftReasons.remove(userId);
    showUser(userId);
}

void AppController::onRetryRequested(const QStringList &updateIds)
{
    QString error;
    const int queued = m_workspace->retry(updateIds, &error);
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Retry"),
                             tr("%n update(s) queued again.", nullptr, queued) + u"\n\n"_s + error);
    }
}

void AppController::onResolveRequested(const QStringList &updateIds, const QString &note)
{
    QString error;
    m_workspace->resolve(updateIds, note, &error);
    if (!error.isEmpty())
        QMessageBox::warning(m_window, tr("Resolve"), error);
}

void AppController::updateOutboxViews()
{
    Store::Outbox &outbox = m_workspace->outbox();
    const auto counts = outbox.counts();
    if (counts)
        m_window->setPendingUpdates(counts->pending(),
                                    counts->pending() > 0 ? m_workspace->waitReason() : QString());

    if (m_failureInbox) {
        m_failureInbox->reload();
        m_window->failuresPage()->refreshDetail();
    } else {
        m_failureInbox = std::make_unique<FailureInboxController>(
            m_window->failuresPage(), m_workspace->database(), outbox, m_workspace->credentialRegister(),
            [this] { return m_directory; });
        connect(m_failureInbox.get(), &FailureInboxController::failed, this, &AppController::showStoreError);
    }
    if (counts)
        m_window->failuresPage()->setOpenFailureTotal(counts->openFailures);
    if (m_window->auditPage()->isVisible())
        showAudit();

    if (!m_userActivity) {
        m_userActivity = std::make_unique<UserActivityReader>(m_workspace->database());
        connect(m_userActivity.get(), &UserActivityReader::read, this, &AppController::showUserColumns);
        connect(m_userActivity.get(), &UserActivityReader::failed, this, &AppController::showStoreError);
    }
    m_userActivity->request(m_directory);

    const QString current = m_window->usersPage()->currentUserId();
    if (!current.isEmpty())
        showUser(current);
}

// The reader built the per-row arrays on its thread, so this swaps them in and signals the
// changed rows.
void AppController::showUserColumns(const Models::UserColumns &columns)
{
    if (m_window)
        m_userActivity->release(m_window->usersPage()->userModel()->setColumns(columns));
}

void AppController::openUser(const QString &userId)
{
    m_window->setCurrentPage(Ui::MainWindow::Page::Users);
    if (m_window->usersPage()->selectUser(userId))
        m_window->usersPage()->userPanel()->focusCards();
}

// Decodes a raw read of a card Calven rejected. Assigning the decoded card puts a draft with it in
// place of the rejected one on the user's panel, where the operator reviews and sends it.
void AppController::decodeFailedCard(const Core::OutboxEntry &entry, const Core::Credential &card)
{
    Ui::DecoderDialog dialog(m_window);
    dialog.setObjectName(u"failureDecoderDialog"_s);
    dialog.setCredentialTypeMap(Ui::loadCredentialTypeMap(&m_settings));
    dialog.setHolderLookup([this](const QString &cardNumber, const QString &facilityCode) {
        return holdersOf(cardNumber, facilityCode);
    });
    dialog.setTargetUser(entry.userId, entry.username);
    dialog.setRawRead(card.cardNumber);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const std::optional<Core::Credential> chosen = dialog.chosenCredential();
    if (!chosen)
        return;
    const auto record = m_workspace->credentialRegister().record(entry.userId);
    QList<Core::Credential> cards =
        m_drafts.value(entry.userId, record ? record->intended : entry.credentials);
    const auto rejected = std::find_if(cards.begin(), cards.end(), [&card](const Core::Credential &other) {
        return other.isSameCard(card);
    });
    if (rejected != cards.end())
        *rejected = *chosen;
    else
        cards.append(*chosen);
    m_drafts.insert(entry.userId, cards);
    qCInfo(lcController).noquote() << "Decoded card" << chosen->displayNumber() << "replaces rejected card"
                                   << card.displayNumber() << "in the draft of user" << entry.userId;
    openUser(entry.userId);
}

namespace {

Store::AuditFilter auditFilterOf(const Ui::AuditPage &page)
{
    Store::AuditFilter filter;
    filter.fromUtc = page.firstDay().startOfDay().toUTC();
    filter.toUtc = page.lastDay().addDays(1).startOfDay().toUTC();
    filter.action = page.action();
    filter.result = page.result();
    filter.profileId = page.profileId();
    filter.userText = page.userText();
    filter.text = page.freeText();
    return filter;
}

QList<Ui::AuditPage::Choice> labelledChoices(const QStringList &names, QString (*label)(const QString &))
{
    QList<Ui::AuditPage::Choice> choices;
    for (const QString &name : names)
        choices.append({name, label(name)});
    return choices;
}

} // namespace

void AppController::setProfileNames(const QList<std::pair<QString, QString>> &profiles)
{
    m_profileNames.clear();
    for (const auto &[id, name] : profiles)
        m_profileNames.insert(id, name);
    if (m_window && m_window->auditPage()->isVisible())
        showAudit();
}

AuditReader::ProfileNames AppController::auditProfileNames() const
{
    AuditReader::ProfileNames names = m_profileNames;
    // The training profile is not stored with the others.
    const Net::Profile &current = m_workspace->profile();
    if (!current.id.isEmpty() && !current.displayName.isEmpty())
        names.insert(current.id, current.displayName);
    return names;
}

// Reads the newest ShownAuditLimit matching records on a worker thread with its own connection,
// because a text filter over a long log scans every record in the day range.
void AppController::showAudit()
{
    if (m_workspace->databasePath().isEmpty())
        return;
    if (m_auditWatcher.isRunning()) {
        m_auditReadAgain = true;
        return;
    }
    Ui::AuditPage *page = m_window->auditPage();
    const AuditReader::ProfileNames names = auditProfileNames();
    QList<Ui::AuditPage::Choice> profiles;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        profiles.append({it.key(), it.value()});
    std::sort(profiles.begin(), profiles.end(),
              [](const auto &a, const auto &b) { return a.second.localeAwareCompare(b.second) < 0; });
    page->setProfiles(profiles);
    page->setActions(labelledChoices(Store::AuditLog::knownActions(), &Store::AuditLog::actionLabel));
    page->setResults(labelledChoices(Store::AuditLog::knownResults(), &Store::AuditLog::resultLabel));
    page->setLoading();
    m_auditWatcher.setFuture(QtConcurrent::run(AuditReader::readRows, m_workspace->databasePath(),
                                               auditFilterOf(*page), ShownAuditLimit, names));
}

void AppController::onAuditRowsRead()
{
    if (!m_window)
        return;
    if (std::exchange(m_auditReadAgain, false)) {
        showAudit();
        return;
    }
    const AuditReader::Rows result = m_auditWatcher.result();
    if (!result.error.isEmpty()) {
        qCWarning(lcController).noquote() << "Cannot read the audit log:" << result.error;
        m_window->auditPage()->setLoadError(result.error);
        return;
    }
    m_window->auditPage()->setRows(result.rows, result.totalCount);
}

void AppController::exportAudit(const QString &path)
{
    if (m_auditExportWatcher.isRunning())
        return;
    Ui::AuditPage *page = m_window->auditPage();
    m_auditExportCancel = std::make_shared<std::atomic_bool>(false);
    page->setExportRunning(path);
    m_auditExportWatcher.setFuture(
        QtConcurrent::run([databasePath = m_workspace->databasePath(), filter = auditFilterOf(*page),
                           names = auditProfileNames(), path, cancel = m_auditExportCancel] {
            return AuditReader::exportCsv(databasePath, filter, names, path, cancel.get());
        }));
}

void AppController::showStoreError(const QString &message)
{
    qCWarning(lcController) << "Showing an error to the operator:" << message;
    QMessageBox::warning(m_window, tr("CardDesk"), message);
}

} // namespace CardDesk::Gui
