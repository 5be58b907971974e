#include "NodeActionActivity.h"

#include "ActivityEntry.h"
#include "ActivityRecorder.h"
#include "NodeAction.h"
#include "NodeActionController.h"

#include <QDateTime>
#include <QUuid>

namespace {

ActivityEntry entryFor(const QString &clusterId, const QString &nodeId, NodeAction action)
{
    ActivityEntry entry;
    entry.clusterId = clusterId;
    entry.localUser = ActivityEntry::currentLocalUser();
    entry.action = QStringLiteral("node-") + nodeActionKey(action);
    entry.resourceName = nodeId;
    entry.summary = QStringLiteral("%1 %2 at the load balancer").arg(nodeActionKey(action), nodeId);
    return entry;
}

} // namespace

NodeActionActivity::NodeActionActivity(NodeActionController *controller, ActivityRecorder *recorder,
                                       const QString &clusterName)
    : NodeActionActivity(recorder, controller->profileId(), clusterName, controller)
{
    connect(controller, &NodeActionController::started, this, &NodeActionActivity::actionStarted);
    connect(controller, &NodeActionController::finished, this, &NodeActionActivity::actionFinished);
}

NodeActionActivity::NodeActionActivity(ActivityRecorder *recorder, const QString &clusterId,
                                       const QString &clusterName, QObject *parent)
    : QObject(parent)
    , m_recorder(recorder)
    , m_clusterId(clusterId)
    , m_clusterName(clusterName)
{}

void NodeActionActivity::actionStarted(const QString &nodeId, NodeAction action)
{
    m_requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    ActivityEntry entry = entryFor(m_clusterId, nodeId, action);
    entry.requestId = m_requestId;
    entry.timeMs = m_startedMs;
    entry.clusterName = m_clusterName;
    if (m_recorder)
        m_recorder->record(entry);
}

void NodeActionActivity::actionFinished(const NodeActionOutcome &outcome)
{
    ActivityEntry entry = entryFor(m_clusterId, outcome.nodeId, outcome.action);
    // An action refused before it started (the last-node guard) has no start.
    const bool started = !m_requestId.isEmpty();
    entry.requestId = started ? m_requestId : QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.timeMs = started ? m_startedMs : QDateTime::currentMSecsSinceEpoch();
    entry.clusterName = outcome.clusterName.isEmpty() ? m_clusterName : outcome.clusterName;
    applyOutcome(outcome, entry);
    m_requestId.clear();
    if (m_recorder)
        m_recorder->record(entry);
}

void NodeActionActivity::applyOutcome(const NodeActionOutcome &outcome, ActivityEntry &entry)
{
    using Result = NodeActionOutcome::Result;
    using Outcome = ActivityEntry::Outcome;
    switch (outcome.result) {
    case Result::Applied:
        entry.outcome = Outcome::Succeeded;
        break;
    case Result::Denied:
    case Result::AuthFailed:
        entry.outcome = Outcome::Refused;
        break;
    case Result::LastServingNode:
        entry.outcome = Outcome::RefusedLocally;
        break;
    case Result::Unreachable:
    case Result::Unknown:
        entry.outcome = Outcome::Unknown;
        break;
    case Result::NotApplied:
    case Result::Refused:
        entry.outcome = Outcome::Failed;
        break;
    }
    entry.finishedMs = outcome.finishedAt.isValid() ? outcome.finishedAt.toMSecsSinceEpoch()
                                                    : QDateTime::currentMSecsSinceEpoch();
    entry.reason = outcome.message;
}
