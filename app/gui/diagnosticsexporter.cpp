// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosticsexporter.h"

#include "net/diagnostics.h"
#include "net/logfile.h"
#include "net/profilestore.h"
#include "store/outbox.h"
#include "sync/outboxsummary.h"
#include "sync/workspace.h"
#include "ui/mainwindow.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcDiagnosticsExporter, "carddesk.gui.diagnostics", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace CardDesk::Gui {

DiagnosticsExporter::DiagnosticsExporter(Ui::MainWindow *window, Sync::Workspace *workspace,
                                         Net::ProfileStore *profiles, const QString &settingsPath,
                                         QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_workspace(workspace)
    , m_profiles(profiles)
    , m_settingsPath(settingsPath)
    , m_chooseFile(Ui::saveFileNameChooser())
{
    connect(m_window, &Ui::MainWindow::exportDiagnosticsRequested, this,
            &DiagnosticsExporter::exportDiagnostics);
    connect(&m_watcher, &QFutureWatcher<DiagnosticsResult>::finished, this, &DiagnosticsExporter::onFinished);
}

DiagnosticsExporter::~DiagnosticsExporter()
{
    m_watcher.waitForFinished();
}

void DiagnosticsExporter::exportDiagnostics()
{
    if (m_watcher.isRunning())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder.isEmpty() ? QDir::homePath() : folder)
            .filePath(u"carddesk-diagnostics-%1.txt"_s.arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path =
        m_chooseFile(m_window, tr("Export diagnostics"), suggested, tr("Text files (*.txt)"));
    if (!path.isEmpty())
        exportTo(path);
}

void DiagnosticsExporter::exportTo(const QString &path)
{
    Net::Diagnostics::Input input;
    if (m_profiles) {
        input.profiles = m_profiles->profiles();
        input.currentProfileId = m_profiles->currentProfileId();
    } else if (!m_workspace->profile().id.isEmpty()) {
        input.profiles = {m_workspace->profile()};
        input.currentProfileId = m_workspace->profile().id;
    }
    input.settingsPath = m_settingsPath;
    input.dataDir = QFileInfo(m_workspace->databasePath()).absolutePath();
    Store::Outbox &outbox = m_workspace->outbox();
    input.outbox.append(Sync::outboxSummary(outbox, {}));
    for (const Net::Profile &profile : std::as_const(input.profiles))
        input.outbox.append(Sync::outboxSummary(outbox, profile.id));

    m_window->statusBar()->showMessage(tr("Writing diagnostics to %1…").arg(QDir::toNativeSeparators(path)));
    const QString logPath = Net::LogFile::path();
    m_watcher.setFuture(QtConcurrent::run([input, path, logPath]() mutable {
        // The log tail can be megabytes, so it is read here and not on the GUI thread.
        if (!logPath.isEmpty())
            input.logLines = Net::Diagnostics::readLogTail(logPath, Net::Diagnostics::DefaultLogLines);
        DiagnosticsResult result{path, {}};
        Net::Diagnostics::write(path, input, &result.error);
        return result;
    }));
}

void DiagnosticsExporter::onFinished()
{
    const DiagnosticsResult result = m_watcher.result();
    const QString shown = QDir::toNativeSeparators(QFileInfo(result.path).absoluteFilePath());
    if (!result.error.isEmpty()) {
        qCWarning(lcDiagnosticsExporter).noquote() << "diagnostics not written:" << result.error;
        m_window->statusBar()->showMessage(tr("Diagnostics were not written."), 10000);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export diagnostics"), result.error,
                                    QMessageBox::Ok, m_window);
        box->setObjectName(u"diagnosticsMessageBox"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    } else {
        qCInfo(lcDiagnosticsExporter).noquote() << "wrote diagnostics to" << shown;
        m_window->statusBar()->showMessage(tr("Diagnostics saved to %1").arg(shown), 15000);
        auto *box = new QMessageBox(QMessageBox::Information, tr("Export diagnostics"),
                                    tr("Diagnostics saved to:\n%1").arg(shown), QMessageBox::Ok, m_window);
        box->setObjectName(u"diagnosticsMessageBox"_s);
        box->setInformativeText(tr("The file contains no secrets or tokens. Read it before you send it to "
                                   "support."));
        box->setTextInteractionFlags(Qt::TextSelectableByMouse);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    emit exported(result);
}

} // namespace CardDesk::Gui
