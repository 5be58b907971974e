// WebConfig: the exporter-toolkit web config, valid and malformed.
#include "TestCertificates.h"
#include "WebConfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray ScrapeHash = "$2b$04$EH.QWnV3scqAntXdkku.T.TeGdr1OWEbTQASe00O2bl2y5GKnkkO6";

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class tst_WebConfig final : public QObject
{
    Q_OBJECT

private slots:
    void emptyAsksForNothing()
    {
        QString error;
        const auto config = WebConfig::parse("", QStringLiteral("/tmp"), &error);
        QVERIFY2(config, qPrintable(error));
        QVERIFY(!config->tls);
        QVERIFY(!config->requiresAuth());
    }

    void usersAndRelativePaths()
    {
        QString error;
        const auto config = WebConfig::parse("tls_server_config:\n  cert_file: certs/server.crt\n"
                                             "  key_file: /etc/keys/server.key\n"
                                             "basic_auth_users:\n  prometheus: " +
                                                 ScrapeHash + "\n  grafana: '" + ScrapeHash + "'\n",
                                             QStringLiteral("/etc/clusterdesk"), &error);
        QVERIFY2(config, qPrintable(error));
        QVERIFY(config->tls);
        QCOMPARE(config->certFile, QStringLiteral("/etc/clusterdesk/certs/server.crt"));
        QCOMPARE(config->keyFile, QStringLiteral("/etc/keys/server.key"));
        QCOMPARE(config->users.size(), 2);
        QCOMPARE(config->users.value(QStringLiteral("prometheus")), ScrapeHash);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("field");
        QTest::newRow("not yaml") << QByteArray("basic_auth_users: [a, b\n") << "not valid YAML";
        QTest::newRow("top level list") << QByteArray("- a\n- b\n") << "(top level)";
        QTest::newRow("unknown top field")
            << QByteArray("tls_config:\n  cert_file: a\n") << "tls_config";
        QTest::newRow("typo in tls field")
            << QByteArray("tls_server_config:\n  cert: a\n  key_file: b\n")
            << "tls_server_config.cert";
        QTest::newRow("missing key")
            << QByteArray("tls_server_config:\n  cert_file: a\n") << "tls_server_config.key_file";
        QTest::newRow("cert not a string")
            << QByteArray("tls_server_config:\n  cert_file: [a]\n  key_file: b\n")
            << "tls_server_config.cert_file";
        QTest::newRow("client auth unsupported")
            << QByteArray("tls_server_config:\n  cert_file: a\n  key_file: b\n"
                          "  client_auth_type: RequestClientCert\n")
            << "tls_server_config.client_auth_type";
        QTest::newRow("client auth without ca")
            << QByteArray("tls_server_config:\n  cert_file: a\n  key_file: b\n"
                          "  client_auth_type: RequireAndVerifyClientCert\n")
            << "tls_server_config.client_ca_file";
        QTest::newRow("plain password") << QByteArray("basic_auth_users:\n  prometheus: secret\n")
                                        << "basic_auth_users.prometheus";
        QTest::newRow("md5 hash") << QByteArray("basic_auth_users:\n  p: $1$abc$defghijklmnop\n")
                                  << "basic_auth_users.p";
        QTest::newRow("users a list")
            << QByteArray("basic_auth_users:\n  - prometheus\n") << "basic_auth_users";
        QTest::newRow("colon in user")
            << QByteArray("basic_auth_users:\n  'a:b': " + ScrapeHash + "\n")
            << "basic_auth_users.a:b";
    }

    void malformed()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, field);
        QString error;
        QVERIFY(!WebConfig::parse(yaml, QStringLiteral("/tmp"), &error));
        QVERIFY2(error.contains(field), qPrintable(error));
        // Never the hash or a password in the message.
        QVERIFY2(!error.contains(QLatin1String("secret")), qPrintable(error));
    }

    void loadChecksCertificateAndKey()
    {
        QTemporaryDir dir;
        TestCertificates certificates;
        QString error;
        QVERIFY2(certificates.create(&error), qPrintable(error));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("server.crt")),
                          certificates.serverCertificate().toPem()));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("server.key")),
                          certificates.serverKey().toPem()));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("web.yml")),
                          "tls_server_config:\n  cert_file: server.crt\n  key_file: server.key\n"));
        const auto config = WebConfig::load(dir.filePath(QStringLiteral("web.yml")), &error);
        QVERIFY2(config, qPrintable(error));
        QVERIFY(config->sslConfiguration(&error));

        // A key file that holds a certificate instead.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("bad.yml")),
                          "tls_server_config:\n  cert_file: server.crt\n  key_file: server.crt\n"));
        QVERIFY(!WebConfig::load(dir.filePath(QStringLiteral("bad.yml")), &error));
        QVERIFY2(error.contains(QLatin1String("tls_server_config.key_file")), qPrintable(error));
        // A certificate file that is missing.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("gone.yml")),
                          "tls_server_config:\n  cert_file: nope.crt\n  key_file: server.key\n"));
        QVERIFY(!WebConfig::load(dir.filePath(QStringLiteral("gone.yml")), &error));
        QVERIFY2(error.contains(QLatin1String("tls_server_config.cert_file")), qPrintable(error));
        QVERIFY(!WebConfig::load(dir.filePath(QStringLiteral("absent.yml")), &error));
        QVERIFY2(error.contains(QLatin1String("absent.yml")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_WebConfig)
#include "tst_WebConfig.moc"
