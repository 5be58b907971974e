#include "Membership.h"

#include "FaultState.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <algorithm>

namespace node {
namespace {
constexpr int kIntervalMs = 1000;
constexpr int kRequestTimeoutMs = 1000;
constexpr qint64 kUnreachableAfterMs = 3000;
// Few samples, so an injected clock offset shows within ~3 heartbeats.
constexpr qsizetype kSamples = 3;
} // namespace

Membership::Membership(const NodeOptions &options, QByteArray clusterSecret,
                       const FaultState &faults, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clusterSecret(std::move(clusterSecret))
    , m_faults(faults)
    , m_network(network)
{
    for (const PeerOption &option : options.peers) {
        Peer peer;
        peer.status.id = option.id;
        peer.status.name = option.id;
        peer.status.url = option.url;
        peer.status.role =
            option.id == options.primaryId ? QStringLiteral("primary") : QStringLiteral("replica");
        m_peers.append(peer);
    }
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &Membership::pollAll);
}

void Membership::start()
{
    m_startedAt.start();
    pollAll();
    m_timer.start();
}

QList<PeerStatus> Membership::peers() const
{
    QList<PeerStatus> result;
    for (const Peer &peer : m_peers) {
        PeerStatus status = peer.status;
        status.reachable = isReachable(peer);
        result.append(status);
    }
    return result;
}

bool Membership::isPrimaryReachable() const
{
    return std::any_of(m_peers.begin(), m_peers.end(), [this](const Peer &peer) {
        return peer.status.id == m_options.primaryId && isReachable(peer);
    });
}

double Membership::clockOffsetMs(qint64 t0, qint64 t1, qint64 t2, qint64 t3)
{
    return double((t1 - t0) + (t2 - t3)) / 2.0 / 1000.0;
}

bool Membership::isReachable(const Peer &peer) const
{
    return peer.sinceAnswer.isValid() && peer.sinceAnswer.elapsed() < kUnreachableAfterMs;
}

void Membership::pollAll()
{
    for (Peer &peer : m_peers)
        poll(peer);
    const bool reachable = m_options.isPrimary() || isPrimaryReachable();
    if (reachable != m_primaryReachable && m_startedAt.elapsed() > kUnreachableAfterMs) {
        m_primaryReachable = reachable;
        Q_EMIT primaryReachableChanged(reachable);
    }
}

void Membership::poll(Peer &peer)
{
    if (peer.inFlight)
        return; // the previous heartbeat is still out; its own timeout ends it
    QUrl url = peer.status.url;
    url.setPath(url.path() + QStringLiteral("/internal/v1/status"));
    QNetworkRequest request(url);
    request.setRawHeader("X-Cluster-Secret", m_clusterSecret);
    request.setTransferTimeout(kRequestTimeoutMs);
    const qint64 t0 = m_faults.nowUs();
    QNetworkReply *reply = m_network->get(request);
    peer.inFlight = reply;
    const QString peerId = peer.status.id;
    connect(reply, &QNetworkReply::finished, this, [this, peerId, t0, reply] {
        handleAnswer(peerId, t0, reply);
        reply->deleteLater();
    });
}

void Membership::handleAnswer(const QString &peerId, qint64 t0, QNetworkReply *reply)
{
    const qint64 t3 = m_faults.nowUs();
    const auto peer = std::find_if(m_peers.begin(), m_peers.end(),
                                   [&](const Peer &p) { return p.status.id == peerId; });
    if (peer == m_peers.end() || reply->error() != QNetworkReply::NoError)
        return;
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    if (answer.value(QLatin1String("id")).toString() != peerId)
        return; // someone else answers at that address: not a heartbeat of this peer
    PeerStatus &status = peer->status;
    status.name = answer.value(QLatin1String("name")).toString(peerId);
    status.role = answer.value(QLatin1String("role")).toString(status.role);
    status.revision = answer.value(QLatin1String("revision")).toInteger();
    status.checksum = answer.value(QLatin1String("checksum")).toString();
    status.historyId = answer.value(QLatin1String("historyId")).toString();
    status.writesRefused = answer.value(QLatin1String("writesRefused")).toObject();
    status.serverVersion = answer.value(QLatin1String("serverVersion")).toString();
    status.schemaVersion = answer.value(QLatin1String("schemaVersion")).toInt();
    status.lastHeartbeat = QDateTime::fromMSecsSinceEpoch(t3 / 1000, Qt::UTC);
    peer->sinceAnswer.start();

    const qint64 t1 = answer.value(QLatin1String("t1Us")).toInteger();
    const qint64 t2 = answer.value(QLatin1String("t2Us")).toInteger();
    if (t1 > 0 && t2 >= t1) {
        // Of the recent samples the fastest round trip has the least queueing asymmetry.
        peer->samples.append({(t3 - t0) - (t2 - t1), clockOffsetMs(t0, t1, t2, t3)});
        if (peer->samples.size() > kSamples)
            peer->samples.removeFirst();
        const auto best = std::min_element(
            peer->samples.begin(), peer->samples.end(),
            [](const Sample &a, const Sample &b) { return a.roundTripUs < b.roundTripUs; });
        status.clockOffsetMs = best->offsetMs;
    }
    if (peerId == m_options.primaryId)
        Q_EMIT primaryRevisionSeen(status.revision);
}

} // namespace node
