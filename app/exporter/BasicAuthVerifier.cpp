#include "BasicAuthVerifier.h"

#include "ConstantTime.h"
#include "ThreadPriority.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <crypt.h>
#include <memory>

namespace {

// Hashed for unknown users, so that a wrong user name takes as long as a wrong password.
constexpr char DummyHash[] = "$2b$10$0/7pA.oknZV9SqMmKEUUUupdvbUxs66MeedMv47IjDKc4rUAWNIje";

} // namespace

BasicAuthVerifier::BasicAuthVerifier(QHash<QString, QByteArray> users, int threads, int maxPending,
                                     QObject *parent)
    : QObject(parent)
    , m_users(std::move(users))
    , m_maxPending(maxPending)
{
    m_pool.setMaxThreadCount(threads);
    m_pool.setObjectName(QStringLiteral("bcrypt-workers"));
    m_salt.resize(32);
    QRandomGenerator::system()->generate(m_salt.begin(), m_salt.end());
}

BasicAuthVerifier::~BasicAuthVerifier()
{
    m_pool.clear();
    m_pool.waitForDone();
}

bool BasicAuthVerifier::bcryptMatches(const QByteArray &password, const QByteArray &hash)
{
    auto data = std::make_unique<crypt_data>();
    const char *result = crypt_r(password.constData(), hash.constData(), data.get());
    // crypt_r fails with "*0"/"*1" or null for a setting it does not know.
    if (!result || result[0] == '*')
        return false;
    return ConstantTime::equals(QByteArray(result), hash);
}

QByteArray BasicAuthVerifier::rememberKey(const QString &user, const QByteArray &password,
                                          const QByteArray &hash) const
{
    QByteArray message = user.toUtf8();
    message += '\0';
    message += password;
    message += '\0';
    message += hash;
    return QMessageAuthenticationCode::hash(message, m_salt, QCryptographicHash::Sha256);
}

void BasicAuthVerifier::remember(const QByteArray &key)
{
    if (m_remembered.size() >= MaxRemembered)
        m_remembered.clear(); // rare: more distinct good credentials than a team has scrapers
    m_remembered.insert(key);
}

void BasicAuthVerifier::check(const QByteArray &authorization, std::function<void(Outcome)> done)
{
    const QByteArray prefix = "Basic ";
    if (!authorization.startsWith(prefix)) {
        done(Outcome::Denied);
        return;
    }
    const auto decoded = QByteArray::fromBase64Encoding(authorization.mid(prefix.size()).trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    const qsizetype colon = decoded ? decoded.decoded.indexOf(':') : -1;
    if (colon < 0 || decoded.decoded.size() > 1024) {
        done(Outcome::Denied);
        return;
    }
    const QString user = QString::fromUtf8(decoded.decoded.left(colon));
    const QByteArray password = decoded.decoded.mid(colon + 1);
    const auto known = m_users.constFind(user);
    const QByteArray hash = known != m_users.constEnd() ? *known : QByteArray(DummyHash);
    const QByteArray key = rememberKey(user, password, hash);
    if (known != m_users.constEnd() && m_remembered.contains(key)) {
        done(Outcome::Allowed);
        return;
    }
    if (m_pending >= m_maxPending) {
        done(Outcome::Busy);
        return;
    }
    ++m_pending;
    ++m_hashes;
    const bool userKnown = known != m_users.constEnd();
    m_pool.start([this, password, hash, key, userKnown, done = std::move(done)]() mutable {
        ThreadPriority::lowerThisThread();
        const bool matches = bcryptMatches(password, hash) && userKnown;
        // Back to the owner's thread; dropped if this object is gone by then.
        QMetaObject::invokeMethod(
            this,
            [this, matches, key, done = std::move(done)] {
                --m_pending;
                if (matches)
                    remember(key);
                done(matches ? Outcome::Allowed : Outcome::Denied);
            },
            Qt::QueuedConnection);
    });
}
