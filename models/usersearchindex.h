// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace CardDesk::Models {

class UserTableModel;

/// The quality of a row's match: every word occurs (Contains), or every word occurs at the start
/// of a word in some field (Prefix). Prefix matches rank first.
enum class MatchLevel : quint8
{
    None,
    Contains,
    Prefix
};

/// A plain-text search index over the rows of a UserTableModel.
///
/// Each row's name, email, user name, user id and location name are folded once with
/// Core::foldForSearch and stored in one contiguous buffer. A search is then a few substring scans
/// over that buffer instead of a per-row call through the item model. Card numbers sit in a
/// second, smaller buffer that can be replaced without folding the directory again.
class UserSearchIndex final
{
public:
    /// Folds and stores the directory columns of every row of users.
    void rebuild(const UserTableModel &users);
    /// Replaces the searchable card numbers, by source row.
    void setCardNumbers(const QList<std::pair<int, QStringList>> &numbersByRow);
    int rowCount() const { return m_rowCount; }

    /// Folds text and splits it into the words a search must all find. Control characters are
    /// dropped, because they separate fields in the index.
    static QStringList queryWords(QStringView text);

    /// Sets levels[row] for every row of candidates (every row when candidates is null) and
    /// returns the rows that match all words. levels is resized to rowCount(); rows outside
    /// candidates get MatchLevel::None. An empty words list matches nothing.
    QList<int> search(const QStringList &words, const QList<int> *candidates,
                      std::vector<MatchLevel> *levels) const;

private:
    /// Folded text of several entries, each entry belonging to one source row.
    struct Segment
    {
        QString text;
        QList<qsizetype> starts; // Start of each entry, plus the end of the text as a sentinel.
        QList<int> rows;         // Source row per entry; empty means entry i is row i.

        void clear();
        void append(int row, const QString &foldedText);
        int rowOfEntry(qsizetype entry) const;
    };

    void scanSegment(const Segment &segment, const QString &word, std::vector<MatchLevel> *wordLevels) const;
    void scanRows(const QString &word, const QList<int> &rows, std::vector<MatchLevel> *wordLevels) const;

    Segment m_directory;
    Segment m_cards;
    int m_rowCount = 0;
};

} // namespace CardDesk::Models
