#pragma once
// NodeActionActivity: the activity log's entries for the window's node actions at the load
// balancer, which do not pass the API client the recorder observes. One entry per action,
// stored pending when the form is posted and updated with HAProxy's answer.

#include <QObject>
#include <QPointer>

class ActivityRecorder;
class NodeActionController;
struct ActivityEntry;
struct NodeActionOutcome;

class NodeActionActivity final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeActionActivity)

public:
    // Records every action of `controller` on the cluster called `clusterName` through
    // `recorder`; neither is owned, and this object is a child of the controller.
    NodeActionActivity(NodeActionController *controller, ActivityRecorder *recorder,
                       const QString &clusterName);

    // How an outcome reads in the log: Applied succeeded; a refusal by HAProxy or its sign-in
    // refused; the last-node guard refused locally (nothing sent); no answer or no read-back
    // unknown (the action may have been applied); anything else failed.
    static void applyOutcome(const NodeActionOutcome &outcome, ActivityEntry &entry);

private:
    QPointer<ActivityRecorder> m_recorder;
    QString m_clusterName;
    QString m_requestId; // of the action in progress (the controller runs one at a time)
    qint64 m_startedMs = 0;
};
