#pragma once
// Whether each node's configuration matches the primary's (revision and checksum), and a small
// tracker that remembers across polls since when a node is behind and whether it still advances.

#include "Finding.h"
#include "NodeSnapshot.h"

#include <QHash>

class ConfigAgreement final
{
public:
    // One node against the primary, without history: never Stalled. A node ahead of the primary
    // is Unknown: the two answers were taken at different moments around a write.
    static ConfigAgreementState compare(std::optional<qint64> revision, const QString &checksum,
                                        std::optional<qint64> primaryRevision,
                                        const QString &primaryChecksum);

    // Findings for nodes that went through ConfigAgreementTracker::apply().
    static QList<Finding> findings(const QList<NodeSnapshot> &nodes, qint64 nowMs,
                                   int stalledAfterSeconds);
    // The primary (primaryId, or the node that calls itself primary) at a lower revision than a
    // replica by more than a write in flight could explain, or refusing writes because it is
    // behind: it may have lost its data. From revisions alone; the node's writesRefused
    // detail is used when it gives one.
    static std::optional<Finding> primaryBehindFinding(const QList<NodeSnapshot> &nodes,
                                                       const QString &primaryId);
    // Nodes whose history (historyId, when the nodes report one) differs from the primary's, or
    // that refuse writes for a history mismatch: their revisions mean different things.
    static QList<Finding> historyFindings(const QList<NodeSnapshot> &nodes,
                                          const QString &primaryId);
    // Revisions a replica may be ahead of the primary because the two answers were taken at
    // different moments around a write.
    static constexpr qint64 InFlightRevisions = 1;
};

class ConfigAgreementTracker final
{
public:
    explicit ConfigAgreementTracker(int stalledAfterSeconds = 60);

    struct Result
    {
        ConfigAgreementState state = ConfigAgreementState::Unknown;
        qint64 revisionsBehind = 0;
        qint64 behindSinceMs = 0; // 0: not behind
    };

    // One poll's observation of one node. Unknown observations leave the history alone: a node
    // that misses a poll is still as far behind as it was.
    Result observe(const QString &nodeId, std::optional<qint64> revision, const QString &checksum,
                   std::optional<qint64> primaryRevision, const QString &primaryChecksum,
                   qint64 nowMs);

    // The nodes with config agreement, revisionsBehind and behindSinceMs filled in, against the
    // node primaryId (or the node that calls itself primary when primaryId is empty).
    QList<NodeSnapshot> apply(const QList<NodeSnapshot> &nodes, const QString &primaryId,
                              qint64 nowMs);

    void setStalledAfterSeconds(int seconds) { m_stalledAfterMs = qint64(seconds) * 1000; }
    void forget(const QString &nodeId) { m_nodes.remove(nodeId); }
    void clear() { m_nodes.clear(); }

private:
    struct History
    {
        std::optional<qint64> revision;
        qint64 revisionSinceMs = 0; // when the node was first seen at this revision
        qint64 behindSinceMs = 0;
    };

    qint64 m_stalledAfterMs;
    QHash<QString, History> m_nodes;
};
