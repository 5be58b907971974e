#pragma once
// The routes of the Spectrum-compatible mode (--spectrum-compatible): the token service
// (session and open tokens by HTTP Basic, logout, its WADL), the /rest and /soap service
// catalogues of the node's exposed dataflows, and the peers' exchange of session use
// (/internal/v1/spectrum-sessions). docs/api.md describes them.

#include "Authenticator.h"
#include "NodeContext.h"
#include "RouteTable.h"
#include "ServiceCatalogue.h"
#include "SpectrumAccess.h"

namespace node {

class SpectrumRoutes final
{
public:
    // `context.spectrumSessions` must be set.
    SpectrumRoutes(NodeContext &context, Authenticator &authenticator);

    void addRoutes(RouteTable &table);

private:
    void token(const RouteCall &call, bool withSession);
    void logout(const RouteCall &call);
    void catalogue(const RouteCall &call, ServiceCatalogue::Kind kind);
    void description(const RouteCall &call, ServiceCatalogue::Kind kind);
    void securityDescription(const RouteCall &call);
    // Runs `signedIn` with the caller when the request carries a usable token.
    void withCaller(const RouteCall &call,
                    const std::function<void(const SpectrumCaller &)> &signedIn);
    QList<ExposedService> services() const;
    QString baseUrl(const NodeRequest &request) const;

    NodeContext &m_context;
    Authenticator &m_authenticator;
    SpectrumAccess m_access;
};

} // namespace node
