// PollCycle's direct-URL fallback (issue #3): when the load balancer cannot target nodes, a
// node's direct URL from the membership answer is used only under the load balancer's scheme and
// TLS trust. Servers that record every request show that the token never reaches a refused URL,
// and that an allowed one does get it (so the recording can tell the difference).

#include "ClusterMonitor.h"
#include "FakeClusterHandler.h"
#include "HostileHttpServer.h"
#include "PollCycle.h"
#include "TestCertificates.h"

#include <QtTest>

#include <memory>

namespace {

constexpr int kTimeoutMs = 20000;
const QByteArray kPassword = "pw";
const QByteArray kToken = "Bearer fake-token-node-1";

// A load balancer's policy with a certificate pin; rows without a pin use an empty policy.
TlsPolicy pinnedPolicy()
{
    TlsPolicy policy;
    policy.setPinnedSha256(QStringLiteral("ab").repeated(32));
    return policy;
}

} // namespace

class tst_PollCycle final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void directUrlRefusal_data();
    void directUrlRefusal();
    void tokenReachesOnlyAllowedDirectUrls_data();
    void tokenReachesOnlyAllowedDirectUrls();

private:
    std::unique_ptr<HostileHttpServer> server(bool tls) const;

    TestCertificates m_certificates;
};

void tst_PollCycle::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    QString error;
    QVERIFY2(m_certificates.create(&error), qPrintable(error));
}

std::unique_ptr<HostileHttpServer> tst_PollCycle::server(bool tls) const
{
    auto server = std::make_unique<HostileHttpServer>();
    if (tls)
        server->setTls(m_certificates.serverCertificate(), m_certificates.serverKey());
    if (!server->start())
        return nullptr;
    return server;
}

void tst_PollCycle::directUrlRefusal_data()
{
    QTest::addColumn<QString>("loadBalancer");
    QTest::addColumn<QString>("direct");
    QTest::addColumn<bool>("pinned");
    QTest::addColumn<QString>("refusal"); // part of the text, empty when the URL may be used

    QTest::newRow("http to http") << "http://lb:8080"
                                  << "http://10.0.0.2:9101" << false << "";
    QTest::newRow("https to https") << "https://lb"
                                    << "https://10.0.0.2:9101" << false << "";
    QTest::newRow("http to http, pin is for TLS only") << "http://lb"
                                                       << "http://10.0.0.2" << true << "";
    QTest::newRow("https to http")
        << "https://lb"
        << "http://10.0.0.2:9101" << false
        << "node-2 cannot be probed: the load balancer cannot target nodes and its direct "
           "URL http://10.0.0.2:9101 would send credentials over plain HTTP";
    QTest::newRow("https to http, user info not shown")
        << "https://lb"
        << "http://user:secret@10.0.0.2" << false << "URL http://10.0.0.2 would";
    QTest::newRow("http to https")
        << "http://lb"
        << "https://10.0.0.2" << false << "does not use the load balancer's scheme (http)";
    QTest::newRow("https to https with a pin")
        << "https://lb"
        << "https://10.0.0.2" << true << "certificate pin set for the load balancer";
    QTest::newRow("ftp") << "http://lb"
                         << "ftp://10.0.0.2" << false << "no usable direct URL";
    QTest::newRow("no host") << "https://lb"
                             << "https:///api" << false << "no usable direct URL";
    QTest::newRow("empty") << "https://lb"
                           << "" << false << "no usable direct URL";
}

void tst_PollCycle::directUrlRefusal()
{
    QFETCH(QString, loadBalancer);
    QFETCH(QString, direct);
    QFETCH(bool, pinned);
    QFETCH(QString, refusal);
    const QString text =
        PollCycle::directUrlRefusal(QStringLiteral("node-2"), QUrl(direct, QUrl::StrictMode),
                                    QUrl(loadBalancer), pinned ? pinnedPolicy() : TlsPolicy());
    if (refusal.isEmpty())
        QVERIFY2(text.isEmpty(), qPrintable(text));
    else
        QVERIFY2(text.contains(refusal), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("secret")), qPrintable(text));
}

void tst_PollCycle::tokenReachesOnlyAllowedDirectUrls_data()
{
    QTest::addColumn<bool>("lbTls");
    QTest::addColumn<bool>("nodeTls");
    QTest::addColumn<bool>("pinned");
    QTest::addColumn<QString>("refusal"); // empty: the node must be probed directly

    QTest::newRow("https balancer, http node") << true << false << false << "plain HTTP";
    QTest::newRow("https balancer, https node, pinned")
        << true << true << true << "certificate pin";
    QTest::newRow("http balancer, https node") << false << true << false << "scheme (http)";
    QTest::newRow("https balancer, https node under the profile's CA")
        << true << true << false << "";
    QTest::newRow("http balancer, http node") << false << false << false << "";
}

void tst_PollCycle::tokenReachesOnlyAllowedDirectUrls()
{
    QFETCH(bool, lbTls);
    QFETCH(bool, nodeTls);
    QFETCH(bool, pinned);
    QFETCH(QString, refusal);

    const auto node = server(nodeTls);
    const auto balancer = server(lbTls);
    QVERIFY(node && balancer);
    FakeClusterOptions direct;
    direct.password = kPassword;
    direct.directUrl = node->url();
    if (nodeTls)
        direct.directUrl.setScheme(QStringLiteral("https"));
    node->setHandler(fakeClusterHandler(direct));
    node->setNodeIdentity("node-1", direct.revision);
    FakeClusterOptions misrouting = direct;
    misrouting.answeredBy = "node-7"; // a balancer that ignores X-Cluster-Node
    balancer->setHandler(fakeClusterHandler(misrouting));

    QUrl lbUrl = balancer->url();
    if (lbTls)
        lbUrl.setScheme(QStringLiteral("https"));
    ClusterProfile profile = ClusterProfile::create(QStringLiteral("fallback"), lbUrl);
    profile.userName = QStringLiteral("admin");
    profile.pollIntervalMs = ClusterProfile::MinPollIntervalMs;
    profile.caCertificatePem = m_certificates.caPem();
    if (pinned)
        profile.pinnedSha256 = TlsPolicy::sha256Fingerprint(m_certificates.serverCertificate());
    ClusterMonitor monitor(profile);
    monitor.setPasswordCredentials(QStringLiteral("admin"), QString::fromLatin1(kPassword));
    QList<ClusterSnapshot> snapshots;
    connect(&monitor, &ClusterMonitor::snapshotReady, this,
            [&snapshots](const ClusterSnapshot &snapshot) { snapshots.append(snapshot); });
    monitor.start();
    // The first poll learns that the balancer misroutes, the second goes direct at once.
    QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= 2, kTimeoutMs);
    monitor.stop();

    QVERIFY(!monitor.loadBalancerTargets());
    // The balancer was signed in to, so there was a token to leak.
    bool balancerSawToken = false;
    for (const HostileHttpServer::Request &request : balancer->requests())
        balancerSawToken = balancerSawToken || request.header("Authorization") == kToken;
    QVERIFY(balancerSawToken);

    for (const ClusterSnapshot &snapshot : std::as_const(snapshots)) {
        QVERIFY2(snapshot.isReachable(), qPrintable(snapshot.error()));
        const auto probed = snapshot.node(QStringLiteral("node-1"));
        QVERIFY(probed);
        QList<Finding> refusedFindings;
        for (const Finding &finding : snapshot.findings()) {
            if (finding.code == QLatin1String("lb.direct-url-refused"))
                refusedFindings.append(finding);
        }
        if (refusal.isEmpty()) {
            QCOMPARE(probed->health(), NodeHealth::Up);
            QCOMPARE(probed->probePath(), ProbePath::Direct);
            QVERIFY(refusedFindings.isEmpty());
        } else {
            QVERIFY2(probed->error().contains(refusal), qPrintable(probed->error()));
            QVERIFY2(probed->error().startsWith(QLatin1String("node-1 cannot be probed")),
                     qPrintable(probed->error()));
            QCOMPARE(refusedFindings.size(), 1);
            QCOMPARE(refusedFindings.constFirst().nodeId, QStringLiteral("node-1"));
            QCOMPARE(refusedFindings.constFirst().severity, Severity::Warning);
            QCOMPARE(refusedFindings.constFirst().text, probed->error());
        }
    }

    if (refusal.isEmpty()) {
        QVERIFY(node->requestCount() > 0);
        for (const HostileHttpServer::Request &request : node->requests())
            QCOMPARE(request.header("Authorization"), kToken);
    } else {
        // Not a single request: neither the token nor a Basic sign-in went there.
        QCOMPARE(node->requestCount(), 0);
        QCOMPARE(node->acceptedConnections(), 0);
    }
}

QTEST_GUILESS_MAIN(tst_PollCycle)
#include "tst_PollCycle.moc"
