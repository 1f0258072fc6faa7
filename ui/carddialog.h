// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cardformat.h"
#include "core/credential.h"

#include <QDialog>
#include <memory>
#include <optional>

class QLabel;

namespace CardDesk::Ui {

namespace Ui {
class CardDialog;
}

/// Adds or edits one card: format, facility code, card number and active flag, with the core
/// validation messages shown as the operator types and a preview of the credentialType and
/// scanData that will be sent. OK is enabled only for a valid card.
///
/// Setters: setCredentialTypeMap(), setCredential(). Result: credential() after exec().
class CardDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardDialog)

public:
    explicit CardDialog(QWidget *parent = nullptr);
    ~CardDialog() override;

    /// Sets the credentialType override map used for the preview and the result.
    void setCredentialTypeMap(const Core::CredentialTypeMap &typeMap);
    /// Fills the fields from an existing card, for editing.
    void setCredential(const Core::Credential &card);
    /// Returns the normalised card, or std::nullopt while the input is invalid.
    std::optional<Core::Credential> credential() const;

    /// Opens the dialog modally to add a card (existing is std::nullopt) or edit one, with the
    /// default credentialType map. Returns std::nullopt when the operator cancels.
    static std::optional<Core::Credential> editCard(QWidget *parent,
                                                    const std::optional<Core::Credential> &existing);

    void accept() override;

private:
    const Core::CardFormat *currentFormat() const;
    void onFormatChanged();
    void revalidate();
    void showIssue(QLabel *label, const QString &text);

    std::unique_ptr<Ui::CardDialog> m_ui;
    Core::CredentialTypeMap m_typeMap;
    std::optional<Core::Credential> m_credential;
};

} // namespace CardDesk::Ui
