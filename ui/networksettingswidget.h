// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filechooser.h"
#include "profileentry.h"

#include <QWidget>

#include <memory>

namespace CardDesk::Ui {

namespace Ui {
class NetworkSettingsWidget;
}

/// Edits the network settings of one profile: CA bundle, proxy, HTTP/2 and transfer timeout. The
/// widgets come from networksettingswidget.ui; settings() and setSettings() map them one to one.
///
/// The CA bundle check is replaceable: by default it only tests that the file can be opened, and
/// the owner can install one that also parses the certificates.
class NetworkSettingsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkSettingsWidget)

public:
    /// Returns an empty string when path names a usable CA bundle, else the problem in words.
    using CaBundleCheck = std::function<QString(const QString &path)>;

    explicit NetworkSettingsWidget(QWidget *parent = nullptr);
    ~NetworkSettingsWidget() override;

    void setSettings(const NetworkEntry &settings);
    NetworkEntry settings() const;

    /// Returns the first problem with the entered values, or an empty string.
    QString validationError() const;

    void setCaBundleCheck(CaBundleCheck check);
    void setFileNameChooser(FileNameChooser chooser) { m_chooseFile = std::move(chooser); }
    /// Moves the keyboard focus to the CA bundle field.
    void focusCaBundle();

    /// Returns the default check: the file exists, is a file and can be opened for reading.
    static QString checkCaBundleReadable(const QString &path);

signals:
    void changed();

private:
    void browseCaBundle();
    void updateProxyFields();

    std::unique_ptr<Ui::NetworkSettingsWidget> m_ui;
    CaBundleCheck m_checkCaBundle;
    FileNameChooser m_chooseFile;
};

} // namespace CardDesk::Ui
