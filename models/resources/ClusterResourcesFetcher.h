#pragma once
// ClusterResourcesFetcher: reads one cluster for a comparison or a sync plan: who we are signed
// in as, its resources (of one type or all), and, with a nonce, the secret digests of every
// resource that has a secret set. Asynchronous; finished() comes once.

#include "ClusterEndpoint.h"
#include "ResourceDiff.h"
#include "SessionInfo.h"

#include <QObject>
#include <QPointer>

#include <optional>

// One cluster as read for the cross-cluster tools.
struct ClusterReading
{
    ClusterResources resources;         // label, resources (with ETags), secret digests
    std::optional<SessionInfo> session; // nullopt: the node did not say
    QString error;                      // non-empty: the resources could not be read
    bool digestsUnavailable = false;    // the cluster refused or does not know secret digests

    bool isOk() const { return error.isEmpty(); }
};

class ClusterResourcesFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterResourcesFetcher)

public:
    // `endpoint` must outlive the fetcher.
    explicit ClusterResourcesFetcher(ClusterEndpoint *endpoint, QObject *parent = nullptr);

    // Lists asked again when they come from a node behind `minRevision` (see start()).
    static constexpr int MaxLaggingLists = 4;

    // `type` empty: every type. `nonce` empty: no secret digests. `minRevision`: the console
    // wrote this revision on the cluster itself, so a list older than it comes from a replica
    // that has not caught up (the load balancer takes turns): it is asked again, up to
    // MaxLaggingLists times, and then reported as an error rather than shown as the cluster's.
    void start(const QString &type, const QByteArray &nonce, qint64 minRevision = -1);
    bool isFinished() const { return m_finished; }
    const ClusterReading &reading() const { return m_reading; }

    // A fresh random nonce (32 lower-case hex digits) for one comparison: every cluster of that
    // comparison must get the same one.
    static QByteArray newNonce();
    // What a node answers for `secret` under `nonce` (HMAC-SHA256, lower-case hex).
    static QString secretDigest(const QByteArray &nonce, const QString &secret);

Q_SIGNALS:
    void finished();

private:
    void requestList();
    void onList(const ResourceResult &result);
    void requestDigests(qsizetype index);
    void onDigests(qsizetype index, const ApiResult &result);
    void finish();

    QPointer<ClusterEndpoint> m_endpoint;
    QByteArray m_nonce;
    QString m_type;
    qint64 m_minRevision = -1;
    int m_laggingLists = 0;
    ClusterReading m_reading;
    QList<qsizetype> m_withSecrets; // indexes into the resource list
    qsizetype m_digestsPending = 0;
    bool m_sessionDone = false;
    bool m_listDone = false;
    bool m_finished = false;
};
