#pragma once
// The Spectrum-style session endpoints: GET /security/rest/token/access/session/{ttlMinutes}
// (HTTP Basic in, a signed token out) and GET /security/rest/token/logout (the caller's token
// session revoked on every node of the cluster).

#include "Authenticator.h"
#include "NodeContext.h"
#include "NodeRequest.h"
#include "RouteTable.h"

namespace node {

class AuthRoutes final
{
public:
    AuthRoutes(NodeContext &context, Authenticator &authenticator);

    void addRoutes(RouteTable &table);

private:
    void token(const NodeRequest &request, const QString &client, const ExchangePtr &exchange);
    void logout(const NodeRequest &request, const QString &client, const ExchangePtr &exchange);

    NodeContext &m_context;
    Authenticator &m_authenticator;
};

} // namespace node
