// LocalStore: the console's SQLite file (profiles, node samples, last snapshots, editor drafts)
// in <dataDir>/clusterdesk.sqlite. Never holds a secret.
//
// Threading: not a QObject and not thread-safe. open(), every call and the destructor must
// happen on one thread (the thread that called open()); that thread is the single writer and
// owns the store's named connection. To run it off the UI thread, create and open it on a
// worker thread and send it work there. Calls are synchronous and meant to be cheap.
#pragma once

#include "ActivityEntry.h"
#include "ClusterProfile.h"
#include "LocalStoreCycleWriter.h"
#include "LocalStoreNodeKeys.h"
#include "StoreRecords.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QSqlDatabase;
class QSqlQuery;
class QThread;

class LocalStore final
{
    Q_DISABLE_COPY_MOVE(LocalStore)

public:
    static constexpr auto FileName = "clusterdesk.sqlite";
    static constexpr int DefaultRetentionDays = 14;
    static constexpr int ActivityRetentionDays = 180;
    static constexpr qint64 ActivityMaxRows = 100000;
    static constexpr qint64 StalePendingMs = 10 * 60 * 1000;

    LocalStore();
    ~LocalStore();

    // QStandardPaths::AppDataLocation.
    static QString defaultDataDir();

    // Opens (creating the directory and file when needed) and migrates the store. An empty
    // dataDir means defaultDataDir(). A foreign SQLite file or one from a newer Clusterdesk is
    // refused with a readable message and left untouched.
    bool open(const QString &dataDir, QString *error = nullptr);
    void close();
    bool isOpen() const;
    QString filePath() const { return m_filePath; }
    // The last failure of any call, readable.
    QString lastError() const { return m_lastError; }

    // SQLite's PRAGMA data_version: it changes when another connection (another Clusterdesk
    // process, such as the command line) commits to the file, never for this one's writes.
    // -1 when it cannot be read.
    qint64 dataVersion();

    // Profiles, ordered by sortOrder. The name must be non-empty and unique (ignoring case and
    // surrounding spaces); the problem, if any, comes back in `problem` (field "name" for
    // naming problems, an empty field for storage errors).
    QList<ClusterProfile> profiles();
    std::optional<ClusterProfile> profile(const QString &id);
    // Appends at the end of the order (the given sortOrder is ignored).
    bool addProfile(const ClusterProfile &profile, ProfileValidationError *problem = nullptr);
    // Keeps the stored sortOrder; use reorderProfiles() to move profiles.
    bool updateProfile(const ClusterProfile &profile, ProfileValidationError *problem = nullptr);
    // Also removes the profile's samples, snapshots, last-up times and drafts.
    bool removeProfile(const QString &id);
    // `idsInOrder` must name every profile exactly once.
    bool reorderProfiles(const QStringList &idsInOrder);

    // Cluster groups (LocalStoreGroups.cpp): the folders made with "New Group…", kept while
    // empty (a profile's own group is in the profile). Paths are normalized
    // (ClusterProfile::normalizedGroup); an empty or invalid path is refused.
    QStringList groups();
    bool addGroup(const QString &path);
    // Renames the folder and everything inside it, in the stored groups and in every profile
    // ("EMEA/Prod" renamed to "Europe" turns "EMEA/Prod/Berlin" into "Europe/Berlin"), in one
    // transaction. `to` empty moves the contents to the top level.
    bool renameGroup(const QString &from, const QString &to);
    // Removes the folder: its clusters and subfolders move to its parent; no profile is removed.
    bool removeGroup(const QString &path);

    // One poll cycle's samples, written in a single transaction (all or nothing).
    bool appendSamples(const QString &clusterId, const QList<NodeSample> &samples);
    // Samples of one node with fromMs <= timeMs <= toMs, oldest first.
    QList<NodeSample> samples(const QString &clusterId, const QString &nodeId, qint64 fromMs,
                              qint64 toMs);

    // The last cluster snapshot (JSON produced elsewhere, stored opaque), one per cluster.
    bool saveSnapshot(const QString &clusterId, const StoredSnapshot &snapshot);
    std::optional<StoredSnapshot> loadSnapshot(const QString &clusterId);

    // Remembers when nodes were last seen up (for the restart-order rule); an older time never
    // replaces a newer one.
    bool noteNodesUp(const QString &clusterId, const QStringList &nodeIds, qint64 timeMs);
    QHash<QString, qint64> lastUp(const QString &clusterId);

    // Several clusters' polls (ClusterCycleRecord) in one transaction, all or nothing, through
    // statements prepared once per connection: one commit for a poll cycle of every cluster.
    bool recordCycles(const QList<ClusterCycleRecord> &records);

    // The last resource list (opaque JSON), one per cluster.
    bool saveResourceSnapshot(const QString &clusterId, const StoredSnapshot &snapshot);
    std::optional<StoredSnapshot> loadResourceSnapshot(const QString &clusterId);

    // Editor drafts, keyed by (clusterId, resourceType, name). Write-only secret fields
    // ("password", "secret" under "spec", see docs/api.md) are dropped from both JSON documents
    // before they reach the disk: a restored draft asks for its secrets again.
    bool saveDraft(const ResourceDraft &draft);
    std::optional<ResourceDraft> loadDraft(const QString &clusterId, const QString &resourceType,
                                           const QString &name);
    bool removeDraft(const QString &clusterId, const QString &resourceType, const QString &name);
    QList<ResourceDraft> drafts(const QString &clusterId);

    // Deletes node samples older than `days` before nowMs (default: now). Returns the number of
    // samples deleted, or -1 on error.
    qint64 purgeOlderThan(int days = DefaultRetentionDays, qint64 nowMs = -1);

    // The activity log (LocalStoreActivity.cpp). An entry is keyed by its request id: saving it
    // again (with its outcome) updates the row. Its id comes back in *id.
    bool saveActivity(const ActivityEntry &entry, qint64 *id = nullptr);
    // Newest first, at most filter.limit.
    QList<ActivityEntry> activity(const ActivityFilter &filter);
    // The distinct values of one column of the log, sorted, for filter choices: "cluster_name",
    // "cluster_user", "local_user" or "action".
    QStringList activityValues(const char *column);
    // Keeps the log bounded: deletes entries older than `days` and the oldest beyond `maxRows`,
    // and turns entries still pending after StalePendingMs (their console stopped before the
    // answer) into "outcome unknown". Returns the rows deleted, -1 on error.
    qint64 pruneActivity(int days = ActivityRetentionDays, qint64 maxRows = ActivityMaxRows,
                         qint64 nowMs = -1);

    // PRAGMA integrity_check: "ok" when the file is sound, else SQLite's findings.
    QString integrityCheck();

private:
    QSqlDatabase database() const;
    QSqlQuery prepare(const QString &sql);
    bool exec(QSqlQuery &query);
    bool fail(const QString &message);
    // Runs `work` in a transaction: commits when it returns true, else rolls back.
    bool inTransaction(const std::function<bool()> &work);
    bool checkName(const ClusterProfile &profile, ProfileValidationError *problem);
    // The profile as stored (name trimmed) when it is valid and its name free; else nullopt
    // with *problem.
    std::optional<ClusterProfile> storable(const ClusterProfile &profile,
                                           ProfileValidationError *problem);
    // exec() that also reports a failure as a problem without a field.
    bool execProfileQuery(QSqlQuery &query, ProfileValidationError *problem);
    // renameGroup() without its transaction.
    bool moveGroupContents(const QString &from, const QString &to);
    bool saveOpaque(const char *table, const QString &clusterId, const StoredSnapshot &snapshot);
    std::optional<StoredSnapshot> loadOpaque(const char *table, const QString &clusterId);

    QString m_connectionName;
    QString m_filePath;
    QString m_lastError;
    QThread *m_thread = nullptr;
    LocalStoreNodeKeys m_nodeKeys;
    // After m_nodeKeys, which it uses.
    LocalStoreCycleWriter m_cycleWriter{m_nodeKeys};
};
