// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "usertablemodel.h"

#include "roles.h"

#include <QLoggingCategory>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace CardDesk::Models {

Q_LOGGING_CATEGORY(lcUserTable, "carddesk.models.usertable")

UserTableModel::UserTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_table(Core::makeDirectoryTable({}, {}))
{}

UserTableModel::~UserTableModel() = default;

void UserTableModel::setTable(std::shared_ptr<const Core::DirectoryTable> table)
{
    beginResetModel();
    m_table = table ? std::move(table) : Core::makeDirectoryTable({}, {});
    m_cardNumbersByRow.reset();
    fillCardCounts();
    fillLastResults();
    endResetModel();
    qCDebug(lcUserTable) << "directory set:" << m_table->userCount() << "users," << m_table->locations().size()
                         << "locations";
}

void UserTableModel::setDirectory(const QList<Core::DirectoryUser> &users,
                                  const QList<Core::Location> &locations)
{
    setTable(Core::makeDirectoryTable(users, locations));
}

// Fills the per-row array from the hash: one lookup per user with a count, not one per row.
void UserTableModel::fillCardCounts()
{
    m_cardCounts.assign(size_t(m_table->userCount()), -1);
    for (auto it = m_cardCountsByUserId.cbegin(); it != m_cardCountsByUserId.cend(); ++it) {
        if (const int row = rowOfUser(it.key()); row >= 0)
            m_cardCounts[size_t(row)] = it.value();
    }
}

void UserTableModel::fillLastResults()
{
    m_lastResults.assign(size_t(m_table->userCount()), NoResult);
    for (auto it = m_lastResultsByUserId.cbegin(); it != m_lastResultsByUserId.cend(); ++it) {
        if (const int row = rowOfUser(it.key()); row >= 0)
            m_lastResults[size_t(row)] = static_cast<int>(it.value());
    }
}

void UserTableModel::setCardCounts(const QHash<QString, int> &countsByUserId)
{
    m_cardCountsByUserId = countsByUserId;
    fillCardCounts();
    emitColumnChanged(CardsColumn);
}

void UserTableModel::setLastResults(const QHash<QString, Core::ResultCode> &resultsByUserId)
{
    m_lastResultsByUserId = resultsByUserId;
    fillLastResults();
    emitColumnChanged(LastPushColumn);
}

void UserColumns::fillRows()
{
    const int rows = table ? table->userCount() : 0;
    cardCounts.assign(size_t(rows), -1);
    lastResults.assign(size_t(rows), -1);
    cardNumbersByRow.clear();
    if (!table)
        return;
    for (auto it = cardCountsByUserId.cbegin(); it != cardCountsByUserId.cend(); ++it) {
        if (const int row = table->rowOfUser(it.key()); row >= 0)
            cardCounts[size_t(row)] = it.value();
    }
    for (auto it = lastResultsByUserId.cbegin(); it != lastResultsByUserId.cend(); ++it) {
        if (const int row = table->rowOfUser(it.key()); row >= 0)
            lastResults[size_t(row)] = static_cast<int>(it.value());
    }
    cardNumbersByRow.reserve(cardNumbersByUserId.size());
    for (auto it = cardNumbersByUserId.cbegin(); it != cardNumbersByUserId.cend(); ++it) {
        if (const int row = table->rowOfUser(it.key()); row >= 0)
            cardNumbersByRow.append({row, it.value()});
    }
}

UserColumns UserTableModel::setColumns(UserColumns columns)
{
    UserColumns replaced;
    replaced.table = m_table;
    replaced.cardCountsByUserId = std::exchange(m_cardCountsByUserId, std::move(columns.cardCountsByUserId));
    replaced.lastResultsByUserId =
        std::exchange(m_lastResultsByUserId, std::move(columns.lastResultsByUserId));
    if (columns.table == m_table && columns.cardCounts.size() == m_cardCounts.size() &&
        columns.lastResults.size() == m_lastResults.size()) {
        replaced.cardCounts = replaceColumn(CardsColumn, &m_cardCounts, std::move(columns.cardCounts));
        replaced.lastResults = replaceColumn(LastPushColumn, &m_lastResults, std::move(columns.lastResults));
    } else {
        // Built for a table that was replaced meanwhile.
        qCDebug(lcUserTable) << "columns built for another table; filling them from the hashes";
        fillCardCounts();
        fillLastResults();
        emitColumnChanged(CardsColumn);
        emitColumnChanged(LastPushColumn);
        columns.cardNumbersByRow = {};
        columns.cardNumbersChanged = true;
    }
    if (!columns.cardNumbersChanged)
        return replaced;
    // NOTE: UserFilterModel rebuilds the search index's card text from every number on the GUI
    // thread when this signal arrives. The whole apply, that rebuild included, takes about 30 ms
    // (median) for 220,000 cards in tests/bench/outbox-views.
    replaced.cardNumbersByUserId =
        std::exchange(m_cardNumbersByUserId, std::move(columns.cardNumbersByUserId));
    if (m_cardNumbersByRow)
        replaced.cardNumbersByRow = std::move(*m_cardNumbersByRow);
    m_cardNumbersByRow.reset();
    if (columns.table == m_table)
        m_cardNumbersByRow = std::move(columns.cardNumbersByRow);
    emit cardNumbersChanged();
    return replaced;
}

// Swaps values in and returns the array they replace. Signals the span from the first to the last
// changed row in one signal, because UserFilterModel maps every dataChanged() it receives to its
// whole column. Comparing two int arrays of 200,000 rows takes well under a millisecond.
std::vector<int> UserTableModel::replaceColumn(Column column, std::vector<int> *current,
                                               std::vector<int> values)
{
    const auto mismatch = std::mismatch(current->cbegin(), current->cend(), values.cbegin());
    if (mismatch.first == current->cend())
        return values;
    const int firstRow = int(mismatch.first - current->cbegin());
    const auto lastMismatch = std::mismatch(current->crbegin(), current->crend(), values.crbegin());
    const int lastRow = int(current->crend() - lastMismatch.first) - 1;
    std::swap(*current, values);
    emit dataChanged(index(firstRow, column), index(lastRow, column),
                     {Qt::DisplayRole, RawValueRole, ResultCodeRole});
    return values;
}

void UserTableModel::setCardNumbers(const QHash<QString, QStringList> &numbersByUserId)
{
    // The app sets them after every outbox change, and most changes leave the numbers alone.
    if (numbersByUserId == m_cardNumbersByUserId)
        return;
    m_cardNumbersByUserId = numbersByUserId;
    m_cardNumbersByRow.reset();
    emit cardNumbersChanged();
}

QList<std::pair<int, QStringList>> UserTableModel::cardNumbersByRow() const
{
    if (m_cardNumbersByRow)
        return *m_cardNumbersByRow;
    QList<std::pair<int, QStringList>> numbersByRow;
    numbersByRow.reserve(m_cardNumbersByUserId.size());
    for (auto it = m_cardNumbersByUserId.cbegin(); it != m_cardNumbersByUserId.cend(); ++it) {
        const int row = rowOfUser(it.key());
        if (row >= 0)
            numbersByRow.append({row, it.value()});
    }
    return numbersByRow;
}

void UserTableModel::emitColumnChanged(Column column)
{
    if (m_table->userCount() == 0)
        return;
    emit dataChanged(index(0, column), index(m_table->userCount() - 1, column),
                     {Qt::DisplayRole, RawValueRole, ResultCodeRole});
}

int UserTableModel::rowOfUser(const QString &userId) const
{
    return m_table->rowOfUser(userId);
}

Core::DirectoryUser UserTableModel::userAt(int row) const
{
    return m_table->user(row);
}

QString UserTableModel::locationNameAt(int row) const
{
    return m_table->locationName(row);
}

std::optional<Core::ResultCode> UserTableModel::lastResultAt(int row) const
{
    const int result = m_lastResults.at(size_t(row));
    if (result == NoResult)
        return std::nullopt;
    return static_cast<Core::ResultCode>(result);
}

int UserTableModel::cardCountAt(int row) const
{
    return m_cardCounts.at(size_t(row));
}

namespace {

using Field = Core::DirectoryTable::Field;

std::vector<int> inOrder(const std::vector<int> &ascending, Qt::SortOrder order)
{
    if (order == Qt::AscendingOrder)
        return ascending;
    return std::vector<int>(ascending.crbegin(), ascending.crend());
}

// Ranks texts by case-insensitive order: equal texts, ignoring case, share a rank.
std::vector<int> textRanks(const QList<QString> &texts)
{
    std::vector<int> byText(size_t(texts.size()));
    std::iota(byText.begin(), byText.end(), 0);
    const auto compare = [&texts](int left, int right) {
        return texts.at(left).compare(texts.at(right), Qt::CaseInsensitive);
    };
    std::sort(byText.begin(), byText.end(), [&compare](int left, int right) { return compare(left, right) < 0; });
    std::vector<int> ranks(byText.size());
    int rank = 0;
    for (size_t i = 0; i < byText.size(); ++i) {
        if (i > 0 && compare(byText[i - 1], byText[i]) != 0)
            ++rank;
        ranks[size_t(byText[i])] = rank;
    }
    return ranks;
}

} // namespace

std::vector<int> UserTableModel::groupRanks(int column) const
{
    const Core::DirectoryTable &table = *m_table;
    const int rows = table.userCount();
    std::vector<int> ranks(static_cast<size_t>(rows));
    switch (column) {
    case StatusColumn: {
        const std::vector<int> statusRanks = textRanks(table.statuses());
        for (int row = 0; row < rows; ++row)
            ranks[size_t(row)] = statusRanks[size_t(table.statusIndex(row))];
        return ranks;
    }
    case LocationColumn: {
        // An unknown location shows an empty cell, so it ranks with the empty name, first.
        QList<QString> names{QString()};
        for (const Core::Location &location : table.locations())
            names.append(location.name);
        const std::vector<int> nameRanks = textRanks(names);
        for (int row = 0; row < rows; ++row)
            ranks[size_t(row)] = nameRanks[size_t(table.locationIndex(row) + 1)];
        return ranks;
    }
    case CardsColumn:
        return m_cardCounts;
    case LastPushColumn:
        return m_lastResults;
    default:
        return {};
    }
}

std::vector<int> UserTableModel::sortedRows(int column, Qt::SortOrder order) const
{
    const Core::DirectoryTable &table = *m_table;
    if (column == NameColumn)
        return inOrder(table.nameOrder(), order);
    if (column == EmailColumn)
        return inOrder(table.emailOrder(), order);
    const std::vector<int> ranks = groupRanks(column);
    if (ranks.empty()) {
        std::vector<int> rows(static_cast<size_t>(table.userCount()));
        std::iota(rows.begin(), rows.end(), 0);
        return rows;
    }
    // A stable sort of the name order by rank keeps each group in name order.
    std::vector<int> rows = table.nameOrder();
    if (order == Qt::AscendingOrder)
        std::stable_sort(rows.begin(), rows.end(),
                         [&ranks](int left, int right) { return ranks[size_t(left)] < ranks[size_t(right)]; });
    else
        std::stable_sort(rows.begin(), rows.end(),
                         [&ranks](int left, int right) { return ranks[size_t(left)] > ranks[size_t(right)]; });
    return rows;
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_table->userCount();
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == LocationColumn && m_table->locationIndex(row) < 0)
            return tr("Location %1 is not in the cached location list.")
                .arg(m_table->field(row, Field::PrimaryLocationIdField));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CardsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawValueRole:
        return rawData(row, index.column());
    case UserIdRole:
        return m_table->field(row, Field::UserIdField).toString();
    case ResultCodeRole:
        return m_lastResults[size_t(row)] == NoResult ? QVariant() : QVariant(m_lastResults[size_t(row)]);
    default:
        return {};
    }
}

QVariant UserTableModel::displayData(int row, int column) const
{
    const Core::DirectoryTable &table = *m_table;
    switch (column) {
    case NameColumn:
        return table.displayName(row);
    case EmailColumn:
        return table.field(row, Field::EmailField).toString();
    case StatusColumn:
        return table.status(row).toString();
    case LocationColumn:
        return table.locationIndex(row) < 0 ? table.field(row, Field::PrimaryLocationIdField).toString()
                                            : table.locationName(row);
    case CardsColumn:
        return m_cardCounts[size_t(row)] < 0 ? QVariant() : QVariant(m_cardCounts[size_t(row)]);
    case LastPushColumn:
        if (const auto result = lastResultAt(row))
            return Core::resultCodeLabel(*result);
        return {};
    default:
        return {};
    }
}

QVariant UserTableModel::rawData(int row, int column) const
{
    switch (column) {
    case LocationColumn:
        return locationNameAt(row);
    case CardsColumn:
        return m_cardCounts[size_t(row)];
    case LastPushColumn:
        return m_lastResults[size_t(row)];
    default:
        return displayData(row, column);
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case StatusColumn:
        return tr("Status");
    case LocationColumn:
        return tr("Location");
    case CardsColumn:
        return tr("Cards");
    case LastPushColumn:
        return tr("Last push");
    default:
        return {};
    }
}

} // namespace CardDesk::Models
