// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace CardDesk::Ui {

/// The maximum length, in UTF-16 code units, of the text a tooltip from plainToolTip() shows.
inline constexpr qsizetype MaxToolTipLength = 500;

/// Returns text as tooltip markup that shows it literally, so text that looks like HTML is not
/// rendered as HTML. Text longer than MaxToolTipLength characters is cut there and ends with an
/// ellipsis. Empty text gives an empty tooltip, which Qt does not show.
QString plainToolTip(const QString &text);

/// A one-line plain-text label for directory data such as a user's name. Text that does not fit
/// is elided, so a name of thousands of characters never widens the window, and the tooltip
/// shows the text through plainToolTip(). The layout direction follows the text, so
/// a right-to-left name keeps its punctuation and ellipsis on the correct side.
class ElidedLabel final : public QLabel
{
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    /// Shows text as plain text, elided to the label's width.
    void setFullText(const QString &text);
    /// Returns the text as set, before elision.
    QString fullText() const { return m_fullText; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateElidedText();

    QString m_fullText;
};

} // namespace CardDesk::Ui
