// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cardformat.h"
#include "core/cardvalidation.h"
#include "models/credentialchanges.h"
#include "ui/auditpage.h"
#include "ui/failurenextstep.h"
#include "ui/mainwindow.h"
#include "ui/uitranslations.h"

#include <QAction>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QMenuBar>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QString SourceDir = QStringLiteral(CARDDESK_SOURCE_DIR);

// A message of the .ts file: its context and the source files lupdate found it in.
struct TsMessage
{
    QString context;
    QStringList files;
};

// Reads the current messages of a .ts file, leaving out vanished and obsolete ones.
QList<TsMessage> readTsMessages(const QString &path)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    bool current = true;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == u"message")
            message = TsMessage{context, {}};
        else if (xml.isStartElement() && xml.name() == u"location")
            message.files.append(xml.attributes().value(u"filename"_s).toString().remove(u"../"_s));
        else if (xml.isStartElement() && xml.name() == u"translation")
            current = xml.attributes().value(u"type"_s) != u"vanished" &&
                      xml.attributes().value(u"type"_s) != u"obsolete";
        else if (xml.isEndElement() && xml.name() == u"message" && current)
            messages.append(message);
    }
    return messages;
}

// Returns whether the source text names context the way tr() finds it at run time: as the
// context string of QCoreApplication::translate(), QT_TRANSLATE_NOOP() or
// Q_DECLARE_TR_FUNCTIONS(), or, for a Q_OBJECT class, through its member function definitions.
bool usesContext(const QString &source, const QString &context)
{
    if (source.contains(u'"' + context + u'"') || source.contains(u'(' + context + u')'))
        return true;
    // A bare namespace such as CardDesk::Core is never a class.
    const QStringList parts = context.split(u"::"_s);
    return parts.size() > 2 && source.contains(parts.constLast() + u"::"_s);
}

} // namespace

class TestUiTranslations : public QObject
{
    Q_OBJECT

private slots:
    void englishNeedsNoTranslation();
    void germanTranslatesMainWindow();
    void germanTranslatesNextStep();
    void germanTranslatesAuditDetail();
    void germanTranslatesCardValidation();
    void tsCoversLibraries_data();
    void tsCoversLibraries();
    void tsContextsMatchRunTime();
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

// Card checks in app/core run outside any widget, through a context of their own.
void TestUiTranslations::germanTranslatesCardValidation()
{
    QVERIFY(CardDesk::Ui::installTranslators(qApp, QLocale(QLocale::German, QLocale::Germany)));
    const CardDesk::Core::CardFormat *format = CardDesk::Core::findCardFormat(u"h10301");
    QVERIFY(format);
    const CardDesk::Core::FieldValidation result = CardDesk::Core::validateCardNumber(*format, u"12a"_s);
    QVERIFY(result.issue);
    QVERIFY2(result.issue->reason.startsWith(u"Kartennummer 12a darf für"_s),
             qPrintable(result.issue->reason));
}

void TestUiTranslations::tsCoversLibraries_data()
{
    QTest::addColumn<QString>("file");

    QTest::newRow("core") << u"app/core/cardvalidation.cpp"_s;
    QTest::newRow("store") << u"app/store/database.cpp"_s;
    QTest::newRow("net") << u"app/net/profilestore.cpp"_s;
    QTest::newRow("io") << u"app/io/failurescsv.cpp"_s;
    QTest::newRow("sync") << u"app/sync/directoryrefresher.cpp"_s;
    QTest::newRow("training") << u"app/training/trainingenvironment.cpp"_s;
}

void TestUiTranslations::tsCoversLibraries()
{
    QFETCH(QString, file);

    const QList<TsMessage> messages = readTsMessages(SourceDir + u"/translations/carddesk_de.ts"_s);
    QVERIFY(!messages.isEmpty());
    const bool found = std::any_of(messages.cbegin(), messages.cend(), [&file](const TsMessage &message) {
        return message.files.contains(file);
    });
    QVERIFY2(
        found,
        qPrintable(u"No message of %1 in carddesk_de.ts. Run the carddesk_ui_lupdate target."_s.arg(file)));
}

// lupdate files a tr() call in a free function under the enclosing namespace, and such a message
// is never found at run time. Every message must sit in a context its source file uses.
void TestUiTranslations::tsContextsMatchRunTime()
{
    const QList<TsMessage> messages = readTsMessages(SourceDir + u"/translations/carddesk_de.ts"_s);
    QVERIFY(!messages.isEmpty());
    QHash<QString, QString> sources;
    QStringList misfiled;
    for (const TsMessage &message : messages) {
        for (const QString &file : message.files) {
            if (file.endsWith(u".ui"_s))
                continue;
            if (!sources.contains(file)) {
                QFile source(SourceDir + u'/' + file);
                QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(file));
                sources.insert(file, QString::fromUtf8(source.readAll()));
            }
            if (!usesContext(sources.value(file), message.context))
                misfiled.append(file + u": "_s + message.context);
        }
    }
    misfiled.removeDuplicates();
    QVERIFY2(misfiled.isEmpty(), qPrintable(misfiled.join(u"; "_s)));
}

QTEST_MAIN(TestUiTranslations)
#include "tst_uitranslations.moc"
