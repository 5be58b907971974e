#pragma once
// The exporter's --web.config.file in the Prometheus exporter-toolkit format: TLS
// (tls_server_config) and basic authentication (basic_auth_users with bcrypt hashes). Read once
// at start-up; any problem is an error that names the field, so a typo never silently turns
// TLS or authentication off.

#include <QHash>
#include <QSslConfiguration>
#include <QString>

#include <optional>

struct WebConfig
{
    enum class ClientAuth { None, RequireAndVerify };

    bool tls = false;
    QString certFile; // absolute (relative paths are read against the file's folder)
    QString keyFile;
    ClientAuth clientAuth = ClientAuth::None;
    QString clientCaFile;
    QSsl::SslProtocol minVersion = QSsl::TlsV1_2OrLater;
    QHash<QString, QByteArray> users; // user -> bcrypt hash ($2a$, $2b$, $2y$)

    // Reads and checks the file (certificates and keys included). On failure nullopt, with
    // the field and the problem in *error.
    static std::optional<WebConfig> load(const QString &path, QString *error);
    // The same from text; relative paths are resolved against `directory`.
    static std::optional<WebConfig> parse(const QByteArray &yaml, const QString &directory,
                                          QString *error);

    // The server side TLS settings for tls == true; nullopt with *error when the certificate,
    // the key or the client CA cannot be read.
    std::optional<QSslConfiguration> sslConfiguration(QString *error) const;
    bool requiresAuth() const { return !users.isEmpty(); }
};
