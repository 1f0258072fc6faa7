// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditreader.h"
#include "core/cardvalidation.h"
#include "core/directoryuser.h"
#include "sync/workspace.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSettings>
#include <QTimer>

#include <functional>
#include <memory>

namespace CardDesk::Ui {
class MainWindow;
} // namespace CardDesk::Ui

namespace CardDesk::Models {
struct UserColumns;
} // namespace CardDesk::Models

namespace CardDesk::Training {
class TrainingEnvironment;
} // namespace CardDesk::Training

namespace CardDesk::Gui {

class FailureInboxController;
class UserActivityReader;

/// Connects the passive widgets of the main window to a Workspace. It shows the cached directory,
/// the open user's card sets and last push, the outbox counts and the failures. It turns the
/// operator's edits, sends, retries and resolutions into Workspace calls. Drafts of card sets that
/// were edited but not sent are kept per user while the window is open.
class AppController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    AppController(Ui::MainWindow *window, Sync::Workspace *workspace, QObject *parent = nullptr);
    ~AppController() override;

    /// Shows the outbox state and loads the cached directory on a worker thread. Calls
    /// afterDirectory once that directory is on screen or its load failed, or at once when the
    /// cache was never filled, so keychain reads, sign-in and the refresh start only then.
    void start(std::function<void()> afterDirectory = {});
    /// Seeds the training environment's cards and failures after the first directory refresh.
    void attachTraining(Training::TrainingEnvironment *training);
    /// Marks the connection state after a profile was connected to the workspace.
    void profileConnected(const QString &profileName);
    /// Sets the stored profiles as (id, display name) pairs, which the Audit page shows in place
    /// of profile ids.
    void setProfileNames(const QList<std::pair<QString, QString>> &profiles);

    int userCount() const;

Q_SIGNALS:
    /// The cached directory is on screen.
    void directoryShown(int userCount);
    /// Training data was seeded, or seeding failed with error.
    void trainingSeeded(bool ok, const QString &error);

private:
    void connectWindow();
    void connectWorkspace();
    void connectCardTools();
    void showSettings();
    QList<Core::CardHolder> holdersOf(const QString &cardNumber, const QString &facilityCode) const;
    std::optional<Core::DirectoryUser> findUser(const QString &userId) const;
    void onDirectoryLoaded(const Sync::DirectorySnapshot &snapshot);
    void finishStartupLoad();
    void onDirectoryRefreshed(const Sync::RefreshOutcome &outcome);
    void showUser(const QString &userId);
    void onCardsEdited(const QString &userId, const QList<Core::Credential> &cards);
    void onSendRequested(const QString &userId);
    void onRetryRequested(const QStringList &updateIds);
    void onResolveRequested(const QStringList &updateIds, const QString &note);
    void updateOutboxViews();
    void showUserColumns(const Models::UserColumns &columns);
    void showAudit();
    void onAuditRowsRead();
    void exportAudit(const QString &path);
    AuditReader::ProfileNames auditProfileNames() const;
    void showStoreError(const QString &message);
    void openUser(const QString &userId);
    void decodeFailedCard(const Core::OutboxEntry &entry, const Core::Credential &card);

    QPointer<Ui::MainWindow> m_window;
    Sync::Workspace *m_workspace;
    std::shared_ptr<const Core::DirectoryTable> m_directory;
    QHash<QString, QList<Core::Credential>> m_drafts;
    QHash<QString, QStringList> m_draftReasons;
    QSettings m_settings;
    QTimer m_outboxViewTimer;
    std::unique_ptr<FailureInboxController> m_failureInbox; ///< Created once the workspace is open.
    std::unique_ptr<UserActivityReader> m_userActivity;     ///< Created once the workspace is open.
    std::function<void()> m_afterStartupLoad;               ///< Pending until the first load after start().
    QHash<QString, QString> m_profileNames;
    QFutureWatcher<AuditReader::Rows> m_auditWatcher;
    bool m_auditReadAgain = false; ///< The filters changed while a read ran.
    QFutureWatcher<AuditReader::ExportResult> m_auditExportWatcher;
    std::shared_ptr<std::atomic_bool> m_auditExportCancel;
    QPointer<Training::TrainingEnvironment> m_training;
    bool m_trainingSeeded = false;
};

} // namespace CardDesk::Gui
