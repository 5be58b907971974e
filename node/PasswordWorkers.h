#pragma once
// PBKDF2 checks off the serving thread: a small thread pool with a bounded queue. The answer
// comes back on the thread that owns this object, as a queued call, so handlers keep working
// with the node's single-threaded state. A full queue refuses at once instead of growing, a
// check that waited too long is answered without hashing, and the workers run at a lower
// CPU priority so the serving thread wins whenever both want a core.

#include <QObject>
#include <QThreadPool>
#include <functional>
#include <optional>

namespace node {

class PasswordWorkers final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordWorkers)

public:
    static constexpr int kDefaultThreads = 2;
    static constexpr int kDefaultMaxPending = 16;
    static constexpr int kDefaultMaxWaitMs = 10000;

    explicit PasswordWorkers(int threads = kDefaultThreads, int maxPending = kDefaultMaxPending,
                             int maxWaitMs = kDefaultMaxWaitMs, QObject *parent = nullptr);
    // Waits for the checks already running; queued ones are dropped unanswered.
    ~PasswordWorkers() override;

    // False (and `done` is never called) when maxPending checks are queued or running.
    // `done` gets whether the password matches, or nullopt when the check waited longer than
    // maxWaitMs for a worker and was not run.
    bool verify(const QString &password, const QString &encodedHash,
                std::function<void(std::optional<bool> matches)> done);
    int pending() const { return m_pending; }

private:
    QThreadPool m_pool;
    int m_maxPending;
    int m_maxWaitMs;
    int m_pending = 0;
};

} // namespace node
