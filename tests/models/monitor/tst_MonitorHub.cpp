// MonitorHub with fake one-node clusters (HostileHttpServer): one monitor per profile, signals
// under the right id, add/update/remove, first polls spread over the interval, back-off of an
// unreachable cluster, and the monitor's
// routing rules (misrouted -> direct URL; HAProxy's 503 for a node -> no fallback); the
// monitors share one RequestDispatcher, which outlives them all.

#include "FakeClusterHandler.h"
#include "FakeFleetHandler.h"
#include "FreePorts.h"
#include "HostileHttpServer.h"
#include "MonitorHub.h"

#include <QSignalSpy>
#include <QtTest>

#include <memory>
#include <vector>

namespace {

constexpr int kIntervalMs = 1000;
constexpr int kTimeoutMs = 15000;

ClusterProfile profileFor(const QString &name, const QUrl &url)
{
    ClusterProfile profile = ClusterProfile::create(name, url);
    profile.userName = QStringLiteral("admin");
    profile.pollIntervalMs = kIntervalMs;
    return profile;
}

// A fake cluster whose node is reached through the same server.
std::unique_ptr<HostileHttpServer> fakeCluster(const QByteArray &nodeId)
{
    auto server = std::make_unique<HostileHttpServer>();
    if (!server->start())
        return nullptr;
    FakeClusterOptions options;
    options.nodeId = nodeId;
    options.directUrl = server->url();
    server->setHandler(fakeClusterHandler(options));
    server->setNodeIdentity(nodeId, options.revision);
    return server;
}

// Snapshots per profile id, newest last.
class HubLog final : public QObject
{
public:
    explicit HubLog(MonitorHub *hub)
    {
        connect(hub, &MonitorHub::snapshotReady, this,
                [this](const QString &id, const ClusterSnapshot &snapshot) {
                    snapshots[id].append(snapshot);
                });
    }
    qsizetype count(const QString &id) const { return snapshots.value(id).size(); }
    ClusterSnapshot last(const QString &id) const { return snapshots.value(id).constLast(); }
    QHash<QString, QList<ClusterSnapshot>> snapshots;
};

} // namespace

class tst_MonitorHub final : public QObject
{
    Q_OBJECT

private slots:
    void eachClusterReportsUnderItsOwnId();
    void removedClusterFallsSilent();
    void hubGoesWithAMonitorStillBeingRemoved();
    void setProfilesAddsUpdatesAndRemoves();
    void unreachableClusterBacksOff();
    void misroutedNodeIsProbedDirectly();
    void haproxy503MeansDownWithoutFallback();
    void hungNodeDoesNotStallThePoll();
    void startDelaysSpreadOverTheInterval();
    void startAllSpreadsFirstPolls();
    void requestBudgetLetsEveryPollFinish();
};

void tst_MonitorHub::eachClusterReportsUnderItsOwnId()
{
    auto first = fakeCluster("alpha-1");
    auto second = fakeCluster("beta-1");
    QVERIFY(first && second);
    MonitorHub hub;
    QSignalSpy added(&hub, &MonitorHub::clusterAdded);
    const ClusterProfile a = profileFor(QStringLiteral("alpha"), first->url());
    const ClusterProfile b = profileFor(QStringLiteral("beta"), second->url());
    hub.addCluster(a);
    hub.addCluster(b);
    QCOMPARE(added.size(), 2);
    QCOMPARE(hub.count(), 2);
    // One network manager for all clusters, not one HTTP thread each.
    QVERIFY(hub.monitor(a.id)->apiClient()->dispatcher() != nullptr);
    QCOMPARE(hub.monitor(a.id)->apiClient()->dispatcher(),
             hub.monitor(b.id)->apiClient()->dispatcher());
    HubLog log(&hub);
    hub.startAll();
    QTRY_VERIFY_WITH_TIMEOUT(log.count(a.id) >= 2 && log.count(b.id) >= 2, kTimeoutMs);
    QCOMPARE(log.last(a.id).profileId(), a.id);
    QCOMPARE(log.last(a.id).nodes().constFirst().id(), QStringLiteral("alpha-1"));
    QCOMPARE(log.last(b.id).nodes().constFirst().id(), QStringLiteral("beta-1"));
    QVERIFY(log.last(a.id).isReachable());
    QCOMPARE(log.last(a.id).nodes().constFirst().health(), NodeHealth::Up);
    QVERIFY(log.last(a.id).license().known);
    QCOMPARE(hub.latestSnapshot(b.id)->takenAtMs(), log.last(b.id).takenAtMs());
    hub.stopAll();
}

void tst_MonitorHub::removedClusterFallsSilent()
{
    auto server = fakeCluster("node-1");
    QVERIFY(server);
    // A witness polled by the same hub is the clock: three of its polls after the removal span
    // at least two poll intervals, time enough for the removed cluster to have polled again.
    auto witnessServer = fakeCluster("witness-1");
    QVERIFY(witnessServer);
    MonitorHub hub;
    HubLog log(&hub);
    const ClusterProfile profile = profileFor(QStringLiteral("gone"), server->url());
    const ClusterProfile witness = profileFor(QStringLiteral("witness"), witnessServer->url());
    hub.addCluster(profile);
    hub.addCluster(witness);
    hub.startAll();
    QTRY_VERIFY_WITH_TIMEOUT(log.count(profile.id) >= 1, kTimeoutMs);
    QSignalSpy removed(&hub, &MonitorHub::clusterRemoved);
    QVERIFY(hub.removeCluster(profile.id));
    QVERIFY(!hub.removeCluster(profile.id));
    QCOMPARE(removed.size(), 1);
    QVERIFY(hub.monitor(profile.id) == nullptr);
    const qsizetype snapshots = log.count(profile.id);
    const int requests = server->requestCount();
    const qsizetype witnessed = log.count(witness.id);
    QTRY_VERIFY_WITH_TIMEOUT(log.count(witness.id) >= witnessed + 3, kTimeoutMs);
    QCOMPARE(log.count(profile.id), snapshots);
    QCOMPARE(server->requestCount(), requests);
}

void tst_MonitorHub::hubGoesWithAMonitorStillBeingRemoved()
{
    auto server = fakeCluster("node-1");
    QVERIFY(server);
    auto hub = std::make_unique<MonitorHub>();
    const ClusterProfile profile = profileFor(QStringLiteral("leaving"), server->url());
    hub->addCluster(profile);
    hub->startAll(); // a poll in flight through the shared dispatcher
    QVERIFY(hub->removeCluster(profile.id));
    // The removed monitor still waits for deleteLater(); its client cancels its requests in
    // the dispatcher as it goes, so the dispatcher must go after it (ASan catches the reverse).
    hub.reset();
}

void tst_MonitorHub::setProfilesAddsUpdatesAndRemoves()
{
    auto server = fakeCluster("node-1");
    auto other = fakeCluster("node-1");
    QVERIFY(server && other);
    MonitorHub hub;
    ClusterProfile a = profileFor(QStringLiteral("a"), server->url());
    const ClusterProfile b = profileFor(QStringLiteral("b"), server->url());
    hub.setProfiles({a, b});
    QCOMPARE(hub.count(), 2);
    ClusterMonitor *monitorA = hub.monitor(a.id);

    a.pollIntervalMs = 7000;
    a.loadBalancerUrl = other->url();
    const ClusterProfile c = profileFor(QStringLiteral("c"), server->url());
    hub.setProfiles({a, c});
    QCOMPARE(hub.count(), 2);
    QVERIFY(hub.monitor(b.id) == nullptr);
    QCOMPARE(hub.monitor(a.id), monitorA); // updated in place
    QCOMPARE(hub.monitor(a.id)->profile().pollIntervalMs, 7000);
    QVERIFY(hub.monitor(c.id) != nullptr);

    // A cluster added while the hub runs starts by itself, at the new address.
    HubLog log(&hub);
    hub.startAll();
    const ClusterProfile d = profileFor(QStringLiteral("d"), other->url());
    hub.addCluster(d);
    QTRY_VERIFY_WITH_TIMEOUT(log.count(d.id) >= 1 && log.count(a.id) >= 1, kTimeoutMs);
    QVERIFY(log.last(a.id).isReachable());
    QVERIFY(other->requestCount() > 0);
    hub.stopAll();
}

void tst_MonitorHub::unreachableClusterBacksOff()
{
    const auto port = FreePorts::one(); // nobody listens there
    QVERIFY(port);
    MonitorHub hub;
    HubLog log(&hub);
    QList<std::pair<ClusterMonitor::PollState, qint64>> states;
    connect(&hub, &MonitorHub::pollStateChanged, this,
            [&](const QString &, ClusterMonitor::PollState state, qint64 next) {
                states.append({state, next});
            });
    const ClusterProfile profile =
        profileFor(QStringLiteral("down"), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(*port)));
    hub.addCluster(profile);
    hub.startAll();
    QTRY_VERIFY_WITH_TIMEOUT(log.count(profile.id) >= 2, kTimeoutMs);
    const ClusterSnapshot first = log.snapshots.value(profile.id).at(0);
    QVERIFY(!first.isReachable());
    QVERIFY2(first.error().contains(QLatin1String("refused")), qPrintable(first.error()));
    QCOMPARE(first.worstSeverity(), Severity::Critical);

    // After each failure: backing off, with the wait doubling from twice the interval.
    QList<qint64> waits;
    for (const auto &[state, next] : std::as_const(states)) {
        if (state == ClusterMonitor::PollState::BackingOff)
            waits.append(next);
    }
    QVERIFY(waits.size() >= 1);
    QVERIFY(waits.first() - first.takenAtMs() >= 2 * kIntervalMs);
    QVERIFY(hub.monitor(profile.id)->consecutiveFailures() >= 2);
    QCOMPARE(hub.monitor(profile.id)->pollState(), ClusterMonitor::PollState::BackingOff);
    QVERIFY(hub.monitor(profile.id)->nextPollAtMs() - log.last(profile.id).takenAtMs() >=
            4 * kIntervalMs);

    // refreshNow() jumps the back-off.
    const qsizetype before = log.count(profile.id);
    hub.refreshNow(profile.id);
    QTRY_VERIFY_WITH_TIMEOUT(log.count(profile.id) > before, kTimeoutMs);
    hub.stopAll();
}

void tst_MonitorHub::misroutedNodeIsProbedDirectly()
{
    HostileHttpServer node;
    HostileHttpServer balancer;
    QVERIFY(node.start() && balancer.start());
    FakeClusterOptions direct;
    direct.directUrl = node.url();
    node.setHandler(fakeClusterHandler(direct));
    node.setNodeIdentity("node-1", direct.revision);
    FakeClusterOptions misrouting = direct;
    misrouting.answeredBy = "node-7"; // a balancer that ignores X-Cluster-Node
    balancer.setHandler(fakeClusterHandler(misrouting));

    MonitorHub hub;
    HubLog log(&hub);
    const ClusterProfile profile = profileFor(QStringLiteral("rr"), balancer.url());
    hub.addCluster(profile);
    hub.startAll();
    QTRY_VERIFY_WITH_TIMEOUT(log.count(profile.id) >= 2, kTimeoutMs);
    for (const ClusterSnapshot &snapshot : log.snapshots.value(profile.id)) {
        const NodeSnapshot probed = snapshot.nodes().constFirst();
        QCOMPARE(probed.health(), NodeHealth::Up);
        QCOMPARE(probed.probePath(), ProbePath::Direct);
        QVERIFY(probed.clock().measured);
    }
    QVERIFY(!hub.monitor(profile.id)->loadBalancerTargets());
    // The second poll went straight to the node: only the first asked the balancer for it.
    int balancerNodeRequests = 0;
    for (const auto &request : balancer.requests())
        balancerNodeRequests += request.path() == "/api/v1/node" ? 1 : 0;
    QCOMPARE(balancerNodeRequests, 1);
    hub.stopAll();
}

void tst_MonitorHub::haproxy503MeansDownWithoutFallback()
{
    HostileHttpServer node;
    HostileHttpServer balancer;
    QVERIFY(node.start() && balancer.start());
    FakeClusterOptions options;
    options.directUrl = node.url();
    node.setHandler(fakeClusterHandler(options));
    options.nodeDownAtLb = true;
    balancer.setHandler(fakeClusterHandler(options));
    balancer.setNodeIdentity("node-1", options.revision);

    MonitorHub hub;
    HubLog log(&hub);
    const ClusterProfile profile = profileFor(QStringLiteral("503"), balancer.url());
    hub.addCluster(profile);
    hub.startAll();
    QTRY_VERIFY_WITH_TIMEOUT(log.count(profile.id) >= 2, kTimeoutMs);
    const ClusterSnapshot last = log.last(profile.id);
    QVERIFY(last.isReachable());
    QCOMPARE(last.nodes().constFirst().health(), NodeHealth::Unreachable);
    QVERIFY(last.nodes().constFirst().error().contains(QLatin1String("503")));
    QCOMPARE(node.requestCount(), 0);
    QVERIFY(hub.monitor(profile.id)->loadBalancerTargets());
    hub.stopAll();
}

void tst_MonitorHub::hungNodeDoesNotStallThePoll()
{
    // node-2 is reachable only directly, and there it never answers.
    HostileHttpServer hung;
    HostileHttpServer balancer;
    QVERIFY(hung.start() && balancer.start());
    hung.setMode(HostileHttpServer::Mode::NeverAnswers);
    FakeClusterOptions options;
    options.directUrl = balancer.url();
    const HostileHttpServer::Handler nodeOne = fakeClusterHandler(options);
    const QUrl hungUrl = hung.url();
    balancer.setHandler([nodeOne, options, hungUrl](const HostileHttpServer::Request &request) {
        if (request.path() == "/api/v1/cluster") {
            QJsonArray nodes;
            nodes.append(QJsonObject{{"id", "node-1"}, {"url", options.directUrl.toString()}});
            nodes.append(QJsonObject{{"id", "node-2"}, {"url", hungUrl.toString()}});
            return HostileHttpServer::Response::json(
                200, QJsonDocument(
                         QJsonObject{{"name", "half"}, {"primaryId", "node-1"}, {"nodes", nodes}})
                         .toJson(QJsonDocument::Compact));
        }
        if (request.header("X-Cluster-Node") == "node-2") {
            return HostileHttpServer::Response::problem(
                421, R"({"type":"https://clusterdesk.example/problems/misdirected",)"
                     R"("title":"Misdirected Request","status":421})");
        }
        return nodeOne(request);
    });
    balancer.setNodeIdentity("node-1", options.revision);

    MonitorHub hub;
    hub.setRequestTimeout(std::chrono::milliseconds(500));
    HubLog log(&hub);
    const ClusterProfile profile = profileFor(QStringLiteral("hung"), balancer.url());
    hub.addCluster(profile);
    hub.startAll();
    QTRY_VERIFY_WITH_TIMEOUT(log.count(profile.id) >= 2, kTimeoutMs);
    const ClusterSnapshot last = log.last(profile.id);
    QVERIFY(last.isReachable());
    QCOMPARE(last.node(QStringLiteral("node-1"))->health(), NodeHealth::Up);
    const NodeSnapshot stuck = *last.node(QStringLiteral("node-2"));
    QCOMPARE(stuck.health(), NodeHealth::Unreachable);
    QVERIFY2(stuck.error().contains(QLatin1String("no answer")), qPrintable(stuck.error()));
    QVERIFY(hung.requestCount() >= 2);
    hub.stopAll();
}

void tst_MonitorHub::startDelaysSpreadOverTheInterval()
{
    using std::chrono::milliseconds;
    QCOMPARE(MonitorHub::startDelay(0, 1, 2000), milliseconds(0));
    QCOMPARE(MonitorHub::startDelay(0, 50, 2000), milliseconds(0));
    QCOMPARE(MonitorHub::startDelay(1, 50, 2000), milliseconds(40));
    QCOMPARE(MonitorHub::startDelay(49, 50, 2000), milliseconds(1960));
    // A long interval spreads over MaxStartSpread only: the last first poll is not minutes away.
    QCOMPARE(MonitorHub::startDelay(3, 4, 600000), milliseconds(7500));
}

void tst_MonitorHub::startAllSpreadsFirstPolls()
{
    // Unreachable addresses: nothing is asked, only the schedule is looked at.
    MonitorHub hub;
    const std::optional<quint16> first = FreePorts::block(4);
    QVERIFY(first);
    for (int i = 0; i < 4; ++i) {
        const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(*first + i));
        ClusterProfile profile = profileFor(QStringLiteral("c%1").arg(i), url);
        profile.pollIntervalMs = 4000;
        hub.addCluster(profile);
    }
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    hub.startAll();
    int polling = 0;
    QList<qint64> offsets;
    for (const QString &id : hub.profileIds()) {
        const ClusterMonitor *monitor = hub.monitor(id);
        if (monitor->pollState() == ClusterMonitor::PollState::Polling)
            ++polling;
        else
            offsets.append(monitor->nextPollAtMs() - before);
    }
    hub.stopAll();
    QCOMPARE(polling, 1); // one at once, the others 1, 2 and 3 s later
    std::sort(offsets.begin(), offsets.end());
    QCOMPARE(offsets.size(), 3);
    for (int i = 0; i < 3; ++i)
        QVERIFY2(offsets[i] >= (i + 1) * 1000 - 5 && offsets[i] <= (i + 1) * 1000 + 500,
                 qPrintable(QString::number(offsets[i])));
}

void tst_MonitorHub::requestBudgetLetsEveryPollFinish()
{
    // Six 3-node clusters whose answers take 40 ms, one request in flight for all of them: a
    // first poll (16 requests with its clock bursts) takes about 0.7 s alone, far less than its
    // 2.6 s deadline, but six take about 4 s one after another. Each deadline counts from when
    // that poll's first request could start, so every poll is complete, none cut off.
    constexpr int clusters = 6;
    std::vector<std::unique_ptr<HostileHttpServer>> servers;
    MonitorHub hub;
    QCOMPARE(hub.requestBudget(), MonitorHub::DefaultRequestBudget);
    hub.setRequestBudget(1);
    hub.setRequestTimeout(std::chrono::milliseconds(800));
    HubLog log(&hub);
    hub.startAll(); // clusters added from now on start at once
    for (int i = 0; i < clusters; ++i) {
        servers.push_back(std::make_unique<HostileHttpServer>());
        HostileHttpServer &server = *servers.back();
        QVERIFY(server.start());
        server.setHandler(fakeFleetHandler(std::make_shared<FakeFleet>()));
        server.setMode(HostileHttpServer::Mode::Slow);
        server.setSlowDelay(std::chrono::milliseconds(40));
        ClusterProfile profile = ClusterProfile::create(QStringLiteral("c%1").arg(i), server.url());
        profile.pollIntervalMs = 60000;
        hub.addCluster(profile);
    }
    for (const QString &id : hub.profileIds())
        QTRY_VERIFY_WITH_TIMEOUT(log.count(id) >= 1, kTimeoutMs);
    for (const QString &id : hub.profileIds()) {
        const ClusterSnapshot first = log.snapshots.value(id).constFirst();
        QVERIFY2(first.isReachable(), qPrintable(first.error()));
        QCOMPARE(first.nodes().size(), 3);
        for (const NodeSnapshot &node : first.nodes()) {
            QVERIFY2(node.health() != NodeHealth::Unreachable,
                     qPrintable(id + ": " + node.error()));
            QVERIFY2(node.clock().measured, qPrintable(id + ": " + node.id()));
        }
    }
    for (const auto &server : servers)
        QCOMPARE(server->maxConcurrentRequests(), 1);
    hub.stopAll();
}

QTEST_GUILESS_MAIN(tst_MonitorHub)
#include "tst_MonitorHub.moc"
