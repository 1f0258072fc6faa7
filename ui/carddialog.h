// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cardformat.h"
#include "core/credential.h"

#include <QDialog>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;

namespace CardDesk::Ui {

namespace Ui {
class CardDialog;
}

/// Reason for replacing a card by another one in one step.
enum class ReplacementReason
{
    Lost,
    Stolen,
    Damaged,
    Other, ///< Needs a short text from the operator.
};

/// A new card replacing an old one, with the reason written to the audit log.
struct CardReplacement
{
    Core::Credential card;
    ReplacementReason reason = ReplacementReason::Lost;
    QString otherReason; ///< The operator's words when reason is Other.

    /// Returns the untranslated audit text, such as "Replaced 202:1091 with 202:2000: stolen".
    QString auditText(const Core::Credential &oldCard) const;
};

/// Adds or edits one card: format, facility code, card number and active flag, with the core
/// validation messages shown as the operator types and a preview of the credentialType and
/// scanData that will be sent. OK is enabled only for a valid card.
///
/// In replace mode (setReplacing()) it also requires the reason the old card is replaced.
///
/// Setters: setSettings(), setCredentialTypeMap(), setCredential(), setReplacing().
/// Result: credential() and replacement() after exec().
class CardDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardDialog)

public:
    explicit CardDialog(QWidget *parent = nullptr);
    ~CardDialog() override;

    /// Remembers the chosen format in settings (not owned; may be null) and preselects the last one.
    void setSettings(QSettings *settings);
    /// Sets the credentialType override map used for the preview and the result.
    void setCredentialTypeMap(const Core::CredentialTypeMap &typeMap);
    /// Fills the fields from an existing card, for editing.
    void setCredential(const Core::Credential &card);
    /// Switches to replacing oldCard: the new card starts in the old card's format, is active,
    /// must differ from the old one, and a reason is required.
    void setReplacing(const Core::Credential &oldCard);
    /// Returns the normalised card, or std::nullopt while the input is invalid.
    std::optional<Core::Credential> credential() const;
    /// Returns the new card and reason in replace mode, or std::nullopt while either is invalid.
    std::optional<CardReplacement> replacement() const;
    /// Selects a reason, as the operator would in the reason list.
    void setReplacementReason(ReplacementReason reason, const QString &otherReason = {});

    /// Opens the dialog modally to add a card (existing is std::nullopt) or edit one. Returns
    /// std::nullopt when the operator cancels.
    static std::optional<Core::Credential> editCard(QWidget *parent,
                                                    const std::optional<Core::Credential> &existing,
                                                    QSettings *settings = nullptr,
                                                    const Core::CredentialTypeMap &typeMap = {});
    /// Opens the dialog modally to replace oldCard. Returns std::nullopt when the operator cancels.
    static std::optional<CardReplacement> replaceCard(QWidget *parent, const Core::Credential &oldCard,
                                                      QSettings *settings = nullptr,
                                                      const Core::CredentialTypeMap &typeMap = {});

    void accept() override;

private:
    const Core::CardFormat *currentFormat() const;
    void onFormatChanged();
    void revalidate();
    void showIssue(QLabel *label, const QString &text);
    void createReasonFields();
    QString replacementIssue() const;

    std::unique_ptr<Ui::CardDialog> m_ui;
    QSettings *m_settings = nullptr;
    Core::CredentialTypeMap m_typeMap;
    std::optional<Core::Credential> m_credential;
    std::optional<Core::Credential> m_replacedCard;
    QComboBox *m_reasonComboBox = nullptr;
    QLineEdit *m_reasonLineEdit = nullptr;
    QLabel *m_reasonErrorLabel = nullptr;
};

} // namespace CardDesk::Ui
