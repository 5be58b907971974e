// SyncController (and the CompareController that makes it) against a real reference cluster
// (three nodes behind HAProxy) through the console's pool: a copy is planned as a dry run,
// applied with a per-item outcome and planned again as nothing to do, also while a replica
// has stopped replicating (a reading is never older than the console's own writes); a
// concurrent edit is a conflict and is kept; a target that is not saved fails its writes; a
// reading into a cluster that never answers is cancelled without a plan.
#include "ClusterFixture.h"
#include "CompareController.h"
#include "HostileHttpServer.h"
#include "PooledProfiles.h"
#include "SyncController.h"
#include "TestHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 30000;

ResourceDefinition database(const QString &name, int poolSize)
{
    ResourceDefinition r;
    r.type = u"database"_s;
    r.name = name;
    r.description = u"Geocoder data"_s;
    r.spec = {{u"module"_s, u"GeoStan"_s},
              {u"kind"_s, u"geocoding"_s},
              {u"location"_s, u"/data/geo"_s},
              {u"placement"_s, u"shared"_s},
              {u"poolSize"_s, poolSize}};
    return r;
}

} // namespace

class tst_SyncController final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void copyAppliesAndPlansNothingAgain();
    void concurrentEditIsAConflictAndKept();
    void targetThatIsNotSavedFails();
    void readingOlderThanOwnWritesIsAnError();
    void cancelledReadingPlansNothing();

private:
    bool readAndPlan(SyncController *sync);
    bool applyAll(SyncController *sync);
    std::unique_ptr<TestHttp> admin() const;

    std::unique_ptr<ClusterFixture> m_cluster;
    std::unique_ptr<PooledProfiles> m_console;
    QString m_id;
};

void tst_SyncController::initTestCase()
{
    ClusterOptions options;
    options.name = u"sync"_s;
    m_cluster = std::make_unique<ClusterFixture>(options);
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    m_console = std::make_unique<PooledProfiles>();
    QVERIFY(m_console->start());
    ClusterProfile profile = ClusterProfile::create(u"Target"_s, m_cluster->lbUrl());
    profile.userName = m_cluster->adminUser();
    QVERIFY(m_console->add(profile, m_cluster->adminPassword()));
    m_id = profile.id;
}

void tst_SyncController::cleanupTestCase()
{
    m_console.reset();
    m_cluster.reset();
}

void tst_SyncController::init()
{
    // Every node replicates again and the cluster is empty.
    for (const QString &node : m_cluster->nodeIds())
        QVERIFY(m_cluster->setFaults(node, {{u"replicationPaused"_s, false}}));
    auto http = admin();
    const QJsonArray resources =
        http->get(u"/api/v1/resources"_s).json().value(u"resources").toArray();
    for (const QJsonValue &value : resources) {
        const TestResponse response = http->del(
            u"/api/v1/resources/%1/%2"_s.arg(value[u"type"].toString(), value[u"name"].toString()),
            TestHeaders{{"If-Match", "*"}});
        QCOMPARE(response.status, 204);
    }
    // Every node has the deletions: what a test reads next is not an older copy.
    QTRY_VERIFY_WITH_TIMEOUT(m_cluster->isConverged(-1), kTimeoutMs);
}

std::unique_ptr<TestHttp> tst_SyncController::admin() const
{
    auto http = std::make_unique<TestHttp>(m_cluster->lbUrl());
    http->setBasicAuth(m_cluster->adminUser(), m_cluster->adminPassword());
    return http;
}

bool tst_SyncController::readAndPlan(SyncController *sync)
{
    QSignalSpy read(sync, &SyncController::targetsRead);
    sync->readTargets();
    return sync->isReading() && read.wait(kTimeoutMs) && sync->replan({});
}

bool tst_SyncController::applyAll(SyncController *sync)
{
    QSignalSpy finished(sync, &SyncController::applyFinished);
    return sync->apply() && finished.wait(kTimeoutMs);
}

void tst_SyncController::copyAppliesAndPlansNothingAgain()
{
    CompareController compare(m_console->pool()->endpointLookup());
    SyncController *sync = compare.newSyncController(this);
    sync->setSource(u"prod"_s, {database(u"geo"_s, 4), database(u"routing"_s, 8)});
    QSignalSpy read(sync, &SyncController::targetsRead);
    sync->setTargets({m_id});
    QVERIFY(sync->isReading());
    QVERIFY(read.wait(kTimeoutMs));
    QVERIFY(sync->results().isEmpty()); // a dry run: nothing written yet
    QVERIFY(sync->replan({}));
    QCOMPARE(sync->plan().count(SyncItem::Action::Create), 2);
    QCOMPARE(sync->writesTotal(), 2);
    QVERIFY(admin()->get(u"/api/v1/resources"_s).json().value(u"resources").toArray().isEmpty());

    // A replica stops replicating: round-robin reads reach it every third request.
    QString lagging;
    for (const QString &node : m_cluster->nodeIds()) {
        if (node != m_cluster->primaryId())
            lagging = node;
    }
    QVERIFY(m_cluster->setFaults(lagging, {{u"replicationPaused"_s, true}}));
    QSignalSpy items(sync, &SyncController::itemFinished);
    QVERIFY(applyAll(sync));
    QCOMPARE(items.size(), 2);
    QCOMPARE(sync->count(SyncItemResult::Outcome::Applied), 2);
    QVERIFY(sync->allWritesApplied());
    QCOMPARE(sync->result(0).resource->name, sync->plan().items.at(0).name);
    QVERIFY(!sync->apply()); // once per plan

    // Planned again, three times so that one list asks the lagging replica first: the console
    // never shows its own copy as still to do.
    for (int round = 0; round < 3; ++round) {
        QVERIFY(readAndPlan(sync));
        QVERIFY2(!sync->plan().hasWrites(), qPrintable(u"round %1"_s.arg(round)));
        QCOMPARE(sync->plan().count(SyncItem::Action::Unchanged), 2);
    }
    // So is the comparison made through the same controller.
    for (int round = 0; round < 3; ++round) {
        QSignalSpy compared(&compare, &CompareController::comparisonFinished);
        compare.compare({m_id}, {});
        QVERIFY(compared.wait(kTimeoutMs));
        QVERIFY(compare.reading(m_id)->isOk());
        QCOMPARE(compare.reading(m_id)->resources.resources.size(), 2);
    }
}

void tst_SyncController::concurrentEditIsAConflictAndKept()
{
    auto http = admin();
    const QByteArray body = QJsonDocument(QJsonObject{{u"description"_s, u"theirs"_s},
                                                      {u"spec"_s, database(u"geo"_s, 2).spec}})
                                .toJson(QJsonDocument::Compact);
    const TestHeaders json{{"Content-Type", "application/json"}};
    const TestResponse created = http->put(u"/api/v1/resources/database/geo"_s, body,
                                           json + TestHeaders{{"If-None-Match", "*"}});
    QCOMPARE(created.status, 201);
    const qint64 revision = created.json().value(u"revision").toInteger();
    QTRY_VERIFY_WITH_TIMEOUT(m_cluster->isConverged(revision), kTimeoutMs);
    SyncController sync(m_console->pool()->endpointLookup());
    sync.setSource(u"prod"_s, {database(u"geo"_s, 4)});
    sync.setTargets({m_id});
    QSignalSpy read(&sync, &SyncController::targetsRead);
    QVERIFY(read.wait(kTimeoutMs));
    QVERIFY(sync.replan({}));
    QCOMPARE(sync.plan().count(SyncItem::Action::Update), 1);

    // Someone edits it between planning and applying.
    const TestResponse current = http->get(u"/api/v1/resources/database/geo"_s);
    QCOMPARE(http->put(u"/api/v1/resources/database/geo"_s, body,
                       json + TestHeaders{{"If-Match", current.header("ETag")}})
                 .status,
             200);
    QVERIFY(applyAll(&sync));
    QCOMPARE(sync.count(SyncItemResult::Outcome::Conflict), 1);
    QVERIFY(!sync.allWritesApplied());
    QVERIFY(sync.result(0).resource); // theirs
    QCOMPARE(sync.result(0).resource->description, u"theirs"_s);
    const QJsonObject kept = http->get(u"/api/v1/resources/database/geo"_s).json();
    QCOMPARE(kept.value(u"spec").toObject().value(u"poolSize").toInt(), 2);
}

void tst_SyncController::targetThatIsNotSavedFails()
{
    SyncController sync(m_console->pool()->endpointLookup());
    sync.setSource(u"prod"_s, {database(u"geo"_s, 4)});
    ClusterReading gone;
    gone.resources.label = u"Removed meanwhile"_s;
    SessionInfo session;
    session.role = SessionInfo::Role::Admin;
    session.canWrite = true;
    gone.session = session;
    sync.setReadings({gone}, "00112233445566778899");
    QVERIFY(sync.replan({}));
    QCOMPARE(sync.plan().count(SyncItem::Action::Create), 1);
    QVERIFY(applyAll(&sync));
    QCOMPARE(sync.count(SyncItemResult::Outcome::Failed), 1);
    QVERIFY(!sync.allWritesApplied());
    QVERIFY(admin()->get(u"/api/v1/resources"_s).json().value(u"resources").toArray().isEmpty());
}

void tst_SyncController::readingOlderThanOwnWritesIsAnError()
{
    // A revision no node has reached: every list is older, and the reading says so instead of
    // showing an old list as the cluster's.
    ClusterReader reader;
    QSignalSpy finished(&reader, &ClusterReader::finished);
    ClusterEndpoint *endpoint = m_console->pool()->endpoint(m_id);
    reader.start({endpoint}, {}, {}, {{endpoint->label(), 1'000'000}});
    QVERIFY(finished.wait(kTimeoutMs));
    const ClusterReading reading = reader.readings().constFirst();
    QVERIFY(!reading.isOk());
    QVERIFY2(reading.error.contains(u"older than revision 1000000"_s), qPrintable(reading.error));
    QVERIFY(reading.resources.resources.isEmpty());
}

void tst_SyncController::cancelledReadingPlansNothing()
{
    HostileHttpServer server;
    QVERIFY(server.start());
    server.setMode(HostileHttpServer::Mode::NeverAnswers);
    ClusterProfile silent = ClusterProfile::create(u"Silent"_s, server.url());
    silent.userName = u"admin"_s;
    ClusterEndpoint endpoint(silent, u"pw"_s);
    SyncController sync([&](const QString &id) { return id == silent.id ? &endpoint : nullptr; });
    sync.setSource(u"prod"_s, {database(u"geo"_s, 4)});
    QSignalSpy read(&sync, &SyncController::targetsRead);
    sync.setTargets({silent.id});
    QVERIFY(sync.isReading());
    QTRY_VERIFY(server.openConnections() >= 1);
    QVERIFY(sync.cancel()); // a reading was stopped
    QVERIFY(!sync.isReading());
    QTRY_COMPARE(server.openConnections(), 0);
    QVERIFY(!sync.replan({})); // nothing read, nothing to plan
    QVERIFY(!sync.plan().hasWrites());
    QCOMPARE(read.size(), 0);
}

QTEST_GUILESS_MAIN(tst_SyncController)
#include "tst_SyncController.moc"
