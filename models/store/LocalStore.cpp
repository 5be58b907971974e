#include "LocalStore.h"

#include "LocalStoreSchema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LocalStore)
};

// The store holds cluster addresses, user names and history: only its owner may read it.
constexpr QFile::Permissions OwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions OthersMask = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                          QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

// A directory the store creates is its owner's alone (0700); one that exists is left as it is
// (it may be shared, or chosen with --data-dir), the files in it are not.
bool makeDataDirectory(const QString &dir)
{
    const QFileInfo info(dir);
    if (info.exists())
        return info.isDir();
    const QDir parent = info.absoluteDir();
    if (!parent.exists() && !QDir().mkpath(parent.absolutePath()))
        return false;
    return QDir().mkdir(info.absoluteFilePath(), OwnerOnlyFile | QFile::ExeOwner) ||
           QFileInfo(dir).isDir(); // made meanwhile by another process
}

// Creates the database file 0600 before SQLite does (SQLite gives its journal, WAL and
// shared-memory files the database's mode).
void createOwnerOnly(const QString &filePath)
{
    if (QFileInfo::exists(filePath))
        return;
    QFile file(filePath);
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnlyFile))
        file.close();
}

// Takes group and others' access away from a store an older version created 0644, and from
// the files SQLite made beside it in that mode; only once the file is known to be ours.
void withdrawOthersAccess(const QString &filePath)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        QFile file(filePath + QLatin1String(suffix));
        const QFile::Permissions permissions = file.permissions();
        if (file.exists() && permissions.testAnyFlags(OthersMask))
            file.setPermissions(permissions & ~OthersMask);
    }
}

// A null QByteArray binds as SQL NULL; the JSON columns are NOT NULL.
QByteArray notNull(const QByteArray &bytes)
{
    return bytes.isNull() ? QByteArray("") : bytes;
}

// Write-only secrets a user typed into the editor must not land on disk in plain text.
QByteArray withoutSecrets(const QByteArray &json)
{
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return json;
    QJsonObject resource = document.object();
    QJsonObject spec = resource.value(QStringLiteral("spec")).toObject();
    if (!spec.contains(QStringLiteral("password")) && !spec.contains(QStringLiteral("secret")))
        return json;
    spec.remove(QStringLiteral("password"));
    spec.remove(QStringLiteral("secret"));
    resource.insert(QStringLiteral("spec"), spec);
    return QJsonDocument(resource).toJson(QJsonDocument::Compact);
}

// A new resource's draft is keyed by the empty name; a null QString would bind as NULL, which the
// NOT NULL key refuses (and which never equals anything in a WHERE).
QString draftKey(const QString &name)
{
    return name.isNull() ? QStringLiteral("") : name;
}

// `table` is one of our two constant names, never input.
QString saveOpaqueSql(const char *table)
{
    return QStringLiteral("INSERT INTO %1 (cluster_id, taken_at_ms, json) VALUES (?, ?, ?) "
                          "ON CONFLICT (cluster_id) DO UPDATE SET taken_at_ms = "
                          "excluded.taken_at_ms, json = excluded.json")
        .arg(QLatin1StringView(table));
}

} // namespace

LocalStore::LocalStore() = default;

LocalStore::~LocalStore()
{
    close();
}

QString LocalStore::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool LocalStore::open(const QString &dataDir, QString *error)
{
    close();
    const QString dir = dataDir.isEmpty() ? defaultDataDir() : dataDir;
    auto refuse = [&](const QString &message) {
        m_lastError = message;
        if (error)
            *error = message;
        close();
        return false;
    };
    if (dir.isEmpty())
        return refuse(Tr::tr("No data directory is available on this system."));
    if (!makeDataDirectory(dir))
        return refuse(Tr::tr("Cannot create the data directory %1.").arg(dir));

    m_filePath = QDir(dir).absoluteFilePath(QString::fromLatin1(FileName));
    createOwnerOnly(m_filePath);
    m_thread = QThread::currentThread();
    m_connectionName =
        QStringLiteral("clusterdesk.store.%1").arg(reinterpret_cast<quintptr>(this), 0, 16);
    QString message;
    {
        // Scoped: close() below needs every handle to the connection gone.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_filePath);
        if (!db.open())
            message = Tr::tr("Cannot open %1: %2").arg(m_filePath, db.lastError().text());
        else if (!LocalStoreSchema::prepare(db, &message) && message.isEmpty())
            message = Tr::tr("Cannot prepare %1 for use.").arg(m_filePath);
    }
    if (!message.isEmpty())
        return refuse(message); // a foreign or newer file is left as it is
    withdrawOthersAccess(m_filePath);
    m_lastError.clear();
    return true;
}

void LocalStore::close()
{
    if (m_connectionName.isEmpty())
        return;
    Q_ASSERT(QThread::currentThread() == m_thread);
    m_cycleWriter.reset(); // SQLite does not close a connection with live statements
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_nodeKeys.clear();
    m_thread = nullptr;
}

bool LocalStore::isOpen() const
{
    return !m_connectionName.isEmpty() && database().isOpen();
}

QSqlDatabase LocalStore::database() const
{
    // The single-writer rule: one thread owns the connection (see the header).
    Q_ASSERT(m_connectionName.isEmpty() || QThread::currentThread() == m_thread);
    return QSqlDatabase::database(m_connectionName, false);
}

qint64 LocalStore::dataVersion()
{
    QSqlQuery query = prepare(QStringLiteral("PRAGMA data_version"));
    if (!exec(query) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QSqlQuery LocalStore::prepare(const QString &sql)
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (isOpen() && !query.prepare(sql))
        fail(query.lastError().text());
    return query;
}

bool LocalStore::exec(QSqlQuery &query)
{
    if (!isOpen())
        return fail(Tr::tr("The local store is not open."));
    if (!query.exec())
        return fail(query.lastError().text());
    return true;
}

bool LocalStore::fail(const QString &message)
{
    m_lastError = message;
    return false;
}

bool LocalStore::inTransaction(const std::function<bool()> &work)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(db.lastError().text().isEmpty() ? Tr::tr("The local store is not open.")
                                                    : db.lastError().text());
    // Keys added by a rolled-back transaction are not in the file any more.
    if (!work()) {
        db.rollback();
        m_nodeKeys.clear();
        return false;
    }
    if (!db.commit()) {
        fail(db.lastError().text());
        db.rollback();
        m_nodeKeys.clear();
        return false;
    }
    return true;
}

bool LocalStore::appendSamples(const QString &clusterId, const QList<NodeSample> &samples)
{
    return recordCycles({ClusterCycleRecord{clusterId, 0, samples, std::nullopt, {}}});
}

bool LocalStore::recordCycles(const QList<ClusterCycleRecord> &records)
{
    if (records.isEmpty())
        return true;
    // One commit for the lot: with WAL, a commit costs far more than the rows it carries.
    return inTransaction([&] {
        QString error;
        const QSqlDatabase db = database();
        for (const ClusterCycleRecord &record : records) {
            if (!m_cycleWriter.write(db, record, &error))
                return fail(error);
        }
        return m_cycleWriter.foldIfDue(&error) || fail(error);
    });
}

QList<NodeSample> LocalStore::samples(const QString &clusterId, const QString &nodeId,
                                      qint64 fromMs, qint64 toMs)
{
    QList<NodeSample> result;
    QSqlQuery query = prepare(QStringLiteral(
        "SELECT time_ms, state, latency_ms, offset_ms, error_ms, revision, active_requests, "
        "rss_bytes FROM node_samples "
        "WHERE node_key = (SELECT key FROM node_keys WHERE cluster_id = ? AND node_id = ?) "
        "AND time_ms BETWEEN ? AND ? UNION ALL "
        "SELECT time_ms, state, latency_ms, offset_ms, error_ms, revision, active_requests, "
        "rss_bytes FROM node_samples_recent "
        "WHERE node_key = (SELECT key FROM node_keys WHERE cluster_id = ? AND node_id = ?) "
        "AND time_ms BETWEEN ? AND ? ORDER BY time_ms"));
    for (int part = 0; part < 2; ++part) { // node_samples, then node_samples_recent
        query.addBindValue(clusterId);
        query.addBindValue(nodeId);
        query.addBindValue(fromMs);
        query.addBindValue(toMs);
    }
    if (!exec(query))
        return result;
    auto optionalDouble = [&](int column) -> std::optional<double> {
        const QVariant value = query.value(column);
        return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
    };
    auto optionalInteger = [&](int column) -> std::optional<qint64> {
        const QVariant value = query.value(column);
        return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
    };
    while (query.next()) {
        NodeSample sample;
        sample.nodeId = nodeId;
        sample.timeMs = query.value(0).toLongLong();
        sample.state = query.value(1).toString();
        sample.latencyMs = optionalDouble(2);
        sample.offsetMs = optionalDouble(3);
        sample.errorMs = optionalDouble(4);
        sample.revision = optionalInteger(5);
        sample.activeRequests = optionalInteger(6);
        sample.rssBytes = optionalInteger(7);
        result.append(sample);
    }
    return result;
}

bool LocalStore::saveOpaque(const char *table, const QString &clusterId,
                            const StoredSnapshot &snapshot)
{
    QSqlQuery query = prepare(saveOpaqueSql(table));
    query.addBindValue(clusterId);
    query.addBindValue(snapshot.takenAtMs);
    query.addBindValue(notNull(snapshot.json));
    return exec(query);
}

std::optional<StoredSnapshot> LocalStore::loadOpaque(const char *table, const QString &clusterId)
{
    QSqlQuery query =
        prepare(QStringLiteral("SELECT taken_at_ms, json FROM %1 WHERE cluster_id = ?")
                    .arg(QLatin1StringView(table)));
    query.addBindValue(clusterId);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return StoredSnapshot{query.value(0).toLongLong(), query.value(1).toByteArray()};
}

bool LocalStore::saveSnapshot(const QString &clusterId, const StoredSnapshot &snapshot)
{
    return saveOpaque("snapshots", clusterId, snapshot);
}

std::optional<StoredSnapshot> LocalStore::loadSnapshot(const QString &clusterId)
{
    return loadOpaque("snapshots", clusterId);
}

bool LocalStore::saveResourceSnapshot(const QString &clusterId, const StoredSnapshot &snapshot)
{
    return saveOpaque("resource_snapshots", clusterId, snapshot);
}

std::optional<StoredSnapshot> LocalStore::loadResourceSnapshot(const QString &clusterId)
{
    return loadOpaque("resource_snapshots", clusterId);
}

bool LocalStore::noteNodesUp(const QString &clusterId, const QStringList &nodeIds, qint64 timeMs)
{
    if (nodeIds.isEmpty())
        return true;
    return recordCycles({ClusterCycleRecord{clusterId, timeMs, {}, std::nullopt, nodeIds}});
}

QHash<QString, qint64> LocalStore::lastUp(const QString &clusterId)
{
    QHash<QString, qint64> result;
    QSqlQuery query = prepare(QStringLiteral("SELECT node_id, last_up_ms FROM node_keys "
                                             "WHERE cluster_id = ? AND last_up_ms IS NOT NULL"));
    query.addBindValue(clusterId);
    if (!exec(query))
        return result;
    while (query.next())
        result.insert(query.value(0).toString(), query.value(1).toLongLong());
    return result;
}

bool LocalStore::saveDraft(const ResourceDraft &draft)
{
    QSqlQuery query = prepare(QStringLiteral(
        "INSERT INTO drafts (cluster_id, resource_type, name, base_json, draft_json, "
        "updated_at_ms) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (cluster_id, resource_type, name) DO UPDATE SET "
        "base_json = excluded.base_json, draft_json = excluded.draft_json, "
        "updated_at_ms = excluded.updated_at_ms"));
    query.addBindValue(draft.clusterId);
    query.addBindValue(draft.resourceType);
    query.addBindValue(draftKey(draft.name));
    query.addBindValue(notNull(withoutSecrets(draft.baseJson)));
    query.addBindValue(notNull(withoutSecrets(draft.draftJson)));
    query.addBindValue(draft.updatedAtMs);
    return exec(query);
}

std::optional<ResourceDraft> LocalStore::loadDraft(const QString &clusterId,
                                                   const QString &resourceType, const QString &name)
{
    QSqlQuery query =
        prepare(QStringLiteral("SELECT base_json, draft_json, updated_at_ms FROM drafts "
                               "WHERE cluster_id = ? AND resource_type = ? AND name = ?"));
    query.addBindValue(clusterId);
    query.addBindValue(resourceType);
    query.addBindValue(draftKey(name));
    if (!exec(query) || !query.next())
        return std::nullopt;
    return ResourceDraft{clusterId,
                         resourceType,
                         name,
                         query.value(0).toByteArray(),
                         query.value(1).toByteArray(),
                         query.value(2).toLongLong()};
}

bool LocalStore::removeDraft(const QString &clusterId, const QString &resourceType,
                             const QString &name)
{
    QSqlQuery query = prepare(QStringLiteral(
        "DELETE FROM drafts WHERE cluster_id = ? AND resource_type = ? AND name = ?"));
    query.addBindValue(clusterId);
    query.addBindValue(resourceType);
    query.addBindValue(draftKey(name));
    return exec(query);
}

QList<ResourceDraft> LocalStore::drafts(const QString &clusterId)
{
    QList<ResourceDraft> result;
    QSqlQuery query = prepare(QStringLiteral(
        "SELECT resource_type, name, base_json, draft_json, updated_at_ms FROM drafts "
        "WHERE cluster_id = ? ORDER BY resource_type, name"));
    query.addBindValue(clusterId);
    if (!exec(query))
        return result;
    while (query.next()) {
        result.append(ResourceDraft{clusterId, query.value(0).toString(), query.value(1).toString(),
                                    query.value(2).toByteArray(), query.value(3).toByteArray(),
                                    query.value(4).toLongLong()});
    }
    return result;
}

qint64 LocalStore::purgeOlderThan(int days, qint64 nowMs)
{
    if (days < 0) {
        fail(Tr::tr("The retention period cannot be negative."));
        return -1;
    }
    if (nowMs < 0)
        nowMs = QDateTime::currentMSecsSinceEpoch();
    qint64 removed = 0;
    for (const char *table : {"node_samples", "node_samples_recent"}) {
        QSqlQuery query =
            prepare(QStringLiteral("DELETE FROM %1 WHERE time_ms < ?").arg(QLatin1String(table)));
        query.addBindValue(nowMs - qint64(days) * 24 * 60 * 60 * 1000);
        if (!exec(query))
            return -1;
        removed += query.numRowsAffected();
    }
    return removed;
}

QString LocalStore::integrityCheck()
{
    QSqlQuery query = prepare(QStringLiteral("PRAGMA integrity_check"));
    if (!exec(query))
        return m_lastError;
    QStringList findings;
    while (query.next())
        findings.append(query.value(0).toString());
    return findings.join(u'\n');
}
