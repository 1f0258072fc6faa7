// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialchanges.h"

#include <QAbstractTableModel>

namespace CardDesk::Models {

/// The card set of the user open in the editor, each card marked with how it differs from the
/// set Calven last confirmed (see compareCardSets()).
///
/// setCardSets() replaces the content with one model reset. credentials() returns the complete
/// set to send, including the confirmed cards and the cards Calven may hold that are missing from
/// the edited set, which come back inactive.
class CredentialListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialListModel)

public:
    enum Column
    {
        FormatColumn,
        FacilityCodeColumn,
        CardNumberColumn,
        TypeColumn,
        ActiveColumn,
        ChangeColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit CredentialListModel(QObject *parent = nullptr);
    ~CredentialListModel() override;

    /// mayHold lists the unconfirmed cards Calven may hold, see compareCardSets().
    void setCardSets(const QList<Core::Credential> &confirmed, const QList<Core::Credential> &edited,
                     const QList<Core::Credential> &mayHold = {});
    void clear();

    const QList<Core::Credential> &confirmedCredentials() const { return m_confirmed; }
    const QList<Core::Credential> &mayHoldCredentials() const { return m_mayHold; }
    /// Returns whether Calven may hold the card of a row: it is confirmed, or in mayHold. Only a
    /// card for which this is false may be dropped from the set instead of sent as inactive.
    bool mayBeHeldByCalven(int row) const;
    QList<Core::Credential> credentials() const;
    const Core::Credential &credentialAt(int row) const { return m_changes.at(row).credential; }
    ChangeState changeStateAt(int row) const { return m_changes.at(row).state; }
    ChangeCounts changeCounts() const { return countChanges(m_changes); }
    const QList<CardChange> &changes() const { return m_changes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const CardChange &change, int column) const;

    QList<Core::Credential> m_confirmed;
    QList<Core::Credential> m_mayHold;
    QList<CardChange> m_changes;
};

} // namespace CardDesk::Models
