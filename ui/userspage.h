// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directoryuser.h"
#include "core/updateresult.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace CardDesk::Models {
class UserFilterModel;
class UserTableModel;
} // namespace CardDesk::Models

namespace CardDesk::Ui {

class UserPanel;

/// The directory page: a search field and the users table on the left, and the UserPanel of the
/// selected user on the right.
///
/// Setters: setDirectory(), setCardCounts(), setLastResults() forward to the table model;
/// userPanel() gives the panel to fill with the selected user's cards.
/// Signals: currentUserChanged(userId) when the selection moves. The panel header is then already
/// filled, but its cards stay empty until the owner sets them. userOpened(userId) on Enter or
/// double click, after which focus moves to the panel's card table.
/// Keys: typing filters as you type, Down moves from the search into the table, Enter opens
/// the user, Escape clears the search.
class UsersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPage)

public:
    explicit UsersPage(QWidget *parent = nullptr);
    ~UsersPage() override;

    void setDirectory(const QList<Core::DirectoryUser> &users, const QList<Core::Location> &locations);
    void setCardCounts(const QHash<QString, int> &countsByUserId);
    void setLastResults(const QHash<QString, Core::ResultCode> &resultsByUserId);

    Models::UserTableModel *userModel() const { return m_users; }
    UserPanel *userPanel() const { return m_panel; }
    QString currentUserId() const;
    /// Selects the user's row, clearing the search first if it hides the user. Returns false
    /// when the user is not in the directory.
    bool selectUser(const QString &userId);

    /// Focuses the search field and selects its text.
    void focusSearch();

signals:
    void currentUserChanged(const QString &userId);
    void userOpened(const QString &userId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createListSide();
    void applySearch();
    void clearSearch();
    void openCurrentUser();
    void onCurrentRowChanged(const QModelIndex &current);
    void updateCountLabel();

    Models::UserTableModel *m_users = nullptr;
    Models::UserFilterModel *m_filter = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_countLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    UserPanel *m_panel = nullptr;
    QTimer *m_searchTimer = nullptr;
    QString m_currentUserId;
};

} // namespace CardDesk::Ui
