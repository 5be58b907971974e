// ConfigDatabase against real SQLite files in a temporary directory: writes with ETags,
// the change log, replication between two copies, checksums, migrations and bad files.
#include "ConfigDatabase.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace node;

namespace {

const QJsonObject kSeed{
    {u"license"_s, QJsonObject{{u"licensee"_s, u"Example Corp"_s}, {u"maxNodes"_s, 16}}},
    {u"dataflows"_s,
     QJsonArray{QJsonObject{{u"name"_s, u"geocode"_s}, {u"kind"_s, u"service"_s}}}}};

QJsonObject jdbcSpec(const QString &database)
{
    return {{u"driver"_s, u"postgresql"_s},
            {u"driverClass"_s, u"org.postgresql.Driver"_s},
            {u"url"_s, u"jdbc:postgresql://db:5432/"_s + database},
            {u"password"_s, u"s3cret"_s}};
}

WriteRequest create(const QString &name, const QString &description = u"d"_s,
                    const QJsonObject &spec = jdbcSpec(u"x"_s))
{
    WriteRequest request;
    request.type = u"jdbc"_s;
    request.name = name;
    request.user = u"admin"_s;
    request.description = description;
    request.spec = spec;
    request.ifNoneMatchStar = true;
    return request;
}

WriteRequest update(const QString &name, const QByteArray &ifMatch,
                    const QString &description = u"updated"_s)
{
    WriteRequest request = create(name, description);
    request.ifNoneMatchStar = false;
    request.ifMatch = ifMatch;
    return request;
}

// Runs `sql` on the file through a separate connection (what an operator's sqlite3 would do).
QVariant inspect(const QString &path, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase(u"inspect"_s);
    return value;
}

void compareResources(const QList<StoredResource> &actual, const QList<StoredResource> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        QCOMPARE(actual[i].type, expected[i].type);
        QCOMPARE(actual[i].name, expected[i].name);
        QCOMPARE(actual[i].description, expected[i].description);
        QCOMPARE(actual[i].spec, expected[i].spec);
        QCOMPARE(actual[i].revision, expected[i].revision);
        QCOMPARE(actual[i].updatedAt, expected[i].updatedAt);
        QCOMPARE(actual[i].updatedBy, expected[i].updatedBy);
    }
}

} // namespace

class tst_ConfigDatabase final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void openCreatesSchema();
    void createUpdateDelete();
    void rejectedWritesChangeNothing();
    void ifMatchLists();
    void changesPaging();
    void replicationReproducesState();
    void gapRefused();
    void malformedEntryRefused();
    void reopenKeepsState();
    void newerSchemaRefused();
    void corruptedFileRefused();
    void foreignDatabaseRefused();
    void checksumIndependentOfHistory();
    void checksumCoversContent();
    void sqlLookingNamesStoredVerbatim();
    void resourcesSortedAndFiltered();
    void resetReturnsToSeed();
    void unopenedDatabaseFailsCleanly();
    void connectionNameInUse();

private:
    std::unique_ptr<ConfigDatabase> openDatabase(const QString &subdirectory,
                                                 const QJsonObject &seed = kSeed);

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_connections = 0;
};

void tst_ConfigDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_ConfigDatabase::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<ConfigDatabase> tst_ConfigDatabase::openDatabase(const QString &subdirectory,
                                                                 const QJsonObject &seed)
{
    auto db = std::make_unique<ConfigDatabase>(u"test-%1"_s.arg(++m_connections));
    QString error;
    if (!db->open(m_dir->filePath(subdirectory), seed, &error)) {
        qWarning("open failed: %s", qPrintable(error));
        return nullptr;
    }
    return db;
}

void tst_ConfigDatabase::openCreatesSchema()
{
    std::unique_ptr<ConfigDatabase> db = openDatabase(u"a"_s);
    QVERIFY(db);
    QVERIFY(db->isOpen());
    QCOMPARE(db->revision(), 0);
    QCOMPARE(db->schemaVersion(), ConfigDatabase::kSchemaVersion);
    QCOMPARE(db->checksum().size(), 64);
    QCOMPARE(db->license(), kSeed.value(u"license"_s).toObject());
    QCOMPARE(db->dataflows(), kSeed.value(u"dataflows"_s).toArray());
    QVERIFY(db->resources().isEmpty());
    QVERIFY(db->changes(0, 100).isEmpty());

    const QString path = m_dir->filePath(u"a/config.sqlite"_s);
    QVERIFY(QFile::exists(path));
    QCOMPARE(inspect(path, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(inspect(path, u"PRAGMA application_id"_s).toInt(), ConfigDatabase::kApplicationId);
    QCOMPARE(inspect(path, u"PRAGMA user_version"_s).toInt(), ConfigDatabase::kSchemaVersion);
}

void tst_ConfigDatabase::createUpdateDelete()
{
    std::unique_ptr<ConfigDatabase> db = openDatabase(u"a"_s);
    QVERIFY(db);

    WriteResult created = db->put(create(u"orders-db"_s, u"Orders"_s));
    QCOMPARE(created.status, WriteStatus::Ok);
    QCOMPARE(created.revision, 1);
    QVERIFY(created.resource);
    QCOMPARE(created.resource->etag(), QByteArray("\"1\""));
    QCOMPARE(created.resource->updatedBy, u"admin"_s);
    QCOMPARE(db->revision(), 1);

    std::optional<StoredResource> read = db->resource(u"jdbc"_s, u"orders-db"_s);
    QVERIFY(read);
    QCOMPARE(read->description, u"Orders"_s);
    QCOMPARE(read->spec, jdbcSpec(u"x"_s)); // secrets are stored
    QCOMPARE(read->revision, 1);
    QCOMPARE(read->updatedAt, created.resource->updatedAt);
    QVERIFY(read->updatedAt.isValid());

    WriteResult updated = db->put(update(u"orders-db"_s, "\"1\""));
    QCOMPARE(updated.status, WriteStatus::Ok);
    QCOMPARE(updated.revision, 2);
    QCOMPARE(updated.resource->etag(), QByteArray("\"2\""));
    QCOMPARE(db->resource(u"jdbc"_s, u"orders-db"_s)->description, u"updated"_s);

    WriteResult star = db->put(update(u"orders-db"_s, "*", u"star"_s));
    QCOMPARE(star.status, WriteStatus::Ok);
    QCOMPARE(star.revision, 3);

    WriteResult removed = db->remove(u"jdbc"_s, u"orders-db"_s, u"ops"_s, QByteArray("\"3\""));
    QCOMPARE(removed.status, WriteStatus::Ok);
    QCOMPARE(removed.revision, 4);
    QVERIFY(!db->resource(u"jdbc"_s, u"orders-db"_s));

    const QList<ChangeEntry> log = db->changes(0, 100);
    QCOMPARE(log.size(), 4);
    QCOMPARE(log[0].operation, u"create"_s);
    QCOMPARE(log[1].operation, u"update"_s);
    QCOMPARE(log[2].operation, u"update"_s);
    QCOMPARE(log[3].operation, u"delete"_s);
    QCOMPARE(log[3].user, u"ops"_s);
    QCOMPARE(log[3].resource, QJsonObject());
    QCOMPARE(log[0].resource.value(u"spec"_s).toObject(), jdbcSpec(u"x"_s));
    QCOMPARE(log[2].resource.value(u"description"_s).toString(), u"star"_s);
    for (qsizetype i = 0; i < log.size(); ++i) {
        QCOMPARE(log[i].revision, i + 1);
        QCOMPARE(log[i].type, u"jdbc"_s);
        QCOMPARE(log[i].name, u"orders-db"_s);
        QVERIFY(log[i].time.isValid());
    }
    QCOMPARE(log[0].time, created.resource->updatedAt);

    // Re-creating after a delete is a create again.
    QCOMPARE(db->put(create(u"orders-db"_s)).status, WriteStatus::Ok);
    QCOMPARE(db->changes(4, 10).value(0).operation, u"create"_s);
}

void tst_ConfigDatabase::rejectedWritesChangeNothing()
{
    std::unique_ptr<ConfigDatabase> db = openDatabase(u"a"_s);
    QVERIFY(db);
    QCOMPARE(db->put(create(u"a"_s)).status, WriteStatus::Ok);
    QCOMPARE(db->put(update(u"a"_s, "\"1\"")).status, WriteStatus::Ok);
    const QByteArray checksum = db->checksum();

    auto expectRejected = [&](const WriteResult &result, WriteStatus status) {
        QCOMPARE(result.status, status);
        QCOMPARE(result.revision, 2);
        QCOMPARE(db->revision(), 2);
        QCOMPARE(db->checksum(), checksum);
        QCOMPARE(db->changes(0, 100).size(), 2);
        QCOMPARE(db->resource(u"jdbc"_s, u"a"_s)->revision, 2);
    };

    // 412: create over an existing resource; the current state comes back.
    WriteResult exists = db->put(create(u"a"_s));
    expectRejected(exists, WriteStatus::PreconditionFailed);
    QVERIFY(exists.resource);
    QCOMPARE(exists.resource->etag(), QByteArray("\"2\""));
    // 412: stale tag, weak tag, garbage tag.
    expectRejected(db->put(update(u"a"_s, "\"1\"")), WriteStatus::PreconditionFailed);
    expectRejected(db->put(update(u"a"_s, "W/\"2\"")), WriteStatus::PreconditionFailed);
    expectRejected(db->put(update(u"a"_s, "2")), WriteStatus::PreconditionFailed);
    expectRejected(db->put(update(u"a"_s, "")), WriteStatus::PreconditionFailed);
    // 428: neither header.
    WriteRequest bare = update(u"a"_s, "\"2\"");
    bare.ifMatch.reset();
    expectRejected(db->put(bare), WriteStatus::PreconditionRequired);
    bare.name = u"new"_s;
    expectRejected(db->put(bare), WriteStatus::PreconditionRequired);
    // 404: If-Match on a missing resource, even "*".
    expectRejected(db->put(update(u"missing"_s, "\"2\"")), WriteStatus::NotFound);
    expectRejected(db->put(update(u"missing"_s, "*")), WriteStatus::NotFound);
    // Deletes.
    expectRejected(db->remove(u"jdbc"_s, u"a"_s, u"admin"_s, std::nullopt),
                   WriteStatus::PreconditionRequired);
    expectRejected(db->remove(u"jdbc"_s, u"a"_s, u"admin"_s, QByteArray("\"1\"")),
                   WriteStatus::PreconditionFailed);
    expectRejected(db->remove(u"jdbc"_s, u"missing"_s, u"admin"_s, QByteArray("*")),
                   WriteStatus::NotFound);
    expectRejected(db->remove(u"database"_s, u"a"_s, u"admin"_s, QByteArray("\"2\"")),
                   WriteStatus::NotFound);
    expectRejected(db->remove(u"jdbc"_s, u"missing"_s, u"admin"_s, std::nullopt),
                   WriteStatus::PreconditionRequired);

    // The next accepted write takes exactly the next revision.
    QCOMPARE(db->put(create(u"b"_s)).revision, 3);
}

void tst_ConfigDatabase::ifMatchLists()
{
    std::unique_ptr<ConfigDatabase> db = openDatabase(u"a"_s);
    QVERIFY(db);
    QCOMPARE(db->put(create(u"a"_s)).status, WriteStatus::Ok);
    QCOMPARE(db->put(update(u"a"_s, "\"7\", \"1\"")).status, WriteStatus::Ok);
    QCOMPARE(db->put(update(u"a"_s, " \"2\" ")).status, WriteStatus::Ok);
    QCOMPARE(db->put(update(u"a"_s, "\"3\",\"4\"")).status, WriteStatus::Ok);
    QCOMPARE(db->put(update(u"a"_s, "\"44\"")).status, WriteStatus::PreconditionFailed);
}

void tst_ConfigDatabase::changesPaging()
{
    std::unique_ptr<ConfigDatabase> db = openDatabase(u"a"_s);
    QVERIFY(db);
    for (int i = 0; i < 25; ++i)
        QCOMPARE(db->put(create(u"r%1"_s.arg(i))).status, WriteStatus::Ok);
    QCOMPARE(db->revision(), 25);

    qint64 after = 0;
    QList<qint64> seen;
    while (true) {
        const QList<ChangeEntry> page = db->changes(after, 10);
        if (page.isEmpty())
            break;
        QVERIFY(page.size() <= 10);
        for (const ChangeEntry &entry : page)
            seen.append(entry.revision);
        after = page.last().revision;
    }
    QCOMPARE(seen.size(), 25);
    for (qsizetype i = 0; i < seen.size(); ++i)
        QCOMPARE(seen[i], i + 1);
    QCOMPARE(db->changes(20, 10).size(), 5);
    QCOMPARE(db->changes(20, 10).first().name, u"r20"_s);
    QVERIFY(db->changes(25, 10).isEmpty());
    QVERIFY(db->changes(0, 0).isEmpty());
    QVERIFY(db->changes(0, -5).isEmpty());
    QCOMPARE(db->changes(-100, 1).value(0).revision, 1);
}

void tst_ConfigDatabase::replicationReproducesState()
{
    std::unique_ptr<ConfigDatabase> primary = openDatabase(u"primary"_s);
    std::unique_ptr<ConfigDatabase> replica = openDatabase(u"replica"_s);
    QVERIFY(primary && replica);
    QCOMPARE(replica->checksum(), primary->checksum()); // same seed, same fresh state

    for (int i = 0; i < 6; ++i)
        QCOMPARE(primary->put(create(u"r%1"_s.arg(i), u"d"_s, jdbcSpec(u"db%1"_s.arg(i)))).status,
                 WriteStatus::Ok);
    QCOMPARE(primary->put(update(u"r2"_s, "\"3\"")).status, WriteStatus::Ok);
    QCOMPARE(primary->remove(u"jdbc"_s, u"r4"_s, u"admin"_s, QByteArray("*")).status,
             WriteStatus::Ok);
    QCOMPARE(primary->revision(), 8);

    // In batches, as a replica polling with after=<its revision> would.
    QString error;
    while (replica->revision() < primary->revision()) {
        const QList<ChangeEntry> batch = primary->changes(replica->revision(), 3);
        QVERIFY2(replica->applyChanges(batch, &error), qPrintable(error));
    }
    QCOMPARE(replica->revision(), 8);
    QCOMPARE(replica->checksum(), primary->checksum());
    compareResources(replica->resources(), primary->resources());

    // The replica's log reports the same history.
    const QList<ChangeEntry> primaryLog = primary->changes(0, 100);
    const QList<ChangeEntry> replicaLog = replica->changes(0, 100);
    QCOMPARE(replicaLog.size(), primaryLog.size());
    for (qsizetype i = 0; i < primaryLog.size(); ++i) {
        QCOMPARE(replicaLog[i].revision, primaryLog[i].revision);
        QCOMPARE(replicaLog[i].time, primaryLog[i].time);
        QCOMPARE(replicaLog[i].user, primaryLog[i].user);
        QCOMPARE(replicaLog[i].operation, primaryLog[i].operation);
        QCOMPARE(replicaLog[i].name, primaryLog[i].name);
        QCOMPARE(replicaLog[i].resource, primaryLog[i].resource);
    }

    // Re-delivered entries are skipped; an overlapping batch applies only its new tail.
    QVERIFY(replica->applyChanges(primaryLog, &error));
    QCOMPARE(replica->revision(), 8);
    QVERIFY(replica->applyChanges({}, &error));
    QCOMPARE(primary->put(create(u"late"_s)).status, WriteStatus::Ok);
    QVERIFY2(replica->applyChanges(primary->changes(5, 100), &error), qPrintable(error));
    QCOMPARE(replica->revision(), 9);
    QCOMPARE(replica->checksum(), primary->checksum());
}

void tst_ConfigDatabase::gapRefused()
{
    std::unique_ptr<ConfigDatabase> primary = openDatabase(u"primary"_s);
    std::unique_ptr<ConfigDatabase> replica = openDatabase(u"replica"_s);
    QVERIFY(primary && replica);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(primary->put(create(u"r%1"_s.arg(i))).status, WriteStatus::Ok);
    const QByteArray freshChecksum = replica->checksum();

    QString error;
    QVERIFY(!replica->applyChanges(primary->changes(1, 100), &error));
    QVERIFY(error.contains(u"gap"_s));
    QCOMPARE(replica->revision(), 0);
    QCOMPARE(replica->checksum(), freshChecksum);
    QVERIFY(replica->resources().isEmpty());

    // A hole in the middle: nothing of the batch is applied, not even the valid head.
    QList<ChangeEntry> holed = primary->changes(0, 100);
    holed.removeAt(2);
    error.clear();
    QVERIFY(!replica->applyChanges(holed, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(replica->revision(), 0);
    QVERIFY(replica->resources().isEmpty());
    QVERIFY(replica->changes(0, 100).isEmpty());

    QVERIFY(replica->applyChanges(primary->changes(0, 100), &error));
    QCOMPARE(replica->checksum(), primary->checksum());
}

void tst_ConfigDatabase::malformedEntryRefused()
{
    std::unique_ptr<ConfigDatabase> replica = openDatabase(u"replica"_s);
    QVERIFY(replica);
    ChangeEntry good{1,
                     QDateTime::currentDateTimeUtc(),
                     u"admin"_s,
                     u"create"_s,
                     u"jdbc"_s,
                     u"a"_s,
                     QJsonObject{{u"description"_s, u"d"_s}, {u"spec"_s, QJsonObject()}}};
    ChangeEntry badOperation = good;
    badOperation.revision = 2;
    badOperation.operation = u"drop"_s;
    ChangeEntry noSpec = good;
    noSpec.revision = 2;
    noSpec.resource = QJsonObject{{u"description"_s, u"d"_s}};
    QString error;
    QVERIFY(!replica->applyChanges({good, badOperation}, &error));
    QVERIFY(!replica->applyChanges({good, noSpec}, &error));
    QCOMPARE(replica->revision(), 0);
    QVERIFY(replica->applyChanges({good}, &error));
    QCOMPARE(replica->revision(), 1);
    QCOMPARE(replica->resource(u"jdbc"_s, u"a"_s)->revision, 1);
}

void tst_ConfigDatabase::reopenKeepsState()
{
    QByteArray checksum;
    QList<StoredResource> before;
    {
        std::unique_ptr<ConfigDatabase> db = openDatabase(u"a"_s);
        QVERIFY(db);
        QCOMPARE(db->put(create(u"a"_s)).status, WriteStatus::Ok);
        QCOMPARE(db->put(create(u"b"_s)).status, WriteStatus::Ok);
        QCOMPARE(db->remove(u"jdbc"_s, u"a"_s, u"admin"_s, QByteArray("\"1\"")).status,
                 WriteStatus::Ok);
        checksum = db->checksum();
        before = db->resources();
    }
    // A different seed on reopen is ignored: the seed is for new databases only.
    const QJsonObject otherSeed{{u"license"_s, QJsonObject{{u"licensee"_s, u"Other"_s}}},
                                {u"dataflows"_s, QJsonArray()}};
    std::unique_ptr<ConfigDatabase> db = openDatabase(u"a"_s, otherSeed);
    QVERIFY(db);
    QCOMPARE(db->revision(), 3);
    QCOMPARE(db->checksum(), checksum);
    QCOMPARE(db->license(), kSeed.value(u"license"_s).toObject());
    QCOMPARE(db->dataflows(), kSeed.value(u"dataflows"_s).toArray());
    compareResources(db->resources(), before);
    QCOMPARE(db->changes(0, 100).size(), 3);
    QCOMPARE(db->put(create(u"c"_s)).revision, 4);

    // Reopening the same object on the same directory works too.
    QString error;
    QVERIFY2(db->open(m_dir->filePath(u"a"_s), kSeed, &error), qPrintable(error));
    QCOMPARE(db->revision(), 4);
}

void tst_ConfigDatabase::newerSchemaRefused()
{
    {
        std::unique_ptr<ConfigDatabase> db = openDatabase(u"a"_s);
        QVERIFY(db);
    }
    const QString path = m_dir->filePath(u"a/config.sqlite"_s);
    inspect(path, u"PRAGMA user_version = 99"_s);
    QCOMPARE(inspect(path, u"PRAGMA user_version"_s).toInt(), 99);

    ConfigDatabase db(u"newer"_s);
    QString error;
    QVERIFY(!db.open(m_dir->filePath(u"a"_s), kSeed, &error));
    QVERIFY2(error.contains(u"newer"_s), qPrintable(error));
    QVERIFY(error.contains(u"99"_s));
    QVERIFY(!db.isOpen());
    QCOMPARE(inspect(path, u"PRAGMA user_version"_s).toInt(), 99); // untouched
    QVERIFY(!QSqlDatabase::contains(u"newer"_s));
}

void tst_ConfigDatabase::corruptedFileRefused()
{
    QVERIFY(QDir().mkpath(m_dir->filePath(u"a"_s)));
    QFile file(m_dir->filePath(u"a/config.sqlite"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();

    ConfigDatabase db(u"corrupt"_s);
    QString error;
    QVERIFY(!db.open(m_dir->filePath(u"a"_s), kSeed, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!db.isOpen());
    QCOMPARE(db.put(create(u"a"_s)).status, WriteStatus::StorageError);

    // A database whose pages were damaged after creation.
    {
        std::unique_ptr<ConfigDatabase> good = openDatabase(u"b"_s);
        QVERIFY(good);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(good->put(create(u"r%1"_s.arg(i), QString(500, u'd'))).status,
                     WriteStatus::Ok);
    }
    const QString path = m_dir->filePath(u"b/config.sqlite"_s);
    inspect(path, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    QFile damaged(path);
    QVERIFY(damaged.open(QIODevice::ReadWrite));
    QVERIFY(damaged.size() > 3 * 4096);
    damaged.seek(2 * 4096);
    damaged.write(QByteArray(4096, '\xA5'));
    damaged.close();
    ConfigDatabase second(u"damaged"_s);
    error.clear();
    QVERIFY(!second.open(m_dir->filePath(u"b"_s), kSeed, &error));
    QVERIFY(!error.isEmpty());
}

void tst_ConfigDatabase::foreignDatabaseRefused()
{
    QVERIFY(QDir().mkpath(m_dir->filePath(u"a"_s)));
    const QString path = m_dir->filePath(u"a/config.sqlite"_s);
    inspect(path, u"CREATE TABLE other (x INTEGER)"_s);
    ConfigDatabase db(u"foreign"_s);
    QString error;
    QVERIFY(!db.open(m_dir->filePath(u"a"_s), kSeed, &error));
    QVERIFY2(error.contains(u"not a Clusterdesk"_s), qPrintable(error));
}

void tst_ConfigDatabase::checksumIndependentOfHistory()
{
    std::unique_ptr<ConfigDatabase> first = openDatabase(u"first"_s);
    std::unique_ptr<ConfigDatabase> second = openDatabase(u"second"_s);
    QVERIFY(first && second);

    QCOMPARE(first->put(create(u"x"_s, u"X"_s)).status, WriteStatus::Ok);
    QCOMPARE(first->put(create(u"y"_s, u"Y"_s)).status, WriteStatus::Ok);

    // Another order, detours through other values, and a resource that came and went.
    QCOMPARE(second->put(create(u"z"_s)).status, WriteStatus::Ok);
    QCOMPARE(second->put(create(u"y"_s, u"not yet"_s)).status, WriteStatus::Ok);
    QCOMPARE(second->put(create(u"x"_s, u"X"_s)).status, WriteStatus::Ok);
    QCOMPARE(second->remove(u"jdbc"_s, u"z"_s, u"other"_s, QByteArray("*")).status,
             WriteStatus::Ok);
    QVERIFY(first->checksum() != second->checksum());
    WriteRequest fix = update(u"y"_s, "*", u"Y"_s);
    fix.user = u"someone-else"_s;
    QCOMPARE(second->put(fix).status, WriteStatus::Ok);

    QCOMPARE(first->revision(), 2);
    QCOMPARE(second->revision(), 5);
    QCOMPARE(second->checksum(), first->checksum());
}

void tst_ConfigDatabase::checksumCoversContent()
{
    std::unique_ptr<ConfigDatabase> base = openDatabase(u"base"_s);
    QVERIFY(base);
    QCOMPARE(base->put(create(u"x"_s)).status, WriteStatus::Ok);
    const QByteArray reference = base->checksum();
    QCOMPARE(reference.size(), 64);

    auto variant = [&](const QString &dir, const WriteRequest &request,
                       const QJsonObject &seed = kSeed) {
        std::unique_ptr<ConfigDatabase> db = openDatabase(dir, seed);
        if (!db || db->put(request).status != WriteStatus::Ok)
            return QByteArray();
        return db->checksum();
    };
    QCOMPARE(variant(u"same"_s, create(u"x"_s)), reference);
    QVERIFY(variant(u"name"_s, create(u"x2"_s)) != reference);
    QVERIFY(variant(u"description"_s, create(u"x"_s, u"other"_s)) != reference);
    QJsonObject otherSecret = jdbcSpec(u"x"_s);
    otherSecret.insert(u"password"_s, u"different"_s);
    QVERIFY(variant(u"secret"_s, create(u"x"_s, u"d"_s, otherSecret)) != reference);
    WriteRequest otherType = create(u"x"_s);
    otherType.type = u"database"_s;
    QVERIFY(variant(u"type"_s, otherType) != reference);
    QJsonObject otherLicense = kSeed;
    otherLicense.insert(u"license"_s, QJsonObject{{u"licensee"_s, u"Other"_s}});
    QVERIFY(variant(u"license"_s, create(u"x"_s), otherLicense) != reference);
    QJsonObject otherDataflows = kSeed;
    otherDataflows.insert(u"dataflows"_s, QJsonArray());
    QVERIFY(variant(u"dataflows"_s, create(u"x"_s), otherDataflows) != reference);
}

void tst_ConfigDatabase::sqlLookingNamesStoredVerbatim()
{
    std::unique_ptr<ConfigDatabase> db = openDatabase(u"a"_s);
    QVERIFY(db);
    const QStringList names{u"x'; DROP TABLE resources;--"_s, u"\" OR 1=1 --"_s, u"a%_b"_s,
                            u"bücher 日本"_s, u"../etc/passwd"_s};
    for (const QString &name : names) {
        WriteRequest request = create(name, name);
        request.type = u"jdbc'--"_s;
        QCOMPARE(db->put(request).status, WriteStatus::Ok);
    }
    QCOMPARE(db->resources().size(), names.size());
    for (const QString &name : names) {
        const std::optional<StoredResource> read = db->resource(u"jdbc'--"_s, name);
        QVERIFY(read);
        QCOMPARE(read->name, name);
        QCOMPARE(read->description, name);
    }
    QVERIFY(!db->resource(u"jdbc'--"_s, u"a__b"_s)); // LIKE wildcards are not interpreted
    QCOMPARE(db->remove(u"jdbc'--"_s, names.first(), u"admin"_s, QByteArray("*")).status,
             WriteStatus::Ok);
    QCOMPARE(db->resources().size(), names.size() - 1);
    QCOMPARE(db->changes(0, 100).first().name, names.first());
}

void tst_ConfigDatabase::resourcesSortedAndFiltered()
{
    std::unique_ptr<ConfigDatabase> db = openDatabase(u"a"_s);
    QVERIFY(db);
    const QList<std::pair<QString, QString>> writes{{u"webservice"_s, u"b"_s},
                                                    {u"jdbc"_s, u"z"_s},
                                                    {u"database"_s, u"m"_s},
                                                    {u"jdbc"_s, u"a"_s},
                                                    {u"webservice"_s, u"a"_s}};
    for (const auto &[type, name] : writes) {
        WriteRequest request = create(name);
        request.type = type;
        QCOMPARE(db->put(request).status, WriteStatus::Ok);
    }
    QStringList order;
    for (const StoredResource &r : db->resources())
        order.append(r.type + u'/' + r.name);
    QCOMPARE(order, QStringList({u"database/m"_s, u"jdbc/a"_s, u"jdbc/z"_s, u"webservice/a"_s,
                                 u"webservice/b"_s}));
    const QList<StoredResource> jdbc = db->resources(u"jdbc"_s);
    QCOMPARE(jdbc.size(), 2);
    QCOMPARE(jdbc[0].name, u"a"_s);
    QCOMPARE(jdbc[1].name, u"z"_s);
    QVERIFY(db->resources(u"fileserver"_s).isEmpty());
}

void tst_ConfigDatabase::resetReturnsToSeed()
{
    std::unique_ptr<ConfigDatabase> db = openDatabase(u"a"_s);
    std::unique_ptr<ConfigDatabase> fresh = openDatabase(u"fresh"_s);
    QVERIFY(db && fresh);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(db->put(create(u"r%1"_s.arg(i))).status, WriteStatus::Ok);
    const QList<ChangeEntry> log = db->changes(0, 100);

    QString error;
    QVERIFY2(db->reset(&error), qPrintable(error));
    QCOMPARE(db->revision(), 0);
    QVERIFY(db->resources().isEmpty());
    QVERIFY(db->changes(0, 100).isEmpty());
    QCOMPARE(db->checksum(), fresh->checksum());
    QCOMPARE(db->license(), kSeed.value(u"license"_s).toObject());

    // A reset copy replays a log from the start.
    QVERIFY(db->applyChanges(log, &error));
    QCOMPARE(db->revision(), 3);
    QCOMPARE(db->resources().size(), 3);
}

void tst_ConfigDatabase::unopenedDatabaseFailsCleanly()
{
    ConfigDatabase db(u"never-opened"_s);
    QVERIFY(!db.isOpen());
    QCOMPARE(db.revision(), 0);
    QVERIFY(db.checksum().isEmpty());
    QVERIFY(db.resources().isEmpty());
    QVERIFY(!db.resource(u"jdbc"_s, u"a"_s));
    QVERIFY(db.changes(0, 10).isEmpty());
    const WriteResult put = db.put(create(u"a"_s));
    QCOMPARE(put.status, WriteStatus::StorageError);
    QVERIFY(!put.error.isEmpty());
    QCOMPARE(db.remove(u"jdbc"_s, u"a"_s, u"admin"_s, QByteArray("*")).status,
             WriteStatus::StorageError);
    QString error;
    QVERIFY(!db.applyChanges({}, &error));
    QVERIFY(!db.reset(&error));
    QVERIFY(!db.applyChanges({}, nullptr)); // a null error pointer is allowed
    db.close();
}

void tst_ConfigDatabase::connectionNameInUse()
{
    ConfigDatabase first(u"shared-name"_s);
    QString error;
    QVERIFY2(first.open(m_dir->filePath(u"a"_s), kSeed, &error), qPrintable(error));
    {
        ConfigDatabase second(u"shared-name"_s);
        QVERIFY(!second.open(m_dir->filePath(u"b"_s), kSeed, &error));
        QVERIFY(error.contains(u"shared-name"_s));
    }
    // The failed second object did not take the first one's connection down with it.
    QCOMPARE(first.put(create(u"a"_s)).status, WriteStatus::Ok);
    QCOMPARE(first.revision(), 1);
}

QTEST_GUILESS_MAIN(tst_ConfigDatabase)
#include "tst_ConfigDatabase.moc"
