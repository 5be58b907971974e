#pragma once
// /internal/v1: what nodes ask each other (heartbeat status, the replication feed, forwarded
// writes, revoked token sessions) and the fault-injection switch used by tests. The route
// table's PeersOnly scope checks that the request comes from a peer with the cluster secret.

#include "NodeContext.h"
#include "NodeRequest.h"
#include "RouteTable.h"

namespace node {

class ResourceRoutes;

class InternalRoutes final
{
public:
    InternalRoutes(NodeContext &context, ResourceRoutes &resources);

    void addRoutes(RouteTable &table);

private:
    void changes(const NodeRequest &request, const ExchangePtr &exchange);
    void write(const NodeRequest &request, const ExchangePtr &exchange);
    void status(const NodeRequest &request, const ExchangePtr &exchange);
    void setFaults(const NodeRequest &request, const ExchangePtr &exchange);
    void mergeRevocations(const NodeRequest &request, const ExchangePtr &exchange);
    HttpResponse changesAnswer(qint64 after) const;

    NodeContext &m_context;
    ResourceRoutes &m_resources;
};

} // namespace node
