#include "LocalStoreSchema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LocalStore)
};

using Step = QList<const char *>;

// A sample row as schemas 2 and 3 made it, for the two tables that hold samples. Frozen with
// them: a later change of the row is a new step, never an edit here. (A macro, so each
// statement stays one literal.)
#define SAMPLE_ROW_V2                                                                              \
    "(node_key INTEGER NOT NULL, time_ms INTEGER NOT NULL, state TEXT NOT NULL,"                   \
    " latency_ms REAL, offset_ms REAL, error_ms REAL, revision INTEGER)"

// Schema 1: profiles, samples, snapshots, resource snapshots and drafts.
Step createTables()
{
    return {
        "CREATE TABLE profiles ("
        " id TEXT PRIMARY KEY NOT NULL,"
        " name TEXT NOT NULL UNIQUE,"
        " sort_order INTEGER NOT NULL,"
        " json TEXT NOT NULL)",
        "CREATE TABLE node_samples ("
        " cluster_id TEXT NOT NULL,"
        " node_id TEXT NOT NULL,"
        " time_ms INTEGER NOT NULL,"
        " state TEXT NOT NULL,"
        " latency_ms REAL,"
        " offset_ms REAL,"
        " error_ms REAL,"
        " revision INTEGER)",
        "CREATE INDEX node_samples_by_node ON node_samples (cluster_id, node_id, time_ms)",
        // Retention deletes by time across all clusters.
        "CREATE INDEX node_samples_by_time ON node_samples (time_ms)",
        "CREATE TABLE snapshots ("
        " cluster_id TEXT PRIMARY KEY NOT NULL,"
        " taken_at_ms INTEGER NOT NULL,"
        " json BLOB NOT NULL)",
        "CREATE TABLE node_last_up ("
        " cluster_id TEXT NOT NULL,"
        " node_id TEXT NOT NULL,"
        " last_up_ms INTEGER NOT NULL,"
        " PRIMARY KEY (cluster_id, node_id))",
        "CREATE TABLE resource_snapshots ("
        " cluster_id TEXT PRIMARY KEY NOT NULL,"
        " taken_at_ms INTEGER NOT NULL,"
        " json BLOB NOT NULL)",
        "CREATE TABLE drafts ("
        " cluster_id TEXT NOT NULL,"
        " resource_type TEXT NOT NULL,"
        " name TEXT NOT NULL,"
        " base_json BLOB NOT NULL,"
        " draft_json BLOB NOT NULL,"
        " updated_at_ms INTEGER NOT NULL,"
        " PRIMARY KEY (cluster_id, resource_type, name))",
        // Pragmas take no bound parameters; the value is our own constant.
        "PRAGMA application_id = 1129071691",
    };
}

// Schema 2: samples keyed by a small integer per (cluster, node).
Step keyNodesByInteger()
{
    return {
        // Samples and last-up times keyed by a small integer per (cluster, node) instead of
        // two UUID-like strings: a poll cycle changes a row in every node's run of the
        // per-node index, and short keys fit several times more rows in a page. Last-up
        // moves into the key table so one statement per cluster can update it.
        "CREATE TABLE node_keys ("
        " key INTEGER PRIMARY KEY,"
        " cluster_id TEXT NOT NULL,"
        " node_id TEXT NOT NULL,"
        " last_up_ms INTEGER,"
        " UNIQUE (cluster_id, node_id))",
        "INSERT INTO node_keys (cluster_id, node_id)"
        " SELECT cluster_id, node_id FROM node_samples"
        " UNION SELECT cluster_id, node_id FROM node_last_up",
        "UPDATE node_keys SET last_up_ms = (SELECT l.last_up_ms FROM node_last_up l"
        " WHERE l.cluster_id = node_keys.cluster_id AND l.node_id = node_keys.node_id)",
        "CREATE TABLE node_samples_v2 " SAMPLE_ROW_V2,
        "INSERT INTO node_samples_v2 (node_key, time_ms, state, latency_ms, offset_ms,"
        " error_ms, revision)"
        " SELECT k.key, s.time_ms, s.state, s.latency_ms, s.offset_ms, s.error_ms, s.revision"
        " FROM node_samples s JOIN node_keys k"
        " ON k.cluster_id = s.cluster_id AND k.node_id = s.node_id ORDER BY s.rowid",
        "DROP TABLE node_samples",
        "DROP TABLE node_last_up",
        "ALTER TABLE node_samples_v2 RENAME TO node_samples",
        "CREATE INDEX node_samples_by_node ON node_samples (node_key, time_ms)",
        "CREATE INDEX node_samples_by_time ON node_samples (time_ms)",
    };
}

// Schema 3: a time-ordered table new samples land in first.
Step addRecentSamples()
{
    return {
        // New samples land here first, in time order without a per-node index, and move to
        // node_samples in node order in batches (LocalStoreCycleWriter::FoldRows): a cycle
        // then touches a few pages instead of one page of node_samples_by_node per node,
        // which made a cycle's cost grow with history.
        "CREATE TABLE node_samples_recent " SAMPLE_ROW_V2,
    };
}

// Schema 4: the node's load with each sample.
Step addNodeLoad()
{
    return {
        // The node's load with each sample (the Load chart). Samples written before stay
        // without one (NULL): the chart leaves them out rather than draw a false zero.
        "ALTER TABLE node_samples ADD COLUMN active_requests INTEGER",
        "ALTER TABLE node_samples ADD COLUMN rss_bytes INTEGER",
        "ALTER TABLE node_samples_recent ADD COLUMN active_requests INTEGER",
        "ALTER TABLE node_samples_recent ADD COLUMN rss_bytes INTEGER",
    };
}

// Schema 5: profiles say where a headless run finds the secret (passwordFile, passwordCommand:
// a path and a command line, never a secret). Rows gain both keys, empty; and any "password",
// "secret" or "token" key an older or hand-made row carried is removed, so no secret stays in the
// file. A row that is not valid JSON is left alone (the profile list skips it) rather than
// failing the whole migration.
Step addSecretSources()
{
    return {
        "UPDATE profiles SET json = json_set("
        " json_remove(json, '$.password', '$.secret', '$.token'),"
        " '$.passwordFile', coalesce(json_extract(json, '$.passwordFile'), ''),"
        " '$.passwordCommand', coalesce(json_extract(json, '$.passwordCommand'), ''))"
        " WHERE json_valid(json)",
    };
}

// Schema 6: the activity log, what the console itself sent to clusters (ActivityEntry). One row
// per write or node action, written when sent (pending) and updated with the outcome; never a
// body or a secret. Rows outlive the profile they name: an audit trail is not removed with it.
Step addActivity()
{
    return {
        "CREATE TABLE activity ("
        " id INTEGER PRIMARY KEY,"
        " request_id TEXT NOT NULL UNIQUE,"
        " time_ms INTEGER NOT NULL,"
        " finished_ms INTEGER NOT NULL DEFAULT 0,"
        " cluster_id TEXT NOT NULL,"
        " cluster_name TEXT NOT NULL,"
        " cluster_user TEXT NOT NULL,"
        " local_user TEXT NOT NULL,"
        " action TEXT NOT NULL,"
        " method TEXT NOT NULL,"
        " resource_type TEXT NOT NULL,"
        " resource_name TEXT NOT NULL,"
        " summary TEXT NOT NULL,"
        " outcome TEXT NOT NULL,"
        " http_status INTEGER NOT NULL DEFAULT 0,"
        " revision INTEGER NOT NULL DEFAULT -1,"
        " reason TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX activity_by_time ON activity (time_ms)",
    };
}

// Schema 7: cluster groups the user made in the sidebar (New Group…), kept even while no profile
// is in them. A profile's own group stays in its JSON; this table only holds folder paths
// ("EMEA/Production"), normalized, never a secret.
Step addClusterGroups()
{
    return {
        "CREATE TABLE cluster_groups (path TEXT PRIMARY KEY NOT NULL)",
    };
}

// Migration N (index N - 1) brings user_version from N - 1 to N. Append, never edit: a file
// written by an older build runs exactly the steps it is missing.
const QList<Step> &migrations()
{
    static const QList<Step> steps = {
        createTables(),     keyNodesByInteger(), addRecentSamples(), addNodeLoad(),
        addSecretSources(), addActivity(),       addClusterGroups(),
    };
    static_assert(LocalStoreSchema::ApplicationId == 1129071691);
    return steps;
}

bool run(QSqlDatabase &database, const QString &sql, QString *error)
{
    QSqlQuery query(database);
    if (!query.prepare(sql) || !query.exec()) {
        if (error)
            *error = Tr::tr("Database error in \"%1\": %2").arg(sql, query.lastError().text());
        return false;
    }
    return true;
}

bool isEmptyDatabase(QSqlDatabase &database, bool *empty, QString *error)
{
    QSqlQuery query(database);
    if (!query.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.exec() ||
        !query.next()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    *empty = query.value(0).toLongLong() == 0;
    return true;
}

// WAL, synchronous and cache settings of this connection (they are not stored in the file).
bool configureConnection(QSqlDatabase &database, QString *error)
{
    // WAL keeps readers and the single writer apart and survives a killed process;
    // synchronous=NORMAL is durable against process crashes in WAL mode and much cheaper.
    // 8 KiB pages: a poll cycle's samples dirty one page per node run in node_samples_by_node,
    // and bigger pages hold more runs (measured: about a quarter less CPU per cycle than 4 KiB).
    // Only takes effect on a new, empty file: existing stores keep their page size.
    if (!run(database, QStringLiteral("PRAGMA page_size = 8192"), error))
        return false;
    QSqlQuery journal(database);
    if (!journal.prepare(QStringLiteral("PRAGMA journal_mode = WAL")) || !journal.exec() ||
        !journal.next() || journal.value(0).toString().toLower() != u"wal") {
        if (error)
            *error = Tr::tr("%1: cannot switch to write-ahead logging: %2")
                         .arg(database.databaseName(), journal.lastError().text());
        return false;
    }
    journal.finish();
    if (!run(database, QStringLiteral("PRAGMA synchronous = NORMAL"), error))
        return false;
    // One poll cycle of many clusters changes several MB of pages in one transaction (every
    // node's run in node_samples_by_node gets a row, plus the snapshots' JSON): a cache that
    // holds them avoids spilling and re-reading, and checkpointing every 32 MB of WAL instead of
    // every 4 MB copies a page that each cycle changes again once per several cycles.
    qint64 pageSize = 4096;
    if (!LocalStoreSchema::readPragma(database, "page_size", &pageSize, error))
        return false;
    return run(database, QStringLiteral("PRAGMA cache_size = -32768"), error) &&
           run(database,
               QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(32 * 1024 * 1024 / pageSize),
               error);
}

// Runs the steps a file at `version` is missing, each in its own transaction.
bool migrate(QSqlDatabase &database, qint64 version, QString *error)
{
    const auto &steps = migrations();
    static_assert(LocalStoreSchema::CurrentVersion >= 1);
    Q_ASSERT(steps.size() == LocalStoreSchema::CurrentVersion);
    for (qint64 next = version + 1; next <= LocalStoreSchema::CurrentVersion; ++next) {
        if (!database.transaction()) {
            if (error)
                *error = database.lastError().text();
            return false;
        }
        bool ok = true;
        for (const char *statement : steps.at(next - 1)) {
            if (!(ok = run(database, QString::fromLatin1(statement), error)))
                break;
        }
        ok = ok && run(database, QStringLiteral("PRAGMA user_version = %1").arg(next), error);
        if (!ok || !database.commit()) {
            if (ok && error)
                *error = database.lastError().text();
            database.rollback();
            return false;
        }
    }
    return true;
}

} // namespace

bool LocalStoreSchema::readPragma(QSqlDatabase &database, const char *name, qint64 *value,
                                  QString *error)
{
    QSqlQuery query(database);
    const QString sql = QStringLiteral("PRAGMA %1").arg(QLatin1StringView(name));
    if (!query.prepare(sql) || !query.exec() || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    *value = query.value(0).toLongLong();
    return true;
}

bool LocalStoreSchema::prepare(QSqlDatabase &database, QString *error)
{
    const QString file = database.databaseName();
    // Read-only checks first: a file we refuse must be left exactly as it was.
    qint64 applicationId = 0;
    qint64 version = 0;
    QString detail;
    if (!readPragma(database, "application_id", &applicationId, &detail) ||
        !readPragma(database, "user_version", &version, &detail)) {
        if (error)
            *error = Tr::tr("%1 cannot be read as a Clusterdesk database: %2").arg(file, detail);
        return false;
    }
    if (applicationId != ApplicationId) {
        bool empty = false;
        if (!isEmptyDatabase(database, &empty, &detail)) {
            if (error)
                *error =
                    Tr::tr("%1 cannot be read as a Clusterdesk database: %2").arg(file, detail);
            return false;
        }
        if (applicationId != 0 || version != 0 || !empty) {
            if (error)
                *error = Tr::tr("%1 is an SQLite database of another application; Clusterdesk "
                                "leaves it alone. Choose another data directory.")
                             .arg(file);
            return false;
        }
    }
    if (version > CurrentVersion) {
        if (error)
            *error = Tr::tr("%1 was written by a newer Clusterdesk (schema %2; this version "
                            "understands up to %3). It was not changed; update Clusterdesk or "
                            "choose another data directory.")
                         .arg(file)
                         .arg(version)
                         .arg(CurrentVersion);
        return false;
    }

    if (!configureConnection(database, error))
        return false;

    return migrate(database, version, error);
}
