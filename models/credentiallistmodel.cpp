// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentiallistmodel.h"

#include "roles.h"

#include "core/cardformat.h"

#include <QColor>
#include <QFont>

namespace CardDesk::Models {

namespace {

// Dark enough to read on light and mid-grey rows; the label text carries the meaning too.
QVariant changeStateColour(ChangeState state)
{
    switch (state) {
    case ChangeState::Added:
        return QColor(0x1d, 0x7a, 0x3a);
    case ChangeState::Changed:
        return QColor(0x1f, 0x5f, 0xa8);
    case ChangeState::Deactivated:
        return QColor(0xb3, 0x26, 0x1e);
    case ChangeState::Unchanged:
        break;
    }
    return {};
}

} // namespace

CredentialListModel::CredentialListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

CredentialListModel::~CredentialListModel() = default;

void CredentialListModel::setCardSets(const QList<Core::Credential> &confirmed,
                                      const QList<Core::Credential> &edited,
                                      const QList<Core::Credential> &mayHold)
{
    beginResetModel();
    m_confirmed = confirmed;
    m_mayHold = mayHold;
    m_changes = compareCardSets(confirmed, edited, mayHold);
    endResetModel();
}

bool CredentialListModel::mayBeHeldByCalven(int row) const
{
    const Core::Credential &card = credentialAt(row);
    return containsSameCard(m_confirmed, card) || containsSameCard(m_mayHold, card);
}

void CredentialListModel::clear()
{
    setCardSets({}, {});
}

QList<Core::Credential> CredentialListModel::credentials() const
{
    QList<Core::Credential> cards;
    cards.reserve(m_changes.size());
    for (const CardChange &change : m_changes)
        cards.append(change.credential);
    return cards;
}

int CredentialListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int CredentialListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CredentialListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CardChange &change = m_changes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(change, index.column());
    case Qt::ToolTipRole:
        // The user panel elides the format name when it is narrow.
        if (index.column() == FormatColumn)
            return displayData(change, index.column());
        return {};
    case RawValueRole:
        if (index.column() == ActiveColumn)
            return change.credential.active;
        if (index.column() == ChangeColumn)
            return static_cast<int>(change.state);
        if (index.column() == FormatColumn)
            return change.credential.formatId;
        return displayData(change, index.column());
    case Qt::FontRole:
        if (change.state == ChangeState::Unchanged)
            return {};
        {
            QFont font;
            font.setBold(index.column() == ChangeColumn);
            font.setStrikeOut(change.state == ChangeState::Deactivated && index.column() == CardNumberColumn);
            return font;
        }
    case Qt::ForegroundRole:
        if (index.column() == ChangeColumn)
            return changeStateColour(change.state);
        return {};
    case ChangeStateRole:
        return static_cast<int>(change.state);
    case CredentialRole:
        return QVariant::fromValue(change.credential);
    default:
        return {};
    }
}

QVariant CredentialListModel::displayData(const CardChange &change, int column) const
{
    const Core::Credential &card = change.credential;
    switch (column) {
    case FormatColumn:
        if (const Core::CardFormat *format = Core::findCardFormat(card.formatId))
            return format->displayName();
        return card.formatId;
    case FacilityCodeColumn:
        return card.facilityCode;
    case CardNumberColumn:
        return card.cardNumber;
    case TypeColumn:
        return card.credentialType;
    case ActiveColumn:
        return card.active ? tr("Active") : tr("Inactive");
    case ChangeColumn:
        return change.state == ChangeState::Unchanged ? QString() : changeStateLabel(change.state);
    default:
        return {};
    }
}

QVariant CredentialListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FormatColumn:
        return tr("Format");
    case FacilityCodeColumn:
        return tr("Facility code");
    case CardNumberColumn:
        return tr("Card number");
    case TypeColumn:
        return tr("Type");
    case ActiveColumn:
        return tr("Active");
    case ChangeColumn:
        return tr("Change");
    default:
        return {};
    }
}

} // namespace CardDesk::Models
