// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "directorygenerator.h"

#include "sim/namecatalog.h"

#include <QHash>
#include <QUuid>

#include <array>
#include <random>

using namespace Qt::StringLiterals;

namespace CardDesk::Sim {

namespace {

class SeededRandom
{
public:
    explicit SeededRandom(quint32 seed)
        : m_engine(seed)
    {}

    quint32 next() { return quint32(m_engine()); }

    /// Returns a value in [0, bound) by multiply-and-shift, which gives the same result on
    /// every platform. The bias is below bound / 2^32, negligible for the small bounds used here.
    quint32 below(quint32 bound) { return quint32((quint64(next()) * bound) >> 32); }

    bool chance(quint32 percent) { return below(100) < percent; }

    /// Returns a random version 4 UUID in lower case without braces.
    QString uuid()
    {
        QByteArray bytes(16, Qt::Uninitialized);
        for (int i = 0; i < 16; i += 4) {
            const quint32 word = next();
            bytes[i] = char(word >> 24);
            bytes[i + 1] = char(word >> 16);
            bytes[i + 2] = char(word >> 8);
            bytes[i + 3] = char(word);
        }
        bytes[6] = char((bytes[6] & 0x0f) | 0x40);
        bytes[8] = char((bytes[8] & 0x3f) | 0x80);
        return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    }

private:
    std::mt19937 m_engine;
};

struct Office
{
    QStringView name;
    QLatin1StringView timeZone;
    QLatin1StringView countryCode;
};

constexpr Office offices[] = {
    {u"Sydney", "Australia/Sydney"_L1, "AU"_L1},   {u"Melbourne", "Australia/Melbourne"_L1, "AU"_L1},
    {u"New York", "America/New_York"_L1, "US"_L1}, {u"San Francisco", "America/Los_Angeles"_L1, "US"_L1},
    {u"London", "Europe/London"_L1, "GB"_L1},      {u"Berlin", "Europe/Berlin"_L1, "DE"_L1},
    {u"München", "Europe/Berlin"_L1, "DE"_L1},     {u"Paris", "Europe/Paris"_L1, "FR"_L1},
    {u"Zürich", "Europe/Zurich"_L1, "CH"_L1},      {u"São Paulo", "America/Sao_Paulo"_L1, "BR"_L1},
    {u"Tokyo", "Asia/Tokyo"_L1, "JP"_L1},          {u"Singapore", "Asia/Singapore"_L1, "SG"_L1},
    {u"Bengaluru", "Asia/Kolkata"_L1, "IN"_L1},    {u"Tel Aviv", "Asia/Jerusalem"_L1, "IL"_L1},
    {u"Dubai", "Asia/Dubai"_L1, "AE"_L1},          {u"Auckland", "Pacific/Auckland"_L1, "NZ"_L1},
};

constexpr int GroupCount = 24;

// NOTE: Calven does not document the API spelling of its user statuses. These names follow the
// lifecycle states in Calven's knowledge base (Active, Inactive, Provisioned, Deprovisioned,
// To Be Deleted) and may differ from the real values.
struct StatusShare
{
    QLatin1StringView status;
    quint32 percent;
};
constexpr StatusShare statusShares[] = {
    {"active"_L1, 88},       {"inactive"_L1, 5},    {"provisioned"_L1, 3},
    {"deprovisioned"_L1, 2}, {"toBeDeleted"_L1, 2},
};

QString pickStatus(SeededRandom &random)
{
    quint32 roll = random.below(100);
    for (const StatusShare &share : statusShares) {
        if (roll < share.percent)
            return share.status;
        roll -= share.percent;
    }
    return statusShares[0].status;
}

const NameCulture &pickCulture(SeededRandom &random, std::span<const NameCulture> cultures, int totalWeight)
{
    int roll = int(random.below(quint32(totalWeight)));
    for (const NameCulture &culture : cultures) {
        if (roll < culture.weight)
            return culture;
        roll -= culture.weight;
    }
    return cultures.front();
}

const NamePart &pickName(SeededRandom &random, std::span<const NamePart> names)
{
    return names[random.below(quint32(names.size()))];
}

// Returns "Jose.Garcia" from "jose.garcia", for the few users whose email has capitals.
QString capitalizeParts(const QString &localPart)
{
    QString result = localPart;
    bool startOfPart = true;
    for (QChar &character : result) {
        if (startOfPart)
            character = character.toUpper();
        startOfPart = character == u'.';
    }
    return result;
}

QList<Core::Location> makeLocations(SeededRandom &random)
{
    QList<Core::Location> locations;
    for (const Office &office : offices)
        locations.append({random.uuid(), office.name.toString(), office.timeZone, office.countryCode});
    return locations;
}

class UserFactory
{
public:
    UserFactory(SeededRandom &random, const Directory &directory, const QStringList &groupIds)
        : m_random(random)
        , m_directory(directory)
        , m_groupIds(groupIds)
        , m_cultures(nameCultures())
    {
        for (const NameCulture &culture : m_cultures)
            m_totalWeight += culture.weight;
    }

    Core::DirectoryUser make()
    {
        Core::DirectoryUser user;
        user.userId = m_random.uuid();
        const NameCulture &culture = pickCulture(m_random, m_cultures, m_totalWeight);
        const NamePart &givenName = pickName(m_random, culture.givenNames);
        user.firstName = givenName.native.toString();
        QString localPart = givenName.ascii;
        if (!culture.familyNames.empty()) {
            const NamePart &familyName = pickName(m_random, culture.familyNames);
            user.lastName = familyName.native.toString();
            localPart += u'.' + familyName.ascii;
        }
        localPart = uniqueLocalPart(localPart);
        if (m_random.chance(3))
            localPart = capitalizeParts(localPart);
        user.email = localPart + "@example.com"_L1;
        user.userName = m_random.chance(3) ? localPart.toLower() + "@corp.example.com"_L1 : user.email;
        user.status = pickStatus(m_random);
        user.onboarded = m_random.chance(user.isActive() ? 92 : 30);
        if (!m_random.chance(2))
            user.primaryLocationId =
                m_directory.locations.at(m_random.below(quint32(m_directory.locations.size()))).locationId;
        if (!m_random.chance(5))
            user.primaryGroupId = m_groupIds.at(m_random.below(quint32(m_groupIds.size())));
        return user;
    }

private:
    // Catalogue transliterations contain no digits, so "name2" never collides with a base name.
    QString uniqueLocalPart(const QString &base)
    {
        const int seen = ++m_localPartCounts[base];
        return seen == 1 ? base : base + QString::number(seen);
    }

    SeededRandom &m_random;
    const Directory &m_directory;
    const QStringList &m_groupIds;
    std::span<const NameCulture> m_cultures;
    int m_totalWeight = 0;
    QHash<QString, int> m_localPartCounts;
};

} // namespace

Directory generateDirectory(int userCount, quint32 seed)
{
    SeededRandom random(seed);
    Directory directory;
    directory.locations = makeLocations(random);

    QStringList groupIds;
    for (int i = 0; i < GroupCount; ++i)
        groupIds.append(random.uuid());

    UserFactory factory(random, directory, groupIds);
    directory.users.reserve(qMax(0, userCount));
    for (int i = 0; i < userCount; ++i)
        directory.users.append(factory.make());
    return directory;
}

} // namespace CardDesk::Sim
