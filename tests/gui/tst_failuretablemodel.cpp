// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/failurefiltermodel.h"
#include "models/failuretablemodel.h"
#include "models/roles.h"
#include "sampledata.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using CardDesk::Models::FailureFilterModel;
using CardDesk::Models::FailureTableModel;
namespace Core = CardDesk::Core;
namespace Models = CardDesk::Models;
namespace Tests = CardDesk::Tests;

class TestFailureTableModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTester();
    void showsEntryColumns();
    void messageFallsBackToTransportError();
    void filter_data();
    void filter();
    void sortsByTime();
    void fetchesPagesLazily();
    void lazyModelPassesTester();
    void reviewStates();

private:
    static QStringList visibleUpdateIds(const QAbstractItemModel &model);
};

QStringList TestFailureTableModel::visibleUpdateIds(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(Models::UpdateIdRole).toString().right(1));
    return ids;
}

void TestFailureTableModel::passesModelTester()
{
    FailureTableModel model;
    FailureFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(Tests::sampleFailures());
    filter.setResultFilter(Core::ResultCode::Unknown);
    filter.setSearchText(u"grace"_s);
    model.setEntries({});
    QCOMPARE(filter.rowCount(), 0);
}

void TestFailureTableModel::showsEntryColumns()
{
    FailureTableModel model;
    const QList<Core::OutboxEntry> entries = Tests::sampleFailures();
    model.setEntries(entries);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(FailureTableModel::ColumnCount));
    const Core::OutboxEntry &first = entries.first();
    QCOMPARE(model.index(0, FailureTableModel::TimeColumn).data().toString(),
             QLocale().toString(first.updatedAt.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(model.index(0, FailureTableModel::TimeColumn).data(Models::RawValueRole).toDateTime(),
             first.updatedAt);
    QCOMPARE(model.index(0, FailureTableModel::UserColumn).data().toString(), u"ada.lovelace@example.com"_s);
    QCOMPARE(model.index(0, FailureTableModel::CardsColumn).data().toString(), u"202:1091, 202:1092"_s);
    QCOMPARE(model.index(0, FailureTableModel::CardsColumn).data(Models::RawValueRole).toInt(), 2);
    QCOMPARE(model.index(0, FailureTableModel::ResultColumn).data().toString(), u"Partial update"_s);
    QCOMPARE(model.index(0, FailureTableModel::MessageColumn).data().toString(), u"1 of 2 cards failed"_s);
    QCOMPARE(model.index(0, FailureTableModel::AttemptsColumn).data().toInt(), 1);
    QCOMPARE(model.index(0, FailureTableModel::StateColumn).data().toString(), u"New"_s);
    QCOMPARE(model.index(0, 0).data(Models::UpdateIdRole).toString(), first.updateId);
    QCOMPARE(model.index(0, 0).data(Models::UserIdRole).toString(), u"u-1001"_s);
    QCOMPARE(model.rowOfUpdate(entries.at(2).updateId), 2);
    QCOMPARE(model.rowOfUpdate(u"missing"_s), -1);
}

void TestFailureTableModel::messageFallsBackToTransportError()
{
    FailureTableModel model;
    model.setEntries(Tests::sampleFailures());
    QCOMPARE(model.index(2, FailureTableModel::MessageColumn).data().toString(),
             u"Response body is not JSON (HTTP 502)"_s);
    QCOMPARE(model.index(2, FailureTableModel::StateColumn).data().toString(), u"New (unknown)"_s);
}

void TestFailureTableModel::filter_data()
{
    QTest::addColumn<int>("result"); // -1 means every result.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // Last character of each visible updateId.

    QTest::newRow("everything") << -1 << QString() << QStringList{u"1"_s, u"2"_s, u"3"_s};
    QTest::newRow("user not found") << int(Core::ResultCode::UserNotFound) << QString()
                                    << QStringList{u"2"_s};
    QTest::newRow("unknown") << int(Core::ResultCode::Unknown) << QString() << QStringList{u"3"_s};
    QTest::newRow("ok has none") << int(Core::ResultCode::Ok) << QString() << QStringList{};
    QTest::newRow("card number") << -1 << u"1092"_s << QStringList{u"1"_s};
    QTest::newRow("card result message") << -1 << u"already assigned"_s << QStringList{u"1"_s};
    QTest::newRow("transport error") << -1 << u"HTTP 502"_s << QStringList{u"3"_s};
    QTest::newRow("user id") << -1 << u"U-1003"_s << QStringList{u"2"_s};
    QTest::newRow("text and result") << int(Core::ResultCode::PartialUpdate) << u"turing"_s << QStringList{};
}

void TestFailureTableModel::filter()
{
    QFETCH(int, result);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    FailureTableModel model;
    model.setEntries(Tests::sampleFailures());
    FailureFilterModel filter;
    filter.setSourceModel(&model);
    if (result >= 0)
        filter.setResultFilter(static_cast<Core::ResultCode>(result));
    filter.setSearchText(text);
    QCOMPARE(visibleUpdateIds(filter), expected);
}

void TestFailureTableModel::sortsByTime()
{
    FailureTableModel model;
    model.setEntries(Tests::sampleFailures());
    FailureFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(FailureTableModel::TimeColumn, Qt::DescendingOrder);
    QCOMPARE(visibleUpdateIds(filter), (QStringList{u"3"_s, u"2"_s, u"1"_s}));
}

// The model asks for one page at a time.
void TestFailureTableModel::fetchesPagesLazily()
{
    FailureTableModel model;
    const QList<Core::OutboxEntry> entries = Tests::sampleFailures();
    QSignalSpy requests(&model, &FailureTableModel::moreRowsRequested);

    QVERIFY(!model.canFetchMore({}));
    model.setFirstPage(entries.mid(0, 1), false);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.canFetchMore({}));
    QVERIFY(!model.canFetchMore(model.index(0, 0)));

    model.fetchMore({});
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.at(0).at(0).value<Core::OutboxEntry>().updateId, entries.at(0).updateId);
    // A second call before the page arrives asks for nothing more.
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(requests.size(), 1);

    model.appendPage(entries.mid(1, 1), false);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(1).at(0).value<Core::OutboxEntry>().updateId, entries.at(1).updateId);

    model.appendPage(entries.mid(2), true);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.isComplete());
    QVERIFY(!model.canFetchMore({}));

    // A reset drops a pending request, so the next page can be asked for again.
    model.setFirstPage(entries.mid(0, 2), false);
    model.fetchMore({});
    QCOMPARE(requests.size(), 3);
    model.setFirstPage(entries.mid(0, 2), false);
    QVERIFY(model.canFetchMore({}));
    model.appendPage({}, true);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.canFetchMore({}));

    Core::OutboxEntry changed = entries.at(1);
    changed.attempts = 7;
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.updateEntry(changed);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(model.index(1, FailureTableModel::AttemptsColumn).data().toInt(), 7);
}

// The tester itself calls fetchMore() after each reset and insert; every request is answered with
// the next entry until the list is complete, and the tester checks each insert on the way.
void TestFailureTableModel::lazyModelPassesTester()
{
    FailureTableModel model;
    FailureFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Core::OutboxEntry> entries = Tests::sampleFailures();
    for (int i = 0; i < 3; ++i) {
        for (Core::OutboxEntry entry : Tests::sampleFailures()) {
            entry.updateId += QString::number(i);
            entries.append(entry);
        }
    }
    QStringList requested;
    connect(&model, &FailureTableModel::moreRowsRequested, this,
            [&requested](const Core::OutboxEntry &last) { requested.append(last.updateId); });

    model.setFirstPage(entries.mid(0, 2), false);
    for (int round = 0; round < 20 && !model.isComplete(); ++round) {
        if (requested.isEmpty())
            model.fetchMore({});
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.takeFirst(), model.entries().constLast().updateId);
        const int next = model.rowCount();
        model.appendPage(entries.mid(next, 2), next + 2 >= entries.size());
    }
    QVERIFY(model.isComplete());
    QCOMPARE(model.rowCount(), int(entries.size()));
    QCOMPARE(filter.rowCount(), int(entries.size()));
    QVERIFY(requested.isEmpty());
}

void TestFailureTableModel::reviewStates()
{
    Core::OutboxEntry entry = Tests::sampleFailures().constFirst();
    entry.state = Core::UpdateState::Failed;
    QCOMPARE(Models::reviewStateLabel(entry), u"New"_s);
    entry.previousUpdateId = u"a1b2"_s;
    QCOMPARE(Models::reviewStateLabel(entry), u"Retried"_s);
    entry.state = Core::UpdateState::NeedsAttention;
    QCOMPARE(Models::reviewStateLabel(entry), u"Retried (needs attention)"_s);
    entry.state = Core::UpdateState::Resolved;
    QCOMPARE(Models::reviewStateLabel(entry), u"Resolved"_s);
}

QTEST_GUILESS_MAIN(TestFailureTableModel)
#include "tst_failuretablemodel.moc"
