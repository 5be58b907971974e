// POST /api/v1/resources/{type}/{name}/test on a node inside this process, against real
// listeners the test starts: a TCP server (ok), a port nothing listens on (connection refused),
// a host that does not resolve, a TLS server whose certificate names another host (name
// mismatch), an HTTP server answering HEAD (or 405, then OPTIONS), a directory that exists or
// not. Also: admins only, a capped budget, unknown resources, no secret in the answer.

#include "FreePorts.h"
#include "HostileHttpServer.h"
#include "InProcessNode.h"
#include "TestCertificates.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace node;

class tst_ResourceTestRoutes final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<InProcessNode> m_nodes;
    NodeInstance *m_node = nullptr;

    QUrl url(const QString &path) const { return m_nodes->url(*m_node, path); }

    void put(const QString &type, const QString &name, const QJsonObject &spec)
    {
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("spec"), spec}}).toJson();
        const NodeAnswer answer =
            m_nodes->call("PUT", url(QStringLiteral("/api/v1/resources/%1/%2").arg(type, name)),
                          {{"If-None-Match", "*"}, {"Content-Type", "application/json"}}, body);
        QVERIFY2(answer.status == 201, answer.body.constData());
    }

    NodeAnswer test(const QString &type, const QString &name, const QByteArray &body = {},
                    const QByteArray &user = InProcessNode::kAdmin)
    {
        return m_nodes->call("POST",
                             url(QStringLiteral("/api/v1/resources/%1/%2/test").arg(type, name)),
                             {{"Content-Type", "application/json"}}, body, user);
    }

    static QJsonObject jdbc(const QString &host, int port)
    {
        return {{QStringLiteral("driver"), QStringLiteral("postgresql")},
                {QStringLiteral("driverClass"), QStringLiteral("org.postgresql.Driver")},
                {QStringLiteral("url"),
                 QStringLiteral("jdbc:postgresql://%1:%2/x").arg(host).arg(port)},
                {QStringLiteral("password"), QStringLiteral("s3cret-value")}};
    }

    // The last check of an answer: the one that failed, or the last one passed.
    static QJsonObject lastCheck(const NodeAnswer &answer)
    {
        return answer.json.value(QLatin1String("checks")).toArray().last().toObject();
    }

private Q_SLOTS:
    void init()
    {
        m_nodes = std::make_unique<InProcessNode>();
        QString error;
        m_node = m_nodes->start(m_nodes->options(QStringLiteral("n1")), &error);
        QVERIFY2(m_node, qPrintable(error));
    }

    void cleanup() { m_nodes.reset(); }

    void tcpListenerIsOk()
    {
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        put(QStringLiteral("jdbc"), QStringLiteral("up"),
            jdbc(QStringLiteral("127.0.0.1"), listener.serverPort()));
        const NodeAnswer answer = test(QStringLiteral("jdbc"), QStringLiteral("up"));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(QLatin1String("node")).toString(), QStringLiteral("n1"));
        QVERIFY2(answer.json.value(QLatin1String("ok")).toBool(), answer.body.constData());
        const QJsonArray checks = answer.json.value(QLatin1String("checks")).toArray();
        QCOMPARE(checks.size(), 2);
        QCOMPARE(checks.at(0).toObject().value(QLatin1String("check")).toString(),
                 QStringLiteral("resolve"));
        QCOMPARE(checks.at(1).toObject().value(QLatin1String("check")).toString(),
                 QStringLiteral("connect"));
        QVERIFY(checks.at(1).toObject().value(QLatin1String("ms")).isDouble());
        QVERIFY(!answer.body.contains("s3cret-value"));
    }

    void closedPortIsRefused()
    {
        const auto port = FreePorts::one();
        QVERIFY(port);
        put(QStringLiteral("jdbc"), QStringLiteral("closed"),
            jdbc(QStringLiteral("127.0.0.1"), *port));
        const NodeAnswer answer = test(QStringLiteral("jdbc"), QStringLiteral("closed"));
        QCOMPARE(answer.status, 200);
        QVERIFY(!answer.json.value(QLatin1String("ok")).toBool());
        QCOMPARE(lastCheck(answer).value(QLatin1String("check")).toString(),
                 QStringLiteral("connect"));
        QCOMPARE(lastCheck(answer).value(QLatin1String("reason")).toString(),
                 QStringLiteral("connection refused"));
    }

    void unresolvableHost()
    {
        put(QStringLiteral("jdbc"), QStringLiteral("nohost"),
            jdbc(QStringLiteral("no-such-host.invalid"), 5432));
        const NodeAnswer answer = test(QStringLiteral("jdbc"), QStringLiteral("nohost"));
        QCOMPARE(answer.status, 200);
        QCOMPARE(lastCheck(answer).value(QLatin1String("check")).toString(),
                 QStringLiteral("resolve"));
        QCOMPARE(lastCheck(answer).value(QLatin1String("reason")).toString(),
                 QStringLiteral("host does not resolve"));
    }

    void tlsNameMismatch()
    {
        TestCertificates certificates;
        QString error;
        QVERIFY2(certificates.create(&error), qPrintable(error));
        HostileHttpServer tls;
        tls.setTls(certificates.serverCertificate(), certificates.serverKey());
        QVERIFY(tls.start());
        // The certificate names 127.0.0.1 only; the definition says localhost.
        put(QStringLiteral("fileserver"), QStringLiteral("ftps"),
            {{QStringLiteral("protocol"), QStringLiteral("ftps")},
             {QStringLiteral("host"), QStringLiteral("localhost")},
             {QStringLiteral("port"), tls.url().port()},
             {QStringLiteral("rootPath"), QStringLiteral("/in")}});
        const NodeAnswer answer = test(QStringLiteral("fileserver"), QStringLiteral("ftps"));
        QCOMPARE(answer.status, 200);
        QCOMPARE(lastCheck(answer).value(QLatin1String("check")).toString(), QStringLiteral("tls"));
        QVERIFY2(lastCheck(answer)
                     .value(QLatin1String("reason"))
                     .toString()
                     .startsWith(QLatin1String("TLS: certificate name mismatch")),
                 answer.body.constData());
    }

    void webServiceHead()
    {
        HostileHttpServer http;
        QVERIFY(http.start());
        http.setHandler([](const HostileHttpServer::Request &request) {
            if (request.path() == "/missing")
                return HostileHttpServer::Response{404, {}, {}};
            if (request.method == "HEAD" && request.path() == "/soap")
                return HostileHttpServer::Response{405, {}, {}};
            return HostileHttpServer::Response{204, {}, {}};
        });
        const auto service = [&](const QString &name, const QString &path) {
            put(QStringLiteral("webservice"), name,
                {{QStringLiteral("kind"), QStringLiteral("REST")},
                 {QStringLiteral("url"), http.url().resolved(QUrl(path)).toString()}});
        };
        service(QStringLiteral("rest"), QStringLiteral("/rest"));
        service(QStringLiteral("soap"), QStringLiteral("/soap"));
        service(QStringLiteral("gone"), QStringLiteral("/missing"));

        NodeAnswer answer = test(QStringLiteral("webservice"), QStringLiteral("rest"));
        QVERIFY2(answer.json.value(QLatin1String("ok")).toBool(), answer.body.constData());
        QCOMPARE(lastCheck(answer).value(QLatin1String("check")).toString(),
                 QStringLiteral("http"));
        QCOMPARE(lastCheck(answer).value(QLatin1String("method")).toString(),
                 QStringLiteral("HEAD"));
        QCOMPARE(lastCheck(answer).value(QLatin1String("status")).toInt(), 204);

        answer = test(QStringLiteral("webservice"), QStringLiteral("soap"));
        QVERIFY2(answer.json.value(QLatin1String("ok")).toBool(), answer.body.constData());
        QCOMPARE(lastCheck(answer).value(QLatin1String("method")).toString(),
                 QStringLiteral("OPTIONS"));

        answer = test(QStringLiteral("webservice"), QStringLiteral("gone"));
        QVERIFY(!answer.json.value(QLatin1String("ok")).toBool());
        QCOMPARE(lastCheck(answer).value(QLatin1String("reason")).toString(),
                 QStringLiteral("HTTP 404"));
    }

    void databaseLocation()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto database = [&](const QString &name, const QString &location) {
            put(QStringLiteral("database"), name,
                {{QStringLiteral("module"), QStringLiteral("GeoStan")},
                 {QStringLiteral("kind"), QStringLiteral("geocoding")},
                 {QStringLiteral("location"), location},
                 {QStringLiteral("placement"), QStringLiteral("each-node")}});
        };
        database(QStringLiteral("here"), dir.path());
        database(QStringLiteral("missing"), dir.filePath(QStringLiteral("nope")));
        NodeAnswer answer = test(QStringLiteral("database"), QStringLiteral("here"));
        QVERIFY2(answer.json.value(QLatin1String("ok")).toBool(), answer.body.constData());
        QCOMPARE(lastCheck(answer).value(QLatin1String("check")).toString(),
                 QStringLiteral("location"));
        QCOMPARE(lastCheck(answer).value(QLatin1String("kind")).toString(),
                 QStringLiteral("directory"));
        answer = test(QStringLiteral("database"), QStringLiteral("missing"));
        QVERIFY(!answer.json.value(QLatin1String("ok")).toBool());
        QCOMPARE(lastCheck(answer).value(QLatin1String("reason")).toString(),
                 QStringLiteral("does not exist"));
        // A relative location is read in the node's own data directory.
        const QString dataDir = m_node->options().dataDirectory;
        QVERIFY(QDir(dataDir).mkpath(QStringLiteral("geo")));
        database(QStringLiteral("relative"), QStringLiteral("geo"));
        answer = test(QStringLiteral("database"), QStringLiteral("relative"));
        QVERIFY2(answer.json.value(QLatin1String("ok")).toBool(), answer.body.constData());
        QCOMPARE(lastCheck(answer).value(QLatin1String("target")).toString(),
                 QDir(dataDir).filePath(QStringLiteral("geo")));
    }

    void refusals()
    {
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        put(QStringLiteral("jdbc"), QStringLiteral("db"),
            jdbc(QStringLiteral("127.0.0.1"), listener.serverPort()));
        QCOMPARE(
            test(QStringLiteral("jdbc"), QStringLiteral("db"), {}, InProcessNode::kViewer).status,
            403);
        QCOMPARE(test(QStringLiteral("jdbc"), QStringLiteral("none")).status, 404);
        QCOMPARE(test(QStringLiteral("nope"), QStringLiteral("db")).status, 404);
        QCOMPARE(test(QStringLiteral("jdbc"), QStringLiteral("db"), "[1]").status, 400);
        QCOMPARE(test(QStringLiteral("jdbc"), QStringLiteral("db"), R"({"timeoutMs":"x"})").status,
                 400);
        // Far beyond the cap is capped, not refused.
        QCOMPARE(
            test(QStringLiteral("jdbc"), QStringLiteral("db"), R"({"timeoutMs":99999999})").status,
            200);
    }
};

QTEST_MAIN(tst_ResourceTestRoutes)
#include "tst_ResourceTestRoutes.moc"
