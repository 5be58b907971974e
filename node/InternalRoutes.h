#pragma once
// /internal/v1: what nodes ask each other (heartbeat status, the replication feed, forwarded
// writes, revoked token sessions) and the fault-injection switch used by tests. The caller
// checks that the request comes from a peer and carries the cluster secret.

#include "ApiRequest.h"
#include "NodeContext.h"

namespace node {

class ResourceRoutes;

class InternalRoutes final
{
public:
    InternalRoutes(NodeContext &context, ResourceRoutes &resources);

    // False when the path is not an internal route.
    bool handle(const ApiRequest &request, const ExchangePtr &exchange);

private:
    void changes(const ApiRequest &request, const ExchangePtr &exchange);
    void write(const ApiRequest &request, const ExchangePtr &exchange);
    void status(const ApiRequest &request, const ExchangePtr &exchange);
    void faults(const ApiRequest &request, const ExchangePtr &exchange);
    void revocations(const ApiRequest &request, const ExchangePtr &exchange);
    HttpResponse changesAnswer(qint64 after) const;

    NodeContext &m_context;
    ResourceRoutes &m_resources;
};

} // namespace node
