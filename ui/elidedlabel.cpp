// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "elidedlabel.h"

#include <QEvent>
#include <QFontMetrics>
#include <QTextDocument>

namespace CardDesk::Ui {

namespace {

// The maximum width of the size hint, in average character widths. Longer text gets no more room
// and is elided when the layout gives it less.
constexpr int MaxHintCharacters = 60;

} // namespace

QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    QString shown = text.left(MaxToolTipLength);
    if (shown.size() < text.size())
        shown.append(QChar(0x2026));
    return Qt::convertFromPlainText(shown, Qt::WhiteSpaceNormal);
}

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ElidedLabel::setFullText(const QString &text)
{
    m_fullText = text;
    setLayoutDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    setToolTip(plainToolTip(text));
    updateGeometry();
    updateElidedText();
}

QSize ElidedLabel::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    const int textWidth = metrics.horizontalAdvance(m_fullText.left(4 * MaxHintCharacters));
    const int width = std::min(textWidth, MaxHintCharacters * metrics.averageCharWidth());
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right() + 2 * margin(), QLabel::minimumSizeHint().height()};
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    const QMargins margins = contentsMargins();
    return {metrics.horizontalAdvance(QChar(0x2026)) + margins.left() + margins.right() + 2 * margin(),
            metrics.height() + margins.top() + margins.bottom() + 2 * margin()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateElidedText();
}

void ElidedLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateElidedText();
}

void ElidedLabel::updateElidedText()
{
    const int available = contentsRect().width() - 2 * margin();
    QLabel::setText(fontMetrics().elidedText(m_fullText, Qt::ElideRight, std::max(available, 0)));
}

} // namespace CardDesk::Ui
