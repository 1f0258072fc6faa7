// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <memory>

namespace CardDesk::Ui {

namespace Ui {
class AboutDialog;
}

/// Version, Qt version, TLS backend and licence. The TLS backend name comes from the network
/// layer through setTlsBackendName(), because this library does not link Qt Network.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    /// Shows the TLS backend, such as "openssl"; an empty name shows "not loaded".
    void setTlsBackendName(const QString &name);

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace CardDesk::Ui
