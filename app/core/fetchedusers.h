// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directoryuser.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QUtf8StringView>

#include <array>
#include <vector>

namespace CardDesk::Core {

/// The users of one fetched directory, on their way from the JSON payload into the cache.
///
/// Every text field of every user is kept as UTF-8, back to back in one buffer. So a refresh of
/// 200,000 users converts no field to UTF-16 and allocates no string per field, and the cache
/// binds the bytes as SQLite stores them. The user ids are unique and non-empty:
/// append() refuses a user that would break that. An index by user id grows with the users.
class FetchedUsers final
{
public:
    /// The text fields of a user, in the column order of the directory_user table.
    enum Field : quint8
    {
        UserIdField,
        EmailField,
        UserNameField,
        FirstNameField,
        LastNameField,
        StatusField,
        PrimaryLocationIdField,
        PrimaryGroupIdField,
        FieldCount
    };
    using Fields = std::array<QUtf8StringView, FieldCount>;

    enum class AppendResult : quint8
    {
        Appended,
        EmptyId,     ///< Nothing was appended: the user id is empty.
        DuplicateId, ///< Nothing was appended: a user with the same id is already present.
        TooLarge,    ///< Nothing was appended: the text would pass 4 GiB.
    };

    /// Makes room for about users users with textBytes bytes of text in all.
    void reserve(qsizetype users, qsizetype textBytes);
    /// Appends a user from UTF-8 fields, in Field order. The bytes are copied, so they may not
    /// point into this object.
    AppendResult append(const Fields &fields, bool onboarded);
    /// Appends a user, converting its text to UTF-8.
    AppendResult append(const DirectoryUser &user);

    qsizetype size() const { return qsizetype(m_onboarded.size()); }
    bool isEmpty() const { return m_onboarded.empty(); }
    QUtf8StringView field(qsizetype row, Field field) const
    {
        const size_t slot = size_t(row) * FieldCount + field;
        return QUtf8StringView(m_text.constData() + m_fieldStarts[slot],
                               qsizetype(m_fieldStarts[slot + 1] - m_fieldStarts[slot]));
    }
    QUtf8StringView userId(qsizetype row) const { return field(row, UserIdField); }
    bool isOnboarded(qsizetype row) const { return m_onboarded[size_t(row)]; }
    /// Returns the row of the user with userId, or -1 when no such user was appended.
    qsizetype rowOf(QUtf8StringView userId) const;

    DirectoryUser user(qsizetype row) const;
    QList<DirectoryUser> toList() const;

private:
    static size_t hashOf(QUtf8StringView userId);
    // Returns the slot that contains userId, or the empty slot where it would go.
    size_t findSlot(QUtf8StringView userId, size_t hash) const;
    void growIndex();

    QByteArray m_text;                  // Every field of every row, back to back.
    std::vector<quint32> m_fieldStarts{0}; // FieldCount offsets per row into m_text, plus the end.
    std::vector<bool> m_onboarded;
    std::vector<size_t> m_idHashes;        // Per row, the hash of its user id.
    std::vector<quint32> m_slots;          // Open addressing by id hash: row + 1, or 0 when free.
};

} // namespace CardDesk::Core
