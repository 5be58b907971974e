#include "NodeAction.h"

#include <algorithm>

namespace {

struct ActionEntry
{
    NodeAction action;
    const char *key;
};

constexpr ActionEntry actionKeys[] = {
    {NodeAction::Drain, "drain"}, {NodeAction::Maint, "maint"}, {NodeAction::Ready, "ready"}};

bool serves(LbState state)
{
    return state == LbState::Up || state == LbState::NoCheck;
}

} // namespace

QString nodeActionKey(NodeAction action)
{
    for (const ActionEntry &entry : actionKeys) {
        if (entry.action == action)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

std::optional<NodeAction> nodeActionFromKey(QStringView key)
{
    for (const ActionEntry &entry : actionKeys) {
        if (key == QLatin1String(entry.key))
            return entry.action;
    }
    return std::nullopt;
}

QString nodeActionText(NodeAction action)
{
    switch (action) {
    case NodeAction::Drain:
        return NodeActionText::tr("Drain");
    case NodeAction::Maint:
        return NodeActionText::tr("Maintenance");
    case NodeAction::Ready:
        return NodeActionText::tr("Ready");
    }
    return {};
}

LbState nodeActionTarget(NodeAction action)
{
    switch (action) {
    case NodeAction::Drain:
        return LbState::Drain;
    case NodeAction::Maint:
        return LbState::Maint;
    case NodeAction::Ready:
        return LbState::Up;
    }
    return LbState::Unknown;
}

QString nodeActionResultKey(NodeActionOutcome::Result result)
{
    return enumKey(result);
}

namespace NodeActionRules {

bool takesLastServingNode(const QList<NodeSnapshot> &nodes, const QString &nodeId,
                          NodeAction action)
{
    if (action == NodeAction::Ready)
        return false;
    const auto target = std::find_if(nodes.cbegin(), nodes.cend(),
                                     [&](const NodeSnapshot &n) { return n.id() == nodeId; });
    // A node that serves nothing now takes nothing away.
    if (target == nodes.cend() || !serves(target->loadBalancer().state))
        return false;
    return std::none_of(nodes.cbegin(), nodes.cend(), [&](const NodeSnapshot &node) {
        return node.id() != nodeId && serves(node.loadBalancer().state);
    });
}

bool wholeClusterOutOfService(const QList<NodeSnapshot> &nodes)
{
    if (nodes.isEmpty())
        return false;
    return std::all_of(nodes.cbegin(), nodes.cend(), [](const NodeSnapshot &node) {
        const LbState state = node.loadBalancer().state;
        return state == LbState::Maint || state == LbState::Drain || state == LbState::Down ||
               (state == LbState::Unknown && node.health() == NodeHealth::Unreachable);
    });
}

QString restartOrderNote()
{
    return NodeActionText::tr(
        "No node is serving requests. When the whole cluster is restarted, start the node that "
        "stopped last first: it holds the newest configuration, and the others catch up from it. "
        "Then start the others and set each to Ready.");
}

} // namespace NodeActionRules
