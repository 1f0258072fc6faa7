// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directorytable.h"

#include "core/searchfold.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <algorithm>
#include <thread>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDirectoryTable, "carddesk.core.directorytable")

namespace CardDesk::Core {

namespace {

bool isAscii(QStringView text)
{
    // One OR over all units, without an early exit, so the compiler can vectorize the loop.
    char16_t bits = 0;
    for (const QChar c : text)
        bits |= c.unicode();
    return bits < 0x80;
}

bool isAsciiLetterOrDigit(uchar byte)
{
    return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || (byte >= '0' && byte <= '9');
}

std::u16string_view toStdView(QStringView text)
{
    return std::u16string_view(text.utf16(), size_t(text.size()));
}

// Appends text case-folded, as QString::toCaseFolded() folds it. ASCII, nearly all of a
// directory, is lowered in place without a temporary string.
void appendFolded(QString *keys, QStringView text)
{
    if (!isAscii(text)) {
        keys->append(text.toString().toCaseFolded());
        return;
    }
    const qsizetype start = keys->size();
    keys->resize(start + text.size());
    QChar *out = keys->data() + start;
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        *out++ = QChar(unit >= u'A' && unit <= u'Z' ? char16_t(unit + (u'a' - u'A')) : unit);
    }
}

// Appends the name sort key of a user: the case-folded first name, a null character and the
// case-folded last name, or the email when both names are empty. The null character makes "Ann Zed"
// sort before "Anna Bee".
void appendNameKey(QString *keys, const DirectoryTable &table, int row)
{
    const QStringView firstName = table.field(row, DirectoryTable::FirstNameField);
    const QStringView lastName = table.field(row, DirectoryTable::LastNameField);
    const bool hasName = !firstName.isEmpty() || !lastName.isEmpty();
    appendFolded(keys, hasName ? firstName : table.field(row, DirectoryTable::EmailField));
    keys->append(QChar(0));
    if (hasName)
        appendFolded(keys, lastName);
}

void appendEmailKey(QString *keys, const DirectoryTable &table, int row)
{
    appendFolded(keys, table.field(row, DirectoryTable::EmailField));
}

// Returns every row of table in ascending order of the key that appendKey appends for it, ties by
// user id.
std::vector<int> sortRowsByKey(const DirectoryTable &table,
                               void (*appendKey)(QString *, const DirectoryTable &, int))
{
    const int rows = table.userCount();

    // Every row's key, back to back in one buffer. Many users share a first name or the start of
    // an email, so many keys tie on any short prefix, and keeping the whole keys lets those ties
    // compare without building a key again.
    QString keys;
    keys.reserve(qsizetype(rows) * 16);
    std::vector<quint32> keyStarts(size_t(rows) + 1);
    for (int row = 0; row < rows; ++row) {
        keyStarts[size_t(row)] = quint32(keys.size());
        appendKey(&keys, table, row);
    }
    keyStarts[size_t(rows)] = quint32(keys.size());
    const auto keyOf = [&keys, &keyStarts](int row) {
        return toStdView(QStringView(keys).sliced(keyStarts[size_t(row)],
                                                  keyStarts[size_t(row) + 1] - keyStarts[size_t(row)]));
    };

    // The first eight UTF-16 units of each key, packed into two integers with zero padding, order
    // like the keys wherever the integers differ. So the sort compares integers in one contiguous
    // array, and only rows whose keys share their first eight units compare as text afterwards.
    struct SortItem
    {
        quint64 high;
        quint64 low;
        int row;
    };
    std::vector<SortItem> items(static_cast<size_t>(rows));
    for (int row = 0; row < rows; ++row) {
        const std::u16string_view key = keyOf(row);
        quint64 packed[2] = {0, 0};
        for (size_t i = 0; i < std::min<size_t>(key.size(), 8); ++i)
            packed[i / 4] |= quint64(key[i]) << (16 * (3 - i % 4));
        items[size_t(row)] = SortItem{packed[0], packed[1], row};
    }
    const auto samePrefix = [](const SortItem &left, const SortItem &right) {
        return left.high == right.high && left.low == right.low;
    };
    std::sort(items.begin(), items.end(), [](const SortItem &left, const SortItem &right) {
        return left.high != right.high ? left.high < right.high : left.low < right.low;
    });

    // Within each run of equal prefixes, the whole key and then the user id decide.
    // std::u16string_view compares UTF-16 units like QStringView::compare(), with less overhead
    // per call on these short keys.
    const auto byWholeKey = [&table, &keyOf](const SortItem &left, const SortItem &right) {
        if (const int order = keyOf(left.row).compare(keyOf(right.row)))
            return order < 0;
        return toStdView(table.field(left.row, DirectoryTable::UserIdField))
                   .compare(toStdView(table.field(right.row, DirectoryTable::UserIdField))) < 0;
    };
    for (auto first = items.begin(); first != items.end();) {
        const auto last = std::find_if(first + 1, items.end(),
                                       [&](const SortItem &item) { return !samePrefix(*first, item); });
        if (last - first > 1)
            std::sort(first, last, byWholeKey);
        first = last;
    }
    std::vector<int> order(static_cast<size_t>(rows));
    std::transform(items.cbegin(), items.cend(), order.begin(),
                   [](const SortItem &item) { return item.row; });
    return order;
}

} // namespace

QString DirectoryTable::displayName(int row) const
{
    const QString name = QString(field(row, FirstNameField) + u' ' + field(row, LastNameField)).trimmed();
    return name.isEmpty() ? field(row, EmailField).toString() : name;
}

DirectoryUser DirectoryTable::user(int row) const
{
    DirectoryUser user;
    user.userId = field(row, UserIdField).toString();
    user.email = field(row, EmailField).toString();
    user.userName = field(row, UserNameField).toString();
    user.firstName = field(row, FirstNameField).toString();
    user.lastName = field(row, LastNameField).toString();
    user.status = m_statuses.at(m_statusIndex[size_t(row)]);
    user.primaryLocationId = field(row, PrimaryLocationIdField).toString();
    user.primaryGroupId = field(row, PrimaryGroupIdField).toString();
    user.onboarded = isOnboarded(row);
    return user;
}

int DirectoryTable::rowOfUser(QStringView userId) const
{
    return m_rowByUserId.value(userId, -1);
}

QString DirectoryTable::locationName(int row) const
{
    const int location = locationIndex(row);
    return location < 0 ? QString() : m_locations.at(location).name;
}

bool DirectoryTable::startsWord(QByteArrayView text, qsizetype position)
{
    if (position == 0)
        return true;
    const uchar before = uchar(text.at(position - 1));
    if (before < 0x80)
        return !isAsciiLetterOrDigit(before);
    // Step back over continuation bytes (10xxxxxx) to the lead byte of the previous character.
    qsizetype lead = position - 1;
    while (lead > 0 && (uchar(text.at(lead)) & 0xc0) == 0x80)
        --lead;
    const QList<uint> previous = QString::fromUtf8(text.sliced(lead, position - lead)).toUcs4();
    return previous.isEmpty() || !QChar::isLetterOrNumber(char32_t(previous.constFirst()));
}

namespace {

// Sets the bit of the byte pair (first, second) in signature when add is true: the top eight bits
// of a multiplicative hash of the pair pick one of the 256 bits. The flag keeps the loop that
// builds a row's signature free of branches.
void addPair(DirectoryTable::PairSignature &signature, uchar first, uchar second, bool add = true)
{
    const quint32 bit = ((quint32(first) << 8 | second) * 2654435761u) >> 24;
    signature[bit >> 6] |= quint64(add) << (bit & 63);
}

} // namespace

DirectoryTable::PairSignature DirectoryTable::pairSignature(QByteArrayView word)
{
    PairSignature signature{};
    const auto *bytes = reinterpret_cast<const uchar *>(word.data());
    for (qsizetype i = 1; i < word.size(); ++i)
        addPair(signature, bytes[i - 1], bytes[i]);
    return signature;
}

QByteArrayView DirectoryTable::searchTextOf(int row) const
{
    const quint32 start = m_searchStarts[size_t(row)];
    return QByteArrayView(m_searchText).sliced(start, m_searchStarts[size_t(row) + 1] - start);
}

DirectoryTableBuilder::DirectoryTableBuilder(QList<Location> locations, qsizetype expectedUsers)
    : m_table(std::make_unique<DirectoryTable>())
{
    m_table->m_locations = std::move(locations);
    for (int i = 0; i < m_table->m_locations.size(); ++i)
        m_locationIndexById.emplace(toStdView(m_table->m_locations.at(i).locationId), i);
    const size_t expected = size_t(std::max<qsizetype>(expectedUsers, 0));
    m_table->m_text.reserve(qsizetype(expected) * 96);
    m_table->m_fieldStarts.reserve(expected * DirectoryTable::FieldCount + 1);
    m_table->m_fieldStarts.push_back(0);
    m_table->m_statusIndex.reserve(expected);
    m_table->m_locationIndex.reserve(expected);
    m_table->m_onboarded.reserve(expected);
    m_table->m_searchText.reserve(qsizetype(expected) * 100);
    m_table->m_searchStarts.reserve(expected + 1);
    m_table->m_containedCharacters.reserve(expected);
    m_table->m_wordStartCharacters.reserve(expected);
    m_table->m_pairSignatures.reserve(expected);
    m_table->m_searchStarts.push_back(0);
}

DirectoryTableBuilder::~DirectoryTableBuilder() = default;

// Folds one field into the search text. ASCII text only needs lower case, because Unicode
// normalization leaves it unchanged and it has no marks to strip, so the costly normalization
// runs only on other text.
void DirectoryTableBuilder::appendSearchText(QStringView text)
{
    QByteArray &search = m_table->m_searchText;
    if (isAscii(text)) {
        // Writes through a pointer, because append() per character checks capacity each time.
        const qsizetype start = search.size();
        search.resize(start + text.size() + 1);
        char *out = search.data() + start;
        for (const QChar c : text) {
            const char latin = char(c.unicode());
            *out++ = latin >= 'A' && latin <= 'Z' ? char(latin + ('a' - 'A')) : latin;
        }
        *out = DirectoryTable::SearchFieldSeparator;
        return;
    }
    search.append(foldForSearch(text).toUtf8());
    search.append(DirectoryTable::SearchFieldSeparator);
}

// Returns the index of status in the table's statuses, adding it when it is new. A directory has
// a handful of statuses, so the last one is checked before the hash.
int DirectoryTableBuilder::internStatus(QStringView status)
{
    QList<QString> &statuses = m_table->m_statuses;
    const std::vector<quint32> &indexes = m_table->m_statusIndex;
    if (!indexes.empty() && statuses.at(indexes.back()) == status)
        return int(indexes.back());
    if (const auto found = m_statusIndexByText.find(toStdView(status)); found != m_statusIndexByText.end())
        return found->second;
    const int index = int(statuses.size());
    statuses.append(status.toString());
    m_statusIndexByText.emplace(toStdView(statuses.constLast()), index);
    return index;
}

void DirectoryTableBuilder::addUser(const QString (&fields)[DirectoryTable::FieldCount],
                                    const QString &status, bool onboarded)
{
    Q_ASSERT_X(m_table, "DirectoryTableBuilder", "addUser() after finish()");
    DirectoryTable &table = *m_table;
    for (const QString &field : fields) {
        table.m_text.append(field);
        table.m_fieldStarts.push_back(quint32(table.m_text.size()));
    }
    endRow(status, onboarded);
}

bool DirectoryTableBuilder::addPackedUtf8User(QByteArrayView packed, bool onboarded)
{
    Q_ASSERT_X(m_table, "DirectoryTableBuilder", "addPackedUtf8User() after finish()");
    constexpr char End = char(0xff);
    if (packed.count(End) != DirectoryTable::FieldCount + 1 || !packed.endsWith(End))
        return false;
    DirectoryTable &table = *m_table;
    qsizetype start = 0;
    for (int field = 0; field < DirectoryTable::FieldCount; ++field) {
        const qsizetype end = packed.indexOf(End, start);
        appendUtf8Field(packed.sliced(start, end - start));
        table.m_fieldStarts.push_back(quint32(table.m_text.size()));
        start = end + 1;
    }
    // The status is the last field. It is decoded behind the row's fields only for the lookup,
    // which copies it once per distinct status, and removed again.
    const qsizetype statusStart = table.m_text.size();
    appendUtf8Field(packed.sliced(start, packed.size() - 1 - start));
    endRow(QStringView(table.m_text).sliced(statusStart), onboarded);
    table.m_text.truncate(statusStart);
    return true;
}

// Appends UTF-8 text to the text buffer. ASCII is widened in place, because it is nearly all of a
// directory and QString::fromUtf8() would allocate a string per field.
void DirectoryTableBuilder::appendUtf8Field(QByteArrayView text)
{
    QString &buffer = m_table->m_text;
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](char c) { return uchar(c) < 0x80; });
    if (!ascii) {
        buffer.append(QString::fromUtf8(text));
        return;
    }
    const qsizetype start = buffer.size();
    buffer.resize(start + text.size());
    QChar *out = buffer.data() + start;
    for (const char c : text)
        *out++ = QLatin1Char(c);
}

// Adds the status, location, search text and character sets of the row whose fields were just
// appended to the text buffer.
void DirectoryTableBuilder::endRow(QStringView status, bool onboarded)
{
    DirectoryTable &table = *m_table;
    const int row = int(table.m_onboarded.size());
    table.m_statusIndex.push_back(quint32(internStatus(status)));
    const auto location =
        m_locationIndexById.find(toStdView(table.field(row, DirectoryTable::PrimaryLocationIdField)));
    const int locationIndex = location == m_locationIndexById.end() ? -1 : location->second;
    table.m_locationIndex.push_back(locationIndex);
    table.m_onboarded.push_back(onboarded);

    for (const DirectoryTable::Field field :
         {DirectoryTable::FirstNameField, DirectoryTable::LastNameField, DirectoryTable::EmailField,
          DirectoryTable::UserNameField, DirectoryTable::UserIdField})
        appendSearchText(table.field(row, field));
    appendSearchText(locationIndex < 0 ? QStringView()
                                       : QStringView(table.m_locations.at(locationIndex).name));
    table.m_searchStarts.push_back(quint32(table.m_searchText.size()));
    addCharacterSets(row);
}

// Records which ASCII letters and digits occur in the row, and which start a word, so a one-letter
// search needs no text scan and longer words skip rows that lack one of their letters.
void DirectoryTableBuilder::addCharacterSets(int row)
{
    DirectoryTable &table = *m_table;
    const QByteArrayView text = table.searchTextOf(row);
    const uchar *bytes = reinterpret_cast<const uchar *>(text.data());
    quint64 contained = 0;
    quint64 wordStarts = 0;
    // Pairs with a field separator or a space are left out of the pair signature, because a search
    // word contains neither, and fewer bits set means fewer rows that pass without a match.
    DirectoryTable::PairSignature pairs{};
    constexpr auto separator = uchar(DirectoryTable::SearchFieldSeparator);
    bool afterBreak = true;
    // The ASCII case of DirectoryTable::startsWord() without branches, because it is nearly every
    // byte: a letter or digit starts a word after a byte that is neither. Bytes of other characters
    // take the full check.
    bool afterWordBreak = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const uchar byte = bytes[i];
        const quint64 bit = DirectoryTable::CharacterBits[byte];
        contained |= bit;
        if (i > 0 && bytes[i - 1] >= 0x80) [[unlikely]]
            afterWordBreak = DirectoryTable::startsWord(text, i);
        wordStarts |= afterWordBreak ? bit : 0;
        afterWordBreak = byte < 0x80 && !isAsciiLetterOrDigit(byte);

        const bool isBreak = byte == separator || byte == ' ';
        if (i > 0)
            addPair(pairs, bytes[i - 1], byte, !(isBreak || afterBreak));
        afterBreak = isBreak;
    }
    table.m_containedCharacters.push_back(contained);
    table.m_wordStartCharacters.push_back(wordStarts);
    table.m_pairSignatures.push_back(pairs);
}

void DirectoryTableBuilder::addUser(const DirectoryUser &user)
{
    const QString fields[DirectoryTable::FieldCount] = {
        user.userId,         user.email, user.userName, user.firstName, user.lastName, user.primaryLocationId,
        user.primaryGroupId,
    };
    addUser(fields, user.status, user.onboarded);
}

std::shared_ptr<const DirectoryTable> DirectoryTableBuilder::finish()
{
    QElapsedTimer timer;
    timer.start();
    DirectoryTable &table = *m_table;
    table.m_text.squeeze();
    table.m_searchText.squeeze();
    table.m_fieldStarts.shrink_to_fit();
    table.m_searchStarts.shrink_to_fit();
    table.m_pairSignatures.shrink_to_fit();

    // The email order is sorted on a second thread while this one sorts by name and keys the
    // rows by user id. Both only read the table, and each writes its own member.
    std::thread emailSort([&table] { table.m_emailOrder = sortRowsByKey(table, appendEmailKey); });
    table.m_nameOrder = sortRowsByKey(table, appendNameKey);
    // The views point into m_text, which no longer changes.
    const int rows = table.userCount();
    table.m_rowByUserId.reserve(rows);
    for (int row = rows - 1; row >= 0; --row)
        table.m_rowByUserId.insert(table.field(row, DirectoryTable::UserIdField), row);
    emailSort.join();
    qCDebug(lcDirectoryTable) << "sorted and keyed" << rows << "users in" << timer.elapsed() << "ms";

    return std::shared_ptr<const DirectoryTable>(std::move(m_table));
}

std::shared_ptr<const DirectoryTable> makeDirectoryTable(const QList<DirectoryUser> &users,
                                                         const QList<Location> &locations)
{
    DirectoryTableBuilder builder(locations, users.size());
    for (const DirectoryUser &user : users)
        builder.addUser(user);
    return builder.finish();
}

} // namespace CardDesk::Core
