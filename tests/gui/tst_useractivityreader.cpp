// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Gui::UserActivityReader over a real SQLite file: reads on its worker thread, one follow-up read
// for any number of requests while a read runs, and per-row arrays for the table it was given.

#include "core/directorytable.h"
#include "gui/useractivityreader.h"
#include "sampledata.h"
#include "store/credentialregister.h"
#include "store/database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk;

class TestUserActivityReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void readsColumnsForTable();
    void requestsWhileReadingCoalesce();
    void unchangedNumbersNotFlagged();

private:
    bool setCards(const QString &userId, const QStringList &numbers);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store::Database> m_database;
    std::unique_ptr<Store::CredentialRegister> m_register;
    std::shared_ptr<const Core::DirectoryTable> m_table;
};

void TestUserActivityReader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Store::Database>();
    QVERIFY2(m_database->open(m_dir->filePath(u"carddesk.sqlite"_s)), qPrintable(m_database->errorString()));
    m_register = std::make_unique<Store::CredentialRegister>(*m_database);
    m_table = Core::makeDirectoryTable(Tests::sampleUsers(), Tests::sampleLocations());
}

void TestUserActivityReader::cleanup()
{
    m_register.reset();
    m_database.reset();
    m_dir.reset();
}

bool TestUserActivityReader::setCards(const QString &userId, const QStringList &numbers)
{
    QList<Core::Credential> cards;
    for (const QString &number : numbers)
        cards.append(Tests::sampleCard(u"7"_s, number));
    return m_register->setIntended(userId, userId + u"@example.com"_s, cards, Store::RegisterAction::Import);
}

void TestUserActivityReader::readsColumnsForTable()
{
    QVERIFY(setCards(u"u-1002"_s, {u"51773"_s, u"51774"_s}));
    Gui::UserActivityReader reader(*m_database);
    QSignalSpy read(&reader, &Gui::UserActivityReader::read);
    QSignalSpy failed(&reader, &Gui::UserActivityReader::failed);
    reader.request(m_table);
    QVERIFY(reader.isBusy());
    QVERIFY(read.wait(10000));
    QVERIFY(!reader.isBusy());
    QCOMPARE(failed.count(), 0);

    const auto columns = read.constFirst().constFirst().value<Models::UserColumns>();
    QCOMPARE(columns.table, m_table);
    QCOMPARE(columns.cardCountsByUserId.value(u"u-1002"_s), 2);
    const int row = m_table->rowOfUser(u"u-1002"_s);
    QCOMPARE(columns.cardCounts.size(), size_t(m_table->userCount()));
    QCOMPARE(columns.cardCounts.at(size_t(row)), 2);
    QCOMPARE(columns.cardCounts.at(size_t(m_table->rowOfUser(u"u-1001"_s))), -1);
    QCOMPARE(columns.lastResults.at(size_t(row)), -1);
    QVERIFY(columns.cardNumbersChanged);
    const QList<std::pair<int, QStringList>> byRow{{row, {u"51773"_s, u"51774"_s}}};
    QCOMPARE(columns.cardNumbersByRow, byRow);
}

void TestUserActivityReader::requestsWhileReadingCoalesce()
{
    Gui::UserActivityReader reader(*m_database);
    QSignalSpy read(&reader, &Gui::UserActivityReader::read);
    reader.request(nullptr);
    // Written before the follow-up read starts, which runs after the first one is delivered.
    QVERIFY(setCards(u"u-1003"_s, {u"4242017"_s}));
    reader.request(nullptr);
    reader.request(m_table);
    reader.request(m_table);
    QTRY_VERIFY_WITH_TIMEOUT(!reader.isBusy(), 10000);
    QCOMPARE(read.count(), 2);
    const auto last = read.constLast().constFirst().value<Models::UserColumns>();
    // The follow-up read uses the table of the newest request and returns the new cards.
    QCOMPARE(last.table, m_table);
    QCOMPARE(last.cardCounts.at(size_t(m_table->rowOfUser(u"u-1003"_s))), 1);
    QTest::qWait(50);
    QCOMPARE(read.count(), 2);
}

void TestUserActivityReader::unchangedNumbersNotFlagged()
{
    QVERIFY(setCards(u"u-1002"_s, {u"51773"_s}));
    Gui::UserActivityReader reader(*m_database);
    QSignalSpy read(&reader, &Gui::UserActivityReader::read);
    reader.request(m_table);
    QVERIFY(read.wait(10000));
    QVERIFY(read.constLast().constFirst().value<Models::UserColumns>().cardNumbersChanged);

    reader.request(m_table);
    QVERIFY(read.wait(10000));
    QVERIFY(!read.constLast().constFirst().value<Models::UserColumns>().cardNumbersChanged);

    QVERIFY(setCards(u"u-1002"_s, {u"51773"_s, u"60000"_s}));
    reader.request(m_table);
    QVERIFY(read.wait(10000));
    const auto columns = read.constLast().constFirst().value<Models::UserColumns>();
    QVERIFY(columns.cardNumbersChanged);
    QCOMPARE(columns.cardNumbersByUserId.value(u"u-1002"_s), (QStringList{u"51773"_s, u"60000"_s}));
}

QTEST_GUILESS_MAIN(TestUserActivityReader)
#include "tst_useractivityreader.moc"
