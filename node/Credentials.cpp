#include "Credentials.h"

#include "ConstantTime.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QUuid>

namespace node {
namespace {

constexpr qint64 kBasicCacheMs = 5 * 60 * 1000;
constexpr int kKeyLength = 32;
constexpr int kMaxIterations = 10'000'000;
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                              iterations, kKeyLength);
}

std::optional<QByteArray> decodeBase64Url(const QByteArray &text)
{
    const auto result = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return result.decoded;
}

} // namespace

Credentials::Credentials(QByteArray clusterSecret)
    : m_clusterSecret(std::move(clusterSecret))
{}

QString Credentials::hashPassword(const QString &password, int iterations)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          salt.size() / int(sizeof(quint32)));
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()),
             QString::fromLatin1(derive(password, salt, iterations).toBase64()));
}

bool Credentials::verifyPassword(const QString &password, const QString &encodedHash)
{
    const QStringList parts = encodedHash.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != QLatin1String("pbkdf2-sha256"))
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < 1 || iterations > kMaxIterations)
        return false;
    const auto salt = QByteArray::fromBase64Encoding(parts.at(2).toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    const auto key = QByteArray::fromBase64Encoding(parts.at(3).toLatin1(),
                                                    QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !key || salt.decoded.isEmpty() || key.decoded.size() != kKeyLength)
        return false;
    return ConstantTime::equals(derive(password, salt.decoded, iterations), key.decoded);
}

std::optional<Role> Credentials::roleFromString(const QString &text)
{
    if (text == QLatin1String("admin"))
        return Role::Admin;
    if (text == QLatin1String("viewer"))
        return Role::Viewer;
    return std::nullopt;
}

QString Credentials::roleName(Role role)
{
    return role == Role::Admin ? QStringLiteral("admin") : QStringLiteral("viewer");
}

bool Credentials::loadUsersFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read users file %1: %2").arg(path, file.errorString());
        return false;
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    const QJsonValue usersValue = document.object().value(QLatin1String("users"));
    if (!usersValue.isArray()) {
        *error = QStringLiteral("users file %1 must be {\"users\": [...]}").arg(path);
        return false;
    }
    QList<UserRecord> users;
    for (const QJsonValue &value : usersValue.toArray()) {
        const QJsonObject object = value.toObject();
        const QString name = object.value(QLatin1String("name")).toString();
        const auto role = roleFromString(object.value(QLatin1String("role")).toString());
        const QString hash = object.value(QLatin1String("hash")).toString();
        if (name.isEmpty() || name.contains(QLatin1Char(':')) || !role ||
            !hash.startsWith(QLatin1String("pbkdf2-sha256$"))) {
            *error = QStringLiteral("users file %1: each user needs a name (no ':'), a role "
                                    "admin|viewer and a pbkdf2-sha256 hash")
                         .arg(path);
            return false;
        }
        users.append({name, *role, hash});
    }
    setUsers(users);
    return true;
}

void Credentials::setUsers(const QList<UserRecord> &users)
{
    QHash<QString, UserRecord> previous;
    previous.swap(m_users);
    for (const UserRecord &user : users)
        m_users.insert(user.name, user);
    // Cached logins survive only for users whose role and password stayed the same.
    m_basicCache.removeIf([&](const auto &it) {
        const QString &name = it.value().identity.user;
        const auto now = m_users.constFind(name);
        const auto before = previous.constFind(name);
        return now == m_users.constEnd() || before == previous.constEnd() ||
               userEpoch(*now) != userEpoch(*before);
    });
}

QByteArray Credentials::basicCacheKey(const QString &user, const QString &password)
{
    QCryptographicHash cacheKey(QCryptographicHash::Sha256);
    cacheKey.addData(user.toUtf8());
    cacheKey.addData(QByteArrayView("\0", 1));
    cacheKey.addData(password.toUtf8());
    return cacheKey.result();
}

QString Credentials::userEpoch(const UserRecord &user)
{
    QCryptographicHash epoch(QCryptographicHash::Sha256);
    epoch.addData(roleName(user.role).toUtf8());
    epoch.addData(QByteArrayView("\0", 1));
    epoch.addData(user.hash.toUtf8());
    return QString::fromLatin1(epoch.result().left(9).toBase64(kBase64Url));
}

std::optional<Identity> Credentials::cachedBasic(const QString &user, const QString &password) const
{
    const auto it = m_basicCache.constFind(basicCacheKey(user, password));
    if (it == m_basicCache.constEnd() || it->validUntilMs <= QDateTime::currentMSecsSinceEpoch())
        return std::nullopt;
    return it->identity;
}

PasswordCheck Credentials::passwordCheck(const QString &user) const
{
    const auto record = m_users.constFind(user);
    if (record != m_users.constEnd())
        return {user, record->hash, true};
    // Spend the same effort as for a real user so timing does not reveal user names.
    static const QString dummyHash = hashPassword(QStringLiteral("dummy"));
    return {user, dummyHash, false};
}

std::optional<Identity> Credentials::rememberBasic(const PasswordCheck &check,
                                                   const QString &password)
{
    const auto record = m_users.constFind(check.user);
    if (!check.knownUser || record == m_users.constEnd() || record->hash != check.encodedHash)
        return std::nullopt;
    if (m_basicCache.size() > 1000)
        m_basicCache.clear();
    const Identity identity{record->name, record->role, {}};
    m_basicCache.insert(basicCacheKey(check.user, password),
                        {identity, QDateTime::currentMSecsSinceEpoch() + kBasicCacheMs});
    return identity;
}

std::optional<Identity> Credentials::verifyBasic(const QString &user, const QString &password)
{
    if (const auto cached = cachedBasic(user, password))
        return cached;
    const PasswordCheck check = passwordCheck(user);
    if (!verifyPassword(password, check.encodedHash))
        return std::nullopt;
    return rememberBasic(check, password);
}

IssuedToken Credentials::issueToken(const Identity &identity, qint64 expiresAtSeconds) const
{
    const QString session = identity.session.isEmpty()
                                ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                : identity.session;
    const auto record = m_users.constFind(identity.user);
    const QString epoch = record == m_users.constEnd() ? QString() : userEpoch(*record);
    const QJsonObject payload{{QStringLiteral("u"), identity.user},
                              {QStringLiteral("r"), roleName(identity.role)},
                              {QStringLiteral("sid"), session},
                              {QStringLiteral("g"), epoch},
                              {QStringLiteral("exp"), expiresAtSeconds}};
    const QByteArray encoded =
        QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(kBase64Url);
    const QByteArray signature =
        QMessageAuthenticationCode::hash(encoded, m_clusterSecret, QCryptographicHash::Sha256);
    return {encoded + '.' + signature.toBase64(kBase64Url), session};
}

std::optional<Identity> Credentials::verifyToken(const QByteArray &token, qint64 nowSeconds) const
{
    const qsizetype dot = token.indexOf('.');
    if (dot <= 0 || token.size() > 4096)
        return std::nullopt;
    const QByteArray encoded = token.left(dot);
    const QByteArray expected =
        QMessageAuthenticationCode::hash(encoded, m_clusterSecret, QCryptographicHash::Sha256);
    // Compare the canonical text, so padding or other spellings of the same bytes fail.
    if (!ConstantTime::equals(token.mid(dot + 1), expected.toBase64(kBase64Url)))
        return std::nullopt;
    const auto payloadBytes = decodeBase64Url(encoded);
    if (!payloadBytes)
        return std::nullopt;
    const QJsonObject payload = QJsonDocument::fromJson(*payloadBytes).object();
    const auto role = roleFromString(payload.value(QLatin1String("r")).toString());
    const QString user = payload.value(QLatin1String("u")).toString();
    const QJsonValue expires = payload.value(QLatin1String("exp"));
    if (!role || user.isEmpty() || !expires.isDouble() || expires.toInteger() <= nowSeconds)
        return std::nullopt;
    // The user must still exist with that role and the same password (epoch).
    const auto record = m_users.constFind(user);
    if (record == m_users.constEnd() || record->role != *role ||
        payload.value(QLatin1String("g")).toString() != userEpoch(*record))
        return std::nullopt;
    return Identity{user, *role, payload.value(QLatin1String("sid")).toString(),
                    expires.toInteger()};
}

std::optional<std::pair<QString, QString>> Credentials::parseBasic(const QByteArray &authorization)
{
    const QByteArray value = authorization.trimmed();
    const qsizetype space = value.indexOf(' ');
    if (space <= 0 || value.left(space).toLower() != "basic")
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(value.mid(space + 1).trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const qsizetype colon = decoded.decoded.indexOf(':');
    if (colon <= 0)
        return std::nullopt;
    return std::pair{QString::fromUtf8(decoded.decoded.left(colon)),
                     QString::fromUtf8(decoded.decoded.mid(colon + 1))};
}

QByteArray Credentials::bearerToken(const QByteArray &authorization)
{
    const QByteArray value = authorization.trimmed();
    const qsizetype space = value.indexOf(' ');
    if (space <= 0 || value.left(space).toLower() != "bearer")
        return {};
    return value.mid(space + 1).trimmed();
}

std::optional<Identity> Credentials::authenticate(const QByteArray &authorization,
                                                  qint64 nowSeconds)
{
    if (const QByteArray token = bearerToken(authorization); !token.isEmpty())
        return verifyToken(token, nowSeconds);
    const auto basic = parseBasic(authorization);
    if (!basic)
        return std::nullopt;
    return verifyBasic(basic->first, basic->second);
}

QString Credentials::epochOf(const QString &user) const
{
    const auto record = m_users.constFind(user);
    return record == m_users.constEnd() ? QString() : userEpoch(*record);
}

std::optional<Identity> Credentials::currentUser(const QString &user, const QString &epoch) const
{
    const auto record = m_users.constFind(user);
    if (record == m_users.constEnd() || epoch.isEmpty() || userEpoch(*record) != epoch)
        return std::nullopt;
    return Identity{record->name, record->role, {}, 0};
}

bool Credentials::checkClusterSecret(const QByteArray &given) const
{
    // Hash both sides so the comparison's length and timing reveal nothing about the secret.
    if (m_clusterSecret.isEmpty())
        return false;
    return ConstantTime::equals(
        QCryptographicHash::hash(given, QCryptographicHash::Sha256),
        QCryptographicHash::hash(m_clusterSecret, QCryptographicHash::Sha256));
}

} // namespace node
