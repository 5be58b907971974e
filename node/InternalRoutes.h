#pragma once
// /internal/v1: what nodes ask each other (heartbeat status, the replication feed, forwarded
// writes, revoked token sessions) and the fault-injection switch used by tests. The caller
// checks that the request comes from a peer and carries the cluster secret.

#include "NodeContext.h"
#include "NodeRequest.h"

namespace node {

class ResourceRoutes;

class InternalRoutes final
{
public:
    InternalRoutes(NodeContext &context, ResourceRoutes &resources);

    // False when the path is not an internal route.
    bool handle(const NodeRequest &request, const ExchangePtr &exchange);

private:
    void changes(const NodeRequest &request, const ExchangePtr &exchange);
    void write(const NodeRequest &request, const ExchangePtr &exchange);
    void status(const NodeRequest &request, const ExchangePtr &exchange);
    void faults(const NodeRequest &request, const ExchangePtr &exchange);
    void revocations(const NodeRequest &request, const ExchangePtr &exchange);
    HttpResponse changesAnswer(qint64 after) const;

    NodeContext &m_context;
    ResourceRoutes &m_resources;
};

} // namespace node
