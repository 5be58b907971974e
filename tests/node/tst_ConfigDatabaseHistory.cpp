// ConfigDatabase's history identity and request ids: the id created with the first revision
// and adopted by copies, changes of another history refused without touching the copy, and
// the replay store (a request id finds the change it made, once, on every copy).
#include "ConfigDatabaseTest.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace node;

class tst_ConfigDatabaseHistory final : public ConfigDatabaseTest
{
    Q_OBJECT

private slots:
    void historyIdCreatedWithFirstRevision();
    void otherHistoryRefused();
    void requestIdReplaysFirstChange();
    void requestIdsReplicate();
    void versionOneFileMigrates();
};

void tst_ConfigDatabaseHistory::historyIdCreatedWithFirstRevision()
{
    std::unique_ptr<ConfigDatabase> primary = openDatabase(u"primary"_s);
    std::unique_ptr<ConfigDatabase> other = openDatabase(u"other"_s);
    QVERIFY(primary && other);
    QVERIFY(primary->historyId().isEmpty());

    QCOMPARE(primary->put(create(u"a"_s)).status, WriteStatus::Ok);
    const QString historyId = primary->historyId();
    QVERIFY(!historyId.isEmpty());
    QCOMPARE(primary->put(create(u"b"_s)).status, WriteStatus::Ok);
    QCOMPARE(primary->historyId(), historyId); // one id per history, not per write

    // An emptied node that takes a write starts another history.
    QCOMPARE(other->put(create(u"a"_s)).status, WriteStatus::Ok);
    QVERIFY(!other->historyId().isEmpty());
    QVERIFY(other->historyId() != historyId);

    primary.reset();
    primary = openDatabase(u"primary"_s);
    QVERIFY(primary);
    QCOMPARE(primary->historyId(), historyId);
}

void tst_ConfigDatabaseHistory::otherHistoryRefused()
{
    std::unique_ptr<ConfigDatabase> primary = openDatabase(u"primary"_s);
    std::unique_ptr<ConfigDatabase> replica = openDatabase(u"replica"_s);
    std::unique_ptr<ConfigDatabase> emptied = openDatabase(u"emptied"_s);
    QVERIFY(primary && replica && emptied);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(primary->put(create(u"r%1"_s.arg(i))).status, WriteStatus::Ok);
    QString error;
    QVERIFY2(replica->applyChanges(primary->changes(0, 100), primary->historyId(), &error),
             qPrintable(error));
    QCOMPARE(replica->historyId(), primary->historyId()); // adopted with the first changes

    // Another history at a higher revision: nothing applied, nothing removed.
    for (int i = 0; i < 7; ++i)
        QCOMPARE(emptied->put(create(u"x%1"_s.arg(i))).status, WriteStatus::Ok);
    const QByteArray checksum = replica->checksum();
    QVERIFY(!replica->applyChanges(emptied->changes(0, 100), emptied->historyId(), &error));
    QVERIFY2(error.contains(u"history"_s), qPrintable(error));
    QCOMPARE(replica->revision(), 5);
    QCOMPARE(replica->checksum(), checksum);
    QCOMPARE(replica->resources().size(), 5);
    QCOMPARE(replica->historyId(), primary->historyId());
    // Changes without a history id cannot join a copy that has one either.
    QVERIFY(!replica->applyChanges(emptied->changes(5, 100), QString(), &error));
    QCOMPARE(replica->revision(), 5);
}

void tst_ConfigDatabaseHistory::requestIdReplaysFirstChange()
{
    std::unique_ptr<ConfigDatabase> db = openDatabase(u"a"_s);
    QVERIFY(db);
    WriteRequest request = create(u"orders"_s);
    request.requestId = u"console:7f3a-1"_s;
    const WriteResult first = db->put(request);
    QCOMPARE(first.status, WriteStatus::Ok);
    QCOMPARE(first.revision, 1);

    // The retry finds the first change instead of failing If-None-Match or applying again.
    const WriteResult retry = db->put(request);
    QCOMPARE(retry.status, WriteStatus::Replayed);
    QVERIFY(retry.replayed);
    QCOMPARE(retry.replayed->revision, 1);
    QCOMPARE(retry.replayed->operation, u"create"_s);
    QCOMPARE(retry.replayed->requestId, request.requestId);
    QCOMPARE(db->revision(), 1);
    QCOMPARE(db->changes(0, 100).size(), 1);

    // The key is spent for any later write too; the caller judges whether it is the same one.
    const WriteResult reused =
        db->remove(u"jdbc"_s, u"orders"_s, u"admin"_s, QByteArray("*"), request.requestId);
    QCOMPARE(reused.status, WriteStatus::Replayed);
    QVERIFY(db->resource(u"jdbc"_s, u"orders"_s));

    const WriteResult removed =
        db->remove(u"jdbc"_s, u"orders"_s, u"admin"_s, QByteArray("*"), u"delete-1"_s);
    QCOMPARE(removed.status, WriteStatus::Ok);
    QCOMPARE(db->changeForRequest(u"delete-1"_s)->operation, u"delete"_s);
    QCOMPARE(db->changeForRequest(request.requestId)->revision, 1);
    QVERIFY(!db->changeForRequest(u"never-sent"_s));
    QVERIFY(!db->changeForRequest(QString()));

    // Writes without a request id (older callers) may repeat freely.
    QCOMPARE(db->put(create(u"plain"_s)).status, WriteStatus::Ok);
    QCOMPARE(db->changes(2, 100).first().requestId, QString());
}

void tst_ConfigDatabaseHistory::requestIdsReplicate()
{
    std::unique_ptr<ConfigDatabase> primary = openDatabase(u"primary"_s);
    std::unique_ptr<ConfigDatabase> replica = openDatabase(u"replica"_s);
    QVERIFY(primary && replica);
    WriteRequest request = create(u"a"_s);
    request.requestId = u"k-1"_s;
    QCOMPARE(primary->put(request).status, WriteStatus::Ok);
    QCOMPARE(primary->put(create(u"b"_s)).status, WriteStatus::Ok);
    QString error;
    QVERIFY2(replica->applyChanges(primary->changes(0, 100), primary->historyId(), &error),
             qPrintable(error));
    const auto change = replica->changeForRequest(u"k-1"_s);
    QVERIFY(change);
    QCOMPARE(change->revision, 1);
    QCOMPARE(change->name, u"a"_s);
}

void tst_ConfigDatabaseHistory::versionOneFileMigrates()
{
    std::unique_ptr<ConfigDatabase> db = openDatabase(u"a"_s);
    QVERIFY(db);
    QCOMPARE(db->put(create(u"old"_s)).status, WriteStatus::Ok);
    db.reset();
    // What a version 1 file looks like: no request ids, user_version 1.
    const QString path = m_dir->filePath(u"a/config.sqlite"_s);
    inspect(path, u"DROP INDEX changes_by_resource"_s);
    inspect(path, u"DROP INDEX changes_by_request_id"_s);
    inspect(path, u"ALTER TABLE changes DROP COLUMN request_id"_s);
    inspect(path, u"ALTER TABLE changes DROP COLUMN before_json"_s);
    inspect(path, u"ALTER TABLE changes DROP COLUMN after_json"_s);
    inspect(path, u"PRAGMA user_version = 1"_s);
    QCOMPARE(inspect(path, u"PRAGMA user_version"_s).toInt(), 1);

    db = openDatabase(u"a"_s);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), ConfigDatabase::kSchemaVersion);
    QCOMPARE(db->revision(), 1);
    QCOMPARE(db->changes(0, 10).first().requestId, QString());
    WriteRequest request = create(u"new"_s);
    request.requestId = u"after-upgrade"_s;
    QCOMPARE(db->put(request).status, WriteStatus::Ok);
    QCOMPARE(db->put(request).status, WriteStatus::Replayed);
}

QTEST_GUILESS_MAIN(tst_ConfigDatabaseHistory)
#include "tst_ConfigDatabaseHistory.moc"
