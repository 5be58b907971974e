#include "PasswordWorkers.h"

#include "Credentials.h"
#include "ThreadPriority.h"

#include <QDeadlineTimer>
#include <QMetaObject>

namespace node {

PasswordWorkers::PasswordWorkers(int threads, int maxPending, int maxWaitMs, QObject *parent)
    : QObject(parent)
    , m_maxPending(maxPending)
    , m_maxWaitMs(maxWaitMs)
{
    m_pool.setMaxThreadCount(threads);
    m_pool.setObjectName(QStringLiteral("password-workers"));
}

PasswordWorkers::~PasswordWorkers()
{
    m_pool.clear();
    m_pool.waitForDone();
}

bool PasswordWorkers::verify(const QString &password, const QString &encodedHash,
                             std::function<void(std::optional<bool>)> done)
{
    if (m_pending >= m_maxPending)
        return false;
    ++m_pending;
    const QDeadlineTimer deadline(m_maxWaitMs);
    m_pool.start([this, password, encodedHash, deadline, done = std::move(done)]() mutable {
        ThreadPriority::lowerThisThread();
        std::optional<bool> matches;
        if (!deadline.hasExpired())
            matches = Credentials::verifyPassword(password, encodedHash);
        // Back to the owner's thread; dropped if this object is gone by then.
        QMetaObject::invokeMethod(
            this,
            [this, matches, done = std::move(done)] {
                --m_pending;
                done(matches);
            },
            Qt::QueuedConnection);
    });
    return true;
}

} // namespace node
