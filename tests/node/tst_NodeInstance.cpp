// NodeInstance: a primary and a replica running in this process on free loopback ports,
// exercised over real HTTP: common headers, auth, forwarded writes, the replication
// long-poll, deferred (delayed) answers, client disconnects and the primary going away.

#include "ConfigDatabase.h"
#include "Credentials.h"
#include "FaultState.h"
#include "NodeInstance.h"
#include "RevisionWaiters.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace node;

namespace {

struct Answer
{
    int status = 0;
    QJsonObject json;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers; // lower-case names
};

const QByteArray kSecret = "in-process-test-cluster-secret";

} // namespace

class tst_NodeInstance final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<NodeInstance> m_primary;
    std::unique_ptr<NodeInstance> m_replica;
    int m_generation = 0;

    void writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    NodeOptions optionsFor(const QString &id)
    {
        NodeOptions options;
        options.id = id;
        options.name = id;
        options.listenPort = 0; // any free port
        options.dataDirectory = m_dir.filePath(id + QString::number(m_generation));
        options.clusterName = QStringLiteral("test");
        options.usersFile = m_dir.filePath(QStringLiteral("users.json"));
        options.clusterSecretFile = m_dir.filePath(QStringLiteral("secret"));
        options.allowFaultInjection = true;
        options.primaryId = id; // the replica's options name the primary instead
        return options;
    }

    static QUrl urlOf(NodeInstance &node, const QString &path)
    {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(node.port());
        url.setPath(path);
        return url;
    }

    Answer call(const QByteArray &method, const QUrl &url,
                const QList<QPair<QByteArray, QByteArray>> &headers = {},
                const QByteArray &body = {}, QByteArray user = "admin:pw-admin")
    {
        QNetworkRequest request(url);
        if (!user.isEmpty())
            request.setRawHeader("Authorization", "Basic " + user.toBase64());
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(15000);
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.error = reply->error();
        answer.json = QJsonDocument::fromJson(reply->readAll()).object();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            answer.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return answer;
    }

    static QByteArray jdbcBody(const QString &url)
    {
        return QJsonDocument(
                   QJsonObject{
                       {QStringLiteral("description"), QStringLiteral("test")},
                       {QStringLiteral("spec"),
                        QJsonObject{{QStringLiteral("driver"), QStringLiteral("postgresql")},
                                    {QStringLiteral("driverClass"),
                                     QStringLiteral("org.postgresql.Driver")},
                                    {QStringLiteral("url"), url},
                                    {QStringLiteral("password"), QStringLiteral("pw")}}}})
            .toJson();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_network.setProxy(QNetworkProxy::NoProxy);
        // Few PBKDF2 iterations keep the test quick; the verification code is the same.
        writeFile(QStringLiteral("users.json"),
                  "{\"users\": [{\"name\": \"admin\", \"role\": \"admin\", \"hash\": \"" +
                      Credentials::hashPassword(QStringLiteral("pw-admin"), 1000).toLatin1() +
                      "\"}, {\"name\": \"viewer\", \"role\": \"viewer\", \"hash\": \"" +
                      Credentials::hashPassword(QStringLiteral("pw-viewer"), 1000).toLatin1() +
                      "\"}]}");
        writeFile(QStringLiteral("secret"), kSecret);
    }

    void init()
    {
        ++m_generation; // fresh data directories for every test
        m_primary = std::make_unique<NodeInstance>(optionsFor(QStringLiteral("p")));
        QString error;
        QVERIFY2(m_primary->start(&error), qPrintable(error));
        NodeOptions replicaOptions = optionsFor(QStringLiteral("r"));
        QUrl primaryUrl = urlOf(*m_primary, QString());
        replicaOptions.peers = {{QStringLiteral("p"), primaryUrl}};
        replicaOptions.primaryId = QStringLiteral("p");
        m_replica = std::make_unique<NodeInstance>(replicaOptions);
        QVERIFY2(m_replica->start(&error), qPrintable(error));
    }

    void cleanup()
    {
        m_replica.reset();
        m_primary.reset();
    }

    void commonHeadersAndHealth()
    {
        const Answer health =
            call("GET", urlOf(*m_replica, QStringLiteral("/healthz")), {}, {}, {});
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json.value(QStringLiteral("nodeId")).toString(), QStringLiteral("r"));
        QCOMPARE(health.headers.value("x-cluster-node-id"), QByteArray("r"));
        QCOMPARE(health.headers.value("x-config-revision"), QByteArray("0"));
        const Answer missing = call("GET", urlOf(*m_replica, QStringLiteral("/nowhere")));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.headers.value("content-type"), QByteArray("application/problem+json"));
        QCOMPARE(missing.headers.value("x-cluster-node-id"), QByteArray("r"));
    }

    void authentication()
    {
        const QUrl resources = urlOf(*m_replica, QStringLiteral("/api/v1/resources"));
        const Answer anonymous = call("GET", resources, {}, {}, {});
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.headers.value("www-authenticate"),
                 QByteArray("Bearer realm=\"clusterdesk\""));
        QCOMPARE(call("GET", resources, {}, {}, "admin:wrong").status, 401);
        QCOMPARE(call("GET", resources, {}, {}, "viewer:pw-viewer").status, 200);
        const Answer viewerWrite = call(
            "PUT", urlOf(*m_replica, QStringLiteral("/api/v1/resources/jdbc/x")),
            {{"If-None-Match", "*"}}, jdbcBody(QStringLiteral("jdbc:pg:x")), "viewer:pw-viewer");
        QCOMPARE(viewerWrite.status, 403);

        // A token from the primary is good on the replica (same cluster secret).
        const Answer token =
            call("GET", urlOf(*m_primary, QStringLiteral("/security/rest/token/access/session/5")));
        QCOMPARE(token.status, 200);
        QCOMPARE(token.json.value(QStringLiteral("username")).toString(), QStringLiteral("admin"));
        const QByteArray bearer =
            "Bearer " + token.json.value(QStringLiteral("access_token")).toString().toLatin1();
        QCOMPARE(call("GET", resources, {{"Authorization", bearer}}, {}, {}).status, 200);
        QCOMPARE(call("GET", resources, {{"Authorization", bearer + "x"}}, {}, {}).status, 401);
        QCOMPARE(
            call("GET", urlOf(*m_primary, QStringLiteral("/security/rest/token/access/session/0")))
                .status,
            400);
    }

    void writeThroughReplica()
    {
        const QUrl onReplica = urlOf(*m_replica, QStringLiteral("/api/v1/resources/jdbc/orders"));
        const Answer created =
            call("PUT", onReplica, {{"If-None-Match", "*"}}, jdbcBody(QStringLiteral("jdbc:pg:a")));
        QCOMPARE(created.status, 201);
        QCOMPARE(created.headers.value("etag"), QByteArray("\"1\""));
        QCOMPARE(created.headers.value("x-cluster-node-id"), QByteArray("r"));
        QVERIFY(!created.json.value(QStringLiteral("spec"))
                     .toObject()
                     .contains(QStringLiteral("password")));
        QCOMPARE(created.json.value(QStringLiteral("secrets")).toObject(),
                 QJsonObject({{QStringLiteral("password"), true}}));
        QCOMPARE(m_primary->database().revision(), 1);
        QTRY_COMPARE(m_replica->database().revision(), 1);
        const Answer read = call("GET", onReplica);
        QCOMPARE(read.status, 200);
        QCOMPARE(read.headers.value("etag"), QByteArray("\"1\""));

        // Errors decided by the primary come back unchanged and change nothing.
        QCOMPARE(
            call("PUT", onReplica, {{"If-None-Match", "*"}}, jdbcBody(QStringLiteral("jdbc:pg:a")))
                .status,
            412);
        QCOMPARE(call("PUT", onReplica, {{"If-Match", "\"1\""}}, "{\"spec\":").status, 400);
        QCOMPARE(call("PUT", onReplica, {}, jdbcBody(QStringLiteral("jdbc:pg:a"))).status, 428);
        const Answer invalid =
            call("PUT", onReplica, {{"If-Match", "\"1\""}}, jdbcBody(QStringLiteral("nope")));
        QCOMPARE(invalid.status, 422);
        QCOMPARE(invalid.json.value(QStringLiteral("field")).toString(),
                 QStringLiteral("spec.url"));
        QCOMPARE(m_primary->database().revision(), 1);

        const Answer deleted = call("DELETE", onReplica, {{"If-Match", "\"1\""}});
        QCOMPARE(deleted.status, 204);
        QTRY_COMPARE(m_replica->database().revision(), 2);
        QCOMPARE(call("GET", onReplica).status, 404);
    }

    void longPollAnswersOnWrite()
    {
        // The replica's own long-poll is held first (nothing to replicate yet); ours is second.
        const RevisionWaiters *waiters = m_primary->context().changeFeed;
        QTRY_COMPARE(waiters->pending(), qsizetype(1));
        QUrl changes = urlOf(*m_primary, QStringLiteral("/internal/v1/changes"));
        changes.setQuery(QStringLiteral("after=0&waitMs=20000"));
        QNetworkRequest request(changes);
        request.setRawHeader("X-Cluster-Secret", kSecret);
        QNetworkReply *held = m_network.get(request);
        QSignalSpy finished(held, &QNetworkReply::finished);
        // Nothing newer than 0 yet: once the primary holds the request, no answer has come.
        QTRY_COMPARE(waiters->pending(), qsizetype(2));
        QVERIFY(finished.isEmpty());
        QCOMPARE(call("PUT", urlOf(*m_primary, QStringLiteral("/api/v1/resources/jdbc/a")),
                      {{"If-None-Match", "*"}}, jdbcBody(QStringLiteral("jdbc:pg:a")))
                     .status,
                 201);
        QTRY_COMPARE(finished.size(), 1);
        const QJsonObject feed = QJsonDocument::fromJson(held->readAll()).object();
        held->deleteLater();
        QCOMPARE(feed.value(QStringLiteral("revision")).toInteger(), 1);
        const QJsonObject change =
            feed.value(QStringLiteral("changes")).toArray().first().toObject();
        // The replication payload carries the secret; public reads never do.
        QCOMPARE(change.value(QStringLiteral("resource"))
                     .toObject()
                     .value(QStringLiteral("spec"))
                     .toObject()
                     .value(QStringLiteral("password"))
                     .toString(),
                 QStringLiteral("pw"));
        QCOMPARE(call("GET", changes, {}, {}, {}).status, 401);
    }

    void delayedAnswersAndDisconnects()
    {
        QCOMPARE(call("POST", urlOf(*m_replica, QStringLiteral("/internal/v1/faults")),
                      {{"X-Cluster-Secret", kSecret}}, "{\"delayMs\": 300}", {})
                     .status,
                 200);
        QCOMPARE(m_replica->faults().delayMs(), 300);
        // A client that gives up while its answer is deferred must not hurt the node.
        QNetworkRequest request(urlOf(*m_replica, QStringLiteral("/api/v1/node")));
        request.setRawHeader("Authorization", "Basic " + QByteArray("admin:pw-admin").toBase64());
        QNetworkReply *abandoned = m_network.get(request);
        QTRY_COMPARE(m_replica->context().activeRequests, 1); // the node holds it
        abandoned->abort();
        abandoned->deleteLater();
        // The deferred answer still arrives for a patient client, with the common headers. Its
        // delay ends after the abandoned one's, so that one has met its closed socket first.
        const Answer delayed = call("GET", urlOf(*m_replica, QStringLiteral("/api/v1/time")));
        QCOMPARE(delayed.status, 200);
        QCOMPARE(delayed.headers.value("x-cluster-node-id"), QByteArray("r"));
        QVERIFY(delayed.json.value(QStringLiteral("t2Us")).toInteger() >=
                delayed.json.value(QStringLiteral("t1Us")).toInteger());
        QCOMPARE(m_replica->context().activeRequests, 0);
    }

    void faultsValidated()
    {
        const QUrl faults = urlOf(*m_replica, QStringLiteral("/internal/v1/faults"));
        QCOMPARE(
            call("POST", faults, {{"X-Cluster-Secret", kSecret}}, "{\"delayMs\": -5}", {}).status,
            400);
        QCOMPARE(call("POST", faults, {{"X-Cluster-Secret", kSecret}}, "{\"degraded\": true}", {})
                     .status,
                 200);
        QCOMPARE(call("GET", urlOf(*m_replica, QStringLiteral("/healthz")), {}, {}, {}).status,
                 503);
        QCOMPARE(call("GET", faults, {}, {}, {}).status, 401);
    }

    void kernelClockFaultReportedAndCleared()
    {
        const QUrl faults = urlOf(*m_replica, QStringLiteral("/internal/v1/faults"));
        const QUrl node = urlOf(*m_replica, QStringLiteral("/api/v1/node"));
        const QList<QByteArray> bad{"{\"kernelClock\": true}", "{\"kernelClock\": {}}",
                                    "{\"kernelClock\": {\"synchronized\": 1}}",
                                    "{\"kernelClock\": {\"synchronized\": true, "
                                    "\"maxErrorUs\": -1}}",
                                    "{\"kernelClock\": {\"synchronized\": true, \"x\": 1}}"};
        for (const QByteArray &body : bad)
            QCOMPARE(call("POST", faults, {{"X-Cluster-Secret", kSecret}}, body, {}).status, 400);
        QCOMPARE(call("POST", faults, {{"X-Cluster-Secret", kSecret}},
                      "{\"kernelClock\": {\"synchronized\": false, \"maxErrorUs\": 250000}}", {})
                     .status,
                 200);
        const auto clockOf = [&] {
            return call("GET", node).json.value(QStringLiteral("clock")).toObject();
        };
        QJsonObject clock = clockOf();
        QCOMPARE(clock.value(QStringLiteral("synchronized")).toBool(true), false);
        QCOMPARE(clock.value(QStringLiteral("maxErrorUs")).toInteger(), 250000);
        QCOMPARE(clock.value(QStringLiteral("source")).toString(),
                 QStringLiteral("fault-injection"));
        // null gives the kernel's own state back.
        QCOMPARE(
            call("POST", faults, {{"X-Cluster-Secret", kSecret}}, "{\"kernelClock\": null}", {})
                .status,
            200);
        clock = clockOf();
        QVERIFY(clock.value(QStringLiteral("source")).toString() !=
                QStringLiteral("fault-injection"));
    }

    void misdirectedAndTooLarge()
    {
        const QUrl node = urlOf(*m_replica, QStringLiteral("/api/v1/node"));
        const Answer misdirected = call("GET", node, {{"X-Cluster-Node", "p"}});
        QCOMPARE(misdirected.status, 421);
        QCOMPARE(misdirected.json.value(QStringLiteral("type")).toString(),
                 QStringLiteral("https://clusterdesk.example/problems/misdirected"));
        QCOMPARE(call("GET", node, {{"X-Cluster-Node", "r"}}).status, 200);
        const Answer large =
            call("PUT", urlOf(*m_primary, QStringLiteral("/api/v1/resources/jdbc/big")),
                 {{"If-None-Match", "*"}}, QByteArray(1024 * 1024 + 1, 'x'));
        QCOMPARE(large.status, 413);
        QCOMPARE(m_primary->database().revision(), 0);
    }

    void primaryGone()
    {
        QCOMPARE(call("PUT", urlOf(*m_replica, QStringLiteral("/api/v1/resources/jdbc/a")),
                      {{"If-None-Match", "*"}}, jdbcBody(QStringLiteral("jdbc:pg:a")))
                     .status,
                 201);
        m_primary.reset();
        const Answer refused =
            call("PUT", urlOf(*m_replica, QStringLiteral("/api/v1/resources/jdbc/b")),
                 {{"If-None-Match", "*"}}, jdbcBody(QStringLiteral("jdbc:pg:b")));
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.headers.value("retry-after"), QByteArray("2"));
        QCOMPARE(m_replica->database().revision(), 1);
        QCOMPARE(call("GET", urlOf(*m_replica, QStringLiteral("/api/v1/resources/jdbc/a"))).status,
                 200);
        QTRY_COMPARE(call("GET", urlOf(*m_replica, QStringLiteral("/api/v1/node")))
                         .json.value(QStringLiteral("config"))
                         .toObject()
                         .value(QStringLiteral("syncState"))
                         .toString(),
                     QStringLiteral("primary-unreachable"));
    }

    void drainingShutdown()
    {
        QSignalSpy drained(m_replica.get(), &NodeInstance::drained);
        const quint16 port = m_replica->port();
        m_replica->beginShutdown();
        QVERIFY(drained.wait(5000));
        QCOMPARE(m_replica->context().draining, true);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!socket.waitForConnected(2000)); // the listener is closed
    }
};

QTEST_GUILESS_MAIN(tst_NodeInstance)
#include "tst_NodeInstance.moc"
