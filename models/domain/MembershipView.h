#pragma once
// The cluster's membership as several witnesses tell it: each node's own list of members
// (GET /api/v1/cluster asked of that node) and HAProxy's server list. The console shows the
// union and flags the nodes whose lists leave members out.

#include "Finding.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QStringList>
#include <QUrl>

struct Member
{
    QString id;
    QString name;
    QUrl url;
    QString state;
    QString role;
};

namespace MembershipView {

// The well-formed entries of a "nodes" array (entries without an id are skipped), at most
// `limit` of them.
QList<Member> parse(const QJsonArray &nodes, qsizetype limit);
QStringList idsOf(const QList<Member> &members);

// One warning per node whose list lacks members of the union `members` (every node the console
// learned of, from any witness), saying which ones. `loadBalancerOnly`
// are HAProxy servers no node listed.
QList<Finding> disagreements(const QHash<QString, QStringList> &peerLists,
                             const QStringList &members, const QStringList &loadBalancerOnly);

} // namespace MembershipView
