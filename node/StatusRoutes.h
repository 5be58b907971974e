#pragma once
// Read-only views of the node and the cluster: /healthz, /api/v1/node, session, time, cluster,
// config/changes, config/requests/{id}, license and dataflows.

#include "ApiRequest.h"
#include "Credentials.h"
#include "NodeContext.h"

namespace node {

class StatusRoutes final
{
public:
    explicit StatusRoutes(NodeContext &context);

    void health(const ExchangePtr &exchange);
    // GET /api/v1/session: who the caller is and whether it may write, so a console can go
    // read-only up front instead of after a refused save.
    void session(const ApiRequest &request, const Identity &identity, const ExchangePtr &exchange);
    // False when the path is not one of these routes.
    bool handle(const ApiRequest &request, const ExchangePtr &exchange);

private:
    QJsonObject nodeView() const;
    QJsonObject clusterView() const;
    // A digest of the member list (ids, URLs, roles), the same on every node that agrees on it.
    QString membershipEtag() const;
    HttpResponse configChanges(const ApiRequest &request) const;
    // GET /api/v1/config/requests/{id}: the change a request id made, from this copy's log
    // once it has caught up with the primary's.
    void requestLookup(const ApiRequest &request, const ExchangePtr &exchange);

    NodeContext &m_context;
};

} // namespace node
