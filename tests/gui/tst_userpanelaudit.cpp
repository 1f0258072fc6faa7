// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampledata.h"
#include "store/auditlog.h"
#include "sync/workspace.h"
#include "ui/carddialog.h"
#include "ui/userpanel.h"

#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using CardDesk::Ui::CardReplacement;
using CardDesk::Ui::ReplacementReason;
using CardDesk::Ui::UserPanel;
namespace Core = CardDesk::Core;
namespace Store = CardDesk::Store;
namespace Sync = CardDesk::Sync;
namespace Tests = CardDesk::Tests;

/// The reason of a "lost or stolen" replacement made in the editor, carried through a real
/// Workspace on a SQLite file into the audit record.
class TestUserPanelAudit : public QObject
{
    Q_OBJECT

private slots:
    void replacementReasonReachesAudit();
};

void TestUserPanelAudit::replacementReasonReachesAudit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Sync::Workspace workspace;
    QString error;
    QVERIFY2(workspace.open(dir.path(), &error), qPrintable(error));
    CardDesk::Net::Profile profile;
    profile.id = u"audit-test"_s;
    profile.displayName = u"Audit test"_s;
    workspace.useProfile(profile);
    workspace.setAutoSend(false);

    const Core::DirectoryUser user = Tests::sampleUsers().first();
    const Core::Credential old = Tests::sampleCard(u"202"_s, u"1091"_s);
    UserPanel panel;
    panel.setCardReplacer([](QWidget *, const Core::Credential &) {
        return std::optional(CardReplacement{Tests::sampleCard(u"202"_s, u"2000"_s), ReplacementReason::Other,
                                             u"badge snapped"_s});
    });
    panel.setUser(user, {});
    panel.setCardSets({old}, {old});
    auto *view = panel.findChild<QTableView *>(u"cardsTableView"_s);
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::mouseClick(panel.findChild<QPushButton *>(u"replaceCardButton"_s), Qt::LeftButton);

    const auto entry =
        workspace.submitCards(user, panel.credentials(), &error, panel.changeReasons().join(u"; "_s));
    QVERIFY2(entry.has_value(), qPrintable(error));

    Store::AuditFilter filter;
    filter.action = u"cards.submitted"_s;
    const auto records = workspace.auditLog().query(filter);
    QVERIFY(records.has_value());
    QCOMPARE(records->size(), 1);
    QCOMPARE(records->first().detail, u"Replaced 202:1091 with 202:2000: other, badge snapped"_s);
    QCOMPARE(records->first().updateId, entry->updateId);
    QCOMPARE(records->first().cardsAfter.size(), 2);
    QVERIFY(!records->first().cardsAfter.at(0).active);
}

QTEST_MAIN(TestUserPanelAudit)
#include "tst_userpanelaudit.moc"
