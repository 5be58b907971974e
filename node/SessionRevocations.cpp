#include "SessionRevocations.h"

#include "FaultState.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <memory>

namespace node {

SessionRevocations::SessionRevocations(const NodeOptions &options, const FaultState &clock,
                                       QByteArray clusterSecret, QNetworkAccessManager *network,
                                       QObject *parent)
    : PeerSessionTable(options, clock, std::move(clusterSecret), network,
                       QStringLiteral("/internal/v1/revocations"), QLatin1String("expires"), parent)
{
    m_retryTimer.setInterval(kRetryIntervalMs);
    connect(&m_retryTimer, &QTimer::timeout, this, &SessionRevocations::retryPending);
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
    const QByteArray request = body({entry(pending.session, pending.expiresAtSeconds)});
    QNetworkReply *reply = m_network->post(peerRequest(pending.peer.url), request);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        done(reply->error() == QNetworkReply::NoError && status == 200);
    });
}

void SessionRevocations::retryPending()
{
    const qint64 nowSeconds = now();
    QList<Pending> due;
    due.swap(m_pending);
    for (const Pending &pending : std::as_const(due)) {
        if (pending.expiresAtSeconds <= nowSeconds)
            continue; // the token is dead anyway
        push(pending, [this, pending](bool confirmed) {
            if (!confirmed)
                m_pending.append(pending);
        });
    }
    if (m_pending.isEmpty() && due.isEmpty())
        m_retryTimer.stop();
}

bool SessionRevocations::isLive(qint64 expiresAtSeconds, qint64 nowSeconds) const
{
    return expiresAtSeconds > nowSeconds;
}

bool SessionRevocations::take(const QString &session, qint64 expiresAtSeconds, qint64 nowSeconds)
{
    return add(session, expiresAtSeconds, nowSeconds);
}

qint64 SessionRevocations::now() const
{
    return m_clock.nowMs() / 1000;
}

void SessionRevocations::prune(qint64 now)
{
    m_revoked.removeIf([now](const auto &it) { return it.value() <= now; });
}

} // namespace node
