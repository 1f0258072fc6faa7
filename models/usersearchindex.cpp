// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "usersearchindex.h"

#include "core/searchfold.h"

#include <QByteArrayMatcher>

#include <algorithm>
#include <cstring>

namespace CardDesk::Models {

namespace {

constexpr char FieldSeparator = Core::DirectoryTable::SearchFieldSeparator;

MatchLevel levelAt(QByteArrayView entry, qsizetype position)
{
    return Core::DirectoryTable::startsWord(entry, position) ? MatchLevel::Prefix : MatchLevel::Contains;
}

// Finds a word in a byte buffer. Short texts (one row) use memchr for the first byte and memcmp for
// the rest, which costs less than setting up a skip search; long texts (every row) use
// QByteArrayMatcher's Boyer-Moore skip table.
class WordFinder
{
public:
    explicit WordFinder(const QByteArray &word)
        : m_word(word)
        , m_matcher(word)
    {}

    qsizetype indexIn(QByteArrayView text, qsizetype from) const
    {
        constexpr qsizetype SkipSearchMinimum = 4096;
        if (m_word.size() > 1 && text.size() - from >= SkipSearchMinimum)
            return m_matcher.indexIn(text.data(), text.size(), from);
        const char *data = text.data();
        const qsizetype last = text.size() - m_word.size();
        while (from <= last) {
            const void *found = std::memchr(data + from, m_word.at(0), size_t(last - from + 1));
            if (!found)
                return -1;
            const qsizetype position = static_cast<const char *>(found) - data;
            if (std::memcmp(data + position + 1, m_word.constData() + 1, size_t(m_word.size() - 1)) == 0)
                return position;
            from = position + 1;
        }
        return -1;
    }

private:
    QByteArray m_word;
    QByteArrayMatcher m_matcher;
};

// Raises level to the best match of the finder's word in one row's search text.
void scanRow(const WordFinder &finder, QByteArrayView entry, MatchLevel *level)
{
    for (qsizetype position = finder.indexIn(entry, 0); position >= 0;
         position = finder.indexIn(entry, position + 1)) {
        *level = std::max(*level, levelAt(entry, position));
        if (*level == MatchLevel::Prefix)
            break;
    }
}

// Returns the character bits a row must contain to match word, from DirectoryTable::characterBit().
quint64 requiredCharacters(const QByteArray &word)
{
    quint64 bits = 0;
    for (const char byte : word)
        bits |= Core::DirectoryTable::characterBit(byte);
    return bits;
}

// Scans a buffer of entries once, so a frequent word costs one pass rather than one call per row.
// starts holds each entry's start plus a sentinel; rowOf maps an entry to its source row.
template<typename RowOf>
void scanEntries(QByteArrayView text, const std::vector<quint32> &starts, RowOf rowOf, const QByteArray &word,
                 std::vector<MatchLevel> *wordLevels)
{
    const WordFinder finder(word);
    size_t entry = 0;
    qsizetype position = finder.indexIn(text, 0);
    while (position >= 0) {
        while (starts[entry + 1] <= position)
            ++entry;
        const qsizetype start = starts[entry];
        const qsizetype end = starts[entry + 1];
        MatchLevel &level = (*wordLevels)[size_t(rowOf(entry))];
        level = std::max(level, levelAt(text.sliced(start, end - start), position - start));
        // A row that already matches at a word start cannot rank higher, so skip its other hits.
        position = finder.indexIn(text, level == MatchLevel::Prefix ? end : position + 1);
    }
}

} // namespace

void UserSearchIndex::setTable(std::shared_ptr<const Core::DirectoryTable> table)
{
    m_table = std::move(table);
    m_rowCount = m_table ? m_table->userCount() : 0;
    setCardNumbers({});
}

void UserSearchIndex::setCardNumbers(const QList<std::pair<int, QStringList>> &numbersByRow)
{
    m_cardText.clear();
    m_cardStarts.assign(1, 0);
    m_cardRows.clear();
    m_cardText.reserve(numbersByRow.size() * 12);
    m_cardRows.reserve(size_t(numbersByRow.size()));
    m_cardStarts.reserve(size_t(numbersByRow.size()) + 1);
    for (const auto &[row, numbers] : numbersByRow) {
        if (row < 0 || row >= m_rowCount || numbers.isEmpty())
            continue;
        for (const QString &number : numbers) {
            appendFoldedCardNumber(number);
            m_cardText.append(FieldSeparator);
        }
        m_cardStarts.push_back(quint32(m_cardText.size()));
        m_cardRows.push_back(row);
    }
}

// Appends number as foldForSearch() folds it. Card numbers are nearly always ASCII, whose fold is
// its lower case, and skipping the Unicode fold keeps 200,000 numbers within a few milliseconds.
void UserSearchIndex::appendFoldedCardNumber(QStringView number)
{
    const bool ascii =
        std::all_of(number.cbegin(), number.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii) {
        m_cardText.append(Core::foldForSearch(number).toUtf8());
        return;
    }
    for (const QChar c : number) {
        const char byte = char(c.unicode());
        m_cardText.append(byte >= 'A' && byte <= 'Z' ? char(byte - 'A' + 'a') : byte);
    }
}

QByteArrayList UserSearchIndex::queryWords(QStringView text)
{
    QString folded = Core::foldForSearch(text);
    for (QChar &character : folded) {
        if (character.category() == QChar::Other_Control || character.isSpace())
            character = QChar(u' ');
    }
    QByteArrayList words;
    for (const QString &word : folded.split(QChar(u' '), Qt::SkipEmptyParts))
        words.append(word.toUtf8());
    return words;
}

void UserSearchIndex::scanDirectory(const QByteArray &word, std::vector<MatchLevel> *wordLevels) const
{
    if (!m_table)
        return;
    const Core::DirectoryTable &table = *m_table;
    // A one-letter or one-digit word needs only the character sets: it starts a word or occurs.
    if (const quint64 bit = Core::DirectoryTable::characterBit(word.size() == 1 ? word.at(0) : '\0')) {
        for (int row = 0; row < m_rowCount; ++row) {
            if (table.wordStartCharacters(row) & bit)
                (*wordLevels)[size_t(row)] = MatchLevel::Prefix;
            else if (table.containedCharacters(row) & bit)
                (*wordLevels)[size_t(row)] = MatchLevel::Contains;
        }
        return;
    }
    // A longer word reads the text of only the rows whose character set and byte-pair signature
    // allow it, which is a small part of the directory for a word of three or more characters.
    const WordFinder finder(word);
    const quint64 required = requiredCharacters(word);
    const Core::DirectoryTable::PairSignature pairs = Core::DirectoryTable::pairSignature(word);
    for (int row = 0; row < m_rowCount; ++row) {
        if ((table.containedCharacters(row) & required) != required || !table.mayContainPairs(row, pairs))
            continue;
        scanRow(finder, table.searchTextOf(row), &(*wordLevels)[size_t(row)]);
    }
}

void UserSearchIndex::scanCards(const QByteArray &word, std::vector<MatchLevel> *wordLevels) const
{
    scanEntries(
        m_cardText, m_cardStarts, [this](size_t entry) { return m_cardRows[entry]; }, word, wordLevels);
}

// Scans only the given rows of the directory buffer, for a search that narrows an earlier one.
void UserSearchIndex::scanRows(const QByteArray &word, const QList<int> &rows,
                               std::vector<MatchLevel> *wordLevels) const
{
    const WordFinder finder(word);
    const quint64 required = requiredCharacters(word);
    const Core::DirectoryTable::PairSignature pairs = Core::DirectoryTable::pairSignature(word);
    for (const int row : rows) {
        if ((m_table->containedCharacters(row) & required) != required ||
            !m_table->mayContainPairs(row, pairs))
            continue;
        scanRow(finder, m_table->searchTextOf(row), &(*wordLevels)[size_t(row)]);
    }
}

QList<int> UserSearchIndex::search(const QByteArrayList &words, const QList<int> *candidates,
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
    for (const QByteArray &word : words) {
        std::fill(wordLevels.begin(), wordLevels.end(), MatchLevel::None);
        // One pass over the whole buffer costs less than a search per row once the candidates are
        // a large part of the directory.
        if (everyRow || current.size() > m_rowCount / 4)
            scanDirectory(word, &wordLevels);
        else
            scanRows(word, current, &wordLevels);
        scanCards(word, &wordLevels);

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
