#include "PasswordWorkers.h"

#include "Credentials.h"

#include <QMetaObject>

namespace node {

PasswordWorkers::PasswordWorkers(int threads, int maxPending, QObject *parent)
    : QObject(parent)
    , m_maxPending(maxPending)
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
                             std::function<void(bool)> done)
{
    if (m_pending >= m_maxPending)
        return false;
    ++m_pending;
    m_pool.start([this, password, encodedHash, done = std::move(done)]() mutable {
        const bool matches = Credentials::verifyPassword(password, encodedHash);
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
