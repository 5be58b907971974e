#pragma once
// TestCertificates: a throwaway CA and a server certificate for 127.0.0.1 signed by it, made by
// `openssl` in a temporary directory, for tests that serve TLS from a HostileHttpServer; on
// request also client certificates, one signed by the CA and one self-signed.

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>

class TestCertificates final
{
public:
    // Runs openssl; false (with the reason in `error`) when it is missing or fails.
    bool create(QString *error);

    // After create(): a client certificate signed by the CA (extendedKeyUsage clientAuth) and a
    // self-signed one with the same subject, as PEM files in the temporary directory.
    bool createClientCertificates(QString *error);
    QString clientCertificateFile() const { return m_dir.filePath(QStringLiteral("client.pem")); }
    QString clientKeyFile() const { return m_dir.filePath(QStringLiteral("client.key")); }
    QString selfSignedCertificateFile() const
    {
        return m_dir.filePath(QStringLiteral("rogue.pem"));
    }
    QString selfSignedKeyFile() const { return m_dir.filePath(QStringLiteral("rogue.key")); }

    QByteArray caPem() const { return m_caPem; }
    QSslCertificate serverCertificate() const { return m_serverCertificate; }
    QSslKey serverKey() const { return m_serverKey; }

private:
    bool openssl(const QStringList &arguments, QString *error);
    bool writeFile(const QString &name, const QByteArray &content, QString *error);
    QByteArray readFile(const QString &name) const;

    QTemporaryDir m_dir;
    QByteArray m_caPem;
    QSslCertificate m_serverCertificate;
    QSslKey m_serverKey;
};
