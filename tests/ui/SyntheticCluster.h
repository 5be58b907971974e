#pragma once
// Synthetic cluster snapshots for the panel tests: three nodes, one whose clock is 820 ms ahead
// of the median (critical), one 14 revisions behind the primary, built through the public
// NodeSnapshot / ClusterSnapshot API and assessed like a real poll.

#include "ClockAssessment.h"
#include "ClusterSnapshot.h"

#include <QDateTime>
#include <QJsonObject>

namespace SyntheticCluster {

inline const QString ProfileId = QStringLiteral("profile-demo");

inline QJsonObject nodeJson(const QString &id, const QString &role, qint64 revision,
                            qint64 primaryRevision)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), id},
        {QStringLiteral("url"), QStringLiteral("http://127.0.0.1:910%1").arg(id.right(1))},
        {QStringLiteral("serverVersion"), QStringLiteral("4.2.0")},
        {QStringLiteral("role"), role},
        {QStringLiteral("state"), QStringLiteral("up")},
        {QStringLiteral("startedAt"), QStringLiteral("2026-11-27T06:00:00.000Z")},
        {QStringLiteral("uptimeSeconds"), 3 * 3600 + 125},
        {QStringLiteral("cluster"), QJsonObject{{QStringLiteral("id"), QStringLiteral("c0ffee")},
                                                {QStringLiteral("name"), QStringLiteral("demo")}}},
        {QStringLiteral("config"),
         QJsonObject{{QStringLiteral("schemaVersion"), 1},
                     {QStringLiteral("revision"), revision},
                     {QStringLiteral("checksum"), QStringLiteral("ab12")},
                     {QStringLiteral("primaryRevision"), primaryRevision},
                     {QStringLiteral("lag"), primaryRevision - revision},
                     {QStringLiteral("syncState"), revision == primaryRevision
                                                       ? QStringLiteral("in-sync")
                                                       : QStringLiteral("catching-up")}}},
        {QStringLiteral("load"), QJsonObject{{QStringLiteral("activeRequests"), 1},
                                             {QStringLiteral("rssBytes"), 31457280}}},
    };
}

inline NodeSnapshot node(const QString &id, const QString &role, qint64 revision, double offsetMs,
                         double errorMs, double latencyMs, ProbePath path, qint64 nowMs)
{
    QString error;
    const auto parsed = NodeSnapshot::fromNodeJson(nodeJson(id, role, revision, 56), &error);
    Q_ASSERT_X(parsed, "SyntheticCluster::node", qPrintable(error));
    NodeSnapshot::Clock clock;
    clock.measured = true;
    clock.offsetMs = offsetMs;
    clock.errorMs = errorMs;
    clock.ntpSynchronized = true;
    clock.maxErrorUs = 16000;
    NodeSnapshot::Config config = parsed->config();
    config.agreement = revision == 56 ? ConfigAgreementState::InSync : ConfigAgreementState::Behind;
    config.revisionsBehind = 56 - revision;
    config.behindSinceMs = revision == 56 ? 0 : nowMs - 20 * 1000;
    NodeSnapshot::LoadBalancer lb;
    lb.state = path == ProbePath::Direct ? LbState::Down : LbState::Up;
    lb.status = path == ProbePath::Direct ? QStringLiteral("DOWN") : QStringLiteral("UP");
    lb.checkStatus = path == ProbePath::Direct ? QStringLiteral("L7STS") : QStringLiteral("L7OK");
    return parsed->withHealth(NodeHealth::Up, 0)
        .withClock(clock)
        .withConfig(config)
        .withLatencyMs(latencyMs)
        .withProbePath(path)
        .withLastSeenMs(nowMs)
        .withLoadBalancer(lb);
}

// node-1 primary, node-2 +820 ms vs the median (critical), node-3 14 revisions behind and out
// of the load balancer (probed directly).
inline ClusterSnapshot threeNodes(qint64 nowMs = QDateTime::currentMSecsSinceEpoch())
{
    AssessmentThresholds thresholds;
    QList<NodeSnapshot> nodes{
        node(QStringLiteral("node-1"), QStringLiteral("primary"), 56, 1.5, 0.4, 2.1,
             ProbePath::ViaLoadBalancer, nowMs),
        node(QStringLiteral("node-2"), QStringLiteral("replica"), 56, 821.5, 1.5, 3.4,
             ProbePath::ViaLoadBalancer, nowMs),
        node(QStringLiteral("node-3"), QStringLiteral("replica"), 42, 0.5, 0.6, 12.0,
             ProbePath::Direct, nowMs),
    };
    nodes = ClockAssessment(thresholds).apply(nodes);
    ClusterSnapshot::LoadBalancerView lb;
    lb.available = true;
    lb.serversUp = 2;
    lb.serversTotal = 3;
    return ClusterSnapshot()
        .withProfileId(ProfileId)
        .withCluster(QStringLiteral("c0ffee"), QStringLiteral("demo"))
        .withTakenAtMs(nowMs)
        .withReachable(true)
        .withPrimaryId(QStringLiteral("node-1"))
        .withNodes(nodes)
        .withLoadBalancerView(lb)
        .assessed(thresholds, nowMs);
}

} // namespace SyntheticCluster
