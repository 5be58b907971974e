// ClusterMonitor against a real three-node cluster behind HAProxy (ClusterFixture): clock offset,
// replication lag and stall, a round-robin load balancer that cannot target nodes, a killed node,
// and what each poll leaves in the store. One cluster for the executable; the kill comes last.

#include "ClusterFixture.h"
#include "ClusterMonitor.h"
#include "FreePorts.h"
#include "StoreThread.h"
#include "TestHttp.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <cmath>
#include <memory>

namespace {

constexpr int kPollIntervalMs = 1000;
constexpr int kClockOffsetMs = 800;
constexpr int kSettleTimeoutMs = 20000;

// Every snapshot a monitor emitted, newest last.
class SnapshotLog final : public QObject
{
public:
    explicit SnapshotLog(ClusterMonitor *monitor)
    {
        connect(monitor, &ClusterMonitor::snapshotReady, this,
                [this](const ClusterSnapshot &snapshot) { snapshots.append(snapshot); });
    }
    bool any(const std::function<bool(const ClusterSnapshot &)> &predicate,
             qsizetype from = 0) const
    {
        for (qsizetype i = from; i < snapshots.size(); ++i) {
            if (predicate(snapshots.at(i)))
                return true;
        }
        return false;
    }
    std::optional<NodeSnapshot> latestNode(const QString &id) const
    {
        return snapshots.isEmpty() ? std::nullopt : snapshots.constLast().node(id);
    }
    QList<ClusterSnapshot> snapshots;
};

bool allAnswered(const ClusterSnapshot &snapshot, int count)
{
    if (snapshot.nodes().size() != count)
        return false;
    for (const NodeSnapshot &node : snapshot.nodes()) {
        if (node.health() != NodeHealth::Up || !node.clock().measured)
            return false;
    }
    return true;
}

QString describe(const ClusterSnapshot &snapshot)
{
    QStringList lines{
        QStringLiteral("reachable=%1 error=%2").arg(snapshot.isReachable()).arg(snapshot.error())};
    for (const NodeSnapshot &node : snapshot.nodes()) {
        lines << QStringLiteral("%1 health=%2 path=%3 offset=%4±%5 vsMedian=%6 agreement=%7 "
                                "behind=%8 lb=%9 error=%10")
                     .arg(node.id(), nodeHealthKey(node.health()), probePathKey(node.probePath()))
                     .arg(node.clock().offsetMs)
                     .arg(node.clock().errorMs)
                     .arg(node.clock().offsetVsMedianMs)
                     .arg(configAgreementKey(node.config().agreement))
                     .arg(node.config().revisionsBehind)
                     .arg(lbStateKey(node.loadBalancer().state), node.error());
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class tst_ClusterMonitor final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void backoffDelays_data();
    void backoffDelays();

    void clockOffsetIsMeasuredAgainstTheMedian();
    void eachCycleIsPersisted();
    void pausedReplicationIsBehindThenStalledThenInSync();
    void roundRobinBalancerFallsBackToDirectUrls();
    void stopCancelsAndStaysQuiet();
    void killedNodeBecomesUnreachableAndHaproxyAgrees();

private:
    ClusterProfile profile() const;
    std::unique_ptr<ClusterMonitor> monitor(const ClusterProfile &profile,
                                            StoreThread *store = nullptr) const;

    std::unique_ptr<ClusterFixture> m_cluster;
};

void tst_ClusterMonitor::initTestCase()
{
    ClusterOptions options;
    options.extraNodeArgs.insert(QStringLiteral("node-3"),
                                 QStringLiteral("--clock-offset-ms %1").arg(kClockOffsetMs));
    m_cluster = std::make_unique<ClusterFixture>(options);
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    QCOMPARE(m_cluster->nodeIds().size(), 3);
}

void tst_ClusterMonitor::cleanupTestCase()
{
    m_cluster.reset();
}

ClusterProfile tst_ClusterMonitor::profile() const
{
    ClusterProfile profile = ClusterProfile::create(QStringLiteral("test"), m_cluster->lbUrl());
    profile.userName = m_cluster->adminUser();
    profile.pollIntervalMs = kPollIntervalMs;
    profile.haproxyStatsUrl = m_cluster->statsUrl();
    profile.stalledAfterSeconds = 2;
    return profile;
}

std::unique_ptr<ClusterMonitor> tst_ClusterMonitor::monitor(const ClusterProfile &profile,
                                                            StoreThread *store) const
{
    auto monitor = std::make_unique<ClusterMonitor>(profile, store);
    monitor->setPasswordCredentials(m_cluster->adminUser(), m_cluster->adminPassword());
    return monitor;
}

void tst_ClusterMonitor::backoffDelays_data()
{
    QTest::addColumn<int>("interval");
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("expected");
    QTest::newRow("success") << 5000 << 0 << 5000;
    QTest::newRow("first failure doubles") << 5000 << 1 << 10000;
    QTest::newRow("third failure") << 5000 << 3 << 40000;
    QTest::newRow("capped at five minutes") << 5000 << 12 << 300000;
    QTest::newRow("many failures stay capped") << 1000 << 1000 << 300000;
    QTest::newRow("interval above the cap is kept") << 600000 << 2 << 600000;
}

void tst_ClusterMonitor::backoffDelays()
{
    QFETCH(int, interval);
    QFETCH(int, failures);
    QFETCH(int, expected);
    QCOMPARE(ClusterMonitor::delayAfter(interval, failures), expected);
}

void tst_ClusterMonitor::clockOffsetIsMeasuredAgainstTheMedian()
{
    auto monitor = this->monitor(profile());
    SnapshotLog log(monitor.get());
    monitor->start();
    QTRY_VERIFY_WITH_TIMEOUT(log.any([](const ClusterSnapshot &s) { return allAnswered(s, 3); }),
                             kSettleTimeoutMs);
    ClusterSnapshot snapshot;
    for (const ClusterSnapshot &candidate : std::as_const(log.snapshots)) {
        if (allAnswered(candidate, 3))
            snapshot = candidate;
    }
    QVERIFY2(snapshot.isReachable(), qPrintable(describe(snapshot)));
    QCOMPARE(snapshot.clusterName(), QStringLiteral("test"));
    QCOMPARE(snapshot.primaryId(), m_cluster->primaryId());

    const NodeSnapshot skewed = *snapshot.node(QStringLiteral("node-3"));
    QVERIFY2(std::fabs(skewed.clock().offsetVsMedianMs - kClockOffsetMs) <= 20,
             qPrintable(describe(snapshot)));
    QCOMPARE(skewed.clock().severity, Severity::Critical);
    for (const QString &id : {QStringLiteral("node-1"), QStringLiteral("node-2")}) {
        const NodeSnapshot node = *snapshot.node(id);
        QVERIFY2(std::fabs(node.clock().offsetVsMedianMs) <= 20, qPrintable(describe(snapshot)));
        // The offset is fine; a machine whose kernel calls its clock unsynchronized (a test
        // container without NTP) still earns the separate "unsynchronized" warning.
        const Severity expected =
            node.clock().ntpSynchronized == false ? Severity::Warning : Severity::Ok;
        QCOMPARE(node.clock().severity, expected);
        QCOMPARE(node.probePath(), ProbePath::ViaLoadBalancer);
    }
    bool found = false;
    for (const Finding &finding : snapshot.findings()) {
        if (finding.code == QLatin1String("clock.offset")) {
            QCOMPARE(finding.nodeId, QStringLiteral("node-3"));
            QCOMPARE(finding.severity, Severity::Critical);
            found = true;
        }
    }
    QVERIFY(found);
    QCOMPARE(snapshot.worstSeverity(), Severity::Critical);
    QVERIFY(monitor->loadBalancerTargets());
}

void tst_ClusterMonitor::eachCycleIsPersisted()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    StoreThread store;
    QString openError = QStringLiteral("pending");
    store.open(dir.path(), this, [&](const QString &error) { openError = error; });
    QTRY_VERIFY(openError != QLatin1String("pending"));
    QVERIFY2(openError.isEmpty(), qPrintable(openError));

    const ClusterProfile profile = this->profile();
    auto monitor = this->monitor(profile, &store);
    SnapshotLog log(monitor.get());
    QSignalSpy states(monitor.get(), &ClusterMonitor::pollStateChanged);
    monitor->start();
    QTRY_VERIFY_WITH_TIMEOUT(log.snapshots.size() >= 2, kSettleTimeoutMs);
    monitor->stop();

    // Polling, then idle with a next poll time, for each cycle.
    QVERIFY(states.size() >= 2);
    QCOMPARE(states.at(0).at(0).value<ClusterMonitor::PollState>(),
             ClusterMonitor::PollState::Polling);
    QCOMPARE(states.at(1).at(0).value<ClusterMonitor::PollState>(),
             ClusterMonitor::PollState::Idle);
    QVERIFY(states.at(1).at(1).toLongLong() > log.snapshots.first().takenAtMs());

    std::optional<QList<NodeSample>> samples;
    store.samples(profile.id, QStringLiteral("node-1"), 0, std::numeric_limits<qint64>::max(), this,
                  [&](const QList<NodeSample> &stored) { samples = stored; });
    std::optional<std::optional<StoredSnapshot>> stored;
    store.loadSnapshot(profile.id, this,
                       [&](const std::optional<StoredSnapshot> &snapshot) { stored = snapshot; });
    std::optional<QHash<QString, qint64>> lastUp;
    store.lastUp(profile.id, this, [&](const QHash<QString, qint64> &times) { lastUp = times; });
    QTRY_VERIFY(samples && stored && lastUp);

    QVERIFY(samples->size() >= 2);
    QCOMPARE(samples->constLast().state, QStringLiteral("up"));
    QVERIFY(samples->constLast().latencyMs.has_value());
    QVERIFY(samples->constLast().offsetMs.has_value());
    QVERIFY(samples->constLast().revision.has_value());
    // The node's load as it reported it (the Load chart's data); a serving node uses memory.
    const std::optional<NodeSnapshot> node1 =
        log.snapshots.constLast().node(QStringLiteral("node-1"));
    QVERIFY(node1);
    QCOMPARE(samples->constLast().activeRequests, node1->activeRequests());
    QCOMPARE(samples->constLast().rssBytes, node1->rssBytes());
    QVERIFY(samples->constLast().rssBytes.value_or(0) > 0);
    QVERIFY(stored->has_value());
    QString error;
    const auto reread =
        ClusterSnapshot::fromJson(QJsonDocument::fromJson((*stored)->json).object(), &error);
    QVERIFY2(reread, qPrintable(error));
    QVERIFY(reread->isStale());
    QCOMPARE(reread->nodes().size(), 3);
    QCOMPARE(lastUp->size(), 3);
    QCOMPARE(lastUp->value(QStringLiteral("node-2")), log.snapshots.constLast().takenAtMs());
}

void tst_ClusterMonitor::pausedReplicationIsBehindThenStalledThenInSync()
{
    const QString lagging = QStringLiteral("node-2");
    const QString primary = m_cluster->primaryId();
    QVERIFY(lagging != primary);
    auto monitor = this->monitor(profile());
    SnapshotLog log(monitor.get());
    monitor->start();
    QTRY_VERIFY_WITH_TIMEOUT(log.any([](const ClusterSnapshot &s) { return allAnswered(s, 3); }),
                             kSettleTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(log.latestNode(lagging)->config().agreement ==
                                 ConfigAgreementState::InSync,
                             kSettleTimeoutMs);

    QString error;
    QVERIFY2(m_cluster->setFaults(lagging, {{"replicationPaused", true}}, &error),
             qPrintable(error));
    const qint64 laggingRevision = m_cluster->configState(lagging).revision;
    QVERIFY(laggingRevision >= 0);

    // Written on the primary itself: a paused replica would hold a forwarded write.
    TestHttp http(m_cluster->lbUrl());
    http.setBasicAuth(m_cluster->adminUser(), m_cluster->adminPassword());
    const QString name = QStringLiteral("monitor-") + QUuid::createUuid().toString(QUuid::Id128);
    const QJsonObject spec{{"driver", "postgresql"},
                           {"driverClass", "org.postgresql.Driver"},
                           {"url", "jdbc:postgresql://db.example:5432/orders"}};
    const auto response =
        http.put(QStringLiteral("/api/v1/resources/jdbc/") + name,
                 QJsonDocument(QJsonObject{{"spec", spec}}).toJson(QJsonDocument::Compact),
                 {{"If-None-Match", "*"}, {"X-Cluster-Node", primary.toUtf8()}});
    QVERIFY2(response.status == 201, response.body.constData());
    const qint64 primaryRevision = m_cluster->configState(primary).revision;
    const qint64 expectedBehind = primaryRevision - laggingRevision;
    QVERIFY(expectedBehind >= 1);

    const qsizetype from = log.snapshots.size();
    const auto behind = [&](const ClusterSnapshot &s) {
        const auto node = s.node(lagging);
        return node && node->config().agreement == ConfigAgreementState::Behind &&
               node->config().revisionsBehind == expectedBehind;
    };
    QTRY_VERIFY_WITH_TIMEOUT(log.any(behind, from), kSettleTimeoutMs);
    const auto stalled = [&](const ClusterSnapshot &s) {
        const auto node = s.node(lagging);
        return node && node->config().agreement == ConfigAgreementState::Stalled &&
               node->config().revisionsBehind == expectedBehind;
    };
    QTRY_VERIFY_WITH_TIMEOUT(log.any(stalled, from), kSettleTimeoutMs);
    bool stalledFinding = false;
    for (const Finding &finding : log.snapshots.constLast().findings())
        stalledFinding = stalledFinding || (finding.code == QLatin1String("config.stalled") &&
                                            finding.nodeId == lagging);
    QVERIFY2(stalledFinding, qPrintable(describe(log.snapshots.constLast())));
    // The others stayed in sync meanwhile.
    QCOMPARE(log.latestNode(primary)->config().agreement, ConfigAgreementState::InSync);

    QVERIFY2(m_cluster->setFaults(lagging, {{"replicationPaused", false}}, &error),
             qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(log.latestNode(lagging)->config().agreement ==
                                 ConfigAgreementState::InSync,
                             kSettleTimeoutMs);
    QCOMPARE(log.latestNode(lagging)->config().revisionsBehind, 0);
}

void tst_ClusterMonitor::roundRobinBalancerFallsBackToDirectUrls()
{
    // A second HAProxy in front of the same nodes that only balances: X-Cluster-Node means
    // nothing to it, so targeted requests land on any node.
    const auto port = FreePorts::one();
    QVERIFY(port);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString config = QStringLiteral("global\n    maxconn 256\n"
                                    "defaults\n    mode http\n    timeout connect 2s\n"
                                    "    timeout client 30s\n    timeout server 30s\n"
                                    "frontend roundrobin\n    bind 127.0.0.1:%1\n"
                                    "    default_backend nodes\n"
                                    "backend nodes\n    balance roundrobin\n")
                         .arg(*port);
    for (const QString &id : m_cluster->nodeIds()) {
        const QUrl url = m_cluster->nodeUrl(id);
        config += QStringLiteral("    server %1 %2:%3\n").arg(id, url.host()).arg(url.port());
    }
    const QString configPath = QDir(dir.path()).filePath(QStringLiteral("haproxy.cfg"));
    QFile file(configPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(config.toUtf8());
    file.close();

    QProcess haproxy;
    haproxy.setProcessChannelMode(QProcess::MergedChannels);
    haproxy.start(QStringLiteral("haproxy"),
                  {QStringLiteral("-db"), QStringLiteral("-f"), configPath});
    QVERIFY2(haproxy.waitForStarted(), qPrintable(haproxy.errorString()));
    const auto stopHaproxy = qScopeGuard([&haproxy] {
        haproxy.terminate();
        if (!haproxy.waitForFinished(5000)) {
            haproxy.kill();
            haproxy.waitForFinished(5000);
        }
    });
    const QUrl lbUrl(QStringLiteral("http://127.0.0.1:%1").arg(*port));
    TestHttp probe(lbUrl);
    QTRY_VERIFY2_WITH_TIMEOUT(probe.get(QStringLiteral("/healthz")).status == 200,
                              qPrintable(QString::fromLocal8Bit(haproxy.readAll())), 10000);

    ClusterProfile profile = this->profile();
    profile.loadBalancerUrl = lbUrl;
    profile.haproxyStatsUrl = QUrl();
    auto monitor = this->monitor(profile);
    SnapshotLog log(monitor.get());
    monitor->start();
    const auto allDirect = [](const ClusterSnapshot &s) {
        if (!allAnswered(s, 3))
            return false;
        for (const NodeSnapshot &node : s.nodes()) {
            if (node.probePath() != ProbePath::Direct)
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(log.any(allDirect), kSettleTimeoutMs);
    QVERIFY(!monitor->loadBalancerTargets());
    // Each node was measured through its own URL, so node-3 is still the one that is off.
    for (const ClusterSnapshot &snapshot : std::as_const(log.snapshots)) {
        if (!allDirect(snapshot))
            continue;
        QVERIFY2(std::fabs(snapshot.node(QStringLiteral("node-3"))->clock().offsetVsMedianMs -
                           kClockOffsetMs) <= 20,
                 qPrintable(describe(snapshot)));
        QCOMPARE(snapshot.node(QStringLiteral("node-1"))->directUrl(),
                 m_cluster->nodeUrl(QStringLiteral("node-1")));
    }
    monitor->stop();
}

void tst_ClusterMonitor::stopCancelsAndStaysQuiet()
{
    // A witness polling the same cluster is the clock: three of its polls span at least two
    // poll intervals, time enough for a monitor that did not stay quiet to deliver one.
    auto witness = this->monitor(profile());
    SnapshotLog witnessed(witness.get());
    const auto threeWitnessedPolls = [&witnessed] {
        const qsizetype before = witnessed.snapshots.size();
        return QTest::qWaitFor([&] { return witnessed.snapshots.size() >= before + 3; },
                               kSettleTimeoutMs);
    };
    auto monitor = this->monitor(profile());
    SnapshotLog log(monitor.get());
    witness->start();
    monitor->start();
    QCOMPARE(monitor->pollState(), ClusterMonitor::PollState::Polling);
    monitor->stop();
    QCOMPARE(monitor->pollState(), ClusterMonitor::PollState::Idle);
    QCOMPARE(monitor->nextPollAtMs(), 0);
    QVERIFY(threeWitnessedPolls());
    QCOMPARE(log.snapshots.size(), 0);

    // refreshNow() while stopped: exactly one poll, then quiet again.
    monitor->refreshNow();
    QTRY_COMPARE_WITH_TIMEOUT(log.snapshots.size(), 1, kSettleTimeoutMs);
    QCOMPARE(monitor->pollState(), ClusterMonitor::PollState::Idle);
    QVERIFY(threeWitnessedPolls());
    QCOMPARE(log.snapshots.size(), 1);
    witness->stop();
}

void tst_ClusterMonitor::killedNodeBecomesUnreachableAndHaproxyAgrees()
{
    const QString victim = QStringLiteral("node-3");
    auto monitor = this->monitor(profile());
    SnapshotLog log(monitor.get());
    QSignalSpy healthChanges(monitor.get(), &ClusterMonitor::nodeHealthChanged);
    monitor->start();
    QTRY_VERIFY_WITH_TIMEOUT(log.any([](const ClusterSnapshot &s) { return allAnswered(s, 3); }),
                             kSettleTimeoutMs);
    QCOMPARE(log.latestNode(victim)->loadBalancer().state, LbState::Up);

    QString error;
    QVERIFY2(m_cluster->stopNode(victim, false, &error), qPrintable(error));
    // Two missed polls make a node unreachable: two intervals plus the two polls' own time
    // (each bounded by its request timeout). HAProxy needs two failed checks of 500 ms.
    constexpr int limitMs =
        2 * kPollIntervalMs + 2 * int(ClusterMonitor::DefaultRequestTimeout.count());
    QTRY_VERIFY2_WITH_TIMEOUT(log.latestNode(victim)->health() == NodeHealth::Unreachable &&
                                  log.latestNode(victim)->loadBalancer().state == LbState::Down,
                              qPrintable(describe(log.snapshots.constLast())), limitMs);
    const ClusterSnapshot last = log.snapshots.constLast();
    QVERIFY(last.isReachable());
    QCOMPARE(last.node(QStringLiteral("node-1"))->health(), NodeHealth::Up);
    QVERIFY(!last.node(victim)->error().isEmpty());
    bool unreachableFinding = false;
    for (const Finding &finding : last.findings())
        unreachableFinding =
            unreachableFinding ||
            (finding.code == QLatin1String("health.unreachable") && finding.nodeId == victim);
    QVERIFY(unreachableFinding);

    bool reported = false;
    for (const QList<QVariant> &change : std::as_const(healthChanges)) {
        if (change.at(0).toString() == victim &&
            change.at(2).value<NodeHealth>() == NodeHealth::Unreachable) {
            QCOMPARE(change.at(1).value<NodeHealth>(), NodeHealth::Up);
            reported = true;
        }
    }
    QVERIFY(reported);
}

QTEST_GUILESS_MAIN(tst_ClusterMonitor)
#include "tst_ClusterMonitor.moc"
