#pragma once
// When each Spectrum-mode session token was last used, shared by the cluster so a session in
// use through the load balancer never expires for idleness on a node that did not see the
// latest requests: every node gossips the sessions it saw used to its peers (batched, at most
// every quarter of the idle time), takes the latest use it hears of, and asks its peers for
// their table when it starts. A session nobody reported counts from its token's issue time.

#include "PeerSessionTable.h"

#include <QSet>
#include <QTimer>

namespace node {

// The table holds the latest use in unix ms; toJson() gives the sessions not yet idle
// ({"session": "<id>", "lastUsedMs": <unix ms>}) and merge() takes the later use of each.
class SpectrumSessions final : public PeerSessionTable
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpectrumSessions)

public:
    SpectrumSessions(const NodeOptions &options, const FaultState &clock, QByteArray clusterSecret,
                     QNetworkAccessManager *network, QObject *parent = nullptr);

    qint64 idleMs() const { return m_idleMs; }
    // How long the gossip may lag behind a use.
    int gossipIntervalMs() const { return m_gossip.interval(); }

    // True when the session was last used (anywhere we heard of) longer ago than the idle time.
    bool isIdle(const QString &session, qint64 issuedAtMs, qint64 nowMs) const;
    // A use now: recorded here and gossiped to the peers with the next batch.
    void touch(const QString &session, qint64 nowMs);

private:
    const QHash<QString, qint64> &table() const override { return m_lastUsedMs; }
    bool isLive(qint64 lastUsedMs, qint64 nowMs) const override;
    bool take(const QString &session, qint64 usedMs, qint64 nowMs) override;
    qint64 now() const override;
    void record(const QString &session, qint64 usedMs, qint64 nowMs);
    void flush();

    qint64 m_idleMs;
    QHash<QString, qint64> m_lastUsedMs;
    QSet<QString> m_unsent; // used since the last gossip
    QTimer m_gossip;
};

} // namespace node
