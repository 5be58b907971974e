// ConfigDatabase keeps secret values only in each resource's newest change: an update or a
// delete strips them from the older changes (marks say what each change did), replicas strip
// their copies the same way, the schema 3 migration strips existing files, and none of the
// overwritten values is left in the database file or its WAL.
#include "ConfigDatabaseTest.h"

#include "WriteOutcome.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace node;

namespace {

const QString kOldSecret = u"old-Secret-4f1a9c"_s;
const QString kNewSecret = u"new-Secret-8b2e7d"_s;

QJsonObject specWith(const QString &password)
{
    QJsonObject spec = jdbcSpec(u"orders"_s);
    spec.insert(u"password"_s, password);
    return spec;
}

// Every byte SQLite keeps of the database: the file and its WAL.
QByteArray rawBytes(const QString &path)
{
    QByteArray bytes;
    for (const QString &file : {path, path + u"-wal"_s}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    return bytes;
}

QString mark(const ChangeEntry &change)
{
    return change.resource.value(u"secrets"_s).toObject().value(u"password"_s).toString();
}

} // namespace

class tst_ConfigDatabaseSecrets final : public ConfigDatabaseTest
{
    Q_OBJECT

private slots:
    void updateStripsOlderValues();
    void deleteStripsLastValue();
    void everyOlderValueGone();
    void marksSayWhatChanged();
    void replicaStripsItsCopy();
    void migrationStripsExistingFile();
    void replayAnswersAfterStripping();

private:
    QString path(const QString &subdirectory) const
    {
        return m_dir->filePath(subdirectory + u"/config.sqlite"_s);
    }
};

void tst_ConfigDatabaseSecrets::updateStripsOlderValues()
{
    std::unique_ptr<ConfigDatabase> db = openDatabase(u"a"_s);
    QVERIFY(db);
    QCOMPARE(db->put(create(u"orders-db"_s, u"d"_s, specWith(kOldSecret))).status, WriteStatus::Ok);
    QVERIFY(rawBytes(path(u"a"_s)).contains(kOldSecret.toUtf8())); // the check can see it
    WriteRequest request = update(u"orders-db"_s, "\"1\"");
    request.spec = specWith(kNewSecret);
    QCOMPARE(db->put(request).status, WriteStatus::Ok);

    const QList<ChangeEntry> log = db->changes(0, 10);
    QCOMPARE(log.size(), 2);
    const QJsonObject older = log[0].resource.value(u"spec"_s).toObject();
    QVERIFY(!older.contains(u"password"_s));
    QCOMPARE(older.value(u"url"_s), specWith(kOldSecret).value(u"url"_s)); // the rest is kept
    QCOMPARE(mark(log[0]), u"changed"_s);
    QCOMPARE(log[1].resource.value(u"spec"_s).toObject(), specWith(kNewSecret));
    QCOMPARE(db->resource(u"jdbc"_s, u"orders-db"_s)->spec, specWith(kNewSecret));

    const QByteArray raw = rawBytes(path(u"a"_s));
    QVERIFY(!raw.contains(kOldSecret.toUtf8()));
    QVERIFY(raw.contains(kNewSecret.toUtf8()));
    // Still absent once everything is in the main file.
    inspect(path(u"a"_s), u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    QVERIFY(!rawBytes(path(u"a"_s)).contains(kOldSecret.toUtf8()));
}

void tst_ConfigDatabaseSecrets::deleteStripsLastValue()
{
    std::unique_ptr<ConfigDatabase> db = openDatabase(u"a"_s);
    QVERIFY(db);
    QCOMPARE(db->put(create(u"orders-db"_s, u"d"_s, specWith(kOldSecret))).status, WriteStatus::Ok);
    QCOMPARE(db->remove(u"jdbc"_s, u"orders-db"_s, u"admin"_s, QByteArray("*")).status,
             WriteStatus::Ok);

    const QList<ChangeEntry> log = db->changes(0, 10);
    QCOMPARE(log.size(), 2);
    QVERIFY(!log[0].resource.value(u"spec"_s).toObject().contains(u"password"_s));
    QCOMPARE(mark(log[0]), u"changed"_s);
    QVERIFY(!rawBytes(path(u"a"_s)).contains(kOldSecret.toUtf8()));
    db.reset();
    QVERIFY(!rawBytes(path(u"a"_s)).contains(kOldSecret.toUtf8()));
}

void tst_ConfigDatabaseSecrets::everyOlderValueGone()
{
    std::unique_ptr<ConfigDatabase> db = openDatabase(u"a"_s);
    QVERIFY(db);
    QCOMPARE(db->put(create(u"orders-db"_s, u"d"_s, specWith(u"value-0"_s))).status,
             WriteStatus::Ok);
    // Another resource's writes in between must not keep these values either.
    QCOMPARE(db->put(create(u"other"_s, u"d"_s, specWith(u"other-value"_s))).status,
             WriteStatus::Ok);
    for (int i = 1; i <= 5; ++i) {
        WriteRequest request = update(u"orders-db"_s, "*");
        request.spec = specWith(u"value-%1"_s.arg(i));
        QCOMPARE(db->put(request).status, WriteStatus::Ok);
    }
    const QByteArray raw = rawBytes(path(u"a"_s));
    for (int i = 0; i < 5; ++i)
        QVERIFY2(!raw.contains(u"value-%1"_s.arg(i).toUtf8()), qPrintable(QString::number(i)));
    QVERIFY(raw.contains("value-5"));
    QVERIFY(raw.contains("other-value"));
    const QList<ChangeEntry> log = db->changes(0, 10);
    QCOMPARE(log.size(), 7);
    for (const ChangeEntry &change : log.first(6)) {
        if (change.name == u"orders-db")
            QCOMPARE(mark(change), u"changed"_s);
    }
}

void tst_ConfigDatabaseSecrets::marksSayWhatChanged()
{
    std::unique_ptr<ConfigDatabase> db = openDatabase(u"a"_s);
    QVERIFY(db);
    QJsonObject noPassword = specWith(kOldSecret);
    noPassword.remove(u"password"_s);
    QCOMPARE(db->put(create(u"orders-db"_s, u"d"_s, noPassword)).status, WriteStatus::Ok);
    WriteRequest request = update(u"orders-db"_s, "*");
    request.spec = specWith(kOldSecret);
    QCOMPARE(db->put(request).status, WriteStatus::Ok); // set
    request.description = u"same secret"_s;
    QCOMPARE(db->put(request).status, WriteStatus::Ok); // kept
    request.spec = noPassword;
    QCOMPARE(db->put(request).status, WriteStatus::Ok); // cleared

    const QList<ChangeEntry> log = db->changes(0, 10);
    QCOMPARE(log.size(), 4);
    QCOMPARE(mark(log[0]), u"unset"_s);
    QCOMPARE(mark(log[1]), u"changed"_s);
    QCOMPARE(mark(log[2]), u"set"_s);
    QCOMPARE(mark(log[3]), u"cleared"_s);
    for (const ChangeEntry &change : log)
        QVERIFY(!change.resource.value(u"spec"_s).toObject().contains(u"password"_s));
    QVERIFY(!rawBytes(path(u"a"_s)).contains(kOldSecret.toUtf8()));
}

void tst_ConfigDatabaseSecrets::replicaStripsItsCopy()
{
    std::unique_ptr<ConfigDatabase> primary = openDatabase(u"primary"_s);
    std::unique_ptr<ConfigDatabase> replica = openDatabase(u"replica"_s);
    QVERIFY(primary && replica);
    QCOMPARE(primary->put(create(u"orders-db"_s, u"d"_s, specWith(kOldSecret))).status,
             WriteStatus::Ok);
    QString error;
    // The replica got the first change while it was the newest, secret value included.
    QVERIFY2(replica->applyChanges(primary->changes(0, 10), primary->historyId(), &error),
             qPrintable(error));
    QVERIFY(rawBytes(path(u"replica"_s)).contains(kOldSecret.toUtf8()));

    WriteRequest request = update(u"orders-db"_s, "\"1\"");
    request.spec = specWith(kNewSecret);
    QCOMPARE(primary->put(request).status, WriteStatus::Ok);
    QVERIFY2(replica->applyChanges(primary->changes(1, 10), primary->historyId(), &error),
             qPrintable(error));
    QCOMPARE(replica->checksum(), primary->checksum());
    QCOMPARE(replica->resource(u"jdbc"_s, u"orders-db"_s)->spec, specWith(kNewSecret));
    const QList<ChangeEntry> log = replica->changes(0, 10);
    QCOMPARE(log.size(), 2);
    QVERIFY(!log[0].resource.value(u"spec"_s).toObject().contains(u"password"_s));
    QCOMPARE(mark(log[0]), u"changed"_s);
    QVERIFY(!rawBytes(path(u"replica"_s)).contains(kOldSecret.toUtf8()));

    // A copy built from the whole log at once (what a reseed replays) holds the current value.
    std::unique_ptr<ConfigDatabase> reseeded = openDatabase(u"reseeded"_s);
    QVERIFY(reseeded);
    QVERIFY2(reseeded->applyChanges(primary->changes(0, 10), primary->historyId(), &error),
             qPrintable(error));
    QCOMPARE(reseeded->checksum(), primary->checksum());
    QVERIFY(!rawBytes(path(u"reseeded"_s)).contains(kOldSecret.toUtf8()));
}

void tst_ConfigDatabaseSecrets::migrationStripsExistingFile()
{
    std::unique_ptr<ConfigDatabase> db = openDatabase(u"a"_s);
    QVERIFY(db);
    QCOMPARE(db->put(create(u"orders-db"_s, u"d"_s, specWith(kOldSecret))).status, WriteStatus::Ok);
    WriteRequest request = update(u"orders-db"_s, "\"1\"");
    request.spec = specWith(kNewSecret);
    QCOMPARE(db->put(request).status, WriteStatus::Ok);
    QCOMPARE(db->put(create(u"other"_s, u"d"_s, specWith(kNewSecret))).status, WriteStatus::Ok);
    QCOMPARE(db->remove(u"jdbc"_s, u"other"_s, u"admin"_s, QByteArray("*")).status,
             WriteStatus::Ok);
    db.reset();
    // What a version 2 file looks like: every change keeps the values it was written with.
    const QString file = path(u"a"_s);
    const QJsonObject oldPayload{{u"description"_s, u"d"_s}, {u"spec"_s, specWith(kOldSecret)}};
    inspect(file, u"UPDATE changes SET payload_json = '%1' WHERE revision = 1"_s.arg(
                      QString::fromUtf8(QJsonDocument(oldPayload).toJson(QJsonDocument::Compact))));
    inspect(file, u"DROP INDEX changes_by_resource"_s);
    inspect(file, u"ALTER TABLE changes DROP COLUMN before_json"_s);
    inspect(file, u"ALTER TABLE changes DROP COLUMN after_json"_s);
    inspect(file, u"PRAGMA user_version = 2"_s);
    inspect(file, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    QVERIFY(rawBytes(file).contains(kOldSecret.toUtf8()));

    db = openDatabase(u"a"_s);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), ConfigDatabase::kSchemaVersion);
    const QList<ChangeEntry> log = db->changes(0, 10);
    QCOMPARE(log.size(), 4);
    QVERIFY(!log[0].resource.value(u"spec"_s).toObject().contains(u"password"_s));
    QCOMPARE(mark(log[0]), u"changed"_s);
    QVERIFY(!log[2].resource.value(u"spec"_s).toObject().contains(u"password"_s)); // deleted
    QCOMPARE(db->resource(u"jdbc"_s, u"orders-db"_s)->spec, specWith(kNewSecret));
    QVERIFY(!rawBytes(file).contains(kOldSecret.toUtf8()));
}

void tst_ConfigDatabaseSecrets::replayAnswersAfterStripping()
{
    std::unique_ptr<ConfigDatabase> db = openDatabase(u"a"_s);
    QVERIFY(db);
    WriteRequest first = create(u"orders-db"_s, u"d"_s, specWith(kOldSecret));
    first.requestId = u"first-write"_s;
    QCOMPARE(db->put(first).status, WriteStatus::Ok);
    WriteRequest request = update(u"orders-db"_s, "\"1\"");
    request.spec = specWith(kNewSecret);
    QCOMPARE(db->put(request).status, WriteStatus::Ok);

    const WriteResult replay = db->put(first);
    QCOMPARE(replay.status, WriteStatus::Replayed);
    QVERIFY(replay.replayed);
    const HttpResponse answer = WriteOutcome::answer(*replay.replayed);
    QCOMPARE(answer.status, 201);
    const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
    QCOMPARE(body.value(u"secrets"_s).toObject().value(u"password"_s), QJsonValue(true));
    QVERIFY(!answer.body.contains(kOldSecret.toUtf8()));
    QCOMPARE(db->revision(), 2);
}

QTEST_GUILESS_MAIN(tst_ConfigDatabaseSecrets)
#include "tst_ConfigDatabaseSecrets.moc"
