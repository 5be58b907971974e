#pragma once
// TestCertificates: a throwaway CA and a server certificate for 127.0.0.1 signed by it, made by
// `openssl` in a temporary directory, for tests that serve TLS from a HostileHttpServer.

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

    QByteArray caPem() const { return m_caPem; }
    QSslCertificate serverCertificate() const { return m_serverCertificate; }
    QSslKey serverKey() const { return m_serverKey; }

private:
    bool openssl(const QStringList &arguments, QString *error);
    QByteArray readFile(const QString &name) const;

    QTemporaryDir m_dir;
    QByteArray m_caPem;
    QSslCertificate m_serverCertificate;
    QSslKey m_serverKey;
};
