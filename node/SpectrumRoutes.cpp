#include "SpectrumRoutes.h"

#include "AuthRoutes.h"
#include "ConfigDatabase.h"
#include "FaultState.h"
#include "SessionRevocations.h"
#include "SpectrumSessions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace node {
namespace {

constexpr qint64 kMaxTtlMinutes = 100LL * 366 * 24 * 60; // a century; 0 means never anyway

HttpResponse xmlAnswer(const QByteArray &body)
{
    HttpResponse response;
    response.status = 200;
    response.body = body;
    return response.withHeader("Content-Type", "application/xml; charset=utf-8");
}

std::optional<qint64> parseTtl(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("\\A[0-9]{1,12}\\z"));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    const qint64 ttl = text.toLongLong();
    return ttl <= kMaxTtlMinutes ? std::optional(ttl) : std::nullopt;
}

} // namespace

SpectrumRoutes::SpectrumRoutes(NodeContext &context, Authenticator &authenticator)
    : m_context(context)
    , m_authenticator(authenticator)
    , m_access(*context.credentials, *context.revocations, *context.spectrumSessions,
               context.options->spectrumHostCheck)
{}

void SpectrumRoutes::addRoutes(RouteTable &table)
{
    using Kind = ServiceCatalogue::Kind;
    const auto add = [&](const char *path, std::function<void(const RouteCall &)> handler) {
        table.add({"GET", QLatin1String(path), std::move(handler)});
    };
    add("/security/rest", [this](const RouteCall &call) { securityDescription(call); });
    add("/security/rest/token/access/session/{ttlMinutes}",
        [this](const RouteCall &call) { token(call, true); });
    add("/security/rest/token/access/{ttlMinutes}",
        [this](const RouteCall &call) { token(call, false); });
    add("/security/rest/token/logout", [this](const RouteCall &call) { logout(call); });
    add("/rest", [this](const RouteCall &call) { catalogue(call, Kind::Rest); });
    add("/rest/{service}", [this](const RouteCall &call) { description(call, Kind::Rest); });
    add("/soap", [this](const RouteCall &call) { catalogue(call, Kind::Soap); });
    add("/soap/{service}", [this](const RouteCall &call) { description(call, Kind::Soap); });
    SpectrumSessions *sessions = m_context.spectrumSessions;
    add("/internal/v1/spectrum-sessions", [sessions](const RouteCall &call) {
        call.exchange->send(
            HttpResponse::json(200, {{QStringLiteral("sessions"), sessions->toJson()}}));
    });
    table.add({"POST", QStringLiteral("/internal/v1/spectrum-sessions"),
               [sessions](const RouteCall &call) {
                   const QJsonDocument body = QJsonDocument::fromJson(call.request.body);
                   if (!sessions->merge(body.object().value(QLatin1String("sessions")))) {
                       call.exchange->send(HttpResponse::problem(
                           400, QStringLiteral("bad-request"),
                           QStringLiteral("expected {\"sessions\": [{\"session\", "
                                          "\"lastUsedMs\"}...]}")));
                       return;
                   }
                   call.exchange->send(HttpResponse::empty(204));
               }});
}

void SpectrumRoutes::token(const RouteCall &call, bool withSession)
{
    const std::optional<qint64> ttl = parseTtl(call.request.segments.last());
    if (!ttl) {
        call.exchange->send(HttpResponse::problem(
            400, QStringLiteral("bad-request"),
            QStringLiteral("ttlMinutes must be a non-negative integer (0: never expires)")));
        return;
    }
    const QString host = SpectrumAccess::hostOf(call.request);
    m_authenticator.authenticate(
        call.request.header("authorization"), call.client, Authenticator::Accept::BasicOnly,
        [this, exchange = call.exchange, host, ttl = *ttl,
         withSession](const AuthOutcome &outcome) {
            if (!outcome.identity) {
                exchange->send(outcome.failure);
                return;
            }
            const qint64 now = m_context.faults->nowMs();
            const QString user = outcome.identity->user;
            const SpectrumClaims claims{
                user,
                m_context.credentials->epochOf(user),
                withSession ? QUuid::createUuid().toString(QUuid::WithoutBraces) : QString(),
                host,
                now,
                ttl == 0 ? 0 : now + ttl * 60'000};
            QJsonObject answer{{QStringLiteral("access_token"),
                                QString::fromLatin1(m_access.tokens().issue(claims))},
                               {QStringLiteral("username"), user}};
            if (withSession)
                answer.insert(QStringLiteral("session"), claims.session);
            exchange->send(HttpResponse::json(200, answer));
        });
}

void SpectrumRoutes::logout(const RouteCall &call)
{
    withCaller(call, [this, exchange = call.exchange](const SpectrumCaller &caller) {
        const QString session = caller.claims.session;
        if (session.isEmpty()) {
            exchange->send(HttpResponse::problem(
                400, QStringLiteral("bad-request"),
                QStringLiteral("an open token has no session to end; it lasts its ttl")));
            return;
        }
        // Remembered until the session would be dead anyway: its expiry, or its idle time
        // (nobody renews a revoked session) with a minute to spare.
        const qint64 nowSeconds = m_context.faults->nowMs() / 1000;
        qint64 until = nowSeconds + m_context.options->spectrumSessionIdleSeconds + 60;
        if (caller.claims.expiresAtMs != 0)
            until = std::min(until, caller.claims.expiresAtMs / 1000 + 1);
        AuthRoutes::revokeAndAnswer(m_context.revocations, session, until, exchange);
    });
}

void SpectrumRoutes::withCaller(const RouteCall &call,
                                const std::function<void(const SpectrumCaller &)> &signedIn)
{
    auto checked = m_access.check(call.request, m_context.faults->nowMs());
    if (auto *refusal = std::get_if<HttpResponse>(&checked)) {
        call.exchange->send(std::move(*refusal));
        return;
    }
    signedIn(std::get<SpectrumCaller>(checked));
}

QList<ExposedService> SpectrumRoutes::services() const
{
    return ServiceCatalogue::exposed(m_context.database->dataflows(),
                                     m_context.faults->hiddenServices());
}

QString SpectrumRoutes::baseUrl(const NodeRequest &request) const
{
    // The Host the client used, when it looks like one; else the advertised address.
    static const QRegularExpression hostPattern(
        QStringLiteral("\\A([A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\])(:[0-9]{1,5})?\\z"));
    const QString host = QString::fromLatin1(request.header("host").trimmed());
    if (hostPattern.match(host).hasMatch())
        return QStringLiteral("http://") + host;
    return m_context.options->advertiseUrl.toString(QUrl::RemovePath | QUrl::RemoveQuery);
}

void SpectrumRoutes::catalogue(const RouteCall &call, ServiceCatalogue::Kind kind)
{
    // The degraded fault stands where /healthz would say 503: HAProxy checks GET /rest.
    if (m_context.faults->degraded() || m_context.draining) {
        call.exchange->send(HttpResponse::problem(503, QStringLiteral("degraded"),
                                                  QStringLiteral("this node is not serving"))
                                .withHeader("Retry-After", "5"));
        return;
    }
    withCaller(call, [this, call, kind](const SpectrumCaller &) {
        HttpResponse response;
        response.body = ServiceCatalogue::listHtml(kind, services(), baseUrl(call.request));
        call.exchange->send(response.withHeader("Content-Type", "text/html; charset=utf-8"));
    });
}

void SpectrumRoutes::description(const RouteCall &call, ServiceCatalogue::Kind kind)
{
    withCaller(call, [this, call, kind](const SpectrumCaller &) {
        const bool rest = kind == ServiceCatalogue::Kind::Rest;
        const auto service = ServiceCatalogue::find(services(), call.request.segments.last());
        if (!service) {
            call.exchange->send(HttpResponse::problem(404, QStringLiteral("no-such-service"),
                                                      QStringLiteral("no such service")));
            return;
        }
        if (!call.request.query.hasQueryItem(rest ? QStringLiteral("_wadl")
                                                  : QStringLiteral("wsdl"))) {
            call.exchange->send(
                HttpResponse::problem(404, QStringLiteral("no-route"),
                                      rest ? QStringLiteral("ask for the description with ?_wadl")
                                           : QStringLiteral("ask for the description with ?wsdl")));
            return;
        }
        call.exchange->send(
            xmlAnswer(rest ? ServiceCatalogue::wadl(*service) : ServiceCatalogue::wsdl(*service)));
    });
}

void SpectrumRoutes::securityDescription(const RouteCall &call)
{
    if (!call.request.query.hasQueryItem(QStringLiteral("_wadl"))) {
        call.exchange->send(RouteTable::noRoute());
        return;
    }
    call.exchange->send(xmlAnswer(ServiceCatalogue::securityWadl()));
}

} // namespace node
