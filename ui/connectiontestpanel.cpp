// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiontestpanel.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CardDesk::Ui {

namespace {

const QString PassedColor = u"#1d7a3a"_s;
const QString FailedColor = u"#b3261e"_s;
const QString NotCheckedColor = u"#6b6b6b"_s;

QString slotName(KeySlot slot)
{
    return slot == KeySlot::Write ? u"write"_s : u"read"_s;
}

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ConnectionTestPanel::ConnectionTestPanel(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(u"connectionTestPanel"_s);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(10);
}

ConnectionTestPanel::~ConnectionTestPanel() = default;

void ConnectionTestPanel::clear()
{
    for (Block &block : m_blocks)
        delete block.widget;
    m_blocks.clear();
}

void ConnectionTestPanel::setRunning(const QList<std::pair<KeySlot, QString>> &keys)
{
    clear();
    for (const auto &[slot, title] : keys) {
        Block &block = blockFor(slot, title);
        auto *layout = static_cast<QGridLayout *>(block.widget->layout());
        auto *testing = new QLabel(tr("Testing…"), block.widget);
        testing->setObjectName(u"testingLabel"_s);
        layout->addWidget(testing, 1, 0, 1, 2);
        block.text = title + u'\n' + tr("Testing…");
    }
}

void ConnectionTestPanel::setResult(const KeyTestResult &result)
{
    for (qsizetype i = 0; i < m_blocks.size(); ++i) {
        if (m_blocks[i].slot == result.slot) {
            delete m_blocks[i].widget;
            m_blocks.removeAt(i);
            break;
        }
    }
    Block &block = blockFor(result.slot, result.title);
    auto *layout = static_cast<QGridLayout *>(block.widget->layout());
    QStringList lines{result.title};
    int row = 1;
    for (const ConnectionCheckItem &item : result.items) {
        auto *mark = new QLabel(markFor(item.state), block.widget);
        const QString color = item.state == ConnectionCheckItem::State::Passed   ? PassedColor
                              : item.state == ConnectionCheckItem::State::Failed ? FailedColor
                                                                                 : NotCheckedColor;
        mark->setStyleSheet(u"color: %1; font-weight: bold;"_s.arg(color));
        mark->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
        layout->addWidget(mark, row, 0);
        QLabel *text = wrappedLabel(item.text, block.widget);
        if (item.state == ConnectionCheckItem::State::NotChecked)
            text->setStyleSheet(u"color: %1;"_s.arg(NotCheckedColor));
        layout->addWidget(text, row, 1);
        lines.append(markFor(item.state) + u' ' + item.text);
        ++row;
    }
    if (!result.explanation.isEmpty()) {
        QLabel *explanation = wrappedLabel(result.explanation, block.widget);
        explanation->setObjectName(u"explanationLabel"_s);
        explanation->setStyleSheet(u"color: #7a4a00;"_s);
        layout->addWidget(explanation, row, 1);
        lines.append(result.explanation);
    }
    block.text = lines.join(u'\n');
    block.finished = true;
}

bool ConnectionTestPanel::hasResult(KeySlot slot) const
{
    return std::any_of(m_blocks.cbegin(), m_blocks.cend(),
                       [slot](const Block &block) { return block.slot == slot && block.finished; });
}

QString ConnectionTestPanel::resultText(KeySlot slot) const
{
    for (const Block &block : m_blocks) {
        if (block.slot == slot)
            return block.text;
    }
    return {};
}

ConnectionTestPanel::Block &ConnectionTestPanel::blockFor(KeySlot slot, const QString &title)
{
    for (Block &block : m_blocks) {
        if (block.slot == slot)
            return block;
    }
    auto *widget = new QWidget(this);
    widget->setObjectName(slotName(slot) + u"KeyResult"_s);
    auto *layout = new QGridLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(8);
    layout->setVerticalSpacing(4);
    layout->setColumnStretch(1, 1);
    auto *heading = new QLabel(title, widget);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading, 0, 0, 1, 2);

    // The write key's block comes first, whatever order the results arrive in.
    const int index = slot == KeySlot::Write ? 0 : int(m_blocks.size());
    m_layout->insertWidget(index, widget);
    m_blocks.insert(index, Block{slot, widget, title, false});
    return m_blocks[index];
}

QString ConnectionTestPanel::markFor(ConnectionCheckItem::State state)
{
    switch (state) {
    case ConnectionCheckItem::State::Passed:
        return u"✓"_s;
    case ConnectionCheckItem::State::Failed:
        return u"✗"_s;
    case ConnectionCheckItem::State::NotChecked:
        return u"–"_s;
    }
    return {};
}

} // namespace CardDesk::Ui
