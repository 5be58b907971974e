#include "ConfigDatabaseSecrets.h"

#include "ConfigDatabaseSql.h"
#include "ResourceSchema.h"

#include <QJsonValue>
#include <QList>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace node::ConfigDatabaseSecrets {

namespace {

struct StoredChange
{
    qint64 revision = 0;
    QString payloadText;
};

// The payload without secret values; marks kept, or derived from `previousSpec`.
QJsonObject strippedPayload(const QString &type, const QJsonObject &payload,
                            const QJsonObject &previousSpec)
{
    const QJsonValue spec = payload.value(u"spec");
    if (!spec.isObject())
        return payload; // a delete: nothing to strip
    QJsonObject result = payload;
    if (!payload.value(marksKey()).isObject())
        result.insert(marksKey(), marks(type, previousSpec, spec.toObject()));
    result.insert(u"spec"_s, ResourceSchema::publicSpec(type, spec.toObject()));
    return result;
}

} // namespace

QString marksKey()
{
    return u"secrets"_s;
}

QJsonObject marks(const QString &type, const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject result;
    for (const QString &field : ResourceSchema::secretFields(type)) {
        const QJsonValue old = before.value(field);
        const QJsonValue now = after.value(field);
        QString mark;
        if (now.isString())
            mark = old == now ? u"set"_s : u"changed"_s;
        else
            mark = old.isString() ? u"cleared"_s : u"unset"_s;
        result.insert(field, mark);
    }
    return result;
}

bool isSetMark(const QString &mark)
{
    return mark == u"set" || mark == u"changed";
}

namespace {

// Strips the changes `select` reads (revision, payload_json; ascending) of one resource.
bool stripSelected(const QSqlDatabase &db, const QString &type, const QString &select,
                   const QVariantList &values, bool *stripped, QString *error)
{
    QList<StoredChange> older;
    {
        QSqlQuery query(db);
        if (!ConfigDatabaseSql::run(query, select, values, error))
            return false;
        while (query.next())
            older.append({query.value(0).toLongLong(), query.value(1).toString()});
    }
    // The spec before each change: marks of an unmarked change compare with it. A delete
    // (empty payload) leaves nothing stored.
    QJsonObject previousSpec;
    for (const StoredChange &change : older) {
        const QJsonObject payload = ConfigDatabaseSql::parseObject(change.payloadText);
        const QJsonObject result = strippedPayload(type, payload, previousSpec);
        previousSpec = payload.value(u"spec").toObject();
        if (result == payload)
            continue;
        if (!ConfigDatabaseSql::run(
                db, u"UPDATE changes SET payload_json = ? WHERE revision = ?"_s,
                {QString::fromUtf8(ResourceSchema::canonicalJson(result)), change.revision}, error))
            return false;
        if (stripped)
            *stripped = true;
    }
    return true;
}

} // namespace

bool stripOlderChanges(const QSqlDatabase &db, const QString &type, const QString &name,
                       qint64 revision, bool *stripped, QString *error)
{
    if (ResourceSchema::secretFields(type).isEmpty())
        return true;
    // Each change stripped everything before it when it was stored (and the schema 3
    // migration did so for older files), so only the newest older change can hold values;
    // the one before it gives its marks a starting point.
    return stripSelected(db, type,
                         u"SELECT revision, payload_json FROM (SELECT revision, payload_json "
                         "FROM changes WHERE type = ? AND name = ? AND revision < ? "
                         "ORDER BY revision DESC LIMIT 2) ORDER BY revision"_s,
                         {type, name, revision}, stripped, error);
}

bool stripAllOlderChanges(const QSqlDatabase &db, QString *error)
{
    struct Newest
    {
        QString type;
        QString name;
        qint64 revision;
    };
    QList<Newest> resources;
    {
        QSqlQuery query(db);
        if (!ConfigDatabaseSql::run(
                query, u"SELECT type, name, max(revision) FROM changes GROUP BY type, name"_s, {},
                error))
            return false;
        while (query.next())
            resources.append({query.value(0).toString(), query.value(1).toString(),
                              query.value(2).toLongLong()});
    }
    for (const Newest &resource : resources) {
        if (!stripOlderChanges(db, resource.type, resource.name, resource.revision, nullptr, error))
            return false;
    }
    return true;
}

bool flushStrippedPages(const QSqlDatabase &db, QString *error)
{
    // TRUNCATE waits for no reader of its own connection; another connection (an operator's
    // sqlite3) may keep it from finishing, and the next stripping write tries again.
    return ConfigDatabaseSql::run(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s, {}, error);
}

} // namespace node::ConfigDatabaseSecrets
