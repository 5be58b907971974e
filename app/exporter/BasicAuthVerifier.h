#pragma once
// Checks HTTP basic credentials against the web config's bcrypt hashes without ever hashing on
// the thread that answers requests: bcrypt runs on a small pool of low-priority workers behind a
// bounded queue, and credentials that matched once are remembered (by a SHA-256 of user,
// password and hash, never the password itself), so a scraper that sends the same credentials
// every second costs one bcrypt per process life. A flood of wrong passwords fills the queue and
// is refused at once; remembered credentials are still answered.

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <optional>

class BasicAuthVerifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BasicAuthVerifier)

public:
    enum class Outcome { Allowed, Denied, Busy };

    static constexpr int DefaultThreads = 2;
    static constexpr int DefaultMaxPending = 8;
    static constexpr int MaxRemembered = 64;

    // user -> bcrypt hash.
    explicit BasicAuthVerifier(QHash<QString, QByteArray> users, int threads = DefaultThreads,
                               int maxPending = DefaultMaxPending, QObject *parent = nullptr);
    // Waits for the hashes already running; queued ones are dropped unanswered.
    ~BasicAuthVerifier() override;

    // The value of an Authorization header. Answers at once (remembered, malformed, queue full)
    // or later from the event loop of this object's thread; `done` runs exactly once, unless
    // this object is destroyed first.
    void check(const QByteArray &authorization, std::function<void(Outcome)> done);

    int pending() const { return m_pending; }
    // bcrypt computations started since construction (for tests and the log).
    int hashesComputed() const { return m_hashes; }

    // crypt(3) with the hash as setting, compared in constant time. Thread-safe.
    static bool bcryptMatches(const QByteArray &password, const QByteArray &hash);

private:
    QByteArray rememberKey(const QString &user, const QByteArray &password,
                           const QByteArray &hash) const;
    void remember(const QByteArray &key);

    QHash<QString, QByteArray> m_users;
    QThreadPool m_pool;
    int m_maxPending;
    int m_pending = 0;
    int m_hashes = 0;
    QByteArray m_salt; // per process: a remembered key is useless outside it
    QSet<QByteArray> m_remembered;
};
