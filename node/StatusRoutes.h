#pragma once
// Read-only views of the node and the cluster: /healthz, /api/v1/node, session, time, cluster,
// config/changes, config/requests/{id}, license and dataflows.

#include "Credentials.h"
#include "NodeContext.h"
#include "NodeRequest.h"
#include "RouteTable.h"

namespace node {

class StatusRoutes final
{
public:
    explicit StatusRoutes(NodeContext &context);

    void addRoutes(RouteTable &table);

private:
    void health(const ExchangePtr &exchange);
    // GET /api/v1/session: who the caller is and whether it may write, so a console can go
    // read-only up front instead of after a refused save.
    void session(const Identity &identity, const ExchangePtr &exchange);
    // GET /api/v1/node: the node's view plus the instants the request arrived (t1Us) and the
    // answer left (t2Us) on the node's clock, so one exchange is also a clock sample.
    void node(const NodeRequest &request, const ExchangePtr &exchange);
    // Adds a GET route answered by `answer` alone.
    void addView(RouteTable &table, const QString &pattern,
                 std::function<HttpResponse(const NodeRequest &)> answer);
    QJsonObject nodeView() const;
    QJsonObject clusterView() const;
    HttpResponse configChanges(const NodeRequest &request) const;
    // GET /api/v1/config/requests/{id}: the change a request id made, from this copy's log
    // once it has caught up with the primary's.
    void requestLookup(const NodeRequest &request, const ExchangePtr &exchange);

    NodeContext &m_context;
};

} // namespace node
