// ConfigDatabase keeps each change's definition before and after it: a create has no before, a
// delete no after, secrets appear only as "changed"/"unchanged" markers (never a value, in the
// log or the file), replicas store the same states, and a file from before schema 4 keeps its
// old changes readable as "not recorded".
#include "ConfigDatabaseTest.h"

#include "ChangeJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace node;

namespace {

const QString kFirstSecret = u"first-Secret-71c3e0"_s;
const QString kSecondSecret = u"second-Secret-a94d12"_s;

QJsonObject specWith(const QString &database, const QString &password)
{
    QJsonObject spec = jdbcSpec(database);
    spec.insert(u"password"_s, password);
    return spec;
}

QJsonObject specOf(const QJsonValue &side)
{
    return side.toObject().value(u"spec"_s).toObject();
}

QString secretMarker(const QJsonValue &side)
{
    return specOf(side).value(u"password"_s).toObject().value(u"secret"_s).toString();
}

} // namespace

class tst_ConfigDatabaseChangeStates final : public ConfigDatabaseTest
{
    Q_OBJECT

private slots:
    void createUpdateDeleteKeepStates();
    void unchangedSecretIsMarkedUnchanged();
    void noSecretValueInLogOrFile();
    void replicaStoresTheSameStates();
    void olderFileSaysNotRecorded();
};

void tst_ConfigDatabaseChangeStates::createUpdateDeleteKeepStates()
{
    std::unique_ptr<ConfigDatabase> db = openDatabase(u"a"_s);
    QVERIFY(db);
    QCOMPARE(
        db->put(create(u"orders-db"_s, u"first"_s, specWith(u"orders"_s, kFirstSecret))).status,
        WriteStatus::Ok);
    WriteRequest request = update(u"orders-db"_s, "\"1\"", u"second"_s);
    request.spec = specWith(u"sales"_s, kSecondSecret);
    QCOMPARE(db->put(request).status, WriteStatus::Ok);
    QCOMPARE(db->remove(u"jdbc"_s, u"orders-db"_s, u"admin"_s, QByteArray("\"2\"")).status,
             WriteStatus::Ok);

    const QList<ChangeEntry> log = db->changes(0, 10);
    QCOMPARE(log.size(), 3);
    for (const ChangeEntry &entry : log)
        QVERIFY(entry.statesRecorded());
    // create: nothing before, the definition after, its secret set by this change.
    QVERIFY(log[0].before.isNull());
    QCOMPARE(log[0].after.toObject().value(u"description"_s).toString(), u"first"_s);
    QCOMPARE(specOf(log[0].after).value(u"url"_s).toString(),
             u"jdbc:postgresql://db:5432/orders"_s);
    QCOMPARE(secretMarker(log[0].after), u"changed"_s);
    // update: both sides as stored, the secret replaced.
    QCOMPARE(log[1].before.toObject().value(u"description"_s).toString(), u"first"_s);
    QCOMPARE(log[1].after.toObject().value(u"description"_s).toString(), u"second"_s);
    QCOMPARE(specOf(log[1].before).value(u"url"_s).toString(),
             u"jdbc:postgresql://db:5432/orders"_s);
    QCOMPARE(specOf(log[1].after).value(u"url"_s).toString(), u"jdbc:postgresql://db:5432/sales"_s);
    QCOMPARE(secretMarker(log[1].before), u"changed"_s);
    QCOMPARE(secretMarker(log[1].after), u"changed"_s);
    // delete: the definition before, nothing after.
    QCOMPARE(log[2].before.toObject().value(u"description"_s).toString(), u"second"_s);
    QCOMPARE(secretMarker(log[2].before), u"changed"_s);
    QVERIFY(log[2].after.isNull());

    // The public form carries them with "recorded".
    const QJsonObject wire = ChangeJson::change(log[1], false);
    QVERIFY(wire.value(u"recorded"_s).toBool());
    QCOMPARE(wire.value(u"before"_s), log[1].before);
    QCOMPARE(wire.value(u"after"_s), log[1].after);
    QVERIFY(ChangeJson::change(log[0], false).value(u"before"_s).isNull());
}

void tst_ConfigDatabaseChangeStates::unchangedSecretIsMarkedUnchanged()
{
    std::unique_ptr<ConfigDatabase> db = openDatabase(u"a"_s);
    QVERIFY(db);
    QCOMPARE(db->put(create(u"orders-db"_s, u"d"_s, specWith(u"orders"_s, kFirstSecret))).status,
             WriteStatus::Ok);
    WriteRequest request = update(u"orders-db"_s, "\"1\"", u"only the description"_s);
    request.spec = specWith(u"orders"_s, kFirstSecret);
    QCOMPARE(db->put(request).status, WriteStatus::Ok);
    // A secret cleared by an update: set before (changed), absent after.
    request = update(u"orders-db"_s, "\"2\"", u"cleared"_s);
    request.spec = jdbcSpec(u"orders"_s);
    request.spec.remove(u"password"_s);
    QCOMPARE(db->put(request).status, WriteStatus::Ok);

    const QList<ChangeEntry> log = db->changes(0, 10);
    QCOMPARE(log.size(), 3);
    QCOMPARE(secretMarker(log[1].before), u"unchanged"_s);
    QCOMPARE(secretMarker(log[1].after), u"unchanged"_s);
    QCOMPARE(secretMarker(log[2].before), u"changed"_s);
    QVERIFY(!specOf(log[2].after).contains(u"password"_s));
}

void tst_ConfigDatabaseChangeStates::noSecretValueInLogOrFile()
{
    std::unique_ptr<ConfigDatabase> db = openDatabase(u"a"_s);
    QVERIFY(db);
    QCOMPARE(db->put(create(u"orders-db"_s, u"d"_s, specWith(u"orders"_s, kFirstSecret))).status,
             WriteStatus::Ok);
    WriteRequest request = update(u"orders-db"_s, "\"1\"");
    request.spec = specWith(u"orders"_s, kSecondSecret);
    QCOMPARE(db->put(request).status, WriteStatus::Ok);
    QCOMPARE(db->remove(u"jdbc"_s, u"orders-db"_s, u"admin"_s, QByteArray("*")).status,
             WriteStatus::Ok);
    for (const ChangeEntry &entry : db->changes(0, 10)) {
        const QByteArray wire = QJsonDocument(ChangeJson::change(entry, false)).toJson();
        QVERIFY2(!wire.contains(kFirstSecret.toUtf8()) && !wire.contains(kSecondSecret.toUtf8()),
                 wire.constData());
    }
    db.reset();
    const QString file = m_dir->filePath(u"a/config.sqlite"_s);
    QByteArray bytes;
    for (const QString &name : {file, file + u"-wal"_s}) {
        QFile f(name);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains(kFirstSecret.toUtf8()));
    QVERIFY(!bytes.contains(kSecondSecret.toUtf8()));
}

void tst_ConfigDatabaseChangeStates::replicaStoresTheSameStates()
{
    std::unique_ptr<ConfigDatabase> primary = openDatabase(u"primary"_s);
    std::unique_ptr<ConfigDatabase> replica = openDatabase(u"replica"_s);
    QVERIFY(primary && replica);
    QCOMPARE(primary->put(create(u"orders-db"_s)).status, WriteStatus::Ok);
    QCOMPARE(primary->put(update(u"orders-db"_s, "\"1\"")).status, WriteStatus::Ok);
    QCOMPARE(primary->remove(u"jdbc"_s, u"orders-db"_s, u"admin"_s, QByteArray("*")).status,
             WriteStatus::Ok);
    // Through the replication wire form, as a replica receives them.
    QList<ChangeEntry> received;
    for (const ChangeEntry &entry : primary->changes(0, 10)) {
        const std::optional<ChangeEntry> parsed =
            ChangeJson::parseChange(ChangeJson::change(entry, true));
        QVERIFY(parsed);
        received.append(*parsed);
    }
    QString error;
    QVERIFY2(replica->applyChanges(received, primary->historyId(), &error), qPrintable(error));
    const QList<ChangeEntry> mine = primary->changes(0, 10);
    const QList<ChangeEntry> theirs = replica->changes(0, 10);
    QCOMPARE(theirs.size(), mine.size());
    for (qsizetype i = 0; i < mine.size(); ++i) {
        QVERIFY(theirs[i].statesRecorded());
        QCOMPARE(theirs[i].before, mine[i].before);
        QCOMPARE(theirs[i].after, mine[i].after);
    }
}

void tst_ConfigDatabaseChangeStates::olderFileSaysNotRecorded()
{
    std::unique_ptr<ConfigDatabase> db = openDatabase(u"a"_s);
    QVERIFY(db);
    QCOMPARE(db->put(create(u"old"_s)).status, WriteStatus::Ok);
    db.reset();
    // What a version 3 file looks like: no state columns.
    const QString path = m_dir->filePath(u"a/config.sqlite"_s);
    inspect(path, u"ALTER TABLE changes DROP COLUMN before_json"_s);
    inspect(path, u"ALTER TABLE changes DROP COLUMN after_json"_s);
    inspect(path, u"PRAGMA user_version = 3"_s);
    QCOMPARE(inspect(path, u"PRAGMA user_version"_s).toInt(), 3);

    db = openDatabase(u"a"_s);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), ConfigDatabase::kSchemaVersion);
    QCOMPARE(db->put(update(u"old"_s, "\"1\"")).status, WriteStatus::Ok);
    const QList<ChangeEntry> log = db->changes(0, 10);
    QCOMPARE(log.size(), 2);
    QCOMPARE(log[0].name, u"old"_s);
    QVERIFY(!log[0].statesRecorded());
    const QJsonObject wire = ChangeJson::change(log[0], false);
    QCOMPARE(wire.value(u"recorded"_s), QJsonValue(false));
    QVERIFY(!wire.contains(u"before"_s) && !wire.contains(u"after"_s));
    // A change made after the upgrade records both sides.
    QVERIFY(log[1].statesRecorded());
    QCOMPARE(log[1].before.toObject().value(u"description"_s).toString(), u"d"_s);
}

QTEST_GUILESS_MAIN(tst_ConfigDatabaseChangeStates)
#include "tst_ConfigDatabaseChangeStates.moc"
