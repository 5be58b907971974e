#include "ConfigDatabase.h"

#include "ChangeStates.h"
#include "ConfigDatabaseSecrets.h"
#include "ConfigDatabaseSql.h"
#include "ResourceSchema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace node {

using namespace ConfigDatabaseSql;

namespace {

// RFC 9110 strong comparison against a list of entity tags; "*" matches any current state.
bool etagMatches(const QByteArray &ifMatch, const QByteArray &etag)
{
    const QByteArray trimmed = ifMatch.trimmed();
    if (trimmed == "*")
        return true;
    for (const QByteArray &candidate : trimmed.split(',')) {
        if (candidate.trimmed() == etag)
            return true;
    }
    return false;
}

// The first revision written to an empty history creates its id, in the write's transaction.
bool ensureHistoryId(const QSqlDatabase &db, QString *historyId, QString *error)
{
    if (!historyId->isEmpty())
        return true;
    *historyId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return storeHistoryId(db, *historyId, error);
}

// After a commit that stripped secret values: best effort, since the write itself stands and
// the next stripping write (or the next open's checkpoint) flushes again.
void flushIfStripped(const QSqlDatabase &db, bool stripped)
{
    QString ignored;
    if (stripped)
        ConfigDatabaseSecrets::flushStrippedPages(db, &ignored);
}

// One change inside a write transaction: its resource written (deleted when `resource` is
// empty), the entry appended to the log and older entries' secret values of it stripped.
bool recordChange(const QSqlDatabase &db, const ChangeEntry &entry,
                  const std::optional<StoredResource> &resource, bool *stripped, QString *error)
{
    const bool written = resource ? writeResource(db, *resource, error)
                                  : deleteResource(db, entry.type, entry.name, error);
    return written && appendChange(db, entry, error) &&
           ConfigDatabaseSecrets::stripOlderChanges(db, entry.type, entry.name, entry.revision,
                                                    stripped, error);
}

} // namespace

QByteArray StoredResource::etag() const
{
    return '"' + QByteArray::number(revision) + '"';
}

ConfigDatabase::ConfigDatabase(QString connectionName)
    : m_connectionName(std::move(connectionName))
{}

ConfigDatabase::~ConfigDatabase()
{
    close();
}

void ConfigDatabase::close()
{
    // Never touch a connection of the same name that another object holds.
    if (m_open) {
        {
            QSqlDatabase db = connection();
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_open = false;
    m_schemaVersion = 0;
    m_revision = 0;
    m_historyId.clear();
    m_checksum.clear();
    m_license = {};
    m_dataflows = {};
}

bool ConfigDatabase::open(const QString &directory, const QJsonObject &seed, QString *error)
{
    QString localError;
    QString &message = error ? *error : localError;
    if (m_open)
        close();
    if (QSqlDatabase::contains(m_connectionName)) {
        message = u"the SQL connection name %1 is already in use"_s.arg(m_connectionName);
        return false;
    }
    if (!QDir().mkpath(directory)) {
        message = u"cannot create the directory %1"_s.arg(directory);
        return false;
    }
    const QString path = QDir(directory).filePath(u"config.sqlite"_s);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open())
            message = db.lastError().text();
        else
            ok = migrate(seed, &message) && loadState(&message);
    }
    if (!ok) {
        message = u"cannot open %1: %2"_s.arg(path, message);
        QSqlDatabase::removeDatabase(m_connectionName);
        return false;
    }
    m_open = true;
    recomputeChecksum();
    return true;
}

QSqlDatabase ConfigDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlDatabase ConfigDatabase::writeConnection(QString *error) const
{
    if (m_open)
        return connection();
    *error = u"the configuration database is not open"_s;
    return {};
}

bool ConfigDatabase::migrate(const QJsonObject &seed, QString *error)
{
    const QSqlDatabase db = connection();
    return migrateSchema(db, seed, &m_schemaVersion, error);
}

bool ConfigDatabase::loadState(QString *error)
{
    const QSqlDatabase db = connection();
    const std::optional<qint64> revision = storedRevision(db, error);
    if (!revision)
        return false;
    const std::optional<QString> historyId = storedHistoryId(db, error);
    if (!historyId)
        return false;
    m_historyId = *historyId;
    QSqlQuery query(db);
    if (!run(query, u"SELECT key, value FROM meta WHERE key IN (?, ?)"_s,
             {licenseKey(), dataflowsKey()}, error))
        return false;
    while (query.next()) {
        const QJsonDocument document = QJsonDocument::fromJson(query.value(1).toString().toUtf8());
        if (query.value(0).toString() == licenseKey())
            m_license = document.object();
        else
            m_dataflows = document.array();
    }
    m_revision = *revision;
    return true;
}

void ConfigDatabase::recomputeChecksum()
{
    // Content only (never revisions or times), in (type, name) order: equal copies hash equal
    // whatever history produced them. Resource digests are stored, so this reads one column.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData("clusterdesk-config-v1\nlicense ");
    hash.addData(ResourceSchema::canonicalJson(m_license));
    hash.addData("\ndataflows ");
    hash.addData(compact(m_dataflows));
    hash.addData("\n");
    QSqlQuery query(connection());
    QString error;
    if (!run(query, u"SELECT digest FROM resources ORDER BY type, name"_s, {}, &error)) {
        m_checksum.clear();
        return;
    }
    while (query.next()) {
        hash.addData(query.value(0).toString().toLatin1());
        hash.addData("\n");
    }
    m_checksum = hash.result().toHex();
}

QList<StoredResource> ConfigDatabase::resources(const QString &type) const
{
    QList<StoredResource> list;
    if (!m_open)
        return list;
    QSqlQuery query(connection());
    QString error;
    const bool ok =
        type.isEmpty()
            ? run(query, resourceColumnsSelect() + u" ORDER BY type, name"_s, {}, &error)
            : run(query, resourceColumnsSelect() + u" WHERE type = ? ORDER BY type, name"_s, {type},
                  &error);
    while (ok && query.next())
        list.append(resourceFromRow(query));
    return list;
}

std::optional<StoredResource> ConfigDatabase::resource(const QString &type,
                                                       const QString &name) const
{
    if (!m_open)
        return std::nullopt;
    QString error;
    return readResource(connection(), type, name, &error);
}

WriteResult ConfigDatabase::failure(const QString &error) const
{
    WriteResult result;
    result.status = WriteStatus::StorageError;
    result.revision = m_revision;
    result.error = error;
    return result;
}

WriteResult ConfigDatabase::put(const WriteRequest &request)
{
    QString error;
    const QSqlDatabase db = writeConnection(&error);
    if (!db.isValid())
        return failure(error);
    Transaction transaction(db);
    const std::optional<qint64> current = beginWrite(transaction, db, &error);
    if (!current)
        return failure(error);
    if (std::optional<WriteResult> replay = replayOf(request.requestId))
        return *replay;
    const std::optional<StoredResource> existing =
        readResource(db, request.type, request.name, &error);
    if (!error.isEmpty())
        return failure(error);

    WriteResult result;
    result.revision = m_revision;
    result.resource = existing;
    if (!request.ifMatch && !request.ifNoneMatchStar) {
        result.status = WriteStatus::PreconditionRequired;
        return result;
    }
    if (request.ifMatch && !existing) {
        result.status = WriteStatus::NotFound;
        return result;
    }
    if ((request.ifMatch && !etagMatches(*request.ifMatch, existing->etag())) ||
        (request.ifNoneMatchStar && existing)) {
        result.status = WriteStatus::PreconditionFailed;
        return result;
    }

    StoredResource stored;
    stored.type = request.type;
    stored.name = request.name;
    stored.description = request.description;
    stored.spec = request.spec;
    stored.revision = *current + 1;
    stored.updatedAt = QDateTime::currentDateTimeUtc();
    stored.updatedBy = request.user;
    ChangeEntry entry{stored.revision,
                      stored.updatedAt,
                      stored.updatedBy,
                      existing ? u"update"_s : u"create"_s,
                      stored.type,
                      stored.name,
                      {{u"description"_s, stored.description}, {u"spec"_s, stored.spec}},
                      request.requestId};
    const QJsonObject marks = ConfigDatabaseSecrets::marks(
        stored.type, existing ? existing->spec : QJsonObject(), stored.spec);
    if (!marks.isEmpty())
        entry.resource.insert(ConfigDatabaseSecrets::marksKey(), marks);
    const QJsonObject beforeSpec = existing ? existing->spec : QJsonObject();
    entry.before = existing ? QJsonValue(ChangeStates::state(stored.type, existing->description,
                                                             existing->spec, stored.spec))
                            : QJsonValue(QJsonValue::Null);
    entry.after = ChangeStates::state(stored.type, stored.description, stored.spec, beforeSpec);
    if (!commitOne(db, transaction, entry, stored, &error))
        return failure(error);
    return WriteResult{WriteStatus::Ok, stored, m_revision, {}, std::nullopt};
}

WriteResult ConfigDatabase::remove(const QString &type, const QString &name, const QString &user,
                                   const std::optional<QByteArray> &ifMatch,
                                   const QString &requestId)
{
    QString error;
    const QSqlDatabase db = writeConnection(&error);
    if (!db.isValid())
        return failure(error);
    WriteResult result;
    result.revision = m_revision;
    if (!ifMatch) {
        result.status = WriteStatus::PreconditionRequired;
        return result;
    }
    Transaction transaction(db);
    const std::optional<qint64> current = beginWrite(transaction, db, &error);
    if (!current)
        return failure(error);
    if (std::optional<WriteResult> replay = replayOf(requestId))
        return *replay;
    result.resource = readResource(db, type, name, &error);
    if (!error.isEmpty())
        return failure(error);
    if (!result.resource) {
        result.status = WriteStatus::NotFound;
        return result;
    }
    if (!etagMatches(*ifMatch, result.resource->etag())) {
        result.status = WriteStatus::PreconditionFailed;
        return result;
    }
    ChangeEntry entry{
        *current + 1, QDateTime::currentDateTimeUtc(), user, u"delete"_s, type, name, {},
        requestId};
    entry.before = ChangeStates::state(type, result.resource->description, result.resource->spec,
                                       QJsonObject());
    entry.after = QJsonValue(QJsonValue::Null);
    if (!commitOne(db, transaction, entry, std::nullopt, &error))
        return failure(error);
    return WriteResult{WriteStatus::Ok, std::nullopt, m_revision, {}, std::nullopt};
}

bool ConfigDatabase::applyChanges(const QList<ChangeEntry> &entries, const QString &historyId,
                                  QString *error)
{
    QString localError;
    QString &message = error ? *error : localError;
    const QSqlDatabase db = writeConnection(&message);
    if (!db.isValid())
        return false;
    Transaction transaction(db);
    const std::optional<qint64> stored = beginWrite(transaction, db, &message);
    if (!stored)
        return false;
    if (!m_historyId.isEmpty() && historyId != m_historyId) {
        message = u"the changes belong to history %1, this copy to %2"_s.arg(
            historyId.isEmpty() ? u"(none)"_s : historyId, m_historyId);
        return false;
    }
    const bool adoptHistory = m_historyId.isEmpty() && !historyId.isEmpty();
    if (adoptHistory && !storeHistoryId(db, historyId, &message))
        return false;
    qint64 current = *stored;
    bool stripped = false;
    for (const ChangeEntry &entry : entries) {
        if (entry.revision <= current)
            continue;
        if (entry.revision != current + 1) {
            message = u"gap in the change log: expected revision %1, got %2"_s.arg(current + 1)
                          .arg(entry.revision);
            return false;
        }
        const bool isDelete = entry.operation == u"delete";
        const QJsonValue spec = entry.resource.value(u"spec");
        const QJsonValue description = entry.resource.value(u"description");
        if ((!isDelete && entry.operation != u"create" && entry.operation != u"update") ||
            (!isDelete &&
             (!spec.isObject() || !(description.isString() || description.isUndefined())))) {
            message = u"malformed change entry at revision %1"_s.arg(entry.revision);
            return false;
        }
        const std::optional<StoredResource> resource =
            isDelete ? std::nullopt
                     : std::optional<StoredResource>({entry.type, entry.name,
                                                      description.toString(), spec.toObject(),
                                                      entry.revision, entry.time, entry.user});
        if (!recordChange(db, entry, resource, &stripped, &message))
            return false;
        current = entry.revision;
    }
    if (current == *stored && !adoptHistory)
        return true;
    return commitWrite(db, transaction, current, adoptHistory ? historyId : m_historyId, stripped,
                       &message);
}

bool ConfigDatabase::commitOne(const QSqlDatabase &db, Transaction &transaction,
                               const ChangeEntry &entry,
                               const std::optional<StoredResource> &resource, QString *error)
{
    QString historyId = m_historyId;
    bool stripped = false;
    return ensureHistoryId(db, &historyId, error) &&
           recordChange(db, entry, resource, &stripped, error) &&
           commitWrite(db, transaction, entry.revision, historyId, stripped, error);
}

bool ConfigDatabase::commitWrite(const QSqlDatabase &db, Transaction &transaction, qint64 revision,
                                 const QString &historyId, bool stripped, QString *error)
{
    if (!storeRevision(db, revision, error) || !transaction.commit(error))
        return false;
    flushIfStripped(db, stripped);
    m_historyId = historyId;
    m_revision = revision;
    recomputeChecksum();
    return true;
}

QList<ChangeEntry> ConfigDatabase::changes(qint64 afterRevision, int limit) const
{
    QList<ChangeEntry> list;
    if (!m_open || limit <= 0)
        return list;
    QSqlQuery query(connection());
    QString error;
    if (!run(query, changeColumnsSelect() + u" WHERE revision > ? ORDER BY revision LIMIT ?"_s,
             {afterRevision, limit}, &error))
        return list;
    while (query.next())
        list.append(changeFromRow(query));
    return list;
}

std::optional<ChangeEntry> ConfigDatabase::changeForRequest(const QString &requestId) const
{
    if (!m_open || requestId.isEmpty())
        return std::nullopt;
    QString error;
    return changeByRequestId(connection(), requestId, &error);
}

std::optional<WriteResult> ConfigDatabase::replayOf(const QString &requestId) const
{
    // Read under the write lock, so two retries of one request cannot both apply.
    if (requestId.isEmpty())
        return std::nullopt;
    QString error;
    std::optional<ChangeEntry> first = changeByRequestId(connection(), requestId, &error);
    if (!error.isEmpty())
        return failure(error);
    if (!first)
        return std::nullopt;
    WriteResult result;
    result.status = WriteStatus::Replayed;
    result.revision = m_revision;
    result.replayed = std::move(first);
    return result;
}

bool ConfigDatabase::reset(QString *error)
{
    QString localError;
    QString &message = error ? *error : localError;
    const QSqlDatabase db = writeConnection(&message);
    if (!db.isValid())
        return false;
    Transaction transaction(db);
    if (!transaction.begin(&message) || !run(db, u"DELETE FROM resources"_s, {}, &message) ||
        !run(db, u"DELETE FROM changes"_s, {}, &message) || !storeRevision(db, 0, &message) ||
        !storeHistoryId(db, QStringLiteral(""), &message) || !transaction.commit(&message))
        return false;
    m_revision = 0;
    m_historyId.clear();
    recomputeChecksum();
    return true;
}

} // namespace node
