// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/audittablemodel.h"

#include "models/roles.h"

#include <QLocale>

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
    return {tr("Time"),         tr("OS user"),     tr("Machine"),   tr("Profile"), tr("Action"), tr("User"),
            tr("Cards before"), tr("Cards after"), tr("Update id"), tr("Result"),  tr("Detail")};
}

QStringList AuditTableModel::cells(const AuditRow &row)
{
    const QString user = row.targetUsername.isEmpty() ? row.targetUserId : row.targetUsername;
    return {QLocale().toString(row.timeUtc.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s),
            row.osUser,
            row.machine,
            row.profileId,
            row.action,
            user,
            auditCardsText(row.cardsBefore),
            auditCardsText(row.cardsAfter),
            row.updateId,
            row.result,
            row.detail};
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return cells(row).value(index.column());
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

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return headers().value(section);
}

} // namespace CardDesk::Models
