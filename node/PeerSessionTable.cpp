#include "PeerSessionTable.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace node {
namespace {

constexpr int kRequestTimeoutMs = 2000;

} // namespace

PeerSessionTable::PeerSessionTable(const NodeOptions &options, const FaultState &clock,
                                   QByteArray clusterSecret, QNetworkAccessManager *network,
                                   QString routePath, QLatin1String valueKey, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(clock)
    , m_network(network)
    , m_clusterSecret(std::move(clusterSecret))
    , m_routePath(std::move(routePath))
    , m_valueKey(valueKey)
{}

void PeerSessionTable::start()
{
    for (const PeerOption &peer : m_options.peers)
        pull(peer);
}

QJsonArray PeerSessionTable::toJson(qint64 now) const
{
    QJsonArray entries;
    const QHash<QString, qint64> &sessions = table();
    for (auto it = sessions.cbegin(); it != sessions.cend(); ++it) {
        if (isLive(it.value(), now))
            entries.append(entry(it.key(), it.value()));
    }
    return entries;
}

bool PeerSessionTable::merge(const QJsonValue &entries, qint64 now)
{
    if (!entries.isArray())
        return false;
    bool ok = true;
    for (const QJsonValue &value : entries.toArray()) {
        const QJsonObject entry = value.toObject();
        const QString session = entry.value(QLatin1String("session")).toString();
        const QJsonValue time = entry.value(m_valueKey);
        if (session.isEmpty() || session.size() > 64 || !time.isDouble()) {
            ok = false;
            continue;
        }
        ok = take(session, time.toInteger(), now) && ok;
    }
    return ok;
}

QJsonObject PeerSessionTable::entry(const QString &session, qint64 value) const
{
    return QJsonObject{{QStringLiteral("session"), session}, {m_valueKey, value}};
}

QByteArray PeerSessionTable::body(const QJsonArray &entries)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("sessions"), entries}}).toJson();
}

QNetworkRequest PeerSessionTable::peerRequest(const QUrl &peerUrl) const
{
    QUrl url = peerUrl;
    url.setPath(url.path() + m_routePath);
    QNetworkRequest request(url);
    request.setRawHeader("X-Cluster-Secret", m_clusterSecret);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(kRequestTimeoutMs);
    return request;
}

void PeerSessionTable::pull(const PeerOption &peer)
{
    QNetworkReply *reply = m_network->get(peerRequest(peer.url));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError)
            return; // that peer is down: it has nothing newer than the others
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        merge(answer.value(QLatin1String("sessions")), now());
    });
}

} // namespace node
