#pragma once
// Who may call the node: PBKDF2 password hashes from the users file, HTTP Basic (with a
// short in-memory cache so per-request Basic stays cheap) and HMAC-signed bearer tokens that
// every node of the cluster accepts because they share the cluster secret. A token names the
// user's epoch (a digest of role and password hash), so it dies when the user is removed,
// changes role or changes password. PBKDF2 itself is slow: callers run verifyPassword() off
// the serving thread (see PasswordWorkers) and keep the result with rememberBasic().

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace node {

enum class Role { Viewer, Admin };

struct Identity
{
    QString user;
    Role role = Role::Viewer;
    QString session;             // token session id; empty for Basic
    qint64 expiresAtSeconds = 0; // token expiry; 0 for Basic
};

struct UserRecord
{
    QString name;
    Role role = Role::Viewer;
    QString hash; // "pbkdf2-sha256$<iterations>$<salt b64>$<key b64>"
};

// What a password check needs, copied so it can run on another thread.
struct PasswordCheck
{
    QString user;
    QString encodedHash; // a dummy hash for an unknown user, so timing reveals nothing
    bool knownUser = false;
};

struct IssuedToken
{
    QByteArray token;
    QString session;
};

class Credentials final
{
public:
    explicit Credentials(QByteArray clusterSecret);

    static QString hashPassword(const QString &password, int iterations = 100000);
    static bool verifyPassword(const QString &password, const QString &encodedHash);
    static std::optional<Role> roleFromString(const QString &text);
    static QString roleName(Role role);

    bool loadUsersFile(const QString &path, QString *error);
    void setUsers(const QList<UserRecord> &users);

    // Blocking Basic check (cache, then PBKDF2 on this thread): for tests and tools only.
    std::optional<Identity> verifyBasic(const QString &user, const QString &password);
    // A login verified within the last minutes, without hashing; nullopt when not cached.
    std::optional<Identity> cachedBasic(const QString &user, const QString &password) const;
    PasswordCheck passwordCheck(const QString &user) const;
    // After verifyPassword() succeeded for `check`: the identity, cached, or nullopt when the
    // user's record changed while the hash ran.
    std::optional<Identity> rememberBasic(const PasswordCheck &check, const QString &password);

    IssuedToken issueToken(const Identity &identity, qint64 expiresAtSeconds) const;
    // Signature (canonical base64url only), expiry, and the user as the users file has it now.
    std::optional<Identity> verifyToken(const QByteArray &token, qint64 nowSeconds) const;
    // Blocking: "Basic ..." (PBKDF2 on this thread) or "Bearer ..."; for tests and tools.
    std::optional<Identity> authenticate(const QByteArray &authorization, qint64 nowSeconds);
    // "Basic <b64>" split into user and password; nullopt when malformed.
    static std::optional<std::pair<QString, QString>> parseBasic(const QByteArray &authorization);
    // "Bearer <token>" gives the token, anything else an empty array.
    static QByteArray bearerToken(const QByteArray &authorization);

    // For other token formats (the Spectrum mode's): the user's epoch now (empty when
    // unknown), and the user as the users file has it when the epoch is still `epoch`.
    QString epochOf(const QString &user) const;
    std::optional<Identity> currentUser(const QString &user, const QString &epoch) const;

    bool checkClusterSecret(const QByteArray &given) const;
    const QByteArray &clusterSecret() const { return m_clusterSecret; }

    // Changes when the user's role or password hash changes; tokens carry it.
    static QString userEpoch(const UserRecord &user);

private:
    static QByteArray basicCacheKey(const QString &user, const QString &password);

    struct CachedLogin
    {
        Identity identity;
        qint64 validUntilMs = 0;
    };
    QByteArray m_clusterSecret;
    QHash<QString, UserRecord> m_users;
    QHash<QByteArray, CachedLogin> m_basicCache;
};

} // namespace node
