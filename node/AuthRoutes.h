#pragma once
// The Spectrum-style session endpoints: GET /security/rest/token/access/session/{ttlMinutes}
// (HTTP Basic in, a signed token out) and GET /security/rest/token/logout (the caller's token
// session revoked on every node of the cluster).

#include "Authenticator.h"
#include "NodeContext.h"
#include "NodeRequest.h"
#include "RouteTable.h"

namespace node {

class SessionRevocations;

class AuthRoutes final
{
public:
    AuthRoutes(NodeContext &context, Authenticator &authenticator);

    void addRoutes(RouteTable &table);

    // A logout's end, for both token kinds: revokes `session` (remembered until
    // `untilSeconds`) here and on every peer, then answers 200 with the peers that did not
    // confirm, or 503 when the table is full.
    static void revokeAndAnswer(SessionRevocations *revocations, const QString &session,
                                qint64 untilSeconds, const ExchangePtr &exchange);

private:
    void token(const NodeRequest &request, const QString &client, const ExchangePtr &exchange);
    void logout(const NodeRequest &request, const QString &client, const ExchangePtr &exchange);

    NodeContext &m_context;
    Authenticator &m_authenticator;
};

} // namespace node
