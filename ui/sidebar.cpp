// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sidebar.h"

#include "models/roles.h"

#include <QPainter>
#include <QStyledItemDelegate>

using namespace Qt::StringLiterals;

namespace CardDesk::Ui {

namespace {

/// Draws the default item, then a rounded count badge at its right edge.
class BadgeDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const int count = index.data(Models::BadgeCountRole).toInt();
        if (count <= 0)
            return;
        const QString text = count > 999 ? u"999+"_s : QString::number(count);
        QFont font = option.font;
        font.setBold(true);
        const QFontMetrics metrics(font);
        const int height = metrics.height() + 2;
        const int width = qMax(height, metrics.horizontalAdvance(text) + 12);
        const QRect badge(option.rect.right() - width - 8, option.rect.center().y() - height / 2, width,
                          height);

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xb4, 0x53, 0x09));
        painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
        painter->setPen(Qt::white);
        painter->setFont(font);
        painter->drawText(badge, Qt::AlignCenter, text);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(qMax(size.height(), option.fontMetrics.height() + 16));
        return size;
    }
};

} // namespace

Sidebar::Sidebar(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(u"sidebarListWidget"_s);
    setItemDelegate(new BadgeDelegate(this));
    setIconSize(QSize(20, 20));
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAccessibleName(tr("Pages"));
    // The window background makes the list read as navigation rather than as data.
    viewport()->setBackgroundRole(QPalette::Window);
}

Sidebar::~Sidebar() = default;

int Sidebar::addPage(const QIcon &icon, const QString &title)
{
    auto *item = new QListWidgetItem(icon, title, this);
    item->setData(Qt::AccessibleTextRole, title);
    return row(item);
}

void Sidebar::setBadgeCount(int row, int count, const QString &accessibleText)
{
    QListWidgetItem *entry = item(row);
    if (!entry)
        return;
    entry->setData(Models::BadgeCountRole, count);
    entry->setToolTip(count > 0 ? accessibleText : QString());
    entry->setData(Qt::AccessibleTextRole,
                   count > 0 ? QString(entry->text() + u", "_s + accessibleText) : entry->text());
}

int Sidebar::badgeCount(int row) const
{
    const QListWidgetItem *entry = item(row);
    return entry ? entry->data(Models::BadgeCountRole).toInt() : 0;
}

QSize Sidebar::sizeHint() const
{
    return {190, QListWidget::sizeHint().height()};
}

} // namespace CardDesk::Ui
