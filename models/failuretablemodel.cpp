// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "failuretablemodel.h"

#include "roles.h"

#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace CardDesk::Models {

QString failureMessage(const Core::OutboxEntry &entry)
{
    return entry.result.message.isEmpty() ? entry.lastError : entry.result.message;
}

QString cardNumbersText(const Core::OutboxEntry &entry)
{
    QStringList numbers;
    numbers.reserve(entry.credentials.size());
    for (const Core::Credential &card : entry.credentials)
        numbers.append(card.displayNumber());
    return numbers.join(u", "_s);
}

QString reviewStateLabel(const Core::OutboxEntry &entry)
{
    QString label;
    if (entry.state == Core::UpdateState::Resolved)
        label = FailureTableModel::tr("Resolved");
    else if (!entry.previousUpdateId.isEmpty())
        label = FailureTableModel::tr("Retried");
    else
        label = FailureTableModel::tr("New");
    // "Failed" is what every row of the inbox is, so only the other outbox states are named.
    if (entry.state == Core::UpdateState::Unknown || entry.state == Core::UpdateState::NeedsAttention)
        label += u" ("_s + Core::updateStateLabel(entry.state).toLower() + u')';
    return label;
}

FailureTableModel::FailureTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

FailureTableModel::~FailureTableModel() = default;

void FailureTableModel::setEntries(const QList<Core::OutboxEntry> &entries)
{
    setFirstPage(entries, true);
}

void FailureTableModel::setFirstPage(const QList<Core::OutboxEntry> &entries, bool atEnd)
{
    beginResetModel();
    m_entries = entries;
    m_atEnd = atEnd;
    m_fetchPending = false;
    endResetModel();
}

void FailureTableModel::appendPage(const QList<Core::OutboxEntry> &entries, bool atEnd)
{
    m_atEnd = atEnd;
    if (entries.isEmpty()) {
        m_fetchPending = false;
        return;
    }
    // The request stays pending until the rows are in: a view or tester that calls fetchMore()
    // from a rowsAboutToBeInserted() handler would otherwise ask for this page again.
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(entries.size()) - 1);
    m_entries.append(entries);
    endInsertRows();
    m_fetchPending = false;
}

void FailureTableModel::updateEntry(const Core::OutboxEntry &entry)
{
    const int row = rowOfUpdate(entry.updateId);
    if (row < 0)
        return;
    m_entries[row] = entry;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool FailureTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetchPending && !m_entries.isEmpty();
}

void FailureTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetchPending = true;
    emit moreRowsRequested(m_entries.constLast());
}

int FailureTableModel::rowOfUpdate(const QString &updateId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).updateId == updateId)
            return row;
    }
    return -1;
}

QString FailureTableModel::searchableText(int row) const
{
    const Core::OutboxEntry &entry = m_entries.at(row);
    QStringList parts{entry.username, entry.userId, entry.updateId, failureMessage(entry),
                      cardNumbersText(entry)};
    for (const Core::CardResult &card : entry.result.cards)
        parts.append(card.message);
    return parts.join(u' ');
}

int FailureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int FailureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FailureTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::OutboxEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn || index.column() == CardsColumn)
            return displayData(entry, index.column());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AttemptsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawValueRole:
        return rawData(entry, index.column());
    case UserIdRole:
        return entry.userId;
    case UpdateIdRole:
        return entry.updateId;
    case ResultCodeRole:
        return static_cast<int>(entry.result.code);
    case UpdateStateRole:
        return static_cast<int>(entry.state);
    default:
        return {};
    }
}

QVariant FailureTableModel::displayData(const Core::OutboxEntry &entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return QLocale().toString(entry.updatedAt.toLocalTime(), QLocale::ShortFormat);
    case UserColumn:
        return entry.username.isEmpty() ? entry.userId : entry.username;
    case CardsColumn:
        return cardNumbersText(entry);
    case ResultColumn:
        return Core::resultCodeLabel(entry.result.code);
    case MessageColumn:
        return failureMessage(entry);
    case AttemptsColumn:
        return entry.attempts;
    case StateColumn:
        return reviewStateLabel(entry);
    default:
        return {};
    }
}

QVariant FailureTableModel::rawData(const Core::OutboxEntry &entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return entry.updatedAt;
    case CardsColumn:
        return int(entry.credentials.size());
    case ResultColumn:
        return static_cast<int>(entry.result.code);
    case StateColumn:
        return static_cast<int>(entry.state);
    default:
        return displayData(entry, column);
    }
}

QVariant FailureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case CardsColumn:
        return tr("Cards");
    case ResultColumn:
        return tr("Result");
    case MessageColumn:
        return tr("Message");
    case AttemptsColumn:
        return tr("Attempts");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace CardDesk::Models
