#pragma once
// Token sessions ended by logout, on every node. A node that revokes a session pushes it to
// each peer (POST /internal/v1/revocations) and keeps retrying a peer that did not confirm
// until the session would have expired anyway; a node that starts asks its peers for their
// list, so a restart forgets nothing that a peer still remembers. Entries expire with the
// token they revoke, and their number is bounded.

#include "PeerSessionTable.h"

#include <QTimer>
#include <functional>

namespace node {

// The table holds each revoked session's token expiry in unix seconds; toJson() gives the
// unexpired ones ({"session": "<uuid>", "expires": <unix seconds>}) and merge() add()s each.
class SessionRevocations final : public PeerSessionTable
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionRevocations)

public:
    SessionRevocations(const NodeOptions &options, const FaultState &clock,
                       QByteArray clusterSecret, QNetworkAccessManager *network,
                       QObject *parent = nullptr);

    bool isRevoked(const QString &session) const { return m_revoked.contains(session); }
    // False when the table is full of unexpired sessions (the caller answers 503).
    bool add(const QString &session, qint64 expiresAtSeconds, qint64 nowSeconds);
    bool add(const QString &session, qint64 expiresAtSeconds)
    {
        return add(session, expiresAtSeconds, now());
    }
    // add() here, then push to every peer. `done` runs once each peer confirmed or failed,
    // with the ids of those that did not confirm (they are retried in the background).
    void revokeEverywhere(const QString &session, qint64 expiresAtSeconds,
                          std::function<void(const QStringList &unconfirmed)> done);

private:
    struct Pending
    {
        PeerOption peer;
        QString session;
        qint64 expiresAtSeconds = 0;
    };
    const QHash<QString, qint64> &table() const override { return m_revoked; }
    bool isLive(qint64 expiresAtSeconds, qint64 nowSeconds) const override;
    bool take(const QString &session, qint64 expiresAtSeconds, qint64 nowSeconds) override;
    qint64 now() const override;
    void push(const Pending &pending, std::function<void(bool confirmed)> done);
    void retryPending();
    void prune(qint64 nowSeconds);

    static constexpr int kRetryIntervalMs = 2000; // an unconfirmed push, tried again

    QHash<QString, qint64> m_revoked; // session -> token expiry (unix seconds)
    QList<Pending> m_pending;         // pushes a peer has not confirmed yet
    QTimer m_retryTimer;
};

} // namespace node
