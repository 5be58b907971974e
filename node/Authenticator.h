#pragma once
// Who is calling, without ever hashing a password on the serving thread. Tokens are checked
// at once (signature, expiry, user epoch, logout); a Basic login is answered from the cache
// when it was verified recently, refused with 429 while its client address or user name is
// throttled, refused with 503 while the hashing queue is full, and otherwise checked on
// PasswordWorkers with the answer given later. Failures and successes feed the throttle.

#include "Credentials.h"
#include "HttpResponse.h"
#include "LoginThrottle.h"
#include "PasswordWorkers.h"

#include <functional>
#include <optional>

namespace node {

class FaultState;
class NodeMetrics;
class SessionRevocations;

struct AuthOutcome
{
    std::optional<Identity> identity;
    HttpResponse failure; // 401, 429 or 503 when there is no identity
};

class Authenticator final
{
public:
    enum class Accept { BasicOrBearer, BasicOnly, BearerOnly };

    // `clock` is the node's clock, the one its tokens are issued by.
    Authenticator(Credentials &credentials, const SessionRevocations &revocations,
                  const FaultState &clock, LoginThrottle throttle = {});

    // `client` is the caller's address (see NodeServer::clientAddress). `done` runs exactly
    // once, on this thread: now, or when the password check finishes.
    void authenticate(const QByteArray &authorization, const QString &client, Accept accept,
                      std::function<void(const AuthOutcome &)> done);

    int pendingChecks() const { return m_workers.pending(); }
    // Counts failed and throttled sign-ins there from now on (none when null).
    void setMetrics(NodeMetrics *metrics) { m_metrics = metrics; }

private:
    std::optional<Identity> verifyBearer(const QByteArray &token) const;
    void checkPassword(const QString &user, const QString &password, const QString &client,
                       Accept accept, std::function<void(const AuthOutcome &)> done);

    Credentials &m_credentials;
    const SessionRevocations &m_revocations;
    const FaultState &m_clock;
    LoginThrottle m_throttle;
    PasswordWorkers m_workers;
    NodeMetrics *m_metrics = nullptr;
};

} // namespace node
