// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "userspage.h"

#include "models/roles.h"
#include "models/userfiltermodel.h"
#include "models/usertablemodel.h"
#include "userpanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CardDesk::Ui {

Q_LOGGING_CATEGORY(lcUsersPage, "carddesk.ui.userspage")

namespace {

// A search over 200,000 indexed users takes a few milliseconds, so key presses are gathered only
// briefly, to skip the intermediate texts of fast typing and pasting.
constexpr int SearchDelayMs = 30;

bool isEnterKey(const QKeyEvent *key)
{
    return (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
           (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
}

} // namespace

UsersPage::UsersPage(QWidget *parent)
    : QWidget(parent)
    , m_users(new Models::UserTableModel(this))
    , m_filter(new Models::UserFilterModel(this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(u"usersPageWidget"_s);
    m_filter->setSourceModel(m_users);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &UsersPage::applySearch);

    m_panel = new UserPanel(this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"usersSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(createListSide());
    m_splitter->addWidget(m_panel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // The panel's share leaves room for every card column at a 1280 px wide main window.
    // NOTE: Checked only with English headers and the offscreen platform's default font.
    m_splitter->setSizes({680, 560});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_filter, &QAbstractItemModel::modelReset, this, &UsersPage::updateCountLabel);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &UsersPage::updateCountLabel);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &UsersPage::updateCountLabel);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &UsersPage::updateCountLabel);
    updateCountLabel();
}

UsersPage::~UsersPage() = default;

QWidget *UsersPage::createListSide()
{
    auto *side = new QWidget(this);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(8, 8, 4, 8);
    layout->setSpacing(6);

    m_searchEdit = new QLineEdit(side);
    m_searchEdit->setObjectName(u"searchLineEdit"_s);
    m_searchEdit->setPlaceholderText(
        tr("Search name, email, user name, id, location or card number  (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setAccessibleName(tr("Search users"));
    m_searchEdit->installEventFilter(this);
    connect(m_searchEdit, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    // The clear button changes the text without textEdited, so an empty text filters at once.
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applySearch();
    });

    m_table = new QTableView(side);
    m_table->setObjectName(u"usersTableView"_s);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Models::UserTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Users"));
    m_table->installEventFilter(this);
    // Fixed row heights and column widths keep 200,000 rows fast: nothing measures every row.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    // Name and email share the free width; the short columns get widths from sample texts, so no
    // column is measured against the rows.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(Models::UserTableModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(Models::UserTableModel::EmailColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    header->setHighlightSections(false);
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto widthOf = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 16;
    };
    header->resizeSection(Models::UserTableModel::StatusColumn, widthOf(u"provisioned"_s));
    header->resizeSection(Models::UserTableModel::LocationColumn, widthOf(u"Sydney Harbour"_s));
    header->resizeSection(Models::UserTableModel::CardsColumn, widthOf(u"Cards"_s));
    header->resizeSection(Models::UserTableModel::LastPushColumn, widthOf(u"Partial update"_s));
    connect(m_table, &QTableView::doubleClicked, this, &UsersPage::openCurrentUser);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UsersPage::onCurrentRowChanged);

    m_countLabel = new QLabel(side);
    m_countLabel->setObjectName(u"userCountLabel"_s);
    m_countLabel->setEnabled(false);

    layout->addWidget(m_searchEdit);
    layout->addWidget(createRefreshRow(side));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_refreshLabel);
    return side;
}

QWidget *UsersPage::createRefreshRow(QWidget *parent)
{
    m_refreshRow = new QWidget(parent);
    m_refreshRow->setObjectName(u"refreshRow"_s);
    auto *row = new QHBoxLayout(m_refreshRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_refreshProgress = new QProgressBar(m_refreshRow);
    m_refreshProgress->setObjectName(u"refreshProgressBar"_s);
    m_refreshProgress->setAccessibleName(tr("Directory refresh progress"));
    m_cancelRefreshButton = new QPushButton(tr("&Cancel refresh"), m_refreshRow);
    m_cancelRefreshButton->setObjectName(u"cancelRefreshButton"_s);
    connect(m_cancelRefreshButton, &QPushButton::clicked, this, [this] {
        m_cancelRefreshButton->setEnabled(false);
        emit refreshCancelRequested();
    });
    row->addWidget(m_refreshProgress, 1);
    row->addWidget(m_cancelRefreshButton);
    m_refreshRow->hide();

    m_refreshLabel = new QLabel(parent);
    // The outcome can quote Calven's error text, which is shown literally.
    m_refreshLabel->setTextFormat(Qt::PlainText);
    m_refreshLabel->setObjectName(u"refreshLabel"_s);
    m_refreshLabel->setWordWrap(true);
    m_refreshLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    updateRefreshLabel();
    return m_refreshRow;
}

void UsersPage::setRefreshProgress(qint64 received, qint64 total)
{
    if (m_refreshRow->isHidden()) {
        m_refreshRow->show();
        m_cancelRefreshButton->setEnabled(true);
    }
    if (total <= 0) {
        m_refreshProgress->setRange(0, 0);
        m_refreshProgress->setFormat(tr("Downloading the directory…"));
    } else if (received >= total) {
        // Parsing and storing run on a worker thread that reports no progress, and cannot be
        // cancelled because the cache replacement is one transaction.
        m_refreshProgress->setRange(0, 0);
        m_refreshProgress->setFormat(tr("Saving the directory…"));
        m_cancelRefreshButton->setEnabled(false);
    } else {
        // Kibibytes keep the values inside the int range of QProgressBar.
        m_refreshProgress->setRange(0, int(total / 1024));
        m_refreshProgress->setValue(int(received / 1024));
        m_refreshProgress->setFormat(tr("Downloading the directory: %p%"));
    }
    m_refreshProgress->setTextVisible(true);
}

void UsersPage::showRefreshResult(int added, int changed, int removed)
{
    m_refreshRow->hide();
    m_refreshOutcome =
        tr("Last refresh: %1 added, %2 changed, %3 removed.")
            .arg(QLocale().toString(added), QLocale().toString(changed), QLocale().toString(removed));
    updateRefreshLabel();
}

void UsersPage::showRefreshError(const QString &message)
{
    m_refreshRow->hide();
    m_refreshOutcome = message;
    updateRefreshLabel();
}

void UsersPage::setLastRefreshed(const QDateTime &refreshedAtUtc)
{
    m_lastRefreshedUtc = refreshedAtUtc;
    updateRefreshLabel();
}

bool UsersPage::isRefreshing() const
{
    return !m_refreshRow->isHidden();
}

void UsersPage::updateRefreshLabel()
{
    const QString when =
        m_lastRefreshedUtc.isValid()
            ? tr("Directory refreshed %1.")
                  .arg(QLocale().toString(m_lastRefreshedUtc.toLocalTime(), QLocale::ShortFormat))
            : tr("The directory was never refreshed.");
    m_refreshLabel->setText(m_refreshOutcome.isEmpty() ? when : QString(when + u' ' + m_refreshOutcome));
}

void UsersPage::setDirectory(const QList<Core::DirectoryUser> &users, const QList<Core::Location> &locations)
{
    setTable(Core::makeDirectoryTable(users, locations));
}

void UsersPage::setTable(std::shared_ptr<const Core::DirectoryTable> table)
{
    const QString selected = m_currentUserId;
    m_users->setTable(std::move(table));
    if (!selected.isEmpty() && !selectUser(selected)) {
        m_currentUserId.clear();
        m_panel->clearUser();
        emit currentUserChanged({});
    }
}

void UsersPage::setCardCounts(const QHash<QString, int> &countsByUserId)
{
    m_users->setCardCounts(countsByUserId);
}

void UsersPage::setCardNumbers(const QHash<QString, QStringList> &numbersByUserId)
{
    m_users->setCardNumbers(numbersByUserId);
}

void UsersPage::setLastResults(const QHash<QString, Core::ResultCode> &resultsByUserId)
{
    m_users->setLastResults(resultsByUserId);
}

QString UsersPage::currentUserId() const
{
    return m_currentUserId;
}

bool UsersPage::selectUser(const QString &userId)
{
    const int sourceRow = m_users->rowOfUser(userId);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_users->index(sourceRow, 0));
    if (!index.isValid()) {
        clearSearch();
        index = m_filter->mapFromSource(m_users->index(sourceRow, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void UsersPage::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

bool UsersPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_searchEdit) {
        if (key->key() == Qt::Key_Escape) {
            clearSearch();
            return true;
        }
        if (isEnterKey(key)) {
            applySearch();
            if (!m_table->currentIndex().isValid() && m_filter->rowCount() > 0)
                m_table->setCurrentIndex(m_filter->index(0, 0));
            openCurrentUser();
            return true;
        }
        if (key->key() == Qt::Key_Down && m_filter->rowCount() > 0) {
            applySearch();
            m_table->setFocus(Qt::TabFocusReason);
            if (!m_table->currentIndex().isValid())
                m_table->setCurrentIndex(m_filter->index(0, 0));
            return true;
        }
    } else if (watched == m_table) {
        if (isEnterKey(key)) {
            openCurrentUser();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            clearSearch();
            focusSearch();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void UsersPage::applySearch()
{
    m_searchTimer->stop();
    if (m_filter->searchText() == m_searchEdit->text())
        return;
    m_filter->setSearchText(m_searchEdit->text());
    qCDebug(lcUsersPage) << "search shows" << m_filter->rowCount() << "of" << m_users->rowCount() << "users";
    // Keep the selected user visible when it still matches, so the panel stays in step.
    if (!m_currentUserId.isEmpty()) {
        const int sourceRow = m_users->rowOfUser(m_currentUserId);
        const QModelIndex index = m_filter->mapFromSource(m_users->index(sourceRow, 0));
        if (index.isValid())
            m_table->scrollTo(index);
    }
}

void UsersPage::clearSearch()
{
    m_searchEdit->clear();
    applySearch();
}

void UsersPage::openCurrentUser()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QString userId = current.data(Models::UserIdRole).toString();
    qCDebug(lcUsersPage) << "user opened:" << userId;
    emit userOpened(userId);
    m_panel->focusCards();
}

void UsersPage::onCurrentRowChanged(const QModelIndex &current)
{
    const QString userId = current.isValid() ? current.data(Models::UserIdRole).toString() : QString();
    if (userId == m_currentUserId)
        return;
    m_currentUserId = userId;
    if (userId.isEmpty()) {
        m_panel->clearUser();
    } else {
        const int sourceRow = m_filter->mapToSource(current).row();
        m_panel->setUser(m_users->userAt(sourceRow), m_users->locationNameAt(sourceRow));
    }
    emit currentUserChanged(userId);
}

void UsersPage::updateCountLabel()
{
    const int shown = m_filter->rowCount();
    const int total = m_users->rowCount();
    const QLocale locale;
    m_countLabel->setText(shown == total
                              ? tr("%1 users").arg(locale.toString(total))
                              : tr("%1 of %2 users").arg(locale.toString(shown), locale.toString(total)));
}

} // namespace CardDesk::Ui
