#include "SpectrumSession.h"

#include "SecretWipe.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ApiClient)
};

} // namespace

QString SpectrumSession::tokenPath(Kind kind, int ttlMinutes)
{
    return kind == Kind::Session
               ? QStringLiteral("/security/rest/token/access/session/%1").arg(ttlMinutes)
               : QStringLiteral("/security/rest/token/access/%1").arg(ttlMinutes);
}

bool SpectrumSession::accept(const QJsonObject &answer, Kind kind, int ttlMinutes, qint64 nowMs,
                             QString *error)
{
    const QString token = answer.value(QLatin1String("access_token")).toString();
    const QString session = answer.value(QLatin1String("session")).toString();
    if (token.isEmpty()) {
        if (error)
            *error = Tr::tr("sign-in failed: the token answer has no access_token");
        return false;
    }
    if (kind == Kind::Session && session.isEmpty()) {
        if (error)
            *error = Tr::tr("sign-in failed: the session token answer has no session");
        return false;
    }
    clear();
    m_kind = kind;
    m_token = token;
    m_session = kind == Kind::Session ? session : QString();
    m_user = answer.value(QLatin1String("username")).toString();
    m_ttlMinutes = std::max(0, ttlMinutes);
    m_obtainedMs = nowMs;
    m_lastUseMs = nowMs;
    return true;
}

void SpectrumSession::clear()
{
    wipeSecret(m_token);
    wipeSecret(m_session);
    m_user.clear();
    m_obtainedMs = 0;
    m_lastUseMs = 0;
}

void SpectrumSession::authorize(HttpHeaders &headers) const
{
    if (m_token.isEmpty())
        return;
    headers.set("Authorization", "Bearer " + m_token.toUtf8());
    if (m_session.isEmpty())
        return;
    const QByteArray cookie = "SESSION=" + m_session.toUtf8();
    const QByteArray given = headers.value("Cookie");
    headers.set("Cookie", given.isEmpty() ? cookie : given + "; " + cookie);
}

ApiRequest SpectrumSession::logoutRequest() const
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/security/rest/token/logout"));
    request.expectJson = false;
    authorize(request.headers);
    return request;
}

std::optional<qint64> SpectrumSession::renewAtMs() const
{
    if (m_token.isEmpty())
        return std::nullopt;
    std::optional<qint64> at;
    if (m_kind == Kind::Session)
        at = m_lastUseMs + IdleExpiryMs - RenewMarginMs;
    if (m_ttlMinutes > 0) {
        const qint64 ttlMs = qint64(m_ttlMinutes) * 60 * 1000;
        // A short ttl keeps most of its life: the margin is at most a tenth of it.
        const qint64 byTtl = m_obtainedMs + ttlMs - std::min(RenewMarginMs, ttlMs / 10);
        at = at ? std::min(*at, byTtl) : byTtl;
    }
    return at;
}

bool SpectrumSession::needsRenewal(qint64 nowMs) const
{
    const auto at = renewAtMs();
    return at && nowMs >= *at;
}

bool SpectrumSession::isInvalidTokenRefusal(const ApiResult &result)
{
    return result.httpStatus == 401 &&
           result.headers.value("WWW-Authenticate").toLower().contains("invalid_token");
}
