// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "userdirectory.h"

#include "core/searchfold.h"

#include "presentation.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CardDesk::Cli {

namespace {

class UserDirectoryText
{
    Q_DECLARE_TR_FUNCTIONS(CardDesk::Cli::UserDirectory)
};

constexpr qsizetype MaxSuggestions = 5;

QString candidateList(const QList<Core::DirectoryUser> &users)
{
    QStringList labels;
    for (const Core::DirectoryUser &user : users)
        labels.append(QString(Presentation::userLabel(user) + u" (user id "_s + user.userId + u')'));
    return labels.join(u"; "_s);
}

bool equalsIgnoringCase(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

UserDirectory::UserDirectory(const QList<Core::DirectoryUser> &users, const QList<Core::Location> &locations,
                             const QDateTime &refreshedAtUtc)
    : m_users(users)
    , m_refreshedAtUtc(refreshedAtUtc)
{
    for (const Core::Location &location : locations)
        m_locationNames.insert(location.locationId, location.name);
}

QString UserDirectory::searchText(const Core::DirectoryUser &user) const
{
    // The unit separator keeps a search word from matching across two fields.
    const QChar separator(0x1f);
    return Core::foldForSearch(QString(user.firstName + u' ' + user.lastName + separator + user.email +
                                       separator + user.userName + separator + user.userId + separator +
                                       locationName(user.primaryLocationId)));
}

QList<Core::DirectoryUser> UserDirectory::search(const QString &text) const
{
    static const QRegularExpression whitespace(u"\\s+"_s);
    // Folded as the desktop's search folds: accents and case are ignored, so "jurgen" finds
    // "Jürgen" and "strasse" finds "Straße".
    const QStringList words = Core::foldForSearch(text).split(whitespace, Qt::SkipEmptyParts);
    QList<Core::DirectoryUser> matches;
    if (words.isEmpty())
        return matches;
    for (const Core::DirectoryUser &user : m_users) {
        const QString haystack = searchText(user);
        const bool all = std::all_of(words.begin(), words.end(),
                                     [&haystack](const QString &word) { return haystack.contains(word); });
        if (all)
            matches.append(user);
    }
    std::sort(matches.begin(), matches.end(), [](const Core::DirectoryUser &a, const Core::DirectoryUser &b) {
        const int order = Presentation::userLabel(a).localeAwareCompare(Presentation::userLabel(b));
        return order != 0 ? order < 0 : a.userId < b.userId;
    });
    return matches;
}

UserLookup UserDirectory::find(const QString &text) const
{
    const QString requested = text.trimmed();
    UserLookup lookup;
    // A user id is unique, so it wins over an email or user name that happens to equal it.
    for (const Core::DirectoryUser &user : m_users) {
        if (equalsIgnoringCase(user.userId, requested)) {
            lookup.user = user;
            return lookup;
        }
    }
    for (const Core::DirectoryUser &user : m_users) {
        if (equalsIgnoringCase(user.email, requested) || equalsIgnoringCase(user.userName, requested))
            lookup.candidates.append(user);
    }
    if (lookup.candidates.size() == 1) {
        lookup.user = lookup.candidates.takeFirst();
        return lookup;
    }
    if (!lookup.candidates.isEmpty()) {
        lookup.error =
            UserDirectoryText::tr("The user \"%1\" is ambiguous: it matches %2 users: %3. "
                                  "Give the user id of the one you mean.")
                .arg(requested, QString::number(lookup.candidates.size()), candidateList(lookup.candidates));
        return lookup;
    }

    if (m_users.isEmpty()) {
        lookup.error = UserDirectoryText::tr("The user \"%1\" was not found because the local user directory "
                                             "is empty. Run \"carddesk-cli users refresh\" first.")
                           .arg(requested);
        return lookup;
    }
    lookup.candidates = search(requested).mid(0, MaxSuggestions);
    const QString where =
        UserDirectoryText::tr("The user \"%1\" was not found in the local user directory "
                              "(%2 users, refreshed %3).")
            .arg(requested, QString::number(m_users.size()), Presentation::localTime(m_refreshedAtUtc));
    if (lookup.candidates.isEmpty()) {
        lookup.error =
            where + u' ' +
            UserDirectoryText::tr("Give an exact email, user name or user id; use \"users search\" "
                                  "to find it, or \"users refresh\" if the person is new.");
    } else {
        lookup.error = where + u' ' +
                       UserDirectoryText::tr("Give an exact email, user name or user id. Similar users: %1.")
                           .arg(candidateList(lookup.candidates));
    }
    return lookup;
}

} // namespace CardDesk::Cli
