// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Help → Export diagnostics… with the real window, a settings file and a SQLite file in a
// QTemporaryDir. The save dialog is replaced by the exporter's file chooser.

#include "gui/diagnosticsexporter.h"
#include "net/profilestore.h"
#include "sync/workspace.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CardDesk;

class TestDiagnosticsExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void exportWritesFile();
    void exportReportsError();
    void cancelWritesNothing();

private:
    QMessageBox *messageBox() const { return m_window->findChild<QMessageBox *>(u"diagnosticsMessageBox"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Net::ProfileStore> m_profiles;
    std::unique_ptr<Sync::Workspace> m_workspace;
    std::unique_ptr<Ui::MainWindow> m_window;
    std::unique_ptr<Gui::DiagnosticsExporter> m_exporter;
    QString m_asked;
};

void TestDiagnosticsExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_profiles = std::make_unique<Net::ProfileStore>(m_settings.get());
    Net::Profile profile = Net::Profile::create(u"Head office"_s);
    profile.key.keyId = u"diag-write-key"_s;
    profile.readKey = Net::ApiKeyConfig{Net::AuthMode::Basic, u"diag-read-key"_s};
    QCOMPARE(m_profiles->save(profile), QString());
    m_profiles->setCurrentProfileId(profile.id);

    m_workspace = std::make_unique<Sync::Workspace>();
    QString error;
    QVERIFY2(m_workspace->open(m_dir->filePath(u"data"_s), &error), qPrintable(error));
    m_window = std::make_unique<Ui::MainWindow>();
    m_exporter = std::make_unique<Gui::DiagnosticsExporter>(m_window.get(), m_workspace.get(),
                                                            m_profiles.get(), m_settings->fileName());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestDiagnosticsExport::cleanup()
{
    m_exporter.reset();
    m_window.reset();
    m_workspace.reset();
    m_profiles.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestDiagnosticsExport::exportWritesFile()
{
    const QString target = m_dir->filePath(u"diagnostics.txt"_s);
    m_exporter->setFileNameChooser(
        [this, target](QWidget *, const QString &, const QString &suggested, const QString &) {
            m_asked = suggested;
            return target;
        });
    QSignalSpy exported(m_exporter.get(), &Gui::DiagnosticsExporter::exported);
    m_window->findChild<QAction *>(u"exportDiagnosticsAction"_s)->trigger();
    QVERIFY(exported.wait(10000));
    QVERIFY2(m_asked.endsWith(u".txt"_s), qPrintable(m_asked));
    const auto result = exported.first().at(0).value<Gui::DiagnosticsResult>();
    QCOMPARE(result.error, QString());

    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(u"Head office"_s), qPrintable(text));
    QVERIFY(text.contains(u"diag-write-key"_s));
    QVERIFY(text.contains(u"diag-read-key"_s));

    QTRY_VERIFY(messageBox());
    QVERIFY2(messageBox()->text().contains(QDir::toNativeSeparators(target)),
             qPrintable(messageBox()->text()));
    QVERIFY(messageBox()->informativeText().contains(u"no secrets"_s));
    messageBox()->accept();
}

void TestDiagnosticsExport::exportReportsError()
{
    const QString target = m_dir->filePath(u"missing-folder/diagnostics.txt"_s);
    m_exporter->setFileNameChooser(
        [target](QWidget *, const QString &, const QString &, const QString &) { return target; });
    QSignalSpy exported(m_exporter.get(), &Gui::DiagnosticsExporter::exported);
    m_window->findChild<QAction *>(u"exportDiagnosticsAction"_s)->trigger();
    QVERIFY(exported.wait(10000));
    const auto result = exported.first().at(0).value<Gui::DiagnosticsResult>();
    QVERIFY(!result.error.isEmpty());
    QVERIFY(!QFile::exists(target));
    QTRY_VERIFY(messageBox());
    QCOMPARE(messageBox()->icon(), QMessageBox::Warning);
    QCOMPARE(messageBox()->text(), result.error);
    messageBox()->accept();
}

void TestDiagnosticsExport::cancelWritesNothing()
{
    m_exporter->setFileNameChooser(
        [](QWidget *, const QString &, const QString &, const QString &) { return QString(); });
    QSignalSpy exported(m_exporter.get(), &Gui::DiagnosticsExporter::exported);
    m_window->findChild<QAction *>(u"exportDiagnosticsAction"_s)->trigger();
    QVERIFY(!m_exporter->isRunning());
    QCOMPARE(exported.count(), 0);
    QVERIFY(!messageBox());
}

QTEST_MAIN(TestDiagnosticsExport)
#include "tst_diagnosticsexport.moc"
