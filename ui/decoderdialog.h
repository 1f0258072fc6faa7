// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cardformat.h"
#include "core/cardvalidation.h"
#include "core/credential.h"
#include "decoderinput.h"

#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace CardDesk::Ui {

/// Decodes a raw card read pasted by the operator: lists every candidate format with facility
/// code, card number, parity status and the users already holding that card, and the readings
/// of a chip serial. "Assign" accepts the dialog with the selected candidate as a credential.
///
/// Setters: setCredentialTypeMap(), setHolderLookup(), setTargetUser(), setRawRead().
/// Result: chosenCredential() after exec().
class DecoderDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecoderDialog)

public:
    enum Column
    {
        FormatColumn,
        FacilityCodeColumn,
        CardNumberColumn,
        ParityColumn,
        ReadingColumn,
        HoldersColumn,
        ColumnCount
    };

    explicit DecoderDialog(QWidget *parent = nullptr);
    ~DecoderDialog() override;

    void setCredentialTypeMap(const Core::CredentialTypeMap &typeMap);
    /// Sets the lookup that names the users holding a card; without one the column stays empty.
    void setHolderLookup(Core::CardHolderLookup lookup);
    /// Names the user a candidate is assigned to. Without a user, Assign stays disabled.
    void setTargetUser(const QString &userId, const QString &displayName);
    /// Fills the input and decodes it at once.
    void setRawRead(const QString &text, int bitLength = 0);

    const DecodedRead &decodedRead() const { return m_decoded; }
    /// Returns the text of the "Held by" cell for a candidate row.
    QString holdersText(int row) const;
    void selectCandidate(int row);
    /// Returns the credential for the selected candidate, or nullopt when none is selected.
    std::optional<Core::Credential> chosenCredential() const;

private:
    void decode();
    void fillTable();
    void showSerialReadings();
    QString describeHolders(const Core::Credential &card) const;
    void updateAssignButton();

    Core::CredentialTypeMap m_typeMap;
    Core::CardHolderLookup m_lookup;
    QString m_userId;
    QString m_userName;
    DecodedRead m_decoded;
    QList<std::optional<Core::Credential>> m_credentials;

    QLineEdit *m_input = nullptr;
    QSpinBox *m_bitLength = nullptr;
    QLabel *m_errorLabel = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_serialLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_assignButton = nullptr;
};

} // namespace CardDesk::Ui
