// HTTP/2 to a real HAProxy in front of three real nodes (issue #15): a poll multiplexed on one
// connection, with prior knowledge on the clear-text bind (which serves HTTP/1.1 too) and by
// ALPN over TLS (scripts/cluster --http2), and a clean fall back to HTTP/1.1 when the balancer
// serves HTTP/1.1 only (--http1-only). Every reply of the poll is checked, not only one.

#include "ClusterFixture.h"
#include "ClusterMonitor.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtTest>

#include <memory>

namespace {

constexpr int kTimeoutMs = 60000;

struct PollSeen
{
    int http2 = 0; // replies of the poll over HTTP/2
    int http1 = 0;
    std::optional<ClusterSnapshot> snapshot;
    RequestDispatcher::Protocol learned = RequestDispatcher::Protocol::Unknown;
    QList<qsizetype> clockSamples; // per node, what its filter holds after the poll
};

} // namespace

class tst_Http2Cluster final : public QObject
{
    Q_OBJECT

private slots:
    void onePollUsesHttp2_data();
    void onePollUsesHttp2();

private:
    // Polls `cluster` once through a dispatcher of its own, clear-text HTTP/2 on.
    PollSeen pollOnce(const ClusterFixture &cluster);
};

void tst_Http2Cluster::onePollUsesHttp2_data()
{
    QTest::addColumn<bool>("tls");
    QTest::addColumn<bool>("http1Only");
    QTest::addColumn<bool>("expectHttp2");

    QTest::newRow("clear text, prior knowledge") << false << false << true;
    QTest::newRow("TLS, ALPN h2") << true << false << true;
    QTest::newRow("clear text, HTTP/1.1 only balancer") << false << true << false;
}

void tst_Http2Cluster::onePollUsesHttp2()
{
    QFETCH(bool, tls);
    QFETCH(bool, http1Only);
    QFETCH(bool, expectHttp2);
    ClusterOptions options;
    options.tls = tls;
    options.http2 = !http1Only;
    options.http1Only = http1Only;
    options.name = QStringLiteral("h2");
    ClusterFixture cluster(options);
    QString error;
    QVERIFY2(cluster.start(&error), qPrintable(error));

    const PollSeen seen = pollOnce(cluster);
    QVERIFY(seen.snapshot);
    QVERIFY2(seen.snapshot->isReachable(), qPrintable(seen.snapshot->error()));
    QCOMPARE(seen.snapshot->nodes().size(), 3);
    for (const NodeSnapshot &node : seen.snapshot->nodes()) {
        QCOMPARE(node.health(), NodeHealth::Up);
        QVERIFY2(node.clock().measured, qPrintable(node.id()));
    }
    // The nodes' own answers carried t1Us/t2Us: their sample plus the first sight's burst.
    for (const qsizetype samples : seen.clockSamples)
        QCOMPARE(samples, qsizetype(1 + ClockFilter::BurstSamples));
    const RequestDispatcher::Protocol learned = seen.learned;
    if (expectHttp2) {
        QCOMPARE(seen.http1, 0);
        // Sign-in, membership, 3 node views, 12 burst exchanges, the license.
        QVERIFY2(seen.http2 >= 1 + 1 + 3 + 12, qPrintable(QString::number(seen.http2)));
        QCOMPARE(learned, RequestDispatcher::Protocol::Http2);
    } else {
        QCOMPARE(seen.http2, 0);
        QVERIFY(seen.http1 >= 1 + 1 + 3 + 12);
        QCOMPARE(learned, RequestDispatcher::Protocol::Http1);
    }
}

PollSeen tst_Http2Cluster::pollOnce(const ClusterFixture &cluster)
{
    ClusterProfile profile = ClusterProfile::create(QStringLiteral("h2"), cluster.lbUrl());
    profile.userName = cluster.adminUser();
    profile.caCertificatePath = cluster.caFile();
    ClusterMonitor monitor(profile);
    monitor.setPasswordCredentials(cluster.adminUser(), cluster.adminPassword());
    RequestDispatcher *dispatcher = monitor.apiClient()->dispatcher();
    dispatcher->setClearTextHttp2(true);
    PollSeen seen;
    // The TLS manager is made on first use: watch every manager as it appears.
    QList<QNetworkAccessManager *> watched;
    const auto watchNew = [&] {
        for (QNetworkAccessManager *network : dispatcher->findChildren<QNetworkAccessManager *>()) {
            if (watched.contains(network))
                continue;
            watched.append(network);
            connect(network, &QNetworkAccessManager::finished, this, [&seen](QNetworkReply *r) {
                if (r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 0)
                    return; // a probe that got no answer
                ++(r->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool() ? seen.http2
                                                                                 : seen.http1);
            });
        }
    };
    watchNew();
    connect(dispatcher, &RequestDispatcher::started, this, watchNew);
    connect(&monitor, &ClusterMonitor::snapshotReady, this,
            [&seen](const ClusterSnapshot &snapshot) { seen.snapshot = snapshot; });
    monitor.start();
    if (!QTest::qWaitFor([&] { return seen.snapshot.has_value(); }, kTimeoutMs))
        qWarning("no snapshot within %d ms", kTimeoutMs); // the caller checks it
    monitor.stop();
    // The callbacks above hold references to locals of this function.
    dispatcher->disconnect(this);
    for (QNetworkAccessManager *network : std::as_const(watched))
        network->disconnect(this);
    seen.learned = dispatcher->protocol(cluster.lbUrl());
    for (const QString &id : cluster.nodeIds())
        seen.clockSamples.append(monitor.clockFilter(id).samples().size());
    return seen;
}

QTEST_GUILESS_MAIN(tst_Http2Cluster)
#include "tst_Http2Cluster.moc"
