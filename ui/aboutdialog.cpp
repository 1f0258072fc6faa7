// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "ui_aboutdialog.h"

using namespace Qt::StringLiterals;

namespace CardDesk::Ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    setObjectName(u"aboutDialog"_s);
    m_ui->iconLabel->setPixmap(QIcon(u":/icons/carddesk.svg"_s).pixmap(64, 64));
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->versionLabel->setText(QStringLiteral(CARDDESK_VERSION_STRING));
    // Built against one Qt and running on another is possible with shared libraries; show both.
    const QString runtime = QString::fromLatin1(qVersion());
    const QString built = QStringLiteral(QT_VERSION_STR);
    m_ui->qtVersionLabel->setText(runtime == built ? runtime : tr("%1 (built with %2)").arg(runtime, built));
    setTlsBackendName({});
}

AboutDialog::~AboutDialog() = default;

void AboutDialog::setTlsBackendName(const QString &name)
{
    m_ui->tlsBackendLabel->setText(name.isEmpty() ? tr("not loaded") : name);
}

} // namespace CardDesk::Ui
