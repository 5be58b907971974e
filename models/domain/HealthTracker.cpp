#include "HealthTracker.h"

HealthTracker::Status HealthTracker::observe(const QString &nodeId, const Observation &observation,
                                             qint64 nowMs)
{
    Status &status = m_nodes[nodeId];
    if (observation.answered) {
        status.health = observation.degraded ? NodeHealth::Degraded : NodeHealth::Up;
        status.missedPolls = 0;
        status.lastSeenMs = nowMs;
        status.latencyMs = observation.latencyMs;
        return status;
    }
    ++status.missedPolls;
    if (status.missedPolls >= UnreachableAfterMissedPolls) {
        status.health = NodeHealth::Unreachable;
        // A latency beside "Unreachable" would read as a node that answers: the last one is
        // kept through a blip only.
        status.latencyMs.reset();
    }
    return status;
}

HealthTracker::Status HealthTracker::observeSlow(const QString &nodeId, double waitedMs)
{
    // Still there (its connection was accepted, the load balancer may call it up), only late.
    Status &status = m_nodes[nodeId];
    status.health = NodeHealth::Slow;
    status.missedPolls = 0;
    status.latencyMs = waitedMs;
    return status;
}

NodeSnapshot HealthTracker::applied(const NodeSnapshot &node, const Status &status)
{
    return node.withHealth(status.health, status.missedPolls)
        .withLatencyMs(status.latencyMs)
        .withLastSeenMs(status.lastSeenMs);
}
