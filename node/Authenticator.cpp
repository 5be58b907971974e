#include "Authenticator.h"

#include "FaultState.h"
#include "NodeMetrics.h"
#include "SessionRevocations.h"

#include <QDateTime>

namespace node {
namespace {

HttpResponse unauthorized(Authenticator::Accept accept)
{
    const bool basic = accept == Authenticator::Accept::BasicOnly;
    return HttpResponse::problem(401, QStringLiteral("unauthorized"),
                                 basic ? QStringLiteral("HTTP Basic credentials required")
                                       : QStringLiteral("missing or invalid credentials"))
        .withHeader("WWW-Authenticate",
                    basic ? "Basic realm=\"clusterdesk\"" : "Bearer realm=\"clusterdesk\"");
}

HttpResponse throttled(qint64 waitMs)
{
    const qint64 seconds = std::max<qint64>(1, (waitMs + 999) / 1000);
    return HttpResponse::problem(429, QStringLiteral("too-many-attempts"),
                                 QStringLiteral("too many failed sign-ins from this address or "
                                                "for this user; retry in %1 s")
                                     .arg(seconds))
        .withHeader("Retry-After", QByteArray::number(seconds));
}

HttpResponse busy()
{
    return HttpResponse::problem(503, QStringLiteral("busy"),
                                 QStringLiteral("too many password checks in progress"))
        .withHeader("Retry-After", "1");
}

} // namespace

Authenticator::Authenticator(Credentials &credentials, const SessionRevocations &revocations,
                             const FaultState &clock, LoginThrottle throttle)
    : m_credentials(credentials)
    , m_revocations(revocations)
    , m_clock(clock)
    , m_throttle(std::move(throttle))
{}

std::optional<Identity> Authenticator::verifyBearer(const QByteArray &token) const
{
    auto identity = m_credentials.verifyToken(token, m_clock.nowMs() / 1000);
    if (identity && m_revocations.isRevoked(identity->session))
        return std::nullopt;
    return identity;
}

void Authenticator::authenticate(const QByteArray &authorization, const QString &client,
                                 Accept accept, std::function<void(const AuthOutcome &)> done)
{
    if (accept != Accept::BasicOnly) {
        if (const QByteArray token = Credentials::bearerToken(authorization); !token.isEmpty()) {
            const auto identity = verifyBearer(token);
            if (!identity && m_metrics)
                m_metrics->countFailedSignIn(NodeMetrics::SignInFailure::Token);
            done(identity ? AuthOutcome{identity, {}} : AuthOutcome{{}, unauthorized(accept)});
            return;
        }
    }
    const auto basic =
        accept == Accept::BearerOnly ? std::nullopt : Credentials::parseBasic(authorization);
    if (!basic) {
        done({{}, unauthorized(accept)});
        return;
    }
    const auto &[user, password] = *basic;
    if (const auto cached = m_credentials.cachedBasic(user, password)) {
        done({cached, {}});
        return;
    }
    if (const qint64 waitMs = m_throttle.waitMs(client, user, QDateTime::currentMSecsSinceEpoch());
        waitMs > 0) {
        if (m_metrics)
            m_metrics->countThrottledSignIn();
        done({{}, throttled(waitMs)});
        return;
    }
    checkPassword(user, password, client, accept, std::move(done));
}

void Authenticator::checkPassword(const QString &user, const QString &password,
                                  const QString &client, Accept accept,
                                  std::function<void(const AuthOutcome &)> done)
{
    const PasswordCheck check = m_credentials.passwordCheck(user);
    auto finished = [this, check, password, client, accept, done](std::optional<bool> matches) {
        if (!matches) {
            done({{}, busy()}); // waited too long for a worker: not checked, not counted
            return;
        }
        const auto identity =
            *matches ? m_credentials.rememberBasic(check, password) : std::nullopt;
        if (identity) {
            m_throttle.recordSuccess(client, check.user);
            done({identity, {}});
            return;
        }
        m_throttle.recordFailure(client, check.user, QDateTime::currentMSecsSinceEpoch());
        if (m_metrics)
            m_metrics->countFailedSignIn(NodeMetrics::SignInFailure::Password);
        done({{}, unauthorized(accept)});
    };
    if (!m_workers.verify(password, check.encodedHash, std::move(finished)))
        done({{}, busy()});
}

} // namespace node
