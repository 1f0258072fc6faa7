// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "usertablemodel.h"

#include "roles.h"

#include <QLoggingCategory>

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

void UserTableModel::setCardNumbers(const QHash<QString, QStringList> &numbersByUserId)
{
    // The app sets them after every outbox change, and most changes leave the numbers alone.
    if (numbersByUserId == m_cardNumbersByUserId)
        return;
    m_cardNumbersByUserId = numbersByUserId;
    emit cardNumbersChanged();
}

QList<std::pair<int, QStringList>> UserTableModel::cardNumbersByRow() const
{
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

int compareText(QStringView left, QStringView right)
{
    return left.compare(right, Qt::CaseInsensitive);
}

// Orders like displayName() ("First Last", else the email) without building either string.
int compareNames(const Core::DirectoryTable &table, int left, int right)
{
    const auto nameOf = [&table](int row) {
        const QStringView first = table.field(row, Field::FirstNameField);
        const QStringView last = table.field(row, Field::LastNameField);
        const bool hasName = !first.isEmpty() || !last.isEmpty();
        return std::pair(hasName ? first : table.field(row, Field::EmailField), hasName ? last : QStringView());
    };
    const auto [leftFirst, leftLast] = nameOf(left);
    const auto [rightFirst, rightLast] = nameOf(right);
    if (const int order = compareText(leftFirst, rightFirst))
        return order;
    return compareText(leftLast, rightLast);
}

} // namespace

int UserTableModel::compareRows(int leftRow, int rightRow, int column) const
{
    const Core::DirectoryTable &table = *m_table;
    int order = 0;
    switch (column) {
    case NameColumn:
        order = compareNames(table, leftRow, rightRow);
        break;
    case EmailColumn:
        order = compareText(table.field(leftRow, Field::EmailField), table.field(rightRow, Field::EmailField));
        break;
    case StatusColumn:
        order = compareText(table.status(leftRow), table.status(rightRow));
        break;
    case LocationColumn:
        order = compareText(table.locationName(leftRow), table.locationName(rightRow));
        break;
    case CardsColumn:
        order = m_cardCounts[size_t(leftRow)] - m_cardCounts[size_t(rightRow)];
        break;
    case LastPushColumn:
        order = m_lastResults[size_t(leftRow)] - m_lastResults[size_t(rightRow)];
        break;
    default:
        break;
    }
    return order != 0 ? order
                      : table.field(leftRow, Field::UserIdField).compare(table.field(rightRow, Field::UserIdField));
}

// QStringView::compare() with Qt::CaseInsensitive compares simple case foldings, so comparing
// toCaseFolded() texts gives the same order without folding on every comparison.
QString UserTableModel::sortKeyAt(int row, int column) const
{
    const Core::DirectoryTable &table = *m_table;
    switch (column) {
    case NameColumn: {
        // A null character separates first from last name, so "Ann Zed" sorts before "Anna Bee"
        // as compareNames() orders them.
        const QStringView first = table.field(row, Field::FirstNameField);
        const QStringView last = table.field(row, Field::LastNameField);
        const bool hasName = !first.isEmpty() || !last.isEmpty();
        return QString((hasName ? first : table.field(row, Field::EmailField)) + QChar(0) +
                       (hasName ? last : QStringView()))
            .toCaseFolded();
    }
    case EmailColumn:
        return table.field(row, Field::EmailField).toString().toCaseFolded();
    case StatusColumn:
        return table.status(row).toString().toCaseFolded();
    case LocationColumn:
        return table.locationName(row).toCaseFolded();
    default:
        return {};
    }
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
