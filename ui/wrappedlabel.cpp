// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wrappedlabel.h"

#include <QEvent>
#include <QLabel>

namespace CardDesk::Ui {

namespace {

class WrappedHeightFilter final : public QObject
{
public:
    explicit WrappedHeightFilter(QLabel *label)
        : QObject(label)
        , m_label(label)
    {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_label && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
            update();
        return false;
    }

    void update()
    {
        const int height = m_label->text().isEmpty() ? 0 : m_label->heightForWidth(m_label->width());
        if (height > 0 && height != m_label->minimumHeight())
            m_label->setMinimumHeight(height);
    }

private:
    QLabel *m_label;
};

} // namespace

void keepWrappedHeight(QLabel *label)
{
    label->setWordWrap(true);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    label->installEventFilter(new WrappedHeightFilter(label));
}

} // namespace CardDesk::Ui
