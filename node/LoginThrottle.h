#pragma once
// Failed password checks counted per client address and per user name. Each key has a small
// free budget; past it every further failure locks the key for twice as long as the last time
// (capped), and a locked key is answered 429 without hashing, so a rejected attempt costs
// next to nothing. Keys are forgotten after a quiet period and their number is bounded.

#include <QHash>
#include <QString>

namespace node {

struct ThrottlePolicy
{
    int freeFailures = 5;
    qint64 firstLockMs = 1000;
    qint64 maxLockMs = 60 * 1000;
    qint64 forgetAfterMs = 15 * 60 * 1000; // failures this old no longer count
    int maxKeys = 10000;
};

class LoginThrottle final
{
public:
    LoginThrottle(ThrottlePolicy clients, ThrottlePolicy users);
    LoginThrottle();

    // Milliseconds until this client may try this user again; 0 when it may try now.
    qint64 waitMs(const QString &client, const QString &user, qint64 nowMs) const;
    void recordFailure(const QString &client, const QString &user, qint64 nowMs);
    // A correct password clears both counters.
    void recordSuccess(const QString &client, const QString &user);
    qsizetype trackedKeys() const { return m_clients.keys.size() + m_users.keys.size(); }

private:
    struct Entry
    {
        int failures = 0;
        qint64 lastFailureMs = 0;
        qint64 lockedUntilMs = 0;
    };
    struct Table
    {
        ThrottlePolicy policy;
        QHash<QString, Entry> keys;

        qint64 waitMs(const QString &key, qint64 nowMs) const;
        void recordFailure(const QString &key, qint64 nowMs);
        void prune(qint64 nowMs);
    };

    Table m_clients;
    Table m_users;
};

} // namespace node
