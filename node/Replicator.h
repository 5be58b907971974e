#pragma once
// Replica side of replication: long-polls the primary's change log and applies it in order,
// forwards public writes to the primary and lets their answers wait until the write has
// reached this copy. On the primary it only reports the primary's own state.

#include "HistoryGuard.h"
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
    // in-sync, catching-up, paused, primary-unreachable, primary-behind, history-mismatch
    QString syncState() const;
    // Set while the primary's history disagrees with this copy's: this copy keeps its data,
    // applies nothing from that primary and refuses writes until an operator reseeds.
    std::optional<WriteRefusal> divergence() const { return m_divergence; }
    // How long the last batch of the primary's changes took to write here (none yet: nullopt),
    // and how many batches were applied since the start.
    std::optional<double> lastApplySeconds() const { return m_lastApplySeconds; }
    quint64 appliedBatches() const { return m_appliedBatches; }

    // Heartbeats tell the replica where the primary is even while replication is paused.
    void notePrimaryRevision(qint64 revision);
    void setPrimaryReachable(bool reachable);

    // Sends a WriteCommand's JSON to the primary's /internal/v1/write, at most once; `done`
    // gets the primary's answer. Without one: a 503 (with Retry-After) saying nothing was
    // written when no connection was made, else a 502/504 saying the outcome is unknown and
    // naming `requestId`, which the change log will show if the write was applied.
    void forwardWrite(const QJsonObject &write, const QString &requestId,
                      std::function<void(HttpResponse)> done);
    // Fetches and applies what the primary has beyond this copy now (no long-poll); `done`
    // gets false when the primary could not be asked or its changes could not be applied.
    void catchUpNow(std::function<void(bool)> done);
    // Calls `done` once this copy has reached `revision`, or after `capMs` anyway.
    void whenRevisionReached(qint64 revision, int capMs, std::function<void()> done);

private:
    void poll();
    void handleChanges(QNetworkReply *reply);
    // Applies one answer of /internal/v1/changes; false when it failed or was refused.
    bool applyAnswer(const QJsonObject &answer);
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
    std::optional<WriteRefusal> m_divergence;
    std::optional<double> m_lastApplySeconds;
    quint64 m_appliedBatches = 0;
};

} // namespace node
