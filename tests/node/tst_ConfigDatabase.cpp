// ConfigDatabase against real SQLite files in a temporary directory: the schema of a new file,
// writes with ETags, the change log, checksums and reads. Copies, files and replication:
// tst_ConfigDatabaseFiles.
#include "ConfigDatabaseTest.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace node;

class tst_ConfigDatabase final : public ConfigDatabaseTest
{
    Q_OBJECT

private slots:
    void openCreatesSchema();
    void createUpdateDelete();
    void rejectedWritesChangeNothing();
    void ifMatchLists();
    void changesPaging();
    void checksumIndependentOfHistory();
    void checksumCoversContent();
    void sqlLookingNamesStoredVerbatim();
    void resourcesSortedAndFiltered();
    void unopenedDatabaseFailsCleanly();
    void connectionNameInUse();
};

void tst_ConfigDatabase::openCreatesSchema()
{
    std::unique_ptr<ConfigDatabase> db = openDatabase(u"a"_s);
    QVERIFY(db);
    QVERIFY(db->isOpen());
    QCOMPARE(db->revision(), 0);
    QCOMPARE(db->schemaVersion(), ConfigDatabase::kSchemaVersion);
    QCOMPARE(db->checksum().size(), 64);
    QCOMPARE(db->license(), kConfigSeed.value(u"license"_s).toObject());
    QCOMPARE(db->dataflows(), kConfigSeed.value(u"dataflows"_s).toArray());
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
    // Older changes keep no secret values (tst_ConfigDatabaseSecrets has the details).
    QJsonObject withoutSecret = jdbcSpec(u"x"_s);
    withoutSecret.remove(u"password"_s);
    QCOMPARE(log[0].resource.value(u"spec"_s).toObject(), withoutSecret);
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
                       const QJsonObject &seed = kConfigSeed) {
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
    QJsonObject otherLicense = kConfigSeed;
    otherLicense.insert(u"license"_s, QJsonObject{{u"licensee"_s, u"Other"_s}});
    QVERIFY(variant(u"license"_s, create(u"x"_s), otherLicense) != reference);
    QJsonObject otherDataflows = kConfigSeed;
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
    QVERIFY(!db.applyChanges({}, {}, &error));
    QVERIFY(!db.reset(&error));
    QVERIFY(!db.applyChanges({}, {}, nullptr)); // a null error pointer is allowed
    db.close();
}

void tst_ConfigDatabase::connectionNameInUse()
{
    ConfigDatabase first(u"shared-name"_s);
    QString error;
    QVERIFY2(first.open(m_dir->filePath(u"a"_s), kConfigSeed, &error), qPrintable(error));
    {
        ConfigDatabase second(u"shared-name"_s);
        QVERIFY(!second.open(m_dir->filePath(u"b"_s), kConfigSeed, &error));
        QVERIFY(error.contains(u"shared-name"_s));
    }
    // The failed second object did not take the first one's connection down with it.
    QCOMPARE(first.put(create(u"a"_s)).status, WriteStatus::Ok);
    QCOMPARE(first.revision(), 1);
}

QTEST_GUILESS_MAIN(tst_ConfigDatabase)
#include "tst_ConfigDatabase.moc"
