// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directorytable.h"

#include "core/searchfold.h"

#include <QLoggingCategory>

#include <QElapsedTimer>
#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDirectoryTable, "carddesk.core.directorytable")

namespace CardDesk::Core {

namespace {

bool isAscii(QStringView text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

// Appends the name sort key of a user: the case-folded first name, a null character and the
// case-folded last name, or the email when both names are empty. The null character makes "Ann Zed"
// sort before "Anna Bee".
void appendNameKey(QString *keys, QStringView firstName, QStringView lastName, QStringView email)
{
    const bool hasName = !firstName.isEmpty() || !lastName.isEmpty();
    const auto appendFolded = [keys](QStringView text) {
        if (isAscii(text)) {
            for (const QChar c : text)
                keys->append(c.toLower());
        } else {
            keys->append(text.toString().toCaseFolded());
        }
    };
    appendFolded(hasName ? firstName : email);
    keys->append(QChar(0));
    if (hasName)
        appendFolded(lastName);
}

} // namespace

QStringView DirectoryTable::field(int row, Field field) const
{
    const size_t slot = size_t(row) * FieldCount + field;
    const quint32 start = m_fieldStarts[slot];
    return QStringView(m_text).mid(start, m_fieldStarts[slot + 1] - start);
}

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
        m_locationIndexById.insert(m_table->m_locations.at(i).locationId, i);
    const size_t expected = size_t(std::max<qsizetype>(expectedUsers, 0));
    m_table->m_text.reserve(qsizetype(expected) * 96);
    m_table->m_fieldStarts.reserve(expected * DirectoryTable::FieldCount + 1);
    m_table->m_fieldStarts.push_back(0);
    m_table->m_statusIndex.reserve(expected);
    m_table->m_locationIndex.reserve(expected);
    m_table->m_onboarded.reserve(expected);
    m_table->m_searchText.reserve(qsizetype(expected) * 100);
    m_table->m_searchStarts.reserve(expected + 1);
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
        for (const QChar c : text) {
            const char latin = char(c.unicode());
            search.append(latin >= 'A' && latin <= 'Z' ? char(latin + ('a' - 'A')) : latin);
        }
    } else {
        search.append(foldForSearch(text).toUtf8());
    }
    search.append(DirectoryTable::SearchFieldSeparator);
}

void DirectoryTableBuilder::addUser(const QStringView (&fields)[DirectoryTable::FieldCount], QStringView status,
                                    bool onboarded)
{
    Q_ASSERT_X(m_table, "DirectoryTableBuilder", "addUser() after finish()");
    DirectoryTable &table = *m_table;
    for (const QStringView field : fields) {
        table.m_text.append(field);
        table.m_fieldStarts.push_back(quint32(table.m_text.size()));
    }

    auto statusIndex = m_statusIndexByText.constFind(status.toString());
    if (statusIndex == m_statusIndexByText.cend()) {
        statusIndex = m_statusIndexByText.insert(status.toString(), int(table.m_statuses.size()));
        table.m_statuses.append(status.toString());
    }
    table.m_statusIndex.push_back(quint32(*statusIndex));
    const int location = m_locationIndexById.value(fields[DirectoryTable::PrimaryLocationIdField].toString(), -1);
    table.m_locationIndex.push_back(location);
    table.m_onboarded.push_back(onboarded);

    for (const DirectoryTable::Field field :
         {DirectoryTable::FirstNameField, DirectoryTable::LastNameField, DirectoryTable::EmailField,
          DirectoryTable::UserNameField, DirectoryTable::UserIdField})
        appendSearchText(fields[field]);
    appendSearchText(location < 0 ? QStringView() : QStringView(table.m_locations.at(location).name));
    table.m_searchStarts.push_back(quint32(table.m_searchText.size()));
}

void DirectoryTableBuilder::addUser(const DirectoryUser &user)
{
    const QStringView fields[DirectoryTable::FieldCount] = {
        user.userId,   user.email,          user.userName,       user.firstName,
        user.lastName, user.primaryLocationId, user.primaryGroupId,
    };
    addUser(fields, user.status, user.onboarded);
}

void DirectoryTableBuilder::sortByName()
{
    DirectoryTable &table = *m_table;
    const int rows = table.userCount();
    // One buffer of sort keys, folded once per row rather than in each of the millions of
    // comparisons.
    QString keys;
    keys.reserve(qsizetype(rows) * 20);
    std::vector<quint32> keyStarts;
    keyStarts.reserve(size_t(rows) + 1);
    keyStarts.push_back(0);
    for (int row = 0; row < rows; ++row) {
        appendNameKey(&keys, table.field(row, DirectoryTable::FirstNameField),
                      table.field(row, DirectoryTable::LastNameField), table.field(row, DirectoryTable::EmailField));
        keyStarts.push_back(quint32(keys.size()));
    }
    const auto keyOf = [&keys, &keyStarts](int row) {
        return QStringView(keys).mid(keyStarts[size_t(row)], keyStarts[size_t(row) + 1] - keyStarts[size_t(row)]);
    };
    table.m_nameOrder.resize(size_t(rows));
    std::iota(table.m_nameOrder.begin(), table.m_nameOrder.end(), 0);
    std::sort(table.m_nameOrder.begin(), table.m_nameOrder.end(), [&](int left, int right) {
        if (const int order = keyOf(left).compare(keyOf(right)))
            return order < 0;
        return table.field(left, DirectoryTable::UserIdField).compare(table.field(right, DirectoryTable::UserIdField)) <
               0;
    });
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
    sortByName();

    // The views point into m_text, which no longer changes.
    const int rows = table.userCount();
    table.m_rowByUserId.reserve(rows);
    for (int row = rows - 1; row >= 0; --row)
        table.m_rowByUserId.insert(table.field(row, DirectoryTable::UserIdField), row);
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
