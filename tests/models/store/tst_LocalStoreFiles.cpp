// LocalStore's file: schema creation, migration of schema-1, schema-3 and schema-4 data, empty
// and reopened files,
// refusal of newer-schema and foreign files without touching them, an unusable directory.
#include "LocalStore.h"
#include "LocalStoreSchema.h"
#include "LocalStoreTestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace LocalStoreTest;

class tst_LocalStoreFiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createsSchemaFromEmpty()
    {
        QTemporaryDir dir;
        const QString sub = dir.filePath(QStringLiteral("nested/data"));
        {
            LocalStore store;
            QString error;
            QVERIFY2(store.open(sub, &error), qPrintable(error));
            QVERIFY(store.isOpen());
            QCOMPARE(store.filePath(), QDir(sub).filePath(QStringLiteral("clusterdesk.sqlite")));
            QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
        }
        const QString path = QDir(sub).filePath(QStringLiteral("clusterdesk.sqlite"));
        QCOMPARE(raw(path, {QStringLiteral("PRAGMA user_version")}).toInt(),
                 LocalStoreSchema::CurrentVersion);
        QCOMPARE(raw(path, {QStringLiteral("PRAGMA application_id")}).toInt(),
                 LocalStoreSchema::ApplicationId);
        QCOMPARE(raw(path, {QStringLiteral("PRAGMA journal_mode")}).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(raw(path, {QStringLiteral("PRAGMA page_size")}).toInt(), 8192);
        QCOMPARE(raw(path, {QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN "
                                           "('profiles','node_samples','snapshots',"
                                           "'node_keys','resource_snapshots','drafts',"
                                           "'node_samples_by_node')")})
                     .toInt(),
                 7);
    }

    void migratesVersion1Data()
    {
        QTemporaryDir dir;
        // A store as schema 1 wrote it: text ids in node_samples and node_last_up.
        raw(dbFile(dir),
            {u"CREATE TABLE profiles (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL UNIQUE, "
             "sort_order INTEGER NOT NULL, json TEXT NOT NULL)"_qs,
             u"CREATE TABLE node_samples (cluster_id TEXT NOT NULL, node_id TEXT NOT NULL, "
             "time_ms INTEGER NOT NULL, state TEXT NOT NULL, latency_ms REAL, offset_ms REAL, "
             "error_ms REAL, revision INTEGER)"_qs,
             u"CREATE INDEX node_samples_by_node ON node_samples (cluster_id, node_id, time_ms)"_qs,
             u"CREATE INDEX node_samples_by_time ON node_samples (time_ms)"_qs,
             u"CREATE TABLE snapshots (cluster_id TEXT PRIMARY KEY NOT NULL, "
             "taken_at_ms INTEGER NOT NULL, json BLOB NOT NULL)"_qs,
             u"CREATE TABLE node_last_up (cluster_id TEXT NOT NULL, node_id TEXT NOT NULL, "
             "last_up_ms INTEGER NOT NULL, PRIMARY KEY (cluster_id, node_id))"_qs,
             u"CREATE TABLE resource_snapshots (cluster_id TEXT PRIMARY KEY NOT NULL, "
             "taken_at_ms INTEGER NOT NULL, json BLOB NOT NULL)"_qs,
             u"CREATE TABLE drafts (cluster_id TEXT NOT NULL, resource_type TEXT NOT NULL, "
             "name TEXT NOT NULL, base_json BLOB NOT NULL, draft_json BLOB NOT NULL, "
             "updated_at_ms INTEGER NOT NULL, PRIMARY KEY (cluster_id, resource_type, name))"_qs,
             u"INSERT INTO node_samples VALUES ('c1', 'n1', 100, 'up', 2.5, -1.25, 0.5, 42), "
             "('c1', 'n1', 200, 'down', NULL, NULL, NULL, NULL), "
             "('c2', 'n1', 150, 'up', 2.5, -1.25, 0.5, 42)"_qs,
             // n9 was seen up but has no samples left (purged).
             u"INSERT INTO node_last_up VALUES ('c1', 'n1', 100), ('c1', 'n9', 50)"_qs,
             u"INSERT INTO snapshots VALUES ('c1', 100, '{}')"_qs,
             u"PRAGMA application_id = 1129071691"_qs, u"PRAGMA user_version = 1"_qs});
        {
            LocalStore store;
            QString error;
            QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
            QCOMPARE(store.integrityCheck(), u"ok"_qs);
            NodeSample down;
            down.nodeId = u"n1"_qs;
            down.timeMs = 200;
            down.state = u"down"_qs;
            QCOMPARE(store.samples(u"c1"_qs, u"n1"_qs, 0, 1000),
                     (QList{sample(u"n1"_qs, 100), down}));
            QCOMPARE(store.samples(u"c2"_qs, u"n1"_qs, 0, 1000), QList{sample(u"n1"_qs, 150)});
            QCOMPARE(store.lastUp(u"c1"_qs),
                     (QHash<QString, qint64>{{u"n1"_qs, 100}, {u"n9"_qs, 50}}));
            QVERIFY(store.lastUp(u"c2"_qs).isEmpty());
            QCOMPARE(store.loadSnapshot(u"c1"_qs)->takenAtMs, 100);
            // Migrated keys and new ones live side by side.
            QVERIFY(store.recordCycles({{u"c1"_qs,
                                         300,
                                         {sample(u"n1"_qs, 300), sample(u"n2"_qs, 300)},
                                         std::nullopt,
                                         {u"n1"_qs, u"n2"_qs}}}));
            QCOMPARE(store.samples(u"c1"_qs, u"n1"_qs, 0, 1000).size(), 3);
            QCOMPARE(store.lastUp(u"c1"_qs).value(u"n1"_qs), 300);
            QCOMPARE(store.lastUp(u"c1"_qs).value(u"n2"_qs), 300);
            QCOMPARE(store.lastUp(u"c1"_qs).value(u"n9"_qs), 50);
        }
        QCOMPARE(raw(dbFile(dir), {u"PRAGMA user_version"_qs}).toInt(),
                 LocalStoreSchema::CurrentVersion);
        QCOMPARE(raw(dbFile(dir), {u"SELECT count(*) FROM sqlite_master WHERE name IN "
                                   "('node_last_up', 'node_samples_v2')"_qs})
                     .toInt(),
                 0);
    }

    void migratesVersion3Data()
    {
        QTemporaryDir dir;
        // A store as schema 3 wrote it: samples without the node's load, in both sample tables.
        const QString sampleColumns = u"(node_key INTEGER NOT NULL, time_ms INTEGER NOT NULL, "
                                      "state TEXT NOT NULL, latency_ms REAL, offset_ms REAL, "
                                      "error_ms REAL, revision INTEGER)"_qs;
        raw(dbFile(dir),
            {u"CREATE TABLE profiles (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL UNIQUE, "
             "sort_order INTEGER NOT NULL, json TEXT NOT NULL)"_qs,
             u"CREATE TABLE snapshots (cluster_id TEXT PRIMARY KEY NOT NULL, "
             "taken_at_ms INTEGER NOT NULL, json BLOB NOT NULL)"_qs,
             u"CREATE TABLE resource_snapshots (cluster_id TEXT PRIMARY KEY NOT NULL, "
             "taken_at_ms INTEGER NOT NULL, json BLOB NOT NULL)"_qs,
             u"CREATE TABLE drafts (cluster_id TEXT NOT NULL, resource_type TEXT NOT NULL, "
             "name TEXT NOT NULL, base_json BLOB NOT NULL, draft_json BLOB NOT NULL, "
             "updated_at_ms INTEGER NOT NULL, PRIMARY KEY (cluster_id, resource_type, name))"_qs,
             u"CREATE TABLE node_keys (key INTEGER PRIMARY KEY, cluster_id TEXT NOT NULL, "
             "node_id TEXT NOT NULL, last_up_ms INTEGER, UNIQUE (cluster_id, node_id))"_qs,
             u"CREATE TABLE node_samples "_qs + sampleColumns,
             u"CREATE INDEX node_samples_by_node ON node_samples (node_key, time_ms)"_qs,
             u"CREATE INDEX node_samples_by_time ON node_samples (time_ms)"_qs,
             u"CREATE TABLE node_samples_recent "_qs + sampleColumns,
             u"INSERT INTO node_keys VALUES (1, 'c1', 'n1', 200)"_qs,
             u"INSERT INTO node_samples VALUES (1, 100, 'up', 2.5, -1.25, 0.5, 42)"_qs,
             u"INSERT INTO node_samples_recent VALUES (1, 200, 'up', 2.5, -1.25, 0.5, 42)"_qs,
             u"PRAGMA application_id = 1129071691"_qs, u"PRAGMA user_version = 3"_qs});
        {
            LocalStore store;
            QString error;
            QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
            QCOMPARE(store.integrityCheck(), u"ok"_qs);
            // The old samples read as before, without a load (not a false zero).
            QCOMPARE(store.samples(u"c1"_qs, u"n1"_qs, 0, 1000),
                     (QList{sample(u"n1"_qs, 100), sample(u"n1"_qs, 200)}));
            NodeSample loaded = sample(u"n1"_qs, 300);
            loaded.activeRequests = 3;
            loaded.rssBytes = 64 * 1024 * 1024;
            QVERIFY(store.recordCycles({{u"c1"_qs, 300, {loaded}, std::nullopt, {u"n1"_qs}}}));
            QCOMPARE(store.samples(u"c1"_qs, u"n1"_qs, 0, 1000),
                     (QList{sample(u"n1"_qs, 100), sample(u"n1"_qs, 200), loaded}));
        }
        QCOMPARE(raw(dbFile(dir), {u"PRAGMA user_version"_qs}).toInt(),
                 LocalStoreSchema::CurrentVersion);
        QCOMPARE(raw(dbFile(dir), {u"SELECT count(*) FROM pragma_table_info('node_samples') "
                                   "WHERE name IN ('active_requests', 'rss_bytes')"_qs})
                     .toInt(),
                 2);
    }

    void migratesVersion4Profiles()
    {
        QTemporaryDir dir;
        {
            LocalStore store;
            QString error;
            QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
        }
        // A profile row as schema 4 kept it: no secret sources, and secrets a hand-made or
        // foreign row carried; plus a damaged row the migration must leave as it is.
        ClusterProfile old = ClusterProfile::create(u"Old"_qs, QUrl(u"http://127.0.0.1:9"_qs));
        old.userName = u"admin"_qs;
        QJsonObject json = old.toJson();
        json.remove(u"passwordFile"_qs);
        json.remove(u"passwordCommand"_qs);
        json.insert(u"password"_qs, u"hunter2"_qs);
        json.insert(u"token"_qs, u"tok-secret"_qs);
        const QString text = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
        raw(dbFile(dir),
            {u"INSERT INTO profiles VALUES ('%1', 'Old', 0, '%2')"_qs.arg(old.id, text),
             u"INSERT INTO profiles VALUES ('x', 'Damaged', 1, '{not json')"_qs,
             u"DROP TABLE activity"_qs,       // schema 6's, which a schema-4 file has not
             u"DROP TABLE cluster_groups"_qs, // schema 7's
             u"PRAGMA user_version = 4"_qs});
        {
            LocalStore store;
            QString error;
            QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
            const QList<ClusterProfile> profiles = store.profiles();
            const auto migrated = std::find_if(profiles.cbegin(), profiles.cend(),
                                               [&](const auto &p) { return p.id == old.id; });
            QVERIFY(migrated != profiles.cend());
            QCOMPARE(migrated->userName, u"admin"_qs);
            QVERIFY(migrated->passwordFile.isEmpty());
            QVERIFY(migrated->passwordCommand.isEmpty());
        }
        QCOMPARE(raw(dbFile(dir), {u"PRAGMA user_version"_qs}).toInt(),
                 LocalStoreSchema::CurrentVersion);
        const QString stored =
            raw(dbFile(dir), {u"SELECT json FROM profiles WHERE name = 'Old'"_qs}).toString();
        QVERIFY2(!stored.contains(u"hunter2"_qs) && !stored.contains(u"tok-secret"_qs),
                 qPrintable(stored));
        QVERIFY2(stored.contains(u"\"passwordFile\":\"\""_qs), qPrintable(stored));
        QCOMPARE(
            raw(dbFile(dir), {u"SELECT json FROM profiles WHERE name = 'Damaged'"_qs}).toString(),
            u"{not json"_qs);
    }

    void emptyFileIsNew()
    {
        QTemporaryDir dir;
        QFile file(dbFile(dir));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        LocalStore store;
        QString error;
        QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
    }

    void reopenKeepsData()
    {
        QTemporaryDir dir;
        const ClusterProfile profile = makeProfile(QStringLiteral("demo"));
        {
            LocalStore store;
            QVERIFY(store.open(dir.path()));
            QVERIFY(store.addProfile(profile));
        }
        LocalStore store;
        QVERIFY(store.open(dir.path()));
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(*store.profile(profile.id), profile);
        // Opening twice in a row is harmless.
        QVERIFY(store.open(dir.path()));
        QCOMPARE(store.profiles().size(), 1);
    }

    void newerSchemaRefusedAndUntouched()
    {
        QTemporaryDir dir;
        {
            LocalStore store;
            QVERIFY(store.open(dir.path()));
            QVERIFY(store.addProfile(makeProfile(QStringLiteral("demo"))));
        }
        raw(dbFile(dir),
            {QStringLiteral("PRAGMA user_version = %1").arg(LocalStoreSchema::CurrentVersion + 1)});
        const QByteArray before = readAll(dbFile(dir));
        QVERIFY(!before.isEmpty());
        LocalStore store;
        QString error;
        QVERIFY(!store.open(dir.path(), &error));
        QVERIFY(!store.isOpen());
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
        QCOMPARE(store.lastError(), error);
        QVERIFY(store.profiles().isEmpty()); // calls on a closed store fail quietly
        QVERIFY(!store.appendSamples(u"c"_qs, {sample(u"n"_qs, 1)}));
        QVERIFY(!store.saveSnapshot(u"c"_qs, {1, "{}"}));
        QCOMPARE(readAll(dbFile(dir)), before);
    }

    void foreignFileRefusedAndUntouched_data()
    {
        QTest::addColumn<QStringList>("setup"); // empty: write garbage bytes instead
        QTest::addColumn<QString>("expected");  // part of the message
        const QString foreign = QStringLiteral("another application");
        QTest::newRow("other application id")
            << QStringList{QStringLiteral("CREATE TABLE t (x)"),
                           QStringLiteral("PRAGMA application_id = 42")}
            << foreign;
        QTest::newRow("plain sqlite with tables")
            << QStringList{QStringLiteral("CREATE TABLE profiles (x)")} << foreign;
        QTest::newRow("other id, our version")
            << QStringList{QStringLiteral("PRAGMA application_id = 7"),
                           QStringLiteral("PRAGMA user_version = 1")}
            << foreign;
        QTest::newRow("not sqlite") << QStringList() << QStringLiteral("cannot be read");
    }

    void foreignFileRefusedAndUntouched()
    {
        QFETCH(QStringList, setup);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        if (setup.isEmpty()) {
            QFile file(dbFile(dir));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(8192, 'x'));
        } else {
            raw(dbFile(dir), setup);
        }
        const QByteArray before = readAll(dbFile(dir));
        LocalStore store;
        QString error;
        QVERIFY(!store.open(dir.path(), &error));
        QVERIFY2(error.contains(dbFile(dir)) && error.contains(expected), qPrintable(error));
        QCOMPARE(readAll(dbFile(dir)), before);
    }

    // Cluster addresses, user names and history are the owner's business: a new store and the
    // directory made for it are owner-only, and an old world-readable store is tightened.
    void ownerOnlyFiles()
    {
        QTemporaryDir dir;
        const QString sub = dir.filePath(QStringLiteral("made/here"));
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                          QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        {
            LocalStore store;
            QString error;
            QVERIFY2(store.open(sub, &error), qPrintable(error));
            QCOMPARE(QFile::permissions(sub) &
                         (others | QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner),
                     QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QCOMPARE(QFile::permissions(store.filePath()) &
                         (others | QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner),
                     QFile::ReadOwner | QFile::WriteOwner);
            const QString wal = store.filePath() + QStringLiteral("-wal");
            QVERIFY(QFile::exists(wal)); // open in WAL mode
            QCOMPARE(QFile::permissions(wal) & others, QFile::Permissions());
        }
        const QString path = QDir(sub).filePath(QStringLiteral("clusterdesk.sqlite"));
        const QFile::Permissions worldReadable =
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
        QVERIFY(QFile::setPermissions(path, worldReadable));
        QCOMPARE(QFile::permissions(path) & others, QFile::ReadGroup | QFile::ReadOther);
        LocalStore reopened;
        QVERIFY(reopened.open(sub));
        QCOMPARE(QFile::permissions(path) & others, QFile::Permissions());
        QCOMPARE(QFile::permissions(path) & (QFile::ReadOwner | QFile::WriteOwner),
                 QFile::ReadOwner | QFile::WriteOwner);
        // SQLite made the WAL in the old file's mode when it opened it: tightened too.
        QCOMPARE(QFile::permissions(path + QStringLiteral("-wal")) & others, QFile::Permissions());
    }

    void unusableDirectory()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        LocalStore store;
        QString error;
        QVERIFY(!store.open(blocker.fileName(), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_LocalStoreFiles)
#include "tst_LocalStoreFiles.moc"
