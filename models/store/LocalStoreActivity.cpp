// LocalStore's activity log: the console's own writes and node actions (schema 6).

#include "LocalStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <array>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LocalStore)
};

constexpr auto Columns = "request_id, time_ms, finished_ms, cluster_id, cluster_name, "
                         "cluster_user, local_user, action, method, resource_type, "
                         "resource_name, summary, outcome, http_status, revision, reason";

// Text columns are NOT NULL: a null QString would bind as NULL.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

// The text columns from cluster_id to summary, in the order of Columns.
constexpr std::array TextFields{
    &ActivityEntry::clusterId,    &ActivityEntry::clusterName,  &ActivityEntry::clusterUser,
    &ActivityEntry::localUser,    &ActivityEntry::action,       &ActivityEntry::method,
    &ActivityEntry::resourceType, &ActivityEntry::resourceName, &ActivityEntry::summary};

// A row of "SELECT id, <Columns>".
ActivityEntry entryFrom(const QSqlQuery &query)
{
    ActivityEntry entry;
    int column = 0;
    entry.id = query.value(column++).toLongLong();
    entry.requestId = query.value(column++).toString();
    entry.timeMs = query.value(column++).toLongLong();
    entry.finishedMs = query.value(column++).toLongLong();
    for (QString ActivityEntry::*field : TextFields)
        entry.*field = query.value(column++).toString();
    // A key this build does not know (a newer one wrote it) reads as unknown, never as success.
    entry.outcome = ActivityEntry::outcomeFromKey(query.value(column++).toString())
                        .value_or(ActivityEntry::Outcome::Unknown);
    entry.httpStatus = query.value(column++).toInt();
    entry.revision = query.value(column++).toLongLong();
    entry.reason = query.value(column++).toString();
    return entry;
}

} // namespace

bool LocalStore::saveActivity(const ActivityEntry &entry, qint64 *id)
{
    if (entry.requestId.isEmpty())
        return fail(Tr::tr("An activity entry needs a request id."));
    QSqlQuery query = prepare(
        u"INSERT INTO activity (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (request_id) DO UPDATE SET finished_ms = excluded.finished_ms, "
        "cluster_id = excluded.cluster_id, cluster_name = excluded.cluster_name, "
        "cluster_user = excluded.cluster_user, action = excluded.action, "
        "resource_type = excluded.resource_type, resource_name = excluded.resource_name, "
        "summary = excluded.summary, outcome = excluded.outcome, "
        "http_status = excluded.http_status, revision = excluded.revision, "
        "reason = excluded.reason RETURNING id"_s.arg(QLatin1StringView(Columns)));
    for (const QVariant &value :
         {QVariant(entry.requestId), QVariant(entry.timeMs), QVariant(entry.finishedMs)})
        query.addBindValue(value);
    for (QString ActivityEntry::*field : TextFields)
        query.addBindValue(text(entry.*field));
    for (const QVariant &value :
         {QVariant(ActivityEntry::outcomeKey(entry.outcome)), QVariant(entry.httpStatus),
          QVariant(entry.revision), QVariant(text(entry.reason))})
        query.addBindValue(value);
    if (!exec(query))
        return false;
    if (id)
        *id = query.next() ? query.value(0).toLongLong() : 0;
    return true;
}

QList<ActivityEntry> LocalStore::activity(const ActivityFilter &filter)
{
    QStringList where;
    QVariantList values;
    if (!filter.cluster.isEmpty()) {
        where << u"(cluster_id = ? OR lower(cluster_name) = lower(?))"_s;
        values << filter.cluster << filter.cluster;
    }
    if (!filter.user.isEmpty()) {
        where << u"(lower(cluster_user) = lower(?) OR lower(local_user) = lower(?))"_s;
        values << filter.user << filter.user;
    }
    if (!filter.action.isEmpty()) {
        where << u"action = ?"_s;
        values << filter.action;
    }
    if (filter.outcome) {
        where << u"outcome = ?"_s;
        values << ActivityEntry::outcomeKey(*filter.outcome);
    }
    where << u"time_ms >= ?"_s;
    values << filter.fromMs;
    if (filter.toMs > 0) {
        where << u"time_ms <= ?"_s;
        values << filter.toMs;
    }
    QSqlQuery query =
        prepare(u"SELECT id, %1 FROM activity WHERE %2 ORDER BY time_ms DESC, "
                "id DESC LIMIT ?"_s.arg(QLatin1StringView(Columns), where.join(u" AND "_s)));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(qMax(0, filter.limit));
    QList<ActivityEntry> result;
    if (!exec(query))
        return result;
    while (query.next())
        result.append(entryFrom(query));
    return result;
}

QStringList LocalStore::activityValues(const char *column)
{
    QStringList values;
    static const QStringList known = {u"cluster_name"_s, u"cluster_user"_s, u"local_user"_s,
                                      u"action"_s};
    const QString name = QString::fromLatin1(column);
    if (!known.contains(name)) {
        fail(Tr::tr("Unknown activity column %1.").arg(name));
        return values;
    }
    // `name` is one of our constants, never input.
    QSqlQuery query = prepare(
        u"SELECT DISTINCT %1 FROM activity WHERE %1 <> '' ORDER BY %1 COLLATE NOCASE"_s.arg(name));
    if (!exec(query))
        return values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

qint64 LocalStore::pruneActivity(int days, qint64 maxRows, qint64 nowMs)
{
    if (days < 0 || maxRows < 0) {
        fail(Tr::tr("The retention period cannot be negative."));
        return -1;
    }
    if (nowMs < 0)
        nowMs = QDateTime::currentMSecsSinceEpoch();
    qint64 removed = -1;
    const bool ok = inTransaction([&] {
        QSqlQuery stale = prepare(u"UPDATE activity SET outcome = ?, finished_ms = ?, reason = ? "
                                  "WHERE outcome = ? AND time_ms < ?"_s);
        stale.addBindValue(ActivityEntry::outcomeKey(ActivityEntry::Outcome::Unknown));
        stale.addBindValue(nowMs);
        stale.addBindValue(
            Tr::tr("the console stopped before the answer arrived; check the cluster"));
        stale.addBindValue(ActivityEntry::outcomeKey(ActivityEntry::Outcome::Pending));
        stale.addBindValue(nowMs - StalePendingMs);
        if (!exec(stale))
            return false;
        QSqlQuery old = prepare(u"DELETE FROM activity WHERE time_ms < ?"_s);
        old.addBindValue(nowMs - qint64(days) * 24 * 60 * 60 * 1000);
        if (!exec(old))
            return false;
        removed = old.numRowsAffected();
        QSqlQuery excess = prepare(u"DELETE FROM activity WHERE id NOT IN (SELECT id FROM "
                                   "activity ORDER BY time_ms DESC, id DESC LIMIT ?)"_s);
        excess.addBindValue(maxRows);
        if (!exec(excess))
            return false;
        removed += excess.numRowsAffected();
        return true;
    });
    return ok ? removed : -1;
}
