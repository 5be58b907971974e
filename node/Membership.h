#pragma once
// The node's view of its peers: about once a second it asks each peer for
// /internal/v1/status, keeping the last answer, reachability (3 s without an answer means
// unreachable) and the peer's clock offset estimated NTP-style from the exchange.

#include "NodeOptions.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace node {

class FaultState;

struct PeerStatus
{
    QString id;
    QString name;
    QUrl url;
    QString role;
    bool reachable = false;
    QDateTime lastHeartbeat; // node clock when the last answer arrived; invalid if never
    qint64 revision = 0;
    QString historyId;
    QJsonObject writesRefused; // the peer's own WriteRefusal, empty while it takes writes
    QString checksum;
    double clockOffsetMs = 0.0; // peer clock minus this node's
    QString serverVersion;
    int schemaVersion = 0;
};

class Membership final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Membership)

public:
    Membership(const NodeOptions &options, QByteArray clusterSecret, const FaultState &faults,
               QNetworkAccessManager *network, QObject *parent = nullptr);

    void start();
    QList<PeerStatus> peers() const;
    bool isPrimaryReachable() const;

    // Pure NTP arithmetic (microseconds in, milliseconds out), public for tests.
    static double clockOffsetMs(qint64 t0, qint64 t1, qint64 t2, qint64 t3);

Q_SIGNALS:
    void primaryRevisionSeen(qint64 revision);
    void primaryReachableChanged(bool reachable);

private:
    struct Sample
    {
        qint64 roundTripUs = 0;
        double offsetMs = 0.0;
    };
    struct Peer
    {
        PeerStatus status;
        QElapsedTimer sinceAnswer; // invalid until the first answer
        QPointer<QNetworkReply> inFlight;
        QList<Sample> samples; // recent ones; the fastest round trip is the best estimate
    };

    void pollAll();
    void poll(Peer &peer);
    void handleAnswer(const QString &peerId, qint64 t0, QNetworkReply *reply);
    bool isReachable(const Peer &peer) const;

    const NodeOptions &m_options;
    QByteArray m_clusterSecret;
    const FaultState &m_faults;
    QNetworkAccessManager *m_network;
    QList<Peer> m_peers;
    QTimer m_timer;
    QElapsedTimer m_startedAt;
    bool m_primaryReachable = true; // assumed until 3 s pass without an answer
};

} // namespace node
