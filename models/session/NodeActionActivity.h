#pragma once
// NodeActionActivity: the activity log's entries for node actions at the load balancer (the
// window's and `clusterdesk node`'s), which do not pass the API client the recorder observes.
// One entry per action, stored pending when the form is posted and updated with HAProxy's
// answer.

#include "NodeAction.h"

#include <QObject>
#include <QPointer>

class ActivityRecorder;
class NodeActionController;
struct ActivityEntry;

class NodeActionActivity final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeActionActivity)

public:
    // Records every action of `controller` on the cluster called `clusterName` through
    // `recorder`; neither is owned, and this object is a child of the controller.
    NodeActionActivity(NodeActionController *controller, ActivityRecorder *recorder,
                       const QString &clusterName);
    // Records the actions on one cluster that are announced by calling actionStarted() and
    // actionFinished() (the command line's); `recorder` is not owned.
    NodeActionActivity(ActivityRecorder *recorder, const QString &clusterId,
                       const QString &clusterName, QObject *parent = nullptr);

    void actionStarted(const QString &nodeId, NodeAction action);
    // Also for an action refused before it started (the last-node guard).
    void actionFinished(const NodeActionOutcome &outcome);

    // How an outcome reads in the log: Applied succeeded; a refusal by HAProxy or its sign-in
    // refused; the last-node guard refused locally (nothing sent); no answer or no read-back
    // unknown (the action may have been applied); anything else failed.
    static void applyOutcome(const NodeActionOutcome &outcome, ActivityEntry &entry);

private:
    QPointer<ActivityRecorder> m_recorder;
    QString m_clusterId;
    QString m_clusterName;
    QString m_requestId; // of the action in progress (the controller runs one at a time)
    qint64 m_startedMs = 0;
};
