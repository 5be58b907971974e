#pragma once
// The Spectrum-style session endpoints: GET /security/rest/token/access/session/{ttlMinutes}
// (HTTP Basic in, a signed token out) and GET /security/rest/token/logout (the caller's token
// session revoked on every node of the cluster).

#include "Authenticator.h"
#include "NodeContext.h"
#include "NodeRequest.h"

namespace node {

class AuthRoutes final
{
public:
    AuthRoutes(NodeContext &context, Authenticator &authenticator);

    // False when the path is not one of these routes.
    bool handle(const NodeRequest &request, const QString &client, const ExchangePtr &exchange);

private:
    void token(const NodeRequest &request, const QString &client, const ExchangePtr &exchange);
    void logout(const NodeRequest &request, const QString &client, const ExchangePtr &exchange);

    NodeContext &m_context;
    Authenticator &m_authenticator;
};

} // namespace node
