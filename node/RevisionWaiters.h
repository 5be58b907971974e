#pragma once
// Callbacks waiting for the configuration to reach a revision, each with a time cap: the
// primary holds long-polls of /internal/v1/changes, a replica holds a forwarded write's
// answer until its own copy has caught up. Never blocks; callbacks run from the event loop.

#include <QObject>
#include <functional>
#include <map>

namespace node {

class RevisionWaiters final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevisionWaiters)

public:
    using Ready = std::function<void(bool reached)>;

    explicit RevisionWaiters(QObject *parent = nullptr);

    // Calls `ready(true)` once notify() reports a revision >= target (at once when
    // `currentRevision` already does), or `ready(false)` after timeoutMs.
    void waitFor(qint64 target, qint64 currentRevision, int timeoutMs, Ready ready);
    void notify(qint64 revision);
    qsizetype pending() const { return qsizetype(m_waiters.size()); }

private:
    struct Waiter
    {
        qint64 target = 0;
        Ready ready;
    };
    std::map<quint64, Waiter> m_waiters; // by id, so a timer can find its own entry
    quint64 m_nextId = 1;
};

} // namespace node
