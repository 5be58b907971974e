#pragma once
// Node actions at the load balancer (drain, maintenance, ready) as values: what was asked, what
// HAProxy answered and the server's state read back afterwards, plus the rules a console applies
// before and after one (the last node serving requests, the whole-cluster restart order).

#include "EnumKey.h"
#include "NodeSnapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

enum class NodeAction { Drain, Maint, Ready };

// Stable keys ("drain", "maint", "ready"): HAProxy's own action names and the command line's.
QString nodeActionKey(NodeAction action);
std::optional<NodeAction> nodeActionFromKey(QStringView key);
// Translated words for people ("Drain").
QString nodeActionText(NodeAction action);
// The state HAProxy shows once the action took effect.
LbState nodeActionTarget(NodeAction action);

struct NodeActionOutcome
{
    Q_GADGET

public:
    // Applied: HAProxy said DONE and its statistics show the target state.
    // NotApplied: HAProxy answered but the server is not in the target state (NONE, PART, or a
    // DONE the statistics contradict). Denied: the statistics page has no admin rights for this
    // user (DENY). Refused: HAProxy rejected the form (ERRP, EXCD, IVAL, UNKN) or lists no such
    // server. AuthFailed: the stats user or password was refused. Unreachable: no answer.
    // Unknown: the action was sent but its effect could not be read back. LastServingNode: not
    // sent, because HAProxy shows no other server up and the request did not allow that.
    enum class Result {
        Applied,
        NotApplied,
        Denied,
        Refused,
        AuthFailed,
        Unreachable,
        Unknown,
        LastServingNode
    };
    Q_ENUM(Result)

    QString clusterId;
    QString clusterName;
    QString nodeId;
    NodeAction action = NodeAction::Drain;
    QDateTime finishedAt; // UTC
    Result result = Result::Unknown;
    QString haproxyCode; // HAProxy's ";st=" answer (DONE, DENY...), empty if none
    LbState stateAfter = LbState::Unknown;
    QString statusAfter; // HAProxy's own words after the action ("DRAIN", "UP 1/2")
    QString message;     // a readable sentence for people and logs

    bool ok() const { return result == Result::Applied; }
};

QString nodeActionResultKey(NodeActionOutcome::Result result);

struct NodeActionText
{
    Q_DECLARE_TR_FUNCTIONS(NodeActionText)
};

namespace NodeActionRules {

// True when `action` on `nodeId` would leave no server UP at the load balancer: every other
// node is down, draining or in maintenance. Such an action needs a second confirmation.
bool takesLastServingNode(const QList<NodeSnapshot> &nodes, const QString &nodeId,
                          NodeAction action);
// True when no node is UP at the load balancer and every node is down, in maintenance or
// draining: the cluster is being restarted as a whole, and the node that stopped last must
// start first (it holds the newest configuration).
bool wholeClusterOutOfService(const QList<NodeSnapshot> &nodes);
// The translated explanation of that restart rule.
QString restartOrderNote();

} // namespace NodeActionRules
