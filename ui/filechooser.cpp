// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filechooser.h"

#include <QFileDialog>

namespace CardDesk::Ui {

FileNameChooser openFileNameChooser()
{
    return [](QWidget *parent, const QString &caption, const QString &directory, const QString &filter) {
        return QFileDialog::getOpenFileName(parent, caption, directory, filter);
    };
}

FileNameChooser saveFileNameChooser()
{
    return [](QWidget *parent, const QString &caption, const QString &directory, const QString &filter) {
        return QFileDialog::getSaveFileName(parent, caption, directory, filter);
    };
}

} // namespace CardDesk::Ui
