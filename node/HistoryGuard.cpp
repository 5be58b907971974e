#include "HistoryGuard.h"

#include "ConfigDatabase.h"
#include "NodeOptions.h"
#include "Replicator.h"

#include <algorithm>

namespace node {
namespace {

QString describe(const HistoryPosition &position)
{
    return QStringLiteral("%1 at revision %2 of history %3")
        .arg(position.nodeId)
        .arg(position.revision)
        .arg(position.historyId.isEmpty() ? QStringLiteral("(none)") : position.historyId);
}

const QString kRecovery = QStringLiteral(
    "; no write is taken until an operator reseeds %1 from a node holding the cluster's data "
    "(clusterdesk-node --reseed-from <peer URL>; docs/api.md, Configuration history and "
    "recovery)");

bool differentHistories(const HistoryPosition &a, const HistoryPosition &b)
{
    return !a.historyId.isEmpty() && !b.historyId.isEmpty() && a.historyId != b.historyId;
}

} // namespace

QJsonObject WriteRefusal::toJson() const
{
    return {{QStringLiteral("reason"), reason}, {QStringLiteral("detail"), detail}};
}

HttpResponse WriteRefusal::problem() const
{
    HttpResponse response =
        HttpResponse::problem(
            503, QStringLiteral("writes-refused"),
            QStringLiteral("writes are refused: %1; nothing was written").arg(detail))
            .withMember(QStringLiteral("reason"), reason);
    // Waiting for peers passes by itself; the other reasons need an operator.
    if (reason == QLatin1String("awaiting-peers"))
        response.withHeader("Retry-After", "2");
    return response;
}

HistoryGuard::HistoryGuard(const NodeOptions &options, const ConfigDatabase &database,
                           const Membership &membership, const Replicator &replicator)
    : m_options(options)
    , m_database(database)
    , m_membership(membership)
    , m_replicator(replicator)
{}

std::optional<WriteRefusal> HistoryGuard::refusal() const
{
    if (!m_options.isPrimary())
        return m_replicator.divergence();
    return assessPrimary({m_options.id, m_database.revision(), m_database.historyId()},
                         m_membership.peers());
}

std::optional<WriteRefusal> HistoryGuard::assessPrimary(const HistoryPosition &self,
                                                        const QList<PeerStatus> &peers)
{
    QList<HistoryPosition> heard;
    for (const PeerStatus &peer : peers) {
        if (peer.lastHeartbeat.isValid()) // its last known state, even if unreachable now
            heard.append({peer.id, peer.revision, peer.historyId});
    }
    const qsizetype needed = (peers.size() + 1) / 2; // with this node: a majority
    if (heard.size() < needed) {
        return WriteRefusal{
            QStringLiteral("awaiting-peers"),
            QStringLiteral("this primary has heard from %1 of the %2 other nodes it needs to "
                           "compare histories with since it started")
                .arg(heard.size())
                .arg(needed)};
    }
    const auto ahead = std::max_element(
        heard.begin(), heard.end(),
        [](const HistoryPosition &a, const HistoryPosition &b) { return a.revision < b.revision; });
    if (ahead != heard.end() && ahead->revision > self.revision) {
        return WriteRefusal{
            QStringLiteral("behind-replicas"),
            QStringLiteral("this primary (%1) is behind %2").arg(describe(self), describe(*ahead)) +
                kRecovery.arg(QStringLiteral("this node"))};
    }
    for (const HistoryPosition &peer : std::as_const(heard)) {
        if (differentHistories(self, peer) && peer.revision > 0) {
            return WriteRefusal{QStringLiteral("history-mismatch"),
                                QStringLiteral("this primary (%1) and %2 hold different histories")
                                        .arg(describe(self), describe(peer)) +
                                    kRecovery.arg(QStringLiteral("the node that is wrong"))};
        }
    }
    return std::nullopt;
}

std::optional<WriteRefusal> HistoryGuard::assessReplica(const HistoryPosition &self,
                                                        const HistoryPosition &primary)
{
    if (primary.revision < self.revision) {
        return WriteRefusal{QStringLiteral("behind-replicas"),
                            QStringLiteral("the primary (%1) is behind this copy (%2); this copy "
                                           "keeps its data")
                                    .arg(describe(primary), describe(self)) +
                                kRecovery.arg(QStringLiteral("the primary"))};
    }
    if (differentHistories(self, primary)) {
        return WriteRefusal{QStringLiteral("history-mismatch"),
                            QStringLiteral("the primary (%1) holds another history than this "
                                           "copy (%2); this copy keeps its data")
                                    .arg(describe(primary), describe(self)) +
                                kRecovery.arg(QStringLiteral("the node that is wrong"))};
    }
    return std::nullopt;
}

} // namespace node
