#pragma once
// GET /metrics: the node in the Prometheus text format, for a scraper that holds no token.
// It is open like /healthz, so it carries nothing secret and nothing per user: counts by route
// pattern and status, the revision, replication and the node's identity (docs/api.md
// "Metrics").

#include "NodeContext.h"
#include "RouteTable.h"

#include "ExpositionWriter.h"

namespace node {

class NodeMetricsRoutes final
{
public:
    explicit NodeMetricsRoutes(NodeContext &context);

    void addRoutes(RouteTable &table);
    // The whole page as it would be answered now.
    QByteArray page() const;

private:
    void writeNode(metrics::ExpositionWriter &writer) const;
    void writeReplication(metrics::ExpositionWriter &writer) const;

    NodeContext &m_context;
};

} // namespace node
