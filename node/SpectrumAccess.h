#pragma once
// Who is calling in the Spectrum-compatible mode: the token from "Authorization: Bearer" or the
// cookie spectrum.authentication.token, checked for signature, expiry, the user as the users
// file has it now, the host that requested it (unless the host check is off), and for a
// session token the SESSION cookie, logout and idleness. A use that passes renews the
// session's idle timer. Every refusal is a 401 with a WWW-Authenticate header, never a 500.

#include "Credentials.h"
#include "HttpResponse.h"
#include "NodeRequest.h"
#include "SpectrumTokens.h"

#include <variant>

namespace node {

class SessionRevocations;
class SpectrumSessions;

struct SpectrumCaller
{
    Identity identity;
    SpectrumClaims claims;
};

class SpectrumAccess final
{
public:
    SpectrumAccess(const Credentials &credentials, const SessionRevocations &revocations,
                   SpectrumSessions &sessions, bool hostCheck);

    const SpectrumTokens &tokens() const { return m_tokens; }

    std::variant<SpectrumCaller, HttpResponse> check(const NodeRequest &request, qint64 nowMs);

    // The host a request comes from as this node sees it (its TCP peer: the load balancer for
    // a forwarded request), as tokens record it.
    static QString hostOf(const NodeRequest &request);
    // One cookie's value from the Cookie header(s); empty when absent.
    static QByteArray cookie(const NodeRequest &request, const QByteArray &name);

private:
    std::optional<HttpResponse> sessionRefusal(const NodeRequest &request,
                                               const SpectrumClaims &claims, qint64 nowMs);

    SpectrumTokens m_tokens;
    const Credentials &m_credentials;
    const SessionRevocations &m_revocations;
    SpectrumSessions &m_sessions;
    bool m_hostCheck;
};

} // namespace node
