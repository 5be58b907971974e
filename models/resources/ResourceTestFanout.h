#pragma once
// ResourceTestFanout: asks every node to test resource definitions (POST
// /api/v1/resources/{type}/{name}/test through the load balancer, addressed to each node with
// X-Cluster-Node) and reports one ResourceTestResult per resource and node as it comes, a node
// that does not answer included. The one way the console tests resources.

#include "ResourceTestResult.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <chrono>

class ApiClient;
struct ApiResult;

struct ResourceRef
{
    QString type;
    QString name;
    bool operator==(const ResourceRef &) const = default;
};

class ResourceTestFanout final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceTestFanout)

public:
    static constexpr std::chrono::milliseconds DefaultBudget{3000};
    // How long past its budget a node may take to answer before it counts as not answering.
    static constexpr std::chrono::milliseconds AnswerGrace{2000};

    // `client` (not owned) must outlive this object; it signs the requests in.
    ResourceTestFanout(ApiClient *client, const QString &clusterId, const QString &clusterName,
                       QObject *parent = nullptr);
    ~ResourceTestFanout() override;

    void setBudget(std::chrono::milliseconds budget) { m_budget = budget; }
    std::chrono::milliseconds budget() const { return m_budget; }

    // Tests each resource on each node; a run already going is cancelled first (its cells are
    // not reported). False when there is nothing to test.
    bool run(const QList<ResourceRef> &resources, const QStringList &nodeIds);
    void cancel();
    bool isRunning() const { return !m_pending.isEmpty(); }

Q_SIGNALS:
    // One resource on one node: cluster, node, resource, time and outcome.
    void finished(const ResourceTestResult &result);
    // Every cell of the run has reported.
    void allFinished();

private:
    void onAnswer(quint64 id, const ResourceRef &resource, const QString &nodeId,
                  const ApiResult &answer);

    ApiClient *m_client;
    QString m_clusterId;
    QString m_clusterName;
    std::chrono::milliseconds m_budget = DefaultBudget;
    QSet<quint64> m_pending;
};
