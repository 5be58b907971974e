#pragma once
// Token sessions ended by logout, on every node. A node that revokes a session pushes it to
// each peer (POST /internal/v1/revocations) and keeps retrying a peer that did not confirm
// until the session would have expired anyway; a node that starts asks its peers for their
// list, so a restart forgets nothing that a peer still remembers. Entries expire with the
// token they revoke, and their number is bounded.

#include "NodeOptions.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QTimer>
#include <functional>

class QNetworkAccessManager;

namespace node {

class SessionRevocations final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionRevocations)

public:
    static constexpr int kMaxSessions = 100000;

    SessionRevocations(const NodeOptions &options, QByteArray clusterSecret,
                       QNetworkAccessManager *network, QObject *parent = nullptr);

    // Asks every peer for the sessions it has revoked.
    void start();

    bool isRevoked(const QString &session) const { return m_revoked.contains(session); }
    // False when the table is full of unexpired sessions (the caller answers 503).
    bool add(const QString &session, qint64 expiresAtSeconds, qint64 nowSeconds);
    // add() here, then push to every peer. `done` runs once each peer confirmed or failed,
    // with the ids of those that did not confirm (they are retried in the background).
    void revokeEverywhere(const QString &session, qint64 expiresAtSeconds,
                          std::function<void(const QStringList &unconfirmed)> done);

    // [{"session": "<uuid>", "expires": <unix seconds>}...], the unexpired ones.
    QJsonArray toJson(qint64 nowSeconds) const;
    // Adds every valid entry; false when `entries` is not such an array.
    bool merge(const QJsonValue &entries, qint64 nowSeconds);

private:
    struct Pending
    {
        PeerOption peer;
        QString session;
        qint64 expiresAtSeconds = 0;
    };
    void push(const Pending &pending, std::function<void(bool confirmed)> done);
    void pull(const PeerOption &peer);
    void retryPending();
    void prune(qint64 nowSeconds);

    const NodeOptions &m_options;
    QByteArray m_clusterSecret;
    QNetworkAccessManager *m_network;
    QHash<QString, qint64> m_revoked; // session -> token expiry (unix seconds)
    QList<Pending> m_pending;         // pushes a peer has not confirmed yet
    QTimer m_retryTimer;
};

} // namespace node
