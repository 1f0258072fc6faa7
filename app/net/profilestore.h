// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/profile.h"
#include "net/secretstore.h"

#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace CardDesk::Net {

/// Persists profiles in a QSettings group "profiles/<id>/...". Never stores a secret: those go to
/// the SecretStore. The settings object is not owned and must outlive the store.
class ProfileStore final
{
public:
    explicit ProfileStore(QSettings *settings);

    /// Returns every stored profile, sorted by display name. Entries that cannot be read (unknown
    /// region or auth mode from a newer version) are skipped and logged.
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &id) const;

    /// Inserts or replaces the profile with the same id. Returns the validation error, or an empty
    /// string when it was saved.
    QString save(const Profile &profile);
    /// Returns false when no profile has that id. Leaves the keychain alone: remove the keys from
    /// secretKeysToRemove() first, for example with removeSecrets().
    bool remove(const QString &id);
    /// Returns the keys of the secrets that go with the profile: both API keys and a stored proxy
    /// password, except those another stored profile also uses. Empty when no profile has that id.
    QList<SecretKey> secretKeysToRemove(const QString &id) const;

    QString currentProfileId() const;
    void setCurrentProfileId(const QString &id);

private:
    std::optional<Profile> read(const QString &id) const;
    void readNetwork(NetworkSettings &network) const;
    void writeNetwork(const NetworkSettings &network);

    QSettings *m_settings;
};

} // namespace CardDesk::Net
