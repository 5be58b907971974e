// ConfigDatabase copies: replication between two files (gaps and malformed entries refused),
// reopening, reset to the seed, and files it must refuse (newer schema, corrupted, foreign).
#include "ConfigDatabaseTest.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace node;

class tst_ConfigDatabaseFiles final : public ConfigDatabaseTest
{
    Q_OBJECT

private slots:
    void replicationReproducesState();
    void gapRefused();
    void malformedEntryRefused();
    void reopenKeepsState();
    void newerSchemaRefused();
    void corruptedFileRefused();
    void foreignDatabaseRefused();
    void resetReturnsToSeed();
};

void tst_ConfigDatabaseFiles::replicationReproducesState()
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
        QVERIFY2(replica->applyChanges(batch, primary->historyId(), &error), qPrintable(error));
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
    QVERIFY(replica->applyChanges(primaryLog, primary->historyId(), &error));
    QCOMPARE(replica->revision(), 8);
    QVERIFY(replica->applyChanges({}, primary->historyId(), &error));
    QCOMPARE(primary->put(create(u"late"_s)).status, WriteStatus::Ok);
    QVERIFY2(replica->applyChanges(primary->changes(5, 100), primary->historyId(), &error),
             qPrintable(error));
    QCOMPARE(replica->revision(), 9);
    QCOMPARE(replica->checksum(), primary->checksum());
}

void tst_ConfigDatabaseFiles::gapRefused()
{
    std::unique_ptr<ConfigDatabase> primary = openDatabase(u"primary"_s);
    std::unique_ptr<ConfigDatabase> replica = openDatabase(u"replica"_s);
    QVERIFY(primary && replica);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(primary->put(create(u"r%1"_s.arg(i))).status, WriteStatus::Ok);
    const QByteArray freshChecksum = replica->checksum();

    QString error;
    QVERIFY(!replica->applyChanges(primary->changes(1, 100), primary->historyId(), &error));
    QVERIFY(error.contains(u"gap"_s));
    QCOMPARE(replica->revision(), 0);
    QCOMPARE(replica->checksum(), freshChecksum);
    QVERIFY(replica->resources().isEmpty());

    // A hole in the middle: nothing of the batch is applied, not even the valid head.
    QList<ChangeEntry> holed = primary->changes(0, 100);
    holed.removeAt(2);
    error.clear();
    QVERIFY(!replica->applyChanges(holed, primary->historyId(), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(replica->revision(), 0);
    QVERIFY(replica->resources().isEmpty());
    QVERIFY(replica->changes(0, 100).isEmpty());

    QVERIFY(replica->applyChanges(primary->changes(0, 100), primary->historyId(), &error));
    QCOMPARE(replica->checksum(), primary->checksum());
}

void tst_ConfigDatabaseFiles::malformedEntryRefused()
{
    std::unique_ptr<ConfigDatabase> replica = openDatabase(u"replica"_s);
    QVERIFY(replica);
    ChangeEntry good{1,
                     QDateTime::currentDateTimeUtc(),
                     u"admin"_s,
                     u"create"_s,
                     u"jdbc"_s,
                     u"a"_s,
                     QJsonObject{{u"description"_s, u"d"_s}, {u"spec"_s, QJsonObject()}},
                     {}};
    ChangeEntry badOperation = good;
    badOperation.revision = 2;
    badOperation.operation = u"drop"_s;
    ChangeEntry noSpec = good;
    noSpec.revision = 2;
    noSpec.resource = QJsonObject{{u"description"_s, u"d"_s}};
    QString error;
    QVERIFY(!replica->applyChanges({good, badOperation}, u"h1"_s, &error));
    QVERIFY(!replica->applyChanges({good, noSpec}, u"h1"_s, &error));
    QCOMPARE(replica->revision(), 0);
    QVERIFY(replica->historyId().isEmpty()); // nothing applied, not even the history id
    QVERIFY(replica->applyChanges({good}, u"h1"_s, &error));
    QCOMPARE(replica->revision(), 1);
    QCOMPARE(replica->resource(u"jdbc"_s, u"a"_s)->revision, 1);
}

void tst_ConfigDatabaseFiles::reopenKeepsState()
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
    QCOMPARE(db->license(), kConfigSeed.value(u"license"_s).toObject());
    QCOMPARE(db->dataflows(), kConfigSeed.value(u"dataflows"_s).toArray());
    compareResources(db->resources(), before);
    QCOMPARE(db->changes(0, 100).size(), 3);
    QCOMPARE(db->put(create(u"c"_s)).revision, 4);

    // Reopening the same object on the same directory works too.
    QString error;
    QVERIFY2(db->open(m_dir->filePath(u"a"_s), kConfigSeed, &error), qPrintable(error));
    QCOMPARE(db->revision(), 4);
}

void tst_ConfigDatabaseFiles::newerSchemaRefused()
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
    QVERIFY(!db.open(m_dir->filePath(u"a"_s), kConfigSeed, &error));
    QVERIFY2(error.contains(u"newer"_s), qPrintable(error));
    QVERIFY(error.contains(u"99"_s));
    QVERIFY(!db.isOpen());
    QCOMPARE(inspect(path, u"PRAGMA user_version"_s).toInt(), 99); // untouched
    QVERIFY(!QSqlDatabase::contains(u"newer"_s));
}

void tst_ConfigDatabaseFiles::corruptedFileRefused()
{
    QVERIFY(QDir().mkpath(m_dir->filePath(u"a"_s)));
    QFile file(m_dir->filePath(u"a/config.sqlite"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();

    ConfigDatabase db(u"corrupt"_s);
    QString error;
    QVERIFY(!db.open(m_dir->filePath(u"a"_s), kConfigSeed, &error));
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
    QVERIFY(!second.open(m_dir->filePath(u"b"_s), kConfigSeed, &error));
    QVERIFY(!error.isEmpty());
}

void tst_ConfigDatabaseFiles::foreignDatabaseRefused()
{
    QVERIFY(QDir().mkpath(m_dir->filePath(u"a"_s)));
    const QString path = m_dir->filePath(u"a/config.sqlite"_s);
    inspect(path, u"CREATE TABLE other (x INTEGER)"_s);
    ConfigDatabase db(u"foreign"_s);
    QString error;
    QVERIFY(!db.open(m_dir->filePath(u"a"_s), kConfigSeed, &error));
    QVERIFY2(error.contains(u"not a Clusterdesk"_s), qPrintable(error));
}

void tst_ConfigDatabaseFiles::resetReturnsToSeed()
{
    std::unique_ptr<ConfigDatabase> db = openDatabase(u"a"_s);
    std::unique_ptr<ConfigDatabase> fresh = openDatabase(u"fresh"_s);
    QVERIFY(db && fresh);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(db->put(create(u"r%1"_s.arg(i))).status, WriteStatus::Ok);
    const QList<ChangeEntry> log = db->changes(0, 100);
    const QString historyId = db->historyId();

    QString error;
    QVERIFY2(db->reset(&error), qPrintable(error));
    QVERIFY(db->historyId().isEmpty());
    QCOMPARE(db->revision(), 0);
    QVERIFY(db->resources().isEmpty());
    QVERIFY(db->changes(0, 100).isEmpty());
    QCOMPARE(db->checksum(), fresh->checksum());
    QCOMPARE(db->license(), kConfigSeed.value(u"license"_s).toObject());

    // A reset copy replays a log from the start.
    QVERIFY(db->applyChanges(log, historyId, &error));
    QCOMPARE(db->revision(), 3);
    QCOMPARE(db->resources().size(), 3);
}

QTEST_GUILESS_MAIN(tst_ConfigDatabaseFiles)
#include "tst_ConfigDatabaseFiles.moc"
