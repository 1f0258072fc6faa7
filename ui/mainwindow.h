// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMainWindow>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class QStackedWidget;

namespace CardDesk::Ui {

class AuditPage;
class FailuresPage;
class Sidebar;
class TrainingBanner;
class UsersPage;

/// The application shell: training banner, page sidebar, the pages, menus and status bar.
///
/// Passive like its pages: the owner wires usersPage(), failuresPage() and auditPage() to the
/// service layer, and feeds the status bar through setters.
/// Setters: setTrainingMode(), setPendingUpdates(), setConnectionState(), setLastRefresh(),
/// setTlsBackendName() (shown in About), setProfiles() (the profile switcher in the status bar
/// and File → Active profile).
/// Signals: profilesRequested(), profileSwitchRequested(), refreshRequested(),
/// sendPendingRequested(), exportDiagnosticsRequested(). Quit closes the
/// window; About opens AboutDialog. The Failures badge follows FailuresPage's entry count.
/// Keys: Ctrl+F or "/" focus the current page's search; Ctrl+1, Ctrl+2 and Ctrl+3 switch to
/// Users, Failures and Audit.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page
    {
        Users,
        Failures,
        Audit
    };
    Q_ENUM(Page)

    enum class ConnectionState
    {
        Offline,    ///< No profile signed in, or the network is down.
        Connecting, ///< Signing in or renewing a token.
        Online,     ///< The last request reached Calven.
        Error,      ///< Calven or the network returned an error; the detail says which.
    };
    Q_ENUM(ConnectionState)

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    UsersPage *usersPage() const { return m_usersPage; }
    FailuresPage *failuresPage() const { return m_failuresPage; }
    AuditPage *auditPage() const { return m_auditPage; }

    void setCurrentPage(Page page);
    Page currentPage() const;

    /// Shows or hides the training banner and marks the window title.
    void setTrainingMode(bool training);
    bool isTrainingMode() const { return m_training; }
    /// Shows how many updates wait in the outbox and why (for example "offline" or
    /// "next retry at 10:42"); reason may be empty.
    void setPendingUpdates(int count, const QString &reason);
    /// Shows the connection state with a detail such as the profile name or the error.
    void setConnectionState(ConnectionState state, const QString &detail);
    /// Shows when the directory was last refreshed; an invalid time shows "never".
    void setLastRefresh(const QDateTime &when);
    void setTlsBackendName(const QString &name);
    /// Lists the profiles (id and name) in the profile switcher and marks the active one. With no
    /// profiles, or in training mode, the switcher is hidden.
    void setProfiles(const QList<std::pair<QString, QString>> &profiles, const QString &activeId);
    QString activeProfileId() const { return m_activeProfileId; }

    QString pendingStatusText() const;
    QString connectionStatusText() const;
    QString lastRefreshText() const;

signals:
    void profilesRequested();
    /// The operator chose another profile in the switcher.
    void profileSwitchRequested(const QString &id);
    void exportDiagnosticsRequested();
    void refreshRequested();
    void sendPendingRequested();

private:
    void createMenus();
    void createStatusBar();
    void createShortcuts();
    void focusSearch();
    void updateFailureBadge(int count);
    void showAbout();
    void updateTitle();
    void updateProfileSwitcher();

    bool m_training = false;
    QString m_tlsBackendName;
    QList<std::pair<QString, QString>> m_profiles;
    QString m_activeProfileId;

    TrainingBanner *m_banner = nullptr;
    Sidebar *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    UsersPage *m_usersPage = nullptr;
    FailuresPage *m_failuresPage = nullptr;
    int m_usersRow = -1;
    int m_failuresRow = -1;
    int m_auditRow = -1;
    AuditPage *m_auditPage = nullptr;

    QLabel *m_pendingLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_refreshLabel = nullptr;
    QAction *m_sendPendingAction = nullptr;
    QComboBox *m_profileCombo = nullptr;
    QMenu *m_profileMenu = nullptr;
    QActionGroup *m_profileActions = nullptr;
};

} // namespace CardDesk::Ui
