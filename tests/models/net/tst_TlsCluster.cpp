// A real cluster behind HAProxy with TLS (scripts/cluster up --tls, a throwaway CA): refused
// without its CA, accepted with it, refused on a pin mismatch, and a certificate the user
// accepted is trusted by that profile only.

#include "ClusterFixture.h"
#include "ConsoleSession.h"
#include "MemorySecretStore.h"
#include "MonitorHub.h"
#include "TlsPolicy.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <memory>

namespace {

constexpr int kTimeoutMs = 30000;

} // namespace

class tst_TlsCluster final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void refusedWithoutItsCa();
    void acceptedWithTheCaInTheProfile();
    void refusedWhenThePinDiffers();
    void acceptedCertificateIsTrustedByThatProfileOnly();

private:
    ClusterProfile profile(const QString &name) const;
    ConnectionTestResult testConnection(const ClusterProfile &profile);
    // Polls the profiles together until each has `count` snapshots; returns the last of each.
    QHash<QString, ClusterSnapshot> poll(const QList<ClusterProfile> &profiles, int count = 2);

    std::unique_ptr<ClusterFixture> m_cluster;
    std::unique_ptr<ConsoleSession> m_session;
    QString m_leafSha256;
};

void tst_TlsCluster::initTestCase()
{
    ClusterOptions options;
    options.tls = true;
    m_cluster = std::make_unique<ClusterFixture>(options);
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    QCOMPARE(m_cluster->lbUrl().scheme(), QStringLiteral("https"));
    QVERIFY(!m_cluster->caFile().isEmpty());
    const auto leaf = QSslCertificate::fromPath(
        QDir(m_cluster->stateDirectory()).filePath(QStringLiteral("tls/server.pem")));
    QCOMPARE(leaf.size(), 1);
    m_leafSha256 = TlsPolicy::sha256Fingerprint(leaf.constFirst());
    m_session = std::make_unique<ConsoleSession>(new MemorySecretStore);
}

void tst_TlsCluster::cleanupTestCase()
{
    m_session.reset();
    m_cluster.reset();
}

ClusterProfile tst_TlsCluster::profile(const QString &name) const
{
    ClusterProfile profile = ClusterProfile::create(name, m_cluster->lbUrl());
    profile.userName = m_cluster->adminUser();
    profile.pollIntervalMs = 1000;
    return profile;
}

ConnectionTestResult tst_TlsCluster::testConnection(const ClusterProfile &profile)
{
    std::optional<ConnectionTestResult> result;
    m_session->testConnection(profile, m_cluster->adminPassword(), this,
                              [&](const ConnectionTestResult &tested) { result = tested; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kTimeoutMs))
        qWarning("testConnection did not answer");
    if (result)
        return *result;
    ConnectionTestResult none;
    none.errorText = QStringLiteral("no answer");
    return none;
}

QHash<QString, ClusterSnapshot> tst_TlsCluster::poll(const QList<ClusterProfile> &profiles,
                                                     int count)
{
    MonitorHub hub;
    QHash<QString, QList<ClusterSnapshot>> snapshots;
    connect(&hub, &MonitorHub::snapshotReady, this,
            [&](const QString &id, const ClusterSnapshot &snapshot) {
                snapshots[id].append(snapshot);
            });
    for (const ClusterProfile &profile : profiles) {
        hub.addCluster(profile);
        hub.setPasswordCredentials(profile.id, m_cluster->adminUser(), m_cluster->adminPassword());
    }
    hub.startAll();
    const bool done = QTest::qWaitFor(
        [&] {
            for (const ClusterProfile &profile : profiles) {
                if (snapshots.value(profile.id).size() < count)
                    return false;
            }
            return true;
        },
        kTimeoutMs);
    hub.stopAll();
    QHash<QString, ClusterSnapshot> last;
    if (!done)
        return last;
    for (const ClusterProfile &profile : profiles)
        last.insert(profile.id, snapshots.value(profile.id).constLast());
    return last;
}

void tst_TlsCluster::refusedWithoutItsCa()
{
    const ClusterProfile plain = profile(QStringLiteral("no CA"));
    const ConnectionTestResult result = testConnection(plain);
    QVERIFY(!result.ok);
    QCOMPARE(result.errorKind, ApiResult::ErrorKind::Tls);
    QVERIFY(result.untrustedCertificate());
    QCOMPARE(result.certificateSha256, m_leafSha256);
    QVERIFY(result.certificateDescription.contains(QLatin1String("127.0.0.1")));

    const auto snapshots = poll({plain});
    QVERIFY(snapshots.contains(plain.id));
    const ClusterSnapshot snapshot = snapshots.value(plain.id);
    QVERIFY(!snapshot.isReachable());
    QVERIFY2(snapshot.error().contains(QLatin1String("certificate")), qPrintable(snapshot.error()));
}

void tst_TlsCluster::acceptedWithTheCaInTheProfile()
{
    ClusterProfile withCaFile = profile(QStringLiteral("CA file"));
    withCaFile.caCertificatePath = m_cluster->caFile();
    ClusterProfile withCaPem = profile(QStringLiteral("CA PEM"));
    QFile ca(m_cluster->caFile());
    QVERIFY(ca.open(QIODevice::ReadOnly));
    withCaPem.caCertificatePem = ca.readAll();

    const ConnectionTestResult result = testConnection(withCaFile);
    QVERIFY2(result.ok, qPrintable(result.errorText));
    QCOMPARE(result.clusterName, QStringLiteral("test"));
    QCOMPARE(result.nodeCount, 3);
    QCOMPARE(result.certificateSha256, m_leafSha256);
    QVERIFY(result.sslErrors.isEmpty());

    const auto snapshots = poll({withCaFile, withCaPem});
    QCOMPARE(snapshots.size(), 2);
    for (const ClusterSnapshot &snapshot : snapshots) {
        QVERIFY2(snapshot.isReachable(), qPrintable(snapshot.error()));
        QCOMPARE(snapshot.nodes().size(), 3);
        for (const NodeSnapshot &node : snapshot.nodes())
            QCOMPARE(node.health(), NodeHealth::Up);
    }
}

void tst_TlsCluster::refusedWhenThePinDiffers()
{
    ClusterProfile wrongPin = profile(QStringLiteral("wrong pin"));
    wrongPin.caCertificatePath = m_cluster->caFile();
    QString otherFingerprint = m_leafSha256;
    otherFingerprint[0] =
        otherFingerprint.at(0) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    wrongPin.pinnedSha256 = otherFingerprint;
    ClusterProfile rightPin = wrongPin;
    rightPin.id = ClusterProfile::create(QStringLiteral("x"), m_cluster->lbUrl()).id;
    rightPin.name = QStringLiteral("right pin");
    rightPin.pinnedSha256 = m_leafSha256;

    const ConnectionTestResult refused = testConnection(wrongPin);
    QVERIFY(!refused.ok);
    QCOMPARE(refused.errorKind, ApiResult::ErrorKind::Tls);
    QVERIFY2(refused.errorText.contains(QLatin1String("fingerprint")),
             qPrintable(refused.errorText));
    QCOMPARE(refused.certificateSha256, m_leafSha256);
    QVERIFY(testConnection(rightPin).ok);

    const auto snapshots = poll({wrongPin, rightPin});
    QCOMPARE(snapshots.size(), 2);
    QVERIFY(!snapshots.value(wrongPin.id).isReachable());
    QVERIFY(snapshots.value(wrongPin.id).error().contains(QLatin1String("fingerprint")));
    QVERIFY2(snapshots.value(rightPin.id).isReachable(),
             qPrintable(snapshots.value(rightPin.id).error()));
}

void tst_TlsCluster::acceptedCertificateIsTrustedByThatProfileOnly()
{
    const ClusterProfile first = profile(QStringLiteral("trusting"));
    const ConnectionTestResult untrusted = testConnection(first);
    QVERIFY(untrusted.untrustedCertificate());
    // The user looked at the certificate and chose to trust it, for this profile.
    const ClusterProfile trusting =
        ConsoleSession::trustingCertificate(first, untrusted.certificate, untrusted.sslErrors);
    QCOMPARE(trusting.acceptedCertificates.size(), 1);
    QVERIFY(!trusting.validate().has_value());
    const ClusterProfile other = profile(QStringLiteral("not trusting"));

    const ConnectionTestResult accepted = testConnection(trusting);
    QVERIFY2(accepted.ok, qPrintable(accepted.errorText));
    QCOMPARE(accepted.nodeCount, 3);
    const ConnectionTestResult stillRefused = testConnection(other);
    QVERIFY(!stillRefused.ok);
    QVERIFY(stillRefused.untrustedCertificate());

    // Polled side by side: one sees the cluster, the other does not.
    const auto snapshots = poll({trusting, other});
    QCOMPARE(snapshots.size(), 2);
    QVERIFY2(snapshots.value(trusting.id).isReachable(),
             qPrintable(snapshots.value(trusting.id).error()));
    QCOMPARE(snapshots.value(trusting.id).nodes().size(), 3);
    QVERIFY(!snapshots.value(other.id).isReachable());
}

QTEST_GUILESS_MAIN(tst_TlsCluster)
#include "tst_TlsCluster.moc"
