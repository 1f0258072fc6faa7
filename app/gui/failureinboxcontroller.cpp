// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "failureinboxcontroller.h"

#include "models/similarusers.h"
#include "store/credentialregister.h"
#include "ui/failurespage.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcFailureInbox, "carddesk.gui.failureinbox")

namespace CardDesk::Gui {

namespace {

// Similar emails shown for a user Calven did not find.
constexpr int SimilarUserCount = 5;

} // namespace

FailureInboxController::FailureInboxController(Ui::FailuresPage *page, const Store::Database &database,
                                               Store::Outbox &outbox, Store::CredentialRegister &credentialRegister,
                                               Directory directory, QObject *parent)
    : QObject(parent)
    , m_page(page)
    , m_outbox(outbox)
    , m_register(credentialRegister)
    , m_directory(std::move(directory))
    , m_reader(database)
{
    connect(&m_reader, &Store::FailureInboxReader::pageLoaded, this, &FailureInboxController::onPageLoaded);
    connect(&m_reader, &Store::FailureInboxReader::summaryLoaded, this,
            &FailureInboxController::onSummaryLoaded);
    connect(&m_reader, &Store::FailureInboxReader::failed, this, [this](int generation, const QString &message) {
        if (generation != m_generation)
            return;
        qCWarning(lcFailureInbox).noquote() << "Failure query" << generation << "failed:" << message;
        emit failed(message);
    });
    connect(page, &Ui::FailuresPage::queryChanged, this,
            [this](const Models::FailureQuery &query) { load(query, Store::FailureInboxReader::PageSize); });
    connect(page, &Ui::FailuresPage::moreRowsRequested, this,
            [this](const Core::OutboxEntry &last) { m_reader.fetchPage(m_generation, last); });
    page->setDetailProvider([this](const Core::OutboxEntry &entry) { return contextFor(entry); });
    page->setExportSource([this](const Models::FailureQuery &query, QString *error) {
        return exportEntries(query, error);
    });
    page->setQueryDriven(true);
}

FailureInboxController::~FailureInboxController()
{
    if (m_page) {
        m_page->setDetailProvider({});
        m_page->setExportSource({});
    }
}

void FailureInboxController::reload()
{
    load(m_query, qMax(m_loadedRows, int(Store::FailureInboxReader::PageSize)));
}

void FailureInboxController::load(const Models::FailureQuery &query, int rows)
{
    m_query = query;
    Store::FailureFilter filter = storeFilter(query);
    filter.limit = rows;
    m_generation = m_reader.load(filter);
    m_loadedRows = 0;
}

void FailureInboxController::onPageLoaded(int generation, const QList<Core::OutboxEntry> &entries, bool atEnd,
                                          bool firstPage)
{
    if (generation != m_generation || !m_page)
        return;
    QElapsedTimer timer;
    timer.start();
    if (firstPage) {
        m_loadedRows = int(entries.size());
        m_page->setFirstPage(entries, atEnd);
        emit firstPageShown(generation);
    } else {
        m_loadedRows += int(entries.size());
        m_page->appendPage(entries, atEnd);
    }
    qCDebug(lcFailureInbox) << "generation" << generation << "showed" << entries.size() << "rows in"
                            << timer.elapsed() << "ms";
}

void FailureInboxController::onSummaryLoaded(int generation, const Store::FailureSummary &summary)
{
    if (generation != m_generation || !m_page)
        return;
    QElapsedTimer timer;
    timer.start();
    m_page->setSummary(statistics(summary), summary.total);
    emit summaryShown(generation);
    qCDebug(lcFailureInbox) << "generation" << generation << "showed the counts in" << timer.elapsed() << "ms";
}

Store::FailureFilter FailureInboxController::storeFilter(const Models::FailureQuery &query)
{
    Store::FailureFilter filter;
    filter.includeResolved = query.includeResolved;
    filter.profileId = query.profileId;
    filter.result = query.result;
    filter.text = query.text;
    filter.groupByReason = query.groupByReason;
    if (query.firstDay.isValid())
        filter.fromUtc = query.firstDay.startOfDay().toUTC();
    if (query.lastDay.isValid())
        filter.toUtc = query.lastDay.addDays(1).startOfDay().toUTC();
    return filter;
}

Models::FailureStatistics FailureInboxController::statistics(const Store::FailureSummary &summary)
{
    Models::FailureStatistics statistics;
    statistics.perReason = summary.perReason;
    for (const Store::FailureDayCount &day : summary.perDay)
        statistics.perDay[day.day][day.reason] += day.count;
    if (!statistics.perDay.isEmpty()) {
        statistics.firstDay = statistics.perDay.firstKey();
        statistics.lastDay = statistics.perDay.lastKey();
    }
    return statistics;
}

// Each read here is one lookup by primary key or index, and the similar-email scan runs only for
// a user Calven did not find, so this stays on the GUI thread.
// NOTE: the scan walks the whole cached directory, a few tens of milliseconds at 200,000 users
// (estimated from the O(length * 2) edit distance, not measured).
Ui::FailureContext FailureInboxController::contextFor(const Core::OutboxEntry &entry) const
{
    Ui::FailureContext context;
    context.detailed = m_outbox.entry(entry.updateId);
    if (const auto chain = m_outbox.retryChain(entry.updateId))
        context.retryChain = *chain;
    if (const auto record = m_register.record(entry.userId))
        context.currentCards = record->intended;
    const std::shared_ptr<const Core::DirectoryTable> directory = m_directory ? m_directory() : nullptr;
    if (entry.result.code == Core::ResultCode::UserNotFound && directory)
        context.similarUsers = Models::similarEmailUsers(entry.username, *directory, SimilarUserCount);
    for (const Core::Credential &card : entry.credentials) {
        const auto holders = m_register.holdersOf(card.cardNumber, card.facilityCode);
        if (!holders)
            continue;
        for (const Store::CardHolder &holder : *holders) {
            if (holder.userId == entry.userId)
                continue;
            QString name = holder.username;
            if (directory) {
                const int row = directory->rowOfUser(holder.userId);
                if (row >= 0)
                    name = directory->displayName(row);
            }
            context.holders.append({card, {holder.userId, name}});
        }
    }
    return context;
}

// NOTE: the export reads every matching entry on the GUI thread, which can take a second with tens
// of thousands of open failures. The operator started it and waits for the file anyway.
std::optional<QList<Core::OutboxEntry>> FailureInboxController::exportEntries(const Models::FailureQuery &query,
                                                                              QString *error) const
{
    const auto entries = m_outbox.failures(storeFilter(query));
    if (!entries)
        *error = m_outbox.errorString();
    return entries;
}

} // namespace CardDesk::Gui
