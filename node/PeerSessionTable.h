#pragma once
// What SessionRevocations and SpectrumSessions share: a bounded table of session id -> time
// that the nodes of a cluster exchange on an internal route as
// {"sessions": [{"session": "<id>", "<valueKey>": <time>}...]}, asked from every peer when a
// node starts so a restart forgets nothing a peer still remembers. Each table says which
// entries are still live and what taking one it heard of means.

#include "NodeOptions.h"

#include <QHash>
#include <QJsonArray>
#include <QLatin1String>
#include <QObject>

class QNetworkAccessManager;
class QNetworkRequest;

namespace node {

class FaultState;

class PeerSessionTable : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeerSessionTable)

public:
    static constexpr int kMaxSessions = 100000;

    // Asks every peer for its table.
    void start();

    // The live entries at `now`, in the exchange format.
    QJsonArray toJson(qint64 now) const;
    QJsonArray toJson() const { return toJson(now()); }
    // Takes every valid entry; false when `entries` is not such an array, or an entry was
    // invalid or could not be taken.
    bool merge(const QJsonValue &entries, qint64 now);
    bool merge(const QJsonValue &entries) { return merge(entries, now()); }

protected:
    // `routePath` is the internal route below a peer's URL ("/internal/v1/revocations").
    // `clock` is the node's clock (FaultState::nowMs, injected offset included): the one its
    // tokens are issued and checked by, so a test can move a node's time instead of waiting.
    PeerSessionTable(const NodeOptions &options, const FaultState &clock, QByteArray clusterSecret,
                     QNetworkAccessManager *network, QString routePath, QLatin1String valueKey,
                     QObject *parent);

    // {"session": session, "<valueKey>": value}
    QJsonObject entry(const QString &session, qint64 value) const;
    // {"sessions": entries}, a request body.
    static QByteArray body(const QJsonArray &entries);
    // A request to the route on `peerUrl`, signed with the cluster secret.
    QNetworkRequest peerRequest(const QUrl &peerUrl) const;

    const NodeOptions &m_options;
    const FaultState &m_clock;
    QNetworkAccessManager *m_network;

private:
    virtual const QHash<QString, qint64> &table() const = 0;
    virtual bool isLive(qint64 value, qint64 now) const = 0;
    // A valid entry heard of; false when it could not be taken.
    virtual bool take(const QString &session, qint64 value, qint64 now) = 0;
    // The table's clock (seconds or milliseconds since the epoch).
    virtual qint64 now() const = 0;
    void pull(const PeerOption &peer);

    QByteArray m_clusterSecret;
    QString m_routePath;
    QLatin1String m_valueKey;
};

} // namespace node
