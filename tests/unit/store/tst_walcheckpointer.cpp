// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"
#include "store/sqlsupport.h"
#include "store/walcheckpointer.h"
#include "storetestsupport.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk::Store;

namespace {

// Rows of 2,000 bytes each: 3,000 of them fill about 1,500 pages of 4 KiB, more than the 1,000
// pages of log at which SQLite checkpoints on its own.
constexpr int RowCount = 3000;
constexpr qint64 DataBytes = qint64(RowCount) * 2000;

bool fillTable(const QSqlDatabase &db, QString *error)
{
    Sql::WriteTransaction transaction(db);
    QSqlQuery insert(db);
    if (!transaction.begin(error) || !Sql::prepare(insert, u"INSERT INTO filler (body) VALUES (?)"_s, error))
        return false;
    for (int i = 0; i < RowCount; ++i) {
        insert.bindValue(0, QString(2000, QChar(u'a' + i % 26)));
        if (!Sql::exec(insert, error))
            return false;
    }
    return transaction.commit(error);
}

} // namespace

class TestWalCheckpointer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void commitWithAutoCheckpointGrowsFile();
    void commitWithoutAutoCheckpointLeavesFile();
    void checkpointCopiesLogIntoFile();
    void destroyWithPendingRequest();

private:
    qint64 fileSize() const { return QFileInfo(m_database->path()).size(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void TestWalCheckpointer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>();
    QVERIFY2(m_database->open(m_dir->filePath(u"carddesk.sqlite"_s)), qPrintable(m_database->errorString()));
    QString error;
    QVERIFY2(Sql::execDirect(m_database->connection(),
                             u"CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"_s, &error),
             qPrintable(error));
    QVERIFY(fileSize() < DataBytes / 4);
}

void TestWalCheckpointer::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

// The control for the next test: SQLite's own checkpoint copies the log into the file at commit.
void TestWalCheckpointer::commitWithAutoCheckpointGrowsFile()
{
    QString error;
    QVERIFY2(fillTable(m_database->connection(), &error), qPrintable(error));
    QVERIFY2(fileSize() >= DataBytes, qPrintable(QString::number(fileSize())));
}

void TestWalCheckpointer::commitWithoutAutoCheckpointLeavesFile()
{
    QString error;
    {
        const Sql::NoAutoCheckpoint noAutoCheckpoint(m_database->connection());
        QVERIFY2(fillTable(m_database->connection(), &error), qPrintable(error));
    }
    QVERIFY2(fileSize() < DataBytes / 4, qPrintable(QString::number(fileSize())));
    TestSupport::RawConnection raw(m_database->path());
    QCOMPARE(raw.value(u"SELECT count(*) FROM filler"_s).toInt(), RowCount);
}

void TestWalCheckpointer::checkpointCopiesLogIntoFile()
{
    QString error;
    {
        const Sql::NoAutoCheckpoint noAutoCheckpoint(m_database->connection());
        QVERIFY2(fillTable(m_database->connection(), &error), qPrintable(error));
    }
    QVERIFY(fileSize() < DataBytes / 4);
    WalCheckpointer checkpointer(m_database->path());
    checkpointer.request();
    QTRY_COMPARE(checkpointer.completedCount(), 1);
    QVERIFY2(fileSize() >= DataBytes, qPrintable(QString::number(fileSize())));
    QCOMPARE(QSqlQuery(u"SELECT count(*) FROM filler"_s, m_database->connection()).next(), true);
    TestSupport::RawConnection raw(m_database->path());
    QCOMPARE(raw.value(u"SELECT count(*) FROM filler"_s).toInt(), RowCount);
    QCOMPARE(raw.value(u"SELECT count(DISTINCT body) FROM filler"_s).toInt(), 26);
}

void TestWalCheckpointer::destroyWithPendingRequest()
{
    QString error;
    {
        const Sql::NoAutoCheckpoint noAutoCheckpoint(m_database->connection());
        QVERIFY2(fillTable(m_database->connection(), &error), qPrintable(error));
    }
    {
        WalCheckpointer checkpointer(m_database->path());
        checkpointer.request();
    }
    // Whether the checkpoint ran before the destructor stopped the worker, nothing is lost.
    TestSupport::RawConnection raw(m_database->path());
    QCOMPARE(raw.value(u"SELECT count(*) FROM filler"_s).toInt(), RowCount);
}

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
