#include "TestCertificates.h"

#include <QFile>
#include <QProcess>

bool TestCertificates::openssl(const QStringList &arguments, QString *error)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed: %2 %3")
                     .arg(arguments.join(QLatin1Char(' ')), process.errorString(),
                          QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

QByteArray TestCertificates::readFile(const QString &name) const
{
    QFile file(m_dir.filePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool TestCertificates::create(QString *error)
{
    if (!m_dir.isValid()) {
        *error = m_dir.errorString();
        return false;
    }
    const QStringList key = {
        QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    const QStringList ca = {
        QStringLiteral("req"),     QStringLiteral("-x509"),
        QStringLiteral("-days"),   QStringLiteral("2"),
        QStringLiteral("-keyout"), QStringLiteral("ca.key"),
        QStringLiteral("-out"),    QStringLiteral("ca.pem"),
        QStringLiteral("-subj"),   QStringLiteral("/CN=Clusterdesk Test CA"),
        QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
        QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")};
    const QStringList csr = {QStringLiteral("req"),          QStringLiteral("-keyout"),
                             QStringLiteral("server.key"),   QStringLiteral("-out"),
                             QStringLiteral("server.csr"),   QStringLiteral("-subj"),
                             QStringLiteral("/CN=127.0.0.1")};
    const QStringList sign = {QStringLiteral("x509"),
                              QStringLiteral("-req"),
                              QStringLiteral("-in"),
                              QStringLiteral("server.csr"),
                              QStringLiteral("-CA"),
                              QStringLiteral("ca.pem"),
                              QStringLiteral("-CAkey"),
                              QStringLiteral("ca.key"),
                              QStringLiteral("-CAcreateserial"),
                              QStringLiteral("-out"),
                              QStringLiteral("server.pem"),
                              QStringLiteral("-days"),
                              QStringLiteral("2"),
                              QStringLiteral("-extfile"),
                              QStringLiteral("server.ext")};
    if (!openssl(ca.mid(0, 2) + key + ca.mid(2), error) ||
        !openssl(csr.mid(0, 1) + key + csr.mid(1), error))
        return false;
    QFile extensions(m_dir.filePath(QStringLiteral("server.ext")));
    if (!extensions.open(QIODevice::WriteOnly) ||
        extensions.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
                         "keyUsage=digitalSignature,keyEncipherment\n"
                         "extendedKeyUsage=serverAuth\n") < 0) {
        *error = extensions.errorString();
        return false;
    }
    extensions.close();
    if (!openssl(sign, error))
        return false;
    m_caPem = readFile(QStringLiteral("ca.pem"));
    m_serverCertificate = QSslCertificate(readFile(QStringLiteral("server.pem")));
    m_serverKey = QSslKey(readFile(QStringLiteral("server.key")), QSsl::Ec);
    if (m_caPem.isEmpty() || m_serverCertificate.isNull() || m_serverKey.isNull()) {
        *error = QStringLiteral("openssl wrote no usable CA, certificate or key");
        return false;
    }
    return true;
}

bool TestCertificates::writeFile(const QString &name, const QByteArray &content, QString *error)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool TestCertificates::createClientCertificates(QString *error)
{
    if (m_caPem.isEmpty()) {
        *error = QStringLiteral("create() the CA first");
        return false;
    }
    const QStringList key = {
        QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    const QString subject = QStringLiteral("/CN=prometheus");
    const QStringList csr = {QStringLiteral("req"),
                             QStringLiteral("-keyout"),
                             QStringLiteral("client.key"),
                             QStringLiteral("-out"),
                             QStringLiteral("client.csr"),
                             QStringLiteral("-subj"),
                             subject};
    const QStringList sign = {QStringLiteral("x509"),
                              QStringLiteral("-req"),
                              QStringLiteral("-in"),
                              QStringLiteral("client.csr"),
                              QStringLiteral("-CA"),
                              QStringLiteral("ca.pem"),
                              QStringLiteral("-CAkey"),
                              QStringLiteral("ca.key"),
                              QStringLiteral("-CAcreateserial"),
                              QStringLiteral("-out"),
                              QStringLiteral("client.pem"),
                              QStringLiteral("-days"),
                              QStringLiteral("2"),
                              QStringLiteral("-extfile"),
                              QStringLiteral("client.ext")};
    // The same subject, signed by nobody the server trusts.
    const QStringList rogue = {QStringLiteral("req"),     QStringLiteral("-x509"),
                               QStringLiteral("-days"),   QStringLiteral("2"),
                               QStringLiteral("-keyout"), QStringLiteral("rogue.key"),
                               QStringLiteral("-out"),    QStringLiteral("rogue.pem"),
                               QStringLiteral("-subj"),   subject};
    return openssl(csr.mid(0, 1) + key + csr.mid(1), error) &&
           writeFile(QStringLiteral("client.ext"),
                     "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature\n"
                     "extendedKeyUsage=clientAuth\n",
                     error) &&
           openssl(sign, error) && openssl(rogue.mid(0, 2) + key + rogue.mid(2), error);
}
