#include "SpectrumAccess.h"

#include "ConstantTime.h"
#include "SessionRevocations.h"
#include "SpectrumSessions.h"

namespace node {
namespace {

HttpResponse refused(const QString &detail, const QByteArray &challenge)
{
    return HttpResponse::problem(401, QStringLiteral("unauthorized"), detail)
        .withHeader("WWW-Authenticate", challenge);
}

HttpResponse invalidToken(const QString &detail)
{
    return refused(detail, "Bearer error=\"invalid_token\"");
}

} // namespace

SpectrumAccess::SpectrumAccess(const Credentials &credentials,
                               const SessionRevocations &revocations, SpectrumSessions &sessions,
                               bool hostCheck)
    : m_tokens(credentials.clusterSecret())
    , m_credentials(credentials)
    , m_revocations(revocations)
    , m_sessions(sessions)
    , m_hostCheck(hostCheck)
{}

QString SpectrumAccess::hostOf(const NodeRequest &request)
{
    // An IPv4 peer on a dual-stack socket arrives as ::ffff:a.b.c.d; one host, one spelling.
    bool isV4 = false;
    const quint32 v4 = request.peerAddress.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : request.peerAddress.toString();
}

QByteArray SpectrumAccess::cookie(const NodeRequest &request, const QByteArray &name)
{
    // "a=1; b=2"; several Cookie headers arrive joined by ", " or "; ".
    const QByteArray header = request.header("cookie");
    for (const QByteArray &part : header.split(';')) {
        for (const QByteArray &pair : part.split(',')) {
            const QByteArray trimmed = pair.trimmed();
            const qsizetype eq = trimmed.indexOf('=');
            if (eq > 0 && trimmed.left(eq) == name)
                return trimmed.mid(eq + 1).trimmed();
        }
    }
    return {};
}

std::variant<SpectrumCaller, HttpResponse> SpectrumAccess::check(const NodeRequest &request,
                                                                 qint64 nowMs)
{
    QByteArray token = Credentials::bearerToken(request.header("authorization"));
    if (token.isEmpty())
        token = cookie(request, "spectrum.authentication.token");
    if (token.isEmpty())
        return refused(QStringLiteral("an access token is required (Authorization: Bearer or "
                                      "the spectrum.authentication.token cookie)"),
                       "Bearer realm=\"Spectrum\"");
    const std::optional<SpectrumClaims> claims = m_tokens.read(token);
    if (!claims)
        return invalidToken(QStringLiteral("the token is not valid"));
    if (claims->expiresAtMs != 0 && claims->expiresAtMs <= nowMs)
        return invalidToken(QStringLiteral("the token has expired"));
    const std::optional<Identity> identity = m_credentials.currentUser(claims->user, claims->epoch);
    if (!identity)
        return invalidToken(QStringLiteral("the token's user or password has changed"));
    if (m_hostCheck && claims->host != hostOf(request))
        return invalidToken(QStringLiteral("the token was issued to another host (the host "
                                           "check is on)"));
    if (auto refusal = sessionRefusal(request, *claims, nowMs))
        return *refusal;
    Identity caller = *identity;
    caller.session = claims->session;
    caller.expiresAtSeconds = claims->expiresAtMs / 1000;
    return SpectrumCaller{caller, *claims};
}

std::optional<HttpResponse> SpectrumAccess::sessionRefusal(const NodeRequest &request,
                                                           const SpectrumClaims &claims,
                                                           qint64 nowMs)
{
    if (claims.session.isEmpty())
        return std::nullopt; // an open token
    const QByteArray session = cookie(request, "SESSION");
    if (session.isEmpty())
        return invalidToken(QStringLiteral("a session token needs the SESSION cookie"));
    if (!ConstantTime::equals(session, claims.session.toLatin1()))
        return invalidToken(QStringLiteral("the SESSION cookie names another session"));
    if (m_revocations.isRevoked(claims.session))
        return invalidToken(QStringLiteral("the session has ended (logout)"));
    if (m_sessions.isIdle(claims.session, claims.issuedAtMs, nowMs))
        return invalidToken(QStringLiteral("the session expired after %1 s without use")
                                .arg(m_sessions.idleMs() / 1000));
    m_sessions.touch(claims.session, nowMs);
    return std::nullopt;
}

} // namespace node
