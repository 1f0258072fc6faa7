// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilesdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CardDesk::Ui {

namespace {

constexpr int IdRole = Qt::UserRole;

QString regionName(const QString &region)
{
    if (region == u"ause1"_s)
        return ProfilesDialog::tr("Australia");
    if (region == u"usce1"_s)
        return ProfilesDialog::tr("United States");
    return region;
}

} // namespace

ProfilesDialog::ProfilesDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"profilesDialog"_s);
    setWindowTitle(tr("Profiles"));
    resize(700, 400);

    auto *intro = new QLabel(tr("Each profile connects CardDesk to one Calven tenant and region. The active "
                                "profile is the one CardDesk reads the directory from and sends card "
                                "updates to."),
                             this);
    intro->setWordWrap(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(u"profilesListWidget"_s);
    m_list->setAccessibleName(tr("Connection profiles"));
    m_list->setSpacing(2);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProfilesDialog::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (!selectedId().isEmpty())
            emit editRequested(selectedId());
    });

    QPushButton *add = addButton(tr("&Add…"), u"addProfileButton"_s);
    m_edit = addButton(tr("&Edit…"), u"editProfileButton"_s);
    m_duplicate = addButton(tr("D&uplicate"), u"duplicateProfileButton"_s);
    m_remove = addButton(tr("&Remove…"), u"removeProfileButton"_s);
    m_activate = addButton(tr("Make a&ctive"), u"activateProfileButton"_s);
    connect(add, &QPushButton::clicked, this, &ProfilesDialog::addRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(selectedId()); });
    connect(m_duplicate, &QPushButton::clicked, this, [this] { emit duplicateRequested(selectedId()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { emit removeRequested(selectedId()); });
    connect(m_activate, &QPushButton::clicked, this, [this] { emit activateRequested(selectedId()); });

    auto *buttonColumn = new QVBoxLayout;
    for (QPushButton *button : std::as_const(m_buttons))
        buttonColumn->addWidget(button);
    buttonColumn->addStretch(1);

    auto *body = new QHBoxLayout;
    body->addWidget(m_list, 1);
    body->addLayout(buttonColumn);

    m_status = new QLabel(this);
    m_status->setObjectName(u"profilesStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(body, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    updateButtons();
}

ProfilesDialog::~ProfilesDialog() = default;

QPushButton *ProfilesDialog::addButton(const QString &text, const QString &name)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(name);
    button->setAutoDefault(false);
    m_buttons.append(button);
    return button;
}

void ProfilesDialog::setProfiles(const QList<ProfileSummary> &profiles, const QString &activeId)
{
    const QString selected = selectedId();
    m_activeId = activeId;
    m_list->clear();
    for (const ProfileSummary &profile : profiles) {
        const bool active = profile.id == activeId;
        const QString title = active ? tr("%1 (active)").arg(profile.name) : profile.name;
        const QString keys = profile.keyIds.size() > 1
                                 ? tr("write key %1, read key %2").arg(profile.keyIds[0], profile.keyIds[1])
                                 : tr("key %1").arg(profile.keyIds.value(0));
        const QString detail =
            tr("%1 · %2 · %3").arg(profile.baseUrl.toDisplayString(), regionName(profile.region), keys);
        auto *item = new QListWidgetItem(title + u'\n' + detail, m_list);
        item->setData(IdRole, profile.id);
        item->setToolTip(detail);
        if (active) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
    }
    if (!selectProfile(selected) && !selectProfile(activeId) && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

QString ProfilesDialog::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(IdRole).toString() : QString();
}

bool ProfilesDialog::selectProfile(const QString &id)
{
    if (id.isEmpty())
        return false;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(IdRole).toString() == id) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void ProfilesDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #b3261e;"_s : QString());
    m_status->setVisible(!text.isEmpty());
}

void ProfilesDialog::updateButtons()
{
    const QString id = selectedId();
    for (QPushButton *button : {m_edit, m_duplicate, m_remove})
        button->setEnabled(!id.isEmpty());
    m_activate->setEnabled(!id.isEmpty() && id != m_activeId);
}

} // namespace CardDesk::Ui
