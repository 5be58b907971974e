// A real three-node cluster behind HAProxy (scripts/cluster) under faults: clock offsets,
// per-node flags, a degraded node, a restarted replica, an added node and a primary that is down.
// One cluster for the whole executable; the destructive cases come last and restore it.
#include "ClusterApiTest.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QtTest>

class tst_ClusterRecovery final : public ClusterApiTest
{
    Q_OBJECT

private slots:
    void initTestCase() { startCluster(); }
    void cleanupTestCase() { stopCluster(); }

    void injectedClockOffsetIsVisible();
    void perNodeFlagsApply();
    void degradedNodeLeavesRotation();
    void restartedReplicaCatchesUp();
    void addedNodeCatchesUp();
    void primaryDownRejectsWritesButServesReads();
};

void tst_ClusterRecovery::injectedClockOffsetIsVisible()
{
    const auto skewed = m_cluster->nodeIds().at(1);
    QString error;
    QVERIFY2(m_cluster->setFaults(skewed, {{"clockOffsetMs", 800}}, &error), qPrintable(error));
    const auto restore = qScopeGuard([&] { m_cluster->setFaults(skewed, {{"clockOffsetMs", 0}}); });
    QCOMPARE(m_cluster->faults(skewed).value("clockOffsetMs").toDouble(), 800.0);

    // NTP-style estimate against our own clock: the error is at most half the round trip.
    const auto offsetOf = [&](const QString &id, qint64 *offsetUs, qint64 *roundTripUs) {
        const auto t0 = nowUs();
        const auto response = m_admin->get(QStringLiteral("/api/v1/time"), target(id));
        const auto t3 = nowUs();
        const auto t1 = response.json().value("t1Us").toInteger();
        const auto t2 = response.json().value("t2Us").toInteger();
        *offsetUs = ((t1 - t0) + (t2 - t3)) / 2;
        *roundTripUs = (t3 - t0) - (t2 - t1);
        return response.status == 200 && t1 > 0 && t2 >= t1 &&
               response.json().value("nodeId").toString() == id;
    };
    constexpr qint64 kSlackUs = 20000; // clock reads, rounding to whole milliseconds
    qint64 offset = 0;
    qint64 roundTrip = 0;
    QVERIFY(offsetOf(skewed, &offset, &roundTrip));
    QVERIFY2(
        qAbs(offset - 800000) <= roundTrip / 2 + kSlackUs,
        qPrintable(QStringLiteral("offset %1 us, round trip %2 us").arg(offset).arg(roundTrip)));
    QVERIFY(offsetOf(m_cluster->primaryId(), &offset, &roundTrip));
    QVERIFY2(
        qAbs(offset) <= roundTrip / 2 + kSlackUs,
        qPrintable(QStringLiteral("offset %1 us, round trip %2 us").arg(offset).arg(roundTrip)));

    // The primary's membership view estimates the same skew from its heartbeats.
    const auto peerOffsetMs = [&] {
        const auto cluster =
            m_admin->get(QStringLiteral("/api/v1/cluster"), target(m_cluster->primaryId()));
        for (const auto &node : cluster.json().value("nodes").toArray()) {
            if (node.toObject().value("id").toString() == skewed)
                return node.toObject().value("clockOffsetMs").toDouble();
        }
        return -1.0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(qAbs(peerOffsetMs() - 800.0) < 100.0, 10000);
}

void tst_ClusterRecovery::perNodeFlagsApply()
{
    const auto versionOf = [&](const QString &id) {
        return m_admin->get(QStringLiteral("/api/v1/node"), target(id))
            .json()
            .value("serverVersion")
            .toString();
    };
    QCOMPARE(versionOf(QStringLiteral("node-1")), QStringLiteral("4.2.0"));
    QCOMPARE(versionOf(QStringLiteral("node-3")), QStringLiteral("4.2.1"));

    // Every node's membership view shows the mix (learned from heartbeats).
    const auto versionsSeenBy = [&](const QString &id) {
        QStringList versions;
        const auto cluster = m_admin->get(QStringLiteral("/api/v1/cluster"), target(id));
        for (const auto &node : cluster.json().value("nodes").toArray())
            versions << node.toObject().value("serverVersion").toString();
        versions.sort();
        return versions;
    };
    const QStringList expected{QStringLiteral("4.2.0"), QStringLiteral("4.2.0"),
                               QStringLiteral("4.2.1")};
    for (const auto &id : m_cluster->nodeIds())
        QTRY_COMPARE_WITH_TIMEOUT(versionsSeenBy(id), expected, 10000);
}

void tst_ClusterRecovery::degradedNodeLeavesRotation()
{
    const auto degraded = m_cluster->nodeIds().at(1);
    QString error;
    QVERIFY2(m_cluster->setFaults(degraded, {{"degraded", true}}, &error), qPrintable(error));
    auto restore = qScopeGuard([&] { m_cluster->setFaults(degraded, {{"degraded", false}}); });
    QCOMPARE(m_admin->get(QStringLiteral("/healthz"), target(degraded)).status, 503);
    QVERIFY(waitForHaproxy(degraded, QStringLiteral("DOWN")));

    // Round-robin skips it; the others share the load.
    QSet<QByteArray> answering;
    for (int i = 0; i < 12; ++i) {
        const auto response = m_admin->get(QStringLiteral("/api/v1/resources"));
        QCOMPARE(response.status, 200);
        answering.insert(response.header("X-Cluster-Node-Id"));
    }
    QVERIFY(!answering.contains(degraded.toUtf8()));
    QCOMPARE(answering.size(), m_cluster->nodeIds().size() - 1);

    restore.dismiss();
    QVERIFY2(m_cluster->setFaults(degraded, {{"degraded", false}}, &error), qPrintable(error));
    QVERIFY(waitForHaproxy(degraded, QStringLiteral("UP")));
}

void tst_ClusterRecovery::restartedReplicaCatchesUp()
{
    const auto replica = m_cluster->nodeIds().at(2);
    QString error;
    QVERIFY2(m_cluster->stopNode(replica, false, &error), qPrintable(error));
    QVERIFY(waitForHaproxy(replica, QStringLiteral("DOWN")));
    QCOMPARE(m_admin->get(QStringLiteral("/healthz"), target(replica)).status, 503);

    // Writes while it is away, through the primary so none of them is routed to it.
    qint64 revision = 0;
    for (int i = 0; i < 3; ++i) {
        const auto created =
            m_admin->put(resourcePath("jdbc", uniqueName("while-away")), jdbcBody("missed"),
                         withTarget({{"If-None-Match", "*"}}, m_cluster->primaryId()));
        QVERIFY2(created.status == 201, qPrintable(created.summary()));
        revision = created.json().value("revision").toInteger();
    }

    QVERIFY2(m_cluster->startNode(replica, &error), qPrintable(error));
    QVERIFY(waitForHaproxy(replica, QStringLiteral("UP")));
    QString detail;
    QTRY_VERIFY2_WITH_TIMEOUT(m_cluster->isConverged(revision, &detail), qPrintable(detail),
                              kRecoveryTimeoutMs);
    // Restarted with the flags it was first started with.
    QCOMPARE(m_admin->get(QStringLiteral("/api/v1/node"), target(replica))
                 .json()
                 .value("serverVersion")
                 .toString(),
             QStringLiteral("4.2.1"));
}

void tst_ClusterRecovery::addedNodeCatchesUp()
{
    QString error;
    const auto added = m_cluster->addNode(&error);
    QVERIFY2(!added.isEmpty(), qPrintable(error));
    QCOMPARE(m_cluster->nodeIds().size(), 4);
    const auto revision = primaryRevision();
    QVERIFY(revision > 0);

    QString detail;
    QTRY_VERIFY2_WITH_TIMEOUT(m_cluster->isConverged(revision, &detail), qPrintable(detail),
                              kRecoveryTimeoutMs);
    const auto resources = m_admin->get(QStringLiteral("/api/v1/resources"), target(added));
    QCOMPARE(resources.status, 200);
    QCOMPARE(resources.header("X-Cluster-Node-Id"), added.toUtf8());
    const auto onPrimary =
        m_admin->get(QStringLiteral("/api/v1/resources"), target(m_cluster->primaryId()));
    QCOMPARE(resources.json().value("resources"), onPrimary.json().value("resources"));

    // Later writes reach it too.
    const auto created = m_admin->put(resourcePath("jdbc", uniqueName("after-add")),
                                      jdbcBody("new node sees this"), {{"If-None-Match", "*"}});
    QVERIFY2(created.status == 201, qPrintable(created.summary()));
    QTRY_VERIFY2_WITH_TIMEOUT(
        m_cluster->isConverged(created.json().value("revision").toInteger(), &detail),
        qPrintable(detail), kReplicationTimeoutMs);
}

void tst_ClusterRecovery::primaryDownRejectsWritesButServesReads()
{
    const auto primary = m_cluster->primaryId();
    const auto replica = m_cluster->nodeIds().at(1);
    const auto name = uniqueName("before-failure");
    QVERIFY(!create(name, jdbcBody("readable during the outage")).isEmpty());
    QString detail;
    QTRY_VERIFY2_WITH_TIMEOUT(m_cluster->isConverged(primaryRevision(), &detail),
                              qPrintable(detail), kReplicationTimeoutMs);

    QString error;
    QVERIFY2(m_cluster->stopNode(primary, false, &error), qPrintable(error));
    QVERIFY(waitForHaproxy(primary, QStringLiteral("DOWN")));
    // HAProxy answers for a down target itself, never another node.
    QCOMPARE(m_admin->get(QStringLiteral("/api/v1/node"), target(primary)).status, 503);

    const auto writeVia = [&](const TestHeaders &headers) {
        return m_admin->put(resourcePath("jdbc", uniqueName("during-failure")),
                            jdbcBody("must not be stored"), headers);
    };
    TestResponse refused;
    QTRY_VERIFY_WITH_TIMEOUT(
        (refused = writeVia(withTarget({{"If-None-Match", "*"}}, replica))).status == 503,
        kRecoveryTimeoutMs);
    QCOMPARE(refused.header("X-Cluster-Node-Id"), replica.toUtf8());
    QVERIFY2(refused.hasHeader("Retry-After"), qPrintable(refused.summary()));
    QVERIFY(refused.header("Content-Type").startsWith("application/problem+json"));
    for (const auto &id : m_cluster->nodeIds()) {
        if (id == primary)
            continue;
        const auto read = m_admin->get(resourcePath("jdbc", name), target(id));
        QVERIFY2(read.status == 200, qPrintable(id + QLatin1String(": ") + read.summary()));
        QCOMPARE(m_admin->get(QStringLiteral("/api/v1/resources"), target(id)).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(writeVia(withTarget({{"If-None-Match", "*"}}, id)).status, 503,
                                  kRecoveryTimeoutMs);
    }
    // Reads through the balancer without a target are served by the survivors.
    QCOMPARE(m_admin->get(resourcePath("jdbc", name)).status, 200);

    QVERIFY2(m_cluster->startNode(primary, &error), qPrintable(error));
    QVERIFY(waitForHaproxy(primary, QStringLiteral("UP")));
    QTRY_COMPARE_WITH_TIMEOUT(writeVia(withTarget({{"If-None-Match", "*"}}, replica)).status, 201,
                              kRecoveryTimeoutMs);
    QTRY_VERIFY2_WITH_TIMEOUT(m_cluster->isConverged(primaryRevision(), &detail),
                              qPrintable(detail), kRecoveryTimeoutMs);
}

QTEST_GUILESS_MAIN(tst_ClusterRecovery)
#include "tst_ClusterRecovery.moc"
