// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/filechooser.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

namespace CardDesk::Net {
class ProfileStore;
} // namespace CardDesk::Net

namespace CardDesk::Sync {
class Workspace;
} // namespace CardDesk::Sync

namespace CardDesk::Ui {
class MainWindow;
} // namespace CardDesk::Ui

namespace CardDesk::Gui {

/// Outcome of one diagnostics export.
struct DiagnosticsResult
{
    QString path;
    QString error; ///< Empty when the file was written.
};

/// Help → Export diagnostics…: requests a file name, collects the profiles and outbox counts on the GUI
/// thread, then reads the log tail and writes the file with Net::Diagnostics on a worker thread, and
/// shows where the file went. profiles may be null (training mode), in which case the connected
/// profile is described.
class DiagnosticsExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsExporter)

public:
    DiagnosticsExporter(Ui::MainWindow *window, Sync::Workspace *workspace, Net::ProfileStore *profiles,
                        const QString &settingsPath, QObject *parent = nullptr);
    ~DiagnosticsExporter() override;

    void setFileNameChooser(Ui::FileNameChooser chooser) { m_chooseFile = std::move(chooser); }
    /// Asks for a file name and writes the diagnostics there.
    void exportDiagnostics();
    /// Writes the diagnostics to path without asking.
    void exportTo(const QString &path);
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void exported(const CardDesk::Gui::DiagnosticsResult &result);

private:
    void onFinished();

    QPointer<Ui::MainWindow> m_window;
    Sync::Workspace *m_workspace;
    Net::ProfileStore *m_profiles;
    QString m_settingsPath;
    Ui::FileNameChooser m_chooseFile;
    QFutureWatcher<DiagnosticsResult> m_watcher;
};

} // namespace CardDesk::Gui

Q_DECLARE_METATYPE(CardDesk::Gui::DiagnosticsResult)
