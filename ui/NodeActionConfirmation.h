#pragma once
// NodeActionConfirmation: the one place the window asks before a node action at the load
// balancer. Window-modal questions opened without a nested event loop; when the node is the
// last one serving requests, a second, explicit question follows, and only a yes to both goes
// ahead. Tests and other guards replace the whole question through NodesPanel's handler.

#include "ClusterProfile.h"
#include "NodeAction.h"

#include <QString>

#include <functional>

class QWidget;

struct NodeActionQuestion
{
    QString clusterName;
    QString nodeId;
    NodeAction action = NodeAction::Drain;
    bool lastServingNode = false; // no other node is up at the load balancer
    // The cluster's saved profile: for production the first question asks for its name typed
    // (WriteConfirmation), as every dangerous write there does.
    ClusterProfile target;
};

namespace NodeActionConfirmation {

using Done = std::function<void(bool confirmed)>;
using Handler = std::function<void(const NodeActionQuestion &question, Done done)>;

// Asks `question` over `parent`; `done` runs once, later, with the answer.
void ask(QWidget *parent, const NodeActionQuestion &question, Done done);

// The texts of the two questions, for the boxes and for tests.
QString questionText(const NodeActionQuestion &question);
QString lastNodeWarning(const NodeActionQuestion &question);

} // namespace NodeActionConfirmation
