// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilestore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSettings>

#include <algorithm>

Q_LOGGING_CATEGORY(lcProfileStore, "carddesk.net.profilestore", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace CardDesk::Net {

namespace {

const QString ProfilesGroup = u"profiles"_s;
const QString CurrentKey = u"currentProfile"_s;
const QString NameKey = u"displayName"_s;
const QString BaseUrlKey = u"baseUrl"_s;
const QString RegionKey = u"region"_s;
const QString AuthModeKey = u"authMode"_s;
const QString KeyIdKey = u"keyId"_s;

} // namespace

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings)
{
    Q_ASSERT(settings);
}

QList<Profile> ProfileStore::profiles() const
{
    m_settings->beginGroup(ProfilesGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();

    QList<Profile> result;
    for (const QString &id : ids) {
        if (std::optional<Profile> profile = read(id))
            result.append(*profile);
    }
    std::sort(result.begin(), result.end(), [](const Profile &a, const Profile &b) {
        return a.displayName.localeAwareCompare(b.displayName) < 0;
    });
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    if (id.isEmpty())
        return std::nullopt;
    return read(id);
}

std::optional<Profile> ProfileStore::read(const QString &id) const
{
    m_settings->beginGroup(ProfilesGroup + u'/' + id);
    const bool exists = m_settings->contains(BaseUrlKey);
    Profile profile;
    profile.id = id;
    profile.displayName = m_settings->value(NameKey).toString();
    profile.baseUrl = QUrl(m_settings->value(BaseUrlKey).toString());
    const std::optional<Region> region = regionFromWire(m_settings->value(RegionKey).toString());
    const std::optional<AuthMode> mode = authModeFromName(m_settings->value(AuthModeKey).toString());
    profile.key.keyId = m_settings->value(KeyIdKey).toString();
    m_settings->endGroup();

    if (!exists)
        return std::nullopt;
    if (!region || !mode) {
        qCWarning(lcProfileStore) << "profile" << id << "skipped: unknown region or auth mode in"
                                  << m_settings->fileName();
        return std::nullopt;
    }
    profile.region = *region;
    profile.key.authMode = *mode;
    return profile;
}

QString ProfileStore::save(const Profile &profile)
{
    if (profile.id.isEmpty() || profile.id.contains(u'/'))
        return QCoreApplication::translate("CardDesk::Net::ProfileStore",
                                           "The profile id \"%1\" is empty or contains '/'.")
            .arg(profile.id);
    if (const QString error = profile.validationError(); !error.isEmpty())
        return error;

    m_settings->beginGroup(ProfilesGroup + u'/' + profile.id);
    m_settings->setValue(NameKey, profile.displayName);
    m_settings->setValue(BaseUrlKey, normalizedBaseUrl(profile.baseUrl).toString());
    m_settings->setValue(RegionKey, regionToWire(profile.region));
    m_settings->setValue(AuthModeKey, authModeToName(profile.key.authMode));
    m_settings->setValue(KeyIdKey, profile.key.keyId);
    m_settings->endGroup();
    m_settings->sync();
    qCInfo(lcProfileStore) << "profile" << profile.id << "saved";
    return {};
}

bool ProfileStore::remove(const QString &id)
{
    if (!read(id))
        return false;
    m_settings->remove(ProfilesGroup + u'/' + id);
    if (currentProfileId() == id)
        m_settings->remove(CurrentKey);
    m_settings->sync();
    qCInfo(lcProfileStore) << "profile" << id << "removed";
    return true;
}

QString ProfileStore::currentProfileId() const
{
    return m_settings->value(CurrentKey).toString();
}

void ProfileStore::setCurrentProfileId(const QString &id)
{
    m_settings->setValue(CurrentKey, id);
    m_settings->sync();
}

} // namespace CardDesk::Net
