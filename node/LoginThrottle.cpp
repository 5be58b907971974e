#include "LoginThrottle.h"

#include <algorithm>

namespace node {
namespace {

// User names get a larger budget and a shorter cap than addresses: an attacker can spend a
// user's budget from anywhere, and the real user must not stay locked out for long.
ThrottlePolicy defaultUserPolicy()
{
    ThrottlePolicy policy;
    policy.freeFailures = 10;
    policy.maxLockMs = 30 * 1000;
    return policy;
}

} // namespace

LoginThrottle::LoginThrottle(ThrottlePolicy clients, ThrottlePolicy users)
    : m_clients{clients, {}}
    , m_users{users, {}}
{}

LoginThrottle::LoginThrottle()
    : LoginThrottle(ThrottlePolicy(), defaultUserPolicy())
{}

qint64 LoginThrottle::waitMs(const QString &client, const QString &user, qint64 nowMs) const
{
    return std::max(m_clients.waitMs(client, nowMs), m_users.waitMs(user, nowMs));
}

void LoginThrottle::recordFailure(const QString &client, const QString &user, qint64 nowMs)
{
    m_clients.recordFailure(client, nowMs);
    m_users.recordFailure(user, nowMs);
}

void LoginThrottle::recordSuccess(const QString &client, const QString &user)
{
    m_clients.keys.remove(client);
    m_users.keys.remove(user);
}

qint64 LoginThrottle::Table::waitMs(const QString &key, qint64 nowMs) const
{
    const auto it = keys.constFind(key);
    if (it == keys.constEnd())
        return 0;
    return std::max<qint64>(0, it->lockedUntilMs - nowMs);
}

void LoginThrottle::Table::recordFailure(const QString &key, qint64 nowMs)
{
    if (keys.size() >= policy.maxKeys && !keys.contains(key))
        prune(nowMs);
    Entry &entry = keys[key];
    if (entry.failures > 0 && nowMs - entry.lastFailureMs > policy.forgetAfterMs)
        entry = Entry();
    ++entry.failures;
    entry.lastFailureMs = nowMs;
    const int beyond = entry.failures - policy.freeFailures;
    if (beyond <= 0)
        return;
    // 1st failure past the budget: firstLockMs, then doubling up to the cap.
    const int shift = std::min(beyond - 1, 30);
    const qint64 lockMs = std::min(policy.maxLockMs, policy.firstLockMs << shift);
    entry.lockedUntilMs = std::max(entry.lockedUntilMs, nowMs + lockMs);
}

void LoginThrottle::Table::prune(qint64 nowMs)
{
    // Forget quiet keys first; if a flood of distinct keys still fills the table, forget the
    // unlocked ones, then any: memory stays bounded (an evicted key starts a fresh budget).
    keys.removeIf(
        [&](const auto &it) { return nowMs - it.value().lastFailureMs > policy.forgetAfterMs; });
    if (keys.size() < policy.maxKeys)
        return;
    keys.removeIf([&](const auto &it) { return it.value().lockedUntilMs <= nowMs; });
    while (keys.size() >= policy.maxKeys)
        keys.erase(keys.begin());
}

} // namespace node
