// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directorytable.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace CardDesk::Models {

/// The quality of a row's match: every word occurs (Contains), or every word occurs at the start
/// of a word in some field (Prefix). Prefix matches rank first.
enum class MatchLevel : quint8
{
    None,
    Contains,
    Prefix
};

/// A plain-text search index over the rows of a Core::DirectoryTable.
///
/// The table already contains each row's name, email, user name, user id and location name folded
/// with Core::foldForSearch, as UTF-8 in one contiguous buffer, so setting a table costs nothing
/// here. A search is a few byte-substring scans over that buffer instead of a per-row call through
/// the item model. Card numbers sit in a second, smaller buffer that can be replaced without
/// touching the table. Matching folded UTF-8 bytes is exact, because UTF-8 never matches a
/// whole character's encoding inside another character.
class UserSearchIndex final
{
public:
    /// Uses table's search text and drops the card numbers. A null table empties the index.
    void setTable(std::shared_ptr<const Core::DirectoryTable> table);
    /// Replaces the searchable card numbers, by source row.
    void setCardNumbers(const QList<std::pair<int, QStringList>> &numbersByRow);
    int rowCount() const { return m_rowCount; }

    /// Folds text and splits it into the words a search must all find, as UTF-8. Control
    /// characters are dropped, because they separate fields in the index.
    static QByteArrayList queryWords(QStringView text);

    /// Sets levels[row] for every row of candidates (every row when candidates is null) and
    /// returns the rows that match all words. levels is resized to rowCount(); rows outside
    /// candidates get MatchLevel::None. An empty words list matches nothing.
    QList<int> search(const QByteArrayList &words, const QList<int> *candidates,
                      std::vector<MatchLevel> *levels) const;

private:
    void appendFoldedCardNumber(QStringView number);
    void scanDirectory(const QByteArray &word, std::vector<MatchLevel> *wordLevels) const;
    void scanCards(const QByteArray &word, std::vector<MatchLevel> *wordLevels) const;
    void scanRows(const QByteArray &word, const QList<int> &rows, std::vector<MatchLevel> *wordLevels) const;

    std::shared_ptr<const Core::DirectoryTable> m_table;
    QByteArray m_cardText;             // Folded card numbers, each followed by the field separator.
    std::vector<quint32> m_cardStarts; // Start of each row's card numbers, plus a sentinel.
    std::vector<int> m_cardRows;       // Source row per entry of m_cardStarts.
    int m_rowCount = 0;
};

} // namespace CardDesk::Models
