// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingbanner.h"

#include "icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace CardDesk::Ui {

TrainingBanner::TrainingBanner(QWidget *parent)
    : QFrame(parent)
    , m_iconLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
{
    setObjectName(u"trainingBannerFrame"_s);
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);

    m_iconLabel->setPixmap(themedIcon(u"applications-education"_s, u"training"_s).pixmap(20, 20));
    m_textLabel->setObjectName(u"trainingBannerLabel"_s);
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextFormat(Qt::RichText);
    m_textLabel->setText(tr("<b>Training mode.</b> Changes go to the built-in simulator, not to Calven. "
                            "No real access card is changed."));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->setSpacing(8);
    layout->addWidget(m_iconLabel);
    layout->addWidget(m_textLabel, 1);
    applyColours();
}

TrainingBanner::~TrainingBanner() = default;

QString TrainingBanner::text() const
{
    return m_textLabel->text();
}

void TrainingBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColours();
}

void TrainingBanner::applyColours()
{
    // Amber with dark text reads as "caution" in both light and dark desktop themes.
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xfd, 0xe6, 0x8a));
    colours.setColor(QPalette::WindowText, QColor(0x5c, 0x38, 0x00));
    if (colours == palette())
        return;
    setPalette(colours);
}

} // namespace CardDesk::Ui
