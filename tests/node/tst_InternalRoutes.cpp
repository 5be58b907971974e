// InternalRoutes through the route table, on nodes inside this process: /internal/v1 answers
// only peers (a relayed request is 403, a missing secret 401), the fault switch does not exist
// without --allow-fault-injection (404 before any other check), and each route's method,
// body checks and answer.

#include "ConfigDatabase.h"
#include "FaultState.h"
#include "InProcessNode.h"

#include <QJsonDocument>
#include <QTest>

using namespace node;

class tst_InternalRoutes final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<InProcessNode> m_nodes;
    NodeInstance *m_node = nullptr;

    QUrl url(const QString &path) const { return m_nodes->url(*m_node, path); }

private Q_SLOTS:
    void init()
    {
        m_nodes = std::make_unique<InProcessNode>();
        QString error;
        m_node = m_nodes->start(m_nodes->options(QStringLiteral("n1")), &error);
        QVERIFY2(m_node, qPrintable(error));
    }

    void cleanup() { m_nodes.reset(); }

    void peersOnly()
    {
        const QUrl status = url(QStringLiteral("/internal/v1/status"));
        const NodeAnswer relayed = m_nodes->call(
            "GET", status,
            {{"X-Cluster-Secret", InProcessNode::kSecret}, {"X-Forwarded-For", "10.0.0.9"}}, {},
            {});
        QCOMPARE(relayed.status, 403);
        QCOMPARE(relayed.json.value(QLatin1String("type")).toString(),
                 QStringLiteral("https://clusterdesk.example/problems/internal-only"));
        QCOMPARE(m_nodes->call("GET", status, {}, {}, {}).status, 401);
        QCOMPARE(m_nodes->call("GET", status, {{"X-Cluster-Secret", "wrong"}}, {}, {}).status, 401);
        // A user's password is no cluster secret.
        QCOMPARE(m_nodes->call("GET", status).status, 401);
        // Unknown internal paths: the peer checks come first, as for the known ones.
        QCOMPARE(
            m_nodes->call("GET", url(QStringLiteral("/internal/v1/nothing")), {}, {}, {}).status,
            401);
        QCOMPARE(m_nodes->callAsPeer("GET", url(QStringLiteral("/internal/v1/nothing"))).status,
                 404);
        QCOMPARE(m_nodes->callAsPeer("GET", url(QStringLiteral("/internal/v1"))).status, 404);
    }

    void status()
    {
        const qint64 before = InProcessNode::nowUs();
        const NodeAnswer status =
            m_nodes->callAsPeer("GET", url(QStringLiteral("/internal/v1/status")));
        QCOMPARE(status.status, 200);
        QCOMPARE(status.json.value(QLatin1String("id")).toString(), QStringLiteral("n1"));
        QCOMPARE(status.json.value(QLatin1String("role")).toString(), QStringLiteral("primary"));
        QVERIFY(status.json.value(QLatin1String("t1Us")).toInteger() >= before);
        const NodeAnswer post =
            m_nodes->callAsPeer("POST", url(QStringLiteral("/internal/v1/status")));
        QCOMPARE(post.status, 405);
        QCOMPARE(post.headers.value("allow"), QByteArray("GET"));
    }

    void changes()
    {
        const NodeAnswer feed =
            m_nodes->callAsPeer("GET", url(QStringLiteral("/internal/v1/changes?after=0")));
        QCOMPARE(feed.status, 200);
        QCOMPARE(feed.json.value(QLatin1String("revision")).toInteger(), 0);
        QVERIFY(feed.json.value(QLatin1String("changes")).isArray());
        for (const char *query : {"", "?after=-1", "?after=x", "?after=0&waitMs=-5"}) {
            QCOMPARE(m_nodes
                         ->callAsPeer("GET", url(QStringLiteral("/internal/v1/changes") +
                                                 QLatin1String(query)))
                         .status,
                     400);
        }
        const NodeAnswer post =
            m_nodes->callAsPeer("POST", url(QStringLiteral("/internal/v1/changes?after=0")));
        QCOMPARE(post.status, 405);
    }

    void forwardedWrite()
    {
        const QUrl write = url(QStringLiteral("/internal/v1/write"));
        const NodeAnswer get = m_nodes->callAsPeer("GET", write);
        QCOMPARE(get.status, 405);
        QCOMPARE(get.headers.value("allow"), QByteArray("POST"));
        QCOMPARE(m_nodes->callAsPeer("POST", write, "{\"method\": \"PATCH\"}").status, 400);
        QCOMPARE(m_nodes->callAsPeer("POST", write, "not json").status, 400);
        const QJsonObject command{
            {QStringLiteral("method"), QStringLiteral("PUT")},
            {QStringLiteral("type"), QStringLiteral("jdbc")},
            {QStringLiteral("name"), QStringLiteral("orders")},
            {QStringLiteral("user"), QStringLiteral("admin")},
            {QStringLiteral("ifNoneMatch"), QStringLiteral("*")},
            {QStringLiteral("requestId"), QStringLiteral("req-1")},
            {QStringLiteral("body"),
             QString::fromUtf8(InProcessNode::resourceBody(QStringLiteral("jdbc:pg:o")))}};
        const NodeAnswer applied =
            m_nodes->callAsPeer("POST", write, QJsonDocument(command).toJson());
        QCOMPARE(applied.status, 201);
        QCOMPARE(applied.headers.value("x-request-id"), QByteArray("req-1"));
        QCOMPARE(m_node->database().revision(), 1);
    }

    void revocations()
    {
        const QUrl revocations = url(QStringLiteral("/internal/v1/revocations"));
        QCOMPARE(m_nodes->callAsPeer("POST", revocations, "{\"sessions\": 5}").status, 400);
        const qint64 expires = QDateTime::currentSecsSinceEpoch() + 600;
        const QByteArray body = QStringLiteral("{\"sessions\": [{\"session\": "
                                               "\"8c1d7a3e-6b0f-4d57-9a52-0d3f2b9f1e11\", "
                                               "\"expires\": %1}]}")
                                    .arg(expires)
                                    .toUtf8();
        const NodeAnswer merged = m_nodes->callAsPeer("POST", revocations, body);
        QCOMPARE(merged.status, 200);
        QCOMPARE(merged.json.value(QLatin1String("accepted")).toInt(), 1);
        const NodeAnswer listed = m_nodes->callAsPeer("GET", revocations);
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.json.value(QLatin1String("sessions")).toArray().size(), 1);
        const NodeAnswer put = m_nodes->callAsPeer("PUT", revocations, body);
        QCOMPARE(put.status, 405);
        QCOMPARE(put.headers.value("allow"), QByteArray("GET, POST"));
    }

    void faults()
    {
        const QUrl faults = url(QStringLiteral("/internal/v1/faults"));
        QCOMPARE(m_nodes->callAsPeer("GET", faults).json.value(QLatin1String("delayMs")).toInt(-1),
                 0);
        const NodeAnswer set =
            m_nodes->callAsPeer("POST", faults, "{\"delayJitterMs\": 40, \"degraded\": true}");
        QCOMPARE(set.status, 200);
        QCOMPARE(set.json.value(QLatin1String("delayJitterMs")).toInt(), 40);
        QCOMPARE(m_node->faults().delayJitterMs(), 40);
        QVERIFY(m_node->faults().degraded());
        QCOMPARE(m_nodes->callAsPeer("POST", faults, "{\"delayJitterMs\": -1}").status, 400);
        QCOMPARE(m_node->faults().delayJitterMs(), 40); // a refused body changes nothing
        QCOMPARE(m_nodes->callAsPeer("DELETE", faults).status, 405);
    }

    // Without --allow-fault-injection the switch is absent: 404 even before the peer checks.
    void faultsSwitchedOff()
    {
        NodeOptions options = m_nodes->options(QStringLiteral("n2"));
        options.allowFaultInjection = false;
        QString error;
        NodeInstance *plain = m_nodes->start(options, &error);
        QVERIFY2(plain, qPrintable(error));
        const QUrl faults = m_nodes->url(*plain, QStringLiteral("/internal/v1/faults"));
        QCOMPARE(m_nodes->callAsPeer("GET", faults).status, 404);
        QCOMPARE(m_nodes->callAsPeer("POST", faults, "{\"degraded\": true}").status, 404);
        QCOMPARE(m_nodes->call("GET", faults, {{"X-Forwarded-For", "10.0.0.9"}}, {}, {}).status,
                 404);
        QVERIFY(!plain->faults().degraded());
        QCOMPARE(
            m_nodes->callAsPeer("GET", m_nodes->url(*plain, QStringLiteral("/internal/v1/status")))
                .status,
            200);
    }
};

QTEST_GUILESS_MAIN(tst_InternalRoutes)
#include "tst_InternalRoutes.moc"
