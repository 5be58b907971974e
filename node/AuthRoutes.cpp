#include "AuthRoutes.h"

#include "FaultState.h"

#include "SessionRevocations.h"

#include <QJsonArray>

namespace node {

AuthRoutes::AuthRoutes(NodeContext &context, Authenticator &authenticator)
    : m_context(context)
    , m_authenticator(authenticator)
{}

void AuthRoutes::addRoutes(RouteTable &table)
{
    // Any method: clients sign in with GET, and the route has never refused another method.
    table.add({{},
               QStringLiteral("/security/rest/token/access/session/{ttlMinutes}"),
               [this](const RouteCall &call) { token(call.request, call.client, call.exchange); }});
    table.add({"GET", QStringLiteral("/security/rest/token/logout"), [this](const RouteCall &call) {
                   logout(call.request, call.client, call.exchange);
               }});
}

void AuthRoutes::token(const NodeRequest &request, const QString &client,
                       const ExchangePtr &exchange)
{
    bool ok = false;
    const int ttlMinutes = request.segments.last().toInt(&ok);
    if (!ok || ttlMinutes < 1 || ttlMinutes > 1440) {
        exchange->send(HttpResponse::problem(400, QStringLiteral("bad-request"),
                                             QStringLiteral("ttlMinutes must be an integer "
                                                            "1..1440")));
        return;
    }
    Credentials *credentials = m_context.credentials;
    const FaultState *clock = m_context.faults;
    m_authenticator.authenticate(
        request.header("authorization"), client, Authenticator::Accept::BasicOnly,
        [credentials, clock, exchange, ttlMinutes](const AuthOutcome &outcome) {
            if (!outcome.identity) {
                exchange->send(outcome.failure);
                return;
            }
            const qint64 expires = clock->nowMs() / 1000 + qint64(ttlMinutes) * 60;
            const IssuedToken issued = credentials->issueToken(*outcome.identity, expires);
            exchange->send(HttpResponse::json(
                200, {{QStringLiteral("access_token"), QString::fromLatin1(issued.token)},
                      {QStringLiteral("session"), issued.session},
                      {QStringLiteral("username"), outcome.identity->user}}));
        });
}

void AuthRoutes::logout(const NodeRequest &request, const QString &client,
                        const ExchangePtr &exchange)
{
    SessionRevocations *revocations = m_context.revocations;
    m_authenticator.authenticate(
        request.header("authorization"), client, Authenticator::Accept::BearerOnly,
        [revocations, exchange](const AuthOutcome &outcome) {
            if (!outcome.identity || outcome.identity->session.isEmpty()) {
                exchange->send(outcome.identity
                                   ? HttpResponse::problem(401, QStringLiteral("unauthorized"),
                                                           QStringLiteral("not a session token"))
                                   : outcome.failure);
                return;
            }
            revokeAndAnswer(revocations, outcome.identity->session,
                            outcome.identity->expiresAtSeconds, exchange);
        });
}

void AuthRoutes::revokeAndAnswer(SessionRevocations *revocations, const QString &session,
                                 qint64 untilSeconds, const ExchangePtr &exchange)
{
    if (!revocations->add(session, untilSeconds)) {
        exchange->send(HttpResponse::problem(503, QStringLiteral("busy"),
                                             QStringLiteral("too many revoked sessions"))
                           .withHeader("Retry-After", "60"));
        return;
    }
    // Answer once every peer confirmed (or failed and is being retried), so a client that
    // tries the token anywhere right after the answer is refused.
    revocations->revokeEverywhere(
        session, untilSeconds, [exchange, session](const QStringList &unconfirmed) {
            exchange->send(HttpResponse::json(200, {{QStringLiteral("session"), session},
                                                    {QStringLiteral("revoked"), true},
                                                    {QStringLiteral("unconfirmedNodes"),
                                                     QJsonArray::fromStringList(unconfirmed)}}));
        });
}

} // namespace node
