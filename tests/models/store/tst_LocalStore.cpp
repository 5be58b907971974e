// LocalStore: profile CRUD and cascade, samples, snapshots, batched poll cycles (one
// transaction, all or nothing), drafts, retention, crash safety (a writer killed with SIGKILL)
// and that no secret ever reaches the database files. The file itself (schema, migration,
// foreign and newer files): tst_LocalStoreFiles.
#include "LocalStore.h"
#include "LocalStoreCycleWriter.h"
#include "LocalStoreSchema.h"
#include "LocalStoreTestSupport.h"
#include "MemorySecretStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace LocalStoreTest;

class tst_LocalStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void profileCrud()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dir.path()));
        ClusterProfile alpha = makeProfile(QStringLiteral("Alpha"));
        ClusterProfile beta = makeProfile(QStringLiteral("Beta"));
        alpha.sortOrder = 99; // ignored: new profiles go last
        QVERIFY(store.addProfile(alpha));
        QVERIFY(store.addProfile(beta));

        ProfileValidationError problem;
        ClusterProfile clash = makeProfile(QStringLiteral("  alpha "));
        QVERIFY(!store.addProfile(clash, &problem));
        QCOMPARE(problem.field, QStringLiteral("name"));
        QVERIFY(!store.addProfile(makeProfile(QStringLiteral("   ")), &problem));
        QCOMPARE(problem.field, QStringLiteral("name"));
        ClusterProfile invalid = makeProfile(QStringLiteral("Gamma"));
        invalid.pollIntervalMs = 10;
        QVERIFY(!store.addProfile(invalid, &problem));
        QCOMPARE(problem.field, QStringLiteral("pollIntervalMs"));
        QVERIFY(!store.lastError().isEmpty());
        QVERIFY(!store.addProfile(alpha, &problem)); // same id, same name

        QList<ClusterProfile> all = store.profiles();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).name, QStringLiteral("Alpha"));
        QCOMPARE(all.at(0).sortOrder, 0);
        QCOMPARE(all.at(1).name, QStringLiteral("Beta"));
        QCOMPARE(all.at(1).sortOrder, 1);

        ClusterProfile renamed = all.at(0);
        renamed.name = QStringLiteral("alpha"); // its own name in another case is fine
        renamed.pollIntervalMs = 10000;
        QVERIFY(store.updateProfile(renamed));
        QCOMPARE(store.profile(alpha.id)->pollIntervalMs, 10000);
        QCOMPARE(store.profile(alpha.id)->name, QStringLiteral("alpha"));
        renamed.name = QStringLiteral("BETA");
        QVERIFY(!store.updateProfile(renamed, &problem));
        QCOMPARE(problem.field, QStringLiteral("name"));
        ClusterProfile ghost = makeProfile(QStringLiteral("Ghost"));
        QVERIFY(!store.updateProfile(ghost, &problem));
        QCOMPARE(problem.field, QStringLiteral("id"));

        QVERIFY(store.reorderProfiles({beta.id, alpha.id}));
        all = store.profiles();
        QCOMPARE(all.at(0).id, beta.id);
        QCOMPARE(all.at(1).id, alpha.id);
        QVERIFY(!store.reorderProfiles({beta.id}));
        QVERIFY(!store.reorderProfiles({beta.id, beta.id}));
        QVERIFY(!store.reorderProfiles({beta.id, alpha.id, ghost.id}));
        QCOMPARE(store.profiles().at(0).id, beta.id);

        QVERIFY(store.removeProfile(beta.id));
        QCOMPARE(store.profiles().size(), 1);
        QVERIFY(!store.profile(beta.id));
        QVERIFY(store.addProfile(makeProfile(QStringLiteral("Beta")))); // the name is free again
    }

    void removeCascades()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dir.path()));
        const ClusterProfile keep = makeProfile(QStringLiteral("keep"));
        const ClusterProfile drop = makeProfile(QStringLiteral("drop"));
        QVERIFY(store.addProfile(keep));
        QVERIFY(store.addProfile(drop));
        for (const ClusterProfile &p : {keep, drop}) {
            QVERIFY(store.appendSamples(p.id, {sample(u"n1"_qs, 1), sample(u"n1"_qs, 2)}));
            QVERIFY(store.saveSnapshot(p.id, {5, "{\"a\":1}"}));
            QVERIFY(store.saveResourceSnapshot(p.id, {6, "{\"r\":1}"}));
            QVERIFY(store.noteNodesUp(p.id, {u"n1"_qs}, 7));
            QVERIFY(store.saveDraft({p.id, u"jdbc"_qs, u"orders"_qs, "{}", "{}", 8}));
        }
        QVERIFY(store.removeProfile(drop.id));
        QVERIFY(store.samples(drop.id, u"n1"_qs, 0, 10).isEmpty());
        QVERIFY(!store.loadSnapshot(drop.id));
        QVERIFY(!store.loadResourceSnapshot(drop.id));
        QVERIFY(store.lastUp(drop.id).isEmpty());
        QVERIFY(store.drafts(drop.id).isEmpty());
        QCOMPARE(store.samples(keep.id, u"n1"_qs, 0, 10).size(), 2);
        QVERIFY(store.loadSnapshot(keep.id));
        QVERIFY(store.loadResourceSnapshot(keep.id));
        QCOMPARE(store.lastUp(keep.id).size(), 1);
        QCOMPARE(store.drafts(keep.id).size(), 1);
    }

    void samplesRange()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dir.path()));
        QList<NodeSample> cycle;
        for (qint64 t = 9; t >= 0; --t) { // out of order on purpose
            cycle.append(sample(u"node-1"_qs, t * 1000));
            cycle.append(sample(u"node-2"_qs, t * 1000));
        }
        NodeSample down = sample(u"node-1"_qs, 10000, u"unreachable"_qs);
        down.latencyMs.reset();
        down.offsetMs.reset();
        down.errorMs.reset();
        down.revision.reset();
        cycle.append(down);
        QVERIFY(store.appendSamples(u"c1"_qs, cycle));
        QVERIFY(store.appendSamples(u"c2"_qs, {sample(u"node-1"_qs, 5000)}));

        const QList<NodeSample> range = store.samples(u"c1"_qs, u"node-1"_qs, 3000, 6000);
        QCOMPARE(range.size(), 4);
        for (qsizetype i = 0; i < range.size(); ++i) {
            QCOMPARE(range.at(i).timeMs, 3000 + i * 1000);
            QCOMPARE(range.at(i), sample(u"node-1"_qs, 3000 + i * 1000));
        }
        const QList<NodeSample> last = store.samples(u"c1"_qs, u"node-1"_qs, 10000, 10000);
        QCOMPARE(last.size(), 1);
        QCOMPARE(last.at(0), down);
        QVERIFY(store.samples(u"c1"_qs, u"node-3"_qs, 0, 100000).isEmpty());
        QVERIFY(store.samples(u"c1"_qs, u"node-1"_qs, 6000, 3000).isEmpty());
        QCOMPARE(store.samples(u"c2"_qs, u"node-1"_qs, 0, 100000).size(), 1);
        QVERIFY(store.appendSamples(u"c1"_qs, {})); // an empty cycle is fine
    }

    void appendIsOneTransaction()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dir.path()));
        // The last row violates NOT NULL (no state): if each row were its own transaction the
        // first two would stay.
        QList<NodeSample> cycle = {sample(u"n1"_qs, 1), sample(u"n2"_qs, 1)};
        NodeSample broken = sample(u"n3"_qs, 1);
        broken.state = QString();
        cycle.append(broken);
        QVERIFY(!store.appendSamples(u"c"_qs, cycle));
        QVERIFY(!store.lastError().isEmpty());
        QVERIFY(store.samples(u"c"_qs, u"n1"_qs, 0, 10).isEmpty());
        QVERIFY(store.samples(u"c"_qs, u"n2"_qs, 0, 10).isEmpty());
        // The store is still usable afterwards.
        cycle.removeLast();
        QVERIFY(store.appendSamples(u"c"_qs, cycle));
        QCOMPARE(store.samples(u"c"_qs, u"n2"_qs, 0, 10).size(), 1);
    }

    void recordCyclesWritesEveryPart()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dir.path()));
        const QList<ClusterCycleRecord> cycle = {
            {u"c1"_qs,
             1000,
             {sample(u"n1"_qs, 1000), sample(u"n2"_qs, 1000)},
             StoredSnapshot{1000, "{\"c\":1}"},
             {u"n1"_qs, u"n2"_qs}},
            {u"c2"_qs, 1000, {sample(u"n1"_qs, 1000, u"unreachable"_qs)}, std::nullopt, {}},
        };
        QVERIFY2(store.recordCycles(cycle), qPrintable(store.lastError()));
        QVERIFY(store.recordCycles({})); // nothing to write is fine
        QCOMPARE(store.samples(u"c1"_qs, u"n2"_qs, 0, 2000), QList{sample(u"n2"_qs, 1000)});
        QCOMPARE(store.samples(u"c2"_qs, u"n1"_qs, 0, 2000).constFirst().state, u"unreachable"_qs);
        QCOMPARE(*store.loadSnapshot(u"c1"_qs), (StoredSnapshot{1000, "{\"c\":1}"}));
        QVERIFY(!store.loadSnapshot(u"c2"_qs)); // no snapshot in that record
        QCOMPARE(store.lastUp(u"c1"_qs).value(u"n2"_qs), 1000);
        QVERIFY(store.lastUp(u"c2"_qs).isEmpty());

        // A second cycle: the snapshot is replaced, the samples add up, last-up only moves on.
        QVERIFY(store.recordCycles(
            {{u"c1"_qs, 2000, {sample(u"n1"_qs, 2000)}, StoredSnapshot{2000, "{}"}, {u"n1"_qs}},
             {u"c1"_qs, 500, {}, std::nullopt, {u"n2"_qs}}}));
        QCOMPARE(store.samples(u"c1"_qs, u"n1"_qs, 0, 3000).size(), 2);
        QCOMPARE(store.loadSnapshot(u"c1"_qs)->takenAtMs, 2000);
        QCOMPARE(store.lastUp(u"c1"_qs).value(u"n1"_qs), 2000);
        QCOMPARE(store.lastUp(u"c1"_qs).value(u"n2"_qs), 1000);
    }

    void samplesMoveToTheirIndexInBatches()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dir.path()));
        const int nodes = 1024;
        const int cycles = int(LocalStoreCycleWriter::FoldRows / nodes);
        QList<ClusterCycleRecord> batch;
        for (int c = 0; c < cycles; ++c) {
            ClusterCycleRecord record{u"c1"_qs, c * 1000, {}, std::nullopt, {}};
            for (int n = 0; n < nodes; ++n)
                record.samples.append(sample(u"n%1"_qs.arg(n), c * 1000));
            batch.append(record);
        }
        // FoldRows samples: they move to node_samples within this same transaction.
        QVERIFY2(store.recordCycles(batch), qPrintable(store.lastError()));
        const QString count = u"SELECT count(*) FROM %1"_qs;
        QCOMPARE(raw(dbFile(dir), {count.arg(u"node_samples_recent"_qs)}).toLongLong(), 0);
        QCOMPARE(raw(dbFile(dir), {count.arg(u"node_samples"_qs)}).toLongLong(),
                 LocalStoreCycleWriter::FoldRows);
        // The next cycle waits in node_samples_recent; reads see both tables, in time order.
        QVERIFY(store.recordCycles(
            {{u"c1"_qs, cycles * 1000, {sample(u"n7"_qs, cycles * 1000)}, std::nullopt, {}}}));
        QCOMPARE(raw(dbFile(dir), {count.arg(u"node_samples_recent"_qs)}).toLongLong(), 1);
        const QList<NodeSample> history = store.samples(u"c1"_qs, u"n7"_qs, 0, cycles * 1000);
        QCOMPARE(history.size(), cycles + 1);
        for (int c = 0; c <= cycles; ++c)
            QCOMPARE(history.at(c).timeMs, c * 1000);
        // Retention and removal reach both tables.
        QCOMPARE(store.purgeOlderThan(0, 1000), nodes); // the samples at time 0
        QCOMPARE(store.purgeOlderThan(0, cycles * 1000 + 1),
                 LocalStoreCycleWriter::FoldRows - nodes + 1);
        QCOMPARE(raw(dbFile(dir), {count.arg(u"node_samples_recent"_qs)}).toLongLong(), 0);
    }

    void recordCyclesIsOneTransaction_data()
    {
        QTest::addColumn<int>("brokenPart"); // of the last record: 0 sample, 1 snapshot, 2 up
        QTest::newRow("sample without a state") << 0;
        QTest::newRow("snapshot of a null cluster id") << 1;
        QTest::newRow("last-up of a null node id") << 2;
    }

    void recordCyclesIsOneTransaction()
    {
        QFETCH(int, brokenPart);
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dir.path()));
        QVERIFY(store.saveSnapshot(u"c1"_qs, {1, "old"}));
        QList<ClusterCycleRecord> cycle = {
            {u"c1"_qs, 1000, {sample(u"n1"_qs, 1000)}, StoredSnapshot{1000, "new"}, {u"n1"_qs}},
            {u"c2"_qs, 1000, {sample(u"n1"_qs, 1000)}, StoredSnapshot{1000, "c2"}, {u"n1"_qs}},
        };
        // Each violates a NOT NULL column; the first record alone is fine.
        ClusterCycleRecord broken{u"c3"_qs, 1000, {sample(u"n1"_qs, 1000)}, std::nullopt, {}};
        if (brokenPart == 0)
            broken.samples.first().state = QString();
        else if (brokenPart == 1)
            broken = {QString(), 1000, {}, StoredSnapshot{1000, "c3"}, {}};
        else
            broken.upNodeIds = {QString()};
        cycle.append(broken);

        QVERIFY(!store.recordCycles(cycle));
        QVERIFY(!store.lastError().isEmpty());
        // Nothing of the batch is left, not even the records before the broken one.
        for (const QString &cluster : {u"c1"_qs, u"c2"_qs, u"c3"_qs}) {
            QVERIFY(store.samples(cluster, u"n1"_qs, 0, 2000).isEmpty());
            QVERIFY(store.lastUp(cluster).isEmpty());
        }
        QCOMPARE(*store.loadSnapshot(u"c1"_qs), (StoredSnapshot{1, "old"}));
        QVERIFY(!store.loadSnapshot(u"c2"_qs));
        // The store is still usable afterwards.
        cycle.removeLast();
        QVERIFY(store.recordCycles(cycle));
        QCOMPARE(store.loadSnapshot(u"c1"_qs)->json, QByteArray("new"));
        QCOMPARE(store.samples(u"c2"_qs, u"n1"_qs, 0, 2000).size(), 1);
    }

    void snapshotsAndLastUp()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dir.path()));
        QVERIFY(!store.loadSnapshot(u"c"_qs));
        QVERIFY(store.saveSnapshot(u"c"_qs, {100, "{\"nodes\":[]}"}));
        QVERIFY(store.saveSnapshot(u"c"_qs, {200, "{\"nodes\":[1]}"}));
        QCOMPARE(*store.loadSnapshot(u"c"_qs), (StoredSnapshot{200, "{\"nodes\":[1]}"}));
        QVERIFY(store.saveResourceSnapshot(u"c"_qs, {300, "[]"}));
        QCOMPARE(*store.loadResourceSnapshot(u"c"_qs), (StoredSnapshot{300, "[]"}));
        QCOMPARE(store.loadSnapshot(u"c"_qs)->takenAtMs, 200); // separate tables

        QVERIFY(store.noteNodesUp(u"c"_qs, {u"n1"_qs, u"n2"_qs}, 1000));
        QVERIFY(store.noteNodesUp(u"c"_qs, {u"n1"_qs}, 2000));
        QVERIFY(store.noteNodesUp(u"c"_qs, {u"n2"_qs}, 500)); // older: ignored
        const QHash<QString, qint64> up = store.lastUp(u"c"_qs);
        QCOMPARE(up.size(), 2);
        QCOMPARE(up.value(u"n1"_qs), 2000);
        QCOMPARE(up.value(u"n2"_qs), 1000);
    }

    void draftsSurviveReopen()
    {
        QTemporaryDir dir;
        const QByteArray base = R"({"description":"d","spec":{"driver":"pg","url":"jdbc:pg:x"}})";
        const QByteArray edit =
            R"({"description":"e","spec":{"driver":"pg","url":"jdbc:pg:y","password":"hunter2"}})";
        {
            LocalStore store;
            QVERIFY(store.open(dir.path()));
            QVERIFY(store.saveDraft({u"c"_qs, u"jdbc"_qs, u"orders"_qs, base, edit, 10}));
            QVERIFY(
                store.saveDraft({u"c"_qs, u"webservice"_qs, u"geo"_qs, QByteArray(), "{}", 11}));
            QVERIFY(store.saveDraft({u"c"_qs, u"jdbc"_qs, u"gone"_qs, "{}", "{}", 12}));
            QVERIFY(store.removeDraft(u"c"_qs, u"jdbc"_qs, u"gone"_qs));
        }
        LocalStore store;
        QVERIFY(store.open(dir.path()));
        const QList<ResourceDraft> drafts = store.drafts(u"c"_qs);
        QCOMPARE(drafts.size(), 2);
        QCOMPARE(drafts.at(0).name, QStringLiteral("orders"));
        QCOMPARE(drafts.at(1).resourceType, QStringLiteral("webservice"));
        const auto orders = store.loadDraft(u"c"_qs, u"jdbc"_qs, u"orders"_qs);
        QVERIFY(orders);
        QCOMPARE(orders->baseJson, base);
        QCOMPARE(orders->updatedAtMs, 10);
        // The typed secret was dropped; everything else of the edit is kept.
        const QJsonObject spec =
            QJsonDocument::fromJson(orders->draftJson).object().value(u"spec"_qs).toObject();
        QVERIFY(!spec.contains(u"password"_qs));
        QCOMPARE(spec.value(u"url"_qs).toString(), QStringLiteral("jdbc:pg:y"));
        QVERIFY(!store.loadDraft(u"c"_qs, u"jdbc"_qs, u"gone"_qs));
    }

    void newResourceDraftIsKeyedByTheEmptyName()
    {
        // The editor keys a new resource's draft with a null QString: it must be stored, found
        // and removed like any other (it used to bind as NULL and be refused).
        QTemporaryDir dir;
        {
            LocalStore store;
            QVERIFY(store.open(dir.path()));
            QVERIFY(store.saveDraft({u"c"_qs, u"jdbc"_qs, QString(), QByteArray(), "{}", 5}));
        }
        LocalStore store;
        QVERIFY(store.open(dir.path()));
        const auto draft = store.loadDraft(u"c"_qs, u"jdbc"_qs, QString());
        QVERIFY(draft);
        QCOMPARE(draft->updatedAtMs, 5);
        QVERIFY(store.loadDraft(u"c"_qs, u"jdbc"_qs, u""_qs));
        QVERIFY(store.removeDraft(u"c"_qs, u"jdbc"_qs, QString()));
        QVERIFY(!store.loadDraft(u"c"_qs, u"jdbc"_qs, QString()));
    }

    void retentionPurge()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dir.path()));
        const qint64 day = 24 * 60 * 60 * 1000;
        const qint64 now = 1795759403123;
        QVERIFY(store.appendSamples(
            u"c"_qs, {sample(u"n"_qs, now - 20 * day), sample(u"n"_qs, now - 15 * day),
                      sample(u"n"_qs, now - 14 * day), sample(u"n"_qs, now - 13 * day),
                      sample(u"n"_qs, now)}));
        QVERIFY(store.saveSnapshot(u"c"_qs, {now - 30 * day, "{}"}));
        QCOMPARE(store.purgeOlderThan(14, now), 2);
        const QList<NodeSample> left = store.samples(u"c"_qs, u"n"_qs, 0, now);
        QCOMPARE(left.size(), 3);
        QCOMPARE(left.at(0).timeMs, now - 14 * day);
        QVERIFY(store.loadSnapshot(u"c"_qs)); // the last snapshot is kept whatever its age
        QCOMPARE(store.purgeOlderThan(14, now), 0);
        QCOMPARE(store.purgeOlderThan(-1, now), -1);
        // The default is 14 days before the real clock: today's samples stay.
        QVERIFY(
            store.appendSamples(u"c"_qs, {sample(u"n"_qs, QDateTime::currentMSecsSinceEpoch())}));
        QVERIFY(store.purgeOlderThan() >= 0);
        QVERIFY(!store
                     .samples(u"c"_qs, u"n"_qs, QDateTime::currentMSecsSinceEpoch() - day,
                              QDateTime::currentMSecsSinceEpoch())
                     .isEmpty());
    }

    void secretNeverReachesTheFile()
    {
        QTemporaryDir dir;
        const QString secret = QStringLiteral("Pl4nted-S3cret-7f3a9c");
        LocalStore store;
        QVERIFY(store.open(dir.path()));
        MemorySecretStore secrets;

        // A profile imported from JSON that (wrongly) carries the secret.
        QJsonObject json = makeProfile(QStringLiteral("demo")).toJson();
        json.insert(u"password"_qs, secret);
        json.insert(u"secret"_qs, secret);
        const auto profile = ClusterProfile::fromJson(json);
        QVERIFY(profile);
        QVERIFY(store.addProfile(*profile));
        bool written = false;
        secrets.writeSecret(profile->id, secret, this,
                            [&](const SecretResult &result) { written = result.ok(); });
        QTRY_VERIFY(written);
        // A URL carrying the password is refused outright.
        ClusterProfile withUrlPassword = *profile;
        withUrlPassword.loadBalancerUrl =
            QUrl(QStringLiteral("https://admin:%1@lb.example").arg(secret));
        QVERIFY(!store.updateProfile(withUrlPassword));
        // A draft of a resource whose secret the user typed.
        QVERIFY(store.saveDraft(
            {profile->id, u"fileserver"_qs, u"share"_qs, "{}",
             QStringLiteral(R"({"spec":{"protocol":"sftp","secret":"%1"}})").arg(secret).toUtf8(),
             1}));
        QVERIFY(store.appendSamples(profile->id, {sample(u"n1"_qs, 1)}));
        QVERIFY(store.saveSnapshot(profile->id, {1, "{}"}));

        const QByteArray utf8 = secret.toUtf8();
        const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
        auto assertClean = [&](const QString &path) {
            const QByteArray bytes = readAll(path);
            return !bytes.contains(utf8) && !bytes.contains(utf16);
        };
        QVERIFY(QFile::exists(dbFile(dir) + u"-wal"_qs));
        QVERIFY(assertClean(dbFile(dir)));
        QVERIFY(assertClean(dbFile(dir) + u"-wal"_qs));
        store.close();
        QVERIFY(assertClean(dbFile(dir)));
        QVERIFY(assertClean(dbFile(dir) + u"-wal"_qs));
        QCOMPARE(secrets.secret(profile->id), secret); // it does live in the secret store
    }

    void survivesKilledWriter()
    {
        QTemporaryDir dir;
        const QString cluster = QStringLiteral("crash-cluster");
        QProcess writer;
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.start(QStringLiteral(STORE_CRASH_WRITER), {dir.path(), cluster});
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
        qint64 lastCommitted = -1;
        QByteArray pending;
        // Read progress until enough cycles are committed, then kill it mid-stream.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                pending += writer.readAllStandardOutput();
                qsizetype newline;
                while ((newline = pending.indexOf('\n')) >= 0) {
                    const QByteArray line = pending.left(newline);
                    pending.remove(0, newline + 1);
                    if (line.startsWith("committed "))
                        lastCommitted = line.mid(10).toLongLong();
                }
                return lastCommitted >= 200 || writer.state() == QProcess::NotRunning;
            }(),
            60000);
        QCOMPARE(writer.state(), QProcess::Running);
        writer.kill(); // SIGKILL: no chance to close the database
        QVERIFY(writer.waitForFinished());
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        // Lines printed after our last read were committed too, but are not counted.
        pending += writer.readAllStandardOutput();
        for (const QByteArray &line : pending.split('\n')) {
            if (line.startsWith("committed "))
                lastCommitted = qMax(lastCommitted, line.mid(10).toLongLong());
        }

        LocalStore store;
        QString error;
        QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
        for (const QString &node : {u"node-1"_qs, u"node-2"_qs, u"node-3"_qs}) {
            const QList<NodeSample> stored = store.samples(cluster, node, 0, lastCommitted);
            QCOMPARE(stored.size(), lastCommitted + 1);
            QCOMPARE(stored.first().timeMs, 0);
            QCOMPARE(stored.last().timeMs, lastCommitted);
        }
        // Cycles are whole: every node has the same number of samples overall, and the
        // snapshot and last-up times are those of the last cycle that has samples.
        const QList<NodeSample> all = store.samples(cluster, u"node-1"_qs, 0, 1LL << 40);
        QCOMPARE(store.samples(cluster, u"node-3"_qs, 0, 1LL << 40).size(), all.size());
        const qint64 lastCycle = all.last().timeMs;
        QVERIFY(lastCycle >= lastCommitted);
        const std::optional<StoredSnapshot> snapshot = store.loadSnapshot(cluster);
        QVERIFY(snapshot);
        QCOMPARE(snapshot->takenAtMs, lastCycle);
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(snapshot->json, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(json.object().value(u"cycle"_qs).toInteger(), lastCycle);
        const QHash<QString, qint64> up = store.lastUp(cluster);
        QCOMPARE(up.size(), 3);
        for (const qint64 time : up)
            QCOMPARE(time, lastCycle);
        QVERIFY(store.appendSamples(cluster, {sample(u"node-1"_qs, 1LL << 41)}));
    }
};

QTEST_GUILESS_MAIN(tst_LocalStore)
#include "tst_LocalStore.moc"
