#pragma once
// The node's copy of the configuration database (SQLite): external resource definitions,
// the change log that replicates them, license and dataflows. Revision + checksum identify
// a state so any two copies can be compared; the history id says whether two copies share one
// history at all (a recreated database starts another). All statements are prepared. Use an object
// from the thread that opened it only (a QSqlDatabase connection belongs to one thread).

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

class QSqlDatabase;

namespace node {

namespace ConfigDatabaseSql {
class Transaction;
}

struct StoredResource
{
    QString type;
    QString name;
    QString description;
    QJsonObject spec;    // secrets included; never sent to clients as-is
    qint64 revision = 0; // revision of the last write of this resource (the ETag)
    QDateTime updatedAt;
    QString updatedBy;

    QByteArray etag() const; // strong ETag, quoted: "\"<revision>\""
};

// One committed write. `resource` carries the full stored resource for put, empty for delete.
struct ChangeEntry
{
    qint64 revision = 0;
    QDateTime time;
    QString user;
    QString operation; // "create", "update", "delete"
    QString type;
    QString name;
    // {"description", "spec", "secrets": {field: mark}}: replication payload only. Secret values
    // are in the spec of a resource's newest change only (see ConfigDatabaseSecrets).
    QJsonObject resource;
    QString requestId; // the write's Idempotency-Key (or generated id); empty in old entries
    // The definition before and after the change (ChangeStates: secrets as markers, never
    // values), replicated as they are. Null: no resource on that side (before a create, after
    // a delete). Undefined: not recorded (changes written before schema version 4).
    QJsonValue before = QJsonValue(QJsonValue::Undefined);
    QJsonValue after = QJsonValue(QJsonValue::Undefined);

    bool statesRecorded() const { return !before.isUndefined() && !after.isUndefined(); }
};

enum class WriteStatus {
    Ok,
    PreconditionFailed,   // If-Match does not match / If-None-Match: * but exists
    PreconditionRequired, // neither header given
    NotFound,             // update or delete of a missing resource
    Replayed,             // the request id is in the change log already: `replayed` says how
    StorageError
};

struct WriteRequest
{
    QString type;
    QString name;
    QString user;
    QString description;
    QJsonObject spec;                  // already validated and merged with stored secrets
    std::optional<QByteArray> ifMatch; // quoted ETag or "*"
    bool ifNoneMatchStar = false;
    QString requestId; // recorded with the change; a second write with it is Replayed
};

struct WriteResult
{
    WriteStatus status = WriteStatus::StorageError;
    std::optional<StoredResource> resource; // the stored state after a put, current for 412
    qint64 revision = 0;                    // database revision after the call
    QString error;
    std::optional<ChangeEntry> replayed; // Replayed: the change this request id made first
};

class ConfigDatabase final
{
public:
    // `connectionName` must be unique per process (one node may hold several in tests).
    explicit ConfigDatabase(QString connectionName);
    ~ConfigDatabase();
    ConfigDatabase(const ConfigDatabase &) = delete;
    ConfigDatabase &operator=(const ConfigDatabase &) = delete;

    // Opens (creating) <dir>/config.sqlite with WAL and runs migrations. A new database
    // (revision 0) stores `seed` = {"license": {...}, "dataflows": [...]}; every node of a
    // cluster is given the same seed, so fresh copies agree.
    bool open(const QString &directory, const QJsonObject &seed, QString *error);

    qint64 revision() const { return m_revision; }
    QByteArray checksum() const { return m_checksum; } // hex SHA-256 over the canonical content
    // Created with the first revision written here and replicated with the log: copies with
    // different ids do not share a history. Empty while nothing was ever written.
    QString historyId() const { return m_historyId; }
    int schemaVersion() const { return m_schemaVersion; }

    QList<StoredResource> resources(const QString &type = {}) const;
    std::optional<StoredResource> resource(const QString &type, const QString &name) const;

    // Primary side: applies one write in a transaction, appending to the change log.
    WriteResult put(const WriteRequest &request);
    WriteResult remove(const QString &type, const QString &name, const QString &user,
                       const std::optional<QByteArray> &ifMatch, const QString &requestId = {});

    // Replica side: applies entries of history `historyId` in order in one transaction;
    // entries at or below the current revision are skipped, a gap or another history is
    // refused (returns false, nothing applied). An empty copy adopts `historyId`.
    bool applyChanges(const QList<ChangeEntry> &entries, const QString &historyId, QString *error);

    // The change that the write with this request id made; nullopt if none did.
    std::optional<ChangeEntry> changeForRequest(const QString &requestId) const;

    // Change log after `afterRevision` (ascending), at most `limit` entries.
    QList<ChangeEntry> changes(qint64 afterRevision, int limit) const;

    QJsonObject license() const { return m_license; }
    QJsonArray dataflows() const { return m_dataflows; }

    // Back to the freshly seeded state: every resource and change entry and the history id
    // removed, revision 0, license and dataflows kept. Replication never calls this: a copy
    // that disagrees with the primary keeps its data until an operator reseeds it.
    bool reset(QString *error);

    bool isOpen() const { return m_open; }
    void close();

    // The schema version this build migrates to; open() refuses a newer file.
    static constexpr int kSchemaVersion = 4;
    // PRAGMA application_id of every Clusterdesk configuration database ("CDcf").
    static constexpr int kApplicationId = 0x43446366;

private:
    // This copy's connection (open or not: the readers check m_open themselves).
    QSqlDatabase connection() const;
    // A writer's connection: an invalid one, with `*error` saying so, when the database is not
    // open.
    QSqlDatabase writeConnection(QString *error) const;
    bool migrate(const QJsonObject &seed, QString *error);
    bool loadState(QString *error);
    WriteResult failure(const QString &error) const;
    // Inside a write transaction: the Replayed result when `requestId` made a change already.
    std::optional<WriteResult> replayOf(const QString &requestId) const;
    void recomputeChecksum();
    // Primary side, inside put's or remove's transaction: records `entry` (see recordChange)
    // with a history id created for an empty history, then commits (commitWrite).
    bool commitOne(const QSqlDatabase &db, ConfigDatabaseSql::Transaction &transaction,
                   const ChangeEntry &entry, const std::optional<StoredResource> &resource,
                   QString *error);
    // Stores `revision`, commits, and only then takes `revision` and `historyId` as this copy's.
    bool commitWrite(const QSqlDatabase &db, ConfigDatabaseSql::Transaction &transaction,
                     qint64 revision, const QString &historyId, bool stripped, QString *error);

    QString m_connectionName;
    bool m_open = false;
    int m_schemaVersion = 0;
    qint64 m_revision = 0;
    QString m_historyId;
    QByteArray m_checksum;
    QJsonObject m_license;
    QJsonArray m_dataflows;
};

} // namespace node
