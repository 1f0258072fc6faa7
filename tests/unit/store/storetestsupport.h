// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/credential.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUuid>
#include <QVariant>

// Helpers for the store tests: card values and a raw SQLite connection that bypasses the store
// classes, the way another program that opens the file would.
namespace CardDesk::Store::TestSupport {

using namespace Qt::StringLiterals;

inline Core::Credential card(const QString &number, const QString &facilityCode = {}, bool active = true)
{
    Core::Credential credential;
    credential.formatId = u"h10301"_s;
    credential.credentialType = u"HID Prox"_s;
    credential.cardNumber = number;
    credential.facilityCode = facilityCode;
    credential.scanData = {number};
    credential.active = active;
    return credential;
}

/// A plain QSQLITE connection to a file, closed and removed when it goes out of scope.
class RawConnection final
{
public:
    explicit RawConnection(const QString &path)
        : m_name(u"raw-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~RawConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(RawConnection)

    QSqlDatabase database() const { return m_db; }

    /// Runs one statement and returns SQLite's error message, or an empty string on success.
    QString exec(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (query.exec(sql))
            return {};
        return query.lastError().databaseText().isEmpty() ? query.lastError().text()
                                                          : query.lastError().databaseText();
    }
    /// Returns the first column of the first row, or an invalid QVariant when there is none.
    QVariant value(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private:
    QString m_name;
    QSqlDatabase m_db;
};

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace CardDesk::Store::TestSupport
