// GET /metrics on a node inside this process: open without a token, in the exposition format
// promtool accepts, requests counted under their route's pattern (never the raw path), sign-in
// failures and the revision visible, and nothing secret or per user on the page.

#include "FaultState.h"
#include "InProcessNode.h"
#include "MetricsPage.h"
#include "NodeMetrics.h"

#include <QTest>

using namespace node;

class tst_NodeMetricsRoutes final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<InProcessNode> m_nodes;
    NodeInstance *m_node = nullptr;

    QByteArray scrape()
    {
        const NodeAnswer answer =
            m_nodes->call("GET", m_nodes->url(*m_node, QStringLiteral("/metrics")), {}, {}, {});
        [&] { QCOMPARE(answer.status, 200); }();
        return answer.body;
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

    void openWithTheExpositionContentType()
    {
        const NodeAnswer answer =
            m_nodes->call("GET", m_nodes->url(*m_node, QStringLiteral("/metrics")), {}, {}, {});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.headers.value("content-type"),
                 QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        QCOMPARE(metricValue(answer.body, "clusterdesk_refnode_up"), 1.0);
        QVERIFY(answer.body.contains("clusterdesk_refnode_info{node=\"n1\",cluster=\"routes\","));
        QVERIFY(answer.body.contains(",role=\"primary\","));
        QCOMPARE(
            m_nodes->call("POST", m_nodes->url(*m_node, QStringLiteral("/metrics")), {}, {}, {})
                .status,
            405);
        QCOMPARE(
            m_nodes->call("GET", m_nodes->url(*m_node, QStringLiteral("/metrics/x")), {}, {}, {})
                .status,
            404);
    }

    void promtoolAccepts()
    {
        // Some traffic first, so every family has series (a 404 and a refused sign-in too).
        m_nodes->call("GET", m_nodes->url(*m_node, QStringLiteral("/api/v1/node")));
        m_nodes->call("GET", m_nodes->url(*m_node, QStringLiteral("/nowhere")), {}, {}, {});
        m_nodes->call("GET", m_nodes->url(*m_node, QStringLiteral("/api/v1/node")), {}, {},
                      "admin:wrong");
        scrape();
        bool skipped = false;
        const QString complaints = promtoolComplaints(scrape(), &skipped);
        if (skipped)
            QSKIP("promtool is not installed (Debian package prometheus)");
        QVERIFY2(complaints.isEmpty(), qPrintable(complaints));
    }

    void requestsCountedByPattern()
    {
        const QString name = QStringLiteral("quote%22and%5Cslash");
        for (int i = 0; i < 3; ++i) {
            m_nodes->call("GET", m_nodes->url(*m_node, QStringLiteral("/api/v1/resources/jdbc/") +
                                                           name + QString::number(i)));
        }
        m_nodes->call("GET", m_nodes->url(*m_node, QStringLiteral("/no/such/path")), {}, {}, {});
        const QByteArray page = scrape();
        QCOMPARE(metricValue(page, "clusterdesk_refnode_http_requests_total{route=\"/api/v1/"
                                   "resources/{type}/{name}\",method=\"GET\",code=\"404\"}"),
                 3.0);
        QCOMPARE(metricValue(page, "clusterdesk_refnode_http_requests_total{route=\"unmatched\","
                                   "method=\"GET\",code=\"404\"}"),
                 1.0);
        QCOMPARE(metricValue(page, "clusterdesk_refnode_http_request_duration_seconds_count{route="
                                   "\"/api/v1/resources/{type}/{name}\"}"),
                 3.0);
        QVERIFY(!page.contains("quote"));
        QVERIFY(!page.contains("/no/such/path"));
    }

    void signInFailuresAndNoSecrets()
    {
        m_nodes->call("GET", m_nodes->url(*m_node, QStringLiteral("/api/v1/node")), {}, {},
                      "admin:wrong-password");
        m_nodes->call("GET", m_nodes->url(*m_node, QStringLiteral("/api/v1/node")),
                      {{"Authorization", "Bearer not-a-token"}}, {}, {});
        QByteArray page;
        // The refusal is sent after the password check on a worker: wait for it to be counted.
        QTRY_COMPARE(
            (metricValue(page = scrape(),
                         "clusterdesk_refnode_signin_failures_total{reason=\"password\"}")),
            1.0);
        QCOMPARE(metricValue(page, "clusterdesk_refnode_signin_failures_total{reason=\"token\"}"),
                 1.0);
        QCOMPARE(metricValue(page, "clusterdesk_refnode_http_requests_total{route=\"/api/v1/"
                                   "node\",method=\"GET\",code=\"401\"}"),
                 2.0);
        QVERIFY(!page.contains("wrong-password"));
        QVERIFY(!page.contains("admin"));
        QVERIFY(!page.contains(InProcessNode::kSecret));
        QCOMPARE(m_node->metrics().failedSignIns(NodeMetrics::SignInFailure::Password), quint64(1));
    }

    void revisionAndReplicationOnThePrimary()
    {
        const double before = *metricValue(scrape(), "clusterdesk_refnode_config_revision");
        const NodeAnswer write = m_nodes->call(
            "PUT", m_nodes->url(*m_node, QStringLiteral("/api/v1/resources/jdbc/orders")),
            {{"Content-Type", "application/json"}, {"If-None-Match", "*"}},
            InProcessNode::resourceBody(QStringLiteral("jdbc:postgresql://db:5432/orders")));
        QVERIFY2(write.status == 201 || write.status == 200, write.body.constData());
        const QByteArray page = scrape();
        QCOMPARE(metricValue(page, "clusterdesk_refnode_config_revision"), before + 1);
        QCOMPARE(metricValue(page, "clusterdesk_refnode_primary_config_revision"), before + 1);
        QCOMPARE(metricValue(page, "clusterdesk_refnode_replication_lag"), 0.0);
        QCOMPARE(metricValue(page, "clusterdesk_refnode_replication_state{state=\"in-sync\"}"),
                 1.0);
        QCOMPARE(metricValue(page, "clusterdesk_refnode_replication_state{state=\"paused\"}"), 0.0);
        QVERIFY(qIsNaN(*metricValue(page, "clusterdesk_refnode_replication_last_apply_seconds")));
    }

    void degradedIsDown()
    {
        m_node->faults().setDegraded(true);
        QCOMPARE(metricValue(scrape(), "clusterdesk_refnode_up"), 0.0);
    }
};

QTEST_GUILESS_MAIN(tst_NodeMetricsRoutes)
#include "tst_NodeMetricsRoutes.moc"
