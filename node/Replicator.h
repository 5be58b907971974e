#pragma once
// Replica side of replication: long-polls the primary's change log and applies it in order,
// forwards public writes to the primary and lets their answers wait until the write has
// reached this copy. On the primary it only reports the primary's own state.

#include "HttpResponse.h"
#include "NodeOptions.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace node {

class ConfigDatabase;
class FaultState;
class RevisionWaiters;

class Replicator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Replicator)

public:
    Replicator(const NodeOptions &options, ConfigDatabase &database, FaultState &faults,
               QByteArray clusterSecret, QNetworkAccessManager *network, QObject *parent = nullptr);

    void start();
    bool isPrimary() const { return m_options.isPrimary(); }
    qint64 primaryRevision() const;
    QDateTime lastSyncAt() const;
    QString syncState() const; // in-sync, catching-up, paused, primary-unreachable

    // Heartbeats tell the replica where the primary is even while replication is paused.
    void notePrimaryRevision(qint64 revision);
    void setPrimaryReachable(bool reachable);

    // Sends {"method", "type", "name", "user", "ifMatch", "ifNoneMatch", "body"} to the
    // primary's /internal/v1/write; `done` gets the primary's answer, or a 503 problem
    // with Retry-After when the primary cannot be reached. Nothing is applied locally.
    void forwardWrite(const QJsonObject &write, std::function<void(HttpResponse)> done);
    // Calls `done` once this copy has reached `revision`, or after `capMs` anyway.
    void whenRevisionReached(qint64 revision, int capMs, std::function<void()> done);

private:
    void poll();
    void handleChanges(QNetworkReply *reply);
    void retryLater();
    QUrl primaryEndpoint(const QString &path) const;

    const NodeOptions &m_options;
    ConfigDatabase &m_database;
    FaultState &m_faults;
    QByteArray m_clusterSecret;
    QNetworkAccessManager *m_network;
    RevisionWaiters *m_waiters;
    QPointer<QNetworkReply> m_pollReply;
    QTimer m_retryTimer;
    int m_backoffMs = 0;
    bool m_started = false;
    bool m_pollFailing = false;
    bool m_primaryReachable = true;
    qint64 m_primaryRevision = 0;
    QDateTime m_lastSyncAt;
};

} // namespace node
