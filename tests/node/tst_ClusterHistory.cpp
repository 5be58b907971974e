// The empty-primary scenario on real clusters (3 and 5 nodes behind HAProxy): the primary
// restarted with an emptied data directory must not wipe the replicas. It refuses writes and
// says why, the replicas keep every acknowledged write and keep serving reads, and the
// documented recovery (clusterdesk-node --reseed-from) brings all the data back.
#include "ClusterApiTest.h"

#include <QDir>
#include <QJsonArray>
#include <QtTest>

class tst_ClusterHistory final : public QObject
{
    Q_OBJECT

private slots:
    void emptyPrimaryKeepsReplicas_data();
    void emptyPrimaryKeepsReplicas();
};

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

void tst_ClusterHistory::emptyPrimaryKeepsReplicas_data()
{
    QTest::addColumn<int>("nodes");
    QTest::newRow("3 nodes") << 3;
    QTest::newRow("5 nodes") << 5;
}

void tst_ClusterHistory::emptyPrimaryKeepsReplicas()
{
    QFETCH(int, nodes);
    ClusterOptions options;
    options.nodes = nodes;
    options.name = QStringLiteral("history");
    ClusterFixture cluster(options);
    QString error;
    QVERIFY2(cluster.start(&error), qPrintable(error));
    TestHttp admin(cluster.lbUrl());
    admin.setBasicAuth(cluster.adminUser(), cluster.adminPassword());
    const QString primary = cluster.primaryId();
    QStringList replicas = cluster.nodeIds();
    replicas.removeAll(primary);

    QStringList acknowledged;
    for (int i = 0; i < 8; ++i) {
        const QString name = uniqueName("kept");
        const auto created = admin.put(resourcePath(name), jdbcBody(QStringLiteral("acknowledged")),
                                       {{"If-None-Match", "*"}});
        QVERIFY2(created.status == 201, qPrintable(created.summary()));
        acknowledged << name;
    }
    const qint64 revision = cluster.configState(primary).revision;
    QCOMPARE(revision, 8);
    QString detail;
    QTRY_VERIFY2_WITH_TIMEOUT(cluster.isConverged(revision, &detail), qPrintable(detail),
                              kReplicationTimeoutMs);
    const QString historyId = cluster.nodeView(primary).value("historyId").toString();
    QVERIFY(!historyId.isEmpty());
    for (const QString &id : std::as_const(replicas))
        QCOMPARE(cluster.nodeView(id).value("historyId").toString(), historyId);

    // Disk loss on the primary: killed, its data directory moved aside, started again.
    QVERIFY2(cluster.stopNode(primary, false, &error), qPrintable(error));
    const QString data = cluster.dataDirectory(primary);
    QVERIFY(QDir().rename(data, data + QStringLiteral(".lost")));
    QVERIFY2(cluster.startNode(primary, &error), qPrintable(error));

    // It knows it is behind and says so; so does the cluster view.
    QTRY_COMPARE_WITH_TIMEOUT(refusalReason(cluster.nodeView(primary)),
                              QStringLiteral("behind-replicas"), kRecoveryTimeoutMs);
    QVERIFY(!cluster.nodeView(primary)
                 .value("writesRefused")
                 .toObject()
                 .value("detail")
                 .toString()
                 .isEmpty());
    const auto clusterView = admin.get(QStringLiteral("/api/v1/cluster"), target(primary));
    QCOMPARE(refusalReason(clusterView.json()), QStringLiteral("behind-replicas"));
    // The replicas see a primary behind them: they keep their copy and refuse writes too.
    for (const QString &id : std::as_const(replicas)) {
        QTRY_COMPARE_WITH_TIMEOUT(cluster.configState(id).syncState,
                                  QStringLiteral("primary-behind"), kRecoveryTimeoutMs);
        QCOMPARE(refusalReason(cluster.nodeView(id)), QStringLiteral("behind-replicas"));
    }

    // Writes are refused everywhere with a clear answer, and nothing is written.
    for (const QString &id : cluster.nodeIds()) {
        const QString name = uniqueName("refused");
        const auto refused = admin.put(resourcePath(name), jdbcBody(QStringLiteral("refused")),
                                       withTarget({{"If-None-Match", "*"}}, id));
        QVERIFY2(refused.status == 503, qPrintable(id + QLatin1Char(' ') + refused.summary()));
        QVERIFY2(refused.json().value("type").toString().endsWith(QLatin1String("writes-refused")),
                 qPrintable(refused.summary()));
        QVERIFY(refused.json().value("detail").toString().contains(u"nothing was written"));
        QCOMPARE(refused.json().value("reason").toString(), QStringLiteral("behind-replicas"));
        QCOMPARE(admin.get(resourcePath(name), target(id)).status, 404);
    }
    // Every acknowledged write is still on every replica, which still serve reads.
    for (const QString &id : std::as_const(replicas)) {
        QCOMPARE(cluster.configState(id).revision, revision);
        for (const QString &name : std::as_const(acknowledged)) {
            const auto read = admin.get(resourcePath(name), target(id));
            QVERIFY2(read.status == 200, qPrintable(id + QLatin1Char(' ') + read.summary()));
        }
    }

    // The documented recovery: stop the primary, reseed it from a replica, start it.
    QVERIFY2(cluster.stopNode(primary, true, &error), qPrintable(error));
    QVERIFY2(cluster.reseedNode(primary, cluster.nodeUrl(replicas.first()), &error),
             qPrintable(error));
    QVERIFY(!QDir(data).entryList({QStringLiteral("config.sqlite.replaced-*")}).isEmpty());
    QVERIFY2(cluster.startNode(primary, &error), qPrintable(error));
    QVERIFY2(cluster.waitUntilWritable(primary, kRecoveryTimeoutMs),
             qPrintable(QJsonDocument(cluster.nodeView(primary)).toJson()));
    QCOMPARE(cluster.nodeView(primary).value("historyId").toString(), historyId);
    for (const QString &id : std::as_const(replicas))
        QVERIFY2(cluster.waitUntilWritable(id, kRecoveryTimeoutMs), qPrintable(id));
    QTRY_VERIFY2_WITH_TIMEOUT(cluster.isConverged(revision, &detail), qPrintable(detail),
                              kRecoveryTimeoutMs);
    for (const QString &name : std::as_const(acknowledged))
        QCOMPARE(admin.get(resourcePath(name), target(primary)).status, 200);

    const auto after =
        admin.put(resourcePath(uniqueName("after")), jdbcBody(QStringLiteral("after recovery")),
                  {{"If-None-Match", "*"}});
    QVERIFY2(after.status == 201, qPrintable(after.summary()));
    QTRY_VERIFY2_WITH_TIMEOUT(cluster.isConverged(revision + 1, &detail), qPrintable(detail),
                              kRecoveryTimeoutMs);
}

QTEST_GUILESS_MAIN(tst_ClusterHistory)
#include "tst_ClusterHistory.moc"
