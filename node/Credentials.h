#pragma once
// Who may call the node: PBKDF2 password hashes from the users file, HTTP Basic (with a
// short in-memory cache so per-request Basic stays cheap) and HMAC-signed bearer tokens that
// every node of the cluster accepts because they share the cluster secret.

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
    QString session; // token session id; empty for Basic
};

struct UserRecord
{
    QString name;
    Role role = Role::Viewer;
    QString hash; // "pbkdf2-sha256$<iterations>$<salt b64>$<key b64>"
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
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
    static std::optional<Role> roleFromString(const QString &text);
    static QString roleName(Role role);

    bool loadUsersFile(const QString &path, QString *error);
    void setUsers(const QList<UserRecord> &users);

    std::optional<Identity> verifyBasic(const QString &user, const QString &password);
    IssuedToken issueToken(const Identity &identity, qint64 expiresAtSeconds) const;
    std::optional<Identity> verifyToken(const QByteArray &token, qint64 nowSeconds) const;
    // An "Authorization" header value: "Basic ..." or "Bearer ...".
    std::optional<Identity> authenticate(const QByteArray &authorization, qint64 nowSeconds);

    bool checkClusterSecret(const QByteArray &given) const;
    const QByteArray &clusterSecret() const { return m_clusterSecret; }

private:
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
