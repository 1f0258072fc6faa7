// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fetchedusers.h"

#include <QHashFunctions>

#include <limits>
#include <string_view>

namespace CardDesk::Core {

namespace {

std::string_view bytesOf(QUtf8StringView text)
{
    return std::string_view(reinterpret_cast<const char *>(text.data()), size_t(text.size()));
}

// The index stays at most half full, so a lookup probes few slots.
constexpr size_t MinimumSlots = 16;

size_t slotsFor(qsizetype users)
{
    size_t count = MinimumSlots;
    while (count < size_t(users) * 2)
        count *= 2;
    return count;
}

} // namespace

void FetchedUsers::reserve(qsizetype users, qsizetype textBytes)
{
    if (users <= 0)
        return;
    m_text.reserve(textBytes);
    m_fieldStarts.reserve(size_t(users) * FieldCount + 1);
    m_onboarded.reserve(size_t(users));
    m_idHashes.reserve(size_t(users));
    if (slotsFor(users) > m_slots.size()) {
        m_slots.assign(slotsFor(users), 0);
        for (size_t row = 0; row < m_idHashes.size(); ++row)
            m_slots[findSlot(userId(qsizetype(row)), m_idHashes[row])] = quint32(row + 1);
    }
}

size_t FetchedUsers::hashOf(QUtf8StringView userId)
{
    return qHashBits(userId.data(), size_t(userId.size()), QHashSeed::globalSeed());
}

size_t FetchedUsers::findSlot(QUtf8StringView userId, size_t hash) const
{
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        const quint32 entry = m_slots[slot];
        if (entry == 0)
            return slot;
        const size_t row = entry - 1;
        if (m_idHashes[row] == hash && bytesOf(this->userId(qsizetype(row))) == bytesOf(userId))
            return slot;
    }
}

void FetchedUsers::growIndex()
{
    m_slots.assign(m_slots.empty() ? MinimumSlots : m_slots.size() * 2, 0);
    for (size_t row = 0; row < m_idHashes.size(); ++row)
        m_slots[findSlot(userId(qsizetype(row)), m_idHashes[row])] = quint32(row + 1);
}

FetchedUsers::AppendResult FetchedUsers::append(const Fields &fields, bool onboarded)
{
    const QUtf8StringView id = fields[UserIdField];
    if (id.isEmpty())
        return AppendResult::EmptyId;
    qsizetype bytes = 0;
    for (const QUtf8StringView text : fields)
        bytes += text.size();
    if (quint64(m_text.size()) + quint64(bytes) > std::numeric_limits<quint32>::max() ||
        m_onboarded.size() + 1 >= std::numeric_limits<quint32>::max())
        return AppendResult::TooLarge;

    if ((m_onboarded.size() + 1) * 2 > m_slots.size())
        growIndex();
    const size_t hash = hashOf(id);
    const size_t slot = findSlot(id, hash);
    if (m_slots[slot] != 0)
        return AppendResult::DuplicateId;

    for (const QUtf8StringView text : fields) {
        m_text.append(QByteArrayView(text.data(), text.size()));
        m_fieldStarts.push_back(quint32(m_text.size()));
    }
    m_onboarded.push_back(onboarded);
    m_idHashes.push_back(hash);
    m_slots[slot] = quint32(m_onboarded.size());
    return AppendResult::Appended;
}

FetchedUsers::AppendResult FetchedUsers::append(const DirectoryUser &user)
{
    const QByteArray text[FieldCount] = {
        user.userId.toUtf8(),   user.email.toUtf8(),  user.userName.toUtf8(),          user.firstName.toUtf8(),
        user.lastName.toUtf8(), user.status.toUtf8(), user.primaryLocationId.toUtf8(), user.primaryGroupId.toUtf8(),
    };
    Fields fields;
    for (int field = 0; field < FieldCount; ++field)
        fields[size_t(field)] = QUtf8StringView(text[field]);
    return append(fields, user.onboarded);
}

qsizetype FetchedUsers::rowOf(QUtf8StringView userId) const
{
    if (m_slots.empty() || userId.isEmpty())
        return -1;
    const quint32 entry = m_slots[findSlot(userId, hashOf(userId))];
    return qsizetype(entry) - 1;
}

DirectoryUser FetchedUsers::user(qsizetype row) const
{
    const auto text = [this, row](Field which) { return field(row, which).toString(); };
    DirectoryUser user;
    user.userId = text(UserIdField);
    user.email = text(EmailField);
    user.userName = text(UserNameField);
    user.firstName = text(FirstNameField);
    user.lastName = text(LastNameField);
    user.status = text(StatusField);
    user.primaryLocationId = text(PrimaryLocationIdField);
    user.primaryGroupId = text(PrimaryGroupIdField);
    user.onboarded = isOnboarded(row);
    return user;
}

QList<DirectoryUser> FetchedUsers::toList() const
{
    QList<DirectoryUser> users;
    users.reserve(size());
    for (qsizetype row = 0; row < size(); ++row)
        users.append(user(row));
    return users;
}

} // namespace CardDesk::Core
