// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/profile.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace CardDesk::Sim {
class Simulator;
} // namespace CardDesk::Sim

namespace CardDesk::Sync {
class Workspace;
} // namespace CardDesk::Sync

namespace CardDesk::Training {

struct TrainingOptions
{
    int userCount = 5000;
    quint32 seed = 2026;
    /// Data folder for the training database; empty means a fresh temporary folder per start.
    QString dataDir;
};

/// Training mode: the Calven simulator running in this process on a loopback port, a profile
/// with built-in training keys, and a separate data folder, so nothing reaches a real tenant and
/// nothing mixes with real data.
class TrainingEnvironment final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingEnvironment)

public:
    explicit TrainingEnvironment(QObject *parent = nullptr);
    ~TrainingEnvironment() override;

    /// Starts the simulator on 127.0.0.1 with a free port and prepares the data folder.
    bool start(const TrainingOptions &options, QString *error);

    QString dataDir() const { return m_dataDir; }
    Net::Profile profile() const;
    /// Returns the built-in training secret. It only opens the in-process simulator.
    static QString secret();
    Sim::Simulator *simulator() const { return m_simulator.get(); }

    /// Gives a few dozen users cards that Calven already confirmed, then queues three updates the
    /// simulator rejects (an unknown user, a card another user holds, and a partial update), so the
    /// Failures screen has real failures to review. Call after the directory has been refreshed.
    /// Returns false with error when seeding failed.
    bool seed(Sync::Workspace &workspace, QString *error);

private:
    std::unique_ptr<Sim::Simulator> m_simulator;
    std::unique_ptr<QTemporaryDir> m_temporaryDir;
    QString m_dataDir;
};

} // namespace CardDesk::Training
