// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditdetailview.h"

#include "elidedlabel.h"
#include "models/credentialchanges.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CardDesk::Ui {

namespace {

QString orName(const QString &label, const QString &name)
{
    return label.isEmpty() ? name : label;
}

void setStoredName(QLabel *label, const QString &text, const QString &storedName)
{
    label->setText(text);
    label->setToolTip(storedName.isEmpty() || storedName == text
                          ? QString()
                          : plainToolTip(AuditDetailView::tr("Stored as %1").arg(storedName)));
}

} // namespace

AuditDetailView::AuditDetailView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"auditDetailWidget"_s);

    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(u"auditDetailHintLabel"_s);
    m_hintLabel->setAlignment(Qt::AlignCenter);
    m_hintLabel->setWordWrap(true);
    m_hintLabel->setEnabled(false);

    // Usernames, machines and details come from the directory, the operating system and Calven,
    // so every value shows as plain text.
    m_titleLabel = new ElidedLabel(this);
    m_titleLabel->setObjectName(u"auditDetailTitleLabel"_s);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(18);
    columns->addWidget(createFieldsColumn(), 2);
    columns->addWidget(createChangesColumn(), 3);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(8, 6, 8, 8);
    contentLayout->setSpacing(8);
    contentLayout->addWidget(m_titleLabel);
    contentLayout->addLayout(columns);
    contentLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"auditDetailScrollArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_hintLabel);
    m_stack->addWidget(scroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    showHint(tr("Select a record to see all of its fields."));
}

AuditDetailView::~AuditDetailView() = default;

QLabel *AuditDetailView::createHeading(const QString &text, QWidget *parent)
{
    auto *heading = new QLabel(text, parent);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    return heading;
}

// A wrapped, selectable plain-text value. The ignored width keeps a long value without spaces, such
// as a pasted card list, from widening the pane.
QLabel *AuditDetailView::createValueLabel(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QWidget *AuditDetailView::createFieldsColumn()
{
    auto *column = new QWidget(this);
    m_timeLabel = createValueLabel(u"auditDetailTimeLabel"_s);
    m_actionLabel = createValueLabel(u"auditDetailActionLabel"_s);
    m_resultLabel = createValueLabel(u"auditDetailResultLabel"_s);
    const auto elided = [this](const QString &objectName) {
        auto *label = new ElidedLabel(this);
        label->setObjectName(objectName);
        return label;
    };
    m_userLabel = elided(u"auditDetailUserLabel"_s);
    m_profileLabel = elided(u"auditDetailProfileLabel"_s);
    m_osUserLabel = elided(u"auditDetailOsUserLabel"_s);
    m_machineLabel = elided(u"auditDetailMachineLabel"_s);

    m_updateIdLabel = createValueLabel(u"auditDetailUpdateIdLabel"_s);
    m_updateRecordsButton = new QPushButton(tr("Show records of &this update"), this);
    m_updateRecordsButton->setObjectName(u"auditDetailUpdateRecordsButton"_s);
    m_updateRecordsButton->setToolTip(
        tr("Filters the table to every record with this update id, such as its submission and its result."));
    connect(m_updateRecordsButton, &QPushButton::clicked, this,
            [this] { emit updateRecordsRequested(m_updateId); });
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_updateRecordsButton);
    buttonRow->addStretch(1);

    auto *form = new QFormLayout(column);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Top alignment keeps each label on the first line of a value that wraps.
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(4);
    form->addRow(tr("Time:"), m_timeLabel);
    form->addRow(tr("Action:"), m_actionLabel);
    form->addRow(tr("Result:"), m_resultLabel);
    form->addRow(tr("User:"), m_userLabel);
    form->addRow(tr("Profile:"), m_profileLabel);
    form->addRow(tr("OS user:"), m_osUserLabel);
    form->addRow(tr("Machine:"), m_machineLabel);
    form->addRow(tr("Update id:"), m_updateIdLabel);
    form->addRow(QString(), buttonRow);
    return column;
}

QWidget *AuditDetailView::createChangesColumn()
{
    auto *column = new QWidget(this);
    m_cardsLabel = createValueLabel(u"auditDetailCardsLabel"_s);
    m_detailLabel = createValueLabel(u"auditDetailDetailLabel"_s);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(createHeading(tr("Cards"), column));
    layout->addWidget(m_cardsLabel);
    layout->addSpacing(8);
    layout->addWidget(createHeading(tr("Detail"), column));
    layout->addWidget(m_detailLabel);
    layout->addStretch(1);
    return column;
}

void AuditDetailView::setRow(const Models::AuditRow &row)
{
    m_recordId = row.id;
    m_updateId = row.updateId;
    const QString none = tr("None");
    const QString action = orName(row.actionLabel, row.action);
    const QString result = orName(row.resultLabel, row.result);
    const QString user = row.targetUsername.isEmpty() ? row.targetUserId : row.targetUsername;

    QStringList title{action};
    if (!result.isEmpty())
        title.append(result);
    if (!user.isEmpty())
        title.append(user);
    m_titleLabel->setFullText(title.join(u"  ·  "_s));

    m_timeLabel->setText(row.timeUtc.isValid()
                             ? tr("%1 (%2 UTC)")
                                   .arg(Models::AuditTableModel::localTimeText(row.timeUtc),
                                        row.timeUtc.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s))
                             : none);
    setStoredName(m_actionLabel, action, row.action);
    setStoredName(m_resultLabel, result.isEmpty() ? none : result, row.result);

    QString userText = none;
    if (!row.targetUsername.isEmpty() && !row.targetUserId.isEmpty())
        userText = tr("%1 (user id %2)").arg(row.targetUsername, row.targetUserId);
    else if (!user.isEmpty())
        userText = row.targetUsername.isEmpty() ? tr("User id %1").arg(row.targetUserId) : user;
    m_userLabel->setFullText(userText);

    m_profileLabel->setFullText(row.profileId.isEmpty() ? none : orName(row.profileName, row.profileId));
    if (!row.profileId.isEmpty())
        m_profileLabel->setToolTip(plainToolTip(tr("Profile id: %1").arg(row.profileId)));
    m_osUserLabel->setFullText(row.osUser.isEmpty() ? none : row.osUser);
    m_machineLabel->setFullText(row.machine.isEmpty() ? none : row.machine);

    m_updateIdLabel->setText(row.updateId.isEmpty() ? none : row.updateId);
    m_updateRecordsButton->setEnabled(!row.updateId.isEmpty());

    const QStringList cards = Models::describeCardSetHistory(row.cardsBefore, row.cardsAfter);
    m_cardsLabel->setText(cards.isEmpty() ? tr("No cards in this record.") : cards.join(u'\n'));
    m_detailLabel->setText(row.detail.isEmpty() ? none : row.detail);
    m_stack->setCurrentIndex(1);
}

void AuditDetailView::showHint(const QString &text)
{
    m_recordId = 0;
    m_updateId.clear();
    m_hintLabel->setText(text);
    m_stack->setCurrentIndex(0);
}

} // namespace CardDesk::Ui
