#include "LocalStore.h"

#include "LocalStoreSchema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <QSet>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LocalStore)
};

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
    if (!QDir().mkpath(dir))
        return refuse(Tr::tr("Cannot create the data directory %1.").arg(dir));

    m_filePath = QDir(dir).absoluteFilePath(QString::fromLatin1(FileName));
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
        return refuse(message);
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

QList<ClusterProfile> LocalStore::profiles()
{
    QList<ClusterProfile> result;
    QSqlQuery query =
        prepare(QStringLiteral("SELECT json, name, sort_order FROM profiles ORDER BY sort_order"));
    if (!exec(query))
        return result;
    while (query.next()) {
        const QJsonObject json = QJsonDocument::fromJson(query.value(0).toByteArray()).object();
        auto profile = ClusterProfile::fromJson(json);
        if (!profile)
            continue; // a damaged row must not hide the others
        profile->name = query.value(1).toString();
        profile->sortOrder = query.value(2).toInt();
        result.append(*profile);
    }
    return result;
}

std::optional<ClusterProfile> LocalStore::profile(const QString &id)
{
    QSqlQuery query =
        prepare(QStringLiteral("SELECT json, name, sort_order FROM profiles WHERE id = ?"));
    query.addBindValue(id);
    if (!exec(query) || !query.next())
        return std::nullopt;
    auto profile =
        ClusterProfile::fromJson(QJsonDocument::fromJson(query.value(0).toByteArray()).object());
    if (!profile)
        return std::nullopt;
    profile->name = query.value(1).toString();
    profile->sortOrder = query.value(2).toInt();
    return profile;
}

bool LocalStore::checkName(const ClusterProfile &profile, ProfileValidationError *problem)
{
    auto refuse = [&](const QString &reason) {
        if (problem)
            *problem = {QStringLiteral("name"), reason};
        return fail(reason);
    };
    const QString name = profile.name.trimmed();
    if (name.isEmpty())
        return refuse(Tr::tr("A profile needs a name."));
    QSqlQuery query = prepare(QStringLiteral("SELECT id, name FROM profiles"));
    if (!exec(query)) {
        if (problem)
            *problem = {QString(), m_lastError};
        return false;
    }
    while (query.next()) {
        if (query.value(0).toString() != profile.id &&
            query.value(1).toString().compare(name, Qt::CaseInsensitive) == 0)
            return refuse(Tr::tr("Another profile is already called \"%1\".").arg(name));
    }
    return true;
}

bool LocalStore::addProfile(const ClusterProfile &profile, ProfileValidationError *problem)
{
    if (auto invalid = profile.validate()) {
        if (problem)
            *problem = *invalid;
        return fail(QStringLiteral("%1: %2").arg(invalid->field, invalid->reason));
    }
    if (!checkName(profile, problem))
        return false;
    ClusterProfile stored = profile;
    stored.name = profile.name.trimmed();
    QSqlQuery query = prepare(QStringLiteral(
        "INSERT INTO profiles (id, name, sort_order, json) "
        "VALUES (?, ?, (SELECT coalesce(max(sort_order) + 1, 0) FROM profiles), ?)"));
    query.addBindValue(stored.id);
    query.addBindValue(stored.name);
    query.addBindValue(QJsonDocument(stored.toJson()).toJson(QJsonDocument::Compact));
    if (!exec(query)) {
        if (problem)
            *problem = {QString(), m_lastError};
        return false;
    }
    return true;
}

bool LocalStore::updateProfile(const ClusterProfile &profile, ProfileValidationError *problem)
{
    if (auto invalid = profile.validate()) {
        if (problem)
            *problem = *invalid;
        return fail(QStringLiteral("%1: %2").arg(invalid->field, invalid->reason));
    }
    if (!checkName(profile, problem))
        return false;
    ClusterProfile stored = profile;
    stored.name = profile.name.trimmed();
    QSqlQuery query =
        prepare(QStringLiteral("UPDATE profiles SET name = ?, json = ? WHERE id = ?"));
    query.addBindValue(stored.name);
    query.addBindValue(QJsonDocument(stored.toJson()).toJson(QJsonDocument::Compact));
    query.addBindValue(stored.id);
    if (!exec(query)) {
        if (problem)
            *problem = {QString(), m_lastError};
        return false;
    }
    if (query.numRowsAffected() != 1) {
        const QString message = Tr::tr("There is no profile with the id %1.").arg(profile.id);
        if (problem)
            *problem = {QStringLiteral("id"), message};
        return fail(message);
    }
    return true;
}

bool LocalStore::removeProfile(const QString &id)
{
    static const char *const statements[] = {
        "DELETE FROM node_samples WHERE node_key IN "
        "(SELECT key FROM node_keys WHERE cluster_id = ?)",
        "DELETE FROM node_samples_recent WHERE node_key IN "
        "(SELECT key FROM node_keys WHERE cluster_id = ?)",
        "DELETE FROM node_keys WHERE cluster_id = ?",
        "DELETE FROM snapshots WHERE cluster_id = ?",
        "DELETE FROM resource_snapshots WHERE cluster_id = ?",
        "DELETE FROM drafts WHERE cluster_id = ?",
        "DELETE FROM profiles WHERE id = ?",
    };
    m_nodeKeys.forget(id);
    return inTransaction([&] {
        for (const char *sql : statements) {
            QSqlQuery query = prepare(QString::fromLatin1(sql));
            query.addBindValue(id);
            if (!exec(query))
                return false;
        }
        return true;
    });
}

bool LocalStore::reorderProfiles(const QStringList &idsInOrder)
{
    QSet<QString> known;
    {
        QSqlQuery query = prepare(QStringLiteral("SELECT id FROM profiles"));
        if (!exec(query))
            return false;
        while (query.next())
            known.insert(query.value(0).toString());
    }
    const QSet<QString> given(idsInOrder.cbegin(), idsInOrder.cend());
    if (given != known || idsInOrder.size() != known.size())
        return fail(Tr::tr("The new order must name every profile exactly once."));
    return inTransaction([&] {
        QSqlQuery query =
            prepare(QStringLiteral("UPDATE profiles SET sort_order = ? WHERE id = ?"));
        for (qsizetype i = 0; i < idsInOrder.size(); ++i) {
            query.bindValue(0, i);
            query.bindValue(1, idsInOrder.at(i));
            if (!exec(query))
                return false;
        }
        return true;
    });
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
        "SELECT time_ms, state, latency_ms, offset_ms, error_ms, revision FROM node_samples "
        "WHERE node_key = (SELECT key FROM node_keys WHERE cluster_id = ? AND node_id = ?) "
        "AND time_ms BETWEEN ? AND ? UNION ALL "
        "SELECT time_ms, state, latency_ms, offset_ms, error_ms, revision FROM node_samples_recent "
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
    while (query.next()) {
        NodeSample sample;
        sample.nodeId = nodeId;
        sample.timeMs = query.value(0).toLongLong();
        sample.state = query.value(1).toString();
        sample.latencyMs = optionalDouble(2);
        sample.offsetMs = optionalDouble(3);
        sample.errorMs = optionalDouble(4);
        if (!query.value(5).isNull())
            sample.revision = query.value(5).toLongLong();
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
