// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/failuresql.h"

#include "store/outboxrows.h"
#include "store/schema.h"
#include "store/sqlsupport.h"
#include "store/storedjson.h"

using namespace Qt::StringLiterals;

namespace CardDesk::Store::FailureSql {

namespace {

// The columns the text filter searches; the partial failure indexes contain them all.
constexpr const char16_t *SearchedColumns[] = {u"username",         u"user_id",        u"update_id",
                                               u"credentials_json", u"result_message", u"last_error"};

// Returns "FROM outbox o INDEXED BY <partial index>" for the states the filter reads. INDEXED BY
// pins the index: without statistics SQLite 3.40 picks outbox_by_state, which reads the row of
// every open failure and sorts them all, and a statement that cannot use the named index fails to
// prepare rather than run slowly.
QString failureIndex(const FailureFilter &filter, bool grouped)
{
    QString name = filter.includeResolved ? u"outbox_reviewed_failures"_s : u"outbox_open_failures"_s;
    if (grouped)
        name += u"_by_reason"_s;
    return name;
}

QString fromFailureIndex(const FailureFilter &filter, bool grouped = false)
{
    return u"FROM outbox o INDEXED BY "_s + failureIndex(filter, grouped) + u' ';
}

// Returns the WHERE clause of a failure query on the outbox alias o. It starts with the condition
// of the partial failure indexes, because SQLite uses a partial index only when the query
// contains its condition.
Statement failureWhere(const FailureFilter &filter, bool withResult)
{
    Statement where;
    where.sql = u"WHERE "_s + Schema::failureStateCondition(filter.includeResolved, u"o.state"_s);
    if (!filter.profileId.isEmpty()) {
        where.sql += u" AND o.profile_id = ?"_s;
        where.values.append(filter.profileId);
    }
    if (!filter.userId.isEmpty()) {
        where.sql += u" AND o.user_id = ?"_s;
        where.values.append(filter.userId);
    }
    if (filter.fromUtc.isValid()) {
        where.sql += u" AND o.updated_at >= ?"_s;
        where.values.append(Sql::toDbTime(filter.fromUtc));
    }
    if (filter.toUtc.isValid()) {
        where.sql += u" AND o.updated_at < ?"_s;
        where.values.append(Sql::toDbTime(filter.toUtc));
    }
    if (withResult && filter.result) {
        where.sql += u" AND coalesce(o.result_code, 'unknown') = ?"_s;
        where.values.append(StoredJson::resultCodeName(*filter.result));
    }
    const QStringList words = filter.text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        // A word never contains a space, so testing each column finds what a test of the columns
        // joined by spaces finds, without building the joined text for every row.
        QStringList tests;
        for (const char16_t *column : SearchedColumns) {
            tests.append(u"o."_s + QStringView(column) + u" LIKE ? ESCAPE '\\'"_s);
            where.values.append(QString(u'%' + Sql::escapeLike(word) + u'%'));
        }
        where.sql += u" AND ("_s + tests.join(u" OR "_s) + u')';
    }
    return where;
}

// Appends the keyset condition and the order of failures(): newest outcome first, optionally
// grouped by result name.
void appendPageOrder(const FailureFilter &filter, Statement *where)
{
    const bool after = filter.afterUpdatedAt.isValid();
    if (after && filter.groupByReason) {
        const QString reason = StoredJson::resultCodeName(filter.afterResult);
        where->sql +=
            u" AND (coalesce(o.result_code, 'unknown') > ? OR (coalesce(o.result_code, 'unknown') = ?"
            " AND (o.updated_at, o.id) < (?, ?)))"_s;
        where->values.append(reason);
        where->values.append(reason);
    } else if (after) {
        where->sql += u" AND (o.updated_at, o.id) < (?, ?)"_s;
    }
    if (after) {
        where->values.append(Sql::toDbTime(filter.afterUpdatedAt));
        where->values.append(filter.afterId);
    }
    where->sql += filter.groupByReason
                      ? u" ORDER BY coalesce(o.result_code, 'unknown'), o.updated_at DESC, o.id DESC"_s
                      : u" ORDER BY o.updated_at DESC, o.id DESC"_s;
}

} // namespace

Statement page(const FailureFilter &filter)
{
    Statement where = failureWhere(filter, true);
    appendPageOrder(filter, &where);
    if (filter.limit > 0 || filter.offset > 0) {
        where.sql += u" LIMIT ? OFFSET ?"_s;
        where.values.append(filter.limit > 0 ? filter.limit : -1);
        where.values.append(qMax(0, filter.offset));
    }
    QString select = OutboxRows::selectEntries(filter.withBodies);
    const QString from = u"FROM outbox o "_s;
    Q_ASSERT(select.count(from) == 1);
    select.replace(from, fromFailureIndex(filter, filter.groupByReason));
    return {select + where.sql, where.values};
}

Statement count(const FailureFilter &filter)
{
    const Statement where = failureWhere(filter, true);
    return {u"SELECT count(*) "_s + fromFailureIndex(filter) + where.sql, where.values};
}

Statement reasonCounts(const FailureFilter &filter)
{
    const Statement where = failureWhere(filter, false);
    return {u"SELECT coalesce(o.result_code, 'unknown'), count(*) "_s + fromFailureIndex(filter) + where.sql +
                u" GROUP BY 1"_s,
            where.values};
}

Statement openRange(const FailureFilter &filter)
{
    FailureFilter states;
    states.includeResolved = filter.includeResolved;
    const Statement where = failureWhere(states, false);
    // Two subqueries that each stop at the first index entry: min() and max() in one SELECT would
    // scan the whole index.
    const QString end = u"(SELECT o.updated_at "_s + fromFailureIndex(filter) + where.sql +
                        u" ORDER BY o.updated_at %1 LIMIT 1)"_s;
    return {u"SELECT "_s + end.arg(u"ASC"_s) + u", "_s + end.arg(u"DESC"_s), where.values + where.values};
}

Statement perDay(const FailureFilter &filter, const QList<std::pair<QDateTime, QDateTime>> &daysUtc)
{
    Q_ASSERT(!daysUtc.isEmpty());
    // One row per local day: its number and its UTC bounds. CROSS JOIN keeps the days outside,
    // so that each day is one range of the index on updated_at. The filter's own time bounds are
    // left out of the WHERE clause, because SQLite would then read that whole range once per day.
    QString days;
    QVariantList values;
    for (qsizetype i = 0; i < daysUtc.size(); ++i) {
        days += i == 0 ? u"(?, ?, ?)"_s : u", (?, ?, ?)"_s;
        values << int(i) << Sql::toDbTime(daysUtc.at(i).first) << Sql::toDbTime(daysUtc.at(i).second);
    }
    FailureFilter unbounded = filter;
    unbounded.fromUtc = {};
    unbounded.toUtc = {};
    const Statement where = failureWhere(unbounded, true);
    values.append(where.values);
    QString from = fromFailureIndex(filter);
    from.replace(u"FROM outbox o"_s, u"FROM (VALUES "_s + days + u") d CROSS JOIN outbox o"_s);
    return {u"SELECT d.column1, coalesce(o.result_code, 'unknown'), count(*) "_s + from + where.sql +
                u" AND o.updated_at >= d.column2 AND o.updated_at < d.column3 GROUP BY 1, 2"_s,
            values};
}

} // namespace CardDesk::Store::FailureSql
