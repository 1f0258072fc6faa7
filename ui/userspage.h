// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directoryuser.h"
#include "core/updateresult.h"

#include <QDateTime>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace CardDesk::Core {
class DirectoryTable;
} // namespace CardDesk::Core

namespace CardDesk::Models {
class UserFilterModel;
class UserTableModel;
} // namespace CardDesk::Models

namespace CardDesk::Ui {

class UserPanel;

/// The directory page: a search field and the users table on the left, and the UserPanel of the
/// selected user on the right.
///
/// Setters: setTable() (a directory built on a worker thread), setDirectory(), setCardCounts(),
/// setLastResults() and setCardNumbers() forward to the table model;
/// userPanel() gives the panel to fill with the selected user's cards.
/// Signals: currentUserChanged(userId) when the selection moves. The panel header is then already
/// filled, but its cards stay empty until the owner sets them. userOpened(userId) on Enter or
/// double click, after which focus moves to the panel's card table.
/// Refresh: setRefreshProgress() shows a progress bar with Cancel, which emits
/// refreshCancelRequested(); showRefreshResult() or showRefreshError() hide it and show the outcome.
/// Keys: typing filters as you type, Down moves from the search into the table, Enter opens
/// the user, Escape clears the search.
class UsersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPage)

public:
    explicit UsersPage(QWidget *parent = nullptr);
    ~UsersPage() override;

    /// Shows a directory table, keeping the selected user selected when it is still present.
    void setTable(std::shared_ptr<const Core::DirectoryTable> table);
    void setDirectory(const QList<Core::DirectoryUser> &users, const QList<Core::Location> &locations);
    void setCardCounts(const QHash<QString, int> &countsByUserId);
    /// Sets the card numbers that search matches, by user id.
    void setCardNumbers(const QHash<QString, QStringList> &numbersByUserId);
    void setLastResults(const QHash<QString, Core::ResultCode> &resultsByUserId);

    Models::UserTableModel *userModel() const { return m_users; }
    UserPanel *userPanel() const { return m_panel; }
    QString currentUserId() const;
    /// Selects the user's row, clearing the search first if it hides the user. Returns false
    /// when the user is not in the directory.
    bool selectUser(const QString &userId);

    /// Focuses the search field and selects its text.
    void focusSearch();

    /// Shows the refresh progress bar: bytes of the users download, or a busy bar when total is
    /// unknown (-1) or the download is complete and the directory is being stored.
    void setRefreshProgress(qint64 received, qint64 total);
    /// Hides the progress bar and shows how many users a finished refresh added, changed and removed.
    void showRefreshResult(int added, int changed, int removed);
    /// Hides the progress bar and shows why the refresh failed or was cancelled.
    void showRefreshError(const QString &message);
    /// Sets the fetch time of the cached directory; a null time means it was never refreshed.
    void setLastRefreshed(const QDateTime &refreshedAtUtc);
    bool isRefreshing() const;

signals:
    void currentUserChanged(const QString &userId);
    void userOpened(const QString &userId);
    void refreshCancelRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createListSide();
    void applySearch();
    void clearSearch();
    void openCurrentUser();
    void onCurrentRowChanged(const QModelIndex &current);
    void updateCountLabel();
    QWidget *createRefreshRow(QWidget *parent);
    void updateRefreshLabel();

    Models::UserTableModel *m_users = nullptr;
    Models::UserFilterModel *m_filter = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_countLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    UserPanel *m_panel = nullptr;
    QTimer *m_searchTimer = nullptr;
    QWidget *m_refreshRow = nullptr;
    QProgressBar *m_refreshProgress = nullptr;
    QPushButton *m_cancelRefreshButton = nullptr;
    QLabel *m_refreshLabel = nullptr;
    QDateTime m_lastRefreshedUtc;
    QString m_refreshOutcome;
    QString m_currentUserId;
};

} // namespace CardDesk::Ui
