#pragma once
// Whether this node may take writes, decided by comparing its configuration history (history
// id and revision) with its peers'. A primary that is behind a replica, or holds another
// history, refuses writes instead of overwriting what the replicas hold; a replica that sees
// such a primary refuses them too and keeps its copy. Only an operator ends the refusal, by
// reseeding the node that is wrong (clusterdesk-node --reseed-from).

#include "HttpResponse.h"
#include "Membership.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace node {

class ConfigDatabase;
class Replicator;
struct NodeOptions;

struct WriteRefusal
{
    QString reason; // "behind-replicas", "history-mismatch" or "awaiting-peers"
    QString detail; // for people: which node holds what, and what to do

    QJsonObject toJson() const; // {"reason", "detail"}
    // The 503 a refused write gets: nothing was written, that much is certain.
    HttpResponse problem() const;
};

// One node's position in a history, as the rule compares it.
struct HistoryPosition
{
    QString nodeId;
    qint64 revision = 0;
    QString historyId; // empty: nothing written yet (or a copy from before history ids)
};

class HistoryGuard final
{
public:
    HistoryGuard(const NodeOptions &options, const ConfigDatabase &database,
                 const Membership &membership, const Replicator &replicator);

    std::optional<WriteRefusal> refusal() const;

    // The primary's rule, pure for tests. Writes wait until a majority of the cluster (this
    // node included) has been heard since start, so a primary that starts first after losing
    // its data cannot take writes before it learns that others are ahead.
    static std::optional<WriteRefusal> assessPrimary(const HistoryPosition &self,
                                                     const QList<PeerStatus> &peers);
    // A replica's rule on the primary's answer, pure for tests.
    static std::optional<WriteRefusal> assessReplica(const HistoryPosition &self,
                                                     const HistoryPosition &primary);

private:
    const NodeOptions &m_options;
    const ConfigDatabase &m_database;
    const Membership &m_membership;
    const Replicator &m_replicator;
};

} // namespace node
