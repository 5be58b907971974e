#include "MembershipView.h"

#include <QJsonObject>

#include <algorithm>

namespace MembershipView {

QList<Member> parse(const QJsonArray &nodes, qsizetype limit)
{
    QList<Member> members;
    for (const QJsonValue &value : nodes) {
        const QJsonObject node = value.toObject();
        Member member;
        member.id = node.value(QLatin1String("id")).toString();
        if (member.id.isEmpty() || members.size() >= limit)
            continue;
        const bool known = std::any_of(members.cbegin(), members.cend(),
                                       [&](const Member &m) { return m.id == member.id; });
        if (known)
            continue; // a duplicate is bad input; the first entry counts
        member.name = node.value(QLatin1String("name")).toString();
        member.url = QUrl(node.value(QLatin1String("url")).toString(), QUrl::StrictMode);
        member.state = node.value(QLatin1String("state")).toString();
        member.role = node.value(QLatin1String("role")).toString();
        members.append(member);
    }
    return members;
}

QStringList idsOf(const QList<Member> &members)
{
    QStringList ids;
    for (const Member &member : members)
        ids.append(member.id);
    return ids;
}

QList<Finding> disagreements(const QHash<QString, QStringList> &peerLists,
                             const QStringList &members, const QStringList &loadBalancerOnly)
{
    QList<Finding> findings;
    QStringList witnesses = peerLists.keys();
    witnesses.sort();
    for (const QString &nodeId : std::as_const(witnesses)) {
        const QStringList listed = peerLists.value(nodeId);
        QStringList missing;
        for (const QString &member : members) {
            if (!listed.contains(member))
                missing.append(member);
        }
        if (missing.isEmpty())
            continue;
        Finding finding;
        finding.severity = Severity::Warning;
        finding.category = Finding::Category::Cluster;
        finding.code = QStringLiteral("cluster.membership-disagrees");
        finding.nodeId = nodeId;
        const QString leavesOut = missing.join(QStringLiteral(", "));
        finding.text = Finding::tr("%1 lists %2 of the %3 known members: it does not know %4")
                           .arg(nodeId)
                           .arg(listed.size())
                           .arg(members.size())
                           .arg(leavesOut);
        finding.action =
            loadBalancerOnly.isEmpty()
                ? Finding::tr("Give %1 the full peer list (restart it with every member) so that "
                              "it replicates and reports like the others.")
                      .arg(nodeId)
                : Finding::tr("Give %1 the full peer list; %2 is in the load balancer but no node "
                              "lists it.")
                      .arg(nodeId, loadBalancerOnly.join(QStringLiteral(", ")));
        findings.append(finding);
    }
    return findings;
}

} // namespace MembershipView
