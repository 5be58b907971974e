#include "RevisionWaiters.h"

#include <QList>
#include <QTimer>

namespace node {

RevisionWaiters::RevisionWaiters(QObject *parent)
    : QObject(parent)
{}

void RevisionWaiters::waitFor(qint64 target, qint64 currentRevision, int timeoutMs, Ready ready)
{
    if (currentRevision >= target) {
        ready(true);
        return;
    }
    const quint64 id = m_nextId++;
    m_waiters.emplace(id, Waiter{target, std::move(ready)});
    QTimer::singleShot(timeoutMs, this, [this, id] {
        const auto it = m_waiters.find(id);
        if (it == m_waiters.end())
            return;
        Ready callback = std::move(it->second.ready);
        m_waiters.erase(it);
        callback(false);
    });
}

void RevisionWaiters::notify(qint64 revision)
{
    // Collect first: a callback may add new waiters while we iterate.
    QList<Ready> due;
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        if (it->second.target <= revision) {
            due.append(std::move(it->second.ready));
            it = m_waiters.erase(it);
        } else {
            ++it;
        }
    }
    for (const Ready &ready : std::as_const(due))
        ready(true);
}

} // namespace node
