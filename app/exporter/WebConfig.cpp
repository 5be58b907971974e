#include "WebConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslKey>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)
};

constexpr qint64 MaxConfigBytes = 1024 * 1024;

QString text(const YAML::Node &node)
{
    return QString::fromStdString(node.Scalar());
}

// A message that names the field, in the file's own dotted form.
bool fail(QString *error, const QString &field, const QString &problem)
{
    *error = Tr::tr("web config: %1: %2").arg(field, problem);
    return false;
}

bool scalar(const YAML::Node &node, const QString &field, QString *out, QString *error)
{
    if (!node.IsScalar())
        return fail(error, field, Tr::tr("expected a string"));
    *out = text(node);
    return true;
}

QString resolved(const QString &path, const QString &directory)
{
    return path.isEmpty() ? path : QDir(directory).absoluteFilePath(path);
}

bool parseClientAuth(const QString &value, WebConfig::ClientAuth *out, QString *error)
{
    if (value.isEmpty() || value == QLatin1String("NoClientCert")) {
        *out = WebConfig::ClientAuth::None;
        return true;
    }
    if (value == QLatin1String("RequireAndVerifyClientCert")) {
        *out = WebConfig::ClientAuth::RequireAndVerify;
        return true;
    }
    return fail(
        error, QStringLiteral("tls_server_config.client_auth_type"),
        Tr::tr("\"%1\" is not supported (NoClientCert or RequireAndVerifyClientCert)").arg(value));
}

bool parseMinVersion(const QString &value, QSsl::SslProtocol *out, QString *error)
{
    if (value == QLatin1String("TLS12")) {
        *out = QSsl::TlsV1_2OrLater;
        return true;
    }
    if (value == QLatin1String("TLS13")) {
        *out = QSsl::TlsV1_3OrLater;
        return true;
    }
    return fail(error, QStringLiteral("tls_server_config.min_version"),
                Tr::tr("\"%1\" is not supported (TLS12 or TLS13)").arg(value));
}

bool parseTls(const YAML::Node &node, const QString &directory, WebConfig *config, QString *error)
{
    const QString section = QStringLiteral("tls_server_config");
    if (node.IsNull())
        return true;
    if (!node.IsMap())
        return fail(error, section, Tr::tr("expected a mapping"));
    for (const auto &entry : node) {
        const QString key = text(entry.first);
        const QString field = section + QLatin1Char('.') + key;
        QString value;
        if (!scalar(entry.second, field, &value, error))
            return false;
        if (key == QLatin1String("cert_file"))
            config->certFile = resolved(value, directory);
        else if (key == QLatin1String("key_file"))
            config->keyFile = resolved(value, directory);
        else if (key == QLatin1String("client_ca_file"))
            config->clientCaFile = resolved(value, directory);
        else if (key == QLatin1String("client_auth_type")) {
            if (!parseClientAuth(value, &config->clientAuth, error))
                return false;
        } else if (key == QLatin1String("min_version")) {
            if (!parseMinVersion(value, &config->minVersion, error))
                return false;
        } else {
            return fail(error, field, Tr::tr("unknown or unsupported field"));
        }
    }
    if (config->certFile.isEmpty())
        return fail(error, section + QStringLiteral(".cert_file"), Tr::tr("missing"));
    if (config->keyFile.isEmpty())
        return fail(error, section + QStringLiteral(".key_file"), Tr::tr("missing"));
    if (config->clientAuth == WebConfig::ClientAuth::RequireAndVerify &&
        config->clientCaFile.isEmpty())
        return fail(error, section + QStringLiteral(".client_ca_file"),
                    Tr::tr("required by RequireAndVerifyClientCert"));
    config->tls = true;
    return true;
}

bool isBcryptHash(const QString &hash)
{
    static const QStringList prefixes = {QStringLiteral("$2a$"), QStringLiteral("$2b$"),
                                         QStringLiteral("$2y$")};
    if (hash.size() != 60)
        return false;
    return std::any_of(prefixes.cbegin(), prefixes.cend(),
                       [&](const QString &prefix) { return hash.startsWith(prefix); });
}

bool parseUsers(const YAML::Node &node, WebConfig *config, QString *error)
{
    const QString section = QStringLiteral("basic_auth_users");
    if (node.IsNull())
        return true;
    if (!node.IsMap())
        return fail(error, section, Tr::tr("expected a mapping of user names to bcrypt hashes"));
    for (const auto &entry : node) {
        const QString user = text(entry.first);
        const QString field = section + QLatin1Char('.') + user;
        QString hash;
        if (!scalar(entry.second, field, &hash, error))
            return false;
        if (user.isEmpty() || user.contains(QLatin1Char(':')))
            return fail(error, field, Tr::tr("a user name must be non-empty and without ':'"));
        if (!isBcryptHash(hash))
            return fail(error, field,
                        Tr::tr("not a bcrypt hash ($2y$ or $2b$, 60 characters; make one with "
                               "htpasswd -nBC 10 \"\" | tr -d ':\\n')"));
        config->users.insert(user, hash.toLatin1());
    }
    return true;
}

} // namespace

std::optional<WebConfig> WebConfig::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("web config: cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray yaml = file.read(MaxConfigBytes + 1);
    if (yaml.size() > MaxConfigBytes) {
        *error = Tr::tr("web config: %1 is larger than 1 MiB").arg(path);
        return std::nullopt;
    }
    std::optional<WebConfig> config = parse(yaml, QFileInfo(path).absolutePath(), error);
    if (config && config->tls && !config->sslConfiguration(error))
        return std::nullopt;
    return config;
}

std::optional<WebConfig> WebConfig::parse(const QByteArray &yaml, const QString &directory,
                                          QString *error)
{
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        *error = Tr::tr("web config: not valid YAML (line %1, column %2): %3")
                     .arg(e.mark.line + 1)
                     .arg(e.mark.column + 1)
                     .arg(QString::fromStdString(e.msg));
        return std::nullopt;
    }
    WebConfig config;
    if (root.IsNull())
        return config; // an empty file asks for nothing
    if (!root.IsMap()) {
        fail(error, QStringLiteral("(top level)"), Tr::tr("expected a mapping"));
        return std::nullopt;
    }
    try {
        for (const auto &entry : root) {
            const QString key = text(entry.first);
            bool ok = true;
            if (key == QLatin1String("tls_server_config"))
                ok = parseTls(entry.second, directory, &config, error);
            else if (key == QLatin1String("basic_auth_users"))
                ok = parseUsers(entry.second, &config, error);
            else
                ok = fail(error, key, Tr::tr("unknown or unsupported field"));
            if (!ok)
                return std::nullopt;
        }
    } catch (const YAML::Exception &e) {
        *error = Tr::tr("web config: %1").arg(QString::fromStdString(e.msg));
        return std::nullopt;
    }
    return config;
}

std::optional<QSslConfiguration> WebConfig::sslConfiguration(QString *error) const
{
    const auto readFile = [error](const QString &path, const QString &field,
                                  QByteArray *out) -> bool {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(error, field, Tr::tr("cannot read %1: %2").arg(path, file.errorString()));
        *out = file.readAll();
        return true;
    };
    QByteArray certPem;
    QByteArray keyPem;
    if (!readFile(certFile, QStringLiteral("tls_server_config.cert_file"), &certPem) ||
        !readFile(keyFile, QStringLiteral("tls_server_config.key_file"), &keyPem))
        return std::nullopt;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certPem, QSsl::Pem);
    if (chain.isEmpty()) {
        fail(error, QStringLiteral("tls_server_config.cert_file"),
             Tr::tr("%1 holds no PEM certificate").arg(certFile));
        return std::nullopt;
    }
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        fail(error, QStringLiteral("tls_server_config.key_file"),
             Tr::tr("%1 holds no unencrypted PEM RSA or EC private key").arg(keyFile));
        return std::nullopt;
    }
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificateChain(chain);
    ssl.setPrivateKey(key);
    ssl.setProtocol(minVersion);
    if (clientAuth == ClientAuth::RequireAndVerify) {
        QByteArray caPem;
        if (!readFile(clientCaFile, QStringLiteral("tls_server_config.client_ca_file"), &caPem))
            return std::nullopt;
        const QList<QSslCertificate> cas = QSslCertificate::fromData(caPem, QSsl::Pem);
        if (cas.isEmpty()) {
            fail(error, QStringLiteral("tls_server_config.client_ca_file"),
                 Tr::tr("%1 holds no PEM certificate").arg(clientCaFile));
            return std::nullopt;
        }
        ssl.setCaCertificates(cas);
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }
    return ssl;
}
