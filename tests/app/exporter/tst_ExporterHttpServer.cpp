// ExporterHttpServer: routes, methods, TLS from a web config (client certificates included) and
// basic authentication, served in-process and asked through QNetworkAccessManager and a real
// Prometheus.
#include "ExporterHttpServer.h"
#include "PrometheusFixture.h"
#include "TestCertificates.h"
#include "TestHttp.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QByteArray HashB = "$2b$04$EH.QWnV3scqAntXdkku.T.TeGdr1OWEbTQASe00O2bl2y5GKnkkO6";
const QByteArray Exposition = "# TYPE clusterdesk_node_up gauge\nclusterdesk_node_up 1\n";

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class tst_ExporterHttpServer final : public QObject
{
    Q_OBJECT

    std::unique_ptr<ExporterHttpServer> start(const WebConfig &config, int *scrapes = nullptr)
    {
        auto server = std::make_unique<ExporterHttpServer>(config, [scrapes] {
            if (scrapes)
                ++*scrapes;
            return Exposition;
        });
        QString error;
        if (!server->start(QHostAddress::LocalHost, 0, &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        return server;
    }

    static QUrl base(const ExporterHttpServer &server, const char *scheme = "http")
    {
        return QUrl(
            QStringLiteral("%1://127.0.0.1:%2").arg(QLatin1String(scheme)).arg(server.port()));
    }

    // A server whose web config asks for client certificates signed by the test CA.
    std::unique_ptr<ExporterHttpServer> startClientAuth(TestCertificates &certificates,
                                                        const QTemporaryDir &dir, int *scrapes)
    {
        QString error;
        if (!certificates.create(&error) || !certificates.createClientCertificates(&error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        if (!writeFile(dir.filePath(QStringLiteral("server.crt")),
                       certificates.serverCertificate().toPem()) ||
            !writeFile(dir.filePath(QStringLiteral("server.key")),
                       certificates.serverKey().toPem()) ||
            !writeFile(dir.filePath(QStringLiteral("ca.pem")), certificates.caPem()) ||
            !writeFile(dir.filePath(QStringLiteral("web.yml")),
                       "tls_server_config:\n  cert_file: server.crt\n  key_file: server.key\n"
                       "  client_auth_type: RequireAndVerifyClientCert\n"
                       "  client_ca_file: ca.pem\n"))
            return nullptr;
        const auto config = WebConfig::load(dir.filePath(QStringLiteral("web.yml")), &error);
        if (!config || config->clientAuth != WebConfig::ClientAuth::RequireAndVerify) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        return start(*config, scrapes);
    }

private slots:
    void routesAndMethods()
    {
        int scrapes = 0;
        const auto server = start({}, &scrapes);
        QVERIFY(server);
        TestHttp http(base(*server));
        const TestResponse metrics = http.get(QStringLiteral("/metrics"));
        QCOMPARE(metrics.status, 200);
        QCOMPARE(metrics.header("Content-Type"),
                 QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        QCOMPARE(metrics.body, Exposition);
        QCOMPARE(scrapes, 1);
        const TestResponse health = http.get(QStringLiteral("/healthz"));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.body, QByteArray("ok\n"));
        QCOMPARE(http.get(QStringLiteral("/")).status, 404);
        QCOMPARE(http.get(QStringLiteral("/metrics/extra")).status, 404);
        QCOMPARE(http.get(QStringLiteral("/api/v1/query")).status, 404);
        const TestResponse post = http.post(QStringLiteral("/metrics"), "x");
        QCOMPARE(post.status, 405);
        QCOMPARE(post.header("Allow"), QByteArray("GET, HEAD"));
        QCOMPARE(http.del(QStringLiteral("/healthz")).status, 405);
        const TestResponse head = http.send("HEAD", QStringLiteral("/metrics"), {}, {});
        QCOMPARE(head.status, 200);
        QVERIFY(head.body.isEmpty());
        QCOMPARE(scrapes, 2);
    }

    void refusedBindIsAnError()
    {
        const auto first = start({});
        QVERIFY(first);
        ExporterHttpServer second({}, [] { return QByteArray(); });
        QString error;
        QVERIFY(!second.start(QHostAddress::LocalHost, first->port(), &error));
        QVERIFY2(error.contains(QString::number(first->port())), qPrintable(error));
        QCOMPARE(second.port(), quint16(0));
    }

    void basicAuth()
    {
        WebConfig config;
        config.users.insert(QStringLiteral("prometheus"), HashB);
        int scrapes = 0;
        const auto server = start(config, &scrapes);
        QVERIFY(server);
        TestHttp http(base(*server));
        const TestResponse anonymous = http.get(QStringLiteral("/metrics"));
        QCOMPARE(anonymous.status, 401);
        QVERIFY(anonymous.header("WWW-Authenticate").startsWith("Basic"));
        http.setBasicAuth(QStringLiteral("prometheus"), QStringLiteral("wrong"));
        QCOMPARE(http.get(QStringLiteral("/metrics")).status, 401);
        QCOMPARE(http.get(QStringLiteral("/healthz")).status, 401);
        QCOMPARE(scrapes, 0);
        http.setBasicAuth(QStringLiteral("prometheus"), QStringLiteral("scrape-secret"));
        for (int i = 0; i < 3; ++i) {
            const TestResponse right = http.get(QStringLiteral("/metrics"));
            QCOMPARE(right.status, 200);
            QCOMPARE(right.body, Exposition);
        }
        QCOMPARE(scrapes, 3);
        // The unknown path is 404 before any credentials are looked at.
        http.clearAuth();
        QCOMPARE(http.get(QStringLiteral("/other")).status, 404);
    }

    void tlsFromWebConfig()
    {
        TestCertificates certificates;
        QString error;
        QVERIFY2(certificates.create(&error), qPrintable(error));
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("server.crt"));
        const QString key = dir.filePath(QStringLiteral("server.key"));
        const QString ca = dir.filePath(QStringLiteral("ca.pem"));
        QVERIFY(writeFile(cert, certificates.serverCertificate().toPem()));
        QVERIFY(writeFile(key, certificates.serverKey().toPem()));
        QVERIFY(writeFile(ca, certificates.caPem()));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("web.yml")),
                          "tls_server_config:\n  cert_file: server.crt\n  key_file: server.key\n"
                          "basic_auth_users:\n  prometheus: " +
                              HashB + "\n"));
        const auto config = WebConfig::load(dir.filePath(QStringLiteral("web.yml")), &error);
        QVERIFY2(config, qPrintable(error));
        const auto server = start(*config);
        QVERIFY(server);

        TestHttp https(base(*server, "https"));
        QVERIFY(https.setCaFile(ca));
        https.setBasicAuth(QStringLiteral("prometheus"), QStringLiteral("scrape-secret"));
        const TestResponse ok = https.get(QStringLiteral("/metrics"));
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.body, Exposition);
        https.setBasicAuth(QStringLiteral("prometheus"), QStringLiteral("nope"));
        QCOMPARE(https.get(QStringLiteral("/metrics")).status, 401);

        // Without the CA the client refuses the certificate; plain HTTP gets no answer.
        TestHttp untrusting(base(*server, "https"));
        untrusting.setTimeoutMs(5000);
        QCOMPARE(untrusting.get(QStringLiteral("/healthz")).status, 0);
        TestHttp plain(base(*server, "http"));
        plain.setTimeoutMs(5000);
        QCOMPARE(plain.get(QStringLiteral("/healthz")).status, 0);
    }

    // client_auth_type RequireAndVerifyClientCert: only a client certificate signed by
    // client_ca_file gets an answer; no certificate or a self-signed one ends the handshake.
    void clientCertificateRequired()
    {
        TestCertificates certificates;
        QTemporaryDir dir;
        int scrapes = 0;
        const auto server = startClientAuth(certificates, dir, &scrapes);
        QVERIFY(server);
        const QString ca = dir.filePath(QStringLiteral("ca.pem"));

        TestHttp signedClient(base(*server, "https"));
        QVERIFY(signedClient.setCaFile(ca));
        QVERIFY(signedClient.setClientCertificate(certificates.clientCertificateFile(),
                                                  certificates.clientKeyFile()));
        const TestResponse ok = signedClient.get(QStringLiteral("/metrics"));
        QVERIFY2(ok.status == 200, qPrintable(ok.summary()));
        QCOMPARE(ok.body, Exposition);
        QCOMPARE(scrapes, 1);

        TestHttp anonymous(base(*server, "https"));
        QVERIFY(anonymous.setCaFile(ca));
        anonymous.setTimeoutMs(5000);
        const TestResponse refused = anonymous.get(QStringLiteral("/metrics"));
        QVERIFY2(refused.status == 0, qPrintable(refused.summary()));

        TestHttp rogue(base(*server, "https"));
        QVERIFY(rogue.setCaFile(ca));
        QVERIFY(rogue.setClientCertificate(certificates.selfSignedCertificateFile(),
                                           certificates.selfSignedKeyFile()));
        rogue.setTimeoutMs(5000);
        const TestResponse rogueAnswer = rogue.get(QStringLiteral("/metrics"));
        QVERIFY2(rogueAnswer.status == 0, qPrintable(rogueAnswer.summary()));
        QCOMPARE(scrapes, 1);

        // The refusals did not wedge the server: the trusted client is still served.
        QCOMPARE(signedClient.get(QStringLiteral("/healthz")).status, 200);
    }

    // A real Prometheus with tls_config cert_file/key_file scrapes it; one without is refused.
    void prometheusScrapesWithClientCertificate()
    {
        if (!QFile::exists(PrometheusFixture::binary()))
            QSKIP("prometheus is not installed (Debian package prometheus)");
        TestCertificates certificates;
        QTemporaryDir dir;
        int scrapes = 0;
        const auto server = startClientAuth(certificates, dir, &scrapes);
        QVERIFY(server);
        const QString target = QStringLiteral("127.0.0.1:%1").arg(server->port());
        PrometheusOptions options;
        options.targets = {target};
        options.scheme = QStringLiteral("https");
        options.caFile = dir.filePath(QStringLiteral("ca.pem"));
        PrometheusOptions withoutCertificate = options;
        withoutCertificate.jobName = QStringLiteral("anonymous");
        options.certFile = certificates.clientCertificateFile();
        options.keyFile = certificates.clientKeyFile();
        PrometheusFixture prometheus(options);
        PrometheusFixture anonymous(withoutCertificate);
        QString error;
        QVERIFY2(prometheus.start(&error), qPrintable(error));
        QVERIFY2(anonymous.start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(prometheus.value(QStringLiteral("clusterdesk_node_up")) == 1.0,
                                 30000);
        QTRY_VERIFY_WITH_TIMEOUT(anonymous.value(QStringLiteral("up")) == 0.0, 30000);
        QCOMPARE(prometheus.value(QStringLiteral("up")), std::optional<double>(1.0));
        QVERIFY(!anonymous.value(QStringLiteral("clusterdesk_node_up")));
        QVERIFY(scrapes > 0);
    }
};

QTEST_GUILESS_MAIN(tst_ExporterHttpServer)
#include "tst_ExporterHttpServer.moc"
