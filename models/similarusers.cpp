// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "similarusers.h"

#include <algorithm>
#include <vector>

namespace CardDesk::Models {

namespace {

// Two edits catch a typo, a swapped pair of letters or a missing dot without matching unrelated
// short addresses.
constexpr int MaxEdits = 2;

} // namespace

int boundedEditDistance(QStringView a, QStringView b, int limit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > limit)
        return limit + 1;
    // Levenshtein distance restricted to the diagonal band |i - j| <= limit; cells outside the band
    // hold limit + 1, which is as good as infinity for the answer.
    const int outside = limit + 1;
    std::vector<int> previous(size_t(m) + 1, outside);
    std::vector<int> current(size_t(m) + 1, outside);
    for (qsizetype j = 0; j <= std::min<qsizetype>(m, limit); ++j)
        previous[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        std::fill(current.begin(), current.end(), outside);
        if (i <= limit)
            current[0] = int(i);
        const qsizetype from = std::max<qsizetype>(1, i - limit);
        const qsizetype to = std::min<qsizetype>(m, i + limit);
        int rowMinimum = current[0];
        for (qsizetype j = from; j <= to; ++j) {
            const bool same = a[i - 1].toCaseFolded() == b[j - 1].toCaseFolded();
            const int cost = std::min({previous[size_t(j - 1)] + (same ? 0 : 1), previous[size_t(j)] + 1,
                                       current[size_t(j - 1)] + 1});
            current[size_t(j)] = std::min(cost, outside);
            rowMinimum = std::min(rowMinimum, current[size_t(j)]);
        }
        if (rowMinimum > limit)
            return outside;
        std::swap(previous, current);
    }
    return std::min(previous[size_t(m)], outside);
}

QList<Core::DirectoryUser> similarEmailUsers(const QString &email, const Core::DirectoryTable &users,
                                             int maxCount)
{
    const QString wanted = email.trimmed();
    if (wanted.isEmpty() || maxCount <= 0)
        return {};
    const QStringView localPart = QStringView(wanted).left(qMax<qsizetype>(0, wanted.indexOf(u'@')));
    struct Candidate
    {
        int score;
        int row;
        QStringView email;
    };
    std::vector<Candidate> candidates;
    for (int row = 0; row < users.userCount(); ++row) {
        // The same rule as DirectoryUser::credentialUsername(): the email, else the user name.
        QStringView name = users.field(row, Core::DirectoryTable::EmailField);
        if (name.isEmpty())
            name = users.field(row, Core::DirectoryTable::UserNameField);
        if (name.isEmpty() || name.compare(wanted, Qt::CaseInsensitive) == 0)
            continue;
        int score = boundedEditDistance(name, wanted, MaxEdits);
        if (score > MaxEdits) {
            const qsizetype at = name.indexOf(u'@');
            // The same mailbox name at another domain ranks after every typo.
            if (localPart.isEmpty() || at <= 0 ||
                name.left(at).compare(localPart, Qt::CaseInsensitive) != 0)
                continue;
            score = MaxEdits + 1;
        }
        candidates.push_back({score, row, users.field(row, Core::DirectoryTable::EmailField)});
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &left, const Candidate &right) {
        if (left.score != right.score)
            return left.score < right.score;
        return left.email < right.email;
    });
    QList<Core::DirectoryUser> similar;
    for (const Candidate &candidate : candidates) {
        if (similar.size() >= maxCount)
            break;
        similar.append(users.user(candidate.row));
    }
    return similar;
}

} // namespace CardDesk::Models
