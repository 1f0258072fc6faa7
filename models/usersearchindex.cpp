// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "usersearchindex.h"

#include "usertablemodel.h"

#include "core/searchfold.h"

#include <QStringMatcher>

#include <algorithm>

namespace CardDesk::Models {

namespace {

// Separates the fields of one row, so a word never matches across two fields.
constexpr QChar FieldSeparator(0x1f);

bool startsWord(QStringView entry, qsizetype position)
{
    return position == 0 || !entry.at(position - 1).isLetterOrNumber();
}

// Folds one field. ASCII text only needs lower case, because Unicode normalization leaves it
// unchanged and it has no marks to strip, so the costly normalization runs only on other text.
QString foldField(const QString &text)
{
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    return ascii ? text.toLower() : Core::foldForSearch(text);
}

MatchLevel levelAt(QStringView entry, qsizetype position)
{
    return startsWord(entry, position) ? MatchLevel::Prefix : MatchLevel::Contains;
}

} // namespace

void UserSearchIndex::Segment::clear()
{
    text.clear();
    starts = {0};
    rows.clear();
}

void UserSearchIndex::Segment::append(int row, const QString &foldedText)
{
    text.append(foldedText);
    text.append(FieldSeparator);
    starts.append(text.size());
    rows.append(row);
}

int UserSearchIndex::Segment::rowOfEntry(qsizetype entry) const
{
    return rows.isEmpty() ? int(entry) : rows.at(entry);
}

void UserSearchIndex::rebuild(const UserTableModel &users)
{
    m_rowCount = users.rowCount();
    m_directory.clear();
    m_directory.text.reserve(qsizetype(m_rowCount) * 80);
    m_directory.starts.reserve(m_rowCount + 1);
    for (int row = 0; row < m_rowCount; ++row) {
        const Core::DirectoryUser &user = users.userAt(row);
        for (const QString &field : {user.firstName, user.lastName, user.email, user.userName, user.userId,
                                     users.locationNameAt(row)}) {
            m_directory.text.append(foldField(field));
            m_directory.text.append(FieldSeparator);
        }
        m_directory.starts.append(m_directory.text.size());
    }
    // Entry i of the directory segment is row i, so it needs no row list.
    m_directory.text.squeeze();
    m_cards.clear();
}

void UserSearchIndex::setCardNumbers(const QList<std::pair<int, QStringList>> &numbersByRow)
{
    m_cards.clear();
    for (const auto &[row, numbers] : numbersByRow) {
        if (row < 0 || row >= m_rowCount || numbers.isEmpty())
            continue;
        m_cards.append(row, Core::foldForSearch(numbers.join(FieldSeparator)));
    }
}

QStringList UserSearchIndex::queryWords(QStringView text)
{
    QString folded = Core::foldForSearch(text);
    for (QChar &character : folded) {
        if (character.category() == QChar::Other_Control || character.isSpace())
            character = QChar(u' ');
    }
    return folded.split(QChar(u' '), Qt::SkipEmptyParts);
}

// Scans the whole buffer once, so a frequent word costs one pass rather than one call per row.
void UserSearchIndex::scanSegment(const Segment &segment, const QString &word,
                                  std::vector<MatchLevel> *wordLevels) const
{
    const QStringMatcher matcher(word, Qt::CaseSensitive);
    const QStringView text(segment.text);
    qsizetype entry = 0;
    qsizetype position = matcher.indexIn(text, 0);
    while (position >= 0) {
        while (segment.starts.at(entry + 1) <= position)
            ++entry;
        const qsizetype start = segment.starts.at(entry);
        const qsizetype end = segment.starts.at(entry + 1);
        MatchLevel &level = (*wordLevels)[segment.rowOfEntry(entry)];
        level = std::max(level, levelAt(text.mid(start, end - start), position - start));
        // A row that already matches at a word start cannot rank higher, so skip its other hits.
        position = matcher.indexIn(text, level == MatchLevel::Prefix ? end : position + 1);
    }
}

// Scans only the given rows of the directory buffer, for a search that narrows an earlier one.
void UserSearchIndex::scanRows(const QString &word, const QList<int> &rows,
                               std::vector<MatchLevel> *wordLevels) const
{
    const QStringMatcher matcher(word, Qt::CaseSensitive);
    const QStringView text(m_directory.text);
    for (const int row : rows) {
        const qsizetype start = m_directory.starts.at(row);
        const QStringView entry = text.mid(start, m_directory.starts.at(row + 1) - start);
        MatchLevel &level = (*wordLevels)[row];
        for (qsizetype position = matcher.indexIn(entry, 0); position >= 0;
             position = matcher.indexIn(entry, position + 1)) {
            level = std::max(level, levelAt(entry, position));
            if (level == MatchLevel::Prefix)
                break;
        }
    }
}

QList<int> UserSearchIndex::search(const QStringList &words, const QList<int> *candidates,
                                   std::vector<MatchLevel> *levels) const
{
    levels->assign(size_t(m_rowCount), MatchLevel::None);
    if (words.isEmpty())
        return {};

    std::vector<MatchLevel> wordLevels(size_t(m_rowCount), MatchLevel::None);
    QList<int> current;
    bool everyRow = candidates == nullptr;
    if (candidates)
        current = *candidates;
    for (const QString &word : words) {
        std::fill(wordLevels.begin(), wordLevels.end(), MatchLevel::None);
        if (everyRow)
            scanSegment(m_directory, word, &wordLevels);
        else
            scanRows(word, current, &wordLevels);
        scanSegment(m_cards, word, &wordLevels);

        QList<int> next;
        if (everyRow) {
            // The first word over every row: its levels become the row levels.
            for (int row = 0; row < m_rowCount; ++row) {
                if (wordLevels[size_t(row)] == MatchLevel::None)
                    continue;
                (*levels)[size_t(row)] = wordLevels[size_t(row)];
                next.append(row);
            }
            everyRow = false;
        } else {
            const bool first = &word == &words.first();
            for (const int row : std::as_const(current)) {
                MatchLevel &level = (*levels)[size_t(row)];
                level = first ? wordLevels[size_t(row)] : std::min(level, wordLevels[size_t(row)]);
                if (level != MatchLevel::None)
                    next.append(row);
            }
        }
        current = std::move(next);
        if (current.isEmpty())
            break;
    }
    return current;
}

} // namespace CardDesk::Models
