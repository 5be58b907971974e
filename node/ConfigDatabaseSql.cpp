#include "ConfigDatabaseSql.h"

#include "ChangeStates.h"
#include "ConfigDatabaseSecrets.h"
#include "ResourceSchema.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace node::ConfigDatabaseSql {

namespace {
const QString kRevisionKey = u"revision"_s;
const QString kHistoryIdKey = u"historyId"_s;
} // namespace

const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps{
        {
            u"CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID"_s,
            u"CREATE TABLE resources (type TEXT NOT NULL, name TEXT NOT NULL, "
            "description TEXT NOT NULL, spec_json TEXT NOT NULL, revision INTEGER NOT NULL, "
            "updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, digest TEXT NOT NULL, "
            "PRIMARY KEY (type, name)) WITHOUT ROWID"_s,
            u"CREATE TABLE changes (revision INTEGER PRIMARY KEY NOT NULL, time TEXT NOT NULL, "
            "user TEXT NOT NULL, operation TEXT NOT NULL "
            "CHECK (operation IN ('create', 'update', 'delete')), type TEXT NOT NULL, "
            "name TEXT NOT NULL, payload_json TEXT NOT NULL)"_s,
        },
        {
            // The request id of each change (Idempotency-Key): a retried write finds its
            // first outcome here instead of applying twice. Older entries have none.
            u"ALTER TABLE changes ADD COLUMN request_id TEXT"_s,
            u"CREATE UNIQUE INDEX changes_by_request_id ON changes (request_id) "
            "WHERE request_id IS NOT NULL"_s,
        },
        {
            // Each write strips the secret values from its resource's older changes (see
            // ConfigDatabaseSecrets); migrateSchema strips those already stored.
            u"CREATE INDEX changes_by_resource ON changes (type, name, revision)"_s,
        },
        {
            // Each change's definition before and after it (ChangeStates), secrets as markers.
            // Older changes keep NULL in both: their states were not recorded.
            u"ALTER TABLE changes ADD COLUMN before_json TEXT"_s,
            u"ALTER TABLE changes ADD COLUMN after_json TEXT"_s,
        },
    };
    return steps;
}

QString licenseKey()
{
    return u"license"_s;
}

QString dataflowsKey()
{
    return u"dataflows"_s;
}

namespace {

// WAL, and secure_delete: a stripped or deleted secret value is overwritten, not left in free
// space.
bool configureConnection(const QSqlDatabase &db, QString *error)
{
    const std::optional<QVariant> journal = single(db, u"PRAGMA journal_mode = WAL"_s, error);
    if (!journal)
        return false;
    if (journal->toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
        *error = u"cannot switch to WAL (journal mode is %1)"_s.arg(journal->toString());
        return false;
    }
    return run(db, u"PRAGMA synchronous = NORMAL"_s, {}, error) &&
           run(db, u"PRAGMA foreign_keys = ON"_s, {}, error) &&
           run(db, u"PRAGMA secure_delete = ON"_s, {}, error);
}

} // namespace

bool migrateSchema(const QSqlDatabase &db, const QJsonObject &seed, int *schemaVersion,
                   QString *error)
{
    // The first read fails on a file that is not SQLite at all.
    const std::optional<QVariant> applicationId = single(db, u"PRAGMA application_id"_s, error);
    if (!applicationId)
        return false;
    const std::optional<QVariant> userVersion = single(db, u"PRAGMA user_version"_s, error);
    if (!userVersion)
        return false;
    int version = userVersion->toInt();
    if (version > ConfigDatabase::kSchemaVersion) {
        *error = u"its schema version %1 is newer than this build supports (%2); "
                 "use a newer clusterdesk-node"_s.arg(version)
                     .arg(ConfigDatabase::kSchemaVersion);
        return false;
    }
    const std::optional<QVariant> tableCount =
        single(db, u"SELECT count(*) FROM sqlite_master WHERE type = 'table'"_s, error);
    if (!tableCount)
        return false;
    if (applicationId->toInt() != ConfigDatabase::kApplicationId &&
        (applicationId->toInt() != 0 || version != 0 || tableCount->toInt() != 0)) {
        *error = u"it is not a Clusterdesk configuration database"_s;
        return false;
    }
    const std::optional<QVariant> check = single(db, u"PRAGMA quick_check"_s, error);
    if (!check)
        return false;
    if (check->toString() != u"ok") {
        *error = u"the database is corrupted: %1"_s.arg(check->toString());
        return false;
    }
    if (!configureConnection(db, error))
        return false;

    const bool stripsStoredSecrets = version > 0 && version < 3;
    for (; version < ConfigDatabase::kSchemaVersion; ++version) {
        Transaction transaction(db);
        if (!transaction.begin(error))
            return false;
        for (const QString &statement : migrations().at(version)) {
            if (!run(db, statement, {}, error))
                return false;
        }
        if (version == 0) {
            // A new database: store the seed every node of the cluster was given.
            const QJsonValue license = seed.value(licenseKey());
            const QJsonValue dataflows = seed.value(dataflowsKey());
            if (!run(db, u"PRAGMA application_id = %1"_s.arg(ConfigDatabase::kApplicationId), {},
                     error) ||
                !storeRevision(db, 0, error) ||
                !run(db, u"INSERT INTO meta (key, value) VALUES (?, ?), (?, ?)"_s,
                     {licenseKey(),
                      QString::fromUtf8(ResourceSchema::canonicalJson(license.toObject())),
                      dataflowsKey(), QString::fromUtf8(compact(dataflows.toArray()))},
                     error))
                return false;
        }
        if (version == 2 && !ConfigDatabaseSecrets::stripAllOlderChanges(db, error))
            return false;
        // PRAGMA takes no bound parameters; the value is our own integer.
        if (!run(db, u"PRAGMA user_version = %1"_s.arg(version + 1), {}, error) ||
            !transaction.commit(error))
            return false;
    }
    // Pages freed before secure_delete may still hold old secret values: rewrite the file once.
    if (stripsStoredSecrets &&
        (!run(db, u"VACUUM"_s, {}, error) || !ConfigDatabaseSecrets::flushStrippedPages(db, error)))
        return false;
    *schemaVersion = version;
    return true;
}

QString toText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromText(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QByteArray compact(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QByteArray resourceDigest(const QString &type, const QString &name, const QString &description,
                          const QJsonObject &spec)
{
    const QJsonObject canonical{
        {u"type"_s, type}, {u"name"_s, name}, {u"description"_s, description}, {u"spec"_s, spec}};
    return QCryptographicHash::hash(ResourceSchema::canonicalJson(canonical),
                                    QCryptographicHash::Sha256)
        .toHex();
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    if (!query.prepare(sql)) {
        *error = query.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool run(const QSqlDatabase &db, const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery query(db);
    return run(query, sql, values, error);
}

std::optional<QVariant> single(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (!run(query, sql, {}, error))
        return std::nullopt;
    if (!query.next()) {
        *error = u"no result for: %1"_s.arg(sql);
        return std::nullopt;
    }
    return query.value(0);
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{}

Transaction::~Transaction()
{
    if (m_active) {
        QString ignored;
        run(m_db, u"ROLLBACK"_s, {}, &ignored);
    }
}

bool Transaction::begin(QString *error)
{
    return m_active = run(m_db, u"BEGIN IMMEDIATE"_s, {}, error);
}

bool Transaction::commit(QString *error)
{
    if (!run(m_db, u"COMMIT"_s, {}, error))
        return false;
    m_active = false;
    return true;
}

std::optional<qint64> storedRevision(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!run(query, u"SELECT value FROM meta WHERE key = ?"_s, {kRevisionKey}, error))
        return std::nullopt;
    bool ok = false;
    const qint64 revision = query.next() ? query.value(0).toLongLong(&ok) : 0;
    if (!ok || revision < 0) {
        *error = u"the database has no valid revision"_s;
        return std::nullopt;
    }
    return revision;
}

std::optional<qint64> beginWrite(Transaction &transaction, const QSqlDatabase &db, QString *error)
{
    if (!transaction.begin(error))
        return std::nullopt;
    return storedRevision(db, error);
}

bool storeRevision(const QSqlDatabase &db, qint64 revision, QString *error)
{
    return run(db, u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s,
               {kRevisionKey, QString::number(revision)}, error);
}

QString resourceColumnsSelect()
{
    return u"SELECT type, name, description, spec_json, revision, updated_at, updated_by "
           "FROM resources"_s;
}

StoredResource resourceFromRow(const QSqlQuery &query)
{
    StoredResource r;
    r.type = query.value(0).toString();
    r.name = query.value(1).toString();
    r.description = query.value(2).toString();
    r.spec = parseObject(query.value(3).toString());
    r.revision = query.value(4).toLongLong();
    r.updatedAt = fromText(query.value(5).toString());
    r.updatedBy = query.value(6).toString();
    return r;
}

std::optional<StoredResource> readResource(const QSqlDatabase &db, const QString &type,
                                           const QString &name, QString *error)
{
    QSqlQuery query(db);
    if (!run(query, resourceColumnsSelect() + u" WHERE type = ? AND name = ?"_s, {type, name},
             error))
        return std::nullopt;
    if (!query.next())
        return std::nullopt;
    return resourceFromRow(query);
}

bool writeResource(const QSqlDatabase &db, const StoredResource &r, QString *error)
{
    return run(db,
               u"INSERT OR REPLACE INTO resources (type, name, description, spec_json, revision, "
               "updated_at, updated_by, digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
               {r.type, r.name, r.description,
                QString::fromUtf8(ResourceSchema::canonicalJson(r.spec)), r.revision,
                toText(r.updatedAt), r.updatedBy,
                QString::fromLatin1(resourceDigest(r.type, r.name, r.description, r.spec))},
               error);
}

bool deleteResource(const QSqlDatabase &db, const QString &type, const QString &name,
                    QString *error)
{
    return run(db, u"DELETE FROM resources WHERE type = ? AND name = ?"_s, {type, name}, error);
}

bool appendChange(const QSqlDatabase &db, const ChangeEntry &entry, QString *error)
{
    return run(db,
               u"INSERT INTO changes (revision, time, user, operation, type, name, payload_json, "
               "request_id, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
               {entry.revision, toText(entry.time), entry.user, entry.operation, entry.type,
                entry.name, QString::fromUtf8(ResourceSchema::canonicalJson(entry.resource)),
                entry.requestId.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                          : QVariant(entry.requestId),
                ChangeStates::toColumn(entry.before), ChangeStates::toColumn(entry.after)},
               error);
}

QString changeColumnsSelect()
{
    return u"SELECT revision, time, user, operation, type, name, payload_json, request_id, "
           "before_json, after_json FROM changes"_s;
}

ChangeEntry changeFromRow(const QSqlQuery &query)
{
    return ChangeEntry{query.value(0).toLongLong(),
                       fromText(query.value(1).toString()),
                       query.value(2).toString(),
                       query.value(3).toString(),
                       query.value(4).toString(),
                       query.value(5).toString(),
                       parseObject(query.value(6).toString()),
                       query.value(7).toString(),
                       ChangeStates::fromColumn(query.value(8)),
                       ChangeStates::fromColumn(query.value(9))};
}

std::optional<ChangeEntry> changeByRequestId(const QSqlDatabase &db, const QString &requestId,
                                             QString *error)
{
    QSqlQuery query(db);
    if (!run(query, changeColumnsSelect() + u" WHERE request_id = ?"_s, {requestId}, error) ||
        !query.next())
        return std::nullopt;
    return changeFromRow(query);
}

std::optional<QString> storedHistoryId(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!run(query, u"SELECT value FROM meta WHERE key = ?"_s, {kHistoryIdKey}, error))
        return std::nullopt;
    return query.next() ? query.value(0).toString() : QString();
}

bool storeHistoryId(const QSqlDatabase &db, const QString &historyId, QString *error)
{
    return run(db, u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s,
               {kHistoryIdKey, historyId}, error);
}

} // namespace node::ConfigDatabaseSql
