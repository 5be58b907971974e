// Spectrum's host check on, behind a real HAProxy (issue #18: "the host-check pitfall
// recognised"): the reference nodes tie a token to the address its sign-in came from, and
// scripts/cluster has HAProxy reach each node from its own loopback address, so a token one
// node issued is refused by the others through the load balancer, as on a real cluster. The
// console says so in a finding naming the property to change; nodes asked at their own URLs
// stay up (each signs in there) and carry HAProxy's names; a load balancer that stops
// answering while the nodes still do is critical, not hidden behind the nodes' health.

#include "ClusterFixture.h"
#include "ClusterMonitor.h"

#include <QFile>
#include <QtTest>

#include <csignal>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr int kPollIntervalMs = 1000;
constexpr int kSettleTimeoutMs = 30000;

QString describe(const ClusterSnapshot &snapshot)
{
    QStringList lines{
        QStringLiteral("reachable=%1 error=%2").arg(snapshot.isReachable()).arg(snapshot.error())};
    for (const NodeSnapshot &node : snapshot.nodes())
        lines << QStringLiteral("%1 health=%2 error=%3")
                     .arg(node.id(), nodeHealthKey(node.health()), node.error());
    for (const Finding &finding : snapshot.findings())
        lines << QStringLiteral("finding %1 %2").arg(finding.code, finding.text);
    return lines.join(QLatin1Char('\n'));
}

// A copy: ClusterSnapshot::findings() returns its list by value.
std::optional<Finding> findingOf(const ClusterSnapshot &snapshot, const QString &code)
{
    for (const Finding &finding : snapshot.findings()) {
        if (finding.code == code)
            return finding;
    }
    return std::nullopt;
}

} // namespace

class tst_SpectrumHostCheck final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void throughTheBalancerTheHostCheckIsAFinding();
    void nodesAtTheirOwnUrlsAreUpUnderHaproxyNames();
    void silentBalancerIsCriticalWhileNodesAnswer();

private:
    ClusterProfile profile(bool withNodeUrls, bool withStats) const;
    // Polls with `profile` until a snapshot satisfies `done` (or the timeout); the last one.
    ClusterSnapshot pollUntil(const ClusterProfile &profile,
                              const std::function<bool(const ClusterSnapshot &)> &done);

    std::unique_ptr<ClusterFixture> m_cluster;
};

void tst_SpectrumHostCheck::initTestCase()
{
    ClusterOptions options;
    options.spectrum = true; // and the host check on, as Spectrum ships
    options.name = QStringLiteral("hostcheck");
    m_cluster = std::make_unique<ClusterFixture>(options);
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
}

void tst_SpectrumHostCheck::cleanupTestCase()
{
    m_cluster.reset();
}

ClusterProfile tst_SpectrumHostCheck::profile(bool withNodeUrls, bool withStats) const
{
    ClusterProfile profile =
        ClusterProfile::create(QStringLiteral("hostcheck"), m_cluster->lbUrl());
    profile.userName = m_cluster->adminUser();
    profile.pollIntervalMs = kPollIntervalMs;
    if (withStats)
        profile.haproxyStatsUrl = m_cluster->statsUrl();
    if (withNodeUrls) {
        for (const QString &id : m_cluster->nodeIds())
            profile.nodeUrls.append(m_cluster->nodeUrl(id));
    }
    return profile;
}

ClusterSnapshot
tst_SpectrumHostCheck::pollUntil(const ClusterProfile &profile,
                                 const std::function<bool(const ClusterSnapshot &)> &done)
{
    ClusterMonitor monitor(profile);
    monitor.setPasswordCredentials(m_cluster->adminUser(), m_cluster->adminPassword());
    QList<ClusterSnapshot> snapshots;
    connect(&monitor, &ClusterMonitor::snapshotReady, this,
            [&snapshots](const ClusterSnapshot &snapshot) { snapshots.append(snapshot); });
    monitor.start();
    (void)QTest::qWaitFor([&] { return !snapshots.isEmpty() && done(snapshots.constLast()); },
                          kSettleTimeoutMs);
    monitor.stop();
    return snapshots.isEmpty() ? ClusterSnapshot() : snapshots.constLast();
}

void tst_SpectrumHostCheck::throughTheBalancerTheHostCheckIsAFinding()
{
    // Every node asked through the load balancer, by HAProxy's name.
    const ClusterSnapshot snapshot =
        pollUntil(profile(false, true), [](const ClusterSnapshot &polled) {
            return findingOf(polled, QStringLiteral("auth.host-check")).has_value();
        });
    const std::optional<Finding> finding = findingOf(snapshot, QStringLiteral("auth.host-check"));
    QVERIFY2(finding, qPrintable(describe(snapshot)));
    QCOMPARE(finding->severity, Severity::Critical);
    QVERIFY2(finding->action.contains(QLatin1String("spectrum-container.properties")),
             qPrintable(finding->action));
}

void tst_SpectrumHostCheck::nodesAtTheirOwnUrlsAreUpUnderHaproxyNames()
{
    const auto allUp = [](const ClusterSnapshot &polled) {
        return polled.nodes().size() == 3 &&
               std::all_of(
                   polled.nodes().cbegin(), polled.nodes().cend(),
                   [](const NodeSnapshot &node) { return node.health() == NodeHealth::Up; });
    };
    const ClusterSnapshot snapshot =
        pollUntil(profile(true, true), [&](const ClusterSnapshot &polled) {
            return allUp(polled) && findingOf(polled, QStringLiteral("auth.host-check"));
        });
    // Each node signs in at its own URL, so the host check lets it answer there; HAProxy's
    // statistics name the same three nodes (by address): three nodes, not six.
    QVERIFY2(allUp(snapshot), qPrintable(describe(snapshot)));
    for (const QString &id : m_cluster->nodeIds()) {
        const std::optional<NodeSnapshot> node = snapshot.node(id);
        QVERIFY2(node, qPrintable(describe(snapshot)));
        QCOMPARE(node->directUrl(), m_cluster->nodeUrl(id));
        QCOMPARE(node->loadBalancer().state, LbState::Up);
    }
    // The request through the load balancer, the way the cluster's clients come, is refused.
    QVERIFY2(findingOf(snapshot, QStringLiteral("auth.host-check")),
             qPrintable(describe(snapshot)));
    QVERIFY2(!findingOf(snapshot, QStringLiteral("lb.unreachable")),
             qPrintable(describe(snapshot)));
}

void tst_SpectrumHostCheck::silentBalancerIsCriticalWhileNodesAnswer()
{
    ClusterMonitor monitor(profile(true, true));
    monitor.setPasswordCredentials(m_cluster->adminUser(), m_cluster->adminPassword());
    QList<ClusterSnapshot> snapshots;
    connect(&monitor, &ClusterMonitor::snapshotReady, this,
            [&snapshots](const ClusterSnapshot &snapshot) { snapshots.append(snapshot); });
    monitor.start();
    // First the nodes under HAProxy's names, from its statistics page.
    QTRY_VERIFY_WITH_TIMEOUT(!snapshots.isEmpty() && snapshots.constLast().node(u"node-1"_s),
                             kSettleTimeoutMs);

    QFile pidFile(m_cluster->stateDirectory() + QStringLiteral("/haproxy.pid"));
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    const qint64 pid = pidFile.readAll().trimmed().toLongLong();
    QVERIFY(pid > 1);
    QCOMPARE(::kill(pid_t(pid), SIGTERM), 0);
    const qsizetype killedAt = snapshots.size();
    // A poll that started after the kill: the first may have started before it.
    QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= killedAt + 2 &&
                                 findingOf(snapshots.constLast(), u"lb.unreachable"_s),
                             kSettleTimeoutMs);
    monitor.stop();
    const ClusterSnapshot snapshot = snapshots.constLast();
    const std::optional<Finding> finding = findingOf(snapshot, u"lb.unreachable"_s);
    QVERIFY2(finding, qPrintable(describe(snapshot)));
    QCOMPARE(finding->severity, Severity::Critical);
    QVERIFY2(finding->action.contains(m_cluster->lbUrl().toDisplayString()),
             qPrintable(finding->action));
    // The nodes are not to blame: they answer at their own URLs, and keep the names HAProxy
    // gave them although its statistics page is gone with it.
    QVERIFY2(snapshot.isReachable(), qPrintable(describe(snapshot)));
    QCOMPARE(snapshot.nodes().size(), 3);
    for (const QString &id : m_cluster->nodeIds()) {
        const std::optional<NodeSnapshot> node = snapshot.node(id);
        QVERIFY2(node && node->health() == NodeHealth::Up, qPrintable(describe(snapshot)));
    }
}

QTEST_GUILESS_MAIN(tst_SpectrumHostCheck)
#include "tst_SpectrumHostCheck.moc"
