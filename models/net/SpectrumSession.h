#pragma once
// SpectrumSession: the token a client signed in with, as Spectrum's token service documents it:
// a session token goes out as `Authorization: Bearer` together with the cookie `SESSION=<id>`,
// an open token alone. It knows when the token must be replaced (before 30 minutes without use
// end a session, before the ttl ends) and recognises the host check's refusal. Times are
// milliseconds given by the caller, so the renewal rules are tested without waiting.

#include "ApiRequest.h"
#include "ClusterProfile.h"

#include <QJsonObject>
#include <QString>

#include <optional>

class SpectrumSession final
{
public:
    using Kind = ClusterProfile::TokenKind;

    // A session token dies after this long without a request (Spectrum's documented default).
    static constexpr qint64 IdleExpiryMs = 30LL * 60 * 1000;
    // Replaced this long before either expiry, so no request ever carries a dead token.
    static constexpr qint64 RenewMarginMs = 60LL * 1000;

    // "/security/rest/token/access/session/{ttl}" or "/security/rest/token/access/{ttl}".
    static QString tokenPath(Kind kind, int ttlMinutes);

    // Takes the token service's answer; false (and `error` says why, never quoting a secret)
    // when it has no access_token, or no session for a session token.
    bool accept(const QJsonObject &answer, Kind kind, int ttlMinutes, qint64 nowMs,
                QString *error = nullptr);
    void clear();

    bool isValid() const { return !m_token.isEmpty(); }
    Kind kind() const { return m_kind; }
    QString token() const { return m_token; }
    QString sessionId() const { return m_session; }
    QString userName() const { return m_user; }

    // Authorization, and the SESSION cookie for a session token (added to any cookie given).
    void authorize(HttpHeaders &headers) const;
    // The headers a logout of this session needs.
    ApiRequest logoutRequest() const;

    // A request carried the token at `nowMs`: the idle clock starts again.
    void noteUse(qint64 nowMs) { m_lastUseMs = std::max(m_lastUseMs, nowMs); }
    // When the token must be replaced before its next use; nullopt when never (an open token
    // with ttl 0).
    std::optional<qint64> renewAtMs() const;
    bool needsRenewal(qint64 nowMs) const;

    // A 401 whose WWW-Authenticate says `invalid_token`: the token was refused, not the
    // password. Right after a sign-in, through a load balancer, that is Spectrum's host check.
    static bool isInvalidTokenRefusal(const ApiResult &result);

private:
    Kind m_kind = Kind::Session;
    QString m_token;
    QString m_session;
    QString m_user;
    int m_ttlMinutes = 0;
    qint64 m_obtainedMs = 0;
    qint64 m_lastUseMs = 0;
};
