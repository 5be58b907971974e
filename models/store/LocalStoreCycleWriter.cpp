#include "LocalStoreCycleWriter.h"

#include "LocalStoreNodeKeys.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LocalStore)
};

// Qt binds a null QString as SQL NULL, which the NOT NULL columns then refuse; keep that.
int bindText(sqlite3_stmt *statement, int index, const QByteArray &utf8)
{
    return utf8.isNull() ? sqlite3_bind_null(statement, index)
                         : sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()),
                                             SQLITE_STATIC);
}

int bindDouble(sqlite3_stmt *statement, int index, const std::optional<double> &value)
{
    return value ? sqlite3_bind_double(statement, index, *value)
                 : sqlite3_bind_null(statement, index);
}

} // namespace

void LocalStoreCycleWriter::reset()
{
    for (sqlite3_stmt **statement :
         {&m_insertSample, &m_saveSnapshot, &m_noteUp, &m_fold, &m_clearRecent}) {
        sqlite3_finalize(*statement);
        *statement = nullptr;
    }
    m_handle = nullptr;
}

bool LocalStoreCycleWriter::prepare(const QSqlDatabase &database, QString *error)
{
    const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
    sqlite3 *connection = nullptr;
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection) {
        *error = Tr::tr("The local store is not open.");
        return false;
    }
    if (connection == m_handle)
        return true;
    reset();
    const std::pair<sqlite3_stmt **, const char *> statements[] = {
        {&m_insertSample,
         "INSERT INTO node_samples_recent (node_key, time_ms, state, latency_ms, offset_ms, "
         "error_ms, revision) VALUES (?, ?, ?, ?, ?, ?, ?)"},
        {&m_saveSnapshot,
         "INSERT INTO snapshots (cluster_id, taken_at_ms, json) VALUES (?, ?, ?) "
         "ON CONFLICT (cluster_id) DO UPDATE SET taken_at_ms = excluded.taken_at_ms, "
         "json = excluded.json"},
        // All of a cluster's up nodes in one statement (their keys as a JSON array); an older
        // time never replaces a newer one.
        {&m_noteUp, "UPDATE node_keys SET last_up_ms = max(coalesce(last_up_ms, ?1), ?1) "
                    "WHERE key IN (SELECT value FROM json_each(?2))"},
        {&m_fold, "INSERT INTO node_samples (node_key, time_ms, state, latency_ms, offset_ms, "
                  "error_ms, revision) SELECT node_key, time_ms, state, latency_ms, offset_ms, "
                  "error_ms, revision FROM node_samples_recent ORDER BY node_key, time_ms"},
        {&m_clearRecent, "DELETE FROM node_samples_recent"},
    };
    for (const auto &[statement, sql] : statements) {
        if (sqlite3_prepare_v3(connection, sql, -1, SQLITE_PREPARE_PERSISTENT, statement,
                               nullptr) != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(connection));
            reset();
            return false;
        }
    }
    m_handle = connection;
    sqlite3_stmt *count = nullptr;
    if (sqlite3_prepare_v2(connection, "SELECT count(*) FROM node_samples_recent", -1, &count,
                           nullptr) == SQLITE_OK &&
        sqlite3_step(count) == SQLITE_ROW)
        m_recentRows = sqlite3_column_int64(count, 0);
    sqlite3_finalize(count);
    return true;
}

bool LocalStoreCycleWriter::foldIfDue(QString *error, bool force)
{
    if (!m_handle || (!force && m_recentRows < FoldRows))
        return true;
    if (!step(m_fold, error) || !step(m_clearRecent, error))
        return false;
    m_recentRows = 0;
    return true;
}

bool LocalStoreCycleWriter::step(sqlite3_stmt *statement, QString *error)
{
    const int result = sqlite3_step(statement);
    if (result != SQLITE_DONE)
        *error = QString::fromUtf8(sqlite3_errmsg(m_handle));
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    return result == SQLITE_DONE;
}

bool LocalStoreCycleWriter::write(const QSqlDatabase &database, const ClusterCycleRecord &record,
                                  QString *error)
{
    if (!prepare(database, error))
        return false;
    for (const NodeSample &sample : record.samples) {
        const std::optional<qint64> key =
            m_keys.key(database, record.clusterId, sample.nodeId, error);
        if (!key)
            return false;
        const QByteArray state = sample.state.toUtf8(); // outlives the step (SQLITE_STATIC)
        sqlite3_bind_int64(m_insertSample, 1, *key);
        sqlite3_bind_int64(m_insertSample, 2, sample.timeMs);
        bindText(m_insertSample, 3, state);
        bindDouble(m_insertSample, 4, sample.latencyMs);
        bindDouble(m_insertSample, 5, sample.offsetMs);
        bindDouble(m_insertSample, 6, sample.errorMs);
        if (sample.revision)
            sqlite3_bind_int64(m_insertSample, 7, *sample.revision);
        else
            sqlite3_bind_null(m_insertSample, 7);
        if (!step(m_insertSample, error))
            return false;
        ++m_recentRows;
    }
    if (record.snapshot) {
        const QByteArray clusterId = record.clusterId.toUtf8();
        // A null QByteArray would bind as NULL; the column is NOT NULL, an empty JSON is "".
        const QByteArray &json = record.snapshot->json;
        bindText(m_saveSnapshot, 1, clusterId);
        sqlite3_bind_int64(m_saveSnapshot, 2, record.snapshot->takenAtMs);
        sqlite3_bind_blob(m_saveSnapshot, 3, json.isNull() ? "" : json.constData(),
                          int(json.size()), SQLITE_STATIC);
        if (!step(m_saveSnapshot, error))
            return false;
    }
    if (!record.upNodeIds.isEmpty()) {
        QByteArray keys = "[";
        for (const QString &nodeId : record.upNodeIds) {
            const std::optional<qint64> key = m_keys.key(database, record.clusterId, nodeId, error);
            if (!key)
                return false;
            if (keys.size() > 1)
                keys += ',';
            keys += QByteArray::number(*key);
        }
        keys += ']';
        sqlite3_bind_int64(m_noteUp, 1, record.timeMs);
        bindText(m_noteUp, 2, keys);
        if (!step(m_noteUp, error))
            return false;
    }
    return true;
}
