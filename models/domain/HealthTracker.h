#pragma once
// Each node's health across polls, with hysteresis: one missed poll is a blip that keeps the
// previous state ("missed 1 poll"); two in a row make the node Unreachable.

#include "NodeSnapshot.h"

#include <QHash>

class HealthTracker final
{
public:
    static constexpr int UnreachableAfterMissedPolls = 2;

    struct Observation
    {
        bool answered = false;
        bool degraded = false; // /healthz said 503 degraded or the node's state is not "up"
        std::optional<double> latencyMs;
    };

    struct Status
    {
        NodeHealth health = NodeHealth::Unknown;
        int missedPolls = 0;
        qint64 lastSeenMs = 0;           // last answer, degraded or not (0: never)
        std::optional<double> latencyMs; // of the last answer (Slow: the time waited)
    };

    Status observe(const QString &nodeId, const Observation &observation, qint64 nowMs);
    // The node answered (observe() saw it) but only after its own deadline: Slow, neither a
    // missed poll nor down, with `waitedMs` as its latency.
    Status observeSlow(const QString &nodeId, double waitedMs);
    Status status(const QString &nodeId) const { return m_nodes.value(nodeId); }

    // The node with health, missed polls, latency and last seen from the tracker's status.
    static NodeSnapshot applied(const NodeSnapshot &node, const Status &status);

    void forget(const QString &nodeId) { m_nodes.remove(nodeId); }
    void clear() { m_nodes.clear(); }

private:
    QHash<QString, Status> m_nodes;
};
