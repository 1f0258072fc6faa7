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
{}

UserTableModel::~UserTableModel() = default;

void UserTableModel::setDirectory(const QList<Core::DirectoryUser> &users,
                                  const QList<Core::Location> &locations)
{
    QHash<QString, int> locationIndexById;
    locationIndexById.reserve(locations.size());
    for (int i = 0; i < locations.size(); ++i)
        locationIndexById.insert(locations.at(i).locationId, i);

    // Keep counts and results of users that stay, so a directory refresh does not blank them.
    QHash<QString, int> oldRowByUserId = std::move(m_rowByUserId);
    const QList<int> oldCounts = std::move(m_cardCounts);
    const QList<int> oldResults = std::move(m_lastResults);

    beginResetModel();
    m_users = users;
    m_locations = locations;
    m_rowByUserId.clear();
    m_rowByUserId.reserve(users.size());
    m_locationIndex.resize(users.size());
    m_cardCounts.fill(-1, users.size());
    m_lastResults.fill(NoResult, users.size());
    for (int row = 0; row < m_users.size(); ++row) {
        const Core::DirectoryUser &user = m_users.at(row);
        m_rowByUserId.insert(user.userId, row);
        m_locationIndex[row] = locationIndexById.value(user.primaryLocationId, -1);
        const int oldRow = oldRowByUserId.value(user.userId, -1);
        if (oldRow >= 0) {
            m_cardCounts[row] = oldCounts.value(oldRow, -1);
            m_lastResults[row] = oldResults.value(oldRow, NoResult);
        }
    }
    endResetModel();
    qCDebug(lcUserTable) << "directory set:" << m_users.size() << "users," << m_locations.size()
                         << "locations";
}

void UserTableModel::setCardCounts(const QHash<QString, int> &countsByUserId)
{
    for (int row = 0; row < m_users.size(); ++row)
        m_cardCounts[row] = countsByUserId.value(m_users.at(row).userId, -1);
    emitColumnChanged(CardsColumn);
}

void UserTableModel::setLastResults(const QHash<QString, Core::ResultCode> &resultsByUserId)
{
    for (int row = 0; row < m_users.size(); ++row) {
        const auto it = resultsByUserId.constFind(m_users.at(row).userId);
        m_lastResults[row] = it == resultsByUserId.cend() ? NoResult : static_cast<int>(*it);
    }
    emitColumnChanged(LastPushColumn);
}

void UserTableModel::setCardNumbers(const QHash<QString, QStringList> &numbersByUserId)
{
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
    if (m_users.isEmpty())
        return;
    emit dataChanged(index(0, column), index(int(m_users.size()) - 1, column),
                     {Qt::DisplayRole, RawValueRole, ResultCodeRole});
}

int UserTableModel::rowOfUser(const QString &userId) const
{
    return m_rowByUserId.value(userId, -1);
}

const Core::DirectoryUser &UserTableModel::userAt(int row) const
{
    return m_users.at(row);
}

QString UserTableModel::locationNameAt(int row) const
{
    const int location = m_locationIndex.at(row);
    return location < 0 ? QString() : m_locations.at(location).name;
}

std::optional<Core::ResultCode> UserTableModel::lastResultAt(int row) const
{
    const int result = m_lastResults.at(row);
    if (result == NoResult)
        return std::nullopt;
    return static_cast<Core::ResultCode>(result);
}

int UserTableModel::cardCountAt(int row) const
{
    return m_cardCounts.at(row);
}

namespace {

int compareText(QStringView left, QStringView right)
{
    return left.compare(right, Qt::CaseInsensitive);
}

// Orders like displayName() ("First Last", else the email) without building either string.
int compareNames(const Core::DirectoryUser &left, const Core::DirectoryUser &right)
{
    const bool leftHasName = !left.firstName.isEmpty() || !left.lastName.isEmpty();
    const bool rightHasName = !right.firstName.isEmpty() || !right.lastName.isEmpty();
    const QStringView leftFirst = leftHasName ? QStringView(left.firstName) : QStringView(left.email);
    const QStringView rightFirst = rightHasName ? QStringView(right.firstName) : QStringView(right.email);
    if (const int order = compareText(leftFirst, rightFirst))
        return order;
    return compareText(leftHasName ? QStringView(left.lastName) : QStringView(),
                       rightHasName ? QStringView(right.lastName) : QStringView());
}

} // namespace

int UserTableModel::compareRows(int leftRow, int rightRow, int column) const
{
    const Core::DirectoryUser &left = m_users.at(leftRow);
    const Core::DirectoryUser &right = m_users.at(rightRow);
    int order = 0;
    switch (column) {
    case NameColumn:
        order = compareNames(left, right);
        break;
    case EmailColumn:
        order = compareText(left.email, right.email);
        break;
    case StatusColumn:
        order = compareText(left.status, right.status);
        break;
    case LocationColumn:
        order = compareText(locationNameAt(leftRow), locationNameAt(rightRow));
        break;
    case CardsColumn:
        order = m_cardCounts.at(leftRow) - m_cardCounts.at(rightRow);
        break;
    case LastPushColumn:
        order = m_lastResults.at(leftRow) - m_lastResults.at(rightRow);
        break;
    default:
        break;
    }
    return order != 0 ? order : left.userId.compare(right.userId);
}

// QStringView::compare() with Qt::CaseInsensitive compares simple case foldings, so comparing
// toCaseFolded() texts gives the same order without folding on every comparison.
QString UserTableModel::sortKeyAt(int row, int column) const
{
    const Core::DirectoryUser &user = m_users.at(row);
    switch (column) {
    case NameColumn: {
        // A null character separates first from last name, so "Ann Zed" sorts before "Anna Bee"
        // as compareNames() orders them.
        const bool hasName = !user.firstName.isEmpty() || !user.lastName.isEmpty();
        return QString((hasName ? user.firstName : user.email) + QChar(0) +
                       (hasName ? user.lastName : QString()))
            .toCaseFolded();
    }
    case EmailColumn:
        return user.email.toCaseFolded();
    case StatusColumn:
        return user.status.toCaseFolded();
    case LocationColumn:
        return locationNameAt(row).toCaseFolded();
    default:
        return {};
    }
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
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
        if (index.column() == LocationColumn && m_locationIndex.at(row) < 0)
            return tr("Location %1 is not in the cached location list.")
                .arg(m_users.at(row).primaryLocationId);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CardsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawValueRole:
        return rawData(row, index.column());
    case UserIdRole:
        return m_users.at(row).userId;
    case ResultCodeRole:
        return m_lastResults.at(row) == NoResult ? QVariant() : QVariant(m_lastResults.at(row));
    default:
        return {};
    }
}

QVariant UserTableModel::displayData(int row, int column) const
{
    const Core::DirectoryUser &user = m_users.at(row);
    switch (column) {
    case NameColumn:
        return user.displayName();
    case EmailColumn:
        return user.email;
    case StatusColumn:
        return user.status;
    case LocationColumn:
        return m_locationIndex.at(row) < 0 ? user.primaryLocationId : locationNameAt(row);
    case CardsColumn:
        return m_cardCounts.at(row) < 0 ? QVariant() : QVariant(m_cardCounts.at(row));
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
        return m_cardCounts.at(row);
    case LastPushColumn:
        return m_lastResults.at(row);
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
