// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directorytable.h"
#include "core/directoryuser.h"
#include "models/failurequery.h"
#include "models/failurestatistics.h"
#include "store/failureinboxreader.h"
#include "ui/failurenextstep.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace CardDesk::Store {
class CredentialRegister;
} // namespace CardDesk::Store

namespace CardDesk::Ui {
class FailuresPage;
} // namespace CardDesk::Ui

namespace CardDesk::Gui {

/// Runs the failure inbox from the store: turns the page's filters into FailureInboxReader queries
/// on a worker thread, gives the page its pages and the counts over every matching entry, and
/// fills the detail pane's context from the outbox, the credential register and the directory.
///
/// Signals: firstPageShown(generation) and summaryShown(generation) once the page shows the first
/// rows and the counts of a query; failed(message) when a query fails.
class FailureInboxController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailureInboxController)

public:
    /// Returns the cached directory by userId; it must outlive the controller.
    using Directory = std::function<std::shared_ptr<const Core::DirectoryTable>()>;

    /// Makes page query-driven and reads its first query at once. The page, outbox and register
    /// must outlive the controller.
    FailureInboxController(Ui::FailuresPage *page, const Store::Database &database, Store::Outbox &outbox,
                           Store::CredentialRegister &credentialRegister, Directory directory,
                           QObject *parent = nullptr);
    ~FailureInboxController() override;

    /// Reads the current query again with at least as many rows as are loaded, after the outbox
    /// changed.
    void reload();
    /// Returns what the detail pane shows beside entry.
    Ui::FailureContext contextFor(const Core::OutboxEntry &entry) const;

    /// Returns the store filter for query. Days are local calendar days: the bounds are the start
    /// of firstDay and of the day after lastDay in the system time zone, so a day with a
    /// daylight-saving change has its 23 or 25 hours.
    static Store::FailureFilter storeFilter(const Models::FailureQuery &query);
    static Models::FailureStatistics statistics(const Store::FailureSummary &summary);

    /// Returns the generation of the query the page shows or waits for.
    int generation() const { return m_generation; }

signals:
    void firstPageShown(int generation);
    void summaryShown(int generation);
    void failed(const QString &message);

private:
    void load(const Models::FailureQuery &query, int rows);
    void onPageLoaded(int generation, const QList<Core::OutboxEntry> &entries, bool atEnd, bool firstPage);
    void onSummaryLoaded(int generation, const Store::FailureSummary &summary);
    std::optional<QList<Core::OutboxEntry>> exportEntries(const Models::FailureQuery &query,
                                                          QString *error) const;

    QPointer<Ui::FailuresPage> m_page;
    Store::Outbox &m_outbox;
    Store::CredentialRegister &m_register;
    Directory m_directory;
    Store::FailureInboxReader m_reader;
    Models::FailureQuery m_query;
    int m_generation = 0;
    int m_loadedRows = 0;
};

} // namespace CardDesk::Gui
