// StatusRoutes through the route table, on a node inside this process: /healthz for any
// method, the read-only views behind sign-in, 404/405 answers, and /api/v1/node as a clock
// sample (t1Us, t2Us) that carries the node's injected offset. Also the delayJitterMs fault,
// which lengthens the round trip of such a sample by a random 0..N ms.

#include "FaultState.h"
#include "InProcessNode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace node;

class tst_StatusRoutes final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<InProcessNode> m_nodes;
    NodeInstance *m_node = nullptr;

    NodeAnswer get(const QString &path, const QByteArray &user = InProcessNode::kAdmin)
    {
        return m_nodes->call("GET", m_nodes->url(*m_node, path), {}, {}, user);
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

    void healthAnswersAnyMethodWithoutSignIn()
    {
        for (const QByteArray &method : {QByteArray("GET"), QByteArray("POST")}) {
            const NodeAnswer health = m_nodes->call(
                method, m_nodes->url(*m_node, QStringLiteral("/healthz")), {}, {}, {});
            QCOMPARE(health.status, 200);
            QCOMPARE(health.json.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        }
        m_node->faults().setDegraded(true);
        QCOMPARE(get(QStringLiteral("/healthz"), {}).status, 503);
        QCOMPARE(get(QStringLiteral("/healthz/more"), {}).status, 404);
    }

    // Sign-in comes before the lookup: an unknown /api/v1 path is 401 to a stranger.
    void signInBeforeLookup()
    {
        QCOMPARE(get(QStringLiteral("/api/v1/nowhere"), {}).status, 401);
        QCOMPARE(get(QStringLiteral("/api/v1/node"), "admin:wrong").status, 401);
        const NodeAnswer missing = get(QStringLiteral("/api/v1/nowhere"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json.value(QLatin1String("type")).toString(),
                 QStringLiteral("https://clusterdesk.example/problems/no-route"));
        QCOMPARE(get(QStringLiteral("/api/v1"), InProcessNode::kViewer).status, 404);
        QCOMPARE(get(QStringLiteral("/api/v2/node")).status, 404);
    }

    void viewsAreGetOnly_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *path : {"/api/v1/node", "/api/v1/time", "/api/v1/cluster",
                                 "/api/v1/license", "/api/v1/dataflows", "/api/v1/config/changes",
                                 "/api/v1/session", "/api/v1/config/requests/abc"})
            QTest::newRow(path) << QString::fromLatin1(path);
    }
    void viewsAreGetOnly()
    {
        QFETCH(QString, path);
        const NodeAnswer refused =
            m_nodes->call("POST", m_nodes->url(*m_node, path), {}, "{}", InProcessNode::kViewer);
        QCOMPARE(refused.status, 405);
        QCOMPARE(refused.headers.value("allow"), QByteArray("GET"));
        QCOMPARE(m_nodes->call("DELETE", m_nodes->url(*m_node, path)).status, 405);
    }

    void views()
    {
        const NodeAnswer session = get(QStringLiteral("/api/v1/session"), InProcessNode::kViewer);
        QCOMPARE(session.status, 200);
        QCOMPARE(session.json.value(QLatin1String("role")).toString(), QStringLiteral("viewer"));
        QCOMPARE(session.json.value(QLatin1String("canWrite")).toBool(true), false);
        const NodeAnswer cluster = get(QStringLiteral("/api/v1/cluster"), InProcessNode::kViewer);
        QCOMPARE(cluster.status, 200);
        QCOMPARE(cluster.json.value(QLatin1String("primaryId")).toString(), QStringLiteral("n1"));
        QCOMPARE(get(QStringLiteral("/api/v1/license")).status, 200);
        QVERIFY(get(QStringLiteral("/api/v1/dataflows")).json.contains(QLatin1String("dataflows")));
        QCOMPARE(get(QStringLiteral("/api/v1/config/changes?after=0&limit=5")).status, 200);
        QCOMPARE(get(QStringLiteral("/api/v1/config/changes?after=-1")).status, 400);
        QCOMPARE(get(QStringLiteral("/api/v1/config/changes?limit=1001")).status, 400);
        QCOMPARE(get(QStringLiteral("/api/v1/config/requests/no%20spaces")).status, 400);
        const NodeAnswer unknown = get(QStringLiteral("/api/v1/config/requests/never-sent"));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.json.value(QLatin1String("type")).toString(),
                 QStringLiteral("https://clusterdesk.example/problems/unknown-request"));
    }

    // One /api/v1/node exchange is also a clock sample on the node's clock: with the clock
    // 800 ms ahead, t1 and t2 lie 800 ms after the test's send and before its receipt.
    // The change log serves each change's before and after, a secret only as a marker.
    void changeLogCarriesBeforeAndAfter()
    {
        const QUrl orders = m_nodes->url(*m_node, QStringLiteral("/api/v1/resources/jdbc/orders"));
        const auto body = [](const QString &password, const QString &url) {
            return QJsonDocument(
                       QJsonObject{{QStringLiteral("description"), QStringLiteral("d")},
                                   {QStringLiteral("spec"),
                                    QJsonObject{{QStringLiteral("driver"), QStringLiteral("pg")},
                                                {QStringLiteral("driverClass"),
                                                 QStringLiteral("org.postgresql.Driver")},
                                                {QStringLiteral("url"), url},
                                                {QStringLiteral("password"), password}}}})
                .toJson(QJsonDocument::Compact);
        };
        const QList<QPair<QByteArray, QByteArray>> json{{"Content-Type", "application/json"}};
        QCOMPARE(m_nodes
                     ->call("PUT", orders,
                            json + QList<QPair<QByteArray, QByteArray>>{{"If-None-Match", "*"}},
                            body(QStringLiteral("first-pw-3f9a"), QStringLiteral("jdbc:pg:a")))
                     .status,
                 201);
        QCOMPARE(m_nodes
                     ->call("PUT", orders,
                            json + QList<QPair<QByteArray, QByteArray>>{{"If-Match", "\"1\""}},
                            body(QStringLiteral("first-pw-3f9a"), QStringLiteral("jdbc:pg:b")))
                     .status,
                 200);
        const NodeAnswer log =
            get(QStringLiteral("/api/v1/config/changes?after=0"), InProcessNode::kViewer);
        QCOMPARE(log.status, 200);
        QVERIFY(!log.body.contains("first-pw-3f9a"));
        const QJsonArray changes = log.json.value(QLatin1String("changes")).toArray();
        QCOMPARE(changes.size(), 2);
        const QJsonObject create = changes.at(0).toObject();
        QVERIFY(create.value(QLatin1String("recorded")).toBool());
        QVERIFY(create.value(QLatin1String("before")).isNull());
        const QJsonObject update = changes.at(1).toObject();
        const QJsonObject before =
            update.value(QLatin1String("before"))[QLatin1String("spec")].toObject();
        const QJsonObject after =
            update.value(QLatin1String("after"))[QLatin1String("spec")].toObject();
        QCOMPARE(before.value(QLatin1String("url")).toString(), QStringLiteral("jdbc:pg:a"));
        QCOMPARE(after.value(QLatin1String("url")).toString(), QStringLiteral("jdbc:pg:b"));
        QCOMPARE(after.value(QLatin1String("password")).toObject(),
                 QJsonObject({{QStringLiteral("secret"), QStringLiteral("unchanged")}}));
    }

    void nodeCarriesAClockSample()
    {
        m_node->faults().setClockOffsetMs(800);
        const NodeAnswer answer = get(QStringLiteral("/api/v1/node"), InProcessNode::kViewer);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(QLatin1String("id")).toString(), QStringLiteral("n1"));
        QVERIFY(answer.json.value(QLatin1String("config")).isObject()); // the view is all there
        const qint64 t1 = answer.json.value(QLatin1String("t1Us")).toInteger();
        const qint64 t2 = answer.json.value(QLatin1String("t2Us")).toInteger();
        const qint64 offsetUs = 800'000;
        QVERIFY2(t1 <= t2, qPrintable(QStringLiteral("%1 > %2").arg(t1).arg(t2)));
        QVERIFY(t1 - offsetUs >= answer.sentUs);
        QVERIFY(t2 - offsetUs <= answer.answeredUs);
        // The NTP estimate from this one sample is the offset, within half the round trip.
        const qint64 estimate = ((t1 - answer.sentUs) + (t2 - answer.answeredUs)) / 2;
        const qint64 roundTrip = (answer.answeredUs - answer.sentUs) - (t2 - t1);
        QVERIFY2(
            qAbs(estimate - offsetUs) <= roundTrip / 2 + 1000,
            qPrintable(
                QStringLiteral("estimate %1 µs, round trip %2 µs").arg(estimate).arg(roundTrip)));
        // The node's other clock field agrees.
        const qint64 unixMs = answer.json.value(QLatin1String("clock"))
                                  .toObject()
                                  .value(QLatin1String("unixMs"))
                                  .toInteger();
        QVERIFY(qAbs(unixMs * 1000 - t1) < 1'000'000);
    }

    // delayJitterMs holds each request a random 0..N ms before the node stamps its arrival,
    // so the round trips of /api/v1/time samples spread over about N ms while t2 - t1 stays
    // small. Bounds are generous: only the spread and the order are asserted.
    void jitterSpreadsTheRoundTrip()
    {
        QString error;
        QVERIFY(m_node->faults().apply({{QStringLiteral("delayJitterMs"), 60}}, &error));
        qint64 shortest = std::numeric_limits<qint64>::max();
        qint64 longest = 0;
        for (int i = 0; i < 30; ++i) {
            const NodeAnswer answer = get(QStringLiteral("/api/v1/time"), InProcessNode::kViewer);
            QCOMPARE(answer.status, 200);
            const qint64 t1 = answer.json.value(QLatin1String("t1Us")).toInteger();
            const qint64 t2 = answer.json.value(QLatin1String("t2Us")).toInteger();
            QVERIFY(t1 <= t2);
            QVERIFY(t1 >= answer.sentUs); // stamped after the wait, on the node's (same) clock
            const qint64 roundTrip = (answer.answeredUs - answer.sentUs) - (t2 - t1);
            shortest = std::min(shortest, roundTrip);
            longest = std::max(longest, roundTrip);
        }
        // 30 draws from 0..60 ms: a spread under 20 ms has a chance far below 1e-9.
        QVERIFY2(longest - shortest >= 20'000,
                 qPrintable(QStringLiteral("round trips %1..%2 µs").arg(shortest).arg(longest)));
        QVERIFY(m_node->faults().apply({{QStringLiteral("delayJitterMs"), 0}}, &error));
        QCOMPARE(m_node->faults().nextJitterMs(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_StatusRoutes)
#include "tst_StatusRoutes.moc"
