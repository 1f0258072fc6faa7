// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"
#include "ui/uitranslations.h"

#include <QAction>
#include <QMenuBar>
#include <QTest>

using namespace Qt::StringLiterals;

class TestUiTranslations : public QObject
{
    Q_OBJECT

private slots:
    void englishNeedsNoTranslation();
    void germanTranslatesMainWindow();
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

QTEST_MAIN(TestUiTranslations)
#include "tst_uitranslations.moc"
