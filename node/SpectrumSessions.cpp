#include "SpectrumSessions.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <algorithm>

namespace node {
namespace {

constexpr int kRequestTimeoutMs = 2000;

QNetworkRequest internalRequest(const QUrl &peerUrl, const QByteArray &secret)
{
    QUrl url = peerUrl;
    url.setPath(url.path() + QStringLiteral("/internal/v1/spectrum-sessions"));
    QNetworkRequest request(url);
    request.setRawHeader("X-Cluster-Secret", secret);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(kRequestTimeoutMs);
    return request;
}

} // namespace

SpectrumSessions::SpectrumSessions(const NodeOptions &options, QByteArray clusterSecret,
                                   QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clusterSecret(std::move(clusterSecret))
    , m_network(network)
    , m_idleMs(qint64(options.spectrumSessionIdleSeconds) * 1000)
{
    // A quarter of the idle time (within 100 ms..30 s): a session used just before a node's
    // last report is still fresh everywhere when the next report lands.
    m_gossip.setInterval(int(std::clamp<qint64>(m_idleMs / 4, 100, 30000)));
    m_gossip.setSingleShot(true);
    connect(&m_gossip, &QTimer::timeout, this, &SpectrumSessions::flush);
}

void SpectrumSessions::start()
{
    for (const PeerOption &peer : m_options.peers)
        pull(peer);
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
    for (const QString &session : std::as_const(m_unsent)) {
        entries.append(QJsonObject{{QStringLiteral("session"), session},
                                   {QStringLiteral("lastUsedMs"), m_lastUsedMs.value(session)}});
    }
    m_unsent.clear();
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("sessions"), entries}}).toJson();
    for (const PeerOption &peer : m_options.peers) {
        // Best effort: a peer that misses a report hears of the session with the next use.
        QNetworkReply *reply = m_network->post(internalRequest(peer.url, m_clusterSecret), body);
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }
}

void SpectrumSessions::pull(const PeerOption &peer)
{
    QNetworkReply *reply = m_network->get(internalRequest(peer.url, m_clusterSecret));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError)
            return;
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        merge(answer.value(QLatin1String("sessions")), QDateTime::currentMSecsSinceEpoch());
    });
}

QJsonArray SpectrumSessions::toJson(qint64 nowMs) const
{
    QJsonArray entries;
    for (auto it = m_lastUsedMs.cbegin(); it != m_lastUsedMs.cend(); ++it) {
        if (nowMs - it.value() <= m_idleMs)
            entries.append(QJsonObject{{QStringLiteral("session"), it.key()},
                                       {QStringLiteral("lastUsedMs"), it.value()}});
    }
    return entries;
}

bool SpectrumSessions::merge(const QJsonValue &entries, qint64 nowMs)
{
    if (!entries.isArray())
        return false;
    bool ok = true;
    for (const QJsonValue &value : entries.toArray()) {
        const QJsonObject entry = value.toObject();
        const QString session = entry.value(QLatin1String("session")).toString();
        const QJsonValue used = entry.value(QLatin1String("lastUsedMs"));
        // A report from the future (a peer's clock ahead) counts as now, no later.
        if (session.isEmpty() || session.size() > 64 || !used.isDouble()) {
            ok = false;
            continue;
        }
        record(session, std::min(used.toInteger(), nowMs), nowMs);
    }
    return ok;
}

} // namespace node
