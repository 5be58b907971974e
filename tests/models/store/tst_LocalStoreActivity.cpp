// LocalStore's activity log (schema 6): an entry saved pending and again with its outcome is one
// row; filters by cluster (id or name), user, action, outcome and time; pruning by age, by row
// count and of entries left pending by a console that stopped; a schema-5 file migrates with its
// data kept.
#include "LocalStore.h"
#include "LocalStoreSchema.h"
#include "LocalStoreTestSupport.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace LocalStoreTest;
using namespace Qt::StringLiterals;
using Outcome = ActivityEntry::Outcome;

namespace {

ActivityEntry entry(const QString &requestId, qint64 timeMs, const QString &cluster = u"Prod"_s,
                    const QString &action = u"update"_s)
{
    ActivityEntry e;
    e.requestId = requestId;
    e.timeMs = timeMs;
    e.clusterId = u"id-"_s + cluster.toLower();
    e.clusterName = cluster;
    e.clusterUser = u"admin"_s;
    e.localUser = u"alice"_s;
    e.action = action;
    e.method = u"PUT"_s;
    e.resourceType = u"jdbc"_s;
    e.resourceName = u"orders"_s;
    e.summary = u"update jdbc orders"_s;
    return e;
}

QStringList ids(const QList<ActivityEntry> &entries)
{
    QStringList list;
    for (const ActivityEntry &e : entries)
        list << e.requestId;
    return list;
}

} // namespace

class tst_LocalStoreActivity final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pendingThenOutcomeIsOneRow()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dir.path()));
        ActivityEntry sent = entry(u"r-1"_s, 1000);
        qint64 id = 0;
        QVERIFY2(store.saveActivity(sent, &id), qPrintable(store.lastError()));
        QVERIFY(id > 0);
        QCOMPARE(store.activity({}).size(), 1);
        QCOMPARE(store.activity({}).constFirst().outcome, Outcome::Pending);

        ActivityEntry done = sent;
        done.outcome = Outcome::Succeeded;
        done.httpStatus = 200;
        done.revision = 42;
        done.finishedMs = 1100;
        qint64 sameId = 0;
        QVERIFY(store.saveActivity(done, &sameId));
        QCOMPARE(sameId, id);
        const QList<ActivityEntry> stored = store.activity({});
        QCOMPARE(stored.size(), 1);
        done.id = id;
        QCOMPARE(stored.constFirst(), done);
    }

    void refusesAnEntryWithoutRequestId()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dir.path()));
        QVERIFY(!store.saveActivity(entry(QString(), 1000)));
        QVERIFY(!store.lastError().isEmpty());
        QVERIFY(store.activity({}).isEmpty());
    }

    void filters()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dir.path()));
        ActivityEntry a = entry(u"a"_s, 1000, u"Prod"_s, u"create"_s);
        a.outcome = Outcome::Succeeded;
        ActivityEntry b = entry(u"b"_s, 2000, u"Test"_s, u"delete"_s);
        b.outcome = Outcome::Conflict;
        b.clusterUser = u"ops"_s;
        ActivityEntry c = entry(u"c"_s, 3000, u"Prod"_s, u"update"_s);
        c.outcome = Outcome::Unknown;
        for (const ActivityEntry &e : {a, b, c})
            QVERIFY(store.saveActivity(e));

        QCOMPARE(ids(store.activity({})), (QStringList{u"c"_s, u"b"_s, u"a"_s}));
        ActivityFilter filter;
        filter.cluster = u"prod"_s; // a name, ignoring case
        QCOMPARE(ids(store.activity(filter)), (QStringList{u"c"_s, u"a"_s}));
        filter.cluster = u"id-test"_s; // a profile id
        QCOMPARE(ids(store.activity(filter)), (QStringList{u"b"_s}));
        filter = {};
        filter.user = u"OPS"_s;
        QCOMPARE(ids(store.activity(filter)), (QStringList{u"b"_s}));
        filter.user = u"alice"_s; // the local user
        QCOMPARE(ids(store.activity(filter)).size(), 3);
        filter = {};
        filter.action = u"create"_s;
        QCOMPARE(ids(store.activity(filter)), (QStringList{u"a"_s}));
        filter = {};
        filter.outcome = Outcome::Unknown;
        QCOMPARE(ids(store.activity(filter)), (QStringList{u"c"_s}));
        filter = {};
        filter.fromMs = 1500;
        filter.toMs = 2500;
        QCOMPARE(ids(store.activity(filter)), (QStringList{u"b"_s}));
        filter = {};
        filter.limit = 2;
        QCOMPARE(ids(store.activity(filter)), (QStringList{u"c"_s, u"b"_s}));
        QCOMPARE(store.activityValues("cluster_name"), (QStringList{u"Prod"_s, u"Test"_s}));
        QCOMPARE(store.activityValues("cluster_user"), (QStringList{u"admin"_s, u"ops"_s}));
        QCOMPARE(store.activityValues("action"),
                 (QStringList{u"create"_s, u"delete"_s, u"update"_s}));
        QVERIFY(store.activityValues("reason; DROP TABLE activity").isEmpty());
        QCOMPARE(store.activity({}).size(), 3);
        // The same filter in memory (the view's live updates) agrees.
        filter = {};
        filter.cluster = u"Prod"_s;
        QVERIFY(filter.matches(a) && !filter.matches(b) && filter.matches(c));
    }

    void prunesByAgeRowsAndStalePending()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dir.path()));
        const qint64 day = 24LL * 60 * 60 * 1000;
        const qint64 now = 400 * day;
        ActivityEntry old = entry(u"old"_s, now - 181 * day);
        old.outcome = Outcome::Succeeded;
        ActivityEntry stale = entry(u"stale"_s, now - LocalStore::StalePendingMs - 1);
        ActivityEntry fresh = entry(u"fresh"_s, now - 1000); // still waiting for its answer
        for (const ActivityEntry &e : {old, stale, fresh})
            QVERIFY(store.saveActivity(e));

        QCOMPARE(store.pruneActivity(LocalStore::ActivityRetentionDays, LocalStore::ActivityMaxRows,
                                     now),
                 1);
        const QList<ActivityEntry> kept = store.activity({});
        QCOMPARE(ids(kept), (QStringList{u"fresh"_s, u"stale"_s}));
        QCOMPARE(kept.at(0).outcome, Outcome::Pending);
        // A write nobody saw the end of is not left pending forever, nor called failed.
        QCOMPARE(kept.at(1).outcome, Outcome::Unknown);
        QVERIFY(!kept.at(1).reason.isEmpty());

        // The row bound keeps the newest.
        QCOMPARE(store.pruneActivity(LocalStore::ActivityRetentionDays, 1, now), 1);
        QCOMPARE(ids(store.activity({})), (QStringList{u"fresh"_s}));
        QCOMPARE(store.pruneActivity(-1, 1, now), -1);
    }

    void migratesVersion5WithItsData()
    {
        QTemporaryDir dir;
        const ClusterProfile profile = makeProfile(u"Prod"_s);
        {
            LocalStore store;
            QVERIFY(store.open(dir.path()));
            QVERIFY(store.addProfile(profile));
            QVERIFY(store.appendSamples(profile.id, {sample(u"n1"_s, 100)}));
        }
        // The file as schema 5 left it: everything but the activity log (and the later groups).
        raw(dbFile(dir), {u"DROP TABLE activity"_s, u"DROP TABLE cluster_groups"_s,
                          u"PRAGMA user_version = 5"_s});
        QCOMPARE(raw(dbFile(dir), {u"SELECT count(*) FROM sqlite_master WHERE name = "
                                   "'activity'"_s})
                     .toInt(),
                 0);
        {
            LocalStore store;
            QString error;
            QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
            QCOMPARE(store.integrityCheck(), u"ok"_s);
            QCOMPARE(store.profiles().size(), 1);
            QCOMPARE(store.profiles().constFirst().name, u"Prod"_s);
            QCOMPARE(store.samples(profile.id, u"n1"_s, 0, 1000), (QList{sample(u"n1"_s, 100)}));
            QVERIFY(store.activity({}).isEmpty());
            QVERIFY(store.saveActivity(entry(u"after"_s, 5000)));
            QCOMPARE(store.activity({}).size(), 1);
        }
        QCOMPARE(raw(dbFile(dir), {u"PRAGMA user_version"_s}).toInt(),
                 LocalStoreSchema::CurrentVersion);
        QCOMPARE(LocalStoreSchema::CurrentVersion, 7);
    }

    void survivesTheProfileItNames()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dir.path()));
        const ClusterProfile profile = makeProfile(u"Prod"_s);
        QVERIFY(store.addProfile(profile));
        ActivityEntry e = entry(u"kept"_s, 1000);
        e.clusterId = profile.id;
        QVERIFY(store.saveActivity(e));
        QVERIFY(store.removeProfile(profile.id));
        QCOMPARE(ids(store.activity({})), (QStringList{u"kept"_s}));
    }
};

QTEST_GUILESS_MAIN(tst_LocalStoreActivity)
#include "tst_LocalStoreActivity.moc"
