// PollCycle's membership: asking the load balancer (again, of another node, when the first is
// slow), reading the answer, and merging every node's own member list and HAProxy's servers.
#include "PollCycle.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClusterMonitor)
};

// Whatever a server sent, keep at most this many nodes: a hostile answer listing millions of
// "nodes" must not make the console send millions of requests.
constexpr qsizetype MaxNodes = 256;

} // namespace

void PollCycle::askMembership()
{
    ++m_membershipAttempts;
    ApiRequest request = ApiRequest::get(QStringLiteral("/api/v1/cluster"));
    // Every attempt may take what is left of the cycle but one node's deadline, so that the
    // nodes can still be asked; a slow first answer is not thrown away when it comes.
    const auto elapsed = std::chrono::milliseconds(m_clock.elapsed());
    request.timeout = std::max(m_plan.nodeTimeout, deadline() - elapsed - m_plan.nodeTimeout);
    if (m_membershipAttempts > 1 && !m_plan.targetingBroken) {
        // Another node than the one that keeps us waiting: round robin would pick it anyway,
        // but a known node is a sure "another".
        for (const KnownNode &known : std::as_const(m_plan.knownNodes)) {
            if (!m_membershipTargets.contains(known.id)) {
                m_membershipTargets.append(known.id);
                request.targetNodeId = known.id;
                break;
            }
        }
    }
    const quint64 id = send(request, [this](const ApiResult &result) {
        onMembershipAttempt(result.requestId, result);
    });
    m_membershipRequests.push_back(id);
    // Asking another node because the first request still waits in the queue would only queue
    // one more: the hedge runs once the cycle's requests are on the network.
    if (m_membershipAttempts < MaxMembershipAttempts) {
        if (m_requestsStarted)
            m_hedge.start(m_plan.nodeTimeout);
        else
            m_hedgeDeferred = true;
    }
}

void PollCycle::onMembershipAttempt(quint64 requestId, const ApiResult &result)
{
    std::erase(m_membershipRequests, requestId);
    if (m_membershipDone)
        return;
    if (!result.ok) {
        // Another attempt may still answer; a late one may be retried at once.
        m_membershipFailure = result;
        if (!m_membershipRequests.empty())
            return;
        // Late, or the node the balancer chose is down and it has not noticed yet (its own
        // 502/503 page): one node's trouble, so ask again (another node) before giving up.
        const bool nodeDown = result.errorKind == ApiResult::ErrorKind::LoadBalancerPage &&
                              (result.httpStatus == 502 || result.httpStatus == 503);
        if ((isLate(result) || nodeDown) && m_membershipAttempts < MaxMembershipAttempts) {
            askMembership();
            return;
        }
    }
    m_hedge.stop();
    const std::vector<quint64> others = m_membershipRequests;
    onMembership(result);
    for (const quint64 id : others)
        drop(id);
}

void PollCycle::drop(quint64 requestId)
{
    std::erase(m_pending, requestId);
    m_dropped.push_back(requestId);
    m_client->cancel(requestId);
}

void PollCycle::onMembership(const ApiResult &result)
{
    m_membershipDone = true;
    QString problem;
    QJsonArray nodes;
    if (!result.ok) {
        problem = result.errorText;
        m_outcome.errorCode = errorCodeOf(result);
        m_outcome.membershipHttpStatus = result.httpStatus;
    } else if (!result.json.isObject()) {
        problem = Tr::tr("the cluster answer is not a JSON object");
    } else {
        const QJsonObject cluster = result.json.object();
        const QJsonValue list = cluster.value(QLatin1String("nodes"));
        if (!list.isArray()) {
            problem = Tr::tr("the cluster answer has no \"nodes\" list");
        } else {
            nodes = list.toArray();
            m_outcome.clusterId = cluster.value(QLatin1String("id")).toString();
            m_outcome.clusterName = cluster.value(QLatin1String("name")).toString();
            m_outcome.primaryId = cluster.value(QLatin1String("primaryId")).toString();
            m_outcome.membershipEtag = cluster.value(QLatin1String("membershipEtag")).toString();
        }
    }

    if (problem.isEmpty()) {
        const QList<Member> members = MembershipView::parse(nodes, MaxNodes);
        m_lbMembers = members;
        m_lbMemberIds = MembershipView::idsOf(members);
        for (const Member &member : members) {
            if (member.role == QLatin1String("primary") && m_outcome.primaryId.isEmpty())
                m_outcome.primaryId = member.id;
            addMember(member, false);
        }
        if (!result.nodeId.isEmpty())
            m_outcome.peerLists.insert(result.nodeId, MembershipView::idsOf(members));
        if (m_outcome.nodes.isEmpty())
            problem = Tr::tr("the cluster answer lists no nodes");
    }

    if (!problem.isEmpty()) {
        // The load balancer itself failed: the cluster is unreachable as a whole; every node the
        // console knew missed this poll.
        unreachable(problem);
        return;
    }

    m_outcome.reachable = true;
    if (m_plan.fetchLicense)
        fetchLicense();
    for (int i = 0; i < m_outcome.nodes.size(); ++i)
        probeNode(i, m_plan.targetingBroken);
    if (m_outcome.stats)
        addLoadBalancerServers();
}

int PollCycle::addMember(const Member &member, bool probe)
{
    // By hash: every node's known list passes through here, 64 x 64 lookups a poll.
    if (const auto known = m_nodeIndex.constFind(member.id); known != m_nodeIndex.constEnd())
        return *known;
    if (m_outcome.nodes.size() >= MaxNodes)
        return -1;
    NodeProbe node;
    node.id = member.id;
    node.name = member.name;
    node.directUrl = member.url;
    node.membershipState = member.state;
    m_outcome.nodes.append(node);
    const int index = int(m_outcome.nodes.size()) - 1;
    m_nodeIndex.insert(member.id, index);
    if (probe)
        probeNode(index, m_plan.targetingBroken);
    return index;
}

void PollCycle::addLoadBalancerServers()
{
    // A server HAProxy balances to is a member even when no node lists it (yet).
    for (const HaproxyStats::Server &server : m_outcome.stats->servers()) {
        const bool known = m_nodeIndex.contains(server.name);
        if (!known && !server.name.isEmpty()) {
            m_outcome.loadBalancerOnly.append(server.name);
            addMember(Member{server.name, server.name, QUrl(), QString(), QString()}, true);
        }
    }
}

void PollCycle::readPeersIfChanged(int index)
{
    NodeProbe &probe = m_outcome.nodes[index];
    const QString &etag = probe.membershipEtag;
    std::optional<QList<Member>> known;
    if (!etag.isEmpty() && etag == m_outcome.membershipEtag) {
        // The list the load balancer's answer just gave: every member is in the poll already.
        probe.peers = m_lbMembers;
        m_outcome.peerLists.insert(probe.id, m_lbMemberIds);
        return;
    }
    if (!etag.isEmpty()) {
        const auto last = m_plan.knownPeers.constFind(probe.id);
        if (last != m_plan.knownPeers.constEnd() && last->membershipEtag == etag)
            known = last->members;
    }
    if (!known) {
        askPeers(index); // changed, or an older node without a digest: read it
        return;
    }
    const QString id = probe.id;
    m_outcome.nodes[index].peers = *known;
    m_outcome.peerLists.insert(id, MembershipView::idsOf(*known));
    for (const Member &member : std::as_const(*known))
        addMember(member, true); // a member only this node listed last time is still probed
}

void PollCycle::askPeers(int index)
{
    ApiRequest request = nodeRequest(index, QStringLiteral("/api/v1/cluster"));
    request.timeout = m_plan.nodeTimeout; // after the clock samples: its own exchange
    send(request, [this, index](const ApiResult &result) {
        if (!result.ok || !result.json.isObject())
            return; // the node's own answer stands; its list is simply not known
        const QJsonValue list = result.json.object().value(QLatin1String("nodes"));
        if (!list.isArray())
            return;
        const QList<Member> members = MembershipView::parse(list.toArray(), MaxNodes);
        NodeProbe &probe = m_outcome.nodes[index];
        // The digest of the list just read: the node's answer may be older than this one.
        probe.membershipEtag =
            result.json.object().value(QLatin1String("membershipEtag")).toString();
        probe.peers = members;
        m_outcome.peerLists.insert(probe.id, MembershipView::idsOf(members));
        for (const Member &member : members)
            addMember(member, true);
    });
}

QString PollCycle::errorCodeOf(const ApiResult &result)
{
    if (result.httpStatus == 401)
        return QStringLiteral("sign-in-failed");
    if (result.httpStatus == 403)
        return QStringLiteral("forbidden");
    switch (result.errorKind) {
    case ApiResult::ErrorKind::ConnectionRefused:
    case ApiResult::ErrorKind::HostNotFound:
        return QStringLiteral("cannot-connect");
    case ApiResult::ErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ApiResult::ErrorKind::Tls:
        return QStringLiteral("tls");
    default:
        break;
    }
    return PollCycle::isLate(result) ? QStringLiteral("timeout") : QStringLiteral("error");
}
