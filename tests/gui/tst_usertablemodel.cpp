// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/roles.h"
#include "models/usertablemodel.h"
#include "sampledata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using CardDesk::Models::UserTableModel;
namespace Models = CardDesk::Models;
namespace Core = CardDesk::Core;
namespace Tests = CardDesk::Tests;

class TestUserTableModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTester();
    void displayAndRawValues();
    void unknownLocationShowsId();
    void cardCountsChangeOneColumn();
    void lastResultsShowLabels();
    void refreshKeepsCountsOfRemainingUsers();
    void columnsSignalOnlyChangedRows();
    void columnsForOtherTableFilled();
    void holdsManyRows();
};

void TestUserTableModel::passesModelTester()
{
    UserTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDirectory(Tests::sampleUsers(), Tests::sampleLocations());
    model.setCardCounts({{u"u-1001"_s, 2}});
    model.setLastResults({{u"u-1002"_s, Core::ResultCode::Ok}});
    model.setDirectory({}, {});
    model.setCardCounts({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(UserTableModel::ColumnCount));
}

void TestUserTableModel::displayAndRawValues()
{
    UserTableModel model;
    model.setDirectory(Tests::sampleUsers(), Tests::sampleLocations());
    QCOMPARE(model.rowCount(), 5);
    const QModelIndex name = model.index(0, UserTableModel::NameColumn);
    QCOMPARE(name.data().toString(), u"Ada Lovelace"_s);
    QCOMPARE(name.data(Models::UserIdRole).toString(), u"u-1001"_s);
    QCOMPARE(model.index(0, UserTableModel::EmailColumn).data().toString(), u"ada.lovelace@example.com"_s);
    QCOMPARE(model.index(0, UserTableModel::StatusColumn).data().toString(), u"active"_s);
    QCOMPARE(model.index(0, UserTableModel::LocationColumn).data().toString(), u"Berlin Mitte"_s);
    QCOMPARE(model.index(0, UserTableModel::CardsColumn).data(), QVariant());
    QCOMPARE(model.index(0, UserTableModel::CardsColumn).data(Models::RawValueRole).toInt(), -1);
    QCOMPARE(model.headerData(UserTableModel::LastPushColumn, Qt::Horizontal).toString(), u"Last push"_s);
    QCOMPARE(model.rowOfUser(u"u-1004"_s), 3);
    QCOMPARE(model.rowOfUser(u"nobody"_s), -1);
}

void TestUserTableModel::unknownLocationShowsId()
{
    UserTableModel model;
    model.setDirectory(Tests::sampleUsers(), Tests::sampleLocations());
    const QModelIndex location = model.index(4, UserTableModel::LocationColumn);
    QCOMPARE(location.data().toString(), u"loc-unknown"_s);
    QCOMPARE(location.data(Models::RawValueRole).toString(), QString());
    QVERIFY(location.data(Qt::ToolTipRole).toString().contains(u"loc-unknown"_s));
}

void TestUserTableModel::cardCountsChangeOneColumn()
{
    UserTableModel model;
    model.setDirectory(Tests::sampleUsers(), Tests::sampleLocations());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setCardCounts({{u"u-1002"_s, 3}, {u"u-1005"_s, 0}, {u"not-listed"_s, 9}});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(reset.count(), 0);
    const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 0);
    QCOMPARE(bottomRight.row(), 4);
    QCOMPARE(topLeft.column(), int(UserTableModel::CardsColumn));
    QCOMPARE(bottomRight.column(), int(UserTableModel::CardsColumn));
    QCOMPARE(model.index(1, UserTableModel::CardsColumn).data().toInt(), 3);
    QCOMPARE(model.index(4, UserTableModel::CardsColumn).data().toInt(), 0);
    QCOMPARE(model.index(0, UserTableModel::CardsColumn).data(), QVariant());
}

void TestUserTableModel::lastResultsShowLabels()
{
    UserTableModel model;
    model.setDirectory(Tests::sampleUsers(), Tests::sampleLocations());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLastResults(
        {{u"u-1001"_s, Core::ResultCode::PartialUpdate}, {u"u-1003"_s, Core::ResultCode::Ok}});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, UserTableModel::LastPushColumn).data().toString(), u"Partial update"_s);
    QCOMPARE(model.index(2, UserTableModel::LastPushColumn).data().toString(), u"OK"_s);
    QCOMPARE(model.index(1, UserTableModel::LastPushColumn).data(), QVariant());
    QCOMPARE(model.index(0, UserTableModel::NameColumn).data(Models::ResultCodeRole).toInt(),
             int(Core::ResultCode::PartialUpdate));
    QVERIFY(!model.lastResultAt(1).has_value());
}

void TestUserTableModel::refreshKeepsCountsOfRemainingUsers()
{
    UserTableModel model;
    model.setDirectory(Tests::sampleUsers(), Tests::sampleLocations());
    model.setCardCounts({{u"u-1003"_s, 4}, {u"u-1001"_s, 1}});
    model.setLastResults({{u"u-1003"_s, Core::ResultCode::UserNotFound}});
    QList<Core::DirectoryUser> refreshed = Tests::sampleUsers();
    refreshed.removeFirst();
    std::reverse(refreshed.begin(), refreshed.end());
    model.setDirectory(refreshed, Tests::sampleLocations());
    const int row = model.rowOfUser(u"u-1003"_s);
    QCOMPARE(model.cardCountAt(row), 4);
    QCOMPARE(model.lastResultAt(row), std::optional(Core::ResultCode::UserNotFound));
    QCOMPARE(model.rowOfUser(u"u-1001"_s), -1);
}

namespace {

Models::UserColumns columnsFor(const UserTableModel &model, const QHash<QString, int> &counts,
                               const QHash<QString, Core::ResultCode> &results,
                               const QHash<QString, QStringList> &numbers)
{
    Models::UserColumns columns;
    columns.table = model.table();
    columns.cardCountsByUserId = counts;
    columns.lastResultsByUserId = results;
    columns.cardNumbersByUserId = numbers;
    columns.fillRows();
    return columns;
}

} // namespace

void TestUserTableModel::columnsSignalOnlyChangedRows()
{
    UserTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDirectory(Tests::sampleUsers(), Tests::sampleLocations());
    const int row1002 = model.rowOfUser(u"u-1002"_s);
    const int row1004 = model.rowOfUser(u"u-1004"_s);
    model.setColumns(columnsFor(model, {{u"u-1002"_s, 1}}, {{u"u-1002"_s, Core::ResultCode::Ok}},
                                {{u"u-1002"_s, {u"51773"_s}}}));
    QCOMPARE(model.cardCountAt(row1002), 1);
    QCOMPARE(model.lastResultAt(row1002), std::optional(Core::ResultCode::Ok));

    QSignalSpy changed(&model, &UserTableModel::dataChanged);
    QSignalSpy numbersChanged(&model, &UserTableModel::cardNumbersChanged);
    Models::UserColumns next =
        columnsFor(model, {{u"u-1002"_s, 1}, {u"u-1004"_s, 3}}, {{u"u-1002"_s, Core::ResultCode::Ok}},
                   {{u"u-1002"_s, {u"51773"_s}}});
    next.cardNumbersChanged = false;
    const Models::UserColumns replaced = model.setColumns(next);

    // Only the count of u-1004 changed: one signal for its row, none for the results.
    QCOMPARE(changed.count(), 1);
    const QModelIndex topLeft = changed.constFirst().at(0).toModelIndex();
    const QModelIndex bottomRight = changed.constFirst().at(1).toModelIndex();
    QCOMPARE(topLeft.row(), row1004);
    QCOMPARE(bottomRight.row(), row1004);
    QCOMPARE(topLeft.column(), int(UserTableModel::CardsColumn));
    QCOMPARE(model.cardCountAt(row1004), 3);
    QCOMPARE(model.index(row1004, UserTableModel::CardsColumn).data().toInt(), 3);
    QCOMPARE(numbersChanged.count(), 0);
    QCOMPARE(replaced.cardCountsByUserId, (QHash<QString, int>{{u"u-1002"_s, 1}}));
    QCOMPARE(replaced.cardCounts.at(size_t(row1004)), -1);

    // A removed result and new card numbers: the result column changes at that row, and search
    // gets the numbers by row without a lookup per user.
    Models::UserColumns last =
        columnsFor(model, {{u"u-1002"_s, 1}, {u"u-1004"_s, 3}}, {}, {{u"u-1004"_s, {u"77"_s, u"991"_s}}});
    changed.clear();
    model.setColumns(last);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().at(0).toModelIndex().column(), int(UserTableModel::LastPushColumn));
    QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), row1002);
    QVERIFY(!model.lastResultAt(row1002).has_value());
    QCOMPARE(numbersChanged.count(), 1);
    const QList<std::pair<int, QStringList>> byRow{{row1004, {u"77"_s, u"991"_s}}};
    QCOMPARE(model.cardNumbersByRow(), byRow);
}

void TestUserTableModel::columnsForOtherTableFilled()
{
    UserTableModel model;
    model.setDirectory(Tests::sampleUsers(), Tests::sampleLocations());
    Models::UserColumns columns =
        columnsFor(model, {{u"u-1003"_s, 2}}, {{u"u-1003"_s, Core::ResultCode::PartialUpdate}},
                   {{u"u-1003"_s, {u"4242017"_s}}});
    columns.cardNumbersChanged = false;
    // A refresh swapped in a new table while the columns were built for the old one.
    QList<Core::DirectoryUser> refreshed = Tests::sampleUsers();
    refreshed.removeLast();
    std::reverse(refreshed.begin(), refreshed.end());
    model.setDirectory(refreshed, Tests::sampleLocations());
    QCOMPARE_NE(model.rowOfUser(u"u-1003"_s), columns.table->rowOfUser(u"u-1003"_s));
    QSignalSpy numbersChanged(&model, &UserTableModel::cardNumbersChanged);
    model.setColumns(columns);

    const int row = model.rowOfUser(u"u-1003"_s);
    QCOMPARE(model.cardCountAt(row), 2);
    QCOMPARE(model.lastResultAt(row), std::optional(Core::ResultCode::PartialUpdate));
    QCOMPARE(numbersChanged.count(), 1);
    const QList<std::pair<int, QStringList>> byRow{{row, {u"4242017"_s}}};
    QCOMPARE(model.cardNumbersByRow(), byRow);
}

void TestUserTableModel::holdsManyRows()
{
    UserTableModel model;
    model.setDirectory(Tests::generatedUsers(200000), Tests::sampleLocations());
    QCOMPARE(model.rowCount(), 200000);
    QCOMPARE(model.rowOfUser(u"g-299999"_s), 199999);
    QCOMPARE(model.index(199999, UserTableModel::LocationColumn).data().toString(),
             u"Chicago Loop"_s); // 199999 % 3 == 1
}

QTEST_GUILESS_MAIN(TestUserTableModel)
#include "tst_usertablemodel.moc"
