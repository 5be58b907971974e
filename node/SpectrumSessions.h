#pragma once
// When each Spectrum-mode session token was last used, shared by the cluster so a session in
// use through the load balancer never expires for idleness on a node that did not see the
// latest requests: every node gossips the sessions it saw used to its peers (batched, at most
// every quarter of the idle time), takes the latest use it hears of, and asks its peers for
// their table when it starts. A session nobody reported counts from its token's issue time.

#include "NodeOptions.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QSet>
#include <QTimer>

class QNetworkAccessManager;

namespace node {

class SpectrumSessions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpectrumSessions)

public:
    static constexpr int kMaxSessions = 100000;

    SpectrumSessions(const NodeOptions &options, QByteArray clusterSecret,
                     QNetworkAccessManager *network, QObject *parent = nullptr);

    // Asks every peer for its table.
    void start();
    qint64 idleMs() const { return m_idleMs; }
    // How long the gossip may lag behind a use.
    int gossipIntervalMs() const { return m_gossip.interval(); }

    // True when the session was last used (anywhere we heard of) longer ago than the idle time.
    bool isIdle(const QString &session, qint64 issuedAtMs, qint64 nowMs) const;
    // A use now: recorded here and gossiped to the peers with the next batch.
    void touch(const QString &session, qint64 nowMs);

    // [{"session": "<id>", "lastUsedMs": <unix ms>}...], the sessions not yet idle.
    QJsonArray toJson(qint64 nowMs) const;
    // Takes the later use of each valid entry; false when `entries` is not such an array.
    bool merge(const QJsonValue &entries, qint64 nowMs);

private:
    void record(const QString &session, qint64 usedMs, qint64 nowMs);
    void flush();
    void pull(const PeerOption &peer);

    const NodeOptions &m_options;
    QByteArray m_clusterSecret;
    QNetworkAccessManager *m_network;
    qint64 m_idleMs;
    QHash<QString, qint64> m_lastUsedMs;
    QSet<QString> m_unsent; // used since the last gossip
    QTimer m_gossip;
};

} // namespace node
