// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/credentialchanges.h"
#include "ui/auditpage.h"
#include "ui/failurenextstep.h"
#include "ui/mainwindow.h"
#include "ui/uitranslations.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QTest>

using namespace Qt::StringLiterals;

class TestUiTranslations : public QObject
{
    Q_OBJECT

private slots:
    void englishNeedsNoTranslation();
    void germanTranslatesMainWindow();
    void germanTranslatesNextStep();
    void germanTranslatesAuditDetail();
};

void TestUiTranslations::englishNeedsNoTranslation()
{
    QVERIFY(!CardDesk::Ui::installTranslators(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
}

void TestUiTranslations::germanTranslatesMainWindow()
{
    QVERIFY(CardDesk::Ui::installTranslators(qApp, QLocale(QLocale::German, QLocale::Germany)));
    CardDesk::Ui::MainWindow window;
    QCOMPARE(window.findChild<QAction *>(u"refreshAction"_s)->text(), u"&Aktualisieren"_s);
    QCOMPARE(window.pendingStatusText(), u"Keine Änderungen warten auf den Versand"_s);
}

// The next-step texts come from free functions, whose translation context lupdate must file
// under the one they pass to QCoreApplication::translate() at run time.
void TestUiTranslations::germanTranslatesNextStep()
{
    QVERIFY(CardDesk::Ui::installTranslators(qApp, QLocale(QLocale::German, QLocale::Germany)));
    CardDesk::Core::OutboxEntry entry;
    entry.username = u"jane@example.com"_s;
    entry.userId = u"u-1"_s;
    entry.state = CardDesk::Core::UpdateState::Failed;
    entry.result.code = CardDesk::Core::ResultCode::UserNotFound;
    const CardDesk::Ui::FailureNextStep step = CardDesk::Ui::suggestNextStep(entry, {});
    QVERIFY2(step.text.startsWith(u"Calven kennt keinen Benutzer jane@example.com"_s), qPrintable(step.text));
}

void TestUiTranslations::germanTranslatesAuditDetail()
{
    QVERIFY(CardDesk::Ui::installTranslators(qApp, QLocale(QLocale::German, QLocale::Germany)));
    CardDesk::Ui::AuditPage page;
    const QString hint = page.findChild<QLabel *>(u"auditDetailHintLabel"_s)->text();
    QCOMPARE(hint, u"Kein Eintrag vorhanden."_s);

    CardDesk::Core::Credential card;
    card.formatId = u"h10301"_s;
    card.facilityCode = u"202"_s;
    card.cardNumber = u"1091"_s;
    const QStringList lines = CardDesk::Models::describeCardSetHistory({card}, {});
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(u"Entfernt: "_s), qPrintable(lines.first()));
}

QTEST_MAIN(TestUiTranslations)
#include "tst_uitranslations.moc"
