// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificatedialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CardDesk::Ui {

namespace {

QLabel *detailLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString dateText(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                          : CertificateDialog::tr("unknown");
}

} // namespace

CertificateDialog::CertificateDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"certificateDialog"_s);
    setWindowTitle(tr("Untrusted certificate"));
    resize(640, 500);

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(40, 40));
    icon->setAlignment(Qt::AlignTop);
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"certificateHeadingLabel"_s);
    m_heading->setWordWrap(true);
    auto *advice = new QLabel(tr("Nothing was sent to the server. If your company inspects TLS traffic, "
                                 "ask IT for its CA certificate as a PEM file, compare the fingerprint "
                                 "below with theirs, and add the file to this profile."),
                              this);
    advice->setWordWrap(true);
    auto *intro = new QVBoxLayout;
    intro->addWidget(m_heading);
    intro->addWidget(advice);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(intro, 1);

    auto *errorsBox = new QGroupBox(tr("What is wrong"), this);
    m_errors = new QListWidget(errorsBox);
    m_errors->setObjectName(u"tlsErrorsListWidget"_s);
    m_errors->setMaximumHeight(72);
    m_errors->setSelectionMode(QAbstractItemView::NoSelection);
    m_errors->setFocusPolicy(Qt::NoFocus);
    (new QVBoxLayout(errorsBox))->addWidget(m_errors);

    auto *chainBox = new QGroupBox(tr("Certificate chain sent by the server"), this);
    m_chain = new QTreeWidget(chainBox);
    m_chain->setObjectName(u"certificateChainTreeWidget"_s);
    m_chain->setHeaderHidden(true);
    m_chain->setMaximumHeight(90);
    m_subject = detailLabel(chainBox, u"subjectLabel"_s);
    m_issuer = detailLabel(chainBox, u"issuerLabel"_s);
    m_validity = detailLabel(chainBox, u"validityLabel"_s);
    m_fingerprint = detailLabel(chainBox, u"fingerprintLabel"_s);
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *details = new QFormLayout;
    details->addRow(tr("Subject:"), m_subject);
    details->addRow(tr("Issuer:"), m_issuer);
    details->addRow(tr("Valid:"), m_validity);
    details->addRow(tr("SHA-256:"), m_fingerprint);
    auto *chainLayout = new QVBoxLayout(chainBox);
    chainLayout->addWidget(m_chain);
    chainLayout->addLayout(details);
    connect(m_chain, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        showCertificate(item ? item->data(0, Qt::UserRole).toInt() : -1);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *addBundle =
        buttons->addButton(tr("&Add a CA bundle to this profile…"), QDialogButtonBox::ActionRole);
    addBundle->setObjectName(u"addCaBundleButton"_s);
    connect(addBundle, &QPushButton::clicked, this, [this] {
        emit addCaBundleRequested();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(errorsBox);
    layout->addWidget(chainBox);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

CertificateDialog::~CertificateDialog() = default;

void CertificateDialog::setFailure(const TlsFailureEntry &failure)
{
    m_failure = failure;
    m_heading->setText(
        failure.profileName.isEmpty()
            ? tr("CardDesk did not connect to %1 because its certificate is not trusted.").arg(failure.host)
            : tr("CardDesk did not connect to %1 (profile \"%2\") because its certificate "
                 "is not trusted.")
                  .arg(failure.host, failure.profileName));
    m_errors->clear();
    m_errors->addItems(failure.errors);

    m_chain->clear();
    QTreeWidgetItem *parent = nullptr;
    // The chain is shown from the root down, as certificate viewers show it, so the server's comes last.
    for (int index = int(failure.chain.size()) - 1; index >= 0; --index) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_chain);
        item->setText(0, failure.chain[index].subject);
        item->setData(0, Qt::UserRole, index);
        parent = item;
    }
    m_chain->setRootIsDecorated(failure.chain.size() > 1);
    m_chain->expandAll();
    if (parent)
        m_chain->setCurrentItem(parent);
    else
        showCertificate(-1);
}

void CertificateDialog::showCertificate(int index)
{
    if (index < 0 || index >= m_failure.chain.size()) {
        for (QLabel *label : {m_subject, m_issuer, m_validity, m_fingerprint})
            label->setText(tr("The server sent no certificate."));
        return;
    }
    const CertificateEntry &certificate = m_failure.chain[index];
    m_subject->setText(certificate.subject);
    m_issuer->setText(certificate.issuer);
    m_validity->setText(
        tr("%1 to %2").arg(dateText(certificate.validFrom), dateText(certificate.validUntil)));
    m_fingerprint->setText(certificate.sha256Fingerprint);
}

QString CertificateDialog::detailsText() const
{
    return QStringList{m_subject->text(), m_issuer->text(), m_validity->text(), m_fingerprint->text()}.join(
        u'\n');
}

} // namespace CardDesk::Ui
