// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "auditpage.h"
#include "failurespage.h"
#include "icons.h"
#include "sidebar.h"
#include "trainingbanner.h"
#include "userspage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CardDesk::Ui {

Q_LOGGING_CATEGORY(lcMainWindow, "carddesk.ui.mainwindow")

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/carddesk.svg"_s));

    m_banner = new TrainingBanner(this);
    m_banner->hide();

    m_sidebar = new Sidebar(this);
    m_usersRow = m_sidebar->addPage(themedIcon(u"system-users"_s, u"users"_s), tr("Users"));
    m_failuresRow = m_sidebar->addPage(themedIcon(u"dialog-warning"_s, u"failures"_s), tr("Failures"));
    m_auditRow = m_sidebar->addPage(themedIcon(u"document-properties"_s, u"resolve"_s), tr("Audit"));

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"pagesStackedWidget"_s);
    m_usersPage = new UsersPage(m_pages);
    m_failuresPage = new FailuresPage(m_pages);
    m_pages->addWidget(m_usersPage);
    m_auditPage = new AuditPage(m_pages);
    m_pages->addWidget(m_failuresPage);
    m_pages->addWidget(m_auditPage);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_failuresPage, &FailuresPage::openFailureCountChanged, this, &MainWindow::updateFailureBadge);
    m_sidebar->setCurrentRow(m_usersRow);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_sidebar);
    auto *divider = new QFrame(this);
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Sunken);
    body->addWidget(divider);
    body->addWidget(m_pages, 1);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addLayout(body, 1);
    setCentralWidget(central);

    createMenus();
    createStatusBar();
    createShortcuts();
    updateTitle();
    resize(1200, 760);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *profiles = fileMenu->addAction(tr("&Profiles…"), this, &MainWindow::profilesRequested);
    profiles->setObjectName(u"profilesAction"_s);
    m_profileMenu = fileMenu->addMenu(tr("Active p&rofile"));
    m_profileMenu->menuAction()->setObjectName(u"activeProfileMenuAction"_s);
    m_profileActions = new QActionGroup(this);
    m_profileActions->setExclusive(true);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *directoryMenu = menuBar()->addMenu(tr("&Directory"));
    QAction *refresh = directoryMenu->addAction(themedIcon(u"view-refresh"_s, u"refresh"_s), tr("&Refresh"),
                                                this, &MainWindow::refreshRequested);
    refresh->setObjectName(u"refreshAction"_s);
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu *sendMenu = menuBar()->addMenu(tr("&Send"));
    m_sendPendingAction =
        sendMenu->addAction(themedIcon(u"mail-send"_s, u"send"_s), tr("Send &pending updates"), this,
                            &MainWindow::sendPendingRequested);
    m_sendPendingAction->setObjectName(u"sendPendingAction"_s);
    m_sendPendingAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_sendPendingAction->setEnabled(false);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *diagnostics =
        helpMenu->addAction(tr("&Export diagnostics…"), this, &MainWindow::exportDiagnosticsRequested);
    diagnostics->setObjectName(u"exportDiagnosticsAction"_s);
    helpMenu->addSeparator();
    QAction *about = helpMenu->addAction(tr("&About CardDesk"), this, &MainWindow::showAbout);
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createStatusBar()
{
    m_pendingLabel = new QLabel(this);
    m_pendingLabel->setObjectName(u"pendingStatusLabel"_s);
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(u"connectionStatusLabel"_s);
    m_refreshLabel = new QLabel(this);
    m_refreshLabel->setObjectName(u"refreshStatusLabel"_s);
    // Profile names, wait reasons and errors from Calven are shown literally.
    for (QLabel *label : {m_pendingLabel, m_connectionLabel, m_refreshLabel})
        label->setTextFormat(Qt::PlainText);
    m_profileCombo = new QComboBox(this);
    m_profileCombo->setObjectName(u"profileComboBox"_s);
    m_profileCombo->setAccessibleName(tr("Active profile"));
    m_profileCombo->setToolTip(tr("The profile CardDesk is connected to. Choose another to switch."));
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_profileCombo, &QComboBox::activated, this, [this](int index) {
        const QString id = m_profileCombo->itemData(index).toString();
        if (id != m_activeProfileId)
            emit profileSwitchRequested(id);
    });
    statusBar()->addWidget(m_pendingLabel, 1);
    statusBar()->addPermanentWidget(m_profileCombo);
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_refreshLabel);
    setPendingUpdates(0, {});
    setConnectionState(ConnectionState::Offline, {});
    setLastRefresh({});
    updateProfileSwitcher();
}

void MainWindow::createShortcuts()
{
    // "/" does not reach line edits as a shortcut: they accept printable keys first.
    for (const QKeySequence &key : {QKeySequence(QKeySequence::Find), QKeySequence(Qt::Key_Slash)}) {
        auto *shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, this, &MainWindow::focusSearch);
    }
    auto *usersKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_1), this);
    connect(usersKey, &QShortcut::activated, this, [this] { setCurrentPage(Page::Users); });
    auto *failuresKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_2), this);
    connect(failuresKey, &QShortcut::activated, this, [this] { setCurrentPage(Page::Failures); });
    auto *auditKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_3), this);
    connect(auditKey, &QShortcut::activated, this, [this] { setCurrentPage(Page::Audit); });
}

void MainWindow::setCurrentPage(Page page)
{
    switch (page) {
    case Page::Users:
        m_sidebar->setCurrentRow(m_usersRow);
        break;
    case Page::Failures:
        m_sidebar->setCurrentRow(m_failuresRow);
        break;
    case Page::Audit:
        m_sidebar->setCurrentRow(m_auditRow);
        break;
    }
}

MainWindow::Page MainWindow::currentPage() const
{
    if (m_pages->currentWidget() == m_failuresPage)
        return Page::Failures;
    if (m_pages->currentWidget() == m_auditPage)
        return Page::Audit;
    return Page::Users;
}

void MainWindow::focusSearch()
{
    if (currentPage() == Page::Failures)
        m_failuresPage->focusSearch();
    else if (currentPage() == Page::Audit)
        m_auditPage->focusSearch();
    else
        m_usersPage->focusSearch();
}

void MainWindow::setTrainingMode(bool training)
{
    m_training = training;
    m_banner->setVisible(training);
    updateTitle();
    updateProfileSwitcher();
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_training ? tr("CardDesk (training: simulator, not Calven)") : tr("CardDesk"));
}

void MainWindow::setPendingUpdates(int count, const QString &reason)
{
    QString text;
    if (count == 0)
        text = tr("No updates waiting to be sent");
    else
        text = count == 1 ? tr("1 update waiting") : tr("%1 updates waiting").arg(count);
    if (count > 0 && !reason.isEmpty())
        text += u": "_s + reason;
    m_pendingLabel->setText(text);
    m_sendPendingAction->setEnabled(count > 0);
}

void MainWindow::setConnectionState(ConnectionState state, const QString &detail)
{
    QString text;
    switch (state) {
    case ConnectionState::Offline:
        text = tr("Offline");
        break;
    case ConnectionState::Connecting:
        text = tr("Connecting…");
        break;
    case ConnectionState::Online:
        text = tr("Connected");
        break;
    case ConnectionState::Error:
        text = tr("Connection error");
        break;
    }
    if (!detail.isEmpty())
        text += u" ("_s + detail + u')';
    m_connectionLabel->setText(text);
    m_connectionLabel->setStyleSheet(state == ConnectionState::Error ? u"color: #a15c00;"_s : QString());
    qCInfo(lcMainWindow) << "connection state shown:" << text;
}

void MainWindow::setLastRefresh(const QDateTime &when)
{
    m_refreshLabel->setText(
        when.isValid()
            ? tr("Directory refreshed %1").arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat))
            : tr("Directory never refreshed"));
}

void MainWindow::setTlsBackendName(const QString &name)
{
    m_tlsBackendName = name;
}

void MainWindow::setProfiles(const QList<std::pair<QString, QString>> &profiles, const QString &activeId)
{
    m_profiles = profiles;
    m_activeProfileId = activeId;
    updateProfileSwitcher();
}

void MainWindow::updateProfileSwitcher()
{
    const QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->clear();
    for (QAction *action : m_profileActions->actions())
        delete action;
    for (const auto &[id, name] : std::as_const(m_profiles)) {
        m_profileCombo->addItem(name, id);
        QAction *action = m_profileMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(id == m_activeProfileId);
        action->setData(id);
        m_profileActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, id] {
            if (id != m_activeProfileId)
                emit profileSwitchRequested(id);
        });
    }
    m_profileCombo->setCurrentIndex(m_profileCombo->findData(m_activeProfileId));
    const bool shown = !m_training && !m_profiles.isEmpty();
    m_profileCombo->setVisible(shown);
    m_profileMenu->menuAction()->setVisible(shown);
}

QString MainWindow::pendingStatusText() const
{
    return m_pendingLabel->text();
}

QString MainWindow::connectionStatusText() const
{
    return m_connectionLabel->text();
}

QString MainWindow::lastRefreshText() const
{
    return m_refreshLabel->text();
}

void MainWindow::updateFailureBadge(int count)
{
    const QString text = count == 1 ? tr("1 open failure") : tr("%1 open failures").arg(count);
    m_sidebar->setBadgeCount(m_failuresRow, count, text);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.setTlsBackendName(m_tlsBackendName);
    dialog.exec();
}

} // namespace CardDesk::Ui
