// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace CardDesk::Ui {

/// Asks for a file name; returns an empty string when the person cancels. Widgets that pick files
/// take one of these, so tests can answer without a file dialog.
using FileNameChooser = std::function<QString(QWidget *parent, const QString &caption,
                                              const QString &directory, const QString &filter)>;

/// Returns a chooser that runs QFileDialog::getOpenFileName.
FileNameChooser openFileNameChooser();
/// Returns a chooser that runs QFileDialog::getSaveFileName.
FileNameChooser saveFileNameChooser();

} // namespace CardDesk::Ui
