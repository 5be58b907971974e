// The reference node's /metrics on a real three-node cluster behind HAProxy: promtool accepts
// every node's page as the node serves it, a failed sign-in is counted on the node that refused
// it, and a replica whose replication is paused shows its lag and state until it resumes.

#include "ClusterApiTest.h"
#include "MetricsPage.h"

#include <QScopeGuard>
#include <QTest>

namespace {

// How long a paused replica may take to hear the primary's revision (heartbeats every second).
constexpr int kHeartbeatTimeoutMs = 10000;

} // namespace

class tst_ClusterMetrics final : public ClusterApiTest
{
    Q_OBJECT

private:
    // The node's own page, fetched directly (no token: Prometheus has none).
    QByteArray scrape(const QString &id)
    {
        TestHttp http(m_cluster->nodeUrl(id));
        const TestResponse response = http.get(QStringLiteral("/metrics"));
        if (response.status != 200)
            qWarning("GET /metrics on %s: %s", qPrintable(id), qPrintable(response.summary()));
        return response.status == 200 ? response.body : QByteArray();
    }

    double value(const QString &id, const QByteArray &series)
    {
        return metricValue(scrape(id), series).value_or(-1);
    }

    QString replicaId() const
    {
        for (const QString &id : m_cluster->nodeIds()) {
            if (id != m_cluster->primaryId())
                return id;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { startCluster(); }
    void cleanupTestCase() { stopCluster(); }

    void promtoolAcceptsEveryNode()
    {
        for (const QString &id : m_cluster->nodeIds()) {
            const QByteArray page = scrape(id);
            QVERIFY2(!page.isEmpty(), qPrintable(id));
            bool skipped = false;
            const QString complaints = promtoolComplaints(page, &skipped);
            if (skipped)
                QSKIP("promtool is not installed (Debian package prometheus)");
            QVERIFY2(complaints.isEmpty(), qPrintable(id + QStringLiteral(": ") + complaints));
            const QByteArray role = id == m_cluster->primaryId() ? "primary" : "replica";
            QVERIFY2(page.contains("clusterdesk_refnode_info{node=\"" + id.toUtf8() + "\""),
                     page.constData());
            QVERIFY(page.contains(",role=\"" + role + "\","));
            QCOMPARE(metricValue(page, "clusterdesk_refnode_up"), 1.0);
        }
        // node-3 runs another server version (ClusterApiTest): the skew is visible.
        QVERIFY(scrape(QStringLiteral("node-3")).contains(",version=\"4.2.1\","));
    }

    void failedSignInIsCounted()
    {
        const QString id = replicaId();
        const QByteArray series = "clusterdesk_refnode_signin_failures_total{reason=\"password\"}";
        const double before = value(id, series);
        const double primaryBefore = value(m_cluster->primaryId(), series);
        QVERIFY(before >= 0 && primaryBefore >= 0);
        TestHttp http(m_cluster->nodeUrl(id));
        http.setBasicAuth(m_cluster->adminUser(), QStringLiteral("certainly-wrong"));
        QCOMPARE(http.get(QStringLiteral("/api/v1/node")).status, 401);
        QTRY_COMPARE(value(id, series), before + 1);
        const QByteArray page = scrape(id);
        QVERIFY(!page.contains("certainly-wrong"));
        QVERIFY(!page.contains(m_cluster->adminUser().toUtf8()));
        QVERIFY(!page.contains(m_cluster->secret()));
        // The others did not see it.
        QCOMPARE(value(m_cluster->primaryId(), series), primaryBefore);
    }

    void pausedReplicationShowsLag()
    {
        const QString id = replicaId();
        QString error;
        QVERIFY2(m_cluster->setFaults(id, {{"replicationPaused", true}}, &error),
                 qPrintable(error));
        auto resume = qScopeGuard([&] {
            m_cluster->setFaults(id, {{"replicationPaused", false}});
        });
        QTRY_COMPARE(value(id, "clusterdesk_refnode_replication_state{state=\"paused\"}"), 1.0);
        const double batchesBefore =
            value(id, "clusterdesk_refnode_replication_applied_batches_total");

        QVERIFY(!create(uniqueName("metrics-a"), jdbcBody(QStringLiteral("a"))).isEmpty());
        QVERIFY(!create(uniqueName("metrics-b"), jdbcBody(QStringLiteral("b"))).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(value(id, "clusterdesk_refnode_replication_lag") >= 2,
                                 kHeartbeatTimeoutMs);
        QCOMPARE(value(m_cluster->primaryId(), "clusterdesk_refnode_replication_lag"), 0.0);
        QCOMPARE(value(id, "clusterdesk_refnode_replication_state{state=\"in-sync\"}"), 0.0);

        QVERIFY2(m_cluster->setFaults(id, {{"replicationPaused", false}}, &error),
                 qPrintable(error));
        resume.dismiss();
        QTRY_COMPARE_WITH_TIMEOUT(value(id, "clusterdesk_refnode_replication_lag"), 0.0,
                                  kReplicationTimeoutMs * 5);
        const QByteArray page = scrape(id);
        QCOMPARE(metricValue(page, "clusterdesk_refnode_replication_state{state=\"in-sync\"}"),
                 1.0);
        QVERIFY(*metricValue(page, "clusterdesk_refnode_replication_applied_batches_total") >
                batchesBefore);
        const double applied =
            *metricValue(page, "clusterdesk_refnode_replication_last_apply_seconds");
        QVERIFY2(applied >= 0 && applied < 60, QByteArray::number(applied).constData());
        QCOMPARE(
            metricValue(page, "clusterdesk_refnode_config_revision"),
            metricValue(scrape(m_cluster->primaryId()), "clusterdesk_refnode_config_revision"));
    }
};

QTEST_GUILESS_MAIN(tst_ClusterMetrics)
#include "tst_ClusterMetrics.moc"
