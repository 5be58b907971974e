#pragma once
// POST /api/v1/resources/{type}/{name}/test: this node checks a resource definition from where
// it stands (ResourceProbe), within a time budget, and answers what it found per check. Side
// effect free; at most MaxConcurrent tests run at once, more answer 503 at once.

#include "NodeContext.h"
#include "RouteTable.h"

#include <QNetworkAccessManager>
#include <QThreadPool>

namespace node {

class ResourceTestRoutes final
{
public:
    static constexpr int MaxConcurrent = 8;
    static constexpr int DefaultTimeoutMs = 3000;
    static constexpr int MinTimeoutMs = 100;
    static constexpr int MaxTimeoutMs = 10000;

    explicit ResourceTestRoutes(NodeContext &context);
    ~ResourceTestRoutes();
    ResourceTestRoutes(const ResourceTestRoutes &) = delete;
    ResourceTestRoutes &operator=(const ResourceTestRoutes &) = delete;

    void addRoutes(RouteTable &table);

private:
    void test(const NodeRequest &request, const ExchangePtr &exchange);

    NodeContext &m_context;
    QNetworkAccessManager m_network;
    QThreadPool m_files; // file checks only: a hung mount must not take the global pool
    int m_running = 0;
    QObject m_probes; // parent of the running probes: they go (and abort) with the routes
};

} // namespace node
