// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/audittablemodel.h"

#include "models/roles.h"

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace CardDesk::Models {

QString auditCardsText(const QList<Core::Credential> &cards)
{
    QStringList parts;
    for (const Core::Credential &card : cards) {
        QString text = card.facilityCode.isEmpty() ? card.cardNumber
                                                   : QString(card.facilityCode + u':' + card.cardNumber);
        if (!card.active)
            text = AuditTableModel::tr("%1 (inactive)").arg(text);
        parts.append(text);
    }
    return parts.join(u", "_s);
}

AuditTableModel::AuditTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

AuditTableModel::~AuditTableModel() = default;

void AuditTableModel::setRows(const QList<AuditRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList AuditTableModel::headers()
{
    return {tr("Time (local)"), tr("OS user"),     tr("Machine"),   tr("Profile"), tr("Action"), tr("User"),
            tr("Cards before"), tr("Cards after"), tr("Update id"), tr("Result"),  tr("Detail")};
}

QString AuditTableModel::localTimeText(const QDateTime &timeUtc)
{
    if (!timeUtc.isValid())
        return {};
    const QDateTime local = timeUtc.toLocalTime();
    const int offsetMinutes = local.offsetFromUtc() / 60;
    const QChar sign = offsetMinutes < 0 ? u'-' : u'+';
    const QString offset = u"%1%2:%3"_s.arg(sign)
                               .arg(std::abs(offsetMinutes) / 60, 2, 10, QChar(u'0'))
                               .arg(std::abs(offsetMinutes) % 60, 2, 10, QChar(u'0'));
    return local.toString(u"yyyy-MM-dd HH:mm:ss"_s) + u' ' + offset;
}

namespace {

QString utcTimeText(const QDateTime &timeUtc)
{
    return timeUtc.isValid() ? timeUtc.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s) : QString();
}

QString orName(const QString &label, const QString &name)
{
    return label.isEmpty() ? name : label;
}

} // namespace

QStringList AuditTableModel::cells(const AuditRow &row)
{
    const QString user = row.targetUsername.isEmpty() ? row.targetUserId : row.targetUsername;
    return {localTimeText(row.timeUtc),
            row.osUser,
            row.machine,
            orName(row.profileName, row.profileId),
            orName(row.actionLabel, row.action),
            user,
            auditCardsText(row.cardsBefore),
            auditCardsText(row.cardsAfter),
            row.updateId,
            orName(row.resultLabel, row.result),
            row.detail};
}

QStringList AuditTableModel::exportHeaders()
{
    return {tr("Time (UTC)"), tr("Time (local)"), tr("OS user"),      tr("Machine"),
            tr("Profile"),    tr("Profile id"),   tr("Action"),       tr("Action name"),
            tr("User"),       tr("User id"),      tr("Cards before"), tr("Cards after"),
            tr("Update id"),  tr("Result"),       tr("Result name"),  tr("Detail")};
}

QStringList AuditTableModel::exportCells(const AuditRow &row)
{
    return {row.timeUtc.isValid() ? row.timeUtc.toUTC().toString(Qt::ISODateWithMs) : QString(),
            localTimeText(row.timeUtc),
            row.osUser,
            row.machine,
            orName(row.profileName, row.profileId),
            row.profileId,
            orName(row.actionLabel, row.action),
            row.action,
            row.targetUsername,
            row.targetUserId,
            auditCardsText(row.cardsBefore),
            auditCardsText(row.cardsAfter),
            row.updateId,
            orName(row.resultLabel, row.result),
            row.result,
            row.detail};
}

QList<int> AuditTableModel::exportCardColumns()
{
    return {10, 11};
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cells(row).value(index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case RawValueRole:
        if (index.column() == TimeColumn)
            return row.timeUtc;
        return cells(row).value(index.column());
    case UserIdRole:
        return row.targetUserId;
    case UpdateIdRole:
        return row.updateId;
    default:
        return {};
    }
}

QString AuditTableModel::toolTip(const AuditRow &row, int column)
{
    switch (column) {
    case TimeColumn:
        return utcTimeText(row.timeUtc);
    case ProfileColumn:
        return row.profileId.isEmpty() ? QString() : tr("Profile id: %1").arg(row.profileId);
    case ActionColumn:
        return tr("Stored as %1").arg(row.action);
    case ResultColumn:
        return row.result.isEmpty() ? QString() : tr("Stored as %1").arg(row.result);
    case UserColumn:
        return row.targetUserId.isEmpty() ? QString() : tr("User id: %1").arg(row.targetUserId);
    default:
        return cells(row).value(column);
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return headers().value(section);
    if (role == Qt::ToolTipRole && section == TimeColumn)
        return tr("Local time of this computer with its offset from UTC. Hover a time for UTC.");
    return {};
}

} // namespace CardDesk::Models
