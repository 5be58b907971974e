// The empty-primary scenario on real clusters (3 and 5 nodes behind HAProxy): the primary
// restarted with an emptied data directory must not wipe the replicas. It refuses writes and
// says why, the replicas keep every acknowledged write and keep serving reads, and the
// documented recovery (clusterdesk-node --reseed-from) brings all the data back. And after a
// full stop, an emptied primary that starts first takes no write before it has heard from the
// others: the node that stopped last decides.
#include "ClusterApiTest.h"

#include <QDir>
#include <QJsonArray>
#include <QtTest>

namespace {

QString refusalReason(const QJsonObject &view)
{
    return view.value(QLatin1String("writesRefused"))
        .toObject()
        .value(QLatin1String("reason"))
        .toString();
}

QString resourcePath(const QString &name)
{
    return QStringLiteral("/api/v1/resources/jdbc/") + name;
}

} // namespace

class tst_ClusterHistory final : public QObject
{
    Q_OBJECT

private slots:
    void emptyPrimaryKeepsReplicas_data();
    void emptyPrimaryKeepsReplicas();
    void emptyPrimaryStartingFirstWaitsForThePeers();

private:
    // Starts a cluster of `nodes` and signs in as admin.
    void startCluster(int nodes);
    // Creates `count` resources through the load balancer, each answered 201.
    void createAcknowledged(int count);
    // Kills the primary, moves its data directory aside and starts it again.
    void emptyThePrimary();
    // Every node refuses writes, says why, writes nothing; the replicas keep everything.
    void checkRefusedAndKept(qint64 revision);
    // The documented recovery, then all data on every node and writes taken again.
    void reseedThePrimary(qint64 revision, const QString &historyId);

    std::unique_ptr<ClusterFixture> m_cluster;
    std::unique_ptr<TestHttp> m_admin;
    QString m_primary;
    QStringList m_replicas;
    QStringList m_acknowledged;
};

void tst_ClusterHistory::emptyPrimaryKeepsReplicas_data()
{
    QTest::addColumn<int>("nodes");
    QTest::newRow("3 nodes") << 3;
    QTest::newRow("5 nodes") << 5;
}

void tst_ClusterHistory::emptyPrimaryKeepsReplicas()
{
    QFETCH(int, nodes);
    const auto stop = qScopeGuard([this] {
        m_admin.reset();
        m_cluster.reset();
        m_acknowledged.clear();
    });
    startCluster(nodes);
    QVERIFY(!QTest::currentTestFailed());

    createAcknowledged(8);
    QVERIFY(!QTest::currentTestFailed());
    const qint64 revision = m_cluster->configState(m_primary).revision;
    QCOMPARE(revision, 8);
    QString detail;
    QTRY_VERIFY2_WITH_TIMEOUT(m_cluster->isConverged(revision, &detail), qPrintable(detail),
                              kReplicationTimeoutMs);
    const QString historyId = m_cluster->nodeView(m_primary).value("historyId").toString();
    QVERIFY(!historyId.isEmpty());
    for (const QString &id : std::as_const(m_replicas))
        QCOMPARE(m_cluster->nodeView(id).value("historyId").toString(), historyId);

    emptyThePrimary();
    QVERIFY(!QTest::currentTestFailed());
    checkRefusedAndKept(revision);
    QVERIFY(!QTest::currentTestFailed());
    reseedThePrimary(revision, historyId);
}

void tst_ClusterHistory::emptyPrimaryStartingFirstWaitsForThePeers()
{
    const auto stop = qScopeGuard([this] {
        m_admin.reset();
        m_cluster.reset();
        m_acknowledged.clear();
    });
    startCluster(3);
    QVERIFY(!QTest::currentTestFailed());
    createAcknowledged(3);
    QVERIFY(!QTest::currentTestFailed());
    QString detail;
    QTRY_VERIFY2_WITH_TIMEOUT(m_cluster->isConverged(3, &detail), qPrintable(detail),
                              kReplicationTimeoutMs);

    // The whole cluster stops, the primary first; its data is lost; it starts first, alone.
    QString error;
    QVERIFY2(m_cluster->stopNode(m_primary, true, &error), qPrintable(error));
    for (const QString &id : std::as_const(m_replicas))
        QVERIFY2(m_cluster->stopNode(id, true, &error), qPrintable(error));
    const QString data = m_cluster->dataDirectory(m_primary);
    QVERIFY(QDir().rename(data, data + QStringLiteral(".lost")));
    QVERIFY2(m_cluster->startNode(m_primary, &error), qPrintable(error));

    // It cannot know whether others are ahead: no write until a majority has been heard.
    QTRY_COMPARE_WITH_TIMEOUT(refusalReason(m_cluster->nodeView(m_primary)),
                              QStringLiteral("awaiting-peers"), kRecoveryTimeoutMs);
    const auto refused =
        m_admin->put(resourcePath(uniqueName("too-early")), jdbcBody(QStringLiteral("no")),
                     withTarget({{"If-None-Match", "*"}}, m_primary));
    QVERIFY2(refused.status == 503, qPrintable(refused.summary()));
    QCOMPARE(refused.json().value("reason").toString(), QStringLiteral("awaiting-peers"));
    QVERIFY(refused.hasHeader("Retry-After"));
    QCOMPARE(m_cluster->configState(m_primary).revision, 0);

    // The nodes that stopped last come back: they are ahead, so the primary stays refused and
    // they keep all three writes.
    for (const QString &id : std::as_const(m_replicas))
        QVERIFY2(m_cluster->startNode(id, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(refusalReason(m_cluster->nodeView(m_primary)),
                              QStringLiteral("behind-replicas"), kRecoveryTimeoutMs);
    for (const QString &id : std::as_const(m_replicas)) {
        QTRY_COMPARE_WITH_TIMEOUT(m_cluster->configState(id).syncState,
                                  QStringLiteral("primary-behind"), kRecoveryTimeoutMs);
        QCOMPARE(m_cluster->configState(id).revision, 3);
    }
}

void tst_ClusterHistory::startCluster(int nodes)
{
    ClusterOptions options;
    options.nodes = nodes;
    options.name = QStringLiteral("history");
    m_cluster = std::make_unique<ClusterFixture>(options);
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    m_admin = std::make_unique<TestHttp>(m_cluster->lbUrl());
    m_admin->setBasicAuth(m_cluster->adminUser(), m_cluster->adminPassword());
    m_primary = m_cluster->primaryId();
    m_replicas = m_cluster->nodeIds();
    m_replicas.removeAll(m_primary);
}

void tst_ClusterHistory::createAcknowledged(int count)
{
    for (int i = 0; i < count; ++i) {
        const QString name = uniqueName("kept");
        const auto created = m_admin->put(
            resourcePath(name), jdbcBody(QStringLiteral("acknowledged")), {{"If-None-Match", "*"}});
        QVERIFY2(created.status == 201, qPrintable(created.summary()));
        m_acknowledged << name;
    }
}

void tst_ClusterHistory::emptyThePrimary()
{
    QString error;
    QVERIFY2(m_cluster->stopNode(m_primary, false, &error), qPrintable(error));
    const QString data = m_cluster->dataDirectory(m_primary);
    QVERIFY(QDir().rename(data, data + QStringLiteral(".lost")));
    QVERIFY2(m_cluster->startNode(m_primary, &error), qPrintable(error));
}

void tst_ClusterHistory::checkRefusedAndKept(qint64 revision)
{
    // The primary knows it is behind and says so; so does the cluster view.
    QTRY_COMPARE_WITH_TIMEOUT(refusalReason(m_cluster->nodeView(m_primary)),
                              QStringLiteral("behind-replicas"), kRecoveryTimeoutMs);
    QVERIFY(!m_cluster->nodeView(m_primary)
                 .value("writesRefused")
                 .toObject()
                 .value("detail")
                 .toString()
                 .isEmpty());
    const auto clusterView = m_admin->get(QStringLiteral("/api/v1/cluster"), target(m_primary));
    QCOMPARE(refusalReason(clusterView.json()), QStringLiteral("behind-replicas"));
    // The replicas see a primary behind them: they keep their copy and refuse writes too.
    for (const QString &id : std::as_const(m_replicas)) {
        QTRY_COMPARE_WITH_TIMEOUT(m_cluster->configState(id).syncState,
                                  QStringLiteral("primary-behind"), kRecoveryTimeoutMs);
        QCOMPARE(refusalReason(m_cluster->nodeView(id)), QStringLiteral("behind-replicas"));
    }
    // Writes are refused everywhere with a clear answer, and nothing is written.
    for (const QString &id : m_cluster->nodeIds()) {
        const QString name = uniqueName("refused");
        const auto refused = m_admin->put(resourcePath(name), jdbcBody(QStringLiteral("refused")),
                                          withTarget({{"If-None-Match", "*"}}, id));
        QVERIFY2(refused.status == 503, qPrintable(id + QLatin1Char(' ') + refused.summary()));
        QVERIFY2(refused.json().value("type").toString().endsWith(QLatin1String("writes-refused")),
                 qPrintable(refused.summary()));
        QVERIFY(refused.json().value("detail").toString().contains(u"nothing was written"));
        QCOMPARE(refused.json().value("reason").toString(), QStringLiteral("behind-replicas"));
        QCOMPARE(m_admin->get(resourcePath(name), target(id)).status, 404);
    }
    // Every acknowledged write is still on every replica, which still serve reads.
    for (const QString &id : std::as_const(m_replicas)) {
        QCOMPARE(m_cluster->configState(id).revision, revision);
        for (const QString &name : std::as_const(m_acknowledged)) {
            const auto read = m_admin->get(resourcePath(name), target(id));
            QVERIFY2(read.status == 200, qPrintable(id + QLatin1Char(' ') + read.summary()));
        }
    }
}

void tst_ClusterHistory::reseedThePrimary(qint64 revision, const QString &historyId)
{
    QString error;
    QVERIFY2(m_cluster->stopNode(m_primary, true, &error), qPrintable(error));
    QVERIFY2(m_cluster->reseedNode(m_primary, m_cluster->nodeUrl(m_replicas.first()), &error),
             qPrintable(error));
    // The emptied copy is kept aside, not deleted.
    const QDir data(m_cluster->dataDirectory(m_primary));
    QVERIFY(!data.entryList({QStringLiteral("config.sqlite.replaced-*")}).isEmpty());
    QVERIFY2(m_cluster->startNode(m_primary, &error), qPrintable(error));
    QVERIFY2(m_cluster->waitUntilWritable(m_primary, kRecoveryTimeoutMs),
             qPrintable(QJsonDocument(m_cluster->nodeView(m_primary)).toJson()));
    QCOMPARE(m_cluster->nodeView(m_primary).value("historyId").toString(), historyId);
    for (const QString &id : std::as_const(m_replicas))
        QVERIFY2(m_cluster->waitUntilWritable(id, kRecoveryTimeoutMs), qPrintable(id));
    QString detail;
    QTRY_VERIFY2_WITH_TIMEOUT(m_cluster->isConverged(revision, &detail), qPrintable(detail),
                              kRecoveryTimeoutMs);
    for (const QString &name : std::as_const(m_acknowledged))
        QCOMPARE(m_admin->get(resourcePath(name), target(m_primary)).status, 200);

    const auto after =
        m_admin->put(resourcePath(uniqueName("after")), jdbcBody(QStringLiteral("after recovery")),
                     {{"If-None-Match", "*"}});
    QVERIFY2(after.status == 201, qPrintable(after.summary()));
    QTRY_VERIFY2_WITH_TIMEOUT(m_cluster->isConverged(revision + 1, &detail), qPrintable(detail),
                              kRecoveryTimeoutMs);
}

QTEST_GUILESS_MAIN(tst_ClusterHistory)
#include "tst_ClusterHistory.moc"
