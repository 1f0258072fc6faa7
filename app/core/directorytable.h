// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directoryuser.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace CardDesk::Core {

/// An immutable, compact copy of the user directory with its search text and name order.
///
/// Every text field of every user sits in one UTF-16 buffer and is addressed by offsets, and
/// statuses and locations are stored once, so 200,000 users cost a few hundred bytes each
/// instead of nine heap strings each. Build it with DirectoryTableBuilder on any thread. Once
/// built it never changes, so threads can share it through a std::shared_ptr without locks.
class DirectoryTable final
{
public:
    /// The text fields stored per user, in storage order.
    enum Field : quint8
    {
        UserIdField,
        EmailField,
        UserNameField,
        FirstNameField,
        LastNameField,
        PrimaryLocationIdField,
        PrimaryGroupIdField,
        FieldCount
    };

    int userCount() const { return int(m_onboarded.size()); }
    QStringView field(int row, Field field) const
    {
        const size_t slot = size_t(row) * FieldCount + field;
        return QStringView(m_text).sliced(m_fieldStarts[slot], m_fieldStarts[slot + 1] - m_fieldStarts[slot]);
    }
    QStringView status(int row) const { return m_statuses.at(m_statusIndex[size_t(row)]); }
    /// Returns the index of the row's status in statuses().
    int statusIndex(int row) const { return int(m_statusIndex[size_t(row)]); }
    /// Every distinct status, each once.
    const QList<QString> &statuses() const { return m_statuses; }
    bool isOnboarded(int row) const { return m_onboarded[size_t(row)]; }
    /// Returns "First Last", or the email when both names are empty, as DirectoryUser does.
    QString displayName(int row) const;
    /// Returns a copy of the user in row.
    DirectoryUser user(int row) const;
    /// Returns the row of the user, or -1 when the user is not in the table.
    int rowOfUser(QStringView userId) const;

    const QList<Location> &locations() const { return m_locations; }
    /// Returns the index in locations() of the user's primary location, or -1 when it is unknown.
    int locationIndex(int row) const { return m_locationIndex[size_t(row)]; }
    /// Returns the name of the user's primary location, or an empty string when it is unknown.
    QString locationName(int row) const;

    /// Folded UTF-8 search text of all rows: per row the first and last name, email, user name,
    /// user id and location name, each folded with foldForSearch() and followed by
    /// SearchFieldSeparator.
    const QByteArray &searchText() const { return m_searchText; }
    /// Returns the folded search text of one row, including its trailing separators.
    QByteArrayView searchTextOf(int row) const;
    /// Offset of each row's search text in searchText(), plus the text size as a sentinel.
    const std::vector<quint32> &searchStarts() const { return m_searchStarts; }

    /// Returns a bit set of the ASCII letters and digits (see characterBit()) in row's search text.
    quint64 containedCharacters(int row) const { return m_containedCharacters[size_t(row)]; }
    /// Returns a bit set of the ASCII letters and digits that start a word in row's search text.
    quint64 wordStartCharacters(int row) const { return m_wordStartCharacters[size_t(row)]; }
    /// Returns the bit of a folded ASCII letter or digit in containedCharacters(), or 0 for any
    /// other byte.
    static quint64 characterBit(char byte) { return CharacterBits[uchar(byte)]; }
    /// True when position in folded UTF-8 text starts a word: it is the start, or the character
    /// before it is neither a letter nor a digit.
    static bool startsWord(QByteArrayView text, qsizetype position);

    /// A 256-bit Bloom filter of the adjacent byte pairs in a text, with one hashed bit per pair.
    using PairSignature = std::array<quint64, 4>;
    /// Returns the signature of the byte pairs in a folded word of two or more bytes. A row whose
    /// search text contains the word has every bit of it in pairSignature(row).
    static PairSignature pairSignature(QByteArrayView word);
    /// Returns the signature of the byte pairs within the fields of row's search text.
    const PairSignature &pairSignature(int row) const { return m_pairSignatures[size_t(row)]; }
    /// True when row may contain a word with the signature required; false when it cannot.
    bool mayContainPairs(int row, const PairSignature &required) const
    {
        const PairSignature &signature = m_pairSignatures[size_t(row)];
        return ((signature[0] & required[0]) == required[0]) & ((signature[1] & required[1]) == required[1]) &
               ((signature[2] & required[2]) == required[2]) & ((signature[3] & required[3]) == required[3]);
    }

    /// Every row in ascending name order (UserTableModel's NameColumn order), ties by user id.
    const std::vector<int> &nameOrder() const { return m_nameOrder; }
    /// Every row in ascending case-insensitive email order, ties by user id.
    const std::vector<int> &emailOrder() const { return m_emailOrder; }

    /// Ends each field in searchText(), so a word never matches across two fields.
    static constexpr char SearchFieldSeparator = '\x1f';

private:
    friend class DirectoryTableBuilder;

    // Bit 0 to 25 for 'a' to 'z' and 26 to 35 for '0' to '9', by byte value; 0 for other bytes.
    static constexpr std::array<quint64, 256> CharacterBits = [] {
        std::array<quint64, 256> bits{};
        for (int c = 'a'; c <= 'z'; ++c)
            bits[size_t(c)] = quint64(1) << (c - 'a');
        for (int c = '0'; c <= '9'; ++c)
            bits[size_t(c)] = quint64(1) << (26 + c - '0');
        return bits;
    }();

    QString m_text;                     // Every field of every row, back to back.
    std::vector<quint32> m_fieldStarts; // FieldCount offsets per row into m_text, plus a sentinel.
    std::vector<quint32> m_statusIndex; // Index into m_statuses per row.
    std::vector<qint32> m_locationIndex;
    std::vector<bool> m_onboarded;
    QList<QString> m_statuses;
    QList<Location> m_locations;
    QByteArray m_searchText;
    std::vector<quint32> m_searchStarts;
    std::vector<quint64> m_containedCharacters;
    std::vector<quint64> m_wordStartCharacters;
    std::vector<PairSignature> m_pairSignatures;
    std::vector<int> m_nameOrder;
    std::vector<int> m_emailOrder;
    QHash<QStringView, int> m_rowByUserId; // Views into m_text.
};

/// Collects users one by one, then builds a DirectoryTable. It folds the search text as users
/// arrive and sorts by name and email in finish(), so it is meant for a worker thread at 200,000 users.
class DirectoryTableBuilder final
{
public:
    explicit DirectoryTableBuilder(QList<Location> locations, qsizetype expectedUsers = 0);
    ~DirectoryTableBuilder();
    Q_DISABLE_COPY_MOVE(DirectoryTableBuilder)

    /// Adds a user. fields are indexed by DirectoryTable::Field. Later users with a user id that
    /// is already present are kept as rows, but rowOfUser() finds the first.
    void addUser(const QString (&fields)[DirectoryTable::FieldCount], const QString &status, bool onboarded);
    void addUser(const DirectoryUser &user);
    /// Adds a user from UTF-8 text: the fields in DirectoryTable::Field order, then the status,
    /// each followed by one 0xFF byte, which never occurs in UTF-8. Returns false, adding nothing,
    /// when packed does not hold exactly that many fields.
    bool addPackedUtf8User(QByteArrayView packed, bool onboarded);
    /// Builds the name and email orders and returns the table. Call it once, after the last
    /// addUser().
    std::shared_ptr<const DirectoryTable> finish();

private:
    void appendSearchText(QStringView text);
    void appendUtf8Field(QByteArrayView text);
    void endRow(QStringView status, bool onboarded);
    void addCharacterSets(int row);
    int internStatus(QStringView status);

    std::unique_ptr<DirectoryTable> m_table;
    // Keys view the QStrings in the table's locations and statuses, whose text never moves.
    std::unordered_map<std::u16string_view, int> m_locationIndexById;
    std::unordered_map<std::u16string_view, int> m_statusIndexByText;
};

/// Builds a table from users and locations on the calling thread.
std::shared_ptr<const DirectoryTable> makeDirectoryTable(const QList<DirectoryUser> &users,
                                                         const QList<Location> &locations);

} // namespace CardDesk::Core
