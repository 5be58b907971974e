#include "SessionRevocations.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <memory>

namespace node {
namespace {

constexpr int kRequestTimeoutMs = 2000;
constexpr int kRetryIntervalMs = 2000;

QNetworkRequest internalRequest(const QUrl &peerUrl, const QByteArray &secret)
{
    QUrl url = peerUrl;
    url.setPath(url.path() + QStringLiteral("/internal/v1/revocations"));
    QNetworkRequest request(url);
    request.setRawHeader("X-Cluster-Secret", secret);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(kRequestTimeoutMs);
    return request;
}

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

SessionRevocations::SessionRevocations(const NodeOptions &options, QByteArray clusterSecret,
                                       QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clusterSecret(std::move(clusterSecret))
    , m_network(network)
{
    m_retryTimer.setInterval(kRetryIntervalMs);
    connect(&m_retryTimer, &QTimer::timeout, this, &SessionRevocations::retryPending);
}

void SessionRevocations::start()
{
    for (const PeerOption &peer : m_options.peers)
        pull(peer);
}

bool SessionRevocations::add(const QString &session, qint64 expiresAtSeconds, qint64 now)
{
    if (session.isEmpty() || expiresAtSeconds <= now)
        return true; // nothing left to revoke
    if (m_revoked.size() >= kMaxSessions && !m_revoked.contains(session))
        prune(now);
    if (m_revoked.size() >= kMaxSessions && !m_revoked.contains(session))
        return false;
    qint64 &expires = m_revoked[session];
    expires = std::max(expires, expiresAtSeconds);
    return true;
}

void SessionRevocations::revokeEverywhere(const QString &session, qint64 expiresAtSeconds,
                                          std::function<void(const QStringList &)> done)
{
    struct Round
    {
        int waiting = 0;
        QStringList unconfirmed;
        std::function<void(const QStringList &)> done;
    };
    auto round = std::make_shared<Round>();
    round->waiting = int(m_options.peers.size());
    round->done = std::move(done);
    if (round->waiting == 0) {
        round->done({});
        return;
    }
    for (const PeerOption &peer : m_options.peers) {
        const Pending pending{peer, session, expiresAtSeconds};
        push(pending, [this, round, pending](bool confirmed) {
            if (!confirmed) {
                round->unconfirmed << pending.peer.id;
                m_pending.append(pending);
                m_retryTimer.start();
            }
            if (--round->waiting == 0)
                round->done(round->unconfirmed);
        });
    }
}

void SessionRevocations::push(const Pending &pending, std::function<void(bool)> done)
{
    const QJsonArray entries{QJsonObject{{QStringLiteral("session"), pending.session},
                                         {QStringLiteral("expires"), pending.expiresAtSeconds}}};
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("sessions"), entries}}).toJson();
    QNetworkReply *reply =
        m_network->post(internalRequest(pending.peer.url, m_clusterSecret), body);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        done(reply->error() == QNetworkReply::NoError && status == 200);
    });
}

void SessionRevocations::retryPending()
{
    const qint64 now = nowSeconds();
    QList<Pending> due;
    due.swap(m_pending);
    for (const Pending &pending : std::as_const(due)) {
        if (pending.expiresAtSeconds <= now)
            continue; // the token is dead anyway
        push(pending, [this, pending](bool confirmed) {
            if (!confirmed)
                m_pending.append(pending);
        });
    }
    if (m_pending.isEmpty() && due.isEmpty())
        m_retryTimer.stop();
}

void SessionRevocations::pull(const PeerOption &peer)
{
    QNetworkReply *reply = m_network->get(internalRequest(peer.url, m_clusterSecret));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError)
            return; // that peer is down: it has nothing newer than the others
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        merge(answer.value(QLatin1String("sessions")), nowSeconds());
    });
}

QJsonArray SessionRevocations::toJson(qint64 now) const
{
    QJsonArray entries;
    for (auto it = m_revoked.cbegin(); it != m_revoked.cend(); ++it) {
        if (it.value() > now)
            entries.append(QJsonObject{{QStringLiteral("session"), it.key()},
                                       {QStringLiteral("expires"), it.value()}});
    }
    return entries;
}

bool SessionRevocations::merge(const QJsonValue &entries, qint64 now)
{
    if (!entries.isArray())
        return false;
    bool ok = true;
    for (const QJsonValue &value : entries.toArray()) {
        const QJsonObject entry = value.toObject();
        const QString session = entry.value(QLatin1String("session")).toString();
        const QJsonValue expires = entry.value(QLatin1String("expires"));
        if (session.isEmpty() || session.size() > 64 || !expires.isDouble()) {
            ok = false;
            continue;
        }
        ok = add(session, expires.toInteger(), now) && ok;
    }
    return ok;
}

void SessionRevocations::prune(qint64 now)
{
    m_revoked.removeIf([now](const auto &it) { return it.value() <= now; });
}

} // namespace node
