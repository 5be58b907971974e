#include "SpectrumSessions.h"

#include "FaultState.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <algorithm>

namespace node {

SpectrumSessions::SpectrumSessions(const NodeOptions &options, const FaultState &clock,
                                   QByteArray clusterSecret, QNetworkAccessManager *network,
                                   QObject *parent)
    : PeerSessionTable(options, clock, std::move(clusterSecret), network,
                       QStringLiteral("/internal/v1/spectrum-sessions"),
                       QLatin1String("lastUsedMs"), parent)
    , m_idleMs(qint64(options.spectrumSessionIdleSeconds) * 1000)
{
    // A quarter of the idle time (within 100 ms..30 s): a session used just before a node's
    // last report is still fresh everywhere when the next report lands.
    m_gossip.setInterval(int(std::clamp<qint64>(m_idleMs / 4, 100, 30000)));
    m_gossip.setSingleShot(true);
    connect(&m_gossip, &QTimer::timeout, this, &SpectrumSessions::flush);
}

bool SpectrumSessions::isIdle(const QString &session, qint64 issuedAtMs, qint64 nowMs) const
{
    const qint64 lastUsed = std::max(issuedAtMs, m_lastUsedMs.value(session, 0));
    return nowMs - lastUsed > m_idleMs;
}

void SpectrumSessions::touch(const QString &session, qint64 nowMs)
{
    record(session, nowMs, nowMs);
    if (m_options.peers.isEmpty())
        return;
    m_unsent.insert(session);
    if (!m_gossip.isActive())
        m_gossip.start();
}

void SpectrumSessions::record(const QString &session, qint64 usedMs, qint64 nowMs)
{
    if (nowMs - usedMs > m_idleMs)
        return; // idle already: nothing to remember
    if (m_lastUsedMs.size() >= kMaxSessions && !m_lastUsedMs.contains(session))
        m_lastUsedMs.removeIf([&](const auto &it) { return nowMs - it.value() > m_idleMs; });
    if (m_lastUsedMs.size() >= kMaxSessions && !m_lastUsedMs.contains(session))
        return; // full of live sessions: this one counts from its issue time
    qint64 &lastUsed = m_lastUsedMs[session];
    lastUsed = std::max(lastUsed, usedMs);
}

void SpectrumSessions::flush()
{
    QJsonArray entries;
    for (const QString &session : std::as_const(m_unsent))
        entries.append(entry(session, m_lastUsedMs.value(session)));
    m_unsent.clear();
    const QByteArray report = body(entries);
    for (const PeerOption &peer : m_options.peers) {
        // Best effort: a peer that misses a report hears of the session with the next use.
        QNetworkReply *reply = m_network->post(peerRequest(peer.url), report);
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }
}

bool SpectrumSessions::isLive(qint64 lastUsedMs, qint64 nowMs) const
{
    return nowMs - lastUsedMs <= m_idleMs;
}

bool SpectrumSessions::take(const QString &session, qint64 usedMs, qint64 nowMs)
{
    // A report from the future (a peer's clock ahead) counts as now, no later.
    record(session, std::min(usedMs, nowMs), nowMs);
    return true;
}

qint64 SpectrumSessions::now() const
{
    return m_clock.nowMs();
}

} // namespace node
