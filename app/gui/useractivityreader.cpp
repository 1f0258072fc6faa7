// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "useractivityreader.h"

#include "store/credentialregister.h"
#include "store/database.h"
#include "store/outbox.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcUserActivityReader, "carddesk.gui.useractivityreader")

namespace CardDesk::Gui {

// Owns the worker thread's connection and the card numbers of the previous read. Only m_thread
// touches it after construction.
class UserActivityReader::Worker final : public QObject
{
public:
    explicit Worker(QString databasePath)
        : m_databasePath(std::move(databasePath))
    {}

    // Reads the columns for table's rows. Returns false with *error set when the connection or a
    // query fails.
    bool read(std::shared_ptr<const Core::DirectoryTable> table, Models::UserColumns *columns, QString *error)
    {
        if (!m_database && !open(error))
            return false;
        const auto counts = m_register->activeCardCounts();
        const auto numbers = counts ? m_register->activeCardNumbers() : std::nullopt;
        if (!counts || !numbers) {
            *error = m_register->errorString();
            return false;
        }
        const auto results = m_outbox->latestResults();
        if (!results) {
            *error = m_outbox->errorString();
            return false;
        }
        columns->table = std::move(table);
        columns->cardCountsByUserId = *counts;
        columns->lastResultsByUserId = *results;
        columns->cardNumbersByUserId = *numbers;
        columns->cardNumbersChanged = !m_hasPrevious || *numbers != m_previousNumbers;
        columns->fillRows();
        m_previousNumbers = *numbers;
        m_hasPrevious = true;
        return true;
    }

private:
    bool open(QString *error)
    {
        auto database = std::make_unique<Store::Database>();
        if (!database->open(m_databasePath)) {
            *error = database->errorString();
            return false;
        }
        m_database = std::move(database);
        m_register = std::make_unique<Store::CredentialRegister>(*m_database);
        m_outbox = std::make_unique<Store::Outbox>(*m_database);
        return true;
    }

    QString m_databasePath;
    std::unique_ptr<Store::Database> m_database;
    std::unique_ptr<Store::CredentialRegister> m_register;
    std::unique_ptr<Store::Outbox> m_outbox;
    QHash<QString, QStringList> m_previousNumbers;
    bool m_hasPrevious = false;
};

UserActivityReader::UserActivityReader(const Store::Database &database, QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(database.path()))
{
    qRegisterMetaType<Models::UserColumns>();
    m_thread.setObjectName(u"user-activity-reader"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

UserActivityReader::~UserActivityReader()
{
    m_thread.quit();
    m_thread.wait();
}

void UserActivityReader::request(std::shared_ptr<const Core::DirectoryTable> table)
{
    m_table = std::move(table);
    if (m_running) {
        m_again = true;
        return;
    }
    start();
}

void UserActivityReader::release(Models::UserColumns columns)
{
    auto released = std::make_shared<Models::UserColumns>(std::move(columns));
    QMetaObject::invokeMethod(
        m_worker, [released = std::move(released)]() mutable { released.reset(); }, Qt::QueuedConnection);
}

void UserActivityReader::start()
{
    m_running = true;
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker, table = m_table] {
            QElapsedTimer timer;
            timer.start();
            auto columns = std::make_shared<Models::UserColumns>();
            QString error;
            const bool ok = worker->read(table, columns.get(), &error);
            if (!ok)
                qCWarning(lcUserActivityReader).noquote()
                    << "Reading the Users page columns failed:" << error;
            qCDebug(lcUserActivityReader)
                << "read" << columns->cardCountsByUserId.size() << "card counts and"
                << columns->lastResultsByUserId.size() << "results in" << timer.elapsed() << "ms";
            // Qt drops this event when the reader is destroyed before it arrives.
            QMetaObject::invokeMethod(this, [this, ok, columns, error] {
                if (ok)
                    emit read(*columns);
                else
                    emit failed(error);
                release(std::move(*columns));
                onFinished();
            });
        },
        Qt::QueuedConnection);
}

void UserActivityReader::onFinished()
{
    m_running = false;
    if (std::exchange(m_again, false))
        start();
}

} // namespace CardDesk::Gui
